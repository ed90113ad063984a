"""American and British spellings mixed in one release.

## What it does
Looks up every lowercase word of a release's text in breame's American↔British spelling lists
(about 1,700 pairs: `color`/`colour`, `organization`/`organisation`, `center`/`centre`,
`traveled`/`travelled`, plus `storey`/`story`) and flags the words spelled in the variety the
release is not written in.  With `dialect = "auto"` (the default) that is the variety the
front matter declares (`lang: en-GB`), or else the minority variety; a tie goes to the variety
of the first such word.

## Why is this bad?
A release that writes `organization` in one paragraph and `organisation` in the next reads as
pasted together from several drafts; wire editors and careful readers notice, and a
consistent variety is the first rule of every house style.

## Example
```txt
The organization opened a new color lab at its research center,
where the organisation also keeps its archive.
          ^^^^^^^^^^^^ spelling-variant-mix
```

## Use instead
```txt
The organization opened a new color lab at its research center, where the organization also
keeps its archive; the Kennedy Centre for Colour is a name and is left alone.
```

## Options
`dialect`: `"auto"` (the front matter's `lang`, else the majority variety), `"en-US"`, `"en-GB"` or `"en-GB-oxendict"`
(British with Oxford `-ize` spellings, so `organize` and `organise` are both accepted).

## Known limitations
Capitalised words other than the first of a sentence are read as names (`Lincoln Center`,
`Labour Party`) and skipped.  Words that both varieties write (`program` for software,
`license` as a verb, `practice` as a noun, `dialogue`, `disc`) never count.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from checker import Document, Finding, FixAvailability, RuleMeta, RuleOptions, Severity
from checker.span import Span
from checker.textscan import bare_word, majority, prose_blocks, starts_sentence, words
from checker.variants import Variant, Variety, variety_of

_DIALECTS = {"en-US": Variety.US, "en-GB": Variety.GB, "en-GB-oxendict": Variety.GB}

META = RuleMeta(
    code="CD502",
    name="spelling-variant-mix",
    summary="American and British spellings are mixed: use one variety throughout.",
    severity=Severity.WARNING,
    fix=FixAvailability.ALWAYS,
    options={"dialect": "auto"},
    choices={"dialect": ("auto", *_DIALECTS)},
)



@dataclass(frozen=True)
class _Use:
    """One word that marks a variety, where it is, and how it is written."""

    span: Span
    text: str
    variant: Variant


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Yield a finding for every word spelled in the variety the release is not written in."""
    dialect = options.text("dialect")
    if dialect == "auto":
        dialect = _declared_dialect(document) or dialect
    uses = list(_variety_words(document, oxford=dialect == "en-GB-oxendict"))
    target = _DIALECTS.get(dialect) or majority([use.variant.variety for use in uses])
    if target is None:
        return
    examples = _examples(uses, target)
    for use in uses:
        if use.variant.variety is target:
            continue
        fixed = _same_case(use.variant.other, use.text)
        yield META.finding(
            use.span,
            f"'{use.text}' is {use.variant.variety.adjective} spelling in a release written in "
            f"{target.adjective} English{examples}: write '{fixed}'",
            fixed,
        )


def _declared_dialect(document: Document) -> str | None:
    """The variety front matter declares (``lang: en-GB``): the author's own statement wins."""
    declared = document.front_matter.get("lang") or document.front_matter.get("language")
    value = str(declared or "").replace("_", "-").lower()
    return next((name for name in _DIALECTS if name.lower() == value), None)


def _variety_words(document: Document, *, oxford: bool) -> Iterator[_Use]:
    """Every lowercase (or sentence-initial) word that only one variety spells that way."""
    for _, block in prose_blocks(document):
        for match in words(block.text):
            offset = match.start()
            for part in match.group().split("-"):
                start, offset = offset, offset + len(part) + 1
                word = bare_word(part)
                if not _is_common_word(word, block.text, start):
                    continue
                variant = variety_of(word.lower(), oxford=oxford)
                if variant is not None:
                    yield _Use(block.source_span(start, start + len(word)), word, variant)


def _is_common_word(word: str, text: str, start: int) -> bool:
    """Lowercase, or capitalised only because it opens a sentence (names are skipped)."""
    if word.islower():
        return True
    return word[:1].isupper() and word[1:].islower() and starts_sentence(text, start)


def _examples(uses: list[_Use], target: Variety) -> str:
    """A few of the release's own words in the target variety, to show the choice."""
    seen = list(dict.fromkeys(use.text.lower() for use in uses if use.variant.variety is target))
    return f" ({', '.join(seen[:3])})" if seen else ""


def _same_case(word: str, model: str) -> str:
    return word.capitalize() if model[:1].isupper() else word
