"""A body paragraph whose last sentence stops mid-phrase: text was cut off.

## What it does
Flags a body paragraph that ends without terminal punctuation where the text was evidently
cut: it stops on a word no English sentence can end on (an article, a preposition, a
conjunction, an auxiliary, `to`, a possessive such as `company's`), or on a comma or dash, or
it stops on an ordinary word and there is more evidence — complete sentences earlier in the
paragraph, a long fragment, more blank lines after it than between the other paragraphs, or a
next paragraph that carries on in lowercase (a sentence split by a stray paragraph break).
It also flags a *splice*: a function word or possessive at the end of a source line followed
by a new sentence (`in the company's` / `In just 15 years ...`), where a cut paragraph was
joined to the next one, and a short paragraph that stops on a function word (`MNW is`) when
it stands alone rather than among other short lines.

## Why is this bad?
A sentence cut off on its way through a wire service or a content system is the defect that
costs a release its credibility: the reader sees that nobody read the published copy, and
the missing words may have been the news.

## Example
```txt
The clinic opened in March. Patients can now book visits in the company's
                                                                ^^^^^^^^^ truncated-sentence

The new wing has twelve treatment rooms.
```

## Use instead
```txt
The clinic opened in March. Patients can now book visits in the company's new wing.

The wing has twelve treatment rooms, a pharmacy and a cafe for families:

- extended opening hours
- free parking
```

## Options
`min-fragment-words` (default 8): a paragraph that is a single unfinished sentence ending on
an ordinary word, with no comma clause and no auxiliary verb, is reported only when it has at
least this many words (shorter ones are usually sentence-case subheads or verse).

## Known limitations
Words dropped in the middle of a sentence, or a paragraph cut right after a complete-looking
phrase ending in a name (`... in Europe and Asia`) or a number, cannot be told from correct
text without a language model; nor can a cut that leaves a short sentence-case fragment
(`She also launched`).  In hard-wrapped text a cut line that still reaches most of the wrap
width is joined to the next paragraph and found only as a splice.  Headlines, datelines,
list items, captions, contacts and other non-body blocks are left to their own rules; a
paragraph whose last line holds inline code (a command) is left alone.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterator

from checker import Block, BlockKind, Document, Finding, Role, RuleMeta, RuleOptions, Severity
from checker.words import AUXILIARIES, CLOSED_CLASS, POSSESSIVE, TokenKind, is_finished, last_token_kind

META = RuleMeta(
    code="CD101",
    name="truncated-sentence",
    summary="Paragraph stops mid-sentence: restore the cut-off words or finish the sentence.",
    severity=Severity.ERROR,
    options={"min-fragment-words": 8},
)

_OPENING_QUOTE = re.compile(r"""^["“‘«]""")
_STARTERS = CLOSED_CLASS | frozenset("i we he she they it you".split())
_CONTRACTIONS = frozenset("it's that's there's here's what's let's he's she's who's where's".split())
_SPLICE = re.compile(r"""(?P<cut>[\w'’-]+)(?P<gap>\s+)["“]?(?P<starter>[A-Z][a-z]*)\s+[a-z]""")
_TOKEN = re.compile(r"\S+")
#: A comma before a lowercase word: a clause boundary, which headings and labels rarely have.
_CLAUSE_BREAK = re.compile(r",\s+[a-z]")
_TAIL_WORDS = 6
_CERTAIN = frozenset({TokenKind.POSSESSIVE, TokenKind.FUNCTION})
_SHORT_ROLES = frozenset({Role.FRAGMENT, Role.SUBHEAD})
_SIGN_OFF_WORDS = 3
#: Neighbours that make a short block one line of many (verse, a menu, a list).
_LINE_ROLES = frozenset({Role.FRAGMENT, Role.LIST})


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Yield a finding at the cut of every truncated body paragraph."""
    min_words = options.integer("min-fragment-words")
    gaps = [block.gap_after for _, block in document.body_blocks()]
    usual_gap = statistics.median(gaps) if gaps else 0
    for index, block in document.body_blocks():
        yield from _splices(document, block)
        finding = _cut_at_end(document, index, block, min_words=min_words, usual_gap=usual_gap)
        if finding is not None:
            yield finding
    for block in _short_cut_blocks(document):
        yield _cut_finding(block, carries_on="")


def _short_cut_blocks(document: Document) -> Iterator[Block]:
    """Short non-body paragraphs that stop on a function word or a comma, standing alone.

    ``MNW is`` or ``For further details about`` under a heading or between paragraphs is a
    paragraph cut a few words in, which the role assignment files as a fragment or a subhead;
    lines of verse (``No one to cry to``) stand among other short lines.
    """
    for index, block in enumerate(document.blocks):
        if (
            block.kind is BlockKind.PARAGRAPH
            and block.role in _SHORT_ROLES
            and index > 0
            and _stands_alone(document, index)
            and not is_finished(block.text)
            and (
                last_token_kind(block.text) in _CERTAIN
                or (block.role is Role.FRAGMENT and block.text.endswith(",") and not _letter_line(block.text))
            )
        ):
            yield block


def _letter_line(text: str) -> bool:
    """``Dear Editor,`` or ``Best regards,``: a letter's salutation or sign-off ends on a comma."""
    return text.startswith("Dear ") or len(text.split()) <= _SIGN_OFF_WORDS


def _stands_alone(document: Document, index: int) -> bool:
    """Whether neither neighbour of block ``index`` is a short line or a list item."""
    before = next((b for b in reversed(document.blocks[:index]) if b.kind is not BlockKind.COMMENT), None)
    after = document.next_block(index)
    return all(b is None or b.role not in _LINE_ROLES for b in (before, after))


def _cut_at_end(document: Document, index: int, block: Block, *, min_words: int, usual_gap: float) -> Finding | None:
    """A finding when the paragraph's last sentence stops mid-phrase, else None."""
    text = block.text
    if not text or is_finished(text) or _ends_in_code(document, block):
        return None
    kind = last_token_kind(text)
    following = document.next_block(index)
    next_text = following.text if following is not None and following.role is block.role else ""
    carries_on = next_text[:1].islower()
    wide_gap = block.gap_after > usual_gap  # the wire left the blank lines of the cut text
    if kind is TokenKind.CONTINUATION and not _OPENING_QUOTE.match(next_text):
        cut = True
    elif kind is TokenKind.CONTENT:
        cut = carries_on or wide_gap or _has_evidence(document, index, text, min_words)
    else:
        cut = kind in _CERTAIN or (carries_on and kind in (TokenKind.NAME, TokenKind.NUMBER))
    if not cut:
        return None
    certain = kind is not TokenKind.CONTENT or wide_gap
    return _cut_finding(block, carries_on=next_text if carries_on else "", certain=certain)


def _cut_finding(block: Block, *, carries_on: str, certain: bool = True) -> Finding:
    """A finding on the last word of ``block``.

    ``carries_on`` is the next paragraph's text when the sentence goes on there; ``certain``
    is False when the last word could end a sentence, so the message offers both fixes.
    """
    text = block.text
    start = _tail_start(text, 1)
    tail = text[_tail_start(text, _TAIL_WORDS) :]
    if carries_on:
        message = (
            f'the sentence ending "…{tail}" is broken by a paragraph break and goes on with '
            f'"{" ".join(carries_on.split()[:3])}": join the two paragraphs'
        )
    elif certain:
        message = f'the paragraph stops mid-sentence at "…{tail}": restore the missing words or finish the sentence'
    else:
        message = (
            f'the paragraph ends at "…{tail}" with no closing punctuation: '
            "restore the words that were cut, or end the sentence with a full stop"
        )
    return META.finding(block.source_span(start, len(text)), message)


def _ends_in_code(document: Document, block: Block) -> bool:
    """Whether the paragraph's last source line holds inline code (a command ends it)."""
    source = document.source[block.span.start : block.span.end].rstrip()
    return "`" in source[source.rfind("\n") + 1 :]


def _has_evidence(document: Document, index: int, text: str, min_words: int) -> bool:
    """Whether a paragraph ending on an ordinary word was cut.

    Evidence: whole sentences before the last one, or a last sentence too long, too
    clause-like (``Although prices rose, buyers``) or too verb-like (``The clinic is a
    family practice located``) to be a sentence-case subhead — verse lines among other
    short lines excepted.
    """
    sentences = document.sentences_of(index)
    if any(is_finished(s.text) for s in sentences[:-1]):
        return True
    words = text.split()
    if len(words) >= min_words or _CLAUSE_BREAK.search(text):
        return True
    has_verb = any(word in AUXILIARIES for word in words[:-1])
    return has_verb and _stands_alone(document, index)


def _splices(document: Document, block: Block) -> Iterator[Finding]:
    """A function word or possessive ending a source line, then a new sentence on the next one.

    The new sentence must open with a capitalised function word or pronoun followed by a
    lowercase word (``In just``, ``"At the``), so names after a preposition (``at The Drake
    Hotel``) do not count.
    """
    text = block.text
    for match in _SPLICE.finditer(text):
        word = match.group("cut")
        lower = word.lower()
        if lower in _CONTRACTIONS or not (lower in CLOSED_CLASS or POSSESSIVE.search(word)):
            continue
        if match.group("starter").lower() not in _STARTERS:
            continue
        gap = block.source_span(*match.span("gap"))
        if "\n" not in document.source[gap.start : gap.end]:
            continue
        tail = text[_tail_start(text[: match.end("cut")], _TAIL_WORDS) : match.end("cut")]
        yield META.finding(
            block.source_span(*match.span("cut")),
            f'the sentence stops at "…{tail}" and a new one starts on the next line: '
            "restore the missing words or end the sentence",
        )


def _tail_start(text: str, words: int) -> int:
    """Offset where the last ``words`` whitespace-separated words of ``text`` begin."""
    starts = [match.start() for match in _TOKEN.finditer(text)]
    return starts[-words] if len(starts) >= words else 0
