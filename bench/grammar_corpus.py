"""Precision of the grammar rules (CD8xx) on the shared corpus of real releases, with Harper.

Runs the four grammar rules over ``../shared/corpus/releases`` and the seed, offline, and
counts findings per backend rule.  A finding on a ``clean_checked`` file that does not sit on
an annotated defect is a false alarm (the corpus README's definition); a defect counts as
recalled when a finding touches its text.

    .venv/bin/python bench/grammar_corpus.py [--show RULE_ID] [--raw]
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

from checker.config import Config
from checker.engine import check_bytes, make_plan
from checker.findings import Finding
from checker.frozen import frozen
from checker.results import FileResult
from checker.rule import Registry, Rule
from rules import grammar_error, punctuation_error, spelling_error, style_issue

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
_RULE_ID = re.compile(r"\((?:Harper|LanguageTool) (\w+)\)$")


def main() -> int:
    """Print counts per backend rule, false alarms on clean files, and recall."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", help="print every finding of this backend rule id")
    parser.add_argument(
        "--raw",
        action="store_true",
        help="Harper as shipped: the rules copydesk turns off back on, names spell-checked",
    )
    args = parser.parse_args()
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        print(f"no corpus at {corpus}", file=sys.stderr)
        return 2
    annotations = {a["file"]: a for a in map(json.loads, (corpus / "ANNOTATIONS.jsonl").read_text().splitlines())}
    grammar = {"backend": "harper", "cache": False}
    if args.raw:
        grammar["enabled_rules"] = _all_default_off()
        grammar["spell_names"] = True
    registry = Registry(
        tuple(Rule.from_module(m) for m in (grammar_error, spelling_error, punctuation_error, style_issue))
    )
    config = Config(grammar=frozen(grammar)).with_overrides(select=("CD8",))
    plan = make_plan(registry, config)
    files = sorted((corpus / "releases").iterdir()) + sorted((SHARED / "seed").glob("*.txt"))
    per_rule: collections.Counter[str] = collections.Counter()
    false_alarms: collections.Counter[str] = collections.Counter()
    on_clean: collections.Counter[str] = collections.Counter()
    recalled, wanted, clean_files = 0, 0, 0
    for path in files:
        result = check_bytes(path.read_bytes(), path.name, plan)
        note = annotations.get(path.name)
        clean = bool(note and note["clean_checked"])
        clean_files += clean
        defects = note["defects"] if note else []
        for finding in result.findings:
            rule_id = f"{finding.rule}:{_rule_id(finding)}"
            per_rule[rule_id] += 1
            hit = any(_touches(result, finding, d) for d in defects)
            on_clean[finding.rule] += clean
            if clean and not hit:
                false_alarms[rule_id] += 1
                false_alarms[finding.rule] += 1
            if args.show and args.show in rule_id:
                line = result.start(finding).line
                mark = "FA" if clean and not hit else ("hit" if hit else "  ")
                print(f"{mark:3} {path.name}:{line}: {finding.message[:150]}")
        for defect in defects:
            if defect["kind"] == "other":
                wanted += 1
                recalled += any(_touches(result, f, defect) for f in result.findings)
    print(f"files: {len(files)} ({clean_files} clean_checked)")
    print(f"{'rule':45} {'findings':>8} {'FA on clean':>11}")
    for rule_id, count in per_rule.most_common():
        print(f"{rule_id:45} {count:8} {false_alarms[rule_id]:11}")
    print(f"\n{'copydesk rule':20} {'on clean files':>14} {'false alarms':>12} {'per clean file':>14}")
    for name in sorted(on_clean):
        print(f"{name:20} {on_clean[name]:14} {false_alarms[name]:12} {false_alarms[name] / clean_files:14.2f}")
    total, fa = sum(per_rule.values()), sum(on_clean.values()) and sum(false_alarms[n] for n in on_clean)
    print(f"total findings {total}, false alarms on clean files {fa} ({fa / clean_files:.2f} per clean file)")
    print(f"'other' defects touched by a grammar finding: {recalled}/{wanted}")
    return 0


def _rule_id(finding: Finding) -> str:
    match = _RULE_ID.search(finding.message)
    return match.group(1) if match else "?"


def _touches(result: FileResult, finding: Finding, defect: dict[str, object]) -> bool:
    """Whether the finding lies on the defect's line and overlaps its quoted text."""
    start = result.start(finding)
    if start.line != defect["line"]:
        return False
    line_text = result.source.split("\n")[start.line - 1]
    column = line_text.find(str(defect["text"]))
    if column < 0:
        return False
    begin, end = column + 1, column + 1 + len(str(defect["text"]))
    return begin <= start.column < end or begin < start.column + (finding.span.end - finding.span.start) <= end


def _all_default_off() -> list[str]:
    from checker.grammar.harper_backend import DEFAULT_DISABLED_HARPER_RULES

    return list(DEFAULT_DISABLED_HARPER_RULES)


if __name__ == "__main__":
    sys.exit(main())
