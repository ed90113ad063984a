"""Date mentions in press-release text: what is written, where, what it means, how it is styled.

A purpose-built extractor for the shapes releases use (``Nov. 14, 2022``, ``14 November 2022``,
``Monday, Nov. 14``, ``2022-11-14``, ``22/05/2019``, ``May 22-25, 2023``, ``Nov. 7 and 8``,
``Q3 2022``, ``fiscal 2023``, ``next year``).  General date libraries were measured on real
releases (``../shared/DOMAIN.md`` §3) and read ``$40``, ``We`` or the verb ``may`` as dates and
split ``Sept. 12, 2019`` in two; a release checker needs exact offsets and the written style as
much as the value, so the shapes are matched here and the arithmetic is left to
:mod:`datetime` and :mod:`calendar`.

Everything works on one block's rebuilt text at a time; offsets are into that text, and
:func:`document_dates` adds the block index so callers can map them to source spans.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checker.document import Document
    from checker.span import Span


class DateKind(Enum):
    """How much of a calendar date a mention states."""

    DAY = "day"  # a day of a month, with or without a year
    MONTH = "month"  # a month and a year, no day
    QUARTER = "quarter"  # Q3 2022, the third quarter of 2022
    FISCAL_YEAR = "fiscal_year"  # fiscal 2023, FY2023
    YEAR = "year"  # a bare year: in 2015


class DateOrder(Enum):
    """The written order of a day-level date."""

    MONTH_DAY = "month-day"  # Nov. 14, 2022
    DAY_MONTH = "day-month"  # 14 November 2022
    ISO = "iso"  # 2022-11-14
    NUMERIC = "numeric"  # 11/14/2022, 22/05/2019
    NONE = "none"  # not a day-level date


#: AP month forms with a specific date: abbreviated Jan. Feb. Aug. Sept. Oct. Nov. Dec.
AP_MONTH_WITH_DAY = (
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
)  # fmt: skip
MONTH_NAMES = tuple(calendar.month_name[1:])
WEEKDAY_NAMES = tuple(calendar.day_name)

_MONTH_WORD = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?\.?|July?\.?|"
    r"Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
#: Abbreviated weekdays need their period: ``Sun`` and ``Sat`` alone are words and names.
_WEEKDAY_WORD = (
    r"(?:Mon(?:day|\.)|Tue(?:s(?:day|\.)|\.)|Wed(?:nesday|\.)|Thu(?:r(?:s(?:day|\.)|\.)|\.)|"
    r"Fri(?:day|\.)|Sat(?:urday|\.)|Sun(?:day|\.))"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_NOT_NUMBER_AFTER = r"(?![\d%]|[.,:]\d|-(?:[a-z]|\d))"
_NOT_NUMBER_AFTER_DAY = r"(?![\d%]|[.,:]\d|-[a-z])"
_DAY_JOIN = r"\s*(?:-|–|—|to|through|thru|and|&|or)\s*"

_MONTH_DAY = re.compile(
    rf"\b(?P<month>{_MONTH_WORD})(?<=\w|\.)\s+(?P<day>{_DAY})(?![0-9A-Za-z]){_NOT_NUMBER_AFTER_DAY}"
    rf"(?:{_DAY_JOIN}(?P<day2>{_DAY})(?![0-9A-Za-z]){_NOT_NUMBER_AFTER_DAY})?"
    rf"(?:,?\s*(?P<year>{_YEAR})(?![\d%]|[.,:]\d))?",
    re.IGNORECASE,
)
_DAY_MONTH = re.compile(
    rf"(?<![\d$€£.,/:-])\b(?P<day>{_DAY})(?:{_DAY_JOIN}(?P<day2>{_DAY}))?\s+(?:of\s+)?"
    rf"(?P<month>{_MONTH_WORD})(?![\w-])(?:,?\s*(?P<year>{_YEAR})\b{_NOT_NUMBER_AFTER})?",
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(
    rf"\b(?P<month>{_MONTH_WORD})(?<=\w|\.)(?:,?\s+|\s+of\s+)(?P<year>{_YEAR})\b{_NOT_NUMBER_AFTER}"
)
_ISO = re.compile(rf"(?<![\d/.-])\b(?P<year>{_YEAR})-(?P<month>\d\d)-(?P<day>\d\d)(?![\d-])")
_NUMERIC = re.compile(
    rf"(?<![\d/.,$-])(?<!version )(?<!\bv)\b(?P<a>\d{{1,2}})(?P<sep>[/.])(?P<b>\d{{1,2}})(?P=sep)"
    rf"(?P<year>{_YEAR})\b(?![/.]\d)"
)
_QUARTER = re.compile(
    rf"\b(?:(?P<q>Q[1-4])\s*(?:FY\s*)?(?P<qyear>{_YEAR}|'\d\d)\b"
    rf"|(?P<qword>first|second|third|fourth|1st|2nd|3rd|4th)[ -]quarter(?:\s+of)?(?:\s+fiscal(?:\s+year)?)?"
    rf"\s+(?P<wyear>{_YEAR})\b)",
    re.IGNORECASE,
)
_FISCAL = re.compile(rf"\b(?:fiscal(?:\s+year)?\s+|FY\s?)(?P<year>{_YEAR})\b{_NOT_NUMBER_AFTER}", re.IGNORECASE)
_BARE_YEAR = re.compile(rf"(?<![\w$€£#.,/:-])(?P<year>{_YEAR})(?![\w%]|[.,:/]\d|-\d|\s?(?:percent|%))")
_WEEKDAY_BEFORE = re.compile(rf"\b(?P<wd>{_WEEKDAY_WORD})(?<=\w|\.),?\s*(?:\(\s*)?(?:the\s+)?$", re.IGNORECASE)
_RANGE_GAP = re.compile(r"^\s*(?:-|–|—|to|through|thru|until|till)\s*$", re.IGNORECASE)
_LIST_GAP = re.compile(r"^\s*(?:,|and|&|or|,\s*and)\s*$", re.IGNORECASE)
_URL_TOKEN = re.compile(r"\S*(?:://|www\.)\S*")
_DIGIT = re.compile(r"\d")

_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


@dataclass(frozen=True)
class DateMention:
    """One date written in a block's text, with its offsets, value and written form.

    ``start``/``end`` cover the date itself and any weekday written before it
    (``Monday, Nov. 14``); ``date_start`` is where the date proper begins.  ``year`` is None
    when the text gives none; ``year_inferred`` marks a year taken from the other end of a
    range or list (``May 22 to May 25, 2023``).  ``month_text`` is the month as written
    (``Nov.``, ``November``, ``11``); ``month_inherited`` marks the second day of
    ``May 22-25``, which borrows its month.
    """

    start: int
    end: int
    text: str
    kind: DateKind
    order: DateOrder
    year: int | None = None
    month: int | None = None
    day: int | None = None
    quarter: int | None = None
    weekday: int | None = None
    date_start: int = 0
    month_text: str = ""
    ordinal: bool = False
    zero_padded: bool = False
    year_inferred: bool = False
    month_inherited: bool = False
    ambiguous: bool = False
    block_index: int = -1

    @property
    def is_valid(self) -> bool:
        """False when the stated month or day cannot exist (Feb. 30, April 31, month 13)."""
        if self.month is not None and not 1 <= self.month <= 12:
            return False
        if self.day is None or self.month is None:
            return True
        year = self.year if self.year is not None else 2000  # a leap year: Feb. 29 may exist
        return self.day <= calendar.monthrange(year, self.month)[1]

    @property
    def value(self) -> dt.date | None:
        """The calendar date, when the mention states day, month and year and they exist."""
        if self.kind is not DateKind.DAY or self.year is None or not self.is_valid:
            return None
        assert self.month is not None and self.day is not None
        return dt.date(self.year, self.month, self.day)

    @property
    def date_text(self) -> str:
        """The date without its weekday."""
        return self.text[self.date_start - self.start :]


@dataclass(frozen=True)
class DateRange:
    """Two mentions joined as a range (``to``, ``through``, a dash) or a list (``and``)."""

    first: DateMention
    last: DateMention
    is_range: bool


class RelativeUnit(Enum):
    """What a relative expression counts in."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    WEEKDAY = "weekday"


@dataclass(frozen=True)
class RelativeDate:
    """``today``, ``next year``, ``earlier this month``, ``this Saturday``: a date told from the anchor.

    ``offset`` counts units from the anchor's unit (``-1`` for ``last year``); ``part`` is
    ``earlier`` or ``later`` (within the unit) or ``""``; ``weekday`` is set for
    ``this Saturday``.
    """

    start: int
    end: int
    text: str
    unit: RelativeUnit
    offset: int
    part: str = ""
    weekday: int | None = None
    block_index: int = -1

    def bounds(self, anchor: dt.date) -> tuple[dt.date, dt.date]:
        """The first and last day the expression can mean, told from ``anchor``."""
        if self.unit is RelativeUnit.DAY:
            day = anchor + dt.timedelta(days=self.offset)
            return day, day
        if self.unit is RelativeUnit.WEEKDAY:
            assert self.weekday is not None
            ahead = (self.weekday - anchor.weekday()) % 7
            day = anchor + dt.timedelta(days=ahead)
            return day, day + dt.timedelta(days=7 if ahead == 0 else 0)  # "this Friday", said on a Friday
        if self.unit is RelativeUnit.WEEK:
            monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=self.offset)
            return _part(monday, monday + dt.timedelta(days=6), anchor, self.part)
        if self.unit is RelativeUnit.MONTH:
            first = _add_months(anchor.replace(day=1), self.offset)
            last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
            return _part(first, last, anchor, self.part)
        year = anchor.year + self.offset
        return _part(dt.date(year, 1, 1), dt.date(year, 12, 31), anchor, self.part)


_RELATIVE = re.compile(
    r"\b(?:(?P<day>today|tonight|yesterday|tomorrow)"
    r"|(?P<part>earlier|later)\s+this\s+(?P<punit>week|month|year)"
    r"|(?P<which>this|next|last)\s+(?P<unit>week|month|year)"
    r"|this\s+(?P<wd>" + "|".join(WEEKDAY_NAMES) + r"))\b(?!['’]s\b|-)",
    re.IGNORECASE,
)
_DAY_OFFSETS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
_WHICH_OFFSETS = {"this": 0, "next": 1, "last": -1}


def month_number(word: str) -> int | None:
    """1-12 for a month name or abbreviation (``Sept.``, ``NOV``), else None."""
    key = word.rstrip(".").lower()[:3]
    for index, name in enumerate(MONTH_NAMES, start=1):
        if name.lower().startswith(key) and len(key) == 3:
            return index
    return None


def weekday_number(word: str) -> int | None:
    """0 (Monday) to 6 for a weekday name or abbreviation (``Tues.``), else None."""
    key = word.rstrip(".").lower()[:3]
    for index, name in enumerate(WEEKDAY_NAMES):
        if name.lower().startswith(key):
            return index
    return None


def extract_dates(text: str, block_index: int = -1) -> tuple[DateMention, ...]:
    """Every date mention in ``text``, in order, without overlaps (longer shapes win)."""
    if not _DIGIT.search(text):  # every shape has a day or a year in figures
        return ()
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for finder in (_day_dates, _month_years, _quarters, _bare_years):
        for mention in finder(text):
            if _overlaps(taken, mention.date_start, mention.end) or _in_url(text, mention.date_start):
                continue
            taken.append((mention.date_start, mention.end))
            found.append(replace(mention, block_index=block_index))
    found.sort(key=lambda m: m.start)
    return _propagate_years(found, text)


def extract_relative(text: str, block_index: int = -1) -> tuple[RelativeDate, ...]:
    """Every relative date expression in ``text`` (``today``, ``next year``, ``this Saturday``)."""
    return tuple(_relative(match, block_index) for match in _RELATIVE.finditer(text))


def _relative(match: re.Match[str], block_index: int) -> RelativeDate:
    groups = match.groupdict()
    unit, offset, part, weekday = RelativeUnit.WEEKDAY, 0, "", None
    if groups["day"]:
        unit, offset = RelativeUnit.DAY, _DAY_OFFSETS[groups["day"].lower()]
    elif groups["part"]:
        unit, part = RelativeUnit(groups["punit"].lower()), groups["part"].lower()
    elif groups["unit"]:
        unit, offset = RelativeUnit(groups["unit"].lower()), _WHICH_OFFSETS[groups["which"].lower()]
    else:
        weekday = weekday_number(groups["wd"])
    return RelativeDate(match.start(), match.end(), match.group(), unit, offset, part, weekday, block_index)


def find_ranges(mentions: Sequence[DateMention], text: str) -> tuple[DateRange, ...]:
    """Consecutive day-level mentions joined by ``to``/``through``/a dash (ranges) or ``and`` (lists)."""
    out = []
    for first, last in itertools.pairwise(mentions):
        if first.kind is not DateKind.DAY or last.kind is not DateKind.DAY:
            continue
        gap = text[first.end : last.start]
        if _RANGE_GAP.match(gap):
            out.append(DateRange(first, last, is_range=True))
        elif _LIST_GAP.match(gap):
            out.append(DateRange(first, last, is_range=False))
    return tuple(out)


def resolve(mention: DateMention, anchor: dt.date | None) -> dt.date | None:
    """The mention's date; a year-less day takes the year that puts it nearest the anchor."""
    if mention.kind is not DateKind.DAY or mention.month is None or mention.day is None or not mention.is_valid:
        return None
    if mention.year is not None:
        return mention.value
    if anchor is None:
        return None
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        if mention.day <= calendar.monthrange(year, mention.month)[1]:
            candidates.append(dt.date(year, mention.month, mention.day))
    return min(candidates, key=lambda d: abs((d - anchor).days), default=None)


@dataclass(frozen=True)
class DocumentDates:
    """Every date mention, range and relative expression of a document, block by block."""

    mentions: tuple[DateMention, ...]
    ranges: tuple[DateRange, ...]
    relatives: tuple[RelativeDate, ...]

    def in_block(self, block_index: int) -> tuple[DateMention, ...]:
        """The mentions of one block."""
        return tuple(m for m in self.mentions if m.block_index == block_index)


def document_dates(document: Document) -> DocumentDates:
    """Dates of every block a reader sees (not code, comments or front matter)."""
    mentions: list[DateMention] = []
    ranges: list[DateRange] = []
    relatives: list[RelativeDate] = []
    for index, text in readable_blocks(document):
        found = tuple(_read_with_anchor(m, document.anchor_date) for m in extract_dates(text, index))
        mentions.extend(found)
        ranges.extend(find_ranges(found, text))
        relatives.extend(extract_relative(text, index))
    return DocumentDates(tuple(mentions), tuple(ranges), tuple(relatives))


def _read_with_anchor(mention: DateMention, anchor: dt.date | None) -> DateMention:
    """Read an ambiguous numeric date (``02/07/2020``) the way that puts it nearer the anchor."""
    if not mention.ambiguous or anchor is None or mention.value is None:
        return mention
    swapped = replace(mention, month=mention.day, day=mention.month)
    if swapped.value is None or abs((swapped.value - anchor).days) >= abs((mention.value - anchor).days):
        return mention
    return replace(swapped, month_text=str(swapped.month))


def readable_blocks(document: Document) -> Iterator[tuple[int, str]]:
    """Index and text of every block a reader sees."""
    from checker.document import BlockKind

    hidden = (BlockKind.CODE, BlockKind.COMMENT, BlockKind.FRONT_MATTER)
    for index, block in enumerate(document.blocks):
        if block.kind not in hidden:
            yield index, block.text


def format_date(value: dt.date, *, weekday: bool = False, year: bool = True) -> str:
    """``Nov. 14, 2022`` (AP form), optionally with the weekday or without the year."""
    text = f"{AP_MONTH_WITH_DAY[value.month - 1]} {value.day}"
    if year:
        text += f", {value.year}"
    return f"{WEEKDAY_NAMES[value.weekday()]}, {text}" if weekday else text


# --- finders -------------------------------------------------------------------------------


def _day_dates(text: str) -> Iterator[DateMention]:
    yield from _named_month_days(text, _MONTH_DAY, DateOrder.MONTH_DAY)
    yield from _named_month_days(text, _DAY_MONTH, DateOrder.DAY_MONTH)
    for match in _ISO.finditer(text):
        yield _day_mention(
            text, match, DateOrder.ISO, month=int(match["month"]), day=int(match["day"]), month_text=match["month"]
        )
    for match in _NUMERIC.finditer(text):
        yield _numeric_mention(text, match)


def _named_month_days(text: str, pattern: re.Pattern[str], order: DateOrder) -> Iterator[DateMention]:
    for match in pattern.finditer(text):
        if not _is_month_word(match["month"], match["day"] is not None):
            continue
        month = month_number(match["month"])
        if month is None:
            continue
        first = _day_mention(text, match, order, month=month, day=_day_value(match["day"]), month_text=match["month"])
        if match["day2"] is None:
            yield first
            continue
        yield from _day_pair(text, match, first, order)


def _day_pair(text: str, match: re.Match[str], first: DateMention, order: DateOrder) -> Iterator[DateMention]:
    """``May 22-25, 2023`` and ``7 and 8 November``: two mentions sharing a month and a year."""
    year_end = match.end("year") if match["year"] else None
    if order is DateOrder.MONTH_DAY:
        first_end = match.end("day")
        second = (match.start("day2"), year_end or match.end("day2"))
    else:
        first_end = match.end("day")
        second = (match.start("day2"), match.end())
    head = replace(
        first,
        end=first_end,
        text=text[first.start : first_end],
        year_inferred=first.year is not None,
        month_inherited=order is DateOrder.DAY_MONTH,
    )
    yield head
    tail_text = text[second[0] : second[1]]
    yield replace(
        first,
        start=second[0],
        end=second[1],
        date_start=second[0],
        text=tail_text,
        day=_day_value(match["day2"]),
        weekday=None,
        month_inherited=order is DateOrder.MONTH_DAY,
        ordinal=bool(re.search(r"\d(?:st|nd|rd|th)", match["day2"], re.IGNORECASE)),
        zero_padded=match["day2"].startswith("0"),
    )


def _day_mention(
    text: str, match: re.Match[str], order: DateOrder, *, month: int, day: int, month_text: str
) -> DateMention:
    start = match.start()
    weekday, weekday_start = _weekday_before(text, start)
    day_text = match.groupdict().get("day") or ""
    year = match.groupdict().get("year")
    return DateMention(
        start=weekday_start,
        end=match.end(),
        text=text[weekday_start : match.end()],
        kind=DateKind.DAY,
        order=order,
        year=int(year) if year else None,
        month=month,
        day=day,
        weekday=weekday,
        date_start=start,
        month_text=month_text,
        ordinal=bool(re.search(r"\d(?:st|nd|rd|th)", day_text, re.IGNORECASE)),
        zero_padded=day_text.startswith("0") and order in (DateOrder.MONTH_DAY, DateOrder.DAY_MONTH),
    )


def _numeric_mention(text: str, match: re.Match[str]) -> DateMention:
    """``22/05/2019`` is day-month; ``11/14/2022`` month-day; ``05/06/2019`` is ambiguous (read US)."""
    a, b = int(match["a"]), int(match["b"])
    ambiguous = a <= 12 and b <= 12 and a != b
    month, day = (b, a) if a > 12 else (a, b)
    mention = _day_mention(text, match, DateOrder.NUMERIC, month=month, day=day, month_text=str(month))
    return replace(mention, ambiguous=ambiguous)


def _month_years(text: str) -> Iterator[DateMention]:
    for match in _MONTH_YEAR.finditer(text):
        month = month_number(match["month"])
        if month is None or not _is_month_word(match["month"], has_day=False):
            continue
        yield DateMention(
            start=match.start(),
            end=match.end(),
            text=match.group(),
            kind=DateKind.MONTH,
            order=DateOrder.NONE,
            year=int(match["year"]),
            month=month,
            date_start=match.start(),
            month_text=match["month"],
        )


def _quarters(text: str) -> Iterator[DateMention]:
    for match in _QUARTER.finditer(text):
        if match["q"]:
            quarter, year_text = int(match["q"][1]), match["qyear"]
        else:
            quarter, year_text = _QUARTER_WORDS[match["qword"].lower()], match["wyear"]
        year = int(year_text) if len(year_text) == 4 else 2000 + int(year_text[1:])
        yield DateMention(
            match.start(),
            match.end(),
            match.group(),
            DateKind.QUARTER,
            DateOrder.NONE,
            year=year,
            quarter=quarter,
            date_start=match.start(),
        )
    for match in _FISCAL.finditer(text):
        yield DateMention(
            match.start(),
            match.end(),
            match.group(),
            DateKind.FISCAL_YEAR,
            DateOrder.NONE,
            year=int(match["year"]),
            date_start=match.start(),
        )


def _bare_years(text: str) -> Iterator[DateMention]:
    for match in _BARE_YEAR.finditer(text):
        yield DateMention(
            match.start(),
            match.end(),
            match.group(),
            DateKind.YEAR,
            DateOrder.NONE,
            year=int(match["year"]),
            date_start=match.start(),
        )


# --- helpers -------------------------------------------------------------------------------


def _is_month_word(word: str, has_day: bool) -> bool:
    """A month as written in dates: capitalised (``may`` is a verb), ``Mar``/``Jun`` only with a period or a day."""
    if not word[0].isupper():
        return False
    bare = word.rstrip(".")
    return not (len(bare) == 3 and bare.lower() != "may" and not word.endswith(".") and not has_day)


def _day_value(day: str) -> int:
    return int(re.match(r"\d+", day).group())  # type: ignore[union-attr]


def _weekday_before(text: str, start: int) -> tuple[int | None, int]:
    """The weekday written right before a date (``Monday, Nov. 14``; ``Tuesday (Nov. 15)``)."""
    match = _WEEKDAY_BEFORE.search(text, max(0, start - 24), start)
    if match is None or not match["wd"][0].isupper():
        return None, start
    return weekday_number(match["wd"]), match.start()


def _overlaps(taken: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(start < t_end and t_start < end for t_start, t_end in taken)


def _in_url(text: str, offset: int) -> bool:
    """Whether ``offset`` falls inside a URL-like token (dates in permalinks are not prose)."""
    for match in _URL_TOKEN.finditer(text, max(0, offset - 200), min(len(text), offset + 200)):
        if match.start() <= offset < match.end():
            return True
    return False


def _propagate_years(mentions: list[DateMention], text: str) -> tuple[DateMention, ...]:
    """Give ``May 22`` in ``May 22 to May 25, 2023`` (or ``Nov. 7 and Nov. 8, 2023``) its year."""
    out = list(mentions)
    for i in range(len(out) - 2, -1, -1):
        first, last = out[i], out[i + 1]
        if (
            first.kind is not DateKind.DAY
            or last.kind is not DateKind.DAY
            or first.year is not None
            or last.year is None
        ):
            continue
        gap = text[first.end : last.start]
        ordered = (first.month or 0, first.day or 0) <= (last.month or 0, last.day or 0)
        if _RANGE_GAP.match(gap):  # Dec. 28 to Jan. 3, 2027 starts in 2026
            out[i] = replace(first, year=last.year - 1 if over_new_year(first, last) else last.year, year_inferred=True)
        elif _LIST_GAP.match(gap) and ordered:
            out[i] = replace(first, year=last.year, year_inferred=True)
    return tuple(out)


def over_new_year(first: DateMention, last: DateMention) -> bool:
    """``Dec. 28 to Jan. 3``: a range from late in one year to early in the next."""
    return (first.month or 0) >= 10 and (last.month or 13) <= 3


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _part(first: dt.date, last: dt.date, anchor: dt.date, part: str) -> tuple[dt.date, dt.date]:
    """``earlier this year`` ends at the anchor; ``later this year`` starts there."""
    if part == "earlier":
        return first, min(last, anchor)
    if part == "later":
        return max(first, anchor), last
    return first, last


def span_of(document: Document, block_index: int, start: int, end: int) -> Span:
    """Source span of ``[start, end)`` in block ``block_index``'s text."""
    return document.blocks[block_index].source_span(start, end)
