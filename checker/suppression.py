"""Inline suppression comments, the same in every format.

In Markdown and HTML::

    <!-- copydesk: disable CD101 -->        … until enable (or the end of the file)
    <!-- copydesk: enable -->               re-enables everything disabled above
    <!-- copydesk: disable-next-line CD203 -->
    <!-- copydesk: disable-file -->         the whole file

In plain text, the same directive on a line of its own after ``#`` or ``//``
(``# copydesk: disable-next-line CD601``); such lines are never treated as prose.  Rules are
named by code, code prefix or kebab name; no name means every rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from checker.findings import Finding
from checker.span import LineIndex

DIRECTIVE = re.compile(
    r"(?:<!--|^\s*#|^\s*//)\s*copydesk:\s*"
    r"(?P<action>disable-next-line|disable-file|disable|enable)\b(?P<names>[^>\n]*?)\s*(?:-->|$)",
    re.MULTILINE,
)


@dataclass(frozen=True)
class _Region:
    names: tuple[str, ...]
    first_line: int
    last_line: int

    def covers(self, finding: Finding, line: int, matches: Callable[[str, Finding], bool]) -> bool:
        in_range = self.first_line <= line <= self.last_line
        return in_range and (not self.names or any(matches(n, finding) for n in self.names))


def _names(raw: str) -> tuple[str, ...]:
    return tuple(n for n in re.split(r"[\s,]+", raw.strip()) if n)


def _name_matches(name: str, finding: Finding) -> bool:
    return finding.rule == name or finding.code.startswith(name.upper())


def suppression_regions(source: str, lines: LineIndex) -> list[_Region]:
    """Line ranges in which named rules (or all) are switched off."""
    regions: list[_Region] = []
    open_regions: list[tuple[tuple[str, ...], int]] = []
    last = lines.line_count + 1
    for match in DIRECTIVE.finditer(source):
        line = lines.position(match.start("action")).line
        names = _names(match.group("names"))
        action = match.group("action")
        if action == "disable-next-line":
            regions.append(_Region(names, line + 1, line + 1))
        elif action == "disable-file":
            regions.append(_Region(names, 1, last))
        elif action == "disable":
            open_regions.append((names, line))
        else:
            regions.extend(_close(open_regions, names, line))
            open_regions = [r for r in open_regions if names and not set(r[0]) <= set(names)]
    regions.extend(_Region(names, start, last) for names, start in open_regions)
    return regions


def _close(open_regions: list[tuple[tuple[str, ...], int]], names: tuple[str, ...], line: int) -> Iterable[_Region]:
    for region_names, start in open_regions:
        if not names or set(region_names) <= set(names):
            yield _Region(region_names, start, line)


def apply_suppressions(findings: Iterable[Finding], source: str, lines: LineIndex) -> list[Finding]:
    """The findings that no suppression comment covers."""
    regions = suppression_regions(source, lines)
    if not regions:
        return list(findings)
    kept = []
    for finding in findings:
        line = lines.position(finding.span.start).line
        if not any(r.covers(finding, line, _name_matches) for r in regions):
            kept.append(finding)
    return kept
