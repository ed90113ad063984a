"""A start year and a stated age or anniversary that do not add up to the release year.

## What it does
Pairs a start year (`founded in 2015`, `established in Binjiang in 2015`, `since 2015`,
`launched in 2015`) with a stated duration in the same sentence (`in just nine years`,
`for more than 20 years`, `its 25-year history`, `celebrates its 25th anniversary`) and checks
the sum against the year of the release's anchor date.  `more than`, `over` and `at least` allow
a longer span; `nearly`, `almost` and `close to` a shorter one; a plain number may be off by one
(a company founded in December 2015 is six years old in November 2022).

## Why is this bad?
Readers do the arithmetic. `founded in 2015 ... in just nine years` in a 2022 release tells them
the copy was recycled from an older release or that one of the numbers is wrong.

## Example
```txt
PARIS, June 2, 2026 /PRNewswire/ -- Founded in 2015, the firm grew to 400 staff in just three years.
                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ duration-mismatch
```

## Use instead
```txt
PARIS, June 2, 2026 /PRNewswire/ -- Founded in 2015, the firm grew to 400 staff in just 11 years.
Established in 1996, the trust marks its 30th anniversary this year.
```

## Known limitations
Only a start year and a duration in the same sentence are paired, and only durations that run
to the present (`in just N years`, `for N years`, `N-year history`, `Nth anniversary`); `N years
ago`, ages of people and durations that end in the past (`for ten years until 2019`) are not.
Without an anchor date nothing is reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from checker import Document, Finding, RuleMeta, RuleOptions, Sentence, Severity
from checker.dates import readable_blocks, span_of

META = RuleMeta(
    code="CD305",
    name="duration-mismatch",
    summary="Make a stated age or anniversary agree with the start year and the release date.",
    severity=Severity.WARNING,
)

_NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100}
_NUMBER = r"(?P<n>\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")"
_QUALIFIER = r"(?:(?P<q>more\s+than|over|at\s+least|nearly|almost|close\s+to|about|around|roughly|some|just|only)\s+)?"
_START = re.compile(
    r"\b(?:(?:founded|established|launched|started|created|formed|incorporated|inaugurated|initiated|set\s+up|"
    r"founding|inception|opened)\b[^.;:]{0,40}?\bin|since)\s+(?P<year>(?:19|20)\d\d)\b(?![\d-])",
    re.IGNORECASE,
)
_DURATIONS = (
    re.compile(
        rf"\b(?:in|for|over|within)\s+(?:the\s+(?:past|last)\s+)?{_QUALIFIER}{_NUMBER}\+?\s+years\b"
        r"(?!\s+(?:ago|earlier|later|before|after|until|to\s+come|old))",
        re.IGNORECASE,
    ),
    re.compile(rf"\b{_QUALIFIER}{_NUMBER}[- ]year\s+(?:history|journey|legacy|track\s+record)\b", re.IGNORECASE),
    re.compile(r"\b(?P<ord>\d{1,3})(?:st|nd|rd|th)\s+anniversary\b", re.IGNORECASE),
)


@dataclass(frozen=True)
class _Claim:
    years: int
    qualifier: str
    anniversary: bool

    def allows(self, actual: int) -> bool:
        """Whether ``actual`` elapsed years fit the claim, with its qualifier's slack."""
        if self.qualifier in ("more than", "over", "at least"):
            return actual >= self.years - 1
        if self.qualifier in ("nearly", "almost", "close to"):
            return self.years - 2 <= actual <= self.years
        return abs(actual - self.years) <= 1


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Yield a finding for each start year and duration in one sentence that disagree."""
    anchor = document.anchor_date
    if anchor is None or not any(_START.search(text) for _, text in readable_blocks(document)):
        return
    for sentence in document.sentences:
        starts = list(_START.finditer(sentence.text))
        if not starts:
            continue
        for duration in (m for pattern in _DURATIONS for m in pattern.finditer(sentence.text)):
            before = [s for s in starts if s.end() <= duration.start()]
            start = before[-1] if before else starts[0]
            claim = _claim(duration)
            actual = anchor.year - int(start["year"])
            if claim is None or actual < 0 or claim.allows(actual):
                continue
            yield _finding(document, sentence, start, duration, year=anchor.year)


def _claim(match: re.Match[str]) -> _Claim | None:
    if "ord" in match.re.groupindex:
        return _Claim(int(match["ord"]), "", anniversary=True)
    word = match["n"].lower()
    years = int(word) if word.isdigit() else _NUMBER_WORDS.get(word)
    if years is None or years == 0:
        return None
    return _Claim(years, re.sub(r"\s+", " ", (match["q"] or "").lower()), anniversary=False)


def _finding(
    document: Document, sentence: Sentence, start: re.Match[str], duration: re.Match[str], *, year: int
) -> Finding:
    actual = year - int(start["year"])
    first, last = sorted((start, duration), key=lambda m: m.start())
    offset = sentence.start
    span = span_of(document, sentence.block_index, offset + first.start(), offset + last.end())
    message = (
        f"'{start.group()}' and '{duration.group()}' disagree: from {start['year']} to the release year "
        f"{year} is {actual} years; correct the year or the duration"
    )
    return META.finding(span, message)
