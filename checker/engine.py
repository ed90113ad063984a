"""The engine: selected rules over each document, then a pipeline of small pure steps.

Per file: read bytes → decode → parse → run each selected rule (a crash becomes an
``internal-error`` finding naming the rule) → drop suppressed findings → drop per-file
ignores → drop grammar findings on text another rule reports → apply severity overrides →
de-duplicate → sort.  A missing tool (``ToolError``, e.g. no grammar server) ends the run
instead.  Files are independent, so a run can spread them over processes (``jobs``).
"""

from __future__ import annotations

import datetime as dt
import fnmatch
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from checker.config import Config
from checker.discovery import Target, discover
from checker.document import Document, Format
from checker.errors import ConfigError, DocumentError, ToolError, UsageError
from checker.findings import Finding, Severity
from checker.frozen import frozen
from checker.grammar import GRAMMAR_PREFIX, grammar_enabled, validate_table
from checker.metrics import document_metrics
from checker.parsing import parse_document
from checker.results import FileResult, RunResult
from checker.rule import Registry, Rule, RuleMeta, RuleOptions
from checker.span import Span
from checker.suppression import apply_suppressions

#: Engine codes, reserved: a file that cannot be read, and a rule that crashed.
UNREADABLE = RuleMeta("CD000", "unreadable-file", "The file cannot be read or decoded.", Severity.ERROR)
INTERNAL_ERROR = RuleMeta("CD001", "internal-error", "A rule crashed on this file.", Severity.ERROR)
ENGINE_RULES = (UNREADABLE, INTERNAL_ERROR)


@dataclass(frozen=True)
class Plan:
    """Everything a worker needs to check one file: rules, their options, and the settings."""

    rules: tuple[Rule, ...]
    options: Mapping[str, RuleOptions]
    severity: Mapping[str, Severity]
    per_file_ignores: Mapping[str, tuple[str, ...]]
    fallback_date: dt.date | None
    max_file_size: int


def select_rules(registry: Registry, config: Config) -> tuple[Rule, ...]:
    """The rules a run uses: ``select`` (or the defaults) plus ``extend-select`` minus ``ignore``."""
    if config.select is None:
        chosen = {r.code for r in registry if r.meta.default_enabled}
    else:
        chosen = {r.code for sel in config.select for r in registry.matching(sel)}
    chosen |= {r.code for sel in config.extend_select for r in registry.matching(sel)}
    if grammar_enabled(config.grammar):
        chosen |= {r.code for r in registry if r.code.startswith(GRAMMAR_PREFIX)}
    chosen -= {r.code for sel in config.ignore for r in registry.matching(sel)}
    return tuple(r for r in registry if r.code in chosen)


def rule_options(rule: Rule, config: Config) -> RuleOptions:
    """A rule's options: declared defaults ← shared tables (``[style]``, ``[grammar]``) ← ``[rules.<name>]``.

    A shared table sets only the options a rule declares; TOML lists become tuples where the
    default is a tuple, so options stay hashable.
    """
    declared = rule.meta.options
    merged = dict(declared)
    for shared in (config.style, config.grammar):
        merged.update({k: v for k, v in shared.items() if k in declared})
    where = str(config.path) if config.path else "configuration"
    for key in (rule.code, rule.name):
        table = config.rules.get(key, {})
        for option, value in table.items():
            if option not in declared:
                known = ", ".join(declared) or "none"
                raise ConfigError(where, f"rules.{key}.{option}", f"unknown option (options of {rule.name}: {known})")
            merged[option] = value
    merged = {k: tuple(v) if isinstance(v, list) and isinstance(declared[k], tuple) else v for k, v in merged.items()}
    for option, value in merged.items():
        default = declared[option]
        if type(default) is not type(value) and not (isinstance(default, float) and isinstance(value, int)):
            raise ConfigError(where, f"{rule.name}.{option}", f"expected {type(default).__name__}, got {value!r}")
        allowed = rule.meta.choices.get(option)
        if allowed and value not in allowed:
            raise ConfigError(where, f"{rule.name}.{option}", f"expected one of {', '.join(allowed)}, got {value!r}")
    return RuleOptions(merged)


def make_plan(registry: Registry, config: Config) -> Plan:
    """Resolve selection, options and overrides once per run (raises on bad config)."""
    where = str(config.path) if config.path else "configuration"
    validate_table(config.grammar, where)
    rules = select_rules(registry, config)
    for table, keys in (("severity", config.severity), ("rules", config.rules)):
        for key in keys:
            _known_rule(registry, key, where, table)
    for glob, selectors in config.per_file_ignores.items():
        for selector in selectors:
            try:
                registry.matching(selector)
            except UsageError as exc:
                raise ConfigError(where, f"per-file-ignores.{glob}", str(exc)) from None
    return Plan(
        rules=rules,
        options=frozen({r.code: rule_options(r, config) for r in rules}),
        severity=frozen({registry.get(k).code: v for k, v in config.severity.items()}),
        per_file_ignores=config.per_file_ignores,
        fallback_date=config.reference_date,
        max_file_size=config.max_file_size,
    )


def _known_rule(registry: Registry, key: str, where: str, table: str) -> None:
    """Raise a :class:`ConfigError` naming ``[table] key`` when no rule has that code or name."""
    try:
        registry.get(key)
    except UsageError as exc:
        raise ConfigError(where, f"{table}.{key}", str(exc)) from None


def check_document(document: Document, plan: Plan) -> list[Finding]:
    """Run the plan's rules over one parsed document and post-process the findings."""
    findings: list[Finding] = []
    for rule in plan.rules:
        findings.extend(_run_rule(rule, document, plan.options[rule.code]))
    steps: Sequence[Callable[[list[Finding]], list[Finding]]] = (
        lambda fs: apply_suppressions(fs, document.source, document.lines),
        lambda fs: _drop_per_file_ignores(fs, document.display_path, plan.per_file_ignores),
        _drop_grammar_overlaps,
        lambda fs: _override_severity(fs, plan.severity),
        _deduplicate,
    )
    for step in steps:
        findings = step(findings)
    return sorted(findings, key=lambda f: f.sort_key)


def _run_rule(rule: Rule, document: Document, options: RuleOptions) -> list[Finding]:
    try:
        return list(rule.check(document, options))
    except (ToolError, UsageError):
        raise  # a missing grammar server or a bad setting ends the run (exit 2), not a finding
    except Exception as exc:
        message = f"rule {rule.code} ({rule.name}) crashed: {type(exc).__name__}: {exc}; please report this"
        return [INTERNAL_ERROR.finding(Span(0, 0), message)]


def _drop_per_file_ignores(findings: list[Finding], path: str, ignores: Mapping[str, tuple[str, ...]]) -> list[Finding]:
    posix = Path(path).as_posix()
    active = [sel for glob, sels in ignores.items() if fnmatch.fnmatch(posix, glob) for sel in sels]
    if not active:
        return findings
    return [f for f in findings if not any(f.rule == s or f.code.startswith(s.upper()) for s in active)]


def _drop_grammar_overlaps(findings: list[Finding]) -> list[Finding]:
    """Drop a grammar finding (CD8xx) where another rule already reports the same text."""
    others = [f.span for f in findings if not f.code.startswith(GRAMMAR_PREFIX)]
    if len(others) == len(findings):
        return findings
    return [f for f in findings if not f.code.startswith(GRAMMAR_PREFIX) or not _overlaps_any(f.span, others)]


def _overlaps_any(span: Span, others: list[Span]) -> bool:
    return any(span.start < other.end and other.start < span.end for other in others)


def _override_severity(findings: list[Finding], severity: Mapping[str, Severity]) -> list[Finding]:
    if not severity:
        return findings
    return [replace(f, severity=severity[f.code]) if f.code in severity else f for f in findings]


def _deduplicate(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple[str, int, int, str]] = set()
    unique = []
    for finding in findings:
        key = (finding.code, finding.span.start, finding.span.end, finding.message)
        if key not in seen:
            seen.add(key)
            unique.append(finding)
    return unique


def check_bytes(
    data: bytes, display: str, plan: Plan, *, fs_path: Path | None = None, fmt: Format | None = None
) -> FileResult:
    """Check one file's bytes; an unreadable file becomes a single CD000 finding."""
    if len(data) > plan.max_file_size:
        message = (
            f"file is {len(data):,} bytes, over the {plan.max_file_size:,}-byte limit (raise max-file-size to check it)"
        )
        return FileResult(display, None, "", (UNREADABLE.finding(Span(0, 0), message),))
    try:
        document = parse_document(data, display, fs_path=fs_path, fmt=fmt, fallback_date=plan.fallback_date)
    except DocumentError as exc:
        return FileResult(display, None, "", (UNREADABLE.finding(Span(0, 0), str(exc)),))
    findings = check_document(document, plan)
    return FileResult(display, document.format.value, document.source, tuple(findings), document_metrics(document))


def check_target(target: Target, plan: Plan) -> FileResult:
    """Read and check one file from disk."""
    try:
        data = target.path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return FileResult(target.display, None, "", (UNREADABLE.finding(Span(0, 0), f"cannot read file: {reason}"),))
    return check_bytes(data, target.display, plan, fs_path=target.path)


class RunObserver(Protocol):
    """Something that follows a run's progress."""

    def started(self, total: int) -> None:
        """Discovery found ``total`` files to check."""

    def checked(self, result: FileResult) -> None:
        """One file has been checked."""


@dataclass(frozen=True)
class RunInput:
    """What the user asked to check: paths, and stdin's bytes with the name to give them."""

    paths: tuple[str, ...]
    stdin: bytes | None = None
    stdin_filename: str = "stdin.txt"


def run(
    request: RunInput,
    config: Config,
    registry: Registry,
    version: str,
    *,
    observer: RunObserver | None = None,
) -> tuple[RunResult, tuple[str, ...]]:
    """Check everything requested; returns the result and the paths that did not exist.

    ``observer`` hears how many files were found, then each file's result as it is checked
    (the CLI draws a progress bar from it).
    """
    plan = make_plan(registry, config)
    targets: list[Target] = []
    missing: list[str] = []
    for item in discover(
        [p for p in request.paths if p != "-"],
        root=config.root,
        include=config.include,
        exclude=config.exclude,
        respect_gitignore=config.respect_gitignore,
        force_exclude=config.force_exclude,
    ):
        if isinstance(item, Target):
            targets.append(item)
        else:
            missing.append(item.display)
    if observer is not None:
        observer.started(len(targets))
    results: list[FileResult] = []
    if request.stdin is not None:
        results.append(
            check_bytes(request.stdin, request.stdin_filename, plan, fs_path=Path(request.stdin_filename).resolve())
        )
    for result in _check_all(targets, plan, config.jobs):
        results.append(result)
        if observer is not None:
            observer.checked(result)
    metas = ENGINE_RULES + tuple(r.meta for r in plan.rules)
    return RunResult(tuple(results), metas, config.fail_on, version), tuple(missing)


def _check_all(targets: Sequence[Target], plan: Plan, jobs: int) -> Iterator[FileResult]:
    if jobs <= 1 or len(targets) < 2 * jobs:
        yield from (check_target(t, plan) for t in targets)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(check_target, targets, [plan] * len(targets), chunksize=max(1, len(targets) // (jobs * 4)))
