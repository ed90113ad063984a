"""HTML (and XHTML) to blocks, with exact source offsets for every character of text.

Built on the standard library's HTML tokenizer (``html.parser``), which follows the HTML5
tokenization rules for tags, attributes, comments, raw-text elements and character references
and reports where each token starts.  Text is collapsed the way a browser renders it (runs of
white space become one space), and every piece keeps its place in the file.

The same collector reads HTML blocks embedded in Markdown: :func:`parse_html` takes a region
of a larger source.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from checker.document import Block, BlockKind, Link
from checker.span import LineIndex, Span
from checker.textmap import TextMapBuilder

_BLOCK_KINDS = {
    **{f"h{n}": BlockKind.HEADING for n in range(1, 7)},
    "p": BlockKind.PARAGRAPH,
    "li": BlockKind.LIST_ITEM,
    "dt": BlockKind.PARAGRAPH,
    "dd": BlockKind.PARAGRAPH,
    "td": BlockKind.TABLE_CELL,
    "th": BlockKind.TABLE_CELL,
    "figcaption": BlockKind.CAPTION,
    "caption": BlockKind.CAPTION,
    "pre": BlockKind.CODE,
}
#: Elements that end the text before them without being blocks themselves.
_BREAKING = frozenset(
    "div section article aside header footer nav main figure blockquote ul ol dl table tr "
    "tbody thead tfoot form address hr body html center".split()
)
_SKIPPED = frozenset({"script", "style", "head", "template", "noscript", "svg"})
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_SPACE_RUN = re.compile(r"\s+")
_REF = re.compile(r"&#?[\w]+;?")
_END_TAG = re.compile(r"</[^>]*>")


@dataclass(frozen=True)
class HtmlParts:
    """Blocks and links found in an HTML region, plus the document title if any."""

    blocks: list[Block]
    links: list[Link]
    title: str | None = None


def parse_html(source: str, start: int = 0, end: int | None = None, *, first_block: int = 0) -> HtmlParts:
    """Parse ``source[start:end]`` as HTML; ``first_block`` is the index its first block gets."""
    end = len(source) if end is None else end
    collector = _Collector(source, start, first_block)
    collector.feed(source[start:end])
    collector.close()
    collector.flush()
    return HtmlParts(collector.blocks, collector.links, collector.title)


@dataclass
class _OpenLink:
    target: str
    tag_start: int
    text_start: int


class _Collector(HTMLParser):
    """Turns tokenizer events into blocks and links with source offsets."""

    def __init__(self, source: str, base: int, first_block: int) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.base = base
        self.first_block = first_block
        self.blocks: list[Block] = []
        self.links: list[Link] = []
        self.title: str | None = None
        self._index = LineIndex(self.source[self.base :])
        self._builder = TextMapBuilder()
        self._kind = BlockKind.PARAGRAPH
        self._level = 0
        self._block_start: int | None = None
        self._skip_depth = 0
        self._quote_depth = 0
        self._pending: list[Link] = []
        self._open_link: _OpenLink | None = None
        self._title_parts: list[str] | None = None

    # -- positions -------------------------------------------------------------------------

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.base + self._index.offset(line, col + 1)

    # -- tags ------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        pos = self._offset()
        if tag == "title":
            self._title_parts = []
        if tag in _SKIPPED:
            self._skip_depth += tag not in _VOID
            return
        if self._skip_depth:
            return
        values = {k: v or "" for k, v in attrs}
        raw = self.get_starttag_text() or ""
        if tag in _BLOCK_KINDS or tag in _BREAKING:
            self.flush()
            if tag in _BLOCK_KINDS:
                self._kind = _BLOCK_KINDS[tag]
                self._level = int(tag[1]) if self._kind is BlockKind.HEADING else 0
                self._block_start = pos
            self._quote_depth += tag == "blockquote"
        elif tag == "br":
            self._space(pos, pos + len(raw))
        elif tag == "img":
            self._add_link(values.get("src", ""), values.get("alt", ""), Span(pos, pos + len(raw)), image=True)
        elif tag == "a":
            self._open_link = _OpenLink(values.get("href", ""), pos, len(self._builder))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        pos = self._offset()
        if tag == "title" and self._title_parts is not None:
            self.title = " ".join("".join(self._title_parts).split()) or None
            self._title_parts = None
        if tag in _SKIPPED:
            self._skip_depth = max(0, self._skip_depth - 1)
            return
        if self._skip_depth:
            return
        if tag in _BLOCK_KINDS or tag in _BREAKING:
            self.flush(close_at=pos)
            self._quote_depth -= tag == "blockquote" and self._quote_depth > 0
        elif tag == "a" and self._open_link is not None:
            close = _END_TAG.match(self.source, pos)
            link_end = close.end() if close else pos
            text = self._builder_text()[self._open_link.text_start :].strip()
            self._add_link(self._open_link.target, text, Span(self._open_link.tag_start, link_end), image=False)
            self._open_link = None

    # -- text ------------------------------------------------------------------------------

    def handle_data(self, data: str) -> None:
        if self._title_parts is not None:
            self._title_parts.append(data)
        if self._skip_depth:
            return
        pos = self._offset()
        cursor = 0
        for match in _SPACE_RUN.finditer(data):
            self._text(data[cursor : match.start()], pos + cursor)
            self._space(pos + match.start(), pos + match.end())
            cursor = match.end()
        self._text(data[cursor:], pos + cursor)

    def handle_entityref(self, name: str) -> None:
        self._reference()

    def handle_charref(self, name: str) -> None:
        self._reference()

    def handle_comment(self, data: str) -> None:
        self.flush()
        pos = self._offset()
        raw_end = self.source.find("-->", pos)
        end = raw_end + 3 if raw_end >= 0 else pos + len(data) + 7
        builder = TextMapBuilder()
        builder.add(self.source[pos:end], pos)
        self.blocks.append(Block(BlockKind.COMMENT, builder.build(), Span(pos, end)))

    def _reference(self) -> None:
        if self._skip_depth:
            return
        pos = self._offset()
        match = _REF.match(self.source, pos)
        raw = match.group(0) if match else "&"
        text = html.unescape(raw)
        if self._title_parts is not None:
            self._title_parts.append(text)
        if text.isspace():
            self._space(pos, pos + len(raw))
        else:
            self._start_block(pos)
            self._builder.add(text, pos, pos + len(raw))

    def _text(self, text: str, pos: int) -> None:
        if text:
            self._start_block(pos)
            self._builder.add(text, pos)

    def _space(self, start: int, end: int) -> None:
        if len(self._builder) and not self._builder.ends_with_space():
            self._builder.add(" ", start, end)

    def _start_block(self, pos: int) -> None:
        if self._block_start is None:
            self._block_start = pos

    def _builder_text(self) -> str:
        return self._builder.build().text if len(self._builder) else ""

    def _add_link(self, target: str, text: str, span: Span, *, image: bool) -> None:
        self._pending.append(Link(target=target, text=text, span=span, is_image=image))

    # -- blocks ----------------------------------------------------------------------------

    def flush(self, close_at: int | None = None) -> None:
        """End the current block (if it has text) and attach pending links to it."""
        text_map = self._builder.build() if len(self._builder) else None
        index = -1
        if text_map is not None and text_map.text:
            index = self.first_block + len(self.blocks)
            start = self._block_start if self._block_start is not None else text_map.span.start
            end = max(text_map.span.end, close_at or 0)
            kind = self._kind if self._kind in _BLOCK_KINDS.values() else BlockKind.PARAGRAPH
            self.blocks.append(
                Block(kind, text_map, Span(start, end), level=self._level, in_quote=self._quote_depth > 0)
            )
        for link in self._pending:
            self.links.append(Link(link.target, link.text, link.span, link.is_image, index))
        self._pending = []
        self._builder = TextMapBuilder()
        self._kind = BlockKind.PARAGRAPH
        self._level = 0
        self._block_start = None
