"""Every output format end to end: the installed ``copydesk`` on ``examples/`` and a defective release.

The JSON report is the reference: each other format must place the same findings at the same
lines and columns.  ``tests/data/releases/defective-bakery.md`` guarantees findings (and HTML
in the text) whatever the examples currently trigger.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reports.github import escape_data, escape_property

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data"
TARGETS = ("examples", "tests/data/releases")
SARIF_SCHEMA = DATA / "sarif-schema-2.1.0.json"


def copydesk_command() -> list[str]:
    """The installed console script next to this interpreter (the venv's), else the one on PATH."""
    beside = Path(sys.executable).parent / "copydesk"
    found = str(beside) if beside.exists() else shutil.which("copydesk")
    if found is None:
        pytest.skip("the copydesk console script is not installed (pip install -e .)")
    return [found]


def run_copydesk(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Run ``copydesk`` with ``args`` and capture its output as text."""
    env = {"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "COLUMNS": "80"}
    return subprocess.run(
        [*copydesk_command(), *args], cwd=cwd, capture_output=True, text=True, encoding="utf-8", env=env, check=False
    )


def check(fmt: str, *extra: str) -> subprocess.CompletedProcess[str]:
    return run_copydesk("check", *TARGETS, "--format", fmt, *extra)


@pytest.fixture(scope="module")
def reference() -> dict:
    """The JSON report of the same run: files, findings with positions, summary."""
    done = check("json")
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    assert report["summary"]["findings"] >= 4
    return report


def positions(report: dict) -> list[tuple[str, int, int, str]]:
    """(path, line, column, code) of every finding in a JSON report, sorted."""
    return sorted(
        (file["path"], f["line"], f["column"], f["code"]) for file in report["files"] for f in file["findings"]
    )


def test_json_counts_agree_with_findings(reference):
    assert reference["summary"]["findings"] == len(positions(reference))
    assert [f["path"] for f in reference["files"]] == sorted(f["path"] for f in reference["files"])


def test_concise_is_one_line_per_finding(reference):
    done = check("concise")
    assert done.returncode == 1
    pattern = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<code>CD\d{3}) \S.*$")
    found = []
    for line in done.stdout.splitlines():
        match = pattern.match(line)
        assert match, line
        found.append((match["path"], int(match["line"]), int(match["col"]), match["code"]))
    assert sorted(found) == positions(reference)
    assert "tests/data/releases/defective-bakery.md:7:48: CD601 '[Name]' is a placeholder" in done.stdout


def _unescape(text: str) -> str:
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


def test_github_workflow_commands(reference):
    done = check("github")
    assert done.returncode == 1
    command = re.compile(r"^::(?P<level>error|warning|notice) (?P<props>[^:]*)::(?P<message>.+)$")
    found, levels = [], []
    by_place = {
        (file["path"], f["line"], f["column"], f["code"]): f for file in reference["files"] for f in file["findings"]
    }
    for line in done.stdout.splitlines():
        match = command.match(line)
        assert match, line
        props = dict(pair.split("=", 1) for pair in match["props"].split(","))
        assert set(props) == {"file", "line", "col", "endLine", "endColumn", "title"}
        code = _unescape(props["title"]).split()[0]
        key = (_unescape(props["file"]), int(props["line"]), int(props["col"]), code)
        expected = by_place[key]
        assert (int(props["endLine"]), int(props["endColumn"])) == (expected["end_line"], expected["end_column"])
        assert _unescape(match["message"]).startswith(expected["message"])
        found.append(key)
        levels.append(match["level"])
    assert sorted(found) == positions(reference)
    order = {"error": 0, "warning": 1, "notice": 2}
    assert levels == sorted(levels, key=order.__getitem__), "most severe first: GitHub drops annotations past 10"


def test_github_escaping_follows_actions_toolkit():
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_sarif_validates_against_the_official_schema(reference):
    jsonschema = pytest.importorskip("jsonschema")
    done = check("sarif")
    assert done.returncode == 1
    log = json.loads(done.stdout)
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(log)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    for rule in rules:
        assert rule["id"] and rule["name"] and rule["shortDescription"]["text"]
        assert rule["fullDescription"]["text"] and rule["help"]["text"]
        assert rule["defaultConfiguration"]["level"] in {"error", "warning", "note"}
    placeholder = next(rule for rule in rules if rule["id"] == "CD601")
    assert "## Why is this bad?" in placeholder["help"]["markdown"]
    assert "placeholder" in placeholder["fullDescription"]["text"].lower()
    found = []
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        location = result["locations"][0]["physicalLocation"]
        region = location["region"]
        found.append(
            (location["artifactLocation"]["uri"], region["startLine"], region["startColumn"], result["ruleId"])
        )
        assert result["partialFingerprints"]["primaryLocationLineHash"]
    assert sorted(found) == positions(reference)


def test_gitlab_code_quality(reference):
    done = check("gitlab")
    assert done.returncode == 1
    assert not done.stdout.startswith("\ufeff")
    issues = json.loads(done.stdout)
    assert isinstance(issues, list)
    for issue in issues:
        assert issue["description"] and issue["check_name"].startswith("CD")
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert issue["location"]["path"] and issue["location"]["lines"]["begin"] >= 1
    fingerprints = [issue["fingerprint"] for issue in issues]
    assert len(set(fingerprints)) == len(fingerprints) == reference["summary"]["findings"]
    found = sorted((i["location"]["path"], i["location"]["lines"]["begin"], i["check_name"]) for i in issues)
    assert found == sorted((path, line, code) for path, line, _, code in positions(reference))


def test_junit_one_suite_per_file(reference):
    done = check("junit", "--fail-on", "warning")
    assert done.returncode == 1
    assert done.stdout.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    root = ET.fromstring(done.stdout)
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [f["path"] for f in reference["files"]]
    for suite, file in zip(suites, reference["files"], strict=True):
        cases = suite.findall("testcase")
        assert len(cases) == max(1, len(file["findings"]))
        assert int(suite.get("tests")) == len(cases)
        names = [case.get("name") for case in cases]
        assert len(set(names)) == len(names), "GitLab keeps only the first of duplicate names"
        failing = [f for f in file["findings"] if f["severity"] in {"error", "warning"}]
        assert int(suite.get("failures")) == len(failing) == len(suite.findall("testcase/failure"))
    assert int(root.get("failures")) == sum(int(s.get("failures")) for s in suites)


def test_html_report_is_self_contained_and_escaped(reference, tmp_path):
    out = tmp_path / "report.html"
    done = check("html", "--output", str(out))
    assert done.returncode == 1
    assert done.stdout == ""
    page = out.read_text(encoding="utf-8")
    assert page.count('<li class="finding ') == reference["summary"]["findings"]
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&quot;headline&quot;)&lt;/script&gt;" in page
    assert "&lt;b&gt;bold claims&lt;/b&gt;" in page
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", page), "no external assets"
    assert "Content-Security-Policy" in page
    assert page.count("<script>") == 1


def test_terminal_summary_fits_80_columns_as_plain_text():
    done = run_copydesk("check", *TARGETS)
    assert done.returncode == 1
    text = done.stdout
    assert "\x1b[" not in text, "no ANSI codes when the output is not a terminal"
    assert all(len(line) <= 80 for line in text.splitlines()), max(text.splitlines(), key=len)
    for heading in ("Summary", "By rule", "Worst files", "Readability", "reading ease", "grade", "sentences", "words"):
        assert heading in text
    assert re.search(r"^\d+ findings? \(.*\) in \d+ of \d+ files\.$", text, re.MULTILINE)


def test_exit_codes():
    assert run_copydesk("check", "examples/clean-launch.md", "--format", "concise").returncode == 0
    assert run_copydesk("check", "tests/data/releases/defective-bakery.md", "--format", "concise").returncode == 1
    assert run_copydesk("check", "examples", "--format", "no-such-format").returncode == 2


def test_json_format_doc_names_every_field(reference):
    doc = (ROOT / "docs" / "json-format.md").read_text(encoding="utf-8")
    documented = {part for quoted in re.findall(r"`([^`\n]+)`", doc) for part in re.findall(r"[a-z_]+", quoted)}
    file = next(f for f in reference["files"] if f["findings"] and f["metrics"])
    fields = set(reference) | set(reference["tool"]) | set(reference["summary"]) | set(file) | set(file["findings"][0])
    fields |= set(file["metrics"])
    assert fields - documented == set()
