"""Config discovery, validation errors that name file and key, and how settings reach rules."""

from __future__ import annotations

import datetime as dt

import pytest

from checker.config import Config, find_config, load_config
from checker.engine import make_plan, select_rules
from checker.errors import ConfigError, UsageError
from checker.findings import Severity
from rules import default_registry


def test_found_by_walking_up(tmp_path):
    (tmp_path / "copydesk.toml").write_text('fail-on = "error"\n')
    nested = tmp_path / "press" / "2024"
    nested.mkdir(parents=True)
    found = find_config(nested)
    assert found == (tmp_path / "copydesk.toml").resolve()
    assert load_config(found).fail_on is Severity.ERROR


def test_pyproject_counts_only_with_a_tool_table(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert find_config(tmp_path) is None
    (tmp_path / "pyproject.toml").write_text('[tool.copydesk]\nreference-date = 2024-05-01\nignore = ["CD601"]\n')
    config = load_config(find_config(tmp_path))
    assert config.reference_date == dt.date(2024, 5, 1)
    assert config.ignore == ("CD601",)


def test_dotfile_is_found(tmp_path):
    (tmp_path / ".copydesk.toml").write_text("select = ['CD6']\n")
    assert load_config(find_config(tmp_path)).select == ("CD6",)


@pytest.mark.parametrize(
    ("text", "key", "problem"),
    [
        ("fail-on = 'fatal'\n", "fail-on", "unknown severity"),
        ("select = 3\n", "select", "list of strings"),
        ("colour = true\n", "colour", "unknown key"),
        ("reference-date = 'soon'\n", "reference-date", "YYYY-MM-DD"),
        ("[severity]\nCD601 = 'loud'\n", "severity.CD601", "unknown severity"),
        ("max-file-size = 'big'\n", "max-file-size", "expected int"),
    ],
)
def test_bad_values_name_file_and_key(tmp_path, text, key, problem):
    path = tmp_path / "copydesk.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert info.value.key == key
    assert str(path) in str(info.value) and problem in str(info.value)


def test_broken_toml_names_the_file(tmp_path):
    path = tmp_path / "copydesk.toml"
    path.write_text("select = [\n")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_config(path)


def test_selection_by_code_prefix_and_name():
    registry = default_registry()
    assert [r.code for r in select_rules(registry, Config(select=("placeholder-text",)))] == ["CD601"]
    assert select_rules(registry, Config(select=("CD6",), ignore=("CD601",))) == ()
    with pytest.raises(UsageError, match="unknown rule"):
        select_rules(registry, Config(select=("CD999",)))


def test_unknown_rule_option_is_a_config_error(tmp_path):
    path = tmp_path / "copydesk.toml"
    path.write_text("[rules.placeholder-text]\nloudness = 3\n")
    with pytest.raises(ConfigError, match="unknown option"):
        make_plan(default_registry(), load_config(path))


def test_severity_override_applies(tmp_path):
    from checker.engine import check_bytes

    path = tmp_path / "copydesk.toml"
    path.write_text("[severity]\nplaceholder-text = 'info'\n")
    plan = make_plan(default_registry(), load_config(path))
    result = check_bytes(b"Call [NAME] today.", "r.txt", plan)
    assert [f.severity for f in result.findings] == [Severity.INFO]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("[rules.no-such-rule]\nx = 1\n", "rules.no-such-rule"),
        ("[severity]\nCD999 = 'info'\n", "severity.CD999"),
        ("[per-file-ignores]\n'a/**' = ['CD99']\n", "per-file-ignores.a/**"),
    ],
)
def test_unknown_rules_in_tables_name_the_key(tmp_path, text, key):
    path = tmp_path / "copydesk.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as info:
        make_plan(default_registry(), load_config(path))
    assert info.value.key == key and "unknown rule" in str(info.value)


def test_grammar_enabled_without_a_server_fails_before_any_file_is_read(tmp_path):
    path = tmp_path / "copydesk.toml"
    path.write_text("[grammar]\nenabled = true\n")
    with pytest.raises(ConfigError, match="needs a server"):
        make_plan(default_registry(), load_config(path))
