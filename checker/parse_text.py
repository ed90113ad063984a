"""Plain text to blocks: reflowed paragraphs, bullets as list items, comment lines kept apart."""

from __future__ import annotations

import re

from checker.document import Block, BlockKind
from checker.reflow import Line, Paragraph, reflow, split_lines
from checker.span import Span
from checker.suppression import DIRECTIVE
from checker.textmap import TextMapBuilder

_BULLET = re.compile(r"^(?:[-*•·▪◦–]|\d{1,2}[.)])\s+")


def parse_text(source: str) -> list[Block]:
    """Blocks of a plain-text release, in order."""
    lines = split_lines(source)
    trailing = len(source.splitlines()) - (lines[-1].number if lines else 0)
    comments = [line for line in lines if DIRECTIVE.search(line.text)]
    prose = [line for line in lines if not DIRECTIVE.search(line.text)]
    blocks = [_comment_block(line) for line in comments]
    blocks.extend(_paragraph_block(p) for p in reflow(prose, trailing))
    blocks.sort(key=lambda b: b.span.start)
    return blocks


def _comment_block(line: Line) -> Block:
    builder = TextMapBuilder()
    builder.add(line.text, line.start)
    return Block(BlockKind.COMMENT, builder.build(), Span(line.start, line.end))


def _paragraph_block(paragraph: Paragraph) -> Block:
    lines = paragraph.lines
    builder = TextMapBuilder()
    kind = BlockKind.PARAGRAPH
    for i, line in enumerate(lines):
        text, start = line.text, line.start
        if i == 0:
            bullet = _BULLET.match(text)
            if bullet:
                kind = BlockKind.LIST_ITEM
                text, start = text[bullet.end() :], start + bullet.end()
        else:
            builder.add(" ", lines[i - 1].end, line.start)
        builder.add(text, start)
    return Block(
        kind,
        builder.build(),
        Span(lines[0].start, lines[-1].end),
        gap_before=lines[0].blank_before,
        gap_after=paragraph.gap_after,
        line_count=len(lines),
    )
