"""Punctuation and capitalisation mistakes found by LanguageTool or Harper.

## What it does
Reports the grammar backend's punctuation findings (LanguageTool categories
`PUNCTUATION`, `TYPOGRAPHY` and `CASING`; Harper lint kinds `Punctuation`, `Capitalization`
and `Formatting`) at their exact place, with the backend's fix as the suggestion.
LanguageTool's paragraph-end and whitespace rules are off: copydesk's own rules own those.

Off by default, like every grammar rule: turn it on with `--grammar` or
`[grammar] enabled = true`; the backend and its options are those of `grammar-error`
(CD801) and `docs/grammar.md`.  copydesk never sends text to a LanguageTool server you did
not name.

## Why is this bad?
A stray space before a comma or a missing capital reads as careless copy.

## Example
```toml
[grammar]
backend = "harper"
```

```txt
The lab runs a 24-hour service ,open every day.
                              ^^ punctuation-error
```

## Use instead
```toml
[grammar]
backend = "harper"
```

```txt
The lab runs a 24-hour service, open every day.
```

## Known limitations
Wire copy uses straight quotes and all-caps datelines; the dateline is never checked.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker import Document, Finding, RuleOptions, Severity
from checker.grammar import grammar_findings, grammar_rule_meta

META = grammar_rule_meta(
    "CD803",
    "punctuation-error",
    "Punctuation or capitalisation mistake reported by LanguageTool or Harper: fix it.",
    Severity.INFO,
)


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Yield the grammar backend's punctuation findings, mapped to the source."""
    return grammar_findings(document, options, META, "punctuation")
