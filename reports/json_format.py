"""The stable JSON report (``--format json``), documented in ``docs/json-format.md``."""

from __future__ import annotations

import json

from checker.results import FileResult, RunResult
from reports.options import ReportOptions

#: Bumped only when a field changes meaning or disappears.
JSON_VERSION = 1


def render(run: RunResult, options: ReportOptions) -> str:
    """The whole run as one JSON document."""
    del options
    document = {
        "version": JSON_VERSION,
        "tool": {"name": "copydesk", "version": run.version},
        "files": [_file(result) for result in run.files],
        "summary": {
            "files": len(run.files),
            "findings": run.findings_count,
            "by_severity": run.by_severity(),
            "by_rule": run.by_rule(),
        },
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _file(result: FileResult) -> dict[str, object]:
    findings = []
    for finding in result.findings:
        start, end = result.start(finding), result.end(finding)
        findings.append(
            {
                "code": finding.code,
                "rule": finding.rule,
                "severity": finding.severity.value,
                "message": finding.message,
                "line": start.line,
                "column": start.column,
                "end_line": end.line,
                "end_column": end.column,
                "suggestion": finding.suggestion,
            }
        )
    return {"path": result.path, "format": result.format, "findings": findings, "metrics": dict(result.metrics)}
