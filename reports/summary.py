"""Figures that the human-facing reports (terminal and HTML) both summarise a run with."""

from __future__ import annotations

from checker.results import FileResult, RunResult

#: Readability columns: label, and the ``FileResult.metrics`` key (from textstat via checker.metrics).
READABILITY = (
    ("reading ease", "flesch_reading_ease"),
    ("grade", "flesch_kincaid_grade"),
    ("sentences", "sentences"),
    ("words", "words"),
)


def readability_cells(file: FileResult) -> tuple[str, ...]:
    """The file's readability figures as text, ``-`` where there is no body text to measure."""
    cells = []
    for _, key in READABILITY:
        value = file.metrics.get(key)
        if value is None:
            cells.append("-")
        elif float(value).is_integer() and key in {"sentences", "words"}:
            cells.append(str(int(value)))
        else:
            cells.append(f"{value:.1f}")
    return tuple(cells)


def _badness(file: FileResult) -> tuple[int, ...]:
    """Sort key, worst first: negated finding counts per severity, errors first."""
    ranks = [f.severity.rank for f in file.findings]
    return tuple(-ranks.count(rank) for rank in (2, 1, 0))


def worst_files(run: RunResult, limit: int = 5) -> list[FileResult]:
    """Up to ``limit`` files with findings, the most errors (then warnings, then infos) first."""
    with_findings = [file for file in run.files if file.findings]
    return sorted(with_findings, key=lambda file: (*_badness(file), file.path))[:limit]
