"""Findings: immutable values a rule yields, with a severity, a message and a fix suggestion."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from checker.span import Span


class Severity(Enum):
    """How serious a finding is; ordered so that ``ERROR > WARNING > INFO``."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """0 for info, 1 for warning, 2 for error."""
        return _RANKS[self]

    def __ge__(self, other: Severity) -> bool:
        return self.rank >= other.rank

    def __gt__(self, other: Severity) -> bool:
        return self.rank > other.rank

    def __le__(self, other: Severity) -> bool:
        return self.rank <= other.rank

    def __lt__(self, other: Severity) -> bool:
        return self.rank < other.rank

    @classmethod
    def parse(cls, value: str) -> Severity:
        """The severity named ``value`` (case-insensitive); raises ``ValueError`` otherwise."""
        try:
            return cls(value.strip().lower())
        except ValueError:
            names = ", ".join(s.value for s in cls)
            msg = f"unknown severity {value!r} (expected one of: {names})"
            raise ValueError(msg) from None


_RANKS = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True)
class Finding:
    """One problem at one place in one document.

    ``message`` states the specific problem and what to do about it; ``suggestion`` is the
    replacement text for ``span`` when the fix is clear.
    """

    code: str
    rule: str
    severity: Severity
    message: str
    span: Span
    suggestion: str | None = None

    @property
    def sort_key(self) -> tuple[int, int, str]:
        """Document order, then rule code."""
        return (self.span.start, self.span.end, self.code)
