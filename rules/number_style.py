"""Numbers written in more than one style in one release.

## What it does
- Flags quantities of 1,000 and more written without a thousands separator (`1400 employees`)
  in a release that elsewhere writes `1,400`, and thousands grouped with full stops in English
  text (`14.000 signatures`).
- Flags percentages written with the minority form: `%` in a release that mostly writes
  `percent` (or `per cent`), or the other way round.
- With `numerals = "ap"` (AP style), also flags figures for one to nine (`3 new stores`) and
  words for 10 and above (`twelve stores`) where a count of things follows.

## Why is this bad?
Readers and wire editors compare figures across a release; `1400` beside `1,400` or `3%`
beside `3 percent` look like two sources pasted together, and `14.000` reads as fourteen in
English.

## Example
```txt
The company hired 1,200 engineers in 2025 and 1400 technicians in 2026.
                                              ^^^^ number-style
Sales rose 12% in Europe and 9 percent in Asia; 14.000 people signed up,
                             ^^^^^^^^^ number-style
                                                ^^^^^^ number-style
and margins grew 2%.
```

## Use instead
```txt
The company hired 1,200 engineers in 2025 and 1,400 technicians in 2026 at 16414 San Pedro
Ave., Suite 1200. Sales rose 12% in Europe and 9% in Asia; the app reached version 3.125 and
Leap 15.6.
```

## Options
`numerals`: `"consistent"` (default: only separators and percent forms are compared) or `"ap"`
(AP style: also one to nine in words, 10 and up in figures, for counts of things).

## Known limitations
Only counts followed by a lowercase word (`1400 technicians`) or a currency sign are checked for
separators, so street numbers, ZIP codes, years and model numbers are never flagged.  AP
exceptions (ages, money, percentages, measurements, dates and times, sentence starts) are left
alone by requiring a plural count noun after the number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from checker import Block, Document, Finding, FixAvailability, RuleMeta, RuleOptions, Severity
from checker.span import Span
from checker.textscan import majority, masked_text, prose_blocks, starts_sentence

META = RuleMeta(
    code="CD503",
    name="number-style",
    summary="Numbers are written in more than one style: use one style throughout.",
    severity=Severity.WARNING,
    fix=FixAvailability.ALWAYS,
    options={"numerals": "consistent"},
    choices={"numerals": ("consistent", "ap")},
)

_GROUPED = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\w,]|\.\d)")
_UNGROUPED = re.compile(
    r"(?<![\w.,/#:-])(?P<currency>[$€£]\s?)?(?P<n>\d{4,})(?![\w,/:%-]|\.\d)(?(currency)|(?= [a-z]))"
)
_DOTTED = re.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{3})+(?![\w.,]|,\d)(?= [a-z])")
_PERCENT = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?:(?P<sign>\s?%)|\s(?P<word>percent|per cent)\b)")
_SMALL_FIGURE = re.compile(r"(?<![\w.,$€£#/:-])(?P<n>[1-9])(?![\w.,/:%-]) (?P<noun>[a-z]+s)\b")
_BIG_WORD = re.compile(
    r"\b(?P<n>(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)) "
    r"(?P<noun>[a-z]+s)\b"
)
_WORDS = "one two three four five six seven eight nine".split()
_TENS = dict(zip("twenty thirty forty fifty sixty seventy eighty ninety".split(), range(20, 100, 10), strict=True))
_TEENS = dict(
    zip(
        "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(),
        range(10, 20),
        strict=True,
    )
)
#: Nouns after which AP keeps figures: units, money, time and ratios.
_MEASURES = frozenset(
    "percent millions billions years months weeks days hours minutes seconds inches feet miles meters metres "
    "kilometers kilometres pounds ounces grams kilograms tons tonnes degrees points acres dollars cents euros "
    "times goals runs".split()
)
#: Words ending in ``s`` that are not plural count nouns (``Node 4 was released``).
_NOT_PLURALS = frozenset(
    "was has is does this its his hers yes thus plus as us always perhaps across less unless".split()
)


@dataclass(frozen=True)
class _Use:
    span: Span
    text: str
    fixed: str
    message: str


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Yield a finding for every number written against the release's (or AP's) style."""
    ap_style = options["numerals"] == "ap"
    blocks = [(block, masked_text(block.text)) for _, block in prose_blocks(document)]
    if ap_style or any(_GROUPED.search(text) for _, text in blocks):
        for block, text in blocks:
            for match in _UNGROUPED.finditer(text):
                number = match.group("n")
                if len(number) == 4 and not match.group("currency") and 1800 <= int(number) <= 2099:
                    continue
                yield META.finding(
                    block.source_span(*match.span("n")),
                    f"'{number}' has no thousands separator, unlike other figures in this release: "
                    f"write '{int(number):,}'",
                    f"{int(number):,}",
                )
    for block, text in blocks:
        for match in _DOTTED.finditer(text):
            if match.group().endswith("0") or match.group().count(".") > 1:
                fixed = match.group().replace(".", ",")
                yield META.finding(
                    block.source_span(*match.span()),
                    f"'{match.group()}' groups thousands with full stops, which English readers take for a "
                    f"decimal point: write '{fixed}'",
                    fixed,
                )
    yield from _percent_mix(blocks)
    if ap_style:
        for block, text in blocks:
            yield from _ap_numerals(block, text)


def _percent_mix(blocks: Sequence[tuple[Block, str]]) -> Iterator[Finding]:
    """The minority form of `%` and `percent`, a tie going to the first form used."""
    uses = [(block, match) for block, text in blocks for match in _PERCENT.finditer(text)]
    wanted = majority(["%" if match.group("sign") else "percent" for _, match in uses])
    for block, match in uses:
        if wanted is None or bool(match.group("sign")) == (wanted == "%"):
            continue
        number = match.group().split("%")[0].split(" ")[0].strip()
        fixed = f"{number} percent" if wanted == "percent" else f"{number}%"
        yield META.finding(
            block.source_span(*match.span()),
            f"'{match.group()}' in a release that mostly writes '{wanted}': write '{fixed}'",
            fixed,
        )


def _ap_numerals(block: Block, text: str) -> Iterator[Finding]:
    """AP style: counts of one to nine in words, 10 and up in figures."""
    for match in _SMALL_FIGURE.finditer(text):
        noun = match.group("noun")
        if noun in _MEASURES or noun in _NOT_PLURALS or _names_a_thing(text, match.start()):
            continue
        word = _WORDS[int(match.group("n")) - 1]
        yield META.finding(
            block.source_span(*match.span("n")),
            f"'{match.group()}': AP style spells out one to nine: write '{word} {match.group('noun')}'",
            word,
        )
    for match in _BIG_WORD.finditer(text):
        if starts_sentence(text, match.start()) or match.group("noun") in _MEASURES | _NOT_PLURALS:
            continue
        figure = _value(match.group("n"))
        yield META.finding(
            block.source_span(*match.span("n")),
            f"'{match.group()}': AP style uses figures for 10 and above: write '{figure} {match.group('noun')}'",
            str(figure),
        )


def _names_a_thing(text: str, start: int) -> bool:
    """``Phase 2 results``, ``No. 3 seeds``: a figure after a capitalised word or a sign is a label."""
    before = text[:start].rstrip()
    previous = before.rsplit(None, 1)[-1] if before else ""
    return bool(previous) and (previous[0].isupper() or not previous[-1].isalpha())


def _value(words: str) -> int:
    if words in _TEENS:
        return _TEENS[words]
    tens, _, unit = words.partition("-")
    return _TENS[tens] + (_WORDS.index(unit) + 1 if unit else 0)
