"""LineIndex: the one offset→line/column conversion, property-tested on awkward text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from checker.span import LineIndex, Position, Span

_TEXT = st.lists(st.sampled_from(["a", "é", "中", " ", "\n", "\r", "\r\n", "🙂"]), max_size=40).map("".join)


@given(_TEXT)
def test_offset_and_position_round_trip(text):
    index = LineIndex(text)
    for offset in range(len(text) + 1):
        if offset and text[offset - 1] == "\r" and text[offset : offset + 1] == "\n":
            continue  # between CR and LF is not a position an editor can show
        position = index.position(offset)
        assert index.offset(position.line, position.column) == offset


@given(_TEXT)
def test_line_text_never_contains_breaks(text):
    index = LineIndex(text)
    for line in range(1, len(index.line_starts) + 1):
        assert "\n" not in index.line_text(line) and "\r" not in index.line_text(line)


def test_crlf_counts_as_one_break_and_columns_are_characters():
    index = LineIndex("ab\r\nc中d\re\n")
    assert index.position(4) == Position(2, 1)
    assert index.position(6) == Position(2, 3)
    assert index.position(8) == Position(3, 1)
    assert index.line_count == 3


def test_final_line_without_newline():
    index = LineIndex("one\ntwo")
    assert index.position(7) == Position(2, 4)
    assert index.line_count == 2


def test_span_rejects_reversed_ranges():
    try:
        Span(5, 2)
    except ValueError:
        return
    raise AssertionError("Span(5, 2) must be rejected")
