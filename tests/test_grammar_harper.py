"""Harper, the offline backend, for real: findings on examples/ with exact spans, the vocabulary, settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.errors import ToolError
from checker.grammar.cache import IssueCache
from checker.grammar.harper_backend import DEFAULT_DISABLED_HARPER_RULES
from checker.grammar.model import Issue
from checker.results import FileResult
from tests.grammar_support import check_grammar, located

pytest.importorskip("harper", reason="harper-py is not installed (pip install 'copydesk[harper]')")

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def check_file(path: Path, tmp_path: Path, select: str = "CD8", **grammar: object) -> FileResult:
    table = {"backend": "harper", "cache_dir": str(tmp_path / "cache"), **grammar}
    return check_grammar(path.read_bytes(), path.name, tmp_path, table, select)


def test_examples_findings_with_exact_located(tmp_path):
    assert located(check_file(EXAMPLES / "wire-release-defects.txt", tmp_path)) == [
        ("spelling-error", 25, 36, 42, "storey")
    ]
    assert located(check_file(EXAMPLES / "clean-launch.md", tmp_path)) == []
    assert located(check_file(EXAMPLES / "clean-partnership.html", tmp_path)) == []


def test_names_are_reported_when_asked_and_the_vocabulary_silences_them(tmp_path):
    path = EXAMPLES / "clean-launch.md"
    names = located(check_file(path, tmp_path, "CD802", spell_names=True))
    assert {text for *_, text in names} == {"Northwind", "Priya", "Raman"}
    assert ("spelling-error", 6, 3, 12, "Northwind") in names
    quiet = check_file(path, tmp_path, "CD802", spell_names=True, vocabulary=["Northwind Analytics", "Priya Raman"])
    assert located(quiet) == []


def test_british_dialect_accepts_british_spelling(tmp_path):
    release = tmp_path / "uk.txt"
    release.write_text("The new storey adds a colour studio for the organisation.\n", encoding="utf-8")
    assert [s[4] for s in located(check_file(release, tmp_path, "CD802"))] == ["storey", "colour", "organisation"]
    assert located(check_file(release, tmp_path, "CD802", language="en-GB")) == []


def test_default_disabled_rules_can_be_enabled_again(tmp_path):
    release = tmp_path / "oxford.txt"
    release.write_text("The fund supports artists, writers and musicians in the region.\n", encoding="utf-8")
    assert "OxfordComma" in DEFAULT_DISABLED_HARPER_RULES
    assert located(check_file(release, tmp_path)) == []
    enabled = located(check_file(release, tmp_path, enabled_rules=["OxfordComma"]))
    assert [s[0] for s in enabled] == ["style-issue"]


def test_unknown_harper_rule_is_a_tool_error(tmp_path):
    with pytest.raises(ToolError, match="unknown Harper rule 'NoSuchRule'"):
        check_file(EXAMPLES / "clean-launch.md", tmp_path, disabled_rules=["NoSuchRule"])


def test_non_english_language_is_a_tool_error_for_harper(tmp_path):
    with pytest.raises(ToolError, match="Harper checks English only"):
        check_file(EXAMPLES / "clean-launch.md", tmp_path, language="de-DE")


def test_cache_serves_the_second_run(tmp_path, monkeypatch):
    from checker.grammar import harper_backend

    release = EXAMPLES / "wire-release-defects.txt"
    first = check_file(release, tmp_path)

    def fail(*_args: object) -> None:
        raise AssertionError("the cache should have answered")

    monkeypatch.setattr(harper_backend, "check_paragraphs", fail)
    assert check_file(release, tmp_path).findings == first.findings


def test_unreadable_cache_entry_is_a_miss(tmp_path):
    cache = IssueCache(tmp_path, "abc")
    issue = Issue(3, 7, "Possible spelling mistake.", "SpellCheck", "Spelling", "spelling", ("receive",))
    cache.put("We recieve mail.", [issue])
    assert cache.get("We recieve mail.") == [issue]
    (entry,) = (tmp_path / "grammar").rglob("*.json")
    entry.write_text("{not json", encoding="utf-8")
    assert cache.get("We recieve mail.") is None
    assert IssueCache(None, "abc").get("We recieve mail.") is None
