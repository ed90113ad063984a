"""Sentences inside one block, with syntok (offline, keeps ``Nov.``, ``U.S.``, ``No.1`` whole).

Blocks are split into paragraphs by the parsers first; only then is each paragraph's rebuilt
text handed to the segmenter, so a cut-off fragment never merges with the next paragraph.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.document import Block, Sentence


def split_block_sentences(block: Block, block_index: int) -> Iterator[Sentence]:
    """Sentences of ``block`` with offsets into its text and spans into the source."""
    from syntok import segmenter

    text = block.text
    for paragraph in segmenter.analyze(text):
        for sentence in paragraph:
            tokens = list(sentence)
            if not tokens:
                continue
            start = tokens[0].offset
            end = tokens[-1].offset + len(tokens[-1].value)
            yield Sentence(block_index, start, end, text[start:end], block.source_span(start, end))
