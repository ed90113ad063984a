"""Reporters as pure functions on hand-made results: the edge cases end-to-end runs rarely reach."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

from checker.findings import Finding, Severity
from checker.results import FileResult, RunResult
from checker.rule import RuleMeta
from checker.span import Span
from reports import ReportOptions, render
from reports.sarif import artifact_uri

SOURCE = 'Contact [Name] at <a href="x">[EMAIL]</a> or TK.\r\nSecond line with 50% & more.\r\n'
META = RuleMeta("CD601", "placeholder-text", "Fill in placeholders.", Severity.ERROR)


def _finding(start: int, end: int, severity: Severity = Severity.ERROR, message: str = "placeholder") -> Finding:
    return Finding("CD601", "placeholder-text", severity, message, Span(start, end), None)


def _run(*files: FileResult, fail_on: Severity = Severity.WARNING) -> RunResult:
    return RunResult(files, (META,), fail_on, "9.9.9")


def _file(path: str, *findings: Finding, metrics: dict[str, float] | None = None) -> FileResult:
    return FileResult(path, "markdown", SOURCE, tuple(findings), metrics or {})


def test_html_handles_overlaps_empty_spans_and_markup_in_text():
    name = SOURCE.index("[Name]")
    whole = _finding(0, SOURCE.index("\r"), Severity.WARNING, 'line has <b>"quotes"</b>')
    inner = _finding(name, name + 6)
    pin = _finding(SOURCE.index("Second"), SOURCE.index("Second"), Severity.INFO, "empty span")
    page = render("html", _run(_file("press/a.md", whole, inner, pin)), ReportOptions())
    assert 'href="x"' not in page.replace('href="#', "")
    assert "&lt;a href=&quot;x&quot;&gt;" in page
    assert "line has &lt;b&gt;&quot;quotes&quot;&lt;/b&gt;" in page
    assert 'data-findings="f0-0 f0-1"' in page, "the overlap is one piece covered by both findings"
    assert 'class="sev-info pin"' in page
    parser = HTMLParser()
    parser.feed(page)
    parser.close()


def test_junit_names_stay_unique_and_low_severity_passes():
    same_place = (_finding(8, 14, message="first"), _finding(8, 14, Severity.INFO, message="second"))
    xml = render("junit", _run(_file("a.md", *same_place)), ReportOptions())
    cases = ET.fromstring(xml).findall("testsuite/testcase")
    assert [case.get("name") for case in cases] == [
        "CD601 placeholder-text line 1 col 9",
        "CD601 placeholder-text line 1 col 9 #2",
    ]
    assert cases[0].find("failure") is not None
    assert cases[1].find("failure") is None
    assert "second" in cases[1].findtext("system-out")


def test_junit_replaces_characters_xml_cannot_hold():
    finding = Finding("CD601", "placeholder-text", Severity.ERROR, "bad \x0c char", Span(0, 1))
    xml = render("junit", _run(FileResult("a.txt", "text", "x\x0cy", (finding,))), ReportOptions())
    assert ET.fromstring(xml).find("testsuite/testcase/failure").get("message") == "bad \ufffd char"


def test_github_escapes_properties_and_crlf_positions():
    second = SOURCE.index("50%")
    output = render(
        "github", _run(_file("press/a,b:c.md", _finding(second, second + 3, message="50%\nsure"))), ReportOptions()
    )
    assert output == (
        "::error file=press/a%2Cb%3Ac.md,line=2,col=18,endLine=2,endColumn=21,"
        "title=CD601 placeholder-text::50%25%0Asure\n"
    )


def test_sarif_uris():
    assert artifact_uri("press/my release.md") == "press/my%20release.md"
    assert artifact_uri("/srv/press/a.md") == "file:///srv/press/a.md"
    assert artifact_uri("press\\a.md") == "press/a.md"


def test_terminal_summary_at_80_columns_lists_the_hardest_releases():
    files = [
        _file(f"releases/{n:03}-a-rather-long-release-name-for-the-table.md", metrics={"flesch_reading_ease": float(n)})
        for n in range(15)
    ]
    text = render("terminal", _run(*files), ReportOptions(width=80))
    assert all(len(line) <= 80 for line in text.splitlines())
    assert "Readability (hardest 12 of 15)" in text
    assert "014-a-rather" not in text, "the easiest releases are left out"
    full = render("terminal", _run(*files), ReportOptions(width=80, statistics=True))
    assert "014-a-rather" in full


def test_sarif_rules_carry_documentation_and_help_uri_when_known():
    doc = "Unreplaced template text.\n\n## What it does\nFlags `[Name]` and `TK`.\n\n## Why is this bad?\nIt shows."
    options = ReportOptions(rule_docs={"CD601": doc}, help_uri="https://docs.example.org/rules/{name}.md")
    rule = json.loads(render("sarif", _run(_file("a.md", _finding(8, 14))), options))["runs"][0]["tool"]["driver"][
        "rules"
    ][0]
    assert rule["fullDescription"]["text"] == "Flags `[Name]` and `TK`."
    assert rule["help"]["markdown"] == doc
    assert rule["helpUri"] == "https://docs.example.org/rules/placeholder-text.md"
    bare = json.loads(render("sarif", _run(_file("a.md")), ReportOptions()))["runs"][0]["tool"]["driver"]["rules"][0]
    assert "helpUri" not in bare
    assert bare["fullDescription"]["text"] == bare["shortDescription"]["text"] == "Fill in placeholders."


def test_terminal_summary_with_absolute_and_relative_paths():
    files = (_file("/srv/press/a.md", _finding(8, 14)), _file("press/b.md", _finding(8, 14)))
    text = render("terminal", _run(*files), ReportOptions(width=80))
    assert "/srv/press/a.md" in text
    assert "press/b.md" in text
