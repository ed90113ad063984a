"""Contract tests of the LanguageTool path against a loopback server speaking ``/v2/check``.

Real sockets and the real client code: the fake server (``tests/lt_server.py``) answers in
LanguageTool's documented JSON, counting offsets in UTF-16 units as the Java server does.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from checker.cli import ExitCode, main
from checker.config import config_from_mapping
from checker.engine import check_bytes, make_plan
from checker.errors import ToolError
from checker.grammar import languagetool
from checker.grammar.languagetool import LanguageToolClient, normalize_url
from checker.results import FileResult
from rules import default_registry
from tests.grammar_support import check_grammar, located
from tests.lt_server import FakeLanguageTool


@pytest.fixture
def lt():
    with FakeLanguageTool() as server:
        yield server


def check(lt: FakeLanguageTool, text: str, name: str, tmp_path: Path, **grammar: object) -> FileResult:
    """Check ``text`` with only the grammar rules, against the loopback server."""
    table = {"server": lt.url, "cache_dir": str(tmp_path / "cache"), "timeout": 5.0, **grammar}
    return check_grammar(text.encode("utf-8"), name, tmp_path, table)


def test_offsets_across_hard_wrapped_lines(lt, tmp_path):
    text = "The harbor authority opened the terminal, which is a\nimportant step, and we recieve ships ,daily.\n"
    result = check(lt, text, "wire.txt", tmp_path)
    assert located(result) == [
        ("grammar-error", 1, 52, 53, "a"),
        ("spelling-error", 2, 24, 31, "recieve"),
        ("punctuation-error", 2, 37, 39, " ,"),
    ]
    assert lt.checks[0]["text"] == text.replace("\n", " ", 1).strip()


def test_offsets_through_markdown_markup(lt, tmp_path):
    text = "# Acme opens a office downtown\n\n**Acme** said [the plan](https://example.org/p) is a\n*excellent* idea.\n"
    result = check(lt, text, "release.md", tmp_path)
    assert located(result) == [("grammar-error", 1, 14, 15, "a"), ("grammar-error", 3, 52, 53, "a")]
    sent = lt.checks[0]["text"]
    assert "**" not in sent and "https://" not in sent and "the plan is a excellent idea." in sent


def test_offsets_through_html_tags_and_entities(lt, tmp_path):
    text = "<p>Caf&eacute; owners &amp; staff <b>recieve</b> a\n   award.</p>\n"
    result = check(lt, text, "release.html", tmp_path)
    assert located(result) == [("grammar-error", 1, 50, 51, "a"), ("spelling-error", 1, 38, 45, "recieve")][::-1]
    assert "Café owners & staff recieve a award." in lt.checks[0]["text"]


def test_non_ascii_and_astral_characters_map_to_python_offsets(lt, tmp_path):
    text = "🎉🎉 Zoë’s café team will recieve a award.\n"
    result = check(lt, text, "party.txt", tmp_path)
    assert located(result) == [("spelling-error", 1, 25, 32, "recieve"), ("grammar-error", 1, 33, 34, "a")]


def test_paragraphs_are_batched_into_one_request(lt, tmp_path):
    paragraphs = [f"Paragraph {i} says the team will recieve a award." for i in range(12)]
    result = check(lt, "\n\n".join(paragraphs) + "\n", "many.txt", tmp_path)
    assert len(lt.checks) == 1
    assert lt.checks[0]["text"] == "\n\n".join(paragraphs)
    assert len(result.findings) == 24
    assert [located(result)[i][1] for i in (0, 2, 22)] == [1, 3, 23]


def test_large_documents_are_split_into_batches_under_the_limit(lt, tmp_path, monkeypatch):
    monkeypatch.setattr(languagetool, "MAX_BATCH_CHARS", 200)
    paragraphs = [
        f"Paragraph {i} is long enough to fill a batch with words, and it says we recieve mail." for i in range(6)
    ]
    result = check(lt, "\n\n".join(paragraphs) + "\n", "long.txt", tmp_path)
    assert len(lt.checks) == 3
    assert all(len(r["text"]) <= 200 for r in lt.checks)
    assert sum(1 for f in result.findings if f.rule == "spelling-error") == 6


def test_a_match_across_a_paragraph_break_is_dropped(lt, tmp_path):
    result = check(lt, "It reaches across\n\nbreaks. We recieve it.\n", "cross.txt", tmp_path)
    assert [f.rule for f in result.findings] == ["spelling-error"]


def test_request_carries_the_settings(lt, tmp_path):
    check(
        lt,
        "We recieve mail.\n",
        "s.txt",
        tmp_path,
        language="en-GB",
        enabled_rules=["EN_A_VS_AN"],
        disabled_rules=["EN_WEAK_ADJECTIVE"],
        enabled_categories=["GRAMMAR"],
        disabled_categories=["STYLE"],
        picky=True,
    )
    form = lt.checks[0]
    assert form["language"] == "en-GB" and form["level"] == "picky"
    assert form["enabledRules"] == "EN_A_VS_AN" and form["enabledCategories"] == "GRAMMAR"
    assert (
        form["disabledRules"].split(",")[-1] == "EN_WEAK_ADJECTIVE"
        and "PUNCTUATION_PARAGRAPH_END" in form["disabledRules"]
    )
    assert form["disabledCategories"] == "STYLE"


def test_paragraph_end_and_whitespace_rules_are_off_by_default(lt, tmp_path):
    result = check(lt, "A line without a full stop\n", "nostop.txt", tmp_path)
    assert result.findings == ()


def test_vocabulary_silences_company_names(lt, tmp_path):
    text = "Brightwave Solar and its partner Voltrix will recieve a grant.\n"
    noisy = check(lt, text, "v.txt", tmp_path, spell_names=True)
    assert [x[4] for x in located(noisy) if x[0] == "spelling-error"] == ["Brightwave", "Voltrix", "recieve"]
    quiet = check(lt, text, "v.txt", tmp_path, spell_names=True, vocabulary=["Brightwave Solar", "Voltrix"])
    assert [x[4] for x in located(quiet) if x[0] == "spelling-error"] == ["recieve"]


def test_message_names_the_languagetool_rule_and_suggests_the_replacement(lt, tmp_path):
    result = check(lt, "We recieve mail.\n", "m.txt", tmp_path)
    (finding,) = result.findings
    assert finding.message == (
        "'recieve': Possible spelling mistake found. Check and replace with 'receive'"
        " (LanguageTool MORFOLOGIK_RULE_EN_US)"
    )
    assert finding.suggestion == "receive"


def test_cache_sends_only_edited_paragraphs(lt, tmp_path):
    paragraphs = [f"Paragraph {i} will recieve a award." for i in range(5)]
    check(lt, "\n\n".join(paragraphs), "c.txt", tmp_path)
    assert len(lt.checks) == 1
    warm = check(lt, "\n\n".join(paragraphs), "c.txt", tmp_path)
    assert len(lt.checks) == 1 and len(warm.findings) == 10
    paragraphs[3] = "Paragraph 3 was edited and will recieve a award."
    edited = check(lt, "\n\n".join(paragraphs), "c.txt", tmp_path)
    assert len(lt.checks) == 2 and lt.checks[1]["text"] == paragraphs[3]
    assert len(edited.findings) == 10


def test_cache_is_keyed_by_settings(lt, tmp_path):
    check(lt, "We recieve mail.", "k.txt", tmp_path)
    check(lt, "We recieve mail.", "k.txt", tmp_path, language="en-GB")
    assert len(lt.checks) == 2
    check(lt, "We recieve mail.", "k.txt", tmp_path, cache=False)
    assert len(lt.checks) == 6  # without the cache each of the four grammar rules asks on its own


def test_four_rules_share_one_round_trip(lt, tmp_path):
    result = check(lt, "The team will recieve a award ,and a very unique prize.\n", "four.txt", tmp_path)
    assert {f.rule for f in result.findings} == {"grammar-error", "spelling-error", "punctuation-error", "style-issue"}
    assert len(lt.checks) == 1


def test_timeout_is_a_tool_error(tmp_path):
    with FakeLanguageTool(delay=1.5) as slow, pytest.raises(ToolError, match=r"did not answer within 0\.5 s"):
        check(slow, "We recieve mail.", "t.txt", tmp_path, timeout=0.5)


def test_server_error_is_a_tool_error(tmp_path):
    with FakeLanguageTool(status=503) as failing, pytest.raises(ToolError, match="HTTP 503 on /v2/check"):
        check(failing, "We recieve mail.", "e.txt", tmp_path)


def test_refused_connection_names_the_server_and_the_fix(tmp_path):
    with FakeLanguageTool() as gone:
        url = gone.url
    client = LanguageToolClient(url, 2.0)
    with pytest.raises(ToolError, match=r"cannot reach LanguageTool at http://127\.0\.0\.1:\d+ .*docker run"):
        client.check("text", {"language": "en-US"})


def test_no_server_configured_refuses_instead_of_using_a_public_one(tmp_path):
    config = config_from_mapping({"select": ["CD8"], "grammar": {"cache": False}}, tmp_path / "copydesk.toml")
    with pytest.raises(ToolError, match="never sends text to one you did not name"):
        check_bytes(b"We recieve mail.", "n.txt", make_plan(default_registry(), config))


def test_languages_endpoint(lt):
    languages = LanguageToolClient(lt.url + "/v2/", 2.0).languages()
    assert {"name": "English (GB)", "code": "en", "longCode": "en-GB"} in languages
    assert lt.requests[-1]["path"] == "/v2/languages"


@pytest.mark.parametrize("url", ["http://h:8081", "http://h:8081/", "http://h:8081/v2", "http://h:8081/v2/"])
def test_server_url_forms(url):
    assert normalize_url(url) == "http://h:8081"


def test_grammar_finding_on_text_another_rule_reports_is_dropped(lt, tmp_path):
    table = {"server": lt.url, "cache_dir": str(tmp_path / "cache")}
    config = config_from_mapping({"select": ["CD8", "placeholder-text"], "grammar": table}, tmp_path / "copydesk.toml")
    result = check_bytes(b"Call [Brightwave] or recieve mail.", "p.txt", make_plan(default_registry(), config))
    assert [f.rule for f in result.findings] == ["spelling-error"]


def _cli(tmp_path: Path, lt_url: str, text: str, *extra: str, capsys) -> tuple[int, str, str]:
    cfg = tmp_path / "copydesk.toml"
    cfg.write_text(
        f'[grammar]\nserver = "{lt_url}"\ntimeout = 1\ncache_dir = "{tmp_path / "cache"}"\n', encoding="utf-8"
    )
    release = tmp_path / "release.txt"
    release.write_text(text, encoding="utf-8")
    code = main(["check", "--config", str(cfg), "--format", "json", *extra, str(release)])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_grammar_flag_turns_the_rules_on(lt, tmp_path, capsys):
    code, out, _ = _cli(
        tmp_path, lt.url, "The team will recieve a award.\n", "--grammar", "--select", "CD601", capsys=capsys
    )
    assert code == ExitCode.FINDINGS
    (report,) = json.loads(out)["files"]
    assert sorted(f["code"] for f in report["findings"]) == ["CD801", "CD802"]


def test_cli_without_the_flag_sends_nothing(lt, tmp_path, capsys):
    _cli(tmp_path, lt.url, "The team will recieve a award.\n", "--select", "CD601", capsys=capsys)
    assert lt.requests == []


def test_cli_exits_2_when_the_server_is_down(tmp_path, capsys):
    with FakeLanguageTool() as gone:
        url = gone.url
    code, out, err = _cli(tmp_path, url, "The team will recieve a award.\n", "--grammar", capsys=capsys)
    assert code == ExitCode.ERROR
    assert "cannot reach LanguageTool" in err and "CD001" not in out


def test_bad_grammar_key_is_a_config_error(tmp_path, capsys):
    cfg = tmp_path / "copydesk.toml"
    cfg.write_text('[grammar]\nbackend = "bing"\n', encoding="utf-8")
    (tmp_path / "r.txt").write_text("Hello.\n", encoding="utf-8")
    assert main(["check", "--config", str(cfg), str(tmp_path / "r.txt")]) == ExitCode.ERROR
    assert "grammar.backend: expected one of languagetool, harper" in capsys.readouterr().err


@pytest.fixture
def stub_language_tool_python(monkeypatch):
    """Install a stand-in for language-tool-python; ``starts`` records each server it starts."""
    starts: list[str] = []

    def install(url: str | None) -> list[str]:
        class LanguageTool:
            def __init__(self, language: str) -> None:
                if url is None:
                    raise RuntimeError("No java install detected")
                starts.append(language)
                self.url = url + "/v2/"

        monkeypatch.setitem(sys.modules, "language_tool_python", SimpleNamespace(LanguageTool=LanguageTool))
        return starts

    languagetool._local_server_url.cache_clear()
    yield install
    languagetool._local_server_url.cache_clear()


def test_local_mode_talks_to_the_server_language_tool_python_starts(lt, tmp_path, stub_language_tool_python):
    starts = stub_language_tool_python(lt.url)
    first = check(lt, "We recieve mail.\n", "a.txt", tmp_path, server="", local=True)
    second = check(lt, "They recieve mail.\n", "b.txt", tmp_path, server="", local=True)
    assert [f.rule for f in (*first.findings, *second.findings)] == ["spelling-error", "spelling-error"]
    assert starts == ["en-US"]  # started once per process, shared by every rule and file
    assert len(lt.checks) == 2


def test_local_mode_without_java_is_a_tool_error(lt, tmp_path, stub_language_tool_python):
    stub_language_tool_python(None)
    with pytest.raises(ToolError, match=r"could not start a local LanguageTool.*Java 17"):
        check(lt, "We recieve mail.\n", "a.txt", tmp_path, server="", local=True)


def test_unknown_language_reports_the_servers_answer(lt, tmp_path):
    with pytest.raises(ToolError, match=r"HTTP 400 on /v2/check: Error: 'xx-YY' is not a language code"):
        check(lt, "We recieve mail.", "l.txt", tmp_path, language="xx-YY")


def test_an_answer_that_is_not_json_is_a_tool_error(tmp_path):
    with FakeLanguageTool(garbage=True) as proxy, pytest.raises(ToolError, match="something that is not JSON"):
        check(proxy, "We recieve mail.", "g.txt", tmp_path)
