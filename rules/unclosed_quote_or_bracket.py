"""A quotation mark or bracket opened in a paragraph and never closed.

## What it does
Flags an opening quotation mark (`“` or `"`), parenthesis or square bracket in a body
paragraph, a list item or a short line of text that has no matching closing mark before the
paragraph ends.  A quote
that runs over several paragraphs is fine when the next paragraph reopens it, as the
convention is; a straight quote after a digit (`a 6" pipe`) is a measurement, not a quote.

## Why is this bad?
Releases quote people.  A quotation cut off before its closing mark loses its end — often
the point the speaker was making — and leaves the reader unsure where the quoted words stop.
An unclosed parenthesis is a common trace of an editing note or an aside that was cut.

## Example
```txt
"Our new plant doubles our capacity and creates 200 local jobs, said Dana Lee.
^ unclosed-quote-or-bracket

Support is free for a year (renewals cost $40 per seat.
                           ^ unclosed-quote-or-bracket
```

## Use instead
```txt
"Our new plant doubles our capacity," said Dana Lee. "It also creates 200 local jobs.

"We hired half of them from the town's training program," she added.

Support is free for a year (renewals cost $40 per seat). Each unit has a 6" display.
```

## Known limitations
Single quotes are not checked: `‘` and `'` double as apostrophes.  Straight double quotes
are paired by position (an opening mark follows a space or starts the text), so a paragraph
with a stray straight quote in an odd place may be misread.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker import Block, Document, Finding, Role, RuleMeta, RuleOptions, Severity

META = RuleMeta(
    code="CD102",
    name="unclosed-quote-or-bracket",
    summary="Quotation mark or bracket is never closed: close it or restore the cut text.",
    severity=Severity.WARNING,
)

_CHECKED_ROLES = frozenset({Role.BODY, Role.LIST, Role.FRAGMENT})
_CLOSERS = {")": "(", "]": "[", "”": "“"}
_QUOTES = frozenset('"“')
_OPENS_QUOTE = re.compile(r"""^\W{0,3}["“]""")
_BEFORE_OPENING = frozenset(" \t\n([{—–-/")
_NAMES = {"(": "parenthesis", "[": "square bracket", "“": "quotation", '"': "quotation"}
_SENTENCE_END = re.compile(r"[.!?…]\s+$")
_QUOTED_WORDS = 6


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Yield a finding at the first unclosed opening mark of each checked block."""
    for index, block in enumerate(document.blocks):
        if block.role not in _CHECKED_ROLES:
            continue
        unclosed = _unclosed(block.text)
        if unclosed and unclosed[0][0] in _QUOTES and _next_reopens(document, index):
            unclosed = [mark for mark in unclosed if mark[0] not in _QUOTES]
        if unclosed:
            yield _finding(block, *unclosed[0])


def _unclosed(text: str) -> list[tuple[str, int]]:
    """Opening marks of ``text`` left unclosed at its end, outermost first, with offsets."""
    stack: list[tuple[str, int]] = []
    for offset, char in enumerate(text):
        if char in "([":
            stack.append((char, offset))
        elif char == "“":
            _open_quote(stack, text, offset)
        elif char in _CLOSERS:
            _close(stack, _CLOSERS[char], also='"' if char == "”" else None)
        elif char == '"':
            _straight_quote(stack, text, offset)
    return stack


def _straight_quote(stack: list[tuple[str, int]], text: str, offset: int) -> None:
    """Open or close a quotation at a straight ``"``, judged by the characters around it."""
    before = text[offset - 1] if offset else " "
    after = text[offset + 1] if offset + 1 < len(text) else " "
    if before in _BEFORE_OPENING and not after.isspace():
        _open_quote(stack, text, offset)
    else:
        _close(stack, '"', also="“")


def _open_quote(stack: list[tuple[str, int]], text: str, offset: int) -> None:
    """Open a quotation, unless it reopens one still open after a sentence end.

    A quotation that runs over several paragraphs reopens each one without closing the one
    before; scraped text often keeps those paragraphs in one block.
    """
    reopens = stack and stack[-1][0] in _QUOTES and _SENTENCE_END.search(text[max(0, offset - 8) : offset])
    if not reopens:
        stack.append((text[offset], offset))


def _close(stack: list[tuple[str, int]], opener: str, *, also: str | None) -> bool:
    """Pop ``stack`` down to the innermost ``opener`` (or ``also``); False when there is none."""
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth][0] in (opener, also):
            del stack[depth:]
            return True
    return False


def _next_reopens(document: Document, index: int) -> bool:
    """Whether the next block opens a quotation (a quote carried over several paragraphs)."""
    following = document.next_block(index)
    return following is not None and bool(_OPENS_QUOTE.match(following.text))


def _finding(block: Block, mark: str, offset: int) -> Finding:
    """A finding at the unclosed mark, quoting the words it opens."""
    words = block.text[offset:].split()[:_QUOTED_WORDS]
    return META.finding(
        block.source_span(offset, offset + 1),
        f'the {_NAMES[mark]} opened at "{" ".join(words)}…" is never closed: '
        "close it where the quoted or bracketed text ends, or restore the words that were cut",
    )
