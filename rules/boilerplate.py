"""The `About <Organisation>` boilerplate is missing or empty.

## What it does
Reports an `About <Organisation>` heading with no paragraph under it. Under the `wire` profile,
also reports a release that has no `About` section at all.

## Why is this bad?
Editors and reporters take the organisation's description from the boilerplate instead of
guessing it; wires expect one in every release. An `About` heading with nothing under it shows
that the text was lost on the way to the wire.

## Example
```md
# Harbour Bakery Opens Second Shop

Harbour Bakery opened its second shop on Friday.

## About Harbour Bakery
   ^^^^^^^^^^^^^^^^^^^^ boilerplate

Media contact: Ana Ruiz, ana@harbour.example
```

## Use instead
```md
# Harbour Bakery Opens Second Shop

Harbour Bakery opened its second shop on Friday.

## About Harbour Bakery

Harbour Bakery has baked bread in Portland since 1998.
```

## Options
- `profile` (shared through `[style]`): `web` (default) checks an `About` section only when
  there is one; `wire` also requires one.

## Known limitations
A boilerplate paragraph without an `About` heading (`Example Corp. is a ...` at the end) is not
recognised, so under `wire` such a release is reported as missing its boilerplate.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker import Document, Finding, Role, RuleMeta, RuleOptions, Severity
from checker.structure import PROFILES, WIRE, closing_span, profile, text_blocks

META = RuleMeta(
    code="CD403",
    name="boilerplate",
    summary="End the release with an 'About <Organisation>' paragraph.",
    severity=Severity.WARNING,
    options={"profile": "web"},
    choices={"profile": PROFILES},
)

#: ``About Example Corp`` opening a paragraph, or ``About the Example Museum:`` run into one.
_ABOUT_PARAGRAPH = re.compile(r"^About (?:the |us\b)?\S|\bAbout (?:the )?[A-Z][\w.&'’ -]{1,60}:")
#: Roles that can stand between an ``About`` heading and its text without being its text.
_NOT_BOILERPLATE_TEXT = frozenset(
    {Role.CONTACT, Role.END_MARK, Role.SOURCE, Role.BOILERPLATE_HEADING, Role.HEADLINE, Role.SUBHEAD, Role.LABEL}
)


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Report empty ``About`` sections, and under ``wire`` a release without one."""
    style = profile(options)
    blocks = text_blocks(document)
    headings = [(n, block) for n, (_, block) in enumerate(blocks) if block.role is Role.BOILERPLATE_HEADING]
    for n, heading in headings:
        following = blocks[n + 1][1] if n + 1 < len(blocks) else None
        if following is None or following.role in _NOT_BOILERPLATE_TEXT:
            yield META.finding(
                heading.source_span(0, len(heading.text)),
                f"'{heading.text}' has no paragraph under it: add the organisation's description",
            )
    has_about = headings or any(_ABOUT_PARAGRAPH.search(block.text) for _, block in blocks)
    if not has_about and style == WIRE:
        yield META.finding(
            closing_span(document),
            "the release has no 'About <Organisation>' boilerplate: add one after the story",
        )
