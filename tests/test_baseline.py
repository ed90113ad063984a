"""Baselines: fingerprints survive unrelated edits, and ``--baseline`` reports only new findings."""

from __future__ import annotations

import json
from dataclasses import replace

from checker.baseline import Baseline, fingerprints, render_baseline
from checker.findings import Finding, Severity
from checker.results import FileResult, RunResult
from checker.span import Span
from tests.test_report_formats import run_copydesk

RELEASE = """Harbor Ferry Adds a Night Crossing

ASTORIA, Ore., April 7, 2026 -- Harbor Ferry will run a 10 p.m. crossing from May 1, said
[Name], the company's operations manager.

Tickets cost $XX and go on sale next week.
"""


def _result(path: str, source: str, *needles: str) -> FileResult:
    """A file result with one placeholder finding on each occurrence of each needle, in order."""
    spans = []
    for needle in needles:
        start = source.find(needle)
        while start != -1:
            spans.append(Span(start, start + len(needle)))
            start = source.find(needle, start + 1)
    findings = tuple(
        Finding("CD601", "placeholder-text", Severity.ERROR, f"{source[s.start : s.end]!r} is a placeholder", s)
        for s in sorted(spans)
    )
    return FileResult(path, "text", source, findings)


def _run(*files: FileResult) -> RunResult:
    return RunResult(files, (), Severity.WARNING, "0")


def test_fingerprints_ignore_lines_added_above_and_rewrapping():
    before = _result("news/ferry.txt", RELEASE, "[Name]", "XX")
    moved = "DRAFT - not for release\n\n\n" + RELEASE.replace("May 1, said\n[Name]", "May 1, said [Name]")
    after = _result("news/ferry.txt", moved, "[Name]", "XX")
    assert fingerprints(before) == fingerprints(after)


def test_fingerprints_tell_files_and_repeats_apart():
    twice = RELEASE + "\nThe ferry runs nightly. [Name] The ferry runs nightly. [Name] The ferry runs nightly.\n"
    result = _result("a.txt", twice, "[Name]")
    prints = fingerprints(result)
    assert len(set(map(str, prints))) == len(prints) == 3
    repeated = [p for p in prints if p.ordinal == 2]
    assert len(repeated) == 1, "identical context gets an ordinal, not a collision"
    assert fingerprints(_result("b.txt", twice, "[Name]"))[0] != prints[0]


def test_baseline_round_trip_hides_recorded_findings_only(tmp_path):
    old = _result("ferry.txt", RELEASE, "[Name]", "XX")
    path = tmp_path / "baseline.json"
    path.write_text(render_baseline(_run(old)), encoding="utf-8")
    recorded = json.loads(path.read_text(encoding="utf-8"))
    assert [entry["line"] for entry in recorded["findings"]] == [4, 6]
    edited = "Updated.\n" + RELEASE + "\nInterviews: [CONTACT NAME] at the dock.\n"
    new = _result("ferry.txt", edited, "[Name]", "XX", "[CONTACT NAME]")
    filtered, hidden = Baseline.load(path).filter(_run(new))
    assert hidden == 2
    assert [f.message for f in filtered.files[0].findings] == ["'[CONTACT NAME]' is a placeholder"]
    assert Baseline.load(path).filter(_run(replace(new, path="other.txt")))[1] == 0


def test_cli_write_baseline_then_report_only_new_findings(tmp_path):
    release = tmp_path / "ferry.md"
    release.write_text(RELEASE, encoding="utf-8")
    baseline = tmp_path / "copydesk-baseline.json"
    first = run_copydesk("check", "ferry.md", "--write-baseline", str(baseline), "--select", "CD601", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "recorded" in first.stderr
    assert json.loads(baseline.read_text(encoding="utf-8"))["findings"]
    quiet = run_copydesk(
        "check", "ferry.md", "--baseline", str(baseline), "--format", "concise", "--select", "CD601", cwd=tmp_path
    )
    assert (quiet.returncode, quiet.stdout) == (0, "")
    assert "not shown" in quiet.stderr
    release.write_text("# Harbor Ferry\n\n" + RELEASE + "\nPhotos: [INSERT PHOTO] on request.\n", encoding="utf-8")
    later = run_copydesk(
        "check", "ferry.md", "--baseline", str(baseline), "--format", "concise", "--select", "CD601", cwd=tmp_path
    )
    assert later.returncode == 1
    assert [line.split(": ", 1)[1].split(" ", 1)[0] for line in later.stdout.splitlines()] == ["CD601"]
    assert "[INSERT PHOTO]" in later.stdout


def test_cli_rejects_a_broken_baseline(tmp_path):
    (tmp_path / "ferry.md").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "bad.json").write_text('{"version": 99, "findings": []}', encoding="utf-8")
    done = run_copydesk("check", "ferry.md", "--baseline", "bad.json", cwd=tmp_path)
    assert done.returncode == 2
    assert "not a copydesk baseline" in done.stderr
    missing = run_copydesk("check", "ferry.md", "--baseline", "nowhere.json", cwd=tmp_path)
    assert missing.returncode == 2
    assert "cannot read baseline" in missing.stderr
