"""The ``copydesk`` command: ``check``, ``rules`` and ``explain``.

This module is the composition root: it is the one place that brings the engine, the rule
registry and the reporters together.  Exit codes: 0 nothing at or above the failing severity,
1 findings at or above it, 2 a usage, config or tool error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext
from enum import IntEnum
from importlib.metadata import PackageNotFoundError, metadata
from pathlib import Path
from typing import TYPE_CHECKING

from checker import __version__
from checker.baseline import Baseline, render_baseline
from checker.config import Config, find_config, load_config
from checker.engine import RunInput, run
from checker.errors import CopydeskError
from checker.findings import Severity
from checker.grammar import with_grammar
from checker.linkcheck import RULE_CODE as LINK_RULE
from checker.linkcheck import enable_link_check
from checker.results import RunResult
from checker.rule import Registry

if TYPE_CHECKING:
    from reports.progress import FileProgress


class ExitCode(IntEnum):
    """Process exit codes, as documented in the README."""

    CLEAN = 0
    FINDINGS = 1
    ERROR = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(ExitCode.ERROR, f"copydesk: error: {message}\n")


def _build_parser(formats: Sequence[str]) -> argparse.ArgumentParser:
    parser = _Parser(prog="copydesk", description="Editorial quality and consistency checks for press releases.")
    parser.add_argument("--version", action="version", version=f"copydesk {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    check = commands.add_parser("check", help="check files and folders (default: the current folder)")
    check.add_argument("paths", nargs="*", help="files, folders, or - for standard input")
    check.add_argument("--select", type=_csv, help="rules to use instead of the defaults (codes, prefixes or names)")
    check.add_argument("--extend-select", type=_csv, help="rules to add to the selection")
    check.add_argument("--ignore", type=_csv, help="rules to leave out")
    check.add_argument(
        "--fail-on", choices=[s.value for s in Severity], help="lowest severity that fails the run (default: warning)"
    )
    check.add_argument("--format", choices=list(formats), default="terminal", help="output format (default: terminal)")
    check.add_argument("--output", "-o", type=Path, help="write the report to this file instead of standard output")
    check.add_argument("--quiet", "-q", action="store_true", help="print only the summary")
    check.add_argument("--statistics", action="store_true", help="show counts per rule")
    check.add_argument("--no-color", action="store_true", help="no colour (also when NO_COLOR is set)")
    check.add_argument("--config", type=Path, help="use this config file instead of searching for one")
    check.add_argument(
        "--reference-date", type=_date, help="date to check against when a release has no dateline (YYYY-MM-DD)"
    )
    check.add_argument("--stdin-filename", default="stdin.txt", help="name (and format) to give standard input")
    check.add_argument("--jobs", "-j", type=int, help="check files in this many processes (default 1)")
    check.add_argument(
        "--force-exclude", action="store_true", default=None, help="apply exclude globs to files named explicitly too"
    )
    check.add_argument("--baseline", type=Path, metavar="FILE", help="hide findings recorded in FILE")
    check.add_argument("--write-baseline", type=Path, metavar="FILE", help="record every finding in FILE, exit 0")
    check.add_argument(
        "--check-links",
        action="store_true",
        help="fetch every external link and image (CD206); nothing is fetched otherwise",
    )
    check.add_argument(
        "--grammar", action="store_true", help="run the grammar and spelling rules (CD8xx) with the [grammar] backend"
    )

    commands.add_parser("rules", help="list every rule: code, name, severity, summary")
    explain = commands.add_parser("explain", help="show a rule's full documentation")
    explain.add_argument("rule", help="code or name, e.g. CD101 or truncated-sentence")
    return parser


def _csv(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        msg = f"expected a date YYYY-MM-DD, got {value!r}"
        raise argparse.ArgumentTypeError(msg) from None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    from reports import FORMATS

    args = _build_parser(tuple(FORMATS)).parse_args(argv)
    try:
        from rules import default_registry

        registry = default_registry()
        if args.command == "rules":
            return _list_rules(registry)
        if args.command == "explain":
            return _explain(registry, args.rule)
        return _check(args, registry)
    except CopydeskError as exc:
        print(f"copydesk: error: {exc}", file=sys.stderr)
        return ExitCode.ERROR
    except Exception as exc:  # a bug: say so plainly, keep the traceback for whoever reports it
        if os.environ.get("COPYDESK_DEBUG"):
            raise
        print(
            f"copydesk: internal error: {type(exc).__name__}: {exc} "
            "(please report it; set COPYDESK_DEBUG=1 to see the traceback)",
            file=sys.stderr,
        )
        return ExitCode.ERROR


def _color_wanted(args: argparse.Namespace) -> bool:
    if args.no_color or os.environ.get("NO_COLOR") or args.output is not None:
        return False
    return sys.stdout.isatty()


def _load_config(args: argparse.Namespace) -> Config:
    path = args.config or find_config(Path(next((p for p in args.paths if p != "-"), ".")))
    config = load_config(path) if path else Config()
    return config.with_overrides(
        select=args.select,
        extend_select=(*config.extend_select, *(args.extend_select or ())) if args.extend_select else None,
        ignore=(*config.ignore, *(args.ignore or ())) if args.ignore else None,
        fail_on=Severity.parse(args.fail_on) if args.fail_on else None,
        reference_date=args.reference_date,
        jobs=args.jobs,
        force_exclude=args.force_exclude,
    )


def _check(args: argparse.Namespace, registry: Registry) -> int:
    from reports import ReportOptions, render

    config = _load_config(args)
    config = enable_link_check(config, requested=args.check_links, declared=registry.get(LINK_RULE).meta.options)
    config = with_grammar(config, requested=args.grammar)
    baseline = Baseline.load(args.baseline) if args.baseline and not args.write_baseline else None
    paths = tuple(args.paths) or (".",)
    stdin = sys.stdin.buffer.read() if "-" in paths else None
    with _progress(args) as progress:
        request = RunInput(paths, stdin, args.stdin_filename)
        result, missing = run(request, config, registry, __version__, observer=progress)
    if args.write_baseline:
        return _write_baseline(args.write_baseline, result, missing)
    if baseline is not None:
        result, hidden = baseline.filter(result)
        if hidden:
            print(f"copydesk: {hidden} finding(s) recorded in {args.baseline} not shown", file=sys.stderr)
    color = _color_wanted(args)
    width = 100 if args.output else _terminal_width()
    options = ReportOptions(
        color=color,
        width=width,
        quiet=args.quiet,
        statistics=args.statistics,
        rule_docs={rule.code: rule.doc for rule in registry},
        help_uri=_help_uri(),
    )
    text = render(args.format, result, options)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    for path in missing:
        print(f"copydesk: error: {path}: no such file or directory", file=sys.stderr)
    if missing:
        return ExitCode.ERROR
    return ExitCode.FINDINGS if result.failed else ExitCode.CLEAN


def _progress(args: argparse.Namespace) -> AbstractContextManager[FileProgress | None]:
    """A progress bar on standard error when it is a terminal (drawn only for many files)."""
    from reports.progress import FileProgress

    if not sys.stderr.isatty():
        return nullcontext()
    return FileProgress(sys.stderr, color=not (args.no_color or os.environ.get("NO_COLOR")))


def _write_baseline(path: Path, result: RunResult, missing: Sequence[str]) -> int:
    """Record every finding of ``result`` in ``path``; exit 0 unless a named path was missing."""
    path.write_text(render_baseline(result), encoding="utf-8")
    print(f"copydesk: recorded {result.findings_count} findings in {path}", file=sys.stderr)
    for name in missing:
        print(f"copydesk: error: {name}: no such file or directory", file=sys.stderr)
    return ExitCode.ERROR if missing else ExitCode.CLEAN


def _help_uri() -> str | None:
    """Template of a rule's documentation URL, from the package's ``Documentation`` project URL."""
    try:
        urls = metadata("copydesk").get_all("Project-URL") or []
    except PackageNotFoundError:
        return None
    docs = next((url.split(",", 1)[1].strip() for url in urls if url.lower().startswith("documentation,")), None)
    return f"{docs.rstrip('/')}/rules/{{name}}.md" if docs else None


def _terminal_width() -> int:
    """The terminal's width (at least 60); in a pipe 100, or ``COLUMNS`` when it is set."""
    if not sys.stdout.isatty() and "COLUMNS" not in os.environ:
        return 100
    return max(60, shutil.get_terminal_size((100, 24)).columns)


def _list_rules(registry: Registry) -> int:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_edge=False, pad_edge=False)
    for column in ("code", "name", "severity", "default", "summary"):
        table.add_column(column, no_wrap=column != "summary")
    for rule in registry:
        meta = rule.meta
        table.add_row(meta.code, meta.name, meta.severity.value, "on" if meta.default_enabled else "off", meta.summary)
    Console(highlight=False, no_color=bool(os.environ.get("NO_COLOR")), width=_terminal_width()).print(table)
    return ExitCode.CLEAN


def _explain(registry: Registry, key: str) -> int:
    rule = registry.get(key)
    meta = rule.meta
    print(f"{meta.code} {meta.name} ({meta.severity.value}, {'on' if meta.default_enabled else 'off'} by default)")
    print(meta.summary)
    if meta.options:
        print("\nOptions (defaults): " + ", ".join(f"{k} = {v!r}" for k, v in meta.options.items()))
    print()
    print(rule.doc)
    return ExitCode.CLEAN


def entry_point() -> None:
    """Console-script entry: exits with :func:`main`'s code."""
    sys.exit(main())
