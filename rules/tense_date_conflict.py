"""An event told in the past tense but dated after the release, or in the future but dated before.

## What it does
Looks at dates introduced by a clear tense cue right before them (`will be held on`,
`will open in`, `is scheduled for`, `was held on`, `took place on`, `opened on`,
`were announced in`) and compares the date with the release's anchor date (dateline, front
matter `date:`, embargo line or `--reference-date`): a future cue with a date wholly before the
anchor, or a past cue with a date wholly after it, is reported.  Days, months (`March 2026`),
quarters and years are compared at their own precision; a date without a year takes the year
that puts it nearest the anchor, and is left alone when that is more than four months away.

## Why is this bad?
`will be held on Nov. 10, 2022` in a release dated Nov. 14, 2022 means the copy was written
before the event and never updated, or the date is wrong; either way the reader is misled
about whether the event is still to come.

## Example
```txt
HANGZHOU, China, Nov. 14, 2026 /Xinhua=KYODO JBN/-- The forum will be held on Nov. 10, 2026.
                                                                              ^^^^^^^^^^^^^ tense-date-conflict
```

## Use instead
```txt
HANGZHOU, China, Nov. 14, 2026 /Xinhua=KYODO JBN/-- The forum was held on Nov. 10, 2026,
and the next one will take place on Nov. 20.
```

## Known limitations
Only the cues listed above, right before the date, are read: a tense elsewhere in the sentence
(`On Oct. 2, the suspect allegedly fled`) is not.  Without an anchor date nothing is reported.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator

from checker import Document, Finding, RuleMeta, RuleOptions, Severity
from checker.dates import DateKind, DateMention, DocumentDates, format_date, resolve, span_of

META = RuleMeta(
    code="CD304",
    name="tense-date-conflict",
    summary="Make the tense agree with whether the date is before or after the release date.",
    severity=Severity.WARNING,
)

_PAST_VERBS = (
    r"held|hosted|launched|opened|closed|signed|completed|celebrated|released|announced|unveiled|"
    r"inaugurated|published|introduced|began|started|ended|concluded|debuted|took\s+place|kicked\s+off|"
    r"wrapped\s+up|occurred|happened"
)
_FUTURE = re.compile(
    r"\b(?:will|shall)\s+(?:be\s+)?(?:[a-z]+\s+){0,2}?(?:[a-z]+)\s+(?:on|in|from|starting|beginning)\s+$"
    r"|\b(?:is|are)\s+(?:scheduled|set|slated|planned)\s+(?:to\s+[a-z]+(?:\s+[a-z]+)?\s+)?(?:for|on|in)\s+$",
    re.IGNORECASE,
)
_PAST = re.compile(rf"\b(?:(?:was|were)\s+(?:{_PAST_VERBS})|(?:{_PAST_VERBS}))\s+(?:on|in)\s+$", re.IGNORECASE)
_WINDOW = 60
#: A year-less date further than this from the anchor has no clear year.
_MAX_YEARLESS_DAYS = 120


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Yield a finding for every date whose tense cue contradicts its side of the anchor date."""
    anchor = document.anchor_date
    if anchor is None:
        return
    dates = document.dates
    for mention in dates.mentions:
        before = document.blocks[mention.block_index].text[max(0, mention.start - _WINDOW) : mention.start]
        future, past = _FUTURE.search(before), _PAST.search(before)
        if not (future or past):
            continue
        bounds = _bounds(mention, _range_end(dates, mention), anchor)
        if bounds is None:
            continue
        low, high = bounds
        if future and high < anchor:
            told, side = "in the future tense", "before"
        elif past and not future and low > anchor:
            told, side = "in the past tense", "after"
        else:
            continue
        last = _range_end(dates, mention)
        text = document.blocks[mention.block_index].text[mention.start : last.end]
        cue = (future or past).group().strip()  # type: ignore[union-attr]
        message = (
            f"'{cue} {text}' is told {told}, but that is {side} the release date "
            f"{format_date(anchor)}: correct the date or the tense"
        )
        yield META.finding(span_of(document, mention.block_index, mention.start, last.end), message)


def _range_end(dates: DocumentDates, mention: DateMention) -> DateMention:
    """The last day of the range a mention opens (``from May 22 to May 25``), or the mention."""
    return next((r.last for r in dates.ranges if r.first == mention and r.is_range), mention)


def _bounds(mention: DateMention, last: DateMention, anchor: dt.date) -> tuple[dt.date, dt.date] | None:
    if mention.kind is DateKind.DAY:
        low, high = resolve(mention, anchor), resolve(last, anchor)
        if low is None or high is None:
            return None
        if mention.year is None and abs((low - anchor).days) > _MAX_YEARLESS_DAYS:
            return None
        return low, max(low, high)
    if mention.year is None:
        return None
    if mention.kind is DateKind.MONTH and mention.month is not None:
        end = calendar.monthrange(mention.year, mention.month)[1]
        return dt.date(mention.year, mention.month, 1), dt.date(mention.year, mention.month, end)
    if mention.kind is DateKind.QUARTER and mention.quarter is not None:
        first = 3 * mention.quarter - 2
        end = calendar.monthrange(mention.year, first + 2)[1]
        return dt.date(mention.year, first, 1), dt.date(mention.year, first + 2, end)
    if mention.kind is DateKind.YEAR:
        return dt.date(mention.year, 1, 1), dt.date(mention.year, 12, 31)
    return None
