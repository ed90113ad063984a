"""Characters a reader cannot see, or sees as a broken box, left in the text.

## What it does
Flags zero-width spaces and joiners between Latin letters, soft hyphens, word joiners, byte
order marks after the start of the file, bidirectional-text controls, stray control
characters, the replacement character `\ufffd` (U+FFFD, where a decoder gave up), and runs of
no-break spaces used to indent a line.

## Why is this bad?
Invisible characters break search, copy and paste and word counts (`Acme` with a zero-width
space inside is not found by a search for `Acme`), survive into every syndicated copy, and
some render as boxes or question marks on other systems.  A `\ufffd` means text was lost in
conversion: the character it replaced is gone.  No-break spaces used as indentation shift
the line in some renderers and not in others.

## Example
```txt
She joined in 2019.\u200b She is a graduate of the
                   ^ invisible-characters
University of Oregon, where she studied en\u00adgineering.
                                          ^ invisible-characters
The caf\ufffd opens at noon.
       ^ invisible-characters
```

```txt
\u00a0 \u00a0Caption: The new plant at night.
^^^ invisible-characters
```

## Use instead
```txt
She joined in 2019. She is a graduate of the University of Oregon, where she studied
engineering. The café opens at noon; the 10 km race starts at 9 a.m.
```

## Known limitations
Zero-width joiners and non-joiners are left alone next to non-Latin letters and emoji, where
they shape the text; left-to-right and right-to-left marks are left alone in releases that
contain right-to-left script.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from checker import Document, Finding, FixAvailability, RuleMeta, RuleOptions, Severity, Span

META = RuleMeta(
    code="CD902",
    name="invisible-characters",
    summary="Invisible or control character in the text: delete it.",
    severity=Severity.WARNING,
    fix=FixAvailability.SOMETIMES,
)

#: Characters that are never wanted in a release, with the name the message uses.
_ALWAYS = {
    "\u200b": "zero-width space",
    "\u2060": "word joiner",
    "\u00ad": "soft hyphen",
    "\ufeff": "byte order mark",
    "\u2028": "line separator",
    "\u2029": "paragraph separator",
    "\ufffd": "replacement character (text was lost in a conversion)",
}
#: Characters that shape some scripts and emoji, and are stray only between Latin letters.
_BETWEEN_LATIN = {"\u200c": "zero-width non-joiner", "\u200d": "zero-width joiner"}
#: Direction marks, stray only in a release with no right-to-left script.
_DIRECTION = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CANDIDATES = re.compile(r"[\u200b\u2060\u00ad\ufeff\u2028\u2029\ufffd\u200c\u200d]")
_NBSP_INDENT = re.compile(r"^[ \t\u00a0\u2007\u202f]*\u00a0[ \t\u00a0\u2007\u202f]*(?=\S)", re.MULTILINE)


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Yield a finding for every stray invisible character and no-break-space indentation."""
    source = document.source
    for match in _CANDIDATES.finditer(source):
        char, start = match.group(), match.start()
        if char == "\ufeff" and start == 0:
            continue
        if char in _BETWEEN_LATIN and not _between_latin(source, start):
            continue
        yield _finding(source, start, _ALWAYS.get(char) or _BETWEEN_LATIN[char])
    if not _RTL.search(source):
        for match in _DIRECTION.finditer(source):
            yield _finding(source, match.start(), "bidirectional-text control")
    for match in _CONTROL.finditer(source):
        yield _finding(source, match.start(), "control character")
    for match in _NBSP_INDENT.finditer(source):
        if len(match.group()) >= 2:
            yield META.finding(
                Span(match.start(), match.end()),
                "line indented with no-break spaces: remove the indentation (use layout, not spaces)",
                "",
            )


def _finding(source: str, start: int, name: str) -> Finding:
    """A finding for one invisible character, naming it and the text it sits before."""
    code = f"U+{ord(source[start]):04X}"
    context = source[start + 1 : start + 16].split("\n", 1)[0].strip() or source[max(0, start - 15) : start].strip()
    if source[start] == "\ufffd":
        return META.finding(Span(start, start + 1), f"{name} {code} near '{context}': restore the original character")
    return META.finding(Span(start, start + 1), f"invisible {name} ({code}) near '{context}': delete it", "")


def _between_latin(source: str, index: int) -> bool:
    """Whether the characters on both sides of ``index`` are Latin letters or digits."""
    neighbours = source[index - 1 : index] + source[index + 1 : index + 2]
    return len(neighbours) == 2 and all(_is_latin(c) for c in neighbours)


def _is_latin(char: str) -> bool:
    return (char.isascii() and char.isalnum()) or unicodedata.name(char, "").startswith("LATIN")
