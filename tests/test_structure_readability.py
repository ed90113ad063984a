"""Structure (CD4xx) and readability (CD7xx) rules beyond their fixtures: profiles, metrics,
textstat offline, and precision on the shared corpus."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.config import Config, config_from_mapping
from checker.engine import check_bytes, make_plan, rule_options
from checker.errors import ConfigError
from checker.metrics import body_text, document_metrics, readability
from checker.parsing import parse_source
from checker.rule import Registry
from rules import builtin_rules

SHARED = Path(__file__).resolve().parents[2] / "shared"
RULES = {rule.name: rule for rule in builtin_rules()}
STRUCTURE = ("dateline", "headline", "boilerplate", "media-contact", "end-mark")
STYLE = ("readability", "long-sentence", "hype-words", "exclamation")

RELEASE = """Harbour Bakery Opens Second Shop

PORTLAND, Maine, May 2, 2025 -- Harbour Bakery opened its second shop on Fore Street today. The
shop sells bread, buns and cakes. It opens at six every morning, and the owners said they chose
the street because many of their customers live nearby.

"We wanted to be closer to the people who buy our bread," said owner Ana Ruiz.

About Harbour Bakery

Institutional stakeholders operationalized comprehensive organizational transformation
initiatives, systematically prioritizing interdisciplinary accountability.
"""


def _run(rule_name: str, text: str, name: str = "release.txt", style: dict[str, object] | None = None):
    config = config_from_mapping({"style": style}, Path("copydesk.toml")) if style else Config()
    rule = RULES[rule_name]
    plan = make_plan(Registry((rule,)), config.with_overrides(select=(rule.code,)))
    return check_bytes(text.encode("utf-8"), name, plan)


@pytest.mark.parametrize("name", STRUCTURE)
def test_structure_rules_read_the_profile_from_the_style_table(name):
    config = config_from_mapping({"style": {"profile": "wire", "dates": "ap"}}, Path("copydesk.toml"))
    assert rule_options(RULES[name], config)["profile"] == "wire"
    assert rule_options(RULES[name], Config())["profile"] == "web"


@pytest.mark.parametrize("name", STRUCTURE)
def test_wire_profile_requires_what_web_does_not(name):
    bare = "Harbour Bakery opened its second shop on Friday.\n"
    assert not _run(name, bare).findings
    wire = _run(name, bare, style={"profile": "wire"})
    assert [f.code for f in wire.findings] == [RULES[name].code]


def test_an_unknown_profile_is_a_configuration_error():
    config = config_from_mapping({"style": {"profile": "print"}}, Path("copydesk.toml"))
    with pytest.raises(ConfigError, match=r"boilerplate\.profile.*expected one of web, wire, got 'print'"):
        make_plan(Registry((RULES["boilerplate"],)), config)


def test_a_rule_called_directly_with_an_unknown_profile_says_so():
    document = parse_source(RELEASE, "release.txt")
    with pytest.raises(ValueError, match="unknown profile 'print'"):
        list(RULES["end-mark"].check(document, {"profile": "print"}))


def test_a_complete_wire_release_passes_every_structure_rule():
    text = RELEASE + "\nMedia contact:\n\nAna Ruiz, ana@harbour.example\n\n###\n"
    for name in STRUCTURE:
        assert not _run(name, text, style={"profile": "wire"}).findings, name


def test_metrics_score_the_story_not_the_boilerplate():
    document = parse_source(RELEASE, "release.txt")
    assert "Institutional" not in body_text(document)
    assert "PORTLAND" in body_text(document)
    figures = readability(document)
    assert figures is not None and figures.reading_ease > 50 and figures.sentences == 4
    metrics = document_metrics(document)
    assert metrics["flesch_reading_ease"] == figures.reading_ease
    assert metrics["longest_sentence_words"] >= metrics["words_per_sentence"] > 0


def test_metrics_of_a_release_without_body_are_empty():
    assert document_metrics(parse_source("Harbour Bakery Opens Second Shop\n", "h.txt")) == {}


def test_readability_works_with_sockets_disabled(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network access attempted")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    text = RELEASE.replace("About Harbour Bakery", "Institutional stakeholders operationalized transformation.")
    options = {"min-words": 10, "min-reading-ease": 90.0}
    result = _run_with_options("readability", text, options)
    assert [f.rule for f in result.findings] == ["readability"]
    assert "Flesch reading ease" in result.findings[0].message


def _run_with_options(rule_name: str, text: str, options: dict[str, object]):
    config = config_from_mapping({"rules": {rule_name: options}}, Path("copydesk.toml"))
    rule = RULES[rule_name]
    return check_bytes(
        text.encode("utf-8"), "release.txt", make_plan(Registry((rule,)), config.with_overrides(select=(rule.code,)))
    )


def test_textstat_imports_and_scores_offline_in_a_fresh_interpreter():
    """A first import in a fresh process is where textstat >= 0.7.9 would fetch NLTK's cmudict."""
    script = (
        "import socket\n"
        "def refuse(*a, **k):\n    raise OSError('network access attempted')\n"
        "socket.socket = refuse\nsocket.create_connection = refuse\n"
        "import textstat\n"
        "print(textstat.flesch_reading_ease('The bakery opened a second shop. It sells bread.'))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert float(done.stdout) > 60


def _clean_corpus() -> list[tuple[Path, list[dict[str, object]]]]:
    if not (SHARED / "corpus" / "ANNOTATIONS.jsonl").is_file():
        pytest.skip(f"shared corpus not found at {SHARED} (precision is measured only where it is present)")
    rows = [
        json.loads(line) for line in (SHARED / "corpus" / "ANNOTATIONS.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    return [(SHARED / "corpus" / "releases" / r["file"], r["defects"]) for r in rows if r["clean_checked"]]


@pytest.mark.parametrize("name", [n for n in STRUCTURE + STYLE if RULES[n].meta.default_enabled])
def test_default_rules_stay_within_the_false_alarm_budget_on_clean_releases(name):
    """At most one file with unannotated findings per 20 releases the annotations mark clean."""
    clean = _clean_corpus()
    subject = {"media-contact": "contact", "boilerplate": "about", "headline": "headline", "dateline": "dateline"}
    alarmed = []
    for path, defects in clean:
        result = _run(name, path.read_text(encoding="utf-8", errors="replace"), path.name)
        lines = result.source.split("\n")
        for finding in result.findings:
            line = lines[result.start(finding).line - 1]
            on_defect = any(str(d["text"]) in line for d in defects)
            about = any(subject.get(name, "\0") in str(d["why"]).lower() for d in defects)
            if not (on_defect or about):
                alarmed.append(path.name)
    assert len(set(alarmed)) <= len(clean) // 20, sorted(set(alarmed))


_PIECES = st.sampled_from(
    [
        "Harbour Bakery Opens Second Shop",
        "PORTLAND, Maine —",
        "PORTLAND, Maine, Feb. 30, 2025 /PRNewswire/ --",
        "About Harbour Bakery",
        "Media Contact:",
        "ana@harbour.example",
        "###",
        "-30-",
        "It opened today!",
        "“A world-class shop,” she said.",
        "# Heading.",
        "---",
        "",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_PIECES, max_size=12), st.sampled_from(["web", "wire"]), st.sampled_from(["txt", "md", "html"]))
def test_rules_never_crash_and_keep_spans_inside_the_source(pieces, style, extension):
    text = "\n\n".join(pieces) + "\n"
    for name in STRUCTURE + STYLE:
        result = _run(name, text, f"release.{extension}", style={"profile": style})
        assert all(f.code != "CD001" for f in result.findings), result.findings
        assert all(0 <= f.span.start <= f.span.end <= len(result.source) for f in result.findings)


def test_wire_dateline_suggests_the_city_in_capitals():
    text = "Harbour Bakery Opens Second Shop\n\nPortland, Maine, May 2, 2025 -- Harbour Bakery opened today.\n"
    [finding] = _run("dateline", text, style={"profile": "wire"}).findings
    assert finding.suggestion == "PORTLAND"
    assert text[finding.span.start : finding.span.end] == "Portland"
    assert not _run("dateline", text).findings
