"""The HTML report in a real headless browser: Debian's chromium driven by playwright.

Loads the page ``copydesk check --format html`` wrote, with no console errors and no network
request; the number of findings shown matches the JSON report; unticking a severity or a rule
hides those findings and their highlights.  Skipped only when chromium is not installed
(``.ci/run`` installs it with apt).  Set ``COPYDESK_SCREENSHOT=path.png`` to save a screenshot
(how ``docs/html-report.png`` was made).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from tests.test_report_formats import TARGETS, run_copydesk

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.slow


def _chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("chromium is not installed (apt-get install chromium); .ci/run installs it")
    raise AssertionError  # unreachable: pytest.skip raises


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> tuple[Path, dict]:
    """The HTML report of the e2e targets, and the JSON report of the same run."""
    out = tmp_path_factory.mktemp("html") / "report.html"
    assert run_copydesk("check", *TARGETS, "--format", "html", "--output", str(out)).returncode == 1
    reference = json.loads(run_copydesk("check", *TARGETS, "--format", "json").stdout)
    return out, reference


@pytest.fixture(scope="module")
def browser():
    executable = _chromium()
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed (pip install -e '.[dev]')"
    )
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS, headless=True)
        yield launched
        launched.close()


def _open(browser, path: Path):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    problems: list[str] = []
    page.on("console", lambda message: problems.append(message.text) if message.type in {"error", "warning"} else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("request", lambda request: problems.append(request.url) if not request.url.startswith("file:") else None)
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, problems


def _visible(page, selector: str) -> int:
    return page.locator(selector).evaluate_all("nodes => nodes.filter(n => n.offsetParent !== null).length")


def test_loads_without_errors_and_counts_match_json(browser, report):
    path, reference = report
    page, problems = _open(browser, path)
    total = reference["summary"]["findings"]
    assert problems == []
    assert _visible(page, "li.finding") == total
    assert page.locator("#shown-count").inner_text() == str(total)
    assert page.locator("mark[data-findings]:not(.off)").count() >= total
    assert page.evaluate("document.querySelectorAll('script[src], link[href], img[src]').length") == 0
    headline = page.locator("pre.source", has_text="alert(").first.inner_text()
    assert '<script>alert("headline")</script>' in headline, "markup in the release is shown, not run"
    error_mark = page.locator("mark.sev-error").first
    assert error_mark.evaluate("m => getComputedStyle(m).backgroundColor") == "rgb(253, 226, 226)", (
        "the stylesheet applies"
    )
    screenshot = os.environ.get("COPYDESK_SCREENSHOT")
    if screenshot:
        page.set_viewport_size({"width": 1280, "height": 1400})
        page.screenshot(path=screenshot, full_page=False)
    page.close()


def test_filters_hide_findings_and_highlights(browser, report):
    path, reference = report
    page, problems = _open(browser, path)
    findings = [f for file in reference["files"] for f in file["findings"]]
    errors = sum(1 for f in findings if f["severity"] == "error")
    page.locator('input[data-filter="severity"][value="error"]').click()
    assert _visible(page, "li.finding") == len(findings) - errors
    assert page.locator("#shown-count").inner_text() == str(len(findings) - errors)
    assert page.locator("mark.sev-error:not(.off)").count() == 0 or len(findings) > errors
    page.locator('input[data-filter="severity"][value="error"]').click()
    placeholders = sum(1 for f in findings if f["code"] == "CD601")
    page.locator('input[data-filter="rule"][value="CD601"]').click()
    assert _visible(page, "li.finding") == len(findings) - placeholders
    assert _visible(page, 'li.finding[data-rule="CD601"]') == 0
    first = page.locator("mark[data-findings]:not(.off)").first
    first.hover()
    note_id = first.get_attribute("data-findings").split()[0]
    assert "active" in page.locator(f"#{note_id}").get_attribute("class"), "hovering a highlight points at its note"
    assert problems == []
    page.close()
