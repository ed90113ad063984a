"""Dates written in more than one style, or (under AP house style) not in AP style.

## What it does
Compares how each date is written: the order (`Nov. 14` or `14 November`, numeric
`11/14/2022`, ISO `2022-11-14`), the month form (`Nov.`, `November`, `Nov`, `Sep.`), ordinal
suffixes (`Nov. 14th`) and zero-padded days (`April 01`).  With `date-style = "consistent"`
(the default) it reports every date written unlike the release's usual style: the most common
order and month form, ties going to the dateline's form; ordinals and leading zeros count as
usual only when every date has them.  With `date-style = "ap"` the usual style is AP's: month
before day; Jan., Feb., Aug., Sept., Oct., Nov., Dec. abbreviated with a specific date and March
to July spelled out; no ordinal suffixes or leading zeros; a month with only a year spelled out
(`November 2022`).  Every finding suggests the date rewritten.  A dateline stamped with a clock
time by the distribution platform (`Nov 12, 2025 @ 12:15 PM`) is the platform's style, not the
writer's, and is left out.

## Why is this bad?
Mixed date styles look careless, and a reader comparing `Nov. 14` in the dateline with
`November 13` in the lead wonders whether two different sources were pasted together.  Wires
and newsrooms edit to one style; AP's is the one most North American outlets expect.

## Example
```txt
HANGZHOU, China, Nov. 14, 2026 /Xinhua=KYODO JBN/-- The talent week opened on November 13.
                                                                              ^^^^^^^^^^^ date-style
```

## Use instead
```txt
HANGZHOU, China, Nov. 14, 2026 /Xinhua=KYODO JBN/-- The talent week opened on Nov. 13, and
registration runs through March 2 and Aug. 31, 2027; results follow in December 2026.
```

## Options
- `date-style` (default `"consistent"`, shared through `[style]`): `"consistent"` checks that the
  release agrees with itself, `"ap"` checks AP house style, `"off"` turns the check off.  AP is
  not the default because most real releases write `October 21, 2025` throughout: on the shared
  corpus `"ap"` reports 53 dates in 66 releases whose annotators (who left house style out)
  found nothing wrong with them, against 3 for `"consistent"`.

## Known limitations
The second day of `May 22-25` shares its month with the first and is not restyled; weekdays
are left as written.  Numeric dates that read both ways (`05/06/2026`) get no suggestion.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from checker import Document, Finding, FixAvailability, RuleMeta, RuleOptions, Severity
from checker.dates import AP_MONTH_WITH_DAY, MONTH_NAMES, DateKind, DateMention, DateOrder, span_of

_STYLES = ("ap", "consistent", "off")

META = RuleMeta(
    code="CD306",
    name="date-style",
    summary="Write every date in one style (or AP's): not 'Nov. 14' beside 'November 13th'.",
    severity=Severity.INFO,
    fix=FixAvailability.ALWAYS,
    options={"date-style": "consistent"},
    choices={"date-style": _STYLES},
)

_WRITTEN_ORDERS = (DateOrder.MONTH_DAY, DateOrder.DAY_MONTH, DateOrder.NUMERIC, DateOrder.ISO)


@dataclass(frozen=True)
class _Style:
    """How one date is written; ``month`` is None where every style writes it alike (``May 5``)."""

    order: DateOrder
    month: str | None
    ordinal: bool
    padded: bool


_AP = _Style(DateOrder.MONTH_DAY, "ap", ordinal=False, padded=False)


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Yield a finding, with the date rewritten, for every date off the release's (or AP's) style."""
    mode = options.text("date-style")
    if mode == "off":
        return
    stamp = _stamped_dateline(document)
    mentions = [m for m in document.dates.mentions if _styled(m) and m != stamp]
    days = [m for m in mentions if m.kind is DateKind.DAY]
    target = _AP if mode == "ap" else _usual(days, _dateline_mention(document))
    example = next((m for m in days if _style_of(m).month is not None and _agrees(_style_of(m), target)), None)
    for mention in days:
        style = _style_of(mention)
        if _agrees(style, target):
            continue
        fixed = _render(mention, target)
        if fixed is None or fixed == mention.date_text:
            continue
        yield _finding(document, mention, fixed, example if mode == "consistent" else None)
    if mode == "ap":
        yield from _month_years(document, mentions)


def _styled(mention: DateMention) -> bool:
    if mention.kind is DateKind.MONTH:
        return True
    return mention.kind is DateKind.DAY and mention.order in _WRITTEN_ORDERS and not mention.month_inherited


def _style_of(mention: DateMention) -> _Style:
    return _Style(mention.order, _month_form(mention), mention.ordinal, mention.zero_padded)


def _month_form(mention: DateMention) -> str | None:
    """``ap`` (Nov.), ``full`` (November), ``abbr`` (Sep., Mar.), ``short`` (Nov); None when neutral."""
    if mention.order in (DateOrder.NUMERIC, DateOrder.ISO) or mention.month is None:
        return None
    word = mention.month_text
    full = MONTH_NAMES[mention.month - 1]
    ap = AP_MONTH_WITH_DAY[mention.month - 1]
    if ap == full:  # March to July: AP spells them out too
        return None if word.lower() == full.lower() else ("abbr" if word.endswith(".") else "short")
    if word.lower() == full.lower():
        return "full"
    if word.lower() == ap.lower():
        return "ap"
    return "abbr" if word.endswith(".") else "short"


def _agrees(style: _Style, target: _Style) -> bool:
    month_ok = style.month is None or target.month is None or style.month == target.month
    return (
        style.order == target.order and month_ok and style.ordinal == target.ordinal and style.padded == target.padded
    )


def _usual(days: Sequence[DateMention], dateline: DateMention | None) -> _Style:
    """The release's most common order and month form (ties go to the dateline's form).

    Ordinal suffixes and leading zeros count as the usual style only when every date has them:
    a fix never adds them.
    """
    styles = [_style_of(m) for m in days]
    lead = _style_of(dateline) if dateline is not None else None
    order = _most_common([s.order for s in styles], lead.order if lead else None)
    return _Style(
        order=order if isinstance(order, DateOrder) else DateOrder.MONTH_DAY,
        month=_most_common([s.month for s in styles], lead.month if lead else None),  # type: ignore[arg-type]
        ordinal=bool(styles) and all(s.ordinal for s in styles),
        padded=bool(styles) and all(s.padded for s in styles),
    )


def _most_common(values: Sequence[object], preferred: object) -> object:
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    best = max(counts.values())
    winners = [v for v in counts if counts[v] == best]
    return preferred if preferred in winners else winners[0]


def _dateline_mention(document: Document) -> DateMention | None:
    dateline = document.dateline
    return dateline.mention if dateline is not None and not dateline.timestamped else None


def _stamped_dateline(document: Document) -> DateMention | None:
    """A dateline stamped by the distribution platform (``Nov 12, 2025 @ 12:15 PM``): not the writer's style."""
    dateline = document.dateline
    return dateline.mention if dateline is not None and dateline.timestamped else None


def _render(mention: DateMention, target: _Style) -> str | None:
    """The mention's date in the target style, or None when it cannot be rewritten safely."""
    if mention.month is None or mention.day is None or mention.ambiguous or not mention.is_valid:
        return None
    if target.order not in (DateOrder.MONTH_DAY, DateOrder.DAY_MONTH):
        return None
    month = _month_word(mention.month, target.month or "ap")
    day = f"{mention.day:02d}" if target.padded else str(mention.day)
    if target.ordinal:
        day += _suffix(mention.day)
    written_year = mention.year is not None and not mention.year_inferred
    if target.order is DateOrder.MONTH_DAY:
        return f"{month} {day}" + (f", {mention.year}" if written_year else "")
    return f"{day} {month}" + (f" {mention.year}" if written_year else "")


def _month_word(month: int, form: str) -> str:
    full = MONTH_NAMES[month - 1]
    if form == "full":
        return full
    if form == "abbr":
        return full[:3] + "."
    if form == "short":
        return full[:3]
    return AP_MONTH_WITH_DAY[month - 1]


def _suffix(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _finding(document: Document, mention: DateMention, fixed: str, example: DateMention | None) -> Finding:
    """AP mode has no example (``example`` is None); consistent mode quotes a date in the usual style."""
    span = span_of(document, mention.block_index, mention.date_start, mention.end)
    if example is None:
        message = f"'{mention.date_text}' is not in AP date style: write '{fixed}'"
    else:
        message = (
            f"'{mention.date_text}' is written unlike '{example.date_text}' elsewhere in the release: write '{fixed}'"
        )
    return META.finding(span, message, suggestion=fixed)


def _month_years(document: Document, mentions: Sequence[DateMention]) -> Iterator[Finding]:
    """AP spells out a month that stands with a year only: ``November 2022``, not ``Nov. 2022``."""
    for mention in mentions:
        if mention.kind is not DateKind.MONTH or mention.month is None or mention.year is None:
            continue
        full = MONTH_NAMES[mention.month - 1]
        if mention.month_text.lower() == full.lower():
            continue
        fixed = f"{full} {mention.year}"
        span = span_of(document, mention.block_index, mention.date_start, mention.end)
        message = f"'{mention.text}': AP spells out a month used without a day: write '{fixed}'"
        yield META.finding(span, message, suggestion=fixed)
