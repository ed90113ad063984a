"""An acronym used before, or without, its spelled-out form.

## What it does
Finds acronyms in the body of a release (`HPRA`, `NTSB`, `U.N.`) and flags the first use of one
that the release never spells out, or spells out only later.  An acronym counts as spelled
out where it stands in parentheses after its full form (`Hispanic Public Relations
Association (HPRA)`) or is followed by its full form in parentheses (`HPRA (Hispanic Public
Relations Association)`).  Acronyms readers know (`CEO`, `AI`, `U.S.`, `FAQ`, ...) are listed in
`known`; headlines, datelines, contact blocks, ticker symbols and text in capitals are skipped.

## Why is this bad?
A reader who meets `NTSB` without its full name has to guess or search; AP and most house styles
spell an acronym out on first reference unless every reader knows it.

## Example
```txt
The HPRA honored five leaders. The Hispanic Public Relations Association
    ^^^^ acronym-undefined
(HPRA) was founded in 1984 and works with the NTSB on safety.
                                              ^^^^ acronym-undefined
```

## Use instead
```txt
The Hispanic Public Relations Association (HPRA) honored five leaders. HPRA works with the
CEO of Acme (NYSE: ACME) and the National Transportation Safety Board, or NTSB (National
Transportation Safety Board), on AI safety in the U.S.
```

## Options
`known`: acronyms that need no spelling out (a default list of about 80 everyday ones; replace
it to change the house list).  `also-known`: acronyms to add to that list, such as the
organisation's own name.

## Known limitations
Off by default: company and product names written in capitals (`OCEAN`, `SUSE`, `IBN`) look
exactly like acronyms, and on the shared corpus most findings were such names, which no copy
editor would ask to spell out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker import Document, Finding, RuleMeta, RuleOptions, Severity
from checker.document import Block, Role
from checker.textscan import is_shouted, masked_text, prose_blocks

META = RuleMeta(
    code="CD505",
    name="acronym-undefined",
    summary="Acronym used before or without its full form: spell it out on first use.",
    severity=Severity.INFO,
    default_enabled=False,
    options={
        "known": (
            "AI AM PM CEO CFO CTO COO CIO CMO CPO CISO CSO CHRO EVP SVP VP GM HR IT PR IR TV PC USB "
            "FAQ PDF URL HTML API SDK GPS DNA RNA HIV AIDS COVID ID OK FBI CIA NASA NATO UN EU UK US USA "
            "U.S. U.K. U.N. U.S.A. E.U. D.C. LLC LLP LP INC PLC LTD AG SA NV GMBH NYSE NASDAQ IPO ETF GDP "
            "ESG B2B B2C SaaS CEO. ET EST EDT CT CST CDT PT PST PDT UTC GMT MBA PhD MD DDS RN TBA TBD Q1 Q2 "
            "Q3 Q4 FY H1 H2 YoY R&D M&A ATM DJ NFL NBA MLB NHL NCAA FIFA UEFA SEC FDA FTC IRS TLDR "
            # US state and Canadian province codes, as datelines and addresses write them
            "AL AK AZ AR CA CO CT DE FL GA HI IA IL IN KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC "
            "ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY BC ON QC"
        ).split(),
        "also-known": [],
    },
)

_ACRONYM = re.compile(r"(?<![\w.&])(?:(?:[A-Z]\.){2,}|[A-Z][A-Z0-9&]*[A-Z0-9](?:s)?)(?![\w&]|\.[A-Z])")
_TICKER = re.compile(r"\((?:NYSE|NASDAQ|Nasdaq|TSX|LSE|OTC\w*|AMEX|ASX|HKEX|SIX|Euronext)[^)]*\)")
_SKIPPED_ROLES = frozenset({Role.HEADLINE, Role.SUBHEAD, Role.DATELINE, Role.CONTACT, Role.SOURCE, Role.LABEL})
#: Longer words in capitals are shouted words (`EVENT DETAILS`) far more often than acronyms.
_MAX_LETTERS = 5
_MINOR = frozenset("of and the for in on at to a an & de du la".split())


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Yield one finding per acronym: at its first use, if that comes before its definition."""
    known = {a.upper() for a in [*options.strings("known"), *options.strings("also-known")]}
    defined_at = _definitions(document)
    reported: set[str] = set()
    for _, block in prose_blocks(document):
        if block.role in _SKIPPED_ROLES or is_shouted(block.text):
            continue
        for match in _acronyms(block):
            acronym = match.group().rstrip("s") if match.group().endswith("s") else match.group()
            if acronym.upper() in known or acronym in reported or len(acronym.replace(".", "")) < 2:
                continue
            reported.add(acronym)
            span = block.source_span(*match.span())
            where = defined_at.get(acronym)
            if where is None:
                message = f"'{acronym}' is never spelled out: give the full name first, as 'Full Name ({acronym})'"
            elif where <= span.start:
                continue
            else:
                line = document.lines.position(where).line
                message = f"'{acronym}' is used before it is spelled out (line {line}): move the full name here"
            yield META.finding(span, message)


def _acronyms(block: Block) -> Iterator[re.Match[str]]:
    """Acronym-shaped words of a block, outside ticker symbols and addresses."""
    text = _TICKER.sub(lambda m: " " * len(m.group()), masked_text(block.text))
    for match in _ACRONYM.finditer(text):
        letters = sum(c.isupper() for c in match.group())
        if 2 <= letters <= _MAX_LETTERS and not _in_shouted_run(text, match):
            yield match


def _in_shouted_run(text: str, match: re.Match[str]) -> bool:
    """Whether the word next to it is in capitals too (``EVENT DETAILS``, ``HONG KONG``)."""
    before = text[: match.start()].split()
    after = text[match.end() :].split()
    neighbours = [w.strip(".,:;!?()") for w in (before[-1:] + after[:1])]
    return any(len(w) > 1 and w.isupper() and w.isalpha() for w in neighbours)


def _definitions(document: Document) -> dict[str, int]:
    """Where each acronym is first spelled out: ``Full Name (FN)`` or ``FN (Full Name)``."""
    found: dict[str, int] = {}
    for _, block in prose_blocks(document):
        text = block.text
        for match in re.finditer(r"\(([^()]{2,80})\)", text):
            inside = match.group(1).strip()
            if _ACRONYM.fullmatch(inside) and _initials_match(inside, text[: match.start()]):
                found.setdefault(inside, block.source_span(match.start(), match.end()).start)
            before = text[: match.start()].split()
            if before and _ACRONYM.fullmatch(before[-1]) and _initials_match(before[-1], inside):
                start = text.rfind(before[-1], 0, match.start())
                found.setdefault(before[-1], block.source_span(start, start + 1).start)
    return found


def _initials_match(acronym: str, phrase: str) -> bool:
    """Whether the acronym's letters start, in order, words near the end of (or in) ``phrase``."""
    letters = [c for c in acronym.upper() if c.isalpha()]
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", phrase)[-(len(letters) + 4) :] if w.lower() not in _MINOR]
    initials = "".join(w[0].upper() for w in words)
    position = 0
    for letter in letters:
        position = initials.find(letter, position) + 1
        if position == 0:
            return False
    return True
