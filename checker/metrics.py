"""Readability figures of a release's body text, with textstat (offline: textstat 0.7.4 uses pyphen).

Only the body counts: body paragraphs up to the ``About`` boilerplate, a forward-looking
statements section or the end mark.  Headlines, datelines, contact blocks and boilerplate would
skew sentence counts (``DOMAIN.md`` §6), and the legal boilerplate after ``About`` is not what
the release's writer wrote for the reader.  The readability rule (CD701), the long-sentence rule
(CD702) and the reports (JSON ``metrics``) all read these figures, so they always agree.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from checker.document import Document, Role, Sentence
from checker.words import WORD

#: A section heading after which the text is legal or corporate boilerplate, not the story.
_BOILERPLATE_SECTION = re.compile(
    r"^(?:Forward[- ]Looking Statements?|Cautionary (?:Note|Statement)|Safe Harbou?r|Disclaimer)\b",
    re.IGNORECASE,
)
_BODY_ENDS = frozenset({Role.BOILERPLATE_HEADING, Role.END_MARK})


@dataclass(frozen=True)
class Readability:
    """Flesch reading ease and Flesch-Kincaid grade of a body of ``words`` words."""

    reading_ease: float
    grade: float
    words: int
    sentences: int


def body_block_indices(document: Document) -> tuple[int, ...]:
    """Indices of the body paragraphs that tell the story (before boilerplate or end mark)."""
    indices: list[int] = []
    for index, block in enumerate(document.blocks):
        if block.role in _BODY_ENDS or _BOILERPLATE_SECTION.match(block.text):
            break
        if block.role is Role.BODY:
            indices.append(index)
    return tuple(indices)


def body_sentences(document: Document) -> tuple[Sentence, ...]:
    """The sentences of the story's body paragraphs, in order."""
    wanted = frozenset(body_block_indices(document))
    return tuple(s for s in document.sentences if s.block_index in wanted)


def body_text(document: Document) -> str:
    """The story's body paragraphs, one per line."""
    return "\n".join(document.blocks[i].text for i in body_block_indices(document))


def word_count(text: str) -> int:
    """Words in ``text``: runs of letters or digits, with inner apostrophes, hyphens and points."""
    return len(WORD.findall(text))


def sentence_words(document: Document, sentence: Sentence) -> int:
    """Words of a body sentence, not counting a dateline that opens it (``CITY, May 2 --``)."""
    dateline = document.dateline
    text = sentence.text
    if dateline is not None and sentence.span.start < dateline.span.end <= sentence.span.end:
        text = document.source[dateline.span.end : sentence.span.end]
    return word_count(text)


def readability(document: Document) -> Readability | None:
    """Readability of the body, or None when the release has no body text."""
    text = body_text(document)
    if not text.strip():
        return None
    with warnings.catch_warnings():
        # textstat 0.7.4 imports pkg_resources, which setuptools 80 flags as deprecated with a
        # UserWarning; without this every pre-commit or pipx user would see it on each run.
        warnings.simplefilter("ignore", UserWarning)
        import textstat

    return Readability(
        reading_ease=round(float(textstat.flesch_reading_ease(text)), 1),
        grade=round(float(textstat.flesch_kincaid_grade(text)), 1),
        words=int(textstat.lexicon_count(text)),
        sentences=len(body_sentences(document)),
    )


def document_metrics(document: Document) -> Mapping[str, float]:
    """Figures the reports show per file: reading ease, grade, counts and sentence lengths."""
    figures = readability(document)
    if figures is None:
        return MappingProxyType({})
    lengths = [sentence_words(document, s) for s in body_sentences(document)] or [0]
    return MappingProxyType(
        {
            "flesch_reading_ease": figures.reading_ease,
            "flesch_kincaid_grade": figures.grade,
            "sentences": float(figures.sentences),
            "words": float(figures.words),
            "words_per_sentence": round(figures.words / max(1, figures.sentences), 1),
            "longest_sentence_words": float(max(lengths)),
        }
    )
