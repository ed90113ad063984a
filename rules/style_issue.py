"""Style suggestions from LanguageTool or Harper: wordiness, redundancy, weak word choice.

## What it does
Reports the grammar backend's style findings (LanguageTool categories `STYLE`,
`REDUNDANCY`, `PLAIN_ENGLISH` and similar; Harper lint kinds `Style`, `WordChoice`,
`Readability`, `Enhancement`, `Redundancy`) at their exact place.

Off by default, like every grammar rule: turn it on with `--grammar` or
`[grammar] enabled = true`; the backend and its options are those of `grammar-error`
(CD801) and `docs/grammar.md`.  copydesk never sends text to a LanguageTool server you did
not name.

## Why is this bad?
"A very unique approach" and "in order to" cost a reader attention and an editor's trust.

## Example
```toml
[grammar]
backend = "harper"
```

```txt
The team chose a very unique approach.
                 ^^^^^^^^^^^ style-issue
```

## Use instead
```toml
[grammar]
backend = "harper"
```

```txt
The team chose an unusual approach.
```

## Known limitations
Style advice is a matter of house taste; turn categories or rules off with
`disabled_categories` and `disabled_rules` when they do not fit your house style.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker import Document, Finding, RuleOptions, Severity
from checker.grammar import grammar_findings, grammar_rule_meta

META = grammar_rule_meta(
    "CD804",
    "style-issue",
    "Style suggestion from LanguageTool or Harper: consider rewording.",
    Severity.INFO,
)


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Yield the grammar backend's style findings, mapped to the source."""
    return grammar_findings(document, options, META, "style")
