"""Precision of the consistency (CD5xx) and encoding (CD9xx) rules on the shared corpus.

Runs each rule alone over every release in ``../shared/corpus/releases`` and the seed, and
compares its findings with ``ANNOTATIONS.jsonl``: on a ``clean_checked`` file every real defect
is listed, so a finding on a line with no annotated defect is a false alarm.  Prints, per rule,
the findings, the files they fall in, the false alarms on clean files and the annotated
defects found; ``--show RULE`` lists that rule's findings so they can be read.

    .venv/bin/python bench/consistency_corpus.py [--show mojibake] [rule ...]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from checker.config import Config
from checker.engine import check_bytes, make_plan
from checker.results import FileResult
from checker.rule import Registry
from rules import builtin_rules

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
RULE_PREFIXES = ("CD5", "CD9")


@dataclass(frozen=True)
class Hit:
    """One finding, where it is, and whether an annotation lists a defect on its line."""

    file: str
    line: int
    message: str
    clean: bool | None
    annotated: bool


def _on_defect(defects: list[dict[str, object]], source_line: str, line: int, columns: range) -> bool:
    """Whether an annotated defect's text on ``line`` overlaps the finding's columns (±3)."""
    for defect in defects:
        if defect["line"] != line:
            continue
        start = source_line.find(str(defect["text"]))
        while start >= 0:
            if start <= columns.stop + 3 and columns.start - 3 <= start + len(str(defect["text"])):
                return True
            start = source_line.find(str(defect["text"]), start + 1)
    return False


def annotations() -> dict[str, dict[str, object]]:
    """Annotations keyed by file name."""
    path = SHARED / "corpus" / "ANNOTATIONS.jsonl"
    return {row["file"]: row for row in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def releases() -> Iterator[Path]:
    """Every corpus release, then the seed."""
    yield from sorted((SHARED / "corpus" / "releases").iterdir())
    yield from sorted((SHARED / "seed").glob("*.txt"))


def hits(rule_name: str, notes: dict[str, dict[str, object]]) -> Iterator[Hit]:
    """The rule's findings on every release."""
    rule = next(r for r in builtin_rules() if r.name == rule_name)
    plan = make_plan(Registry((rule,)), Config().with_overrides(select=(rule.code,)))
    for path in releases():
        result: FileResult = check_bytes(path.read_bytes(), path.name, plan)
        note = notes.get(path.name, {})
        source_lines = result.source.split("\n")
        for finding in result.findings:
            start, end = result.start(finding), result.end(finding)
            stop = end.column if end.line == start.line else start.column + 1
            columns = range(start.column - 1, stop - 1)
            hit = _on_defect(note.get("defects", []), source_lines[start.line - 1], start.line, columns)
            yield Hit(path.name, start.line, finding.message, note.get("clean_checked"), hit)


def main() -> None:
    """Print the table, and the findings of ``--show`` rules."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rules", nargs="*", help="rule names (default: every CD5xx and CD9xx rule)")
    parser.add_argument("--show", action="append", default=[], help="list this rule's findings")
    args = parser.parse_args()
    names = args.rules or [r.name for r in builtin_rules() if r.code.startswith(RULE_PREFIXES)]
    notes = annotations()
    clean_files = sum(1 for n in notes.values() if n.get("clean_checked"))
    print(f"{'rule':26} {'findings':>8} {'files':>6} {'clean FA':>8} {'FA files':>8} {'on defect':>9}")
    for name in names:
        found = list(hits(name, notes))
        false_alarms = [h for h in found if h.clean and not h.annotated]
        print(
            f"{name:26} {len(found):8} {len({h.file for h in found}):6} {len(false_alarms):8} "
            f"{len({h.file for h in false_alarms}):8} {sum(h.annotated for h in found):9}"
        )
        if name in args.show:
            print_hits(found)
    print_budget(clean_files)


def print_hits(found: list[Hit]) -> None:
    """One line per finding, marked TP (annotated), FA (on a clean file) or ?? (unaudited)."""
    for hit in found:
        mark = "TP" if hit.annotated else ("FA" if hit.clean else "??")
        print(f"    {mark} {hit.file}:{hit.line}: {hit.message}")


def print_budget(clean_files: int) -> None:
    """The false-alarm budget the numbers above are held to."""
    print(f"({clean_files} clean_checked files: at most {clean_files // 20} false alarms allowed per default rule)")


if __name__ == "__main__":
    main()
