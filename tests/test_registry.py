"""Registry-wide checks: every rule module registered, documented, tested, and true to its metadata."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import pytest

import rules
from checker.rule import DOC_HEADINGS, FixAvailability
from rules import RULE_MODULES, builtin_rules, default_registry

FIXTURES = Path(__file__).parent / "rules"
ALL_RULES = builtin_rules()


def test_every_rule_module_is_registered():
    modules = {name for _, name, _ in pkgutil.iter_modules(rules.__path__) if not name.startswith("_")}
    registered = {m.__name__.rsplit(".", 1)[1] for m in RULE_MODULES}
    helpers = {name for name in modules if not hasattr(importlib.import_module(f"rules.{name}"), "META")}
    assert modules - helpers == registered


def test_codes_and_names_are_unique():
    registry = default_registry()
    assert len({r.code for r in registry}) == len(registry)
    assert len({r.name for r in registry}) == len(registry)


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.name)
def test_docstring_has_every_heading_in_order(rule):
    positions = [rule.doc.find(f"## {heading}\n") for heading in DOC_HEADINGS]
    assert all(p >= 0 for p in positions), f"{rule.name}: missing one of {DOC_HEADINGS}"
    assert positions == sorted(positions), f"{rule.name}: headings out of order"


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.name)
def test_every_rule_has_a_fixture_file(rule):
    assert (FIXTURES / f"{rule.name}.md").is_file(), f"tests/rules/{rule.name}.md is missing"


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.name)
def test_summary_is_one_line_that_says_what_to_do(rule):
    summary = rule.meta.summary
    assert "\n" not in summary and len(summary) <= 100 and summary.endswith(".")


@pytest.mark.parametrize(
    "rule", [r for r in ALL_RULES if r.meta.fix is not FixAvailability.SOMETIMES], ids=lambda r: r.name
)
def test_fix_availability_matches_what_the_examples_produce(rule, tmp_path):
    from tests.harness import cases_in, run_case

    findings = [
        finding
        for case in cases_in(rule.doc_section("Example"), rule.name)
        for finding in run_case(rule, case, tmp_dir=tmp_path).findings
    ]
    assert findings, f"{rule.name}: its Example produces no finding"
    with_fix = [f.suggestion is not None for f in findings]
    if rule.meta.fix is FixAvailability.NEVER:
        assert not any(with_fix), f"{rule.name} declares fix=never but suggests a fix"
    else:
        assert all(with_fix), f"{rule.name} declares fix=always but a finding has no suggestion"


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.name)
def test_doc_examples_are_runnable_cases(rule):
    from tests.harness import cases_in

    for section in ("Example", "Use instead"):
        assert cases_in(rule.doc_section(section), rule.name), f"{rule.name}: '{section}' has no txt/md/html block"
