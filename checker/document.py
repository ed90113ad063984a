"""The Document model every rule reads: one shape for plain text, Markdown and HTML.

A :class:`Document` is the decoded source plus a flat, ordered tuple of :class:`Block` values
(heading, paragraph, list item, caption, code, table cell, front matter, comment, ...).  Each
block carries its rebuilt text (hard wraps joined, markup removed) and a :class:`TextMap` back to
exact source offsets.  Links and images are :class:`Link` values that point at their block.

Derived views — line index, sentences, the dateline and the anchor date — are computed once per
document, on first use, and cached.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from typing import TYPE_CHECKING

from checker.frozen import frozen
from checker.span import LineIndex, Span

if TYPE_CHECKING:
    from pathlib import Path

    from checker.dateline import Dateline
    from checker.dates import DocumentDates
    from checker.textmap import TextMap


class Format(Enum):
    """The markup a file is parsed as."""

    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"


class BlockKind(Enum):
    """What a block is, structurally (from the parser, not from guessing at its words)."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    CAPTION = "caption"
    CODE = "code"
    TABLE_CELL = "table_cell"
    FRONT_MATTER = "front_matter"
    COMMENT = "comment"
    THEMATIC_BREAK = "thematic_break"


class Role(Enum):
    """What a block does in a press release (assigned by :mod:`checker.roles`).

    Rules about prose (truncation, readability, sentence length) read only ``BODY`` blocks, so
    headlines, datelines, label lines, contacts and end marks never trip them.
    """

    HEADLINE = "headline"
    SUBHEAD = "subhead"
    DATELINE = "dateline"
    BODY = "body"
    LABEL = "label"
    CAPTION = "caption"
    CONTACT = "contact"
    SOURCE = "source"
    BOILERPLATE_HEADING = "boilerplate_heading"
    END_MARK = "end_mark"
    URL = "url"
    LIST = "list"
    TABLE = "table"
    CODE = "code"
    META = "meta"
    FRAGMENT = "fragment"


@dataclass(frozen=True)
class Block:
    """One structural unit of a document, with its rebuilt text and source mapping.

    ``gap_before``/``gap_after`` count blank source lines around the block (a wire release
    with three blank lines after a cut-off paragraph says something).  ``in_quote`` marks
    blocks inside a block quote; ``level`` is a heading level or list depth.
    """

    kind: BlockKind
    text_map: TextMap
    span: Span
    role: Role = Role.BODY
    level: int = 0
    gap_before: int = 0
    gap_after: int = 0
    in_quote: bool = False
    line_count: int = 1

    @property
    def text(self) -> str:
        """The rebuilt text rules read."""
        return self.text_map.text

    def source_span(self, start: int, end: int) -> Span:
        """Source span of ``text[start:end]``."""
        return self.text_map.source_span(start, end)


@dataclass(frozen=True)
class Link:
    """A link or an image (``is_image``), with its target and visible text or alt text.

    ``block_index`` is the block it stands in, or -1 when it stands alone (an HTML ``<img>``
    between blocks).  ``in_comment`` marks references inside an HTML comment, which readers
    never see.
    """

    target: str
    text: str
    span: Span
    is_image: bool
    block_index: int = -1
    target_span: Span | None = None
    in_comment: bool = False


@dataclass(frozen=True)
class Sentence:
    """A sentence of a block: its text and where it sits in the block and in the source."""

    block_index: int
    start: int
    end: int
    text: str
    span: Span


@dataclass(frozen=True)
class Document:
    """A parsed press release, read-only; rules receive it and nothing else of the file."""

    display_path: str
    format: Format
    source: str
    blocks: tuple[Block, ...]
    links: tuple[Link, ...] = ()
    front_matter: Mapping[str, object] = field(default_factory=frozen)
    encoding: str = "utf-8"
    fs_path: Path | None = None
    fallback_date: dt.date | None = None

    @cached_property
    def lines(self) -> LineIndex:
        """Offset-to-line/column index of the source."""
        return LineIndex(self.source)

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        """Every sentence of every prose block (body, list items, captions), in order."""
        from checker.sentences import split_block_sentences

        return tuple(
            sentence
            for index, block in enumerate(self.blocks)
            if block.kind in _PROSE_KINDS
            for sentence in split_block_sentences(block, index)
        )

    def sentences_of(self, block_index: int) -> tuple[Sentence, ...]:
        """The sentences of one block."""
        return tuple(s for s in self.sentences if s.block_index == block_index)

    @cached_property
    def dateline(self) -> Dateline | None:
        """The wire dateline (place, date, wire tag), when the release has one."""
        from checker.dateline import find_dateline

        return find_dateline(self)

    @cached_property
    def anchor_date(self) -> dt.date | None:
        """The date the release is checked against: dateline, front matter, or the fallback."""
        from checker.dateline import find_anchor_date

        return find_anchor_date(self)

    @cached_property
    def dates(self) -> DocumentDates:
        """Every date mention, range and relative date expression, extracted once per document."""
        from checker.dates import document_dates

        return document_dates(self)

    def body_blocks(self) -> Iterator[tuple[int, Block]]:
        """Index and block of every body paragraph (prose that should read as sentences)."""
        for index, block in enumerate(self.blocks):
            if block.role is Role.BODY and block.kind is BlockKind.PARAGRAPH:
                yield index, block

    def next_block(self, index: int) -> Block | None:
        """The block after ``index`` that is not a comment, or None at the end."""
        for block in self.blocks[index + 1 :]:
            if block.kind is not BlockKind.COMMENT:
                return block
        return None


_PROSE_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.CAPTION})
