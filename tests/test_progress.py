"""The progress bar: drawn on a terminal's standard error, never mixed into the report."""

from __future__ import annotations

import io

from checker.results import FileResult
from reports.progress import MANY_FILES, FileProgress
from tests.test_report_formats import run_copydesk


def test_progress_counts_files_and_names_the_current_one():
    stream = io.StringIO()
    names = [f"r{n}.md" for n in range(MANY_FILES - 1)] + ["press/very/" + "deep/" * 12 + "c.html"]
    with FileProgress(stream, color=False) as progress:
        progress.started(len(names))
        for name in names:
            progress.checked(FileResult(name, None, "", ()))
    drawn = stream.getvalue()
    assert "checking" in drawn
    assert f"{MANY_FILES}/{MANY_FILES}" in drawn
    assert "…" in drawn, "long paths are cut from the left so the bar keeps one line"


def test_few_files_draw_nothing():
    stream = io.StringIO()
    with FileProgress(stream, color=False) as progress:
        progress.started(MANY_FILES - 1)
        progress.checked(FileResult("a.md", None, "", ()))
    assert stream.getvalue() == ""


def test_no_progress_when_standard_error_is_not_a_terminal():
    done = run_copydesk("check", "examples", "tests/data/releases", "--format", "concise")
    assert "checking" not in done.stderr
    assert "\x1b[" not in done.stderr
