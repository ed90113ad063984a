"""The progress bar: drawn on a terminal's standard error, never mixed into the report."""

from __future__ import annotations

import io

from checker.results import FileResult
from reports.progress import FileProgress
from tests.test_report_formats import run_copydesk


def test_progress_counts_files_and_names_the_current_one():
    stream = io.StringIO()
    with FileProgress(3, stream, color=False) as progress:
        for name in ("a.md", "b.txt", "press/very/" + "deep/" * 12 + "c.html"):
            progress.advance(FileResult(name, None, "", ()))
    drawn = stream.getvalue()
    assert "checking" in drawn
    assert "3/3" in drawn
    assert "…" in drawn, "long paths are cut from the left so the bar keeps one line"


def test_no_progress_when_standard_error_is_not_a_terminal():
    done = run_copydesk("check", "examples", "tests/data/releases", "--format", "concise")
    assert "checking" not in done.stderr
    assert "\x1b[" not in done.stderr
