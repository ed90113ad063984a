"""Reporters: one module per output format, each a pure ``render(run, options) -> str``.

Reporters read :class:`checker.results.RunResult` values only; they never import rules.
"""

from __future__ import annotations

from collections.abc import Callable

from checker.results import RunResult
from reports import concise, github, gitlab, html, json_format, junit, sarif, terminal
from reports.options import ReportOptions

Renderer = Callable[[RunResult, ReportOptions], str]

#: Output formats by the name ``--format`` takes.
FORMATS: dict[str, Renderer] = {
    "terminal": terminal.render,
    "json": json_format.render,
    "concise": concise.render,
    "github": github.render,
    "sarif": sarif.render,
    "gitlab": gitlab.render,
    "junit": junit.render,
    "html": html.render,
}


def render(format_name: str, run: RunResult, options: ReportOptions) -> str:
    """Render ``run`` in the named format."""
    return FORMATS[format_name](run, options)


__all__ = ["FORMATS", "ReportOptions", "render"]
