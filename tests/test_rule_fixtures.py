"""Every rule's Markdown fixture (tests/rules/<rule-name>.md) and its doc examples, case by case."""

from __future__ import annotations

from pathlib import Path

import pytest

from rules import builtin_rules
from tests.harness import cases_in, mismatch, run_case

FIXTURES = Path(__file__).parent / "rules"
RULES = {rule.name: rule for rule in builtin_rules()}


def _fixture_params() -> list[object]:
    params = []
    for path in sorted(FIXTURES.glob("*.md")):
        rule = RULES.get(path.stem)
        for case in cases_in(path.read_text(encoding="utf-8"), f"{path.name}"):
            params.append(pytest.param(rule, case, id=case.origin))
    return params


def _doc_params(section: str) -> list[object]:
    params = []
    for rule in RULES.values():
        for case in cases_in(rule.doc_section(section), f"{rule.name}:{section}"):
            params.append(pytest.param(rule, case, id=case.origin))
    return params


@pytest.mark.parametrize(("rule", "case"), _fixture_params())
def test_fixture_case(rule, case, tmp_path):
    assert rule is not None, f"{case.origin}: fixture file is not named after a registered rule"
    problem = mismatch(case, run_case(rule, case, tmp_dir=tmp_path))
    assert problem is None, problem


@pytest.mark.parametrize(("rule", "case"), _doc_params("Example"))
def test_doc_example_fires(rule, case, tmp_path):
    assert case.expected, f"{case.origin}: a doc Example must mark the findings it produces"
    problem = mismatch(case, run_case(rule, case, tmp_dir=tmp_path))
    assert problem is None, problem


@pytest.mark.parametrize(("rule", "case"), _doc_params("Use instead"))
def test_doc_counter_example_is_clean(rule, case, tmp_path):
    assert not case.expected, f"{case.origin}: 'Use instead' examples must not mark findings"
    problem = mismatch(case, run_case(rule, case, tmp_dir=tmp_path))
    assert problem is None, problem
