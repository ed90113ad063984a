"""The ``[grammar]`` table: validation, what it turns on, and how it reaches rules as options."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.config import config_from_mapping
from checker.engine import check_bytes, make_plan, select_rules
from checker.errors import ConfigError, ToolError
from checker.findings import Severity
from checker.grammar import GrammarSettings, validate_table, with_grammar
from checker.rule import Registry, Rule, RuleMeta
from rules import default_registry


def test_fingerprint_changes_with_settings_that_change_answers():
    base = GrammarSettings(server="http://h:8081")
    assert base.fingerprint() == GrammarSettings(server="http://h:8081/", timeout=3.0, cache_dir="/x").fingerprint()
    assert base.fingerprint() != GrammarSettings(server="http://h:8081", language="en-GB").fingerprint()
    assert base.fingerprint() != GrammarSettings(server="http://other:8081").fingerprint()


@pytest.mark.parametrize(
    ("table", "problem"),
    [
        ({"servr": "x"}, "grammar.servr: unknown key"),
        ({"backend": "bing"}, "grammar.backend: expected one of languagetool, harper"),
        ({"timeout": "10"}, "grammar.timeout: expected a number"),
        ({"timeout": 0}, "grammar.timeout: expected a number of seconds above 0"),
        ({"vocabulary": "Acme"}, "grammar.vocabulary: expected a list of strings"),
        ({"enabled": "yes"}, "grammar.enabled: expected bool"),
        ({"server": "http://h:8081", "local": True}, "grammar.local: set either server or local"),
    ],
)
def test_grammar_table_is_validated(table, problem):
    with pytest.raises(ConfigError, match=problem):
        validate_table(table, "copydesk.toml")


def test_enabled_turns_on_every_grammar_rule(tmp_path):
    config = config_from_mapping({"grammar": {"enabled": True, "backend": "harper"}}, tmp_path / "copydesk.toml")
    codes = {r.code for r in select_rules(default_registry(), config)}
    assert {"CD801", "CD802", "CD803", "CD804"} <= codes
    off = config_from_mapping({"grammar": {"backend": "harper"}}, tmp_path / "copydesk.toml")
    assert not any(r.code.startswith("CD8") for r in select_rules(default_registry(), off))


def test_a_rule_declaring_vocabulary_receives_the_grammar_vocabulary(tmp_path: Path):
    meta = RuleMeta("CD599", "house-names", "Test rule.", Severity.INFO, options={"vocabulary": ()})
    rule = Rule(meta, "", lambda document, options: ())
    config = config_from_mapping({"grammar": {"vocabulary": ["Acme", "Voltrix"]}}, tmp_path / "copydesk.toml")
    plan = make_plan(Registry((rule,)), config)
    assert plan.options["CD599"]["vocabulary"] == ("Acme", "Voltrix")


def test_grammar_flag_and_relative_cache_dir(tmp_path: Path):
    config = config_from_mapping({"grammar": {"cache_dir": ".copydesk-cache"}}, tmp_path / "copydesk.toml")
    assert with_grammar(config, requested=False).grammar == {"cache_dir": str(tmp_path / ".copydesk-cache")}
    flagged = with_grammar(config, requested=True).grammar
    assert flagged["enabled"] is True and flagged["cache_dir"] == str(tmp_path / ".copydesk-cache")
    plain = config_from_mapping({}, tmp_path / "copydesk.toml")
    assert with_grammar(plain, requested=False) is plain


def test_a_missing_tool_ends_the_run_instead_of_becoming_an_internal_error(tmp_path: Path):
    def needs_a_server(document, options):
        raise ToolError("no LanguageTool at http://localhost:8081")

    meta = RuleMeta("CD899", "needs-server", "Test rule.", Severity.INFO)
    plan = make_plan(Registry((Rule(meta, "", needs_a_server),)), config_from_mapping({}, tmp_path / "c.toml"))
    with pytest.raises(ToolError, match="no LanguageTool"):
        check_bytes(b"Hello.", "r.txt", plan)


def test_grammar_keys_may_be_written_in_kebab_case(tmp_path: Path):
    config = config_from_mapping({"grammar": {"disabled-rules": ["AnA"], "spell-names": True}}, tmp_path / "c.toml")
    assert dict(config.grammar) == {"disabled_rules": ["AnA"], "spell_names": True}
