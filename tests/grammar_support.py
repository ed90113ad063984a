"""Helpers shared by the grammar tests: run only the CD8xx rules with a ``[grammar]`` table, read spans back."""

from __future__ import annotations

from pathlib import Path

from checker.config import config_from_mapping
from checker.engine import check_bytes, make_plan
from checker.results import FileResult
from rules import default_registry


def check_grammar(data: bytes, name: str, tmp_path: Path, table: dict[str, object], select: str = "CD8") -> FileResult:
    """Check ``data`` with the rules ``select`` names and ``[grammar]`` set to ``table``."""
    config = config_from_mapping({"select": [select], "grammar": table}, tmp_path / "copydesk.toml")
    return check_bytes(data, name, make_plan(default_registry(), config))


def located(result: FileResult) -> list[tuple[str, int, int, int, str]]:
    """(rule, line, column, end column, flagged source text) of every finding."""
    out = []
    for finding in result.findings:
        start, end = result.start(finding), result.end(finding)
        out.append(
            (finding.rule, start.line, start.column, end.column, result.source[finding.span.start : finding.span.end])
        )
    return out
