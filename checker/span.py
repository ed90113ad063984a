"""Source positions: half-open character spans and the one offset-to-line/column conversion.

Everything inside copydesk stores ``[start, end)`` character offsets into the decoded source
text, exactly as the file has it (CRLF and lone CR included).  Only reporters turn offsets
into 1-based line and column numbers, and they do it through :class:`LineIndex`, so every
output format agrees on where a finding is.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True, order=True)
class Span:
    """A half-open ``[start, end)`` range of character offsets into a document's source."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            msg = f"invalid span [{self.start}, {self.end})"
            raise ValueError(msg)

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True)
class Position:
    """A 1-based line and 1-based column (in characters) in the original file."""

    line: int
    column: int


class LineIndex:
    """Maps character offsets of one source text to 1-based lines and columns.

    Line breaks are ``\\r\\n``, ``\\r`` or ``\\n``, as in the file; a CRLF pair is one break, so
    columns never count the ``\\r``.
    """

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def line_starts(self) -> tuple[int, ...]:
        """Offsets at which each line begins (the first is always 0)."""
        starts = [0]
        text = self.text
        i = 0
        length = len(text)
        while i < length:
            ch = text[i]
            if ch == "\r":
                if i + 1 < length and text[i + 1] == "\n":
                    i += 1
                starts.append(i + 1)
            elif ch == "\n":
                starts.append(i + 1)
            i += 1
        return tuple(starts)

    @property
    def line_count(self) -> int:
        """How many lines the text has (a trailing newline does not open a new line)."""
        starts = self.line_starts
        if len(starts) > 1 and starts[-1] == len(self.text):
            return len(starts) - 1
        return len(starts)

    def position(self, offset: int) -> Position:
        """The 1-based line and column of ``offset`` (clamped to the text)."""
        offset = max(0, min(offset, len(self.text)))
        line0 = bisect.bisect_right(self.line_starts, offset) - 1
        return Position(line=line0 + 1, column=offset - self.line_starts[line0] + 1)

    def offset(self, line: int, column: int) -> int:
        """The offset of a 1-based line and column (inverse of :meth:`position`)."""
        return self.line_starts[line - 1] + column - 1

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its line break."""
        starts = self.line_starts
        start = starts[line - 1]
        end = starts[line] if line < len(starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")

    def line_span(self, line: int) -> Span:
        """The span of a 1-based line, without its line break."""
        start = self.line_starts[line - 1]
        return Span(start, start + len(self.line_text(line)))
