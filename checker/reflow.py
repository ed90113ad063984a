"""Rebuild real paragraphs from hard-wrapped plain text, keeping every line's source position.

Text from wires and word processors arrives in three layouts (see ``DOMAIN.md`` §5):

(a) lines wrapped at a fixed width, blank lines between paragraphs;
(b) the same, *double-spaced*: a blank line after every wrapped line, and two or more between
    paragraphs (the seed release);
(c) one paragraph per line, long lines, with or without blank lines.

:func:`reflow` decides the layout once per file, then walks the lines deciding for each pair
whether the second continues the first's paragraph.  Merging a fragment into the next
paragraph is the harmful error (it hides a cut), so a line is never joined across a gap that
the layout says is a real break; over-splitting between two complete sentences is harmless.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from checker.words import WORD, ends_in_closed_class, first_word, is_title_case

#: Lines that start a new block whatever came before: bullets, headings, rules, end marks,
#: label lines (``Caption:``, ``Media Contact:``), ``About X`` headings.
_STRUCTURAL = re.compile(
    r"""^(?:
        [-*•·▪◦–]\s+\S            # bullet
      | \d{1,2}[.)]\s+\S          # numbered item (not a year such as "2023.")
      | \#{1,6}(?:\s|$)           # Markdown-style heading or ### end mark
      | -{3,}\s*$ | _{3,}\s*$ | \*{3,}\s*$ | ={3,}\s*$
      | -30-\s*$ | ENDS?\s*$
      | (?:[A-Z][\w&/.-]*\ ){0,4}[A-Z][\w&/.-]*:(?:\s|$)   # label line such as "Media Contact:"
      | About\ [A-Z]
      | (?:https?://|www\.)\S+\s*$
    )""",
    re.VERBOSE,
)
_URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+\s*$")
_SENTENCE_END = re.compile(r"""[.!?…]["'”’)\]]*$""")
_CAPITAL_START = re.compile(r"""^["'“‘(\[]?[A-Z0-9]""")

#: Fewer lines than this say nothing about the layout; they are treated as wrapped text.
_MIN_LINES = 3
#: A wrapped line shorter than this share of the width did not wrap: its paragraph ended.
_SHORT_LINE = 0.7
#: Longest 90th-percentile line length that still counts as hard-wrapped text.
_MAX_WRAP_WIDTH = 120


@dataclass(frozen=True)
class Line:
    """One non-blank source line: its stripped text and where that text starts and ends."""

    number: int
    text: str
    start: int
    end: int
    blank_before: int


@dataclass(frozen=True)
class Paragraph:
    """Consecutive lines that make one paragraph, with the blank lines after it."""

    lines: tuple[Line, ...]
    gap_after: int


def split_lines(source: str) -> list[Line]:
    """Non-blank lines of ``source`` with their stripped text and source offsets."""
    lines: list[Line] = []
    blank = 0
    offset = 0
    for number, raw in enumerate(source.splitlines(keepends=True), start=1):
        content = raw.rstrip("\r\n")
        stripped = content.strip()
        if stripped:
            lead = len(content) - len(content.lstrip())
            start = offset + lead
            lines.append(Line(number, stripped, start, start + len(stripped), blank))
            blank = 0
        else:
            blank += 1
        offset += len(raw)
    return lines


def reflow(lines: Sequence[Line], trailing_blank: int = 0) -> Iterator[Paragraph]:
    """Group ``lines`` into paragraphs; ``trailing_blank`` counts blank lines at the end."""
    if not lines:
        return
    layout = _Layout.detect(lines)
    current: list[Line] = [lines[0]]
    for line in lines[1:]:
        if layout.continues(current[-1], line, opening=len(current) == 1 and current[0] is lines[0]):
            current.append(line)
        else:
            yield Paragraph(tuple(current), line.blank_before)
            current = [line]
    yield Paragraph(tuple(current), trailing_blank)


@dataclass(frozen=True)
class _Layout:
    wrapped: bool
    double_spaced: bool
    width: int
    lines: int

    @classmethod
    def detect(cls, lines: Sequence[Line]) -> _Layout:
        lengths = sorted(len(line.text) for line in lines)
        width = lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))]
        near_width = sum(1 for n in lengths if n >= 0.6 * width) / len(lengths)
        wrapped = width <= _MAX_WRAP_WIDTH and near_width >= 0.5 and len(lines) >= _MIN_LINES
        adjacent = sum(1 for line in lines[1:] if line.blank_before == 0)
        # Double-spaced text still separates paragraphs by more blank lines than wrapped
        # lines; without any wider gap, single blank lines are the paragraph breaks.
        wider_gap = any(line.blank_before >= 2 for line in lines[1:])
        double_spaced = wrapped and wider_gap and adjacent <= 0.1 * max(1, len(lines) - 1)
        return cls(wrapped=wrapped, double_spaced=double_spaced, width=width, lines=len(lines))

    def continues(self, a: Line, b: Line, *, opening: bool = False) -> bool:
        """Whether line ``b`` belongs to the paragraph that line ``a`` is in.

        ``opening`` says ``a`` is the first line of the text: the headline, which goes on
        only into a lowercase line, after a function word, or as a title into a title.
        """
        hard_gap = 2 if self.double_spaced else 1
        if b.blank_before >= hard_gap:
            return False
        if _STRUCTURAL.match(b.text):
            return bool(_URL_ONLY.match(b.text)) and not _SENTENCE_END.search(a.text)
        if opening and not (b.text[:1].islower() or ends_in_closed_class(a.text) or _titles(a, b)):
            return False
        if not self.wrapped and self.lines >= _MIN_LINES:
            # One paragraph per line; only a title cut after a function word goes on
            # (a headline wrapped by a scraper: "Sentenced to 18 Years in Prison for"),
            # a lone word (a drop cap: "A" + "TTORNEY'S"), or a line that the next one
            # visibly continues in lowercase.  A sentence that stops on "of" before a
            # capitalised line is a cut paragraph, and stays apart.
            return (
                ends_in_closed_class(a.text)
                and len(a.text) < _MAX_WRAP_WIDTH
                and (b.text[:1].islower() or " " not in a.text or is_title_case(WORD.findall(a.text)))
            )
        starts_lower = b.text[:1].islower()
        would_fit = len(a.text) + 1 + len(first_word(b.text)) <= self.width
        if ends_in_closed_class(a.text):
            # A wrapped line ends on "and" or "of" all the time; one that stops well short of
            # the width, where the next word would have fitted, before a capitalised line is
            # a paragraph cut off there.
            return starts_lower or not would_fit or len(a.text) >= _SHORT_LINE * self.width
        if not starts_lower and would_fit:
            return False
        return not (self.double_spaced and _SENTENCE_END.search(a.text) and _CAPITAL_START.match(b.text))


def _titles(a: Line, b: Line) -> bool:
    """Whether both lines read as titles (a title-case headline wrapped over two lines)."""
    return is_title_case(WORD.findall(a.text)) and is_title_case(WORD.findall(b.text))
