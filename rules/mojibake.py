"""Text garbled by a wrong character decoding (mojibake), or full-width punctuation in English.

## What it does
Flags words garbled by decoding UTF-8 as Windows-1252 or Latin-1 somewhere between the author
and the wire: `â€™` for `’`, `â€”` for `—`, `Ã©` for `é`.  Detection is ftfy's
(`ftfy.badness.is_bad`); the suggestion is ftfy's repair of the garbled word, with its quote
straightening turned off so a curly apostrophe stays curly.  Also flags full-width ASCII
punctuation (`，`, `：`, `（`) inside English text, a leftover of typing on a CJK keyboard.

## Why is this bad?
Mojibake tells every reader that the release went through a broken pipeline, and it garbles
names (`HÃ©ctor`), which no reader can repair in their head.

## Example
```txt
The familyâ€™s new café opened with HÃ©ctor Ruiz at the door.
    ^^^^^^^^^^ mojibake
                                    ^^^^^^^ mojibake
Sales grew in Asia，Europe and Africa.
                  ^ mojibake
```

## Use instead
```txt
The family’s new café opened with Héctor Ruiz at the door, “naïve” as it sounds.
Sales grew in Asia, Europe and Africa; 台北，高雄 kept their own punctuation.
```

## Known limitations
A word garbled twice, or garbled and then hand-edited, may be detected without a suggestion.
Full-width punctuation is left alone next to CJK text, where it belongs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from checker import Document, Finding, FixAvailability, RuleMeta, RuleOptions, Severity
from checker.document import Block
from checker.textscan import prose_blocks

META = RuleMeta(
    code="CD901",
    name="mojibake",
    summary="Garbled characters from a wrong decoding: replace them with the intended text.",
    severity=Severity.ERROR,
    fix=FixAvailability.SOMETIMES,
)

#: A run of characters between ASCII blanks (no-break spaces can be part of mojibake: ``Ã\\xa0``).
_TOKEN = re.compile(r"[^ \t\r\n]+")
_EDGE_PUNCTUATION = frozenset("\"'()[]{}<>.,;:!?*_")
_FULL_WIDTH = re.compile(r"[\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF5E]")
_SPACED_AFTER = frozenset(",.;:!?)")
_CJK = re.compile(r"[\u3000-\u30FF\u3400-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]")


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Yield a finding for every garbled word and every stray full-width punctuation mark."""
    from ftfy.badness import is_bad

    for _, block in prose_blocks(document):
        if not is_bad(block.text):
            yield from _full_width(block)
            continue
        for match in _TOKEN.finditer(block.text):
            start, end = _trimmed(block.text, match.start(), match.end())
            if is_bad(block.text[start:end]):
                yield _garbled(block, start, end)
        yield from _full_width(block)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A token's bounds without the ASCII punctuation around it (``(CafÃ©).`` → ``CafÃ©``)."""
    while start < end and text[start] in _EDGE_PUNCTUATION:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCTUATION:
        end -= 1
    return start, end


def _garbled(block: Block, start: int, end: int) -> Finding:
    """A finding for one garbled token, with ftfy's repair when it finds one."""
    from ftfy import fix_text

    token = block.text[start:end]
    repaired = fix_text(token, uncurl_quotes=False, fix_character_width=False, normalization=None)
    span = block.source_span(start, end)
    if repaired == token:
        return META.finding(span, f"'{token}' looks garbled by a wrong character decoding: retype it")
    return META.finding(
        span, f"'{token}' is garbled by a wrong character decoding: it should read '{repaired}'", repaired
    )


def _full_width(block: Block) -> Iterator[Finding]:
    """Full-width punctuation in a block with no CJK text."""
    if _CJK.search(block.text):
        return
    for match in _FULL_WIDTH.finditer(block.text):
        mark = match.group()
        plain = unicodedata.normalize("NFKC", mark)
        if plain in _SPACED_AFTER and block.text[match.end() : match.end() + 1].isalnum():
            plain += " "
        yield META.finding(
            block.source_span(match.start(), match.end()),
            f"full-width '{mark}' (U+{ord(mark):04X}) in English text: use '{plain.strip()}'",
            plain,
        )
