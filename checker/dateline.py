"""The wire dateline, the embargo line, and the release's anchor date.

A dateline opens the body: ``HANGZHOU, China, Nov. 14, 2022 /Xinhua=KYODO JBN/--``,
``NEW YORK, March 3, 2024 /PRNewswire/ --``, ``LONDON--(BUSINESS WIRE)--Jan. 9, 2025--``,
and the many mirror variants seen in real releases (``(NewMediaWire) - May 27, 2025 -``,
``Lake City, Florida (Newsworthy.ai) Wednesday Nov 12, 2025 @ 12:15 PM``,
``SECAUCUS, NJ / PR Karma / May 5, 2024 11:09``, a bare ``Friday, October 22, 2024`` line).
It is recognised by shape: a date near the start of an early paragraph, preceded only by a
place or a wire tag, and followed by a wire tag, a dash, a time, or nothing.

The anchor date, the day every other date is checked against, is the dateline's date, else
front matter ``date:``, else the date of an ``EMBARGOED UNTIL …`` line, else the document's
fallback (``--reference-date``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from checker.dates import DateKind, DateMention, extract_dates, resolve
from checker.span import Span

if TYPE_CHECKING:
    from checker.document import Block, Document

#: Datelines and embargo lines stand among the first blocks of a release.
_SEARCH_BLOCKS = 15
#: A dateline's date starts within this many characters of its paragraph.
_MAX_PREFIX = 160
_MAX_PREFIX_WORDS = 12

_BUSINESS_WIRE = re.compile(r"^\W{0,3}(?P<place>[A-Z][^-–—()]{1,60}?)\s*--\s*\((?P<wire>[^)]+)\)\s*--")
_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]|/[^/]*/")
_WIRE = re.compile(r"/\s*(?P<slash>[^/]+?)\s*/|\((?P<paren>[^)]+)\)|\[(?P<bracket>[^\]]+)\]")
_TAIL = re.compile(
    r"(?:\s*(?:/[^/]{1,60}/|\([^)]{1,60}\)|@\s*\d{1,2}:\d\d(?:\s*[AP]\.?M\.?)?(?:\s+[A-Z][\w/]*)?"
    r"|\d{1,2}:\d\d(?:\s*[AP]\.?M\.?)?|[-–—]+|\*+))*\s*",
    re.IGNORECASE,
)
_TAIL_END = re.compile(r"\s*(?:$|Contact\b)")
_CLOCK = re.compile(r"\d{1,2}:\d\d")
_SENTENCE_END = re.compile(r"[a-z]{2}[.!?]\s")
_WORD = re.compile(r"[A-Za-z][\w'’.-]*")
_EMBARGO = re.compile(
    r"^\W{0,3}(?:embargo(?:ed)?\b|under\s+embargo|hold\s+for\s+release|not\s+for\s+(?:release|publication)\s+(?:before|until))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Dateline:
    """Place, date (None when the dateline has none) and wire tag, with where it stands.

    ``mention`` is the date as the extractor read it (offsets into the block's text), so
    style rules can compare the dateline's form with the body's.  ``timestamped`` marks a
    dateline with a clock time (``Nov 12, 2025 @ 12:15 PM``), which distribution platforms
    stamp on their own, in their own date style.
    """

    place: str
    date: dt.date | None
    wire: str | None
    span: Span
    block_index: int
    mention: DateMention | None = None
    timestamped: bool = False


@dataclass(frozen=True)
class EmbargoLine:
    """An ``EMBARGOED UNTIL …`` line and the date it names."""

    date: dt.date | None
    span: Span
    block_index: int
    mention: DateMention | None = None


def parse_date_parts(month: str, day: str, year: str | None) -> dt.date | None:
    """The date of a month name, day and optional year (None if impossible or year missing)."""
    if year is None:
        return None
    found = extract_dates(f"{month} {day}, {year}")
    return found[0].value if found else None


def find_dateline(document: Document) -> Dateline | None:
    """The dateline among the first blocks of ``document``, if any."""
    return next(dateline_candidates(document), None)


def dateline_candidates(document: Document) -> Iterator[Dateline]:
    """Every dateline-shaped paragraph start among the first blocks, in order.

    A release has one dateline; a second one (a header date above a body dateline) is what
    :mod:`rules.date_range_order` compares with the first.
    """
    from checker.document import BlockKind

    for index, block in enumerate(document.blocks[:_SEARCH_BLOCKS]):
        if block.kind is BlockKind.PARAGRAPH:
            found = _business_wire(block, index) or _dated_line(block, index)
            if found is not None:
                yield found


def find_embargo(document: Document) -> EmbargoLine | None:
    """The embargo line among the first blocks, with the date it names (if it names one)."""
    for index, block in enumerate(document.blocks[:_SEARCH_BLOCKS]):
        match = _EMBARGO.match(block.text)
        if match is None:
            continue
        mention = next((m for m in extract_dates(block.text, index) if m.kind is DateKind.DAY), None)
        anchor = document.dateline.date if document.dateline else None
        date = resolve(mention, anchor) if mention else None
        return EmbargoLine(date, block.source_span(0, len(block.text)), index, mention)
    return None


def front_matter_date(document: Document) -> dt.date | None:
    """The front matter's ``date:`` as a date (YAML dates, datetimes and ISO strings)."""
    value = document.front_matter.get("date")
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def find_anchor_date(document: Document) -> dt.date | None:
    """The reference date: dateline, else front matter ``date``, else the embargo line, else the fallback."""
    dateline = document.dateline
    if dateline is not None and dateline.date is not None:
        return dateline.date
    from_front_matter = front_matter_date(document)
    if from_front_matter is not None:
        return from_front_matter
    embargo = find_embargo(document)
    if embargo is not None and embargo.date is not None:
        return embargo.date
    return document.fallback_date


def _business_wire(block: Block, index: int) -> Dateline | None:
    """``LONDON--(BUSINESS WIRE)--Jan. 9, 2025--``: the date is optional in this style."""
    match = _BUSINESS_WIRE.match(block.text)
    if match is None:
        return None
    end = match.end()
    mention = next(iter(extract_dates(block.text[end : end + 40], index)), None)
    if mention is not None and mention.start == 0 and mention.kind is DateKind.DAY:
        mention = _shifted(mention, end)
        end = mention.end + len(_TAIL.match(block.text, mention.end).group())  # type: ignore[union-attr]
    else:
        mention = None
    date = mention.value if mention else None
    return Dateline(match["place"].strip(), date, match["wire"].strip(), block.source_span(0, end), index, mention)


def _dated_line(block: Block, index: int) -> Dateline | None:
    """A paragraph that opens with place and wire tags, then a full date, then a tag or a dash."""
    text = block.text
    mention = next(iter(extract_dates(text[: _MAX_PREFIX + 60], index)), None)
    if mention is None or mention.kind is not DateKind.DAY or mention.start > _MAX_PREFIX:
        return None
    prefix = text[: mention.start]
    tail = _TAIL.match(text, mention.end)
    assert tail is not None
    rest = text[tail.end() :]
    if not _is_place_prefix(prefix) or not (tail.group().strip() or _TAIL_END.match(rest)):
        return None
    if mention.year is None and not _WIRE.search(text[mention.end : tail.end()]):
        return None
    wire = _wire(prefix + text[mention.end : tail.end()])
    place = _BRACKETED.sub(" ", prefix).strip(" ,-–—|").strip()
    stamped = bool(_CLOCK.search(tail.group()))
    return Dateline(place, mention.value, wire, block.source_span(0, tail.end()), index, mention, stamped)


def _is_place_prefix(prefix: str) -> bool:
    """Place names, a wire tag in brackets or slashes, punctuation: no running prose."""
    if _SENTENCE_END.search(prefix):
        return False
    bare = _BRACKETED.sub(" ", prefix)
    words = _WORD.findall(bare)
    if len(words) > _MAX_PREFIX_WORDS or (words and bare.rstrip().endswith(words[-1]) and words[-1].islower()):
        return False  # "... Gala on March 13, 2026": a headline leading into its date
    return all(word[0].isupper() or len(word) <= 3 for word in words)


def _wire(text: str) -> str | None:
    for match in _WIRE.finditer(text):
        value = next(v for v in match.groups() if v is not None).strip()
        if value and not value[0].isdigit():
            return value
    return None


def _shifted(mention: DateMention, by: int) -> DateMention:
    from dataclasses import replace

    return replace(mention, start=mention.start + by, end=mention.end + by, date_start=mention.date_start + by)
