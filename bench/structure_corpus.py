"""Precision of the structure (CD4xx) and readability/style (CD7xx) rules on the shared corpus.

Runs each rule alone over every release in ``../shared/corpus/releases`` and the seed, under
each house-style profile, and compares its findings with ``ANNOTATIONS.jsonl``.  Structure
defects are about a whole release ("no media contact anywhere"), so a finding counts as found
when it lands on an annotated defect's text or when the release has an annotated defect whose
reason names the rule's subject; on a ``clean_checked`` file anything else is a false alarm.
``--readability`` prints the percentiles of Flesch reading ease and Flesch-Kincaid grade that
CD701's defaults were chosen from.

    .venv/bin/python bench/structure_corpus.py [--profile wire] [--show headline] [--readability] [rule ...]
"""

from __future__ import annotations

import argparse
import statistics
from collections.abc import Iterator, Mapping
from pathlib import Path

from consistency_corpus import Hit, _on_defect, annotations, print_budget, print_hits, releases

from checker.config import Config, config_from_mapping
from checker.engine import check_bytes, make_plan
from checker.metrics import readability
from checker.parsing import parse_document
from checker.rule import Registry, Rule
from rules import builtin_rules

RULE_PREFIXES = ("CD4", "CD7")
#: Words in an annotation's reason that say it is about the rule's subject.
SUBJECTS = {
    "dateline": ("dateline",),
    "headline": ("headline",),
    "boilerplate": ("about boilerplate", "no about"),
    "media-contact": ("media contact",),
    "end-mark": ("end mark",),
}


def _about_subject(rule: Rule, defects: list[Mapping[str, object]]) -> bool:
    keys = SUBJECTS.get(rule.name, ())
    return any(key in str(d["why"]).lower() for d in defects for key in keys)


def hits(rule: Rule, profile: str, notes: Mapping[str, Mapping[str, object]]) -> Iterator[Hit]:
    """The rule's findings on every release under ``profile``."""
    config = config_from_mapping({"style": {"profile": profile}}, Path("bench.toml")) if profile else Config()
    plan = make_plan(Registry((rule,)), config.with_overrides(select=(rule.code,)))
    for path in releases():
        result = check_bytes(path.read_bytes(), path.name, plan)
        note = notes.get(path.name, {})
        defects = list(note.get("defects", []))
        lines = result.source.split("\n")
        for finding in result.findings:
            start, end = result.start(finding), result.end(finding)
            stop = end.column if end.line == start.line else start.column + 1
            on_text = _on_defect(defects, lines[start.line - 1], start.line, range(start.column - 1, stop - 1))
            annotated = on_text or _about_subject(rule, defects)
            yield Hit(path.name, start.line, finding.message, note.get("clean_checked"), annotated)


def _recall(rule: Rule, found: list[Hit], notes: Mapping[str, Mapping[str, object]]) -> str:
    """Releases whose annotations name the rule's subject that the rule reports, as ``n/m``."""
    if rule.name not in SUBJECTS:
        return "-"
    wanted = {name for name, note in notes.items() if _about_subject(rule, list(note.get("defects", [])))}
    return f"{len(wanted & {h.file for h in found})}/{len(wanted)}"


def print_readability() -> None:
    """Percentiles of the body figures over every release with at least 100 body words."""
    figures = [readability(parse_document(p.read_bytes(), p.name)) for p in releases()]
    scored = [f for f in figures if f is not None and f.words >= 100]
    for label, values in (("reading ease", [f.reading_ease for f in scored]), ("grade", [f.grade for f in scored])):
        cuts = statistics.quantiles(values, n=100, method="inclusive")
        shown = ", ".join(f"p{q}={cuts[q - 1]:.1f}" for q in (2, 5, 10, 25, 50, 75, 90, 95, 98))
        print(f"{label:13} (n={len(values)}): {shown}")


def main() -> None:
    """Print the table, and the findings of ``--show`` rules."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rules", nargs="*", help="rule names (default: every CD4xx and CD7xx rule)")
    parser.add_argument("--profile", default="", help="house-style profile (default: the rules' default)")
    parser.add_argument("--show", action="append", default=[], help="list this rule's findings")
    parser.add_argument("--readability", action="store_true", help="print the readability percentiles")
    args = parser.parse_args()
    if args.readability:
        print_readability()
    chosen = [
        r for r in builtin_rules() if r.code.startswith(RULE_PREFIXES) and (not args.rules or r.name in args.rules)
    ]
    notes = annotations()
    clean_files = sum(1 for n in notes.values() if n.get("clean_checked"))
    columns = ("findings", "files", "clean FA", "FA files", "annotated")
    print(f"{'rule':16} {'on':>3} " + " ".join(f"{c:>8}" for c in columns) + f" {'recall':>7}")
    for rule in chosen:
        found = list(hits(rule, args.profile, notes))
        false_alarms = [h for h in found if h.clean and not h.annotated]
        print(
            f"{rule.name:16} {'yes' if rule.meta.default_enabled else 'no':>3} {len(found):8} "
            f"{len({h.file for h in found}):8} {len(false_alarms):8} {len({h.file for h in false_alarms}):8} "
            f"{sum(h.annotated for h in found):8} {_recall(rule, found, notes):>7}"
        )
        if rule.name in args.show:
            print_hits(found)
    print_budget(clean_files)


if __name__ == "__main__":
    main()
