"""A paragraph or list item that begins mid-sentence: its first words were cut off.

## What it does
Flags a body paragraph that starts with a lowercase function word (`on`, `in`, `and`,
`the`, ...) right after a finished paragraph, and a list item that starts with a lowercase
preposition or conjunction after a finished item, among items that start with a capital: the
words before it were lost (`For more details` gone from `on
meetings, see: ...`; `Invest` gone from `in revenue-generating areas`).

## Why is this bad?
A sentence without its beginning cannot be read, and usually the missing words carried the
verb or the subject.  A paragraph that goes on from an unfinished one is a different defect
(a split sentence, reported by `truncated-sentence`) and is left alone here.

## Example
```md
The club meets every Tuesday. The agenda is posted on the website.

on meetings and minutes, see the members' page.
^^ truncated-start

- Review your cash flow every month.
- in new equipment and training: plan the spending early.
  ^^ truncated-start
- Talk to your bank before you need a loan.
```

## Use instead
```md
The club meets every Tuesday. For more on meetings and minutes, see the members' page.

The new version is more feature rich and includes:

- the office suite
- the image editor
```

## Known limitations
A paragraph that lost its first words but starts with a capitalised or content word
(`Meetings and minutes are ...`) reads as complete and is not reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker import Block, BlockKind, Document, Finding, Role, RuleMeta, RuleOptions, Severity
from checker.words import CLOSED_CLASS, CONJUNCTIONS, PREPOSITIONS, is_finished

META = RuleMeta(
    code="CD106",
    name="truncated-start",
    summary="Paragraph begins mid-sentence: restore the words cut from its start.",
    severity=Severity.WARNING,
)

_FIRST_WORD = re.compile(r"[a-z]+\b")
#: A list item may start with ``a``/``the`` (``- the image editor``), never with ``in``/``and``.
_LINKING = PREPOSITIONS | CONJUNCTIONS
#: Share of a list's other items that must start with a capital for a lowercase one to stand out.
_CAPITALISED_SHARE = 2 / 3
_QUOTED = 5


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Yield a finding for every paragraph or list item that begins mid-sentence."""
    blocks = [b for b in document.blocks if b.kind is not BlockKind.COMMENT]
    for position, block in enumerate(blocks):
        first = _FIRST_WORD.match(block.text)
        if first is None or first.group() not in CLOSED_CLASS or position == 0:
            continue
        previous = blocks[position - 1]
        if block.role is Role.BODY:
            cut = previous.role is Role.BODY and is_finished(previous.text)
        elif block.role is Role.LIST:
            cut = (
                first.group() in _LINKING
                and previous.role is Role.LIST
                and is_finished(previous.text)
                and _stands_out_in_list(blocks, position)
            )
        else:
            cut = False
        if cut:
            yield META.finding(
                block.source_span(*first.span()),
                f'"{_opening(block.text)}…" begins mid-sentence: restore the words that were cut from its start',
            )


def _opening(text: str) -> str:
    """The first few words of ``text``."""
    return " ".join(text.split()[:_QUOTED])


def _stands_out_in_list(blocks: list[Block], position: int) -> bool:
    """Whether the other items of the list around ``position`` mostly start with a capital."""
    siblings: list[Block] = []
    for step in (-1, 1):
        index = position + step
        while 0 <= index < len(blocks) and blocks[index].role is Role.LIST:
            siblings.append(blocks[index])
            index += step
    if len(siblings) < 2:
        return False
    capitalised = sum(1 for b in siblings if b.text[:1].isupper())
    return capitalised / len(siblings) >= _CAPITALISED_SHARE
