"""Two spaces where one belongs, or a space before punctuation.

## What it does
Flags two or three spaces in the middle of a sentence (before a lowercase word or a figure), a
no-break space next to an ordinary space, a space before a comma, full stop, semicolon,
colon, question mark or exclamation mark, and a bracket glued to the word outside it
(`2025($171.10)`, `(site.example)is`).  Only the spaces inside one source line count: the
line breaks of hard-wrapped text, indentation, code blocks and tables are never flagged.

## Why is this bad?
Doubled spaces show in every web copy of a release as ragged gaps (or collapse unpredictably),
and a space before punctuation lets the mark wrap onto the next line alone.  Both are signs of
text pasted together in a hurry.

## Example
```txt
The foundation named its  winners , and the awards were presented on Friday .
                        ^^ spacing
                                 ^ spacing
                                                                           ^ spacing
```

## Use instead
```txt
The Foundation named its winners, and the awards were presented on Friday. Tickets: $10.
Visit the .NET page or read "...and then" in the appendix.  Two spaces may end a sentence.
```

## Options
`sentence-spacing` is `"any"` (default) or `"one"`.  Two spaces before a capital or a quote
mark are the old typewriter habit of two spaces between sentences, or a line break lost when
the copy was pasted (a structural problem, not a spacing one); they are left alone unless
`sentence-spacing = "one"`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker import Document, Finding, FixAvailability, RuleMeta, RuleOptions, Severity
from checker.document import Block
from checker.textscan import masked_text, prose_blocks

META = RuleMeta(
    code="CD507",
    name="spacing",
    summary="Extra or missing space around words and punctuation: fix the spacing.",
    severity=Severity.INFO,
    fix=FixAvailability.ALWAYS,
    options={"sentence-spacing": "any"},
    choices={"sentence-spacing": ("any", "one")},
)

_RUN = re.compile(r"(?<=\S)[ \u00a0]{2,}(?=\S)")
_BEFORE_MARK = re.compile(r"(?<=[^\W_])[ \u00a0]+(?=[,.;:!?](?:\s|$|[\"”’]))")
#: ``word(`` unless a short suffix follows (``partner(s)``, ``Acme(R)``); ``)word`` unless it
#: closes such a suffix or a prefix (``(counter-)arguments``).
_GLUED_BRACKET = re.compile(r"(?<=[^\W_])\((?![^)]{0,2}\))|(?<![(\s]\w)(?<=[^\s(-])\)(?=[^\W\d_])")
_CODE_NAME = re.compile(r"[a-z_][a-z0-9_.]*$")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*$")
#: Wider runs line up columns of a plain-text table or a signature block; they are layout.
_MAX_RUN = 3


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Yield a finding for every extra or missing space inside a source line of prose."""
    one_space_only = options["sentence-spacing"] == "one"
    for _, block in prose_blocks(document):
        text = masked_text(block.text)
        yield from _extra_spaces(document, block, text, one_space_only=one_space_only)
        yield from _spaces_before_marks(document, block, text)
        yield from _brackets_without_space(block, text)


def _extra_spaces(document: Document, block: Block, text: str, *, one_space_only: bool) -> Iterator[Finding]:
    for match in _RUN.finditer(text):
        run = match.group()
        if len(run) > _MAX_RUN or not _on_one_line(document, block, match):
            continue
        if not one_space_only and not _mid_sentence(text, match):
            continue
        yield META.finding(
            block.source_span(match.start(), match.end()),
            f"{_describe(run)} between '{_word_before(text, match.start())}' and "
            f"'{_word_after(text, match.end())}': use one space",
            " ",
        )


def _spaces_before_marks(document: Document, block: Block, text: str) -> Iterator[Finding]:
    for match in _BEFORE_MARK.finditer(text):
        if not _on_one_line(document, block, match):
            continue
        mark = text[match.end()]
        yield META.finding(
            block.source_span(match.start(), match.end()),
            f"space before '{mark}' after '{_word_before(text, match.start())}': remove it",
            "",
        )


def _brackets_without_space(block: Block, text: str) -> Iterator[Finding]:
    """``2025($171.10)`` and ``(site.com)is``: a bracket glued to the word outside it."""
    for match in _GLUED_BRACKET.finditer(block.text):
        bracket = match.group()
        if text[match.start()] != bracket or (bracket == "(" and _call_like(block.text, match.start())):
            continue
        where = (
            f"before '(' after '{_word_before(text, match.start())}'"
            if bracket == "("
            else (f"after ')' before '{_word_after(text, match.end())}'")
        )
        yield META.finding(
            block.source_span(match.start(), match.end()),
            f"no space {where}: add one",
            " (" if bracket == "(" else ") ",
        )


def _call_like(text: str, index: int) -> bool:
    """``alert("headline")``, ``print(x)``: a lowercase name glued to arguments without spaces is code."""
    name = _word_before(text, index + 1)[:-1]
    closing = text.find(")", index)
    arguments = text[index + 1 : closing] if closing > 0 else " "
    return bool(_CODE_NAME.match(name)) and not any(c.isspace() for c in arguments)


def _mid_sentence(text: str, match: re.Match[str]) -> bool:
    """Whether a run of spaces sits inside a sentence: before a lowercase word or a figure, or a
    no-break space anywhere but after a full stop."""
    if "\u00a0" in match.group():
        return not _SENTENCE_END.search(text, 0, match.start())
    following = text[match.end()]
    return following.islower() or following.isdigit()


def _on_one_line(document: Document, block: Block, match: re.Match[str]) -> bool:
    """Whether the matched spaces are the same spaces in one source line (not a joined wrap)."""
    span = block.source_span(match.start(), match.end())
    return document.source[span.start : span.end] == match.group()


def _describe(run: str) -> str:
    if "\u00a0" in run:
        return "a no-break space next to another space"
    return f"{len(run)} spaces"


def _word_before(text: str, index: int) -> str:
    words = text[:index].split()
    return words[-1] if words else ""


def _word_after(text: str, index: int) -> str:
    words = text[index:].split()
    return words[0] if words else ""
