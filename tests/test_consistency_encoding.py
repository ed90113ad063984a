"""Consistency (CD5xx) and encoding (CD9xx) rules beyond their fixtures: suggestions, option
checking, the variant lists, and precision and recall on the shared corpus and the seed."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.config import config_from_mapping
from checker.engine import check_bytes, make_plan
from checker.errors import ConfigError
from checker.rule import Registry
from checker.textscan import majority, starts_sentence
from checker.variants import Variety, variety_of
from rules import builtin_rules
from tests.shared_data import CORPUS, SEED, SHARED, require_shared

RULES = {rule.name: rule for rule in builtin_rules()}
MINE = ("CD50", "CD90")
DEFAULT_ON = sorted(r.name for r in RULES.values() if r.code.startswith(MINE) and r.meta.default_enabled)
BENCH = Path(__file__).resolve().parents[1] / "bench" / "consistency_corpus.py"


def _run(rule_name: str, text: str, name: str = "release.txt", config: dict[str, object] | None = None):
    rule = RULES[rule_name]
    settings = config_from_mapping(config or {}, Path("copydesk.toml")).with_overrides(select=(rule.code,))
    return check_bytes(text.encode("utf-8"), name, make_plan(Registry((rule,)), settings))


def _suggestions(rule_name: str, text: str, config: dict[str, object] | None = None) -> list[str | None]:
    return [f.suggestion for f in _run(rule_name, text, config=config).findings]


def test_mojibake_repair_keeps_curly_quotes():
    assert _suggestions("mojibake", "The familyâ€™s “new” home.\n") == ["family’s"]


def test_suggestions_give_the_majority_form():
    assert _suggestions("spelling-variant-mix", "The color and the flavor of the colour.\n") == ["color"]
    assert _suggestions("name-variant", "We met Leapmotor staff; Leapmotor and LeapMotor agreed.\n") == ["Leapmotor"]
    assert _suggestions("number-style", "It has 1,200 staff and 3400 customers.\n") == ["3,400"]
    assert _suggestions("number-style", "Sales rose 5% and 6% but 7 percent later.\n") == ["7%"]
    assert _suggestions("spacing", "The plant opens  on Monday .\n") == [" ", ""]
    assert _suggestions("repeated-word", "It opens in in May.\n") == ["in"]


@pytest.mark.parametrize(
    ("rule_name", "option", "value"),
    [
        ("spelling-variant-mix", "dialect", "en-UK"),
        ("spacing", "sentence-spacing", "two"),
        ("quote-style", "quote-style", "smart"),
        ("number-style", "numerals", "chicago"),
        ("name-variant", "hyphenation", "some"),
    ],
)
def test_an_unknown_option_value_is_a_config_error(rule_name, option, value):
    with pytest.raises(ConfigError, match=f"{rule_name}.{option}: expected one of .*, got '{value}'"):
        _run(rule_name, "The color of the colour.\n", config={"rules": {rule_name: {option: value}}})


def test_variant_lists_drop_shared_spellings_and_add_storey():
    assert variety_of("colour").variety is Variety.GB
    assert variety_of("organization").other == "organisation"
    assert variety_of("storey").other == "story"
    for shared in ("program", "license", "practice", "dialogue", "filter", "gauge", "meter", "tonne"):
        assert variety_of(shared) is None, shared
    assert variety_of("organise", oxford=True) is None
    assert variety_of("colour", oxford=True) is not None


ALL_MINE = sorted(r.name for r in RULES.values() if r.code.startswith(MINE))
_TEXT = st.text(
    alphabet=st.sampled_from(list("aAbB eE-'’\"“”.,;:!?%$1,0 \n\u00a0\u200bÃ©â€™，()[]#*_`<>&")), max_size=300
)


@pytest.mark.parametrize("rule_name", ALL_MINE)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXT, extension=st.sampled_from(["txt", "md", "html"]))
def test_rules_never_crash_and_spans_stay_in_the_source(rule_name, text, extension):
    result = _run(rule_name, text, f"release.{extension}")
    assert all(f.code != "CD001" for f in result.findings), [f.message for f in result.findings]
    assert all(0 <= f.span.start <= f.span.end <= len(result.source) for f in result.findings)


def test_majority_prefers_the_most_frequent_then_the_first_style():
    assert majority(["color", "colour", "colour"]) == "colour"
    assert majority(["%", "percent"]) == "%"
    assert majority(["percent", "%", "%", "percent"]) == "percent"
    assert majority(["curly", "curly"]) is None
    assert majority([]) is None


def test_sentence_starts():
    text = 'He left. "Then she came."  And (so) on'
    assert starts_sentence(text, 0)
    assert starts_sentence(text, text.index("Then"))
    assert starts_sentence(text, text.index("And"))
    assert starts_sentence(text, text.index("so"))
    assert not starts_sentence(text, text.index("left"))


def _bench():
    """The corpus bench, which compares findings with the annotations (it is a script, not a package)."""
    if "consistency_corpus" not in sys.modules:
        spec = importlib.util.spec_from_file_location("consistency_corpus", BENCH)
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
    return sys.modules["consistency_corpus"]


@pytest.mark.parametrize("rule_name", DEFAULT_ON)
def test_default_rules_stay_within_the_false_alarm_budget(rule_name):
    require_shared()
    bench = _bench()
    notes = bench.annotations()
    clean = sum(1 for note in notes.values() if note.get("clean_checked"))
    false_alarms = [h for h in bench.hits(rule_name, notes) if h.clean and not h.annotated]
    assert len(false_alarms) <= clean // 20, false_alarms


def test_mojibake_finds_every_annotated_mojibake_and_full_width_comma():
    require_shared()
    bench = _bench()
    notes = bench.annotations()
    wanted = {
        (name, d["line"])
        for name, note in notes.items()
        for d in note["defects"]
        if d["kind"] == "encoding" and ("mojibake" in d["why"] or "full-width" in d["why"])
    }
    found = {(h.file, h.line) for h in bench.hits("mojibake", notes) if h.annotated}
    assert len(wanted) == 8  # nine defects: 023 has two on one line
    assert wanted <= found


def test_encoding_and_spacing_rules_find_the_annotated_invisible_and_doubled_characters():
    require_shared()
    bench = _bench()
    notes = bench.annotations()
    invisible = {(h.file, h.line) for h in bench.hits("invisible-characters", notes)}
    assert ("098-nationwide-cto-appointment.txt", 13) in invisible
    spacing = {h.file for h in bench.hits("spacing", notes) if h.annotated}
    assert {"020-atap-community-awards.md", "069-opensuse-weekly-news-meeting-reminder.md"} <= spacing
    repeats = {h.file for h in bench.hits("repeated-word", notes) if h.annotated}
    assert {"017-fgc-giving-day-auction.md", "035-krok-thai-las-vegas.md"} <= repeats


def test_the_seed_keeps_its_names_and_shows_its_caption_indent_and_storey():
    require_shared()
    data = SEED.read_bytes()
    text = data.decode("utf-8")
    assert "DAS-Security" in text
    assert not _run("name-variant", text, SEED.name).findings
    invisible = _run("invisible-characters", text, SEED.name)
    assert [f.message for f in invisible.findings] == [
        "line indented with no-break spaces: remove the indentation (use layout, not spaces)"
    ]
    assert invisible.start(invisible.findings[0]).line == next(
        i for i, line in enumerate(text.splitlines(), 1) if "Caption:" in line
    )
    spelling = _run("spelling-variant-mix", text, SEED.name)
    assert [f.suggestion for f in spelling.findings] == ["story"]


def test_shared_corpus_location_is_beside_the_checkout():
    assert SHARED.name == "shared"
    assert CORPUS.parent.parent == SHARED
