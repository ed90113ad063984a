"""How a report is rendered: colour, width, and the summary switches."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReportOptions:
    """Rendering settings shared by every format (most formats ignore most of them)."""

    color: bool = False
    width: int = 100
    quiet: bool = False
    statistics: bool = False
