"""An exclamation mark ends a sentence of the body text.

## What it does
Reports a sentence of a body paragraph that ends with `!` (or `!!`), outside quotations.
Exclamation marks inside quotes, in Spanish `¡...!` pairs (`¡BRAVO!`) and in the names of the
`names` option (`Yahoo!`) are left alone.

## Why is this bad?
Wire editorial guides treat the exclamation mark as a hype flag: the news should carry the
excitement, not the punctuation. Editors change it to a full stop before the copy runs.

## Example
```txt
Harbour Bakery opened its second shop on Friday! The queue reached the harbour.
                                               ^ exclamation
```

## Use instead
```txt
Harbour Bakery opened its second shop on Friday. The queue reached the harbour.
"What a day!" said owner Ana Ruiz. Shoppers who use Yahoo! Maps found it easily.
```

## Options
- `names`: words spelled with an exclamation mark that are names, not exclamations (default
  `["Yahoo!", "Jeopardy!", "Wham!", "Oklahoma!"]`).

## Known limitations
Off by default: in the corpus, 4 of the 66 releases that the annotations mark clean end a
body sentence with `!` (5 sentences), which the annotators counted as house style. Turn it on with
`extend-select = ["CD704"]`. Headlines are left to the headline rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker import Document, Finding, FixAvailability, RuleMeta, RuleOptions, Severity
from checker.quotes import is_quoted, quoted_ranges

META = RuleMeta(
    code="CD704",
    name="exclamation",
    summary="End body sentences with a full stop, not an exclamation mark.",
    severity=Severity.INFO,
    fix=FixAvailability.ALWAYS,
    default_enabled=False,
    options={"names": ("Yahoo!", "Jeopardy!", "Wham!", "Oklahoma!")},
)

_FINAL_BANG = re.compile(r"!+(?=[\"'”’)\]]*$)")


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Report each body sentence that ends in exclamation marks outside a quotation."""
    for index, block in document.body_blocks():
        quoted = quoted_ranges(block.text)
        for sentence in document.sentences_of(index):
            match = _FINAL_BANG.search(sentence.text)
            if match is None or "¡" in sentence.text or _ends_in_name(sentence.text, options):
                continue
            start = sentence.start + match.start()
            if is_quoted(quoted, start):
                continue
            yield META.finding(
                block.source_span(start, sentence.start + match.end()),
                f"sentence ends with '{match.group(0)}' ('…{_tail(sentence.text, match.end())}'): "
                "use a full stop and let the news carry the weight",
                suggestion=".",
            )


def _ends_in_name(sentence: str, options: RuleOptions) -> bool:
    """Whether the sentence's last word is a name spelled with an exclamation mark (``Yahoo!``)."""
    names = options["names"]
    last = sentence.rstrip("\"'”’)] ").rsplit(None, 1)[-1]
    return isinstance(names, tuple) and last in names


def _tail(text: str, end: int) -> str:
    """The last 30 characters of ``text[:end]``, to quote in a message."""
    return text[max(0, end - 30) : end]
