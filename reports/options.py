"""How a report is rendered: colour, width, and the summary switches."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


@dataclass(frozen=True)
class ReportOptions:
    """Rendering settings shared by every format (most formats ignore most of them)."""

    color: bool = False
    width: int = 100
    quiet: bool = False
    statistics: bool = False
    #: Each rule's documentation by code, for formats that embed it (SARIF); the CLI fills it in
    #: because reporters never import rules.
    rule_docs: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    #: Template of a rule's documentation URL, with ``{code}`` and ``{name}``; None when unknown.
    help_uri: str | None = None
