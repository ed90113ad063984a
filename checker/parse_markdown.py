"""Markdown to blocks with markdown-it-py (CommonMark + tables + YAML front matter).

markdown-it reports the source lines of every block but not the columns of inline text, so
each inline text token is *aligned*: found in the block's source lines, in order, from a
moving cursor.  Text that was transformed on the way (escapes, entities) is aligned word by
word; what still cannot be found maps to the cursor, never to a wrong later place.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from checker.document import Block, BlockKind, Link
from checker.frozen import frozen
from checker.parse_html import parse_html
from checker.span import LineIndex, Span
from checker.textmap import TextMapBuilder

_COMMENT = re.compile(r"\s*<!--.*?-->\s*$", re.DOTALL)


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from mdit_py_plugins.front_matter import front_matter_plugin

    return MarkdownIt("commonmark").enable("table").use(front_matter_plugin)


@dataclass
class MarkdownParts:
    """Blocks, links and parsed front matter of a Markdown document."""

    blocks: list[Block] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    front_matter: Mapping[str, object] = field(default_factory=frozen)


def parse_markdown(source: str) -> MarkdownParts:
    """Parse a Markdown release into blocks and links."""
    tokens = _parser().parse(source)
    walker = _Walker(source, LineIndex(source))
    walker.walk(tokens)
    return walker.parts


class _Walker:
    def __init__(self, source: str, lines: LineIndex) -> None:
        self.source = source
        self.lines = lines
        self.parts = MarkdownParts()
        self._containers: list[str] = []

    def _region(self, token: Token) -> tuple[int, int]:
        first, last = token.map or (0, 0)
        starts = self.lines.line_starts
        start = starts[first] if first < len(starts) else len(self.source)
        end = starts[last] if last < len(starts) else len(self.source)
        return start, end

    def walk(self, tokens: Sequence[Token]) -> None:
        heading_level = 0
        for token in tokens:
            kind = token.type
            if kind.endswith("_open") and token.nesting == 1:
                self._containers.append(token.tag)
                if kind == "heading_open":
                    heading_level = int(token.tag[1])
            elif kind.endswith("_close") and token.nesting == -1:
                if self._containers:
                    self._containers.pop()
                if kind == "heading_close":
                    heading_level = 0
            elif kind == "inline":
                self._inline(token, heading_level)
            elif kind in ("fence", "code_block"):
                self._verbatim(token, BlockKind.CODE)
            elif kind == "front_matter":
                self._front_matter(token)
            elif kind == "html_block":
                self._html_block(token)
            elif kind == "hr":
                self._verbatim(token, BlockKind.THEMATIC_BREAK)

    def _block_kind(self, heading_level: int) -> BlockKind:
        if heading_level:
            return BlockKind.HEADING
        if any(tag in ("td", "th") for tag in self._containers):
            return BlockKind.TABLE_CELL
        if "li" in self._containers:
            return BlockKind.LIST_ITEM
        return BlockKind.PARAGRAPH

    def _append(self, block: Block) -> int:
        self.parts.blocks.append(block)
        return len(self.parts.blocks) - 1

    def _verbatim(self, token: Token, kind: BlockKind) -> None:
        start, end = self._region(token)
        text = self.source[start:end]
        builder = TextMapBuilder()
        builder.add(text, start)
        self._append(Block(kind, builder.build(), Span(start, start + len(text.rstrip())), line_count=text.count("\n")))

    def _front_matter(self, token: Token) -> None:
        self._verbatim(token, BlockKind.FRONT_MATTER)
        import yaml

        try:
            data = yaml.safe_load(token.content)
        except yaml.YAMLError:
            data = None
        if isinstance(data, dict):
            self.parts.front_matter = frozen({str(k): v for k, v in data.items()})

    def _html_block(self, token: Token) -> None:
        start, end = self._region(token)
        if _COMMENT.match(self.source, start, end):
            self._verbatim(token, BlockKind.COMMENT)
            return
        html_parts = parse_html(self.source, start, end, first_block=len(self.parts.blocks))
        self.parts.blocks.extend(html_parts.blocks)
        self.parts.links.extend(html_parts.links)

    def _inline(self, token: Token, heading_level: int) -> None:
        start, end = self._region(token)
        aligner = _Aligner(self.source, start, end)
        index = len(self.parts.blocks)
        links: list[Link] = []
        open_links: list[tuple[str, int, int]] = []
        for child in token.children or []:
            ctype = child.type
            if ctype in ("text", "code_inline"):
                aligner.text(child.content)
            elif ctype in ("softbreak", "hardbreak"):
                aligner.newline()
            elif ctype == "link_open":
                link_start = aligner.find_char("[<")
                open_links.append((str(child.attrs.get("href", "")), link_start, len(aligner.builder)))
            elif ctype == "link_close" and open_links:
                target, link_start, text_start = open_links.pop()
                link_end = aligner.skip_link_tail()
                text = aligner.builder_text()[text_start:].strip()
                links.append(
                    Link(
                        target,
                        text,
                        Span(link_start, link_end),
                        False,
                        index,
                        _target_span(self.source, target, link_start, link_end),
                    )
                )
            elif ctype == "image":
                img_start = aligner.find_char("!")
                aligner.skip_link_tail()
                img_end = aligner.cursor
                target = str(child.attrs.get("src", ""))
                links.append(
                    Link(
                        target,
                        child.content,
                        Span(img_start, img_end),
                        True,
                        index,
                        _target_span(self.source, target, img_start, img_end),
                    )
                )
            elif ctype == "html_inline":
                links.extend(aligner.html_inline(child.content, index))
        text_map = aligner.builder.build()
        block_index = index if text_map.text else -1
        self.parts.links.extend(
            Link(lk.target, lk.text, lk.span, lk.is_image, block_index, lk.target_span) for lk in links
        )
        if not text_map.text:
            if heading_level:
                self._empty_heading(start, end)
            return
        self._append(
            Block(
                self._block_kind(heading_level),
                text_map,
                Span(start, start + len(self.source[start:end].rstrip())),
                level=heading_level,
                in_quote="blockquote" in self._containers,
                gap_before=_blank_lines_before(self.source, start),
                gap_after=_blank_lines_after(self.source, end),
                line_count=max(1, self.source[start:end].rstrip().count("\n") + 1),
            )
        )

    def _empty_heading(self, start: int, end: int) -> None:
        """``###`` alone is an empty heading to CommonMark but an end mark to a press release."""
        raw = self.source[start:end].strip()
        at = self.source.find(raw, start, end)
        builder = TextMapBuilder()
        builder.add(raw, at)
        self._append(
            Block(
                BlockKind.PARAGRAPH,
                builder.build(),
                Span(at, at + len(raw)),
                gap_before=_blank_lines_before(self.source, at),
            )
        )


def _target_span(source: str, target: str, start: int, end: int) -> Span | None:
    if not target:
        return None
    at = source.find(target, start, end)
    return Span(at, at + len(target)) if at >= 0 else None


def _blank_lines_before(source: str, start: int) -> int:
    before = source[:start]
    stripped = before.rstrip()
    return max(0, before[len(stripped) :].count("\n") - 1) if stripped else 0


def _blank_lines_after(source: str, end: int) -> int:
    after = source[end:]
    stripped = after.lstrip()
    return after[: len(after) - len(stripped)].count("\n")


class _Aligner:
    """Finds inline text in the source, in order, and builds the block's text map."""

    def __init__(self, source: str, start: int, end: int) -> None:
        self.source = source
        self.cursor = start
        self.end = end
        self.builder = TextMapBuilder()

    def builder_text(self) -> str:
        return self.builder.build().text if len(self.builder) else ""

    def text(self, content: str) -> None:
        if not content:
            return
        at = self.source.find(content, self.cursor, self.end)
        if at >= 0:
            self.builder.add(content, at)
            self.cursor = at + len(content)
            return
        for match in re.finditer(r"\S+|\s+", content):
            piece = match.group(0)
            if piece.isspace():
                if len(self.builder) and not self.builder.ends_with_space():
                    self.builder.add(" ", self.cursor, self.cursor)
                continue
            found = self.source.find(piece, self.cursor, self.end)
            if found >= 0:
                self.builder.add(piece, found)
                self.cursor = found + len(piece)
            else:
                self.builder.add(piece, self.cursor, self.cursor)

    def newline(self) -> None:
        nl = self.source.find("\n", self.cursor, self.end)
        if nl < 0:
            nl = self.cursor
        next_text = nl + 1
        while next_text < self.end and self.source[next_text] in " \t>":
            next_text += 1
        line_end = nl
        while line_end > self.cursor and self.source[line_end - 1] in " \t\r\\":
            line_end -= 1
        self.builder.add(" ", line_end, next_text)
        self.cursor = next_text

    def find_char(self, chars: str) -> int:
        for at in range(self.cursor, self.end):
            if self.source[at] in chars:
                return at
        return self.cursor

    def skip_link_tail(self) -> int:
        """Move past ``](target "title")`` or ``][ref]`` or ``>`` closing a link; return the end."""
        src = self.source
        at = self.cursor
        while at < self.end and src[at] not in "]>":
            at += 1
        if at < self.end and src[at] == ">":
            self.cursor = at + 1
            return self.cursor
        at += 1
        if at < self.end and src[at] in "([":
            closer = ")" if src[at] == "(" else "]"
            depth = 0
            while at < self.end:
                if src[at] in "([":
                    depth += 1
                elif src[at] == closer:
                    depth -= 1
                    if depth == 0:
                        at += 1
                        break
                at += 1
        self.cursor = min(at, self.end)
        return self.cursor

    def html_inline(self, content: str, block_index: int) -> list[Link]:
        at = self.source.find(content, self.cursor, self.end)
        if at < 0:
            return []
        self.cursor = at + len(content)
        if content.lower().startswith("<br"):
            if len(self.builder) and not self.builder.ends_with_space():
                self.builder.add(" ", at, at + len(content))
            return []
        parts = parse_html(self.source, at, at + len(content))
        return [Link(lk.target, lk.text, lk.span, lk.is_image, block_index, lk.target_span) for lk in parts.links]
