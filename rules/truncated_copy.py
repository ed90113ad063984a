"""A line that stops where a longer name, used elsewhere in the same release, goes on.

## What it does
Flags a line — a `Source:` credit, a contact or caption line, the last sentence of a
paragraph — that ends without punctuation on a capitalised word, when the same words appear
elsewhere in the release followed by more of the name (`... Hangzhou Binjiang` at the end of
the release, `... Hangzhou Binjiang District` at the top).  The line is then a strict prefix of
a longer phrase: its end was cut off.

## Why is this bad?
A credit line or a name that lost its last word names a different, or no, organisation.
The defect is invisible to a spelling or grammar checker because every word is correct.

## Example
```txt
The Press Office of the Northfield Harbour Authority

NORTHFIELD, Jan. 5, 2026 -- The harbour reopened to ferries on Monday.

Source: The Press Office of the Northfield Harbour
                                           ^^^^^^^ truncated-copy
```

## Use instead
```txt
The Press Office of the Northfield Harbour Authority

NORTHFIELD, Jan. 5, 2026 -- The harbour reopened to ferries on Monday.

Source: The Press Office of the Northfield Harbour Authority
```

## Known limitations
Only cuts that end on a capitalised word are reported (names cut short); a phrase must be at
least three words long, and it is not reported when the short form also stands on its own
elsewhere in the release.  Headlines are not checked: a headline is often a shortened form of
the lead sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker import Block, Document, Finding, FixAvailability, Role, RuleMeta, RuleOptions, Severity
from checker.words import TokenKind, is_finished, last_token_kind, last_words

META = RuleMeta(
    code="CD103",
    name="truncated-copy",
    summary="Line is a cut-short copy of a longer name in the same release: restore its end.",
    severity=Severity.ERROR,
    fix=FixAvailability.SOMETIMES,
)

_CHECKED_ROLES = frozenset({Role.SOURCE, Role.CONTACT, Role.CAPTION, Role.FRAGMENT, Role.LABEL, Role.BODY})
_HEADINGS = frozenset({Role.HEADLINE, Role.SUBHEAD, Role.BOILERPLATE_HEADING})
_LABEL = re.compile(r"^[A-Z][\w-]*(?:\s[A-Za-z][\w-]*){0,2}:\s*")
_MIN_WORDS = 3


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Yield a finding for every line that is a cut-short copy of a longer phrase."""
    for index, block in enumerate(document.blocks):
        if block.role not in _CHECKED_ROLES:
            continue
        start = _phrase_start(document, index, block)
        if start is None:
            continue
        phrase = block.text[start:]
        others = [b for i, b in enumerate(document.blocks) if i != index and b.role is not Role.META]
        continuation = _continuation(phrase, others)
        if continuation is None:
            continue
        last = block.text.rfind(" ") + 1
        word = block.text[last:]
        yield META.finding(
            block.source_span(last, len(block.text)),
            f'"…{last_words(phrase, 4)}" is cut short: elsewhere this release says '
            f'"…{last_words(phrase, 4)} {continuation}"; '
            "restore the missing words",
            suggestion=f"{word} {continuation}",
        )


def _phrase_start(document: Document, index: int, block: Block) -> int | None:
    """Where the checked phrase of ``block`` starts: after a label, or its last sentence."""
    text = block.text
    if not text or is_finished(text) or last_token_kind(text) is not TokenKind.NAME:
        return None
    if block.role is Role.BODY:
        sentences = document.sentences_of(index)
        start = sentences[-1].start if sentences else 0
    else:
        label = _LABEL.match(text)
        start = label.end() if label else 0
    return start if len(text[start:].split()) >= _MIN_WORDS else None


def _continuation(phrase: str, others: list[Block]) -> str | None:
    """The capitalised words that follow ``phrase`` elsewhere, unless it also stands alone.

    In a title-case heading every word is capitalised, so there only words that reach the end
    of the heading count: one word in a headline (whose capitalised verbs are not part of the
    name), the whole run in another heading such as an issuer line (``… Waterfront Development
    Authority``).  Elsewhere it is the one capitalised word that follows.
    """
    pattern = re.compile(
        rf"(?<!\w){re.escape(phrase)}(?:\s+(?P<word>[A-Z][\w'’-]*)(?P<rest>(?:\s+[A-Z][\w'’-]*)*)"
        rf"(?P<after>\s*\S?)|(?!\s*\w))",
        re.IGNORECASE,
    )
    found = None
    for block in others:
        titled = block.role in _HEADINGS
        for match in pattern.finditer(block.text):
            word = match.group("word")
            if word is None or not word[0].isupper():
                return None
            if not titled:
                found = found or word
            elif not match.group("after") and not (block.role is Role.HEADLINE and match.group("rest")):
                found = found or f"{word}{match.group('rest')}"
    return found
