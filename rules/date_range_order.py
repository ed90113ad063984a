"""A date range that ends before it starts, or release dates that disagree with each other.

## What it does
Reports a range whose end comes before its start (`May 25 to May 22, 2026`, `Nov. 9-7`), and
the places that date the release itself when they disagree: the dateline against the front
matter `date:` (more than a day apart, since front-matter times are often in UTC), against the
date of an `EMBARGOED UNTIL …` line, and against a second dateline near the top (a header date
above a body dateline).

## Why is this bad?
A backwards range cannot be right, and a release that gives two dates for itself leaves every
`today`, `tomorrow` and weekday in it without a reliable anchor; editors and wire desks read the
embargo line and the dateline together.

## Example
```txt
NEW YORK, March 3, 2026 /PRNewswire/ -- The fair runs from May 25 to May 22, 2026.
                                                           ^^^^^^^^^^^^^^^^^^^^^^ date-range-order
```

## Use instead
```txt
NEW YORK, March 3, 2026 /PRNewswire/ -- The fair runs from May 22 to May 25, 2026, and the
winter market from Dec. 28 to Jan. 3, 2027.
```

## Known limitations
Lists (`Nov. 7 and 8`) are not ranges and are not checked.  A range whose ends both lack a year
and run over New Year (`Dec. 28 to Jan. 3`) is read as crossing the year.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from checker import Document, Finding, RuleMeta, RuleOptions, Severity, Span
from checker.dateline import Dateline, EmbargoLine, dateline_candidates, find_embargo, front_matter_date
from checker.dates import DateRange, format_date, over_new_year, resolve, span_of

META = RuleMeta(
    code="CD307",
    name="date-range-order",
    summary="Put a range's start before its end, and give the release one date.",
    severity=Severity.ERROR,
)

#: Front-matter timestamps are often UTC, so a day either way is the same release day.
_FRONT_MATTER_SLACK = 1


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Yield findings for backwards ranges and for release dates that disagree."""
    for date_range in document.dates.ranges:
        if date_range.is_range and _backwards(date_range, document.anchor_date):
            first, last = date_range.first, date_range.last
            text = document.blocks[first.block_index].text[first.date_start : last.end]
            message = f"the range '{text}' ends before it starts: swap the ends or correct one of them"
            yield META.finding(span_of(document, first.block_index, first.date_start, last.end), message)
    yield from _anchor_conflicts(document)


def _backwards(date_range: DateRange, anchor: dt.date | None) -> bool:
    first, last = date_range.first, date_range.last
    if first.month is None or last.month is None or first.day is None or last.day is None:
        return False
    if first.year is None and last.year is None:
        if over_new_year(first, last):
            return False
        return (last.month, last.day) < (first.month, first.day)
    start, end = resolve(first, anchor), resolve(last, anchor)
    return start is not None and end is not None and end < start


def _anchor_conflicts(document: Document) -> Iterator[Finding]:
    candidates = [c for c in dateline_candidates(document) if c.date is not None]
    if not candidates:
        return
    dateline = candidates[0]
    assert dateline.date is not None
    said = f"the dateline says {format_date(dateline.date)}"
    for other in candidates[1:]:
        if other.date != dateline.date and other.mention is not None:
            message = (
                f"'{other.mention.date_text}' disagrees with the dateline above it "
                f"({format_date(dateline.date)}): give the release one date"
            )
            yield META.finding(_date_span(document, other), message)
    front = front_matter_date(document)
    if front is not None and abs((front - dateline.date).days) > _FRONT_MATTER_SLACK:
        message = (
            f"the dateline's {format_date(dateline.date)} disagrees with the front-matter date "
            f"{front.isoformat()}: give the release one date"
        )
        yield META.finding(_date_span(document, dateline), message)
    embargo = find_embargo(document)
    if embargo is not None and embargo.date is not None and embargo.date != dateline.date:
        message = f"the embargo lifts on {format_date(embargo.date)}, but {said}: make them the same day"
        yield META.finding(_date_span(document, embargo), message)


def _date_span(document: Document, line: Dateline | EmbargoLine) -> Span:
    """The date of a dateline or embargo line, or the whole line when its date was not read."""
    if line.mention is None:
        return line.span
    return span_of(document, line.block_index, line.mention.date_start, line.mention.end)
