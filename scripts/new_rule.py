"""Scaffold a new rule: the module with its documentation template, a fixture, and registration.

    .venv/bin/python scripts/new_rule.py CD123 some-problem "One line saying what to do."

Creates ``rules/some_problem.py`` and ``tests/rules/some-problem.md`` and adds the module to
``RULE_MODULES`` in ``rules/__init__.py``; the registry tests then fail until the docs, the
examples and the fixture are filled in.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_MODULE = '''"""{title}

## What it does
TODO: what the rule flags, precisely.

## Why is this bad?
TODO: why an editor cares.

## Example
```txt
TODO: text that is flagged, with caret markers under the finding
^^^^ {name}
```

## Use instead
```txt
TODO: text that must not be flagged.
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker import Document, Finding, RuleMeta, RuleOptions, Severity

META = RuleMeta(
    code="{code}",
    name="{name}",
    summary="{summary}",
    severity=Severity.WARNING,
)


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Yield a finding for every TODO."""
    yield from ()
'''

_FIXTURE = """# {name}

## Flags TODO

```txt
TODO
^^^^ {name}
```

## Leaves TODO alone

```txt
TODO
```
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("code", help="a new code such as CD123")
    parser.add_argument("name", help="kebab-case name of the problem, e.g. truncated-sentence")
    parser.add_argument("summary", help="one line saying what to do, ending with a period")
    args = parser.parse_args()
    module = args.name.replace("-", "_")
    module_path = ROOT / "rules" / f"{module}.py"
    fixture_path = ROOT / "tests" / "rules" / f"{args.name}.md"
    for path in (module_path, fixture_path):
        if path.exists():
            parser.error(f"{path} already exists")
    title = args.summary.rstrip(".")
    module_path.write_text(_MODULE.format(title=title, code=args.code, name=args.name, summary=args.summary))
    fixture_path.write_text(_FIXTURE.format(name=args.name))
    _register(module)
    print(f"created {module_path.relative_to(ROOT)} and {fixture_path.relative_to(ROOT)}; registered rules.{module}")


def _register(module: str) -> None:
    init = ROOT / "rules" / "__init__.py"
    text = init.read_text()
    imports = re.search(r"^from rules import (?:\(([^)]*)\)|([\w, ]+)$)", text, re.MULTILINE)
    tuple_match = re.search(r"RULE_MODULES: tuple\[ModuleType, \.\.\.\] = \((.*?)\)", text, re.DOTALL)
    if not imports or not tuple_match:
        raise SystemExit("rules/__init__.py has an unexpected shape; register the module by hand")
    names = sorted({*re.findall(r"\w+", imports.group(1) or imports.group(2)), module})
    text = text.replace(imports.group(0), "from rules import (\n" + "".join(f"    {n},\n" for n in names) + ")")
    tuple_match = re.search(r"RULE_MODULES: tuple\[ModuleType, \.\.\.\] = \((.*?)\)", text, re.DOTALL)
    entries = [e.strip() for e in tuple_match.group(1).split(",") if e.strip()] + [module]
    text = text.replace(
        tuple_match.group(0),
        "RULE_MODULES: tuple[ModuleType, ...] = (\n" + "".join(f"    {e},\n" for e in entries) + ")",
    )
    init.write_text(text)


if __name__ == "__main__":
    main()
