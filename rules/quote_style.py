"""Straight and curly quotation marks or apostrophes mixed in one release.

## What it does
Flags a quotation that opens with one style of mark and closes with the other (`“...."`).
With the `quote-style` option it also checks the whole release: `"consistent"` counts straight
(`"`, `'`) and curly (`“ ”`, `‘ ’`) marks, separately for double quotation marks and for
apostrophes and single quotation marks, and flags each mark of the minority style (a tie goes
to the style of the first mark); `"straight"` or `"curly"` flags every mark of the other
style.  Primes after figures (`5'11"`, `12" pizza`), code and web addresses are not counted.

## Why is this bad?
Mixed marks show that the release was assembled from several sources (a word processor's curly
quotes pasted into a plain-text template) without a final read; a quotation that opens curly
and closes straight looks broken in print, and search engines treat `company's` and
`company’s` as different words.

## Example
```txt
“We are proud of the team," said the director.
                          ^ quote-style
```

## Use instead
```txt
"We are proud of the team," said the director. “It was a long year for the company’s staff.”
The new 12" display and the 5'11" mascot are staying.
```

## Options
`quote-style` is `"pairs"` (default: only quotations that open and close in different styles),
`"consistent"` (the majority style wins), `"straight"` or `"curly"` (house style).

## Known limitations
Off by default.  Most releases are assembled from several sources: in the shared corpus, 23 of
the 66 releases that copy editors passed as clean mix straight and curly marks, so
whole-release consistency is opt-in.  Even the `pairs` check, whose findings on the corpus were
all real mismatched quotations, fires on 4 clean-passed releases whose annotations do not list
them, which is over the false-alarm budget for a default rule.  Enable it with
`extend-select = ["quote-style"]`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from checker import Document, Finding, FixAvailability, RuleMeta, RuleOptions, Severity
from checker.span import Span
from checker.textscan import majority, masked_text, prose_blocks

META = RuleMeta(
    code="CD504",
    name="quote-style",
    summary="Straight and curly quotes are mixed: use one style throughout.",
    severity=Severity.INFO,
    fix=FixAvailability.ALWAYS,
    default_enabled=False,
    options={"quote-style": "pairs"},
    choices={"quote-style": ("pairs", "consistent", "straight", "curly")},
)

_DOUBLE = re.compile(r'(?<!\d)"|[“”]')
_SINGLE = re.compile(r"(?<!\d)'|[‘’]")
_CURLY = frozenset("“”‘’")


@dataclass(frozen=True)
class _Mark:
    """One quotation mark or apostrophe: where it is, what it is, and its curly equivalent."""

    span: Span
    char: str
    curly: str


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Yield a finding for every mark of the minority (or non-house) style."""
    style = options.text("quote-style")
    if style == "pairs":
        yield from _mismatched_pairs(document)
        return
    for kind, pattern in (("quotation mark", _DOUBLE), ("apostrophe or single quote", _SINGLE)):
        marks = list(_marks(document, pattern))
        wanted = _wanted_style(marks, style)
        for mark in marks:
            curly = mark.char in _CURLY
            if wanted is None or curly == (wanted == "curly"):
                continue
            replacement = mark.curly if wanted == "curly" else ("'" if mark.char in "‘’" else '"')
            yield META.finding(
                mark.span,
                f"{'curly' if curly else 'straight'} {kind} {mark.char} in a release that uses {wanted} ones: "
                f"use {replacement}",
                replacement,
            )


def _mismatched_pairs(document: Document) -> Iterator[Finding]:
    """The closing mark of every double quotation that opened in the other style."""
    for _, block in prose_blocks(document):
        text = masked_text(block.text)
        opening: str | None = None
        for match in _DOUBLE.finditer(text):
            mark = match.group()
            if opening is None:
                opening = None if mark == "”" else mark
                continue
            if (mark in _CURLY) != (opening in _CURLY):
                closing = "”" if opening in _CURLY else '"'
                yield META.finding(
                    block.source_span(match.start(), match.end()),
                    f"quotation opens with {opening} but closes with {mark}: close it with {closing}",
                    closing,
                )
            opening = None


def _marks(document: Document, pattern: re.Pattern[str]) -> Iterator[_Mark]:
    """Every mark of one family in the prose, with the curly form a straight one stands for."""
    for _, block in prose_blocks(document):
        text = masked_text(block.text)
        for match in pattern.finditer(text):
            start = match.start()
            yield _Mark(block.source_span(start, start + 1), match.group(), _curly_form(text, start))


def _curly_form(text: str, index: int) -> str:
    """The curly mark a straight one stands for: opening after a blank or bracket, else closing."""
    char = text[index]
    if char in _CURLY:
        return char
    opening = index == 0 or text[index - 1].isspace() or text[index - 1] in "([{—–-/"
    if char == '"':
        return "“" if opening else "”"
    return "‘" if opening else "’"


def _wanted_style(marks: list[_Mark], style: str) -> str | None:
    """The style every mark should have, or None when there is nothing to flag."""
    if style in ("straight", "curly"):
        return style
    return majority(["curly" if mark.char in _CURLY else "straight" for mark in marks])
