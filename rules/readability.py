"""The body text is much harder to read than press releases usually are.

## What it does
Scores the story's body paragraphs (before the `About` boilerplate, without headline, dateline
or contacts) with textstat's Flesch reading ease and Flesch-Kincaid grade, and reports a release
that scores below `min-reading-ease` or above `max-grade`. The finding stands at the lead.

## Why is this bad?
Readers and reporters skim releases. Copy that needs a graduate degree to follow — long
sentences of long words — is rewritten or skipped by the people it is meant for. Newspapers
score around 50 on the Flesch scale; release bodies in the corpus have a median of 42.

## Example
```toml
[rules.readability]
min-words = 10
```

```txt
Harbour Bakery Opens Second Shop

Institutional stakeholders operationalized transformation.
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ readability
Notwithstanding considerable infrastructural complexity, organizational representatives
systematically prioritized interdisciplinary accountability and intergovernmental
interoperability.
```

## Use instead
```toml
[rules.readability]
min-words = 10
```

```txt
Harbour Bakery Opens Second Shop

Harbour Bakery opened its second shop on Friday. The new shop is on Fore Street, near the old
port. It sells bread, buns and cakes, and it opens at six every morning. The owners said they
chose the street because many of their customers live there.
```

## Options
- `min-reading-ease` (default `15.0`): the lowest Flesch reading ease accepted. The corpus of
  101 real releases has a median of 42.5; `15.0` is its 2nd percentile.
- `max-grade` (default `17.5`): the highest Flesch-Kincaid grade accepted; the corpus median is
  12.3, and `17.5` is its 98th percentile.
- `min-words` (default `100`): shorter bodies are not scored (the formulas need running text).

A house style aiming at plain English sets `min-reading-ease = 50.0` and `max-grade = 12.0`.

## Known limitations
Syllables are counted with pyphen's hyphenation dictionary (textstat 0.7.4, offline), which
differs from dictionary pronunciations by a few points. Lists and tables are not scored.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker import Document, Finding, RuleMeta, RuleOptions, Severity
from checker.metrics import body_sentences, readability

META = RuleMeta(
    code="CD701",
    name="readability",
    summary="Rewrite the body in shorter sentences and plainer words.",
    severity=Severity.INFO,
    options={"min-reading-ease": 15.0, "max-grade": 17.5, "min-words": 100},
)


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Report the release once when its body scores past either threshold."""
    figures = readability(document)
    if figures is None or figures.words < options.integer("min-words"):
        return
    problems = []
    if figures.reading_ease < options.number("min-reading-ease"):
        problems.append(f"Flesch reading ease {figures.reading_ease:g} (below {options.number('min-reading-ease'):g})")
    if figures.grade > options.number("max-grade"):
        problems.append(f"Flesch-Kincaid grade {figures.grade:g} (above {options.number('max-grade'):g})")
    if not problems:
        return
    lead = body_sentences(document)[0]
    yield META.finding(
        lead.span,
        f"the body text is hard to read: {' and '.join(problems)} over {figures.words} words; "
        "shorten sentences and prefer plain words",
    )
