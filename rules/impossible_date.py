"""A date that does not exist: Feb. 30, April 31, Feb. 29 in a non-leap year, month 13.

## What it does
Reports day-level dates whose day is past the end of the month (`Feb. 30`, `April 31`,
`Sept. 31`), Feb. 29 in a year that is not a leap year (`Feb. 29, 2023`), and numeric or ISO
dates with no such month (`2026-13-02`, `14/13/2026`).

## Why is this bad?
An impossible date is a typo that every reader notices and nobody can correct for you: was
`April 31` meant to be April 30 or May 1? Wires treat wrong dates as material corrections.

## Example
```txt
The offer closes on Feb. 29, 2027, or on April 31 for members.
                    ^^^^^^^^^^^^^ impossible-date
                                         ^^^^^^^^ impossible-date
```

## Use instead
```txt
The offer closes on Feb. 28, 2027, or on April 30 for members; 2028 has a Feb. 29, 2028.
```

## Known limitations
A year-less `Feb. 29` is not reported, since the year it belongs to is not written.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator

from checker import Document, Finding, RuleMeta, RuleOptions, Severity
from checker.dates import MONTH_NAMES, DateKind, DateMention, span_of

META = RuleMeta(
    code="CD302",
    name="impossible-date",
    summary="Correct a date that does not exist.",
    severity=Severity.ERROR,
)


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Yield a finding for every day-level date that cannot exist."""
    for mention in document.dates.mentions:
        if mention.kind is not DateKind.DAY:
            continue
        reason = _why_impossible(mention)
        if reason is not None:
            span = span_of(document, mention.block_index, mention.date_start, mention.end)
            yield META.finding(span, f"'{mention.date_text}' is not a date: {reason}; check which day was meant")


def _why_impossible(mention: DateMention) -> str | None:
    month, day = mention.month or 0, mention.day or 0
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    if mention.year is None:
        longest = calendar.monthrange(2000, month)[1]
        return None if day <= longest else f"{MONTH_NAMES[month - 1]} has {longest} days"
    length = calendar.monthrange(mention.year, month)[1]
    if day <= length:
        return None
    if month == 2 and day == 29:
        return f"{mention.year} is not a leap year"
    return f"{MONTH_NAMES[month - 1]} {mention.year} has {length} days"
