"""The headline is missing, too long, or ends in a period.

## What it does
Finds the release's headline — front matter or HTML `title`, else the first heading or headline
line — and reports a headline longer than the profile allows and a headline that ends in a
period. Under the `wire` profile a release with no headline is reported too.

## Why is this bad?
The headline is the one line every editor reads. Wires cut or reject long headlines, search
results truncate them, and headline style (AP, wire editorial guides) never ends a headline with a
full stop.

## Example
```md
# Harbour Bakery Opens Second Shop in the Old Town.
                                                  ^ headline

Harbour Bakery opened its second shop on Friday.
```

## Use instead
```md
# Harbour Bakery Opens Second Shop in the Old Town

Harbour Bakery opened its second shop on Friday.
```

## Options
- `profile` (shared through `[style]`): `web` (default) or `wire`; sets the default length limit.
- `max-length`: the longest headline, in characters; `0` (default) means the profile's limit:
  100 for `wire` (some wires cap headlines at about 80; a quarter of the corpus headlines run
  past 97) and 150 for `web` (above every clean corpus headline but one that fused headline and
  subheadline).

## Known limitations
A trailing site name (`Headline - The Example Office`, `Headline | Site`), as scraped page
titles have, is not counted in the length; nor is a last part set off by a spaced dash.
Under `web`, a missing headline is not reported: pages and feeds often carry the title outside
the text (the corpus's newsroom exports have none in the body). A headline that ends in an
abbreviation (`Inc.`, `Ph.D.`, `U.S.`) is not flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker import Document, Finding, FixAvailability, RuleMeta, RuleOptions, Severity, Span
from checker.structure import PROFILES, WIRE, Headline, find_headline, opening_span, profile, without_site_suffix

META = RuleMeta(
    code="CD402",
    name="headline",
    summary="Give the release a headline that is short and has no final period.",
    severity=Severity.WARNING,
    fix=FixAvailability.SOMETIMES,
    options={"profile": "web", "max-length": 0},
    choices={"profile": PROFILES},
)

_PROFILE_LIMITS = {"wire": 100, "web": 150}
_ABBREVIATION_END = re.compile(
    r"(?:\b(?:Inc|Co|Corp|Ltd|LLC|Jr|Sr|Bros|St|No|Dr|Mr|Mrs|Ms|vs|etc|Ave|Blvd|Mt)|\b(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,2}|\.\.)\.$"
)


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Report a missing headline, an over-long one, and one that ends in a period."""
    headline = find_headline(document)
    style = profile(options)
    if headline is None:
        if style == WIRE:
            yield META.finding(opening_span(document), "the release has no headline: add one above the first paragraph")
        return
    yield from _too_long(headline, options.integer("max-length") or _PROFILE_LIMITS[style], style)
    yield from _final_period(headline)


def _too_long(headline: Headline, limit: int, style: str) -> Iterator[Finding]:
    text = without_site_suffix(headline.text)
    if len(text) <= limit:
        return
    where = "a wire headline" if style == WIRE else "a headline"
    yield META.finding(
        headline.span,
        f"headline is {len(text)} characters, over the {limit} allowed for {where}: "
        "shorten it or move detail into a subheadline",
    )


def _final_period(headline: Headline) -> Iterator[Finding]:
    text = headline.text.rstrip()
    if not text.endswith(".") or text.endswith("...") or _ABBREVIATION_END.search(text):
        return
    span = headline.span
    yield META.finding(
        Span(span.end - 1, span.end) if span else span,
        f"headline ends in a period ('…{text[-30:]}'): headlines take no final full stop; delete it",
        suggestion="",
    )
