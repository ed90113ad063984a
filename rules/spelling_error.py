"""Misspelled words found by LanguageTool or Harper, minus the vocabulary of accepted names.

## What it does
Reports the grammar backend's spelling findings (LanguageTool category `TYPOS`, Harper
lint kinds `Spelling` and `Typo`) at their exact place, with the first correction as the
suggestion.  Words in `[grammar] vocabulary` — company, product and people names — are
never reported.

Off by default, like every grammar rule: turn it on with `--grammar` or
`[grammar] enabled = true`; the backend and its options are those of `grammar-error`
(CD801) and `docs/grammar.md`.  copydesk never sends text to a LanguageTool server you did
not name.

## Why is this bad?
A misspelling in a release is quoted verbatim by every outlet that runs it.

## Example
```toml
[grammar]
backend = "harper"
```

```txt
Our new sensors recieve readings every minute.
                ^^^^^^^ spelling-error
```

## Use instead
```toml
[grammar]
backend = "harper"
```

```txt
Our new sensors receive readings every minute.
```

## Known limitations
Names the backend does not know are reported until they are added to `vocabulary`; on
real releases most spelling findings are names (see `docs/grammar.md`).
"""

from __future__ import annotations

from collections.abc import Iterator

from checker import Document, Finding, RuleOptions, Severity
from checker.grammar import grammar_findings, grammar_rule_meta

META = grammar_rule_meta(
    "CD802",
    "spelling-error",
    "Misspelled word reported by LanguageTool or Harper: fix it or add it to the vocabulary.",
    Severity.WARNING,
)


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Yield the grammar backend's spelling findings, mapped to the source."""
    return grammar_findings(document, options, META, "spelling")
