"""JUnit XML: one ``<testsuite>`` per file, one ``<testcase>`` per finding, one passing case per clean file.

There is no official JUnit schema; this follows what GitLab and most CI test viewers read.  A
finding at or above the run's failing severity is a ``<failure>``; a finding below it is a
passing test case whose ``<system-out>`` carries the message, so the report and the exit code
agree about what failed.  Each test case name (code, line, column) is unique in its file,
because GitLab keeps only the first of duplicate names.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter

from checker.findings import Finding
from checker.results import FileResult, RunResult
from checker.span import Position
from reports.options import ReportOptions

#: Characters XML 1.0 cannot hold at all (a release may contain stray control codes).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def render(run: RunResult, options: ReportOptions) -> str:
    """The JUnit document with an XML declaration."""
    del options
    root = ET.Element("testsuites", name="copydesk")
    totals = {"tests": 0, "failures": 0}
    for file in run.files:
        suite = _suite(file, run)
        root.append(suite)
        for key in totals:
            totals[key] += int(suite.get(key, "0"))
    for key, value in totals.items():
        root.set(key, str(value))
    root.set("errors", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _suite(file: FileResult, run: RunResult) -> ET.Element:
    path = file.path.replace("\\", "/")
    suite = ET.Element("testsuite", name=path, file=path)
    failures = 0
    names: Counter[str] = Counter()
    for finding in file.findings:
        failed = finding.severity >= run.fail_on
        failures += failed
        case = _case(file, finding, path, failed=failed)
        name = case.get("name", "")
        names[name] += 1
        if names[name] > 1:  # GitLab keeps only the first of duplicate names
            case.set("name", f"{name} #{names[name]}")
        suite.append(case)
    if not file.findings:
        ET.SubElement(suite, "testcase", classname=path, name="no findings", file=path, time="0")
    cases = len(suite)
    for key, value in (("tests", cases), ("failures", failures), ("errors", 0), ("skipped", 0), ("time", "0")):
        suite.set(key, str(value))
    return suite


def _case(file: FileResult, finding: Finding, path: str, *, failed: bool) -> ET.Element:
    start = file.start(finding)
    name = f"{finding.code} {finding.rule} line {start.line} col {start.column}"
    case = ET.Element("testcase", classname=path, name=name, file=path, line=str(start.line), time="0")
    details = _details(file, finding, path, start)
    if failed:
        failure = ET.SubElement(case, "failure", message=_xml_text(finding.message), type=finding.code)
        failure.text = details
    else:
        ET.SubElement(case, "system-out").text = details
    return case


def _details(file: FileResult, finding: Finding, path: str, start: Position) -> str:
    lines = [
        f"{path}:{start.line}:{start.column}: {finding.severity.value} {finding.code} {finding.rule}",
        finding.message,
    ]
    if finding.suggestion:
        lines.append(f"suggestion: {finding.suggestion}")
    if file.source:
        lines.append("> " + file.lines.line_text(start.line))
    return _xml_text("\n".join(lines))


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)
