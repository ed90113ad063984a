"""Rule tests that read like documentation: Markdown fixtures with inline caret markers.

A case is a fenced ``txt``, ``md`` or ``html`` block.  A line made of carets and a rule name
marks an expected finding on the line above it, at the carets' columns::

    Dr. [Name] said so.
        ^^^^^^ placeholder-text

Marker lines are removed before the text is checked, so they can never trigger a rule.  A
``toml`` block configures the next case (same keys as ``copydesk.toml``).  Only the rule
under test runs; every finding must be marked and every marker must be found.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from checker.config import Config, config_from_mapping
from checker.engine import check_bytes, make_plan
from checker.results import FileResult
from checker.rule import Registry, Rule

_FENCE = re.compile(r"^```(?P<info>[\w-]*)[^\n]*\n(?P<body>.*?)^```\s*$", re.MULTILINE | re.DOTALL)
_MARKER_LINE = re.compile(r"^\s*\^+\s+[a-z][a-z0-9-]*(?:\s+\^+\s+[a-z][a-z0-9-]*)*\s*$")
_MARKER = re.compile(r"(\^+)\s+([a-z][a-z0-9-]*)")
_EXTENSIONS = {"txt": "txt", "text": "txt", "md": "md", "markdown": "md", "html": "html"}


@dataclass(frozen=True)
class Expected:
    """A marked finding: rule name, 1-based line and column, and the exclusive end column."""

    rule: str
    line: int
    column: int
    end_column: int


@dataclass(frozen=True)
class Case:
    """One fenced example: its text (markers removed), format, config and expected findings."""

    source: str
    extension: str
    config: dict[str, object]
    expected: tuple[Expected, ...]
    origin: str


def strip_markers(body: str) -> tuple[str, tuple[Expected, ...]]:
    """Remove marker lines from ``body``; return the text and what the markers expect."""
    kept: list[str] = []
    expected: list[Expected] = []
    for raw in body.splitlines(keepends=True):
        if _MARKER_LINE.match(raw) and kept:
            for match in _MARKER.finditer(raw):
                carets = match.group(1)
                column = match.start(1) + 1
                expected.append(Expected(match.group(2), len(kept), column, column + len(carets)))
        else:
            kept.append(raw)
    return "".join(kept), tuple(expected)


def cases_in(text: str, origin: str) -> list[Case]:
    """Every case in a fixture or a doc section; ``origin`` names where they come from."""
    cases: list[Case] = []
    config: dict[str, object] = {}
    for match in _FENCE.finditer(text):
        info = match.group("info")
        body = match.group("body")
        line = text.count("\n", 0, match.start()) + 1
        if info == "toml":
            config = tomllib.loads(body)
            continue
        if info not in _EXTENSIONS:
            continue
        source, expected = strip_markers(body)
        cases.append(Case(source, _EXTENSIONS[info], config, expected, f"{origin}:{line}"))
        config = {}
    return cases


def run_case(rule: Rule, case: Case, *, tmp_dir: Path | None = None) -> FileResult:
    """Check a case with only ``rule`` enabled."""
    config = config_from_mapping(case.config, Path("fixture.toml")) if case.config else Config()
    config = config.with_overrides(select=(rule.code,))
    plan = make_plan(Registry((rule,)), config)
    name = f"case.{case.extension}"
    fs_path = (tmp_dir / name) if tmp_dir else None
    return check_bytes(case.source.encode("utf-8"), name, plan, fs_path=fs_path)


def found(result: FileResult) -> set[Expected]:
    """The findings of a result, in the markers' terms."""
    out = set()
    for finding in result.findings:
        start, end = result.start(finding), result.end(finding)
        end_column = end.column if end.line == start.line and end.column > start.column else start.column + 1
        out.add(Expected(finding.rule, start.line, start.column, end_column))
    return out


def mismatch(case: Case, result: FileResult) -> str | None:
    """A readable description of how findings and markers disagree, or None."""
    got = found(result)
    want = set(case.expected)
    if got == want:
        return None
    lines = [f"{case.origin}: findings and markers disagree"]
    lines += [f"  unmarked finding: {e}" for e in sorted(got - want, key=str)]
    lines += [f"  marker not found: {e}" for e in sorted(want - got, key=str)]
    lines += [f"  message: {f.message}" for f in result.findings]
    return "\n".join(lines)
