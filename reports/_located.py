"""Findings with their 1-based positions, the one view every line-oriented format iterates."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from checker.findings import Finding
from checker.results import FileResult, RunResult
from checker.span import Position


@dataclass(frozen=True)
class Located:
    """A finding with its file and its start and (exclusive) end positions."""

    file: FileResult
    finding: Finding
    start: Position
    end: Position

    @property
    def path(self) -> str:
        """The file's path with forward slashes, as CI systems expect."""
        return self.file.path.replace("\\", "/")


def located(run: RunResult) -> Iterator[Located]:
    """Every finding of ``run`` in file order, then document order."""
    for result in run.files:
        for finding in result.findings:
            yield Located(result, finding, result.start(finding), result.end(finding))


def most_severe_first(run: RunResult) -> list[Located]:
    """Findings ordered errors first, then by file and position (for outputs with a cap)."""
    return sorted(located(run), key=lambda item: (-item.finding.severity.rank, item.path, item.finding.sort_key))
