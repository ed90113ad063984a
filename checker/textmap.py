"""Rebuilt text that remembers where every character came from.

A paragraph that rules read is rarely a slice of the file: hard-wrapped lines are joined with
one space, Markdown emphasis and link syntax are dropped, HTML entities are decoded.  A
:class:`TextMap` records the pieces the text was built from, so an offset in the rebuilt text
maps back to an exact offset in the original source.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from checker.span import Span


@dataclass(frozen=True)
class Piece:
    """``text_len`` characters of rebuilt text, standing for ``source[src_start:src_end]``.

    A verbatim piece is a copy of its source and maps character by character; any other piece
    (a joiner replacing a line break, a decoded entity) maps as a whole.
    """

    text_start: int
    text_len: int
    src_start: int
    src_end: int
    verbatim: bool


@dataclass(frozen=True)
class TextMap:
    """Rebuilt text plus the pieces that map it back to the source."""

    text: str
    pieces: tuple[Piece, ...]
    _starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(p.text_start for p in self.pieces))

    def _piece_at(self, offset: int) -> Piece:
        index = max(0, bisect.bisect_right(self._starts, offset) - 1)
        return self.pieces[index]

    def source_offset(self, offset: int, *, end: bool = False) -> int:
        """Source offset of a text offset; ``end=True`` maps an exclusive end offset."""
        if not self.pieces:
            return 0
        if end and offset > 0:
            piece = self._piece_at(offset - 1)
            if piece.verbatim:
                return piece.src_start + (offset - piece.text_start)
            return piece.src_end
        piece = self._piece_at(offset)
        if piece.verbatim:
            return piece.src_start + min(offset - piece.text_start, piece.text_len)
        return piece.src_start

    def source_span(self, start: int, end: int) -> Span:
        """The source span of the text range ``[start, end)``."""
        src_start = self.source_offset(start)
        src_end = max(src_start, self.source_offset(end, end=True))
        return Span(src_start, src_end)

    @property
    def span(self) -> Span:
        """The source span the whole text covers."""
        return self.source_span(0, len(self.text))


class TextMapBuilder:
    """Accumulates pieces of rebuilt text; :meth:`build` freezes them into a :class:`TextMap`."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._pieces: list[Piece] = []
        self._length = 0

    def __len__(self) -> int:
        return self._length

    def add(self, text: str, src_start: int, src_end: int | None = None) -> None:
        """Append ``text``: a verbatim copy of the source at ``src_start``, or, when ``src_end``
        is given, a replacement standing for ``source[src_start:src_end]``."""
        if not text:
            return
        verbatim = src_end is None
        end = src_start + len(text) if src_end is None else src_end
        self._parts.append(text)
        self._pieces.append(Piece(self._length, len(text), src_start, end, verbatim))
        self._length += len(text)

    def ends_with_space(self) -> bool:
        """Whether the text so far ends in whitespace (so a joiner is not needed)."""
        return bool(self._parts) and self._parts[-1][-1:].isspace()

    def build(self) -> TextMap:
        """The text and its map, with trailing whitespace removed."""
        stripped = "".join(self._parts).rstrip()
        pieces = [_trimmed(p, len(stripped)) for p in self._pieces if p.text_start < len(stripped)]
        return TextMap(stripped, tuple(pieces or self._pieces[:1]))


def _trimmed(piece: Piece, text_end: int) -> Piece:
    """``piece`` cut so that it ends at ``text_end`` (trailing white space was stripped)."""
    overflow = piece.text_start + piece.text_len - text_end
    if overflow <= 0:
        return piece
    src_end = piece.src_end - overflow if piece.verbatim else piece.src_end
    return Piece(piece.text_start, piece.text_len - overflow, piece.src_start, src_end, piece.verbatim)
