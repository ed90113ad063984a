"""The terminal report: findings grouped by file with the source line underlined, then a summary.

Rendered with rich at a given width; with colour off it is plain text that reads well in a CI
log or a pipe.  Long source lines (one-paragraph-per-line Markdown) are shown as a window
around the finding, so the excerpt always fits the width.  The summary panel counts findings
by severity and rule, names the worst files and gives each release's readability figures; with
colour it is framed, without it is plain columns with no box drawing.
"""

from __future__ import annotations

import io
import os
import textwrap
from pathlib import PurePath

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from checker.findings import Finding, Severity
from checker.results import FileResult, RunResult
from reports.options import ReportOptions
from reports.summary import READABILITY, readability_cells, worst_files

_STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_GUTTER = 8
#: Above this many files the readability table lists only the hardest to read.
_READABILITY_ROWS = 12


def render(run: RunResult, options: ReportOptions) -> str:
    """The report as text (with ANSI colour codes when ``options.color``)."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=options.width,
        force_terminal=options.color,
        color_system="standard" if options.color else None,
        no_color=not options.color,
        highlight=False,
        emoji=False,
    )
    if not options.quiet:
        for result in run.files:
            if result.findings:
                _file_section(console, result, options.width)
    if options.statistics or not options.quiet:
        _summary(console, run, framed=options.color, every_file=options.statistics)
    console.print(_totals(run))
    return buffer.getvalue()


def _file_section(console: Console, result: FileResult, width: int) -> None:
    console.print(Text(result.path, style="bold underline"))
    for finding in result.findings:
        start = result.start(finding)
        head = Text("  ")
        head.append(f"{start.line}:{start.column}", style="bold")
        head.append("  ")
        head.append(f"{finding.severity.value:<7}", style=_STYLES[finding.severity])
        head.append(f" {finding.code} ", style="bold")
        head.append(f"{finding.rule}", style="dim")
        console.print(head)
        console.print(Text(_indented(finding.message, width)))
        if finding.suggestion:
            console.print(Text(_indented(f"suggestion: {finding.suggestion}", width), style="green"))
        excerpt = _excerpt(result, finding, width)
        if excerpt:
            console.print(excerpt, overflow="ellipsis", no_wrap=True)
    console.print()


def _indented(text: str, width: int) -> str:
    """``text`` wrapped to the report's width, every line indented under its finding."""
    return textwrap.fill(text, width=max(40, width - 1), initial_indent="    ", subsequent_indent="    ")


def _excerpt(result: FileResult, finding: Finding, width: int) -> Text | None:
    if not result.source:
        return None
    start, end = result.start(finding), result.end(finding)
    line = result.lines.line_text(start.line).replace("\t", " ")
    if not line.strip():
        return None
    first = start.column - 1
    last = end.column - 1 if end.line == start.line else len(line)
    last = max(last, first + 1)
    room = max(20, width - _GUTTER - 2)
    window_start = 0 if last <= room else max(0, min(first - room // 3, len(line) - room))
    shown = line[window_start : window_start + room]
    prefix = "…" if window_start > 0 else ""
    suffix = "…" if window_start + room < len(line) else ""
    number = f"{start.line:>{_GUTTER - 3}} │ "
    text = Text(number, style="dim")
    text.append(prefix + shown + suffix)
    carets_at = len(prefix) + first - window_start
    carets = "^" * max(1, min(last, window_start + room) - first)
    text.append("\n" + " " * (_GUTTER - 3) + " │ " + " " * carets_at, style="dim")
    text.append(carets, style=_STYLES[finding.severity])
    return text


def _summary(console: Console, run: RunResult, *, framed: bool, every_file: bool) -> None:
    """The summary panel: by severity, by rule, worst files, readability (framed only in colour)."""
    parts: list[RenderableType] = []
    if run.findings_count:
        parts += [_severity_line(run), _rule_table(run, framed=framed)]
        worst = worst_files(run)
        if len(worst) > 1:
            parts.append(_worst_table(run, worst, framed=framed))
    readability = _readability_table(run, framed=framed, every_file=every_file)
    if readability is not None:
        parts.append(readability)
    if not parts:
        return
    spaced = [item for part in parts for item in (Text(""), part)][1:]
    if framed:
        console.print(Panel(Group(*spaced), title="Summary", title_align="left", box=box.ROUNDED, expand=False))
    else:
        console.print(Text("Summary", style="bold underline"))
        console.print()
        console.print(*spaced, sep="\n")
    console.print()


def _table(title: str, *, framed: bool) -> Table:
    return Table(
        title=title,
        title_justify="left",
        title_style="bold",
        box=box.SIMPLE_HEAD if framed else None,
        show_edge=False,
        pad_edge=False,
    )


def _severity_line(run: RunResult) -> Text:
    text = Text()
    counts = run.by_severity()
    for severity in sorted(Severity, reverse=True):
        count = counts[severity.value]
        text.append(f"{count} {severity.value}", style=_STYLES[severity] if count else "dim")
        text.append("   ")
    return text


def _rule_table(run: RunResult, *, framed: bool) -> Table:
    table = _table("By rule", framed=framed)
    table.add_column("code", style="bold", no_wrap=True)
    table.add_column("rule", overflow="ellipsis", no_wrap=True)
    table.add_column("severity", no_wrap=True)
    table.add_column("count", justify="right", no_wrap=True)
    severities = {f.code: f.severity for r in run.files for f in r.findings}
    for code, count in run.by_rule().items():
        meta = run.rule_meta(code)
        severity = severities[code]
        table.add_row(code, meta.name if meta else "", Text(severity.value, style=_STYLES[severity]), str(count))
    return table


def _short(path: str, run: RunResult) -> str:
    """``path`` without the folder every checked file shares, so long paths fit 80 columns."""
    parents = {str(PurePath(file.path).parent) for file in run.files}
    try:
        common = os.path.commonpath(parents) if len(run.files) > 1 else ""
    except ValueError:  # absolute and relative paths mixed: nothing in common
        common = ""
    return os.path.relpath(path, common) if common not in {"", "."} else path


def _worst_table(run: RunResult, files: list[FileResult], *, framed: bool) -> Table:
    table = _table("Worst files", framed=framed)
    table.add_column("file", overflow="fold", ratio=1)
    for severity in sorted(Severity, reverse=True):
        table.add_column(severity.value, justify="right", no_wrap=True)
    for file in files:
        counts = [sum(1 for f in file.findings if f.severity is s) for s in sorted(Severity, reverse=True)]
        table.add_row(_short(file.path, run), *(str(n) if n else "·" for n in counts))
    return table


def _readability_table(run: RunResult, *, framed: bool, every_file: bool) -> Table | None:
    measured = [file for file in run.files if file.metrics]
    if not measured:
        return None
    shown = measured
    title = "Readability"
    if len(measured) > _READABILITY_ROWS and not every_file:
        shown = sorted(measured, key=lambda f: f.metrics.get("flesch_reading_ease", 0.0))[:_READABILITY_ROWS]
        title = f"Readability (hardest {len(shown)} of {len(measured)})"
    table = _table(title, framed=framed)
    table.add_column("file", overflow="fold", ratio=1)
    for label, _ in READABILITY:
        table.add_column(label, justify="right", no_wrap=True)
    for file in shown:
        table.add_row(_short(file.path, run), *readability_cells(file))
    return table


def _totals(run: RunResult) -> Text:
    counts = run.by_severity()
    files_with = sum(1 for r in run.files if r.findings)
    if not run.findings_count:
        return Text(f"No findings in {len(run.files)} file{'s' if len(run.files) != 1 else ''}.", style="bold green")
    parts = ", ".join(f"{n} {name}{'s' if n != 1 else ''}" for name, n in counts.items() if n)
    text = Text(f"{run.findings_count} finding{'s' if run.findings_count != 1 else ''} ", style="bold")
    text.append(f"({parts}) in {files_with} of {len(run.files)} file{'s' if len(run.files) != 1 else ''}.")
    return text
