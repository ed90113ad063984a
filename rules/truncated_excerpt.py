"""Text cut short and marked with an ellipsis, as in a teaser of the full release.

## What it does
Flags a body paragraph that ends in an ellipsis (`…` or `...`) outside a quotation when the
text was evidently cut there: the ellipsis follows a word no sentence ends on (`specifically
chemotherapy and…`, `to benefit from the…`), or the next line is a `Read more` link.  It also
flags `[...]`, `[…]` and `(...)` outside quotations, where an editor marked removed text and
never put it back.

## Why is this bad?
A syndication feed or a content system that publishes only an excerpt leaves the release
ending mid-sentence; the reader never gets the news.  Inside a quotation an ellipsis marks a
deliberate omission, and that is left alone.

## Example
```txt
The trial tests whether the new compound makes standard chemotherapy work better in the…
                                                                                    ^^^^ truncated-excerpt

Read more
```

## Use instead
```txt
The trial tests whether the new compound makes standard chemotherapy work better.

"We will keep going … until every patient has an option," the lead investigator said.

The board said it "will review [...] all of the options" before June.
```

## Known limitations
A paragraph that trails off in an ellipsis after an ordinary word, with no `Read more` after
it, is left alone: writers use that for effect.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker import Block, Document, Finding, Role, RuleMeta, RuleOptions, Severity
from checker.quotes import is_quoted, quoted_ranges
from checker.words import ends_in_closed_class

META = RuleMeta(
    code="CD104",
    name="truncated-excerpt",
    summary="Text was cut and marked with an ellipsis: publish the missing text.",
    severity=Severity.WARNING,
)

_FINAL_ELLIPSIS = re.compile(r"(?:…|\.{3})\s*$")
_ELISION = re.compile(r"[\[(](?:…|\.{3})[\])]")
_READ_MORE = re.compile(r"^\W*(?:read|continue reading|learn|see) more\b", re.IGNORECASE)


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Yield a finding for every cut marked with an ellipsis in a body paragraph."""
    for index, block in document.body_blocks():
        quoted = quoted_ranges(block.text)
        for match in _ELISION.finditer(block.text):
            if not is_quoted(quoted, match.start()):
                yield META.finding(
                    block.source_span(*match.span()),
                    f'"{match.group()}" marks text that was removed here: put the text back or rewrite the sentence',
                )
        final = _FINAL_ELLIPSIS.search(block.text)
        if final and not is_quoted(quoted, final.start()) and _cut_before(document, index, block, final.start()):
            start = block.text.rfind(" ", 0, final.start()) + 1
            yield META.finding(
                block.source_span(start, final.end()),
                f'the paragraph is cut off at "{block.text[start : final.end()].strip()}": publish the full text',
            )


def _cut_before(document: Document, index: int, block: Block, offset: int) -> bool:
    """Whether the ellipsis at ``offset`` ends an excerpt: a teaser follows, or a function word precedes."""
    following = document.next_block(index)
    teaser = following is not None and following.role is not Role.META and bool(_READ_MORE.match(following.text))
    return teaser or ends_in_closed_class(block.text[:offset])
