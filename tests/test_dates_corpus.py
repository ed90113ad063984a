"""The date rules (CD3xx) on the seed release and on the shared real-release corpus.

The seed must anchor on its dateline and get exactly one date finding (``November 13`` against
the dateline's ``Nov. 14``); on the corpus, every annotated weekday mismatch must be caught and
the rules on by default may raise at most one false alarm per 20 releases the annotators
checked clean (CD301: none at all).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict

import pytest

from checker.config import Config
from checker.engine import check_bytes, make_plan
from checker.parsing import parse_document
from checker.rule import Registry
from rules import builtin_rules
from tests.shared_data import CORPUS, SEED, require_shared

_NAMES_A_WEEKDAY = re.compile(r"\bweekday\b|\b(?:is|was) a (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
DATE_RULES = tuple(r for r in builtin_rules() if r.code.startswith("CD3"))


def _plan(rules=DATE_RULES):
    return make_plan(Registry(rules), Config().with_overrides(select=tuple(r.code for r in rules)))


def test_seed_anchor_and_its_only_date_finding():
    require_shared()
    data = SEED.read_bytes()
    assert parse_document(data, SEED.name).anchor_date == dt.date(2022, 11, 14)
    result = check_bytes(data, SEED.name, _plan())
    assert [(f.rule, result.source[f.span.start : f.span.end], f.suggestion) for f in result.findings] == [
        ("date-style", "November 13", "Nov. 13")
    ]


@pytest.fixture(scope="module")
def corpus_findings() -> dict[str, list[tuple[int, str]]]:
    require_shared()
    plan = _plan()
    found: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for path in sorted(CORPUS.iterdir()):
        result = check_bytes(path.read_bytes(), path.name, plan)
        found[path.name] += [(result.start(f).line, f.rule) for f in result.findings]
    return found


def _annotations() -> list[dict[str, object]]:
    lines = (CORPUS.parent / "ANNOTATIONS.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_every_annotated_weekday_mismatch_is_caught(corpus_findings):
    weekday = [
        (entry["file"], defect["line"])
        for entry in _annotations()
        for defect in entry["defects"]  # type: ignore[attr-defined]
        if defect["kind"] == "date_inconsistency" and _NAMES_A_WEEKDAY.search(defect["why"])  # type: ignore[index]
    ]
    assert len(weekday) >= 26
    missed = [(f, line) for f, line in weekday if (line, "weekday-mismatch") not in corpus_findings[f]]
    assert missed == []


def test_false_alarms_on_clean_releases_stay_rare(corpus_findings):
    clean = [entry for entry in _annotations() if entry["clean_checked"]]
    defaults = {r.name for r in DATE_RULES if r.meta.default_enabled}
    alarms: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for entry in clean:
        annotated = {defect["line"] for defect in entry["defects"]}  # type: ignore[attr-defined]
        for line, rule in corpus_findings[entry["file"]]:  # type: ignore[index]
            if rule in defaults and line not in annotated:
                alarms[rule].append((entry["file"], line))  # type: ignore[arg-type]
    assert alarms["weekday-mismatch"] == []
    for rule, found in alarms.items():
        assert len(found) * 20 <= len(clean), (rule, found)
