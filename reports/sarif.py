"""SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer).

One run whose ``tool.driver.rules`` lists every rule that ran, with its documentation, and one
result per finding with a physical location.  Columns count Unicode code points
(``columnKind: unicodeCodePoints``), 1-based, with ``endColumn`` just after the last
character.  ``partialFingerprints`` carries copydesk's line-independent fingerprint so code
scanning tracks a finding across commits.  The output validates against the official schema
shipped in ``tests/data``.
"""

from __future__ import annotations

import json
from pathlib import PurePosixPath
from urllib.parse import quote

from checker.baseline import fingerprints
from checker.findings import Severity
from checker.results import FileResult, RunResult
from checker.rule import RuleMeta
from reports.options import ReportOptions

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
#: copydesk severity → SARIF level.
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
#: GitHub shows at most this many characters of a description.
_DESCRIPTION_LIMIT = 1024


def render(run: RunResult, options: ReportOptions) -> str:
    """The SARIF log as indented JSON."""
    rules = _rules_in_use(run)
    index = {meta.code: i for i, meta in enumerate(rules)}
    log = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "copydesk",
                        "semanticVersion": run.version,
                        "rules": [_rule(meta, options) for meta in rules],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": [result for file in run.files for result in _results(file, index)],
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _rules_in_use(run: RunResult) -> list[RuleMeta]:
    """Every rule that ran, plus any code a finding carries that the run does not list."""
    metas = list(run.rules)
    known = {meta.code for meta in metas}
    for file in run.files:
        for finding in file.findings:
            if finding.code not in known:
                known.add(finding.code)
                metas.append(RuleMeta(finding.code, finding.rule, finding.message, finding.severity))
    return metas


def _rule(meta: RuleMeta, options: ReportOptions) -> dict[str, object]:
    doc = options.rule_docs.get(meta.code, "").strip()
    descriptor: dict[str, object] = {
        "id": meta.code,
        "name": meta.name,
        "shortDescription": {"text": _clip(meta.summary)},
        "fullDescription": {"text": _clip(_what_it_does(doc) or meta.summary)},
        "help": {"text": doc or meta.summary, "markdown": doc or meta.summary},
        "defaultConfiguration": {"level": LEVELS[meta.severity], "enabled": meta.default_enabled},
        "properties": {"tags": ["editorial"], "problem.severity": _problem_severity(meta.severity)},
    }
    if options.help_uri:
        descriptor["helpUri"] = options.help_uri.format(code=meta.code, name=meta.name)
    return descriptor


def _what_it_does(doc: str) -> str:
    """The text under ``## What it does`` (rule docs start with it), joined into one paragraph."""
    _, found, rest = doc.partition("## What it does")
    return " ".join(rest.split("\n## ", 1)[0].split()) if found else ""


def _clip(text: str) -> str:
    return text if len(text) <= _DESCRIPTION_LIMIT else text[: _DESCRIPTION_LIMIT - 1] + "…"


def _problem_severity(severity: Severity) -> str:
    return {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "recommendation"}[severity]


def _results(file: FileResult, index: dict[str, int]) -> list[dict[str, object]]:
    results = []
    for finding, fingerprint in zip(file.findings, fingerprints(file), strict=True):
        start, end = file.start(finding), file.end(finding)
        message = (
            finding.message if finding.suggestion is None else f"{finding.message} Suggestion: {finding.suggestion}"
        )
        results.append(
            {
                "ruleId": finding.code,
                "ruleIndex": index[finding.code],
                "level": LEVELS[finding.severity],
                "message": {"text": message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": artifact_uri(file.path)},
                            "region": {
                                "startLine": start.line,
                                "startColumn": start.column,
                                "endLine": end.line,
                                "endColumn": end.column,
                            },
                        }
                    }
                ],
                "partialFingerprints": {"primaryLocationLineHash": str(fingerprint)},
            }
        )
    return results


def artifact_uri(path: str) -> str:
    """A URI reference for a display path: relative paths stay relative, absolute become file URIs."""
    posix = PurePosixPath(path.replace("\\", "/"))
    if posix.is_absolute():
        return "file://" + quote(str(posix))
    return quote(str(posix))
