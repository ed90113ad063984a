"""The end mark (`###`, `-30-`) is missing where the profile wants one, or story text follows it.

## What it does
Reports body text after an end mark (`###`, `-30-`, `END`): the story goes on after the line
that tells editors it is over. Contacts, `Source:` lines and links may follow the mark. Under the
`wire` profile a release with no end mark is reported too.

## Why is this bad?
Editors stop reading at the end mark, and wire systems cut there. Text after it is text nobody
publishes; under a wire house style, a release without an end mark leaves editors unsure
whether the copy arrived whole.

## Example
```txt
Harbour Bakery opened its second shop on Friday.

###

The shop also sells coffee from a local roaster.
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ end-mark
```

## Use instead
```txt
Harbour Bakery opened its second shop on Friday. The shop also sells coffee from a local roaster.

###

Media contact: Ana Ruiz, ana@harbour.example
```

## Options
- `profile` (shared through `[style]`): `web` (default) checks what follows an end mark only
  when there is one; `wire` also requires one.

## Known limitations
Text after an end mark is looked for only after a mark on a line of its own; a mark run onto the
end of the last paragraph (`... for details. ###`) counts as present under `wire`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker import Document, Finding, Role, RuleMeta, RuleOptions, Severity
from checker.structure import PROFILES, WIRE, closing_span, profile, text_blocks

META = RuleMeta(
    code="CD405",
    name="end-mark",
    summary="End the story with '###' or '-30-' and put no story text after it.",
    severity=Severity.WARNING,
    options={"profile": "web"},
    choices={"profile": PROFILES},
)

#: What may follow an end mark: ways to reach the issuer, not more story.
_AFTER_END_MARK = frozenset(
    {Role.CONTACT, Role.SOURCE, Role.URL, Role.LABEL, Role.META, Role.FRAGMENT, Role.END_MARK, Role.CAPTION}
)


#: An end mark run onto the end of the last paragraph (``... for details. ###``).
_MARK_AT_END = re.compile(r"(?:^|\s)(?:#\s?#\s?#|-\s?30\s?-)$")


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Report story text after the end mark, and under ``wire`` a missing end mark."""
    style = profile(options)
    blocks = [block for _, block in text_blocks(document)]
    marks = [n for n, block in enumerate(blocks) if block.role is Role.END_MARK]
    if not marks:
        if style == WIRE and not any(_MARK_AT_END.search(block.text) for block in blocks):
            yield META.finding(
                closing_span(document), "the release has no end mark: add '###' on a line after the story"
            )
        return
    mark = blocks[marks[0]]
    for block in blocks[marks[0] + 1 :]:
        if block.role not in _AFTER_END_MARK:
            yield META.finding(
                block.source_span(0, len(block.text)),
                f"text after the end mark '{mark.text.strip()}': move it above the mark or delete it",
            )
            return
