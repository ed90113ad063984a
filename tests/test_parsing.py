"""Parsers: the same Document shape from text, Markdown and HTML, with exact source positions."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.document import BlockKind, Document, Role
from checker.parsing import parse_document, parse_source
from tests.shared_data import CORPUS, SEED, require_shared

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def assert_compliant(doc: Document) -> None:
    """Spans in bounds, every verbatim piece equal to its source, blocks in document order."""
    size = len(doc.source)
    previous = -1
    for block in doc.blocks:
        assert 0 <= block.span.start <= block.span.end <= size
        assert block.span.start >= previous, f"{doc.display_path}: blocks out of order"
        previous = block.span.start
        for piece in block.text_map.pieces:
            assert 0 <= piece.src_start <= piece.src_end <= size
            if piece.verbatim:
                text = block.text_map.text[piece.text_start : piece.text_start + piece.text_len]
                if text:
                    assert doc.source[piece.src_start : piece.src_end] == text[: piece.src_end - piece.src_start]
    for link in doc.links:
        assert 0 <= link.span.start <= link.span.end <= size


def _position(doc: Document, needle: str) -> tuple[int, int]:
    for block in doc.blocks:
        at = block.text.find(needle)
        if at >= 0:
            pos = doc.lines.position(block.source_span(at, at + len(needle)).start)
            return pos.line, pos.column
    raise AssertionError(f"{needle!r} not found in any block")


def test_examples_and_corpus_parse_compliantly():
    paths = sorted(EXAMPLES.glob("*.*"))
    if CORPUS.is_dir():
        paths += [*sorted(CORPUS.iterdir()), SEED]
    for path in paths:
        assert_compliant(parse_document(path.read_bytes(), str(path), fs_path=path))


def test_seed_paragraphs_are_rebuilt_with_original_lines():
    require_shared()
    doc = parse_document(SEED.read_bytes(), SEED.name)
    body = [b for _, b in doc.body_blocks()]
    endings = {"company's": 97, "China's": 107, "business": 115}
    for ending, first_line in endings.items():
        block = next(b for b in body if b.text.endswith(ending))
        assert doc.lines.position(block.span.start).line == first_line
        end = doc.lines.position(block.span.end)
        assert doc.lines.line_text(end.line).rstrip().endswith(ending)
        assert block.gap_after >= 2
    assert doc.dateline is not None and str(doc.anchor_date) == "2022-11-14"
    assert doc.blocks[0].role is Role.HEADLINE


@pytest.mark.parametrize("width", [50, 72])
def test_double_spaced_wrapping_is_joined(width):
    import textwrap

    paragraphs = [
        "The museum opened its new wing on Saturday with an exhibition of maritime maps, "
        "drawings and ship models collected over two centuries by local families.",
        "Visitors can book free guided tours every weekend until the end of the year, "
        "and school groups can reserve weekday visits through the museum's website.",
    ]
    lines = []
    for paragraph in paragraphs:
        lines += [line + "\n\n" for line in textwrap.wrap(paragraph, width)]
        lines.append("\n")
    doc = parse_source("".join(lines), "release.txt")
    assert [b.text for b in doc.blocks] == paragraphs


def test_single_spaced_wrapping_and_bullets():
    text = "The plant will employ 200 people and\nopen in the spring.\n\n- First item\n- Second item\n"
    doc = parse_source(text, "r.txt")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (BlockKind.PARAGRAPH, "The plant will employ 200 people and open in the spring."),
        (BlockKind.LIST_ITEM, "First item"),
        (BlockKind.LIST_ITEM, "Second item"),
    ]


def test_markdown_inline_positions_skip_markup():
    text = (
        "---\ndate: 2024-01-02\n---\n\n# Title\n\n"
        "See **the [new report](https://x.example/r)** on *page*\n2 &amp; more.\n"
    )
    doc = parse_source(text, "r.md")
    assert doc.front_matter["date"].isoformat() == "2024-01-02"
    para = next(b for b in doc.blocks if b.kind is BlockKind.PARAGRAPH)
    assert para.text == "See the new report on page 2 & more."
    assert _position(doc, "new report") == (7, 12)
    assert _position(doc, "2 & more") == (8, 1)
    link = doc.links[0]
    assert (link.target, link.text) == ("https://x.example/r", "new report")
    assert doc.source[link.span.start : link.span.end] == "[new report](https://x.example/r)"


def test_markdown_structures_map_to_block_kinds():
    text = (
        "Intro.\n\n* one\n* two\n\n> quoted words\n\n"
        "| a | b |\n|---|---|\n| c | d |\n\n```\ncode\n```\n\n<!-- note -->\n"
    )
    kinds = [(b.kind, b.in_quote) for b in parse_source(text, "r.md").blocks]
    assert kinds == [
        (BlockKind.PARAGRAPH, False),
        (BlockKind.LIST_ITEM, False),
        (BlockKind.LIST_ITEM, False),
        (BlockKind.PARAGRAPH, True),
        *[(BlockKind.TABLE_CELL, False)] * 4,
        (BlockKind.CODE, False),
        (BlockKind.COMMENT, False),
    ]


def test_markdown_end_mark_is_kept():
    doc = parse_source("Body text here.\n\n###\n", "r.md")
    assert doc.blocks[-1].role is Role.END_MARK


def test_html_positions_and_entities():
    text = (
        "<html><body>\n<h1>Big  news</h1>\n<p>Caf&eacute; opens\n"
        '   today &amp; <a href="/m">menu</a>.<img src="a.png" alt="Front"></p>\n</body></html>'
    )
    doc = parse_source(text, "r.html")
    assert [b.text for b in doc.blocks] == ["Big news", "Café opens today & menu."]
    assert _position(doc, "today") == (4, 4)
    assert _position(doc, "é") == (3, 7)
    image = next(link for link in doc.links if link.is_image)
    assert (image.target, image.text, image.block_index) == ("a.png", "Front", 1)
    assert doc.source[image.span.start : image.span.end] == '<img src="a.png" alt="Front">'


def test_html_embedded_in_markdown():
    text = 'Para one.\n\n<p>Block <img src="pic.jpg" alt="x"> text</p>\n'
    doc = parse_source(text, "r.md")
    assert [b.text for b in doc.blocks] == ["Para one.", "Block text"]
    assert doc.links[0].target == "pic.jpg" and doc.links[0].block_index == 1
