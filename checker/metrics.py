"""Readability figures of a release's body text, with textstat (offline: textstat 0.7.4 uses pyphen).

Only body paragraphs count: headlines, datelines, contact blocks and the boilerplate after an
``About`` heading would skew sentence counts (``DOMAIN.md`` §6).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from checker.document import Document, Role


def body_text(document: Document) -> str:
    """Body paragraphs before the ``About`` boilerplate, one per line."""
    parts: list[str] = []
    for block in document.blocks:
        if block.role is Role.BOILERPLATE_HEADING:
            break
        if block.role is Role.BODY:
            parts.append(block.text)
    return "\n".join(parts)


def document_metrics(document: Document) -> Mapping[str, float]:
    """Flesch reading ease, Flesch-Kincaid grade, sentence and word counts of the body."""
    text = body_text(document)
    if not text.strip():
        return MappingProxyType({})
    import textstat

    sentences = sum(1 for s in document.sentences if document.blocks[s.block_index].role is Role.BODY)
    return MappingProxyType(
        {
            "flesch_reading_ease": round(float(textstat.flesch_reading_ease(text)), 1),
            "flesch_kincaid_grade": round(float(textstat.flesch_kincaid_grade(text)), 1),
            "sentences": float(sentences),
            "words": float(textstat.lexicon_count(text)),
        }
    )
