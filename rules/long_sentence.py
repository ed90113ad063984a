"""A sentence of the story runs past the word limit.

## What it does
Counts the words of every sentence in the story's body paragraphs (before the `About`
boilerplate and any forward-looking statements) and reports each one longer than `max-words`.
A dateline that opens the lead (`PORTLAND, Maine, May 2, 2025 --`) is not counted.

## Why is this bad?
A reader loses the thread of a sentence long before its end. In releases, the longest
sentences are usually lists of names or several announcements run together, which read better
as a list or as separate sentences.

## Example
```toml
[rules.long-sentence]
max-words = 12
```

```txt
Harbour Bakery opened on Friday. Its new shop sells bread, buns, cakes and coffee every day of the week.
                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ long-sentence
```

## Use instead
```toml
[rules.long-sentence]
max-words = 12
```

```txt
Harbour Bakery opened on Friday. Its new shop sells bread, buns, cakes and coffee.
It is open every day of the week.
```

## Options
- `max-words` (default `70`): the longest sentence accepted. Guides for news copy suggest about
  35 words, but most corpus releases have such sentences (57 of 66 clean ones); at 70 words the
  sentences reported are mostly run-on lists and paragraphs whose full stops were lost. House
  styles that want the stricter limit set `max-words = 35`.

## Known limitations
Sentences are split by syntok; a list written without full stops counts as one sentence, which
is usually what the finding is about.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker import Document, Finding, RuleMeta, RuleOptions, Severity
from checker.metrics import body_sentences, sentence_words

META = RuleMeta(
    code="CD702",
    name="long-sentence",
    summary="Split sentences that run past the word limit.",
    severity=Severity.INFO,
    options={"max-words": 70},
)


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Report every body sentence longer than ``max-words``."""
    limit = options.integer("max-words")
    for sentence in body_sentences(document):
        words = sentence_words(document, sentence)
        if words > limit:
            opening = " ".join(sentence.text.split()[:6])
            yield META.finding(
                sentence.span,
                f"sentence of {words} words ('{opening} …') is over the {limit}-word limit: split it or make a list",
            )
