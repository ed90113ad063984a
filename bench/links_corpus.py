"""Precision and recall of the image and link rules (CD201-CD205) on the shared corpus.

Every release in ``../shared/corpus/releases`` and the seed is checked by each rule alone.  The
Jekyll and site-page releases (058-081) are first put back at their original paths inside a
rebuilt copy of their repository (empty files from ``assets/*/tree.txt``), so CD203 resolves
their images as the published site would.  On a ``clean_checked`` file every real defect is
annotated, so a finding on a line without an annotation is a false alarm.

    .venv/bin/python bench/links_corpus.py [--show] [rule ...]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checker.config import config_from_mapping
from checker.engine import check_bytes, make_plan
from checker.rule import Registry
from rules import builtin_rules
from tests.corpus_sites import build_sites
from tests.shared_data import CORPUS, SEED, SHARED

RULES = ("empty-media-section", "caption-without-image", "missing-local-image", "image-alt-text", "placeholder-link")


def main() -> None:
    """Print findings, false alarms on clean files and annotated defects found, per rule."""
    parser = argparse.ArgumentParser()
    parser.add_argument("rules", nargs="*", default=RULES)
    parser.add_argument("--show", action="store_true", help="list every finding")
    args = parser.parse_args()
    notes = {
        row["file"]: row for row in map(json.loads, (SHARED / "corpus" / "ANNOTATIONS.jsonl").read_text().splitlines())
    }
    clean_files = sum(1 for n in notes.values() if n["clean_checked"])
    with tempfile.TemporaryDirectory() as tmp:
        placed = build_sites(Path(tmp))
        for name in args.rules:
            _measure(name, notes, placed, show=args.show)
    print(f"({clean_files} clean_checked files; budget for default rules: {clean_files / 20:.1f} false alarms)")


def _measure(name: str, notes: dict, placed: dict, *, show: bool) -> None:
    rule = next(r for r in builtin_rules() if r.name == name)
    counts: Counter[str] = Counter()
    found_defects: set[tuple[str, int]] = set()
    for path in [*sorted(CORPUS.iterdir()), SEED]:
        site = placed.get(path.name)
        table = (
            {"select": [rule.code], "rules": {name: site.options}}
            if site and rule.code == "CD203"
            else {"select": [rule.code]}
        )
        plan = make_plan(Registry((rule,)), config_from_mapping(table, Path("bench.toml")))
        result = check_bytes(path.read_bytes(), path.name, plan, fs_path=site.path if site else path)
        note = notes.get(path.name, {"defects": [], "clean_checked": None})
        lines = {d["line"]: d["kind"] for d in note["defects"]}
        for finding in result.findings:
            line = result.start(finding).line
            verdict = "annotated" if line in lines else ("FALSE ALARM" if note["clean_checked"] else "unaudited")
            counts[verdict] += 1
            if line in lines:
                found_defects.add((path.name, line))
            if show:
                print(f"  {verdict:11} {path.name}:{line}: {finding.message}")
    broken = {(f, d["line"]) for f, n in notes.items() for d in n["defects"] if d["kind"] == "broken_image"}
    print(
        f"{rule.code} {name}: {sum(counts.values())} findings; {counts['FALSE ALARM']} false alarms on clean files; "
        f"{counts['annotated']} on annotated lines, {counts['unaudited']} on unaudited files; "
        f"broken_image found {len(broken & found_defects)}/{len(broken)}"
    )


if __name__ == "__main__":
    main()
