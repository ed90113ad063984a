"""What a run produces, as plain values the reporters render (reporters never see rules)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from checker.findings import Finding, Severity
from checker.frozen import frozen
from checker.rule import RuleMeta
from checker.span import LineIndex, Position


@dataclass(frozen=True)
class FileResult:
    """Findings for one file, with its source (for excerpts) and readability metrics."""

    path: str
    format: str | None
    source: str
    findings: tuple[Finding, ...]
    metrics: Mapping[str, float] = field(default_factory=frozen)

    def __post_init__(self) -> None:
        object.__setattr__(self, "metrics", frozen(self.metrics))

    @cached_property
    def lines(self) -> LineIndex:
        """Line index of the source, for converting finding offsets."""
        return LineIndex(self.source)

    def start(self, finding: Finding) -> Position:
        """1-based line and column where ``finding`` starts."""
        return self.lines.position(finding.span.start)

    def end(self, finding: Finding) -> Position:
        """1-based line and column just after ``finding`` ends (exclusive)."""
        return self.lines.position(finding.span.end)


@dataclass(frozen=True)
class RunResult:
    """Every file's result, the rules that ran, and the failing severity."""

    files: tuple[FileResult, ...]
    rules: tuple[RuleMeta, ...]
    fail_on: Severity
    version: str

    @property
    def findings_count(self) -> int:
        """Total findings across files."""
        return sum(len(f.findings) for f in self.files)

    def by_severity(self) -> dict[str, int]:
        """Finding counts per severity name, every severity present (zero included)."""
        counts = Counter(f.severity.value for r in self.files for f in r.findings)
        return {s.value: counts.get(s.value, 0) for s in sorted(Severity, reverse=True)}

    def by_rule(self) -> dict[str, int]:
        """Finding counts per rule code, most frequent first."""
        counts = Counter(f.code for r in self.files for f in r.findings)
        return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

    @property
    def failed(self) -> bool:
        """Whether any finding is at or above the failing severity."""
        return any(f.severity >= self.fail_on for r in self.files for f in r.findings)

    def rule_meta(self, code: str) -> RuleMeta | None:
        """Metadata of the rule with ``code`` (None for engine codes such as CD000)."""
        return next((m for m in self.rules if m.code == code), None)
