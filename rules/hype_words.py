"""PR clichés in the writer's own words: `world-class`, `cutting-edge`, `game-changing`.

## What it does
Reports hype words and clichés from a list (`world-class`, `best-in-class`, `cutting-edge`,
`game-changing`, `revolutionary`, `state-of-the-art`, `industry-leading`, ...) in headlines,
subheads, body text and lists, spelled with a hyphen or a space. Quotations are left alone: a
spokesperson's words are quoted as said.

## Why is this bad?
Editors strike these words on sight: they claim what the release should show. Wire editorial
guides ask for the news stated plainly, and a release full of superlatives reads as an advert.

## Example
```txt
Harbour Bakery opens a world-class bakery with cutting edge ovens.
                       ^^^^^^^^^^^ hype-words
                                               ^^^^^^^^^^^^ hype-words
```

## Use instead
```txt
Harbour Bakery opens a bakery whose ovens bake 2,000 loaves a day.
"It is a world-class bakery," said owner Ana Ruiz.
```

## Options
- `extra-words`: more words or phrases to report (matched case-insensitively, hyphen or space).
- `allowed-words`: words of the built-in list to accept (e.g. `["next-generation"]`).

## Known limitations
Off by default: the corpus annotations treat word choice as house style, and 11 of the 66
releases they mark clean use these words (18 times). Every match read in the corpus was the
cliché itself, so the rule is precise, just not a defect by the annotators' standard. Turn it
on with `extend-select = ["CD703"]`. Technical terms that look like hype (`mission-critical`,
`turnkey`, `unprecedented`) are not in the list; add them with `extra-words`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from checker import Document, Finding, Role, RuleMeta, RuleOptions, Severity
from checker.quotes import is_quoted, quoted_ranges

META = RuleMeta(
    code="CD703",
    name="hype-words",
    summary="Replace PR clichés with the fact they stand for.",
    severity=Severity.INFO,
    default_enabled=False,
    options={"extra-words": (), "allowed-words": ()},
)

HYPE_WORDS = (
    "world-class", "best-in-class", "best-of-breed", "cutting-edge", "leading-edge", "bleeding-edge",
    "game-changing", "game-changer", "revolutionary", "revolutionize", "revolutionise", "groundbreaking",
    "state-of-the-art", "industry-leading", "market-leading", "world-leading", "unparalleled",
    "unrivaled", "unrivalled", "paradigm shift", "synergy", "synergies", "disruptive", "first-of-its-kind",
    "one-of-a-kind", "best-ever", "next-level",
)  # fmt: skip
_PROSE_ROLES = frozenset({Role.HEADLINE, Role.SUBHEAD, Role.BODY, Role.LIST, Role.CAPTION})


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Report every listed cliché outside quotations."""
    pattern = _pattern(_word_list(options))
    if pattern is None:
        return
    for block in document.blocks:
        if block.role not in _PROSE_ROLES:
            continue
        quoted = quoted_ranges(block.text)
        for match in pattern.finditer(block.text):
            if is_quoted(quoted, match.start()):
                continue
            yield META.finding(
                block.source_span(match.start(), match.end()),
                f"'{match.group(0)}' is a PR cliché: say what makes it so, with a fact or a figure",
            )


def _word_list(options: RuleOptions) -> tuple[str, ...]:
    allowed = {_normal(w) for w in options.strings("allowed-words")}
    words = (*HYPE_WORDS, *options.strings("extra-words"))
    return tuple(sorted({w for w in words if _normal(w) not in allowed}, key=len, reverse=True))


def _normal(word: str) -> str:
    return re.sub(r"[\s-]+", " ", word.strip().lower())


@lru_cache(maxsize=8)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """One alternation of the words, each hyphen or space matching either."""
    if not words:
        return None
    parts = [r"[\s-]+".join(re.escape(p) for p in re.split(r"[\s-]+", w.strip())) for w in words if w.strip()]
    return re.compile(rf"(?<![\w-])(?:{'|'.join(parts)})(?![\w-])", re.IGNORECASE)
