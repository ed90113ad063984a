"""A relative date (`tomorrow`, `this Saturday`, `next year`) that the date beside it contradicts.

## What it does
Resolves `today`, `tonight`, `yesterday`, `tomorrow`, `this week`, `next week`, `last week`,
`this month`, `next month`, `last month`, `this year`, `next year`, `last year`,
`earlier this year` (month, week), `later this year` and `this Saturday` against the release's
anchor date (dateline, front matter `date:`, embargo line or `--reference-date`), and reports
one whose explicit date, written right beside it (`tomorrow (Wednesday, Oct. 10)`,
`this Saturday, May 7`, `next year, in 2024`), falls outside the period it names.  It also
reports `earlier this year` in a release dated in the first days of January, and
`later this year` in one dated in the last days of December.

## Why is this bad?
Relative dates are written for one release day and go stale when copy is reused or a release
slips: `tomorrow (Oct. 10)` in a release dated Oct. 6 leaves the reader with two different
days and no way to tell which one is true.

## Example
```txt
ZURICH, Oct. 6, 2026 /PRNewswire/ -- The board meets tomorrow (Saturday, Oct. 10).
                                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^ relative-date-conflict
```

## Use instead
```txt
ZURICH, Oct. 6, 2026 /PRNewswire/ -- The board meets tomorrow (Wednesday, Oct. 7).
The 2026 games, to be held next year, were postponed; the report is due next year, in 2027.
```

## Options
- `edge-days` (default `7`): how near the start of the year a release must be dated for
  `earlier this year` to be reported (and near its end for `later this year`).

## Known limitations
Only a date written right beside the relative expression is compared with it; a year that is
part of a name (`the 2022 games, to be held next year`) is not read as its date.  Without an
anchor date nothing is reported.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from checker import Document, Finding, RuleMeta, RuleOptions, Severity
from checker.dates import (
    DateKind,
    DateMention,
    RelativeDate,
    RelativeUnit,
    format_date,
    resolve,
    span_of,
)

META = RuleMeta(
    code="CD303",
    name="relative-date-conflict",
    summary="Make a relative date agree with the release date and the date beside it.",
    severity=Severity.WARNING,
    options={"edge-days": 7},
)

#: What may stand between a relative expression and the date that pins it down.
_BESIDE = re.compile(r"^[\s,(–—-]*(?:(?:on|in|at)\s+)?$", re.IGNORECASE)


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Yield a finding for every relative date that its neighbour or the release date contradicts."""
    anchor = document.anchor_date
    if anchor is None:
        return
    dates = document.dates
    for relative in dates.relatives:
        low, high = relative.bounds(anchor)
        mention = _beside(relative, dates.mentions, document)
        if mention is not None:
            finding = _conflict(document, relative, mention, anchor, (low, high))
        else:
            finding = _stale(document, relative, anchor, options.integer("edge-days"))
        if finding is not None:
            yield finding


def _beside(relative: RelativeDate, mentions: tuple[DateMention, ...], document: Document) -> DateMention | None:
    """The date written right after the relative expression, in its block."""
    text = document.blocks[relative.block_index].text
    for mention in mentions:
        if mention.block_index != relative.block_index or mention.kind not in (DateKind.DAY, DateKind.YEAR):
            continue
        if relative.start <= mention.start < relative.end:  # "this Saturday, May 7": weekday shared
            return mention
        if mention.start >= relative.end and _BESIDE.match(text[relative.end : mention.start]):
            return mention
    return None


def _conflict(
    document: Document, relative: RelativeDate, mention: DateMention, anchor: dt.date, bounds: tuple[dt.date, dt.date]
) -> Finding | None:
    low, high = bounds
    if mention.kind is DateKind.YEAR:
        if mention.year is None or relative.unit is not RelativeUnit.YEAR or mention.year == low.year:
            return None
        meant = str(low.year)
    else:
        value = resolve(mention, anchor)
        if value is None or low <= value <= high:
            return None
        meant = format_date(low) if low == high else f"{format_date(low)} to {format_date(high)}"
    start, end = min(relative.start, mention.start), max(relative.end, mention.end)
    text = document.blocks[relative.block_index].text[start:end]
    message = (
        f"'{text}': '{relative.text}' in a release dated {format_date(anchor)} means {meant}, "
        f"not '{mention.date_text}': correct the date or the relative expression"
    )
    return META.finding(span_of(document, relative.block_index, start, end), message)


def _stale(document: Document, relative: RelativeDate, anchor: dt.date, edge: int) -> Finding | None:
    """``earlier this year`` on Jan. 5, ``later this month`` on the 30th."""
    if not relative.part or relative.unit is not RelativeUnit.YEAR:
        return None
    low, high = relative.bounds(anchor)
    period_start, period_end = _period(relative.unit, anchor)
    near = (anchor - period_start).days < edge if relative.part == "earlier" else (period_end - anchor).days < edge
    if not near or low > high:
        return None
    message = (
        f"'{relative.text}' in a release dated {format_date(anchor)}: the {relative.unit.value} has barely "
        f"{'begun' if relative.part == 'earlier' else 'time left'}; name the date or period instead"
    )
    return META.finding(span_of(document, relative.block_index, relative.start, relative.end), message)


def _period(unit: RelativeUnit, anchor: dt.date) -> tuple[dt.date, dt.date]:
    base = RelativeDate(0, 0, "", unit, 0)
    return base.bounds(anchor)
