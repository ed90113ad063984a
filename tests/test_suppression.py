"""Inline suppression comments in Markdown, HTML and plain text."""

from __future__ import annotations

from checker.config import Config
from checker.engine import check_bytes, make_plan
from rules import default_registry

PLAN = make_plan(default_registry(), Config(select=("CD601",)))


def lines_with_findings(text: str, name: str) -> list[int]:
    result = check_bytes(text.encode(), name, PLAN)
    return [result.start(f).line for f in result.findings]


def test_disable_and_enable_in_markdown():
    text = (
        "Call [NAME].\n\n<!-- copydesk: disable CD601 -->\n\nCall [NAME].\n\n"
        "<!-- copydesk: enable -->\n\nCall [NAME].\n"
    )
    assert lines_with_findings(text, "r.md") == [1, 9]


def test_disable_next_line_by_name():
    text = "<!-- copydesk: disable-next-line placeholder-text -->\nCall [NAME].\n\nCall [NAME].\n"
    assert lines_with_findings(text, "r.md") == [4]


def test_disable_of_another_rule_keeps_findings():
    text = "<!-- copydesk: disable CD101 -->\n\nCall [NAME].\n"
    assert lines_with_findings(text, "r.md") == [3]


def test_disable_file_in_html():
    text = "<!-- copydesk: disable-file -->\n<p>Call [NAME].</p>\n"
    assert lines_with_findings(text, "r.html") == []


def test_plain_text_comment_lines_are_not_prose():
    text = "# copydesk: disable-next-line CD601\nCall [NAME] today.\n\nCall [NAME] today.\n"
    result = check_bytes(text.encode(), "r.txt", PLAN)
    assert [result.start(f).line for f in result.findings] == [4]
