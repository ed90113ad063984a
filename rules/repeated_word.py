"""The same word twice in a row: `the the`.

## What it does
Flags a word immediately repeated (`at at`, `the the`, `sharing.sharing.`), ignoring case, in
the rebuilt text of each block, so a repeat split across a hard-wrapped line break is found
too.  The suggestion keeps one copy.

## Why is this bad?
A doubled word is the classic slip of an edit that was never proofread; readers notice it at
once, and search engines and syndication sites copy it everywhere.

## Example
```txt
The gala takes place at at the Boca Raton Resort, and
                     ^^^^^ repeated-word
the the proceeds benefit local schools.
^^^^^^^ repeated-word
```

## Use instead
```txt
The gala takes place at the Boca Raton Resort. What we had had no equal, and
the venue, Walla Walla's oldest, said that that was fine.
```

## Options
`allowed` lists repeats that are grammatical or idiomatic (default: `had had`, `that that`,
`bye bye`, `so so`, `very very`, `no no`, `yes yes`).  Repeats of two capitalised words
(`Walla Walla`, `Duran Duran`) are read as names and never flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker import Document, Finding, FixAvailability, RuleMeta, RuleOptions, Severity
from checker.textscan import masked_text, prose_blocks

META = RuleMeta(
    code="CD506",
    name="repeated-word",
    summary="A word is repeated: delete the second copy.",
    severity=Severity.WARNING,
    fix=FixAvailability.ALWAYS,
    options={"allowed": ["had had", "that that", "bye bye", "so so", "very very", "no no", "yes yes"]},
)

#: A word, blanks (or a full stop or comma with no space, as in ``sharing.sharing.``), the word again.
_REPEAT = re.compile(r"\b(?P<word>[^\W\d_][\w'’]*)(?P<gap>\s+|[.,](?=\w{3}))(?P=word)(?![-'’]?\w)", re.IGNORECASE)


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Yield a finding for every immediately repeated word."""
    allowed = {phrase.lower() for phrase in options.strings("allowed")}
    for _, block in prose_blocks(document):
        text = masked_text(block.text)
        for match in _REPEAT.finditer(text):
            first, second = match.group("word"), text[match.end("gap") : match.end()]
            if _is_name(first, second) or f"{first} {second}".lower() in allowed:
                continue
            if match.group("gap")[0] in ".," and len(first) < 4:
                continue
            yield META.finding(
                block.source_span(match.start(), match.end()),
                f"'{match.group()}' repeats a word: keep one '{first}'",
                first,
            )


def _is_name(first: str, second: str) -> bool:
    """Two capitalised copies (``Walla Walla``) name a place or a band, not a slip; nor does a
    word before its acronym (``the THE Asia Summit``, THE being Times Higher Education)."""
    return (first[0].isupper() and second[0].isupper()) or (second.isupper() and not first.isupper())
