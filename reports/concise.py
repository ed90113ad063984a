"""One line per finding, ``path:line:col: CODE message``: for editors' error parsers and grep."""

from __future__ import annotations

from checker.results import RunResult
from reports._located import Located, located
from reports.options import ReportOptions


def render(run: RunResult, options: ReportOptions) -> str:
    """Every finding as ``path:line:col: CODE message``, in file then document order."""
    del options
    return "".join(_line(item) + "\n" for item in located(run))


def _line(item: Located) -> str:
    # A message never spans lines here, or the one-line-per-finding contract breaks.
    message = " ".join(item.finding.message.split())
    return f"{item.path}:{item.start.line}:{item.start.column}: {item.finding.code} {message}"
