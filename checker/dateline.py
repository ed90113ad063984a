"""The wire dateline and the release's anchor date.

A dateline opens the body: ``HANGZHOU, China, Nov. 14, 2022 /Xinhua=KYODO JBN/--``,
``NEW YORK, March 3, 2024 /PRNewswire/ --``, ``LONDON--(BUSINESS WIRE)--Jan. 9, 2025--``.
The anchor date is the dateline's date, else front matter ``date:``, else the document's
fallback (``--reference-date``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from checker.span import Span

if TYPE_CHECKING:
    from checker.document import Document

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_DATE = rf"(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?"
_PLACE = r"(?P<place>[A-Z][A-Za-z.'’ -]*?(?:,\s*[A-Z][A-Za-z.'’ ]*?){0,3})"
_DATELINE = re.compile(
    rf"^\W{{0,3}}{_PLACE}\s*(?:[,–—-]|--)\s*(?:\((?P<wire1>[^)]+)\)\s*)?"
    rf"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)[a-z]*,?\s+)?{_DATE}"
    rf"\s*(?:(?:/\s*(?P<wire2>[^/]+?)\s*/|\((?P<wire3>[^)]+)\)|[–—-]+|\s)\s*)*",
)
_BUSINESS_WIRE = re.compile(rf"^\W{{0,3}}{_PLACE}\s*--\s*\((?P<wire>[^)]+)\)\s*--\s*(?:{_DATE})?")


@dataclass(frozen=True)
class Dateline:
    """Place, date (None when the dateline has none) and wire tag, with where it stands."""

    place: str
    date: dt.date | None
    wire: str | None
    span: Span
    block_index: int


def parse_date_parts(month: str, day: str, year: str | None) -> dt.date | None:
    """The date of a month name, day and optional year (None if impossible or year missing)."""
    if year is None:
        return None
    try:
        return dt.date(int(year), _MONTHS[month[:3].lower()], int(day))
    except (ValueError, KeyError):
        return None


def find_dateline(document: Document) -> Dateline | None:
    """The dateline among the first blocks of ``document``, if any."""
    for index, block in enumerate(document.blocks[:12]):
        match = _DATELINE.match(block.text) or _BUSINESS_WIRE.match(block.text)
        if not match or not match.group("month") and "wire" not in match.re.groupindex:
            continue
        groups = match.groupdict()
        wire = next((groups[k] for k in ("wire", "wire1", "wire2", "wire3") if groups.get(k)), None)
        date = parse_date_parts(groups["month"], groups["day"], groups["year"]) if groups.get("month") else None
        return Dateline(groups["place"].strip(), date, wire, block.source_span(0, match.end()), index)
    return None


def find_anchor_date(document: Document) -> dt.date | None:
    """The reference date: dateline, else front matter ``date``, else the fallback date."""
    dateline = document.dateline
    if dateline is not None and dateline.date is not None:
        return dateline.date
    value = document.front_matter.get("date")
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            pass
    return document.fallback_date
