"""The dateline is missing, has no date, or has a date that does not exist.

## What it does
Reads the dateline that opens the body (`CITY, State, Month Day, Year /Wire/ --`) and reports
one that has no date (`CHARLOTTE, N.C. — ...`), a date without a year, or a date that does not
exist (`Feb. 30`). Under the `wire` profile a release with no dateline at all is reported too,
and so is a city not set in capitals (`Portland, Maine` for AP's `PORTLAND, Maine`).

## Why is this bad?
The dateline tells editors where and when the news was issued; every date in the story is read
against it. A dateline without a date leaves "today" and "on Tuesday" without an anchor, and an
impossible date is a material error that wires correct publicly.

## Example
```txt
Harbour Bakery Opens Second Shop

PORTLAND, Maine — Harbour Bakery opened its second shop today on Fore Street.
^^^^^^^^^^^^^^^^^ dateline
```

## Use instead
```txt
Harbour Bakery Opens Second Shop

PORTLAND, Maine, May 2, 2025 — Harbour Bakery opened its second shop today on Fore Street.
```

## Options
- `profile` (shared through `[style]`): `web` (default) checks a dateline only when there is
  one; `wire` also requires one.

## Known limitations
Business Wire datelines (`CUPERTINO, Calif.--(BUSINESS WIRE)--`) carry no date by design and are
not reported. A dateline is looked for only in the first blocks of the release, and a place must
be written in capitals to be recognised when the date is missing. AP style inside the dateline
(month abbreviations, state names) is left to the date rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker import Document, Finding, FixAvailability, Role, RuleMeta, RuleOptions, Severity, Span
from checker.dateline import parse_date_parts
from checker.structure import PROFILES, WIRE, opening_span, profile, text_blocks

META = RuleMeta(
    code="CD401",
    name="dateline",
    summary="Open the body with a dateline that carries a real date.",
    severity=Severity.WARNING,
    fix=FixAvailability.SOMETIMES,
    options={"profile": "web"},
    choices={"profile": PROFILES},
)

_MONTH_DAY_YEAR = re.compile(
    r"\b(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\.?\s+(?P<day>\d{1,2})"
    r"(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{4}))?",
    re.IGNORECASE,
)
#: ``CITY, State —``: a place in capitals and a dash, with no date before the dash.
_DATELESS = re.compile(
    r"^\W{0,3}(?P<place>[A-Z][A-Z0-9.'’&-]+(?: [A-Z0-9][A-Z0-9.'’&-]*)*"
    r"(?:,\s*[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*){0,2})"
    r"(?P<dash>\s*(?:—|–|--|\s-))\s"
)
_NOT_A_PLACE = re.compile(r"^(?:FOR IMMEDIATE RELEASE|EMBARGO|UPDATE|CORRECTION|MEDIA ADVISORY|NEWS|PRESS RELEASE)\b")
_OPENING_BLOCKS = 8


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Report a dateline without a (real) date, and under ``wire`` a missing dateline."""
    style = profile(options)
    dateline = document.dateline
    if dateline is not None:
        text = document.source[dateline.span.start : dateline.span.end]
        if dateline.date is None and not (dateline.wire and "business wire" in dateline.wire.lower()):
            yield _undated(dateline.span, text)
        if style == WIRE:
            yield from _city_not_in_capitals(dateline.span.start, text, dateline.place)
        return
    dateless = _dateless_dateline(document)
    if dateless is not None:
        yield dateless
    elif style == WIRE:
        yield META.finding(
            opening_span(document),
            "the release has no dateline: open the first paragraph with 'CITY, State, Month Day, Year —'",
        )


def _undated(span: Span, text: str) -> Finding:
    date = _MONTH_DAY_YEAR.search(text)
    if date is None:
        problem = "has no date"
    elif date.group("year") is None:
        problem = f"gives '{date.group(0)}' without a year"
    elif parse_date_parts(date.group("month"), date.group("day"), date.group("year")) is None:
        problem = f"gives '{date.group(0)}', a date that does not exist"
    else:
        problem = "has a date that cannot be read"
    return META.finding(span, f"dateline '{text.strip()}' {problem}: give the day the news was issued")


def _city_not_in_capitals(start: int, text: str, place: str) -> Iterator[Finding]:
    """AP datelines set the city in capitals (``PORTLAND, Maine``); wire copy follows AP."""
    city = place.split(",", maxsplit=1)[0].strip()
    at = text.find(city)
    if at < 0 or not any(c.islower() for c in city):
        return
    yield META.finding(
        Span(start + at, start + at + len(city)),
        f"dateline city '{city}' is not in capitals: wire style writes '{city.upper()}'",
        suggestion=city.upper(),
    )


def _dateless_dateline(document: Document) -> Finding | None:
    """A ``CITY, State —`` opening that the dateline parser passed over because it has no date.

    Only the opening lines up to the first body paragraph are read: further down, ``NASA —``
    is a sentence about NASA, not a dateline.
    """
    for _, block in text_blocks(document)[:_OPENING_BLOCKS]:
        if block.role is Role.HEADLINE:
            continue
        match = _DATELESS.match(block.text)
        if match is None or _NOT_A_PLACE.match(match.group("place")) or not _has_capital_city(match.group("place")):
            if block.role is Role.BODY:
                return None
            continue
        place = match.group("place")
        return META.finding(
            block.source_span(match.start("place"), match.end("dash")),
            f"dateline '{block.text[match.start('place') : match.end('dash')]}' has no date: "
            f"write '{place}, Month Day, Year —'",
        )
    return None


def _has_capital_city(place: str) -> bool:
    """The city part is in capitals and at least three letters (``PORTLAND``, not ``A``)."""
    city = place.split(",", maxsplit=1)[0]
    letters = [c for c in city if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)
