"""Every output format over the shared corpus (and the seed): render time, size, and validity.

    .venv/bin/python bench/reports_corpus.py [FOLDER ...]

Checks the folders once with the default rules, then renders each format from that one result
and reports milliseconds, bytes and what was verified: SARIF against the official schema in
``tests/data``, JUnit and HTML as well-formed documents with one entry per finding, GitHub and
concise as one line per finding, GitLab fingerprints unique.  Also reports how many baseline
fingerprints survive prepending a paragraph to every file (all of them should).
"""

from __future__ import annotations

import json
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

from checker import __version__
from checker.baseline import fingerprints
from checker.config import Config
from checker.engine import RunInput, run
from checker.results import FileResult, RunResult
from checker.span import Span
from reports import FORMATS, ReportOptions
from rules import default_registry

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEFAULT_TARGETS = (SHARED / "corpus" / "releases", SHARED / "seed")


def _verify(name: str, text: str, run_result: RunResult) -> str:
    """What was checked about one format's output, or the first problem found."""
    total = run_result.findings_count
    if name == "sarif":
        import jsonschema

        log = json.loads(text)
        schema = json.loads((REPO / "tests/data/sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
        jsonschema.Draft4Validator(schema).validate(log)
        return f"schema-valid, {len(log['runs'][0]['results'])} results"
    if name == "junit":
        root = ET.fromstring(text)
        return f"well-formed, {len(root.findall('testsuite'))} suites, {root.get('failures')} failures"
    if name == "gitlab":
        issues = json.loads(text)
        unique = len({issue["fingerprint"] for issue in issues})
        return f"{len(issues)} issues, {unique} unique fingerprints"
    if name in {"github", "concise"}:
        return f"{len(text.splitlines())} lines for {total} findings"
    if name == "html":
        notes = text.count('<li class="finding ')
        return f"{notes} notes for {total} findings"
    if name == "json":
        return f"{json.loads(text)['summary']['findings']} findings"
    return f"{len(text.splitlines())} lines"


def _shifted(file: FileResult) -> FileResult:
    """The same file with a paragraph prepended, every finding moved with it."""
    prefix = "An unrelated paragraph added on top.\n\n"
    moved = tuple(replace(f, span=Span(f.span.start + len(prefix), f.span.end + len(prefix))) for f in file.findings)
    return replace(file, source=prefix + file.source, findings=moved)


def main(argv: list[str]) -> int:
    targets = tuple(argv) or tuple(str(t) for t in DEFAULT_TARGETS if t.exists())
    if not targets:
        print("no corpus found: pass folders to check", file=sys.stderr)
        return 2
    registry = default_registry()
    start = time.perf_counter()
    result, _ = run(RunInput(targets), Config(), registry, __version__)
    print(f"checked {len(result.files)} files in {time.perf_counter() - start:.2f}s: {result.findings_count} findings")
    options = ReportOptions(width=80, rule_docs={rule.code: rule.doc for rule in registry})
    print(f"{'format':<9} {'ms':>7} {'bytes':>10}  verified")
    for name, render in FORMATS.items():
        start = time.perf_counter()
        text = render(result, options)
        elapsed = (time.perf_counter() - start) * 1000
        print(f"{name:<9} {elapsed:7.1f} {len(text.encode('utf-8')):10,}  {_verify(name, text, result)}")
    kept = sum(
        a == b for file in result.files for a, b in zip(fingerprints(file), fingerprints(_shifted(file)), strict=True)
    )
    print(f"baseline: {kept} of {result.findings_count} fingerprints unchanged after a paragraph is added above")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
