"""One self-contained HTML page an editor opens in a browser.

Each release's source text is shown with every finding highlighted in place (hover for the
rule's message and suggestion), beside a list of notes; a summary at the top counts findings
by severity and rule, names the worst files and gives readability figures; checkboxes filter
by severity and rule.  Everything is inline: no fonts, scripts or images are fetched, and a
Content-Security-Policy forbids it.  Every piece of checked text is escaped, so a release full
of HTML shows its markup instead of running it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from html import escape

from checker.findings import Finding, Severity
from checker.results import FileResult, RunResult
from reports.options import ReportOptions
from reports.summary import READABILITY, readability_cells, worst_files

_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"


@dataclass(frozen=True)
class _Note:
    """A finding with the id that ties its highlight to its note."""

    id: str
    finding: Finding


def render(run: RunResult, options: ReportOptions) -> str:
    """The whole page."""
    del options
    title = f"copydesk report: {_plural(run.findings_count, 'finding')} in {_plural(len(run.files), 'file')}"
    files = "\n".join(_file(file, index) for index, file in enumerate(run.files))
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        f"<header>\n<h1>{escape(title)}</h1>\n{_summary(run)}\n{_filters(run)}\n</header>\n"
        f"<main>\n{files}\n</main>\n<script>{_SCRIPT}</script>\n</body>\n</html>\n"
    )


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _summary(run: RunResult) -> str:
    severities = "".join(
        f'<li class="sev-{escape(name)}"><b>{count}</b> {escape(name)}</li>'
        for name, count in run.by_severity().items()
    )
    worst = "".join(
        f'<li><a href="#file-{run.files.index(file)}">{escape(file.path)}</a>: '
        f"{_plural(len(file.findings), 'finding')}</li>"
        for file in worst_files(run)
    )
    head = "".join(f"<th>{escape(label)}</th>" for label, _ in READABILITY)
    rows = "".join(
        f'<tr><td><a href="#file-{i}">{escape(file.path)}</a></td>'
        + "".join(f'<td class="num">{escape(cell)}</td>' for cell in readability_cells(file))
        + "</tr>"
        for i, file in enumerate(run.files)
    )
    worst_block = f'<div><h2>Worst files</h2><ol class="worst">{worst}</ol></div>' if worst else ""
    return (
        '<section id="summary">\n'
        f'<div><h2>Findings</h2><p class="shown">Showing <b id="shown-count">{run.findings_count}</b> of '
        f'<b id="total-count">{run.findings_count}</b></p><ul class="severities">{severities}</ul></div>\n'
        f"{worst_block}\n"
        f'<div class="wide"><h2>Readability</h2><table class="readability"><thead><tr><th>file</th>{head}</tr></thead>'
        f"<tbody>{rows}</tbody></table></div>\n</section>"
    )


def _filters(run: RunResult) -> str:
    by_severity = Counter(f.severity for file in run.files for f in file.findings)
    severity_boxes = "".join(
        _checkbox("severity", severity.value, f"{severity.value} ({by_severity[severity]})")
        for severity in sorted(Severity, reverse=True)
    )
    rule_boxes = "".join(
        _checkbox("rule", code, f"{code} {meta.name if (meta := run.rule_meta(code)) else ''} ({count})")
        for code, count in run.by_rule().items()
    )
    return (
        f'<form id="filters"><fieldset><legend>Severity</legend>{severity_boxes}</fieldset>'
        f"<fieldset><legend>Rule</legend>{rule_boxes or '<span>none</span>'}</fieldset></form>"
    )


def _checkbox(kind: str, value: str, label: str) -> str:
    box = f'<input type="checkbox" checked data-filter="{kind}" value="{escape(value)}">'
    return f"<label>{box} {escape(label.strip())}</label>"


def _file(file: FileResult, index: int) -> str:
    notes = [_Note(f"f{index}-{n}", finding) for n, finding in enumerate(file.findings)]
    cells = " · ".join(
        f"{label} {value}" for (label, _), value in zip(READABILITY, readability_cells(file), strict=True)
    )
    head = (
        f'<article class="file" id="file-{index}">\n<h2>{escape(file.path)} '
        f'<small>{_plural(len(notes), "finding")}</small></h2>\n<p class="metrics">{escape(cells)}</p>\n'
    )
    text = f'<pre class="source">{_highlighted(file.source, notes)}</pre>'
    if not notes:
        return f"{head}<details><summary>Show text</summary>{text}</details>\n</article>"
    items = "\n".join(_note(file, note) for note in notes)
    return f'{head}<div class="doc">{text}\n<ol class="notes">\n{items}\n</ol></div>\n</article>'


def _note(file: FileResult, note: _Note) -> str:
    finding = note.finding
    start = file.start(finding)
    suggestion = (
        f'<p class="suggestion">Suggestion: <q>{escape(finding.suggestion)}</q></p>' if finding.suggestion else ""
    )
    return (
        f'<li class="finding sev-{finding.severity.value}" id="{note.id}" data-severity="{finding.severity.value}" '
        f'data-rule="{escape(finding.code)}"><a class="where" href="#m-{note.id}">{start.line}:{start.column}</a> '
        f'<span class="badge">{escape(finding.severity.value)}</span> <b>{escape(finding.code)}</b> '
        f'<span class="rule">{escape(finding.rule)}</span><p>{escape(finding.message)}</p>{suggestion}</li>'
    )


def _highlighted(source: str, notes: list[_Note]) -> str:
    """The escaped source with each finding's range wrapped in ``<mark>`` (overlaps split into pieces)."""
    size = len(source)
    cuts = sorted({0, size} | {min(size, p) for n in notes for p in (n.finding.span.start, n.finding.span.end)})
    pins: dict[int, list[_Note]] = {}
    for note in notes:
        if not note.finding.span:
            pins.setdefault(min(size, note.finding.span.start), []).append(note)
    out: list[str] = []
    first_mark: set[str] = set()
    for left, right in zip(cuts, [*cuts[1:], size], strict=True):
        if left in pins:
            out.append(_mark("⚑", pins.pop(left), first_mark, pin=True))
        if left == right:
            continue
        covering = [n for n in notes if n.finding.span.start <= left and right <= n.finding.span.end and n.finding.span]
        piece = escape(source[left:right])
        out.append(_mark(piece, covering, first_mark) if covering else piece)
    return "".join(out)


def _mark(content: str, notes: list[_Note], first_mark: set[str], *, pin: bool = False) -> str:
    worst = max((n.finding.severity for n in notes), key=lambda s: s.rank)
    ids = " ".join(n.id for n in notes)
    tip = "\n".join(
        f"{n.finding.code} {n.finding.rule}: {n.finding.message}"
        + (f" Suggestion: {n.finding.suggestion}" if n.finding.suggestion else "")
        for n in notes
    )
    anchors = "".join(f'<a id="m-{n.id}"></a>' for n in notes if n.id not in first_mark)
    first_mark.update(n.id for n in notes)
    kind = " pin" if pin else ""
    return (
        f'{anchors}<mark class="sev-{worst.value}{kind}" data-findings="{ids}" title="{escape(tip)}">{content}</mark>'
    )


_STYLE = """
:root{--error:#c62828;--warning:#b26a00;--info:#1565c0;--bg:#fff;--fg:#1b1b1b;--muted:#666;--line:#ddd}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg)}
header{padding:1rem 1.5rem;border-bottom:1px solid var(--line);background:#fafafa}
h1{font-size:1.4rem;margin:0 0 .75rem}
h2{font-size:1.05rem;margin:.25rem 0 .5rem}
#summary{display:flex;flex-wrap:wrap;gap:1rem 2.5rem}
#summary .wide{flex:1 1 100%}
.severities{list-style:none;padding:0;margin:0;display:flex;gap:1rem}
.worst{margin:0;padding-left:1.25rem}
table{border-collapse:collapse}
th,td{padding:.15rem .6rem;border-bottom:1px solid var(--line);text-align:left}
td.num{text-align:right;font-variant-numeric:tabular-nums}
#filters{display:flex;flex-wrap:wrap;gap:1rem;margin-top:1rem}
fieldset{border:1px solid var(--line);border-radius:6px}
fieldset label{margin-right:1rem;white-space:nowrap;cursor:pointer}
main{padding:0 1.5rem 2rem}
.file{border-bottom:1px solid var(--line);padding:1rem 0}
.file small{color:var(--muted);font-weight:normal}
.metrics{color:var(--muted);margin:.25rem 0 .75rem}
.doc{display:grid;grid-template-columns:minmax(0,3fr) minmax(16rem,2fr);gap:1.25rem;align-items:start}
@media (max-width:900px){.doc{grid-template-columns:1fr}}
pre.source{margin:0;padding:.75rem;background:#f6f6f4;border-radius:6px;max-height:80vh;overflow:auto}
pre.source{white-space:pre-wrap;overflow-wrap:anywhere;font:13px/1.55 ui-monospace,Menlo,Consolas,monospace}
mark{background:none;border-bottom:2px solid;padding:0 1px;cursor:help}
mark.sev-error{background:#fde2e2;border-color:var(--error)}
mark.sev-warning{background:#fff1cc;border-color:var(--warning)}
mark.sev-info{background:#e3efff;border-color:var(--info)}
mark.off{background:none;border-color:transparent;cursor:auto}
mark.pin{font-weight:bold}
mark.pin.off{visibility:hidden}
.notes{margin:0;padding-left:1.5rem}
.finding{margin-bottom:.75rem}
.finding p{margin:.15rem 0}
.finding[hidden]{display:none}
.finding.active{outline:2px solid var(--muted);outline-offset:3px;border-radius:3px}
.where{font-family:ui-monospace,monospace}
.badge{font-size:.75rem;text-transform:uppercase;padding:0 .35rem;border-radius:3px;color:#fff}
li.sev-error .badge{background:var(--error)}
li.sev-warning .badge{background:var(--warning)}
li.sev-info .badge{background:var(--info)}
.severities .sev-error b{color:var(--error)}
.severities .sev-warning b{color:var(--warning)}
.severities .sev-info b{color:var(--info)}
.rule{color:var(--muted)}
.suggestion{color:#2e7d32}
"""

_SCRIPT = """
(function () {
  "use strict";
  var form = document.getElementById("filters");
  function hiddenValues(kind) {
    var off = new Set();
    form.querySelectorAll('input[data-filter="' + kind + '"]').forEach(function (box) {
      if (!box.checked) { off.add(box.value); }
    });
    return off;
  }
  function apply() {
    var severities = hiddenValues("severity"), rules = hiddenValues("rule"), visible = new Set();
    document.querySelectorAll("li.finding").forEach(function (note) {
      var hide = severities.has(note.dataset.severity) || rules.has(note.dataset.rule);
      note.hidden = hide;
      if (!hide) { visible.add(note.id); }
    });
    document.querySelectorAll("mark[data-findings]").forEach(function (mark) {
      var on = mark.dataset.findings.split(" ").some(function (id) { return visible.has(id); });
      mark.classList.toggle("off", !on);
    });
    document.getElementById("shown-count").textContent = String(visible.size);
  }
  function pointAt(event, on) {
    var mark = event.target.closest("mark[data-findings]");
    if (!mark) { return; }
    mark.dataset.findings.split(" ").forEach(function (id) {
      var note = document.getElementById(id);
      if (note) { note.classList.toggle("active", on); }
    });
  }
  document.addEventListener("mouseover", function (event) { pointAt(event, true); });
  document.addEventListener("mouseout", function (event) { pointAt(event, false); });
  form.addEventListener("change", apply);
  apply();
})();
"""
