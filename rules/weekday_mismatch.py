"""A weekday that does not fall on the date written beside it.

## What it does
Checks every date written with a weekday (`Monday, Nov. 14, 2022`, `Tuesday 15 November 2022`,
`on Tuesday (Nov. 15)`, `Wednesday October 10th`) and reports the ones whose weekday is wrong.
A date without a year takes the year that puts it nearest the release's anchor date (the
dateline, front matter `date:`, the embargo line or `--reference-date`), or either of two years
when both are within about half a year of it; a year written at the
end of a range or list (`Friday, May 22 to Monday, May 25, 2026`) belongs to both ends.

## Why is this bad?
A wrong weekday is the commonest date error in real releases, usually because the copy was
carried forward from last year's release and only the year was changed. Readers cannot tell
which half is right, so an event notice with a wrong weekday sends people on the wrong day.

## Example
```txt
MIAMI, FL, March 3, 2026 /PRNewswire/ -- The gala takes place on Friday, March 14, 2026, downtown.
                                                                 ^^^^^^^^^^^^^^^^^^^^^^ weekday-mismatch
```

## Use instead
```txt
MIAMI, FL, March 3, 2026 /PRNewswire/ -- The gala takes place on Saturday, March 14, 2026, downtown.
```

## Options
- `year-from-anchor` (default `true`): check dates written without a year, taking the year
  nearest the anchor date; `false` checks only dates that state their year.

## Known limitations
Only weekdays written right before the date (or before a parenthesised date) are read; a
weekday after the date (`March 14 (Saturday)`) is not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from checker import Document, Finding, RuleMeta, RuleOptions, Severity
from checker.dates import WEEKDAY_NAMES, DateMention, format_date, resolve, span_of

META = RuleMeta(
    code="CD301",
    name="weekday-mismatch",
    summary="Make the weekday agree with the date beside it.",
    severity=Severity.ERROR,
    options={"year-from-anchor": True},
)

#: A year-less date this far from the anchor (in days) may belong to the year before or after.
_EITHER_YEAR_DAYS = 200


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Yield a finding for every weekday that is not the weekday of its date."""
    anchor = document.anchor_date if options["year-from-anchor"] else None
    for mention in document.dates.mentions:
        if mention.weekday is None:
            continue
        value = resolve(mention, anchor)
        if value is None or value.weekday() == mention.weekday or _fits_another_year(mention, value, anchor):
            continue
        span = span_of(document, mention.block_index, mention.start, mention.end)
        yield META.finding(span, _message(mention, value))


def _fits_another_year(mention: DateMention, value: dt.date, anchor: dt.date | None) -> bool:
    """A year-less date half a year from the anchor could mean either year: either weekday will do."""
    if mention.year is not None or anchor is None:
        return False
    for year in (value.year - 1, value.year + 1):
        other = _same_day(value, year)
        if other is not None and abs((other - anchor).days) <= _EITHER_YEAR_DAYS and other.weekday() == mention.weekday:
            return True
    return False


def _message(mention: DateMention, value: dt.date) -> str:
    written = WEEKDAY_NAMES[mention.weekday or 0]
    message = f"'{mention.text}' names the wrong weekday: {format_date(value)} is a {WEEKDAY_NAMES[value.weekday()]}"
    if mention.year is None:
        message += " (the year is taken from the release date)"
    last_year = _same_day(value, value.year - 1)
    if last_year is not None and last_year.weekday() == mention.weekday:
        message += f"; it was a {written} in {last_year.year}, so the date may be copied from last year's release"
    return message + ": correct the weekday or the date"


def _same_day(value: dt.date, year: int) -> dt.date | None:
    try:
        return value.replace(year=year)
    except ValueError:
        return None
