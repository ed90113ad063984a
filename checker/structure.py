"""What the structure rules (CD4xx) share: the house-style profile, the headline, contact details.

A release's parts — headline, dateline, ``About`` boilerplate, media contact, end mark — are
required or not depending on where it is published.  The ``profile`` option, shared by the
structure rules through the ``[style]`` configuration table, names the house style:

* ``web`` (the default): a news post, a newsroom page or a feed export.  Only what is present
  is checked (a dateline without a date, a headline ending in a period, a contact label with no
  details, text after an end mark); nothing is required.  Most of the 66 corpus releases that
  the annotations mark clean lack one part or another, so requiring them by default would
  report house style as defects.
* ``wire``: a release for a newswire.  A headline, a dateline with a date, ``About``
  boilerplate, a media contact and an end mark are required as well.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.document import Block, BlockKind, Document, Role
from checker.rule import RuleOptions
from checker.span import Span

WIRE = "wire"
WEB = "web"
PROFILES = (WEB, WIRE)

#: An e-mail address or a phone number: what makes a contact block reachable.
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
PHONE = re.compile(r"(?<![\w.])\+?(?:\(\d{2,4}\)|\d{1,4})(?:[ .-]?\(?\d{2,4}\)?){2,4}(?![\w])")

_TITLE_SOURCE = re.compile(r"^[ \t]*title[ \t]*:[ \t]*['\"]?|<title[^>]*>\s*", re.IGNORECASE | re.MULTILINE)
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{3,60}$")
#: The most words a one-line headline above a dateline has (wire headlines rarely pass 25).
_HEADLINE_WORDS = 30
_NON_TEXT = frozenset({BlockKind.CODE, BlockKind.COMMENT, BlockKind.FRONT_MATTER, BlockKind.THEMATIC_BREAK})


@dataclass(frozen=True)
class Headline:
    """The release's headline text and where it stands in the source."""

    text: str
    span: Span
    from_title: bool


def profile(options: RuleOptions) -> str:
    """The house-style profile the options name; raises ValueError for an unknown one."""
    value = str(options.get("profile", WEB)).strip().lower()
    if value not in PROFILES:
        msg = f"unknown profile {value!r} in [style] profile (expected one of: {', '.join(PROFILES)})"
        raise ValueError(msg)
    return value


def find_headline(document: Document) -> Headline | None:
    """Front matter or HTML ``<title>`` if present (it is what readers see first), else the headline block."""
    title = document.front_matter.get("title")
    if isinstance(title, str) and title.strip():
        return Headline(title.strip(), _title_span(document, title.strip()), from_title=True)
    for block in document.blocks:
        if block.role is Role.HEADLINE:
            return Headline(block.text, block.source_span(0, len(block.text)), from_title=False)
    above = _line_above_dateline(document)
    return Headline(above.text, above.source_span(0, len(above.text)), from_title=False) if above else None


def _line_above_dateline(document: Document) -> Block | None:
    """The one-line paragraph that opens a plain-text release above its dateline.

    Role assignment takes a line ending in a full stop for prose, but above a dateline it can
    only be the headline — one whose period this module's rules want to report.
    """
    dateline = document.dateline
    blocks = text_blocks(document)
    if dateline is None or not blocks or blocks[0][0] >= dateline.block_index:
        return None
    first = blocks[0][1]
    fits = first.line_count == 1 and len(first.text.split()) <= _HEADLINE_WORDS
    return first if fits else None


def without_site_suffix(title: str) -> str:
    """A page title without its trailing site name (``Headline - The Example Office``)."""
    return _SITE_SUFFIX.sub("", title)


def _title_span(document: Document, title: str) -> Span:
    """Where the title's text stands in the source: after ``title:`` or ``<title>``, else at 0."""
    for match in _TITLE_SOURCE.finditer(document.source):
        if document.source.startswith(title, match.end()):
            return Span(match.end(), match.end() + len(title))
    start = document.source.find(title)
    return Span(start, start + len(title)) if start >= 0 else Span(0, 0)


def text_blocks(document: Document) -> list[tuple[int, Block]]:
    """Index and block of every block a reader sees as text (no code, comments or front matter)."""
    return [(i, b) for i, b in enumerate(document.blocks) if b.kind not in _NON_TEXT]


def reachable(text: str) -> bool:
    """Whether ``text`` holds an e-mail address or a phone number."""
    return bool(EMAIL.search(text) or PHONE.search(text))


def opening_span(document: Document) -> Span:
    """A point where something that belongs at the top is missing: the first body paragraph."""
    for _, block in document.body_blocks():
        return Span(block.span.start, block.span.start)
    blocks = text_blocks(document)
    return Span(blocks[0][1].span.start, blocks[0][1].span.start) if blocks else Span(0, 0)


def closing_span(document: Document) -> Span:
    """A point where something that belongs at the end is missing: the end of the last text."""
    blocks = text_blocks(document)
    end = blocks[-1][1].span.end if blocks else len(document.source.rstrip())
    return Span(end, end)
