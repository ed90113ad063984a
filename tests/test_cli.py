"""The copydesk command end to end, through a real subprocess: exit codes, formats, bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def copydesk(
    *args: str, cwd: Path = ROOT, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "checker", *args],
        cwd=cwd,
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
        check=False,
    )


@pytest.fixture
def releases(tmp_path: Path) -> Path:
    (tmp_path / "clean.md").write_text("# Title\n\nThe plant opens in May with 200 jobs.\n")
    (tmp_path / "broken.txt").write_text("Contact [COMPANY NAME] for details.\n")
    return tmp_path


def test_clean_files_exit_0(releases):
    result = copydesk("check", "clean.md", cwd=releases)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings in 1 file" in result.stdout


def test_findings_exit_1_and_show_position(releases):
    result = copydesk("check", ".", cwd=releases)
    assert result.returncode == 1
    assert "broken.txt" in result.stdout
    assert "1:9" in result.stdout and "CD601" in result.stdout
    assert "^^^^^^^^^^^^^^" in result.stdout


def test_fail_on_error_ignores_lower_severities(releases):
    (releases / "copydesk.toml").write_text("[severity]\nCD601 = 'warning'\n")
    assert copydesk("check", ".", "--fail-on", "error", cwd=releases).returncode == 0
    assert copydesk("check", ".", cwd=releases).returncode == 1


def test_usage_errors_exit_2(releases):
    assert copydesk("check", "--fail-on", "fatal", cwd=releases).returncode == 2
    assert copydesk("check", "--select", "CD999", cwd=releases).returncode == 2
    assert copydesk("explain", "no-such-rule", cwd=releases).returncode == 2


def test_broken_config_exits_2_with_file_and_key(releases):
    (releases / "copydesk.toml").write_text("fail-on = 'sometimes'\n")
    result = copydesk("check", ".", cwd=releases)
    assert result.returncode == 2
    assert "copydesk.toml: fail-on: unknown severity" in result.stderr


def test_missing_path_is_reported_and_others_still_checked(releases):
    result = copydesk("check", "broken.txt", "nope.md", "--format", "json", cwd=releases)
    assert result.returncode == 2
    assert "nope.md: no such file or directory" in result.stderr
    assert json.loads(result.stdout)["summary"]["findings"] == 1


def test_binary_and_huge_files_become_cd000(releases):
    (releases / "logo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    (releases / "copydesk.toml").write_text("max-file-size = 100\n")
    (releases / "long.md").write_text("word " * 100)
    report = json.loads(copydesk("check", ".", "--format", "json", cwd=releases).stdout)
    codes = {f["path"]: [x["code"] for x in f["findings"]] for f in report["files"]}
    assert codes["logo.txt"] == ["CD000"] and codes["long.md"] == ["CD000"]
    assert codes["broken.txt"] == ["CD601"]


def test_stdin_with_a_filename(releases):
    result = copydesk(
        "check", "-", "--stdin-filename", "note.md", "--format", "json", cwd=releases, stdin=b"Call [NAME].\n"
    )
    report = json.loads(result.stdout)
    assert report["files"][0]["path"] == "note.md" and report["files"][0]["format"] == "markdown"


def test_json_report_shape(releases):
    report = json.loads(copydesk("check", ".", "--format", "json", cwd=releases).stdout)
    assert report["version"] == 1 and report["tool"]["name"] == "copydesk"
    finding = next(f for file in report["files"] for f in file["findings"])
    assert set(finding) == {
        "code",
        "rule",
        "severity",
        "message",
        "line",
        "column",
        "end_line",
        "end_column",
        "suggestion",
    }
    assert (finding["line"], finding["column"], finding["end_column"]) == (1, 9, 23)
    assert report["summary"] == {
        "files": 2,
        "findings": 1,
        "by_severity": {"error": 1, "warning": 0, "info": 0},
        "by_rule": {"CD601": 1},
    }


def test_output_file_and_quiet(releases, tmp_path):
    out = tmp_path / "report.json"
    result = copydesk("check", ".", "--format", "json", "--output", str(out), cwd=releases)
    assert result.stdout == "" and json.loads(out.read_text())["summary"]["findings"] == 1
    quiet = copydesk("check", ".", "--quiet", cwd=releases)
    assert "broken.txt" not in quiet.stdout and "1 finding" in quiet.stdout


def test_no_color_means_no_escape_codes(releases):
    result = copydesk("check", ".", cwd=releases, env={"NO_COLOR": "1"})
    assert "\x1b[" not in result.stdout


def test_rules_and_explain():
    listing = copydesk("rules")
    assert listing.returncode == 0 and "CD601" in listing.stdout and "placeholder-text" in listing.stdout
    doc = copydesk("explain", "CD601")
    assert doc.returncode == 0 and "## What it does" in doc.stdout and "## Use instead" in doc.stdout


def test_examples_folder_runs():
    result = copydesk("check", str(EXAMPLES), "--format", "json")
    report = json.loads(result.stdout)
    assert {Path(f["path"]).name for f in report["files"]} >= {
        "wire-release-defects.txt",
        "clean-launch.md",
        "clean-partnership.html",
    }
