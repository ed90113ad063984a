"""A headline or subhead that stops before its object: its end was cut off.

## What it does
Flags a headline or subheadline that ends on a word no title ends on — an article, `and`/`or`,
a possessive (`Acme's`, `Its`) — or on `to` plus a verb that needs an object (`Museum to
Host`, `City to Unveil`): in headline style `X to Host` means "X will host", so the headline
stops before saying what.

## Why is this bad?
The headline is the line every reader, editor and search engine sees first.  A cut headline
is the most visible truncation a release can have, and no sentence-level check reads it.

## Example
```md
# Martial Arts Museum to Host
                         ^^^^ truncated-headline

The museum will show three films on Saturday.
```

## Use instead
```md
# Martial Arts Museum to Host Film Night

## Community Sessions to Follow

The museum will show three films on Saturday.
```

## Known limitations
Only verbs that cannot stand without an object are listed (`host`, `unveil`, `launch`, ...);
`City to Grow` and `Sessions to Follow` are complete headlines.  A headline cut after a noun
(`Museum Opens New`) reads as complete and is not reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker import Document, Finding, Role, RuleMeta, RuleOptions, Severity
from checker.words import POSSESSIVE, last_words

META = RuleMeta(
    code="CD105",
    name="truncated-headline",
    summary="Headline stops before its object: restore the cut words.",
    severity=Severity.ERROR,
)

_HEADLINE_ROLES = frozenset({Role.HEADLINE, Role.SUBHEAD})
#: Verbs that need an object: a headline ending ``to <verb>`` stops before it.
_TRANSITIVE = frozenset(
    "host hold launch unveil offer present feature welcome introduce honor honour announce acquire "
    "sponsor showcase award name appoint release reveal premiere headline mark support fund sign".split()
)
#: Words no title ends on, whatever their case (``Series A`` keeps ``A`` off the list).
_NEVER_LAST = frozenset("the an and or its their our your my every".split())
_TO_VERB = re.compile(r"\bto\s+(?P<verb>[A-Za-z]+)$", re.IGNORECASE)
_LAST_WORD = re.compile(r"[\w'’-]+$")
_QUOTED = 6


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Yield a finding for every headline or subhead that stops before its object."""
    for block in document.blocks:
        if block.role not in _HEADLINE_ROLES:
            continue
        text = block.text.rstrip()
        last = _LAST_WORD.search(text)
        if last is None:
            continue
        to_verb = _TO_VERB.search(text)
        word = last.group()
        if to_verb and to_verb.group("verb").lower() in _TRANSITIVE:
            reason = f'"to {to_verb.group("verb")}" needs an object'
        elif word.lower() in _NEVER_LAST or POSSESSIVE.search(word):
            reason = f'a title cannot end on "{word}"'
        else:
            continue
        quoted = ("…" if len(text.split()) > _QUOTED else "") + last_words(text, _QUOTED)
        yield META.finding(
            block.source_span(*last.span()),
            f'the headline "{quoted}" stops short: {reason}; restore the words that were cut',
        )
