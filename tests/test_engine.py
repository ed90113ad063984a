"""Engine behaviour: crashing rules are contained, plugins load through entry points."""

from __future__ import annotations

import sys
import textwrap

from checker import Finding, RuleMeta, Severity
from checker.config import Config
from checker.engine import check_bytes, make_plan
from checker.rule import Registry, Rule
from rules import default_registry, placeholder_text


def _crashing_check(document, options):
    raise RuntimeError("boom")
    yield  # pragma: no cover


def test_a_crashing_rule_becomes_an_internal_error_and_others_run():
    crashing = Rule(RuleMeta("CD990", "always-crashes", "Crashes.", Severity.INFO), "doc", _crashing_check)
    registry = Registry((Rule.from_module(placeholder_text), crashing))
    plan = make_plan(registry, Config(select=("ALL",)))
    result = check_bytes(b"Call [NAME].", "r.txt", plan)
    codes = sorted(f.code for f in result.findings)
    assert codes == ["CD001", "CD601"]
    internal = next(f for f in result.findings if f.code == "CD001")
    assert "CD990" in internal.message and "RuntimeError: boom" in internal.message


def test_third_party_rules_load_through_the_entry_point_group(tmp_path, monkeypatch):
    package = tmp_path / "acme_rules.py"
    package.write_text(
        textwrap.dedent(
            '''
            """Flags the word 'synergy'.

            ## What it does
            x
            """
            from checker import RuleMeta, Severity, Span

            META = RuleMeta("CD950", "synergy-word", "Do not write synergy.", Severity.INFO)

            def check(document, options):
                at = document.source.find("synergy")
                if at >= 0:
                    yield META.finding(Span(at, at + 7), "'synergy': say what you mean")
            '''
        )
    )
    dist = tmp_path / "acme_rules-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: acme-rules\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[copydesk.rules]\nsynergy = acme_rules\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    registry = default_registry()
    assert registry.get("synergy-word").code == "CD950"
    plan = make_plan(registry, Config(select=("CD950",)))
    result = check_bytes(b"Real synergy here.", "r.txt", plan)
    assert [(f.code, f.span.start) for f in result.findings] == [("CD950", 5)]
    sys.modules.pop("acme_rules", None)


def test_findings_are_sorted_and_deduplicated():
    plan = make_plan(default_registry(), Config(select=("CD601",)))
    result = check_bytes(b"[NAME] then [DATE] and lorem ipsum.", "r.txt", plan)
    starts = [f.span.start for f in result.findings]
    assert starts == sorted(starts) and len(set(starts)) == len(starts) == 3
    assert all(isinstance(f, Finding) for f in result.findings)


def test_parallel_run_matches_serial_run(tmp_path):
    from checker import __version__
    from checker.engine import RunInput, run

    for n in range(6):
        (tmp_path / f"r{n}.md").write_text(f"Release {n}: call [NAME] on day {n}.\n")
    serial, _ = run(RunInput((str(tmp_path),)), Config(jobs=1), default_registry(), __version__)
    parallel, _ = run(RunInput((str(tmp_path),)), Config(jobs=2), default_registry(), __version__)
    assert [(f.path, f.findings, dict(f.metrics)) for f in serial.files] == [
        (f.path, f.findings, dict(f.metrics)) for f in parallel.files
    ]
