"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` line per finding.

GitHub turns each line into an annotation on the pull request.  It keeps only 10 annotations
of each level per step (50 per job) and drops the rest silently, so the most severe findings
come first.  Data is escaped as ``@actions/core`` does: ``%``, CR and LF in the message, and
also ``:`` and ``,`` in property values.
"""

from __future__ import annotations

from checker.findings import Severity
from checker.results import RunResult
from reports._located import Located, most_severe_first
from reports.options import ReportOptions

_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def render(run: RunResult, options: ReportOptions) -> str:
    """One workflow command per finding, errors first."""
    del options
    return "".join(_command(item) + "\n" for item in most_severe_first(run))


def _command(item: Located) -> str:
    finding = item.finding
    properties = {
        "file": item.path,
        "line": item.start.line,
        "col": item.start.column,
        "endLine": item.end.line,
        "endColumn": item.end.column,
        "title": f"{finding.code} {finding.rule}",
    }
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    message = finding.message if finding.suggestion is None else f"{finding.message} (suggestion: {finding.suggestion})"
    return f"::{_COMMANDS[finding.severity]} {props}::{escape_data(message)}"


def escape_data(text: str) -> str:
    """Escape a command's message: ``%``, CR and LF."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value: as :func:`escape_data`, plus ``:`` and ``,``."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")
