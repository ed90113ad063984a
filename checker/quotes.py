"""Where a paragraph quotes someone: the spans between opening and closing quotation marks.

Style rules about the writer's own voice (hype words, exclamation marks) leave quotations
alone: a spokesperson's words are reported as said, and the copy desk edits around them.
"""

from __future__ import annotations

import re

#: A curly-quoted passage, or a straight-quoted one (which cannot nest) of at least one word.
_QUOTED = re.compile(r"“[^“”]*(?:”|$)|(?<![\w])\"[^\"]+(?:\"|$)|‘[^‘’]{12,}’")


def quoted_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """``[start, end)`` offsets of every quoted passage of ``text``, quotation marks included.

    A quotation left open runs to the end of the paragraph, as in wire copy where a quote
    continues into the next paragraph without a closing mark.
    """
    return tuple(match.span() for match in _QUOTED.finditer(text))


def is_quoted(ranges: tuple[tuple[int, int], ...], offset: int) -> bool:
    """Whether ``offset`` falls inside one of ``ranges``."""
    return any(start <= offset < end for start, end in ranges)
