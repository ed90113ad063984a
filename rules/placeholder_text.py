"""Unreplaced template text left in a release.

## What it does
Flags template placeholders that were never filled in: bracketed slots such as
`[COMPANY NAME]`, `[Name]`, `[INSERT QUOTE]` or `[link]`; `XX` standing for a number or a day
(`XX%`, `$XX million`, `JULY XX, 2026`); the newsroom mark `TK`/`TKTK` ("to come"); template
variables such as `{{ first_name }}`; `lorem ipsum`; and `TBD`/`TBA`.

## Why is this bad?
A placeholder that reaches the wire is the most visible mistake a release can make: it tells
every reader that nobody read the final copy.

## Example
```txt
Dr. [Name], founder of the clinic, said the new office opens JULY XX, 2026.
    ^^^^^^ placeholder-text
                                                                  ^^ placeholder-text
```

## Use instead
```txt
Dr. Jane Alvarez, founder of the clinic, said the new office opens July 14, 2026.
Shoppers met Chef TK at TK Maxx, and veterans of XX Corps cited source [1].
```

## Known limitations
`XX` and `TK` count only where they stand for a missing value (next to a number, a month, `$`
or `%`, or alone); inside a name (`XX Corps`, `TK Maxx`, `Chef TK`) they are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker import Document, Finding, RuleMeta, RuleOptions, Severity
from checker.document import BlockKind

META = RuleMeta(
    code="CD601",
    name="placeholder-text",
    summary="Template placeholder left in the text: fill it in or remove it.",
    severity=Severity.ERROR,
)

_SLOT_WORDS = (
    r"(?:company|client|organi[sz]ation|product|person|spokesperson|executive|customer|partner|first|last|full)?\s*"
    r"(?:name|names|date|day|time|link|url|title|city|state|country|location|phone(?: number)?|e-?mail|contact|"
    r"headline|quote|logo|photo|image|website|address|amount|number|price|tbd|tba|tk|x+|placeholder|here)"
)
_BRACKET = re.compile(
    rf"\[(?:(?i:insert|add|enter|include|paste|your)\b[^\]\n]{{0,60}}|(?i:{_SLOT_WORDS})(?:\s*\d)?|"
    rf"[A-Z][A-Z]+(?:\s+[A-Z][A-Z]+)+)\]"
)
_MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_XX = re.compile(
    rf"(?:\$|\b{_MONTH}\s+|\d[.,])(?P<ph>X{{2,}})\b"
    rf"|\b(?P<ph2>X{{2,}})(?=\s*(?:%|percent\b|million\b|billion\b|,\s*\d{{4}})|[.,]\d)"
)
_TK = re.compile(r"\bTK(?:TK)+\b|\bTK\b(?! [A-Z])")
_TEMPLATE = re.compile(r"\{\{\s*[^{}\n]{1,60}?\s*\}\}|\{%\s*[^{}\n]{1,60}?\s*%\}")
_LOREM = re.compile(r"\blorem ipsum\b", re.IGNORECASE)
_TBD = re.compile(r"\bTB[DA]\b")
_PATTERNS = (_BRACKET, _XX, _TK, _TEMPLATE, _LOREM, _TBD)
_SKIPPED_KINDS = frozenset({BlockKind.CODE, BlockKind.COMMENT, BlockKind.FRONT_MATTER})


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Yield a finding for every placeholder in the document's text blocks."""
    for block in document.blocks:
        if block.kind in _SKIPPED_KINDS:
            continue
        for pattern in _PATTERNS:
            for match in pattern.finditer(block.text):
                if pattern is _TK and _tk_in_name(block.text, match.start()):
                    continue
                start, end = _placeholder_bounds(match)
                found = block.text[start:end]
                yield META.finding(
                    block.source_span(start, end),
                    f"'{found}' is a placeholder: replace it with the real text or delete it",
                )


def _placeholder_bounds(match: re.Match[str]) -> tuple[int, int]:
    """The placeholder itself, without the context a pattern needed to recognise it."""
    for group in ("ph", "ph2"):
        if group in match.re.groupindex and match.group(group) is not None:
            return match.span(group)
    return match.span()


def _tk_in_name(text: str, start: int) -> bool:
    """``Chef TK``: a capitalised word right before ``TK`` makes it part of a name."""
    before = text[:start].rstrip()
    previous = before.rsplit(None, 1)[-1] if before else ""
    return bool(previous) and previous[0].isupper() and previous[-1].isalpha()
