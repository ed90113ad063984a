"""Measure the date rules (CD301-CD307) and the date extractor on the shared real-release corpus.

Usage: ``python bench/dates.py [--show]``.  Reads ``../shared/corpus`` (releases and
``ANNOTATIONS.jsonl``) and the seed release; prints, per rule, its findings, how many land on
an annotated ``date_inconsistency`` line (recall), and how many fall on files the annotators
marked ``clean_checked`` without an annotation on that line (false alarms); then the extractor's
precision and recall on ``tests/data/date_mentions.tsv`` and its speed.  ``--show`` lists every
finding.  Nothing here is imported by copydesk itself.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checker.config import Config, config_from_mapping  # noqa: E402
from checker.dates import document_dates  # noqa: E402
from checker.engine import check_bytes, make_plan  # noqa: E402
from checker.parsing import parse_document  # noqa: E402
from checker.rule import Registry  # noqa: E402
from rules import builtin_rules  # noqa: E402
from tests.date_accuracy import load_labels, score  # noqa: E402

SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"


@dataclass(frozen=True)
class Hit:
    """One finding, located by file and 1-based line."""

    file: str
    line: int
    rule: str
    text: str
    message: str


def _annotations() -> tuple[dict[str, bool], dict[str, set[int]], list[tuple[str, int, str]]]:
    clean: dict[str, bool] = {}
    lines: dict[str, set[int]] = defaultdict(set)
    dates: list[tuple[str, int, str]] = []
    for raw in (CORPUS / "ANNOTATIONS.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(raw)
        clean[entry["file"]] = entry["clean_checked"]
        for defect in entry["defects"]:
            lines[entry["file"]].add(defect["line"])
            if defect["kind"] == "date_inconsistency":
                dates.append((entry["file"], defect["line"], defect["text"]))
    return clean, lines, dates


def _run(paths: list[Path], date_style: str | None) -> tuple[list[Hit], float]:
    rules = tuple(r for r in builtin_rules() if r.code.startswith("CD3"))
    config = config_from_mapping({"style": {"date-style": date_style}}, Path("bench.toml")) if date_style else Config()
    plan = make_plan(Registry(rules), config.with_overrides(select=tuple(r.code for r in rules)))
    hits = []
    started = time.perf_counter()
    for path in paths:
        result = check_bytes(path.read_bytes(), path.name, plan)
        for finding in result.findings:
            start = result.start(finding)
            text = result.source[finding.span.start : finding.span.end]
            hits.append(Hit(path.name, start.line, finding.rule, text, finding.message))
    return hits, time.perf_counter() - started


def _report_rules(hits: list[Hit], *, show: bool) -> None:
    clean, annotated, dates = _annotations()
    n_clean = sum(clean.values())
    print(f"{len(hits)} findings; {n_clean} clean-checked files; {len(dates)} date_inconsistency annotations")
    by_rule: dict[str, list[Hit]] = defaultdict(list)
    for hit in hits:
        by_rule[hit.rule].append(hit)
    for rule, found in sorted(by_rule.items()):
        false_alarms = [h for h in found if clean.get(h.file) and h.line not in annotated[h.file]]
        on_dates = {(f, line) for f, line, _ in dates} & {(h.file, h.line) for h in found}
        print(
            f"  {rule:24} findings {len(found):3}  on date annotations {len(on_dates):2}  "
            f"false alarms on clean files {len(false_alarms):2}"
        )
        for hit in found if show else false_alarms:
            print(f"      {hit.file}:{hit.line}: {hit.text!r}: {hit.message}")
    caught = {(h.file, h.line) for h in hits}
    recalled = [d for d in dates if (d[0], d[1]) in caught]
    print(f"date_inconsistency annotations caught by any CD3 rule: {len(recalled)}/{len(dates)}")
    for file, line, text in dates:
        if (file, line) not in caught:
            print(f"      missed {file}:{line}: {text!r}")


def _report_extractor(paths: list[Path]) -> None:
    labels = load_labels()
    precision, recall, found, expected, details = score(labels, CORPUS / "releases")
    print(
        f"extractor on labels in {len(labels)} files (every release scored): "
        f"precision {precision:.3f}, recall {recall:.3f} ({found} found, {expected} expected)"
    )
    for line in details:
        print("      " + line)
    started = time.perf_counter()
    count, words = 0, 0
    kinds: Counter[str] = Counter()
    for path in paths:
        document = parse_document(path.read_bytes(), path.name)
        words += len(document.source.split())
        dates = document_dates(document)
        count += len(dates.mentions) + len(dates.relatives)
        kinds.update(m.kind.value for m in dates.mentions)
    elapsed = time.perf_counter() - started
    print(
        f"extractor: {count} mentions ({dict(kinds)}) in {len(paths)} files, {words} words, "
        f"{elapsed:.2f} s including parsing"
    )


def main() -> None:
    """Run the measurements and print them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list every finding")
    parser.add_argument(
        "--date-style", choices=("ap", "consistent", "off"), help="CD306's date-style (default: its own)"
    )
    args = parser.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"no corpus at {CORPUS}")
    paths = sorted((CORPUS / "releases").iterdir()) + sorted((SHARED / "seed").glob("*.txt"))
    hits, elapsed = _run(paths, args.date_style)
    print(f"checked {len(paths)} files in {elapsed:.2f} s")
    _report_rules(hits, show=args.show)
    _report_extractor(paths)


if __name__ == "__main__":
    main()
