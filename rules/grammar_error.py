"""Grammar mistakes found by LanguageTool or Harper: agreement, articles, confused words.

## What it does
Sends the release's prose — headlines, body paragraphs, list items and captions, with hard
wraps joined and markup removed — to the configured grammar backend and reports its grammar
findings (LanguageTool categories such as `GRAMMAR`, `CONFUSED_WORDS`, `MISC`; Harper lint
kinds such as `Agreement`, `Repetition`, `Miscellaneous`) at their exact place in the file,
with the backend's rule id in the message and its first replacement as the suggestion.

Off by default: turn it on with `--grammar`, `[grammar] enabled = true`, or by selecting it.
The backend is a setting (see `docs/grammar.md`): a LanguageTool server you run
(`server = "http://localhost:8081"`), one that language-tool-python starts (`local = true`),
or Harper in process (`backend = "harper"`).  copydesk never sends text to the public
LanguageTool API unless you name its URL yourself: embargoed releases stay in the building.

## Why is this bad?
"The company have opened a office" tells an editor that nobody proofread the release, and
wire services print it as sent.

## Example
```toml
[grammar]
backend = "harper"
```

```txt
The company have opened a office in Denver, the the largest in the region.
                        ^ grammar-error
                                            ^^^^^^^ grammar-error
```

## Use instead
```toml
[grammar]
backend = "harper"
```

```txt
The company has opened an office in Denver, the largest in the region.
```

## Options
The `[grammar]` table: `backend` (`"languagetool"` or `"harper"`), `server`, `local`,
`language` (e.g. `en-US`, `en-GB`), `enabled_rules`, `disabled_rules`,
`enabled_categories`, `disabled_categories`, `picky`, `vocabulary` (accepted words such as
company and product names), `timeout` (seconds), `cache` and `cache_dir`.

## Known limitations
When the backend is asked for but unavailable (no server, timeout, Harper not installed) the
run stops with exit code 2 rather than skipping grammar silently.  A grammar finding on text
that another copydesk rule already reports is dropped.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker import Document, Finding, RuleOptions, Severity
from checker.grammar import grammar_findings, grammar_rule_meta

META = grammar_rule_meta(
    "CD801",
    "grammar-error",
    "Grammar mistake reported by LanguageTool or Harper: correct the sentence.",
    Severity.WARNING,
)


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Yield the grammar backend's grammar findings, mapped to the source."""
    return grammar_findings(document, options, META, "grammar")
