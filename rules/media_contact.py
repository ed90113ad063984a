"""The media contact is missing or gives no way to reach anyone.

## What it does
Reports a contact label (`Media Contact:`, `Press inquiries`) with no e-mail address or phone
number under it. Under the `wire` profile, also reports a release that gives no e-mail address
or phone number anywhere.

## Why is this bad?
A reporter with a question needs a person to call or write to before deadline. A contact
heading with nothing under it usually means the details were lost when the release was
pasted into the wire's form.

## Example
```md
Harbour Bakery opened its second shop on Friday.

Media Contact:
^^^^^^^^^^^^^^ media-contact

## About Harbour Bakery

Harbour Bakery has baked bread in Portland since 1998.
```

## Use instead
```md
Harbour Bakery opened its second shop on Friday.

Media Contact:
Ana Ruiz, ana@harbour.example, +1 207 555 0142
```

## Options
- `profile` (shared through `[style]`): `web` (default) checks contact blocks only when there
  are some; `wire` also requires an e-mail address or a phone number somewhere in the release.

## Known limitations
The contact's name is not checked, only that an e-mail address or phone number follows the
label within a few lines. A web form or social-media handle does not count as a contact.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from checker import Block, Document, Finding, Role, RuleMeta, RuleOptions, Severity
from checker.structure import PROFILES, WIRE, closing_span, profile, reachable, text_blocks

META = RuleMeta(
    code="CD404",
    name="media-contact",
    summary="Give a media contact with a name and an e-mail address or phone number.",
    severity=Severity.WARNING,
    options={"profile": "web"},
    choices={"profile": PROFILES},
)

_LABEL = re.compile(
    r"^(?:Media|Press|Investor|News)?\s*(?:Contacts?|Inquiries|Enquiries|Relations)(?: Information| Details)?\s*:?$",
    re.IGNORECASE,
)
#: How many blocks after a label may hold its details (name, company, e-mail, phone).
_DETAIL_BLOCKS = 4
_SECTION_ENDS = frozenset({Role.BOILERPLATE_HEADING, Role.HEADLINE, Role.END_MARK})


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Report contact labels with no details, and under ``wire`` a release nobody can be reached at."""
    style = profile(options)
    blocks = [block for _, block in text_blocks(document)]
    for n, block in enumerate(blocks):
        if _LABEL.match(block.text.strip()) and not _details_follow(blocks, n):
            yield META.finding(
                block.source_span(0, len(block.text)),
                f"'{block.text.strip()}' gives no e-mail address or phone number: add how to reach the contact",
            )
    if style == WIRE and not any(reachable(block.text) for block in blocks):
        yield META.finding(
            closing_span(document),
            "the release has no media contact: add a name with an e-mail address or phone number",
        )


def _details_follow(blocks: Sequence[Block], label_at: int) -> bool:
    """Whether an e-mail or phone number follows the label before the next section starts."""
    for block in blocks[label_at + 1 : label_at + 1 + _DETAIL_BLOCKS]:
        if block.role in _SECTION_ENDS or _LABEL.match(block.text.strip()):
            return False
        if reachable(block.text):
            return True
    return False
