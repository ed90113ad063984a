"""GitLab Code Quality report: a JSON array of Code Climate issues for the merge-request widget.

Each finding carries a fingerprint that does not depend on its line (see
:mod:`checker.baseline`), so GitLab recognises the same finding across pipelines and shows
only new and fixed ones on a merge request.
"""

from __future__ import annotations

import json

from checker.baseline import fingerprints
from checker.findings import Severity
from checker.results import RunResult
from reports.options import ReportOptions

#: copydesk severity → Code Quality severity (info, minor, major, critical, blocker).
SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def render(run: RunResult, options: ReportOptions) -> str:
    """The Code Quality JSON array (no byte-order mark; GitLab rejects one)."""
    del options
    issues = []
    for result in run.files:
        path = result.path.replace("\\", "/")
        for finding, fingerprint in zip(result.findings, fingerprints(result), strict=True):
            start, end = result.start(finding), result.end(finding)
            issues.append(
                {
                    "type": "issue",
                    "description": finding.message,
                    "check_name": finding.code,
                    "categories": ["Style"],
                    "fingerprint": f"{finding.code}-{fingerprint.digest}-{fingerprint.ordinal}",
                    "severity": SEVERITIES[finding.severity],
                    "location": {"path": path, "lines": {"begin": start.line, "end": end.line}},
                }
            )
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"
