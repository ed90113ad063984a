"""Recall and false alarms of the truncation rules (CD101-CD103), measured on real releases.

Two measurements, both on ``../shared/corpus/releases`` (and the seed):

* **False alarms.**  The truncation rules run over every unmodified release; a finding on a
  ``clean_checked`` file that overlaps no annotated defect (``ANNOTATIONS.jsonl``) is a false
  alarm.  Reported per 100 clean releases, with every finding listed under ``--show``.
* **Recall on injected cuts.**  With a fixed random seed, each trial picks a finished body
  paragraph of a release, cuts it at a random word boundary and deletes the rest of the
  paragraph (the blank lines and the next paragraph stay, as when a wire drops the end of a
  paragraph).  A cut counts as caught when a truncation rule reports a new finding inside the
  cut paragraph.  Recall is broken down by the kind of the last token before the cut
  (:class:`checker.words.TokenKind`); a cut right after a full stop leaves a complete-looking
  sentence that no reader could flag, so that kind is listed but not aimed at.

    .venv/bin/python bench/truncation.py [--trials 25] [--seed 3] [--show]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from checker.config import Config
from checker.document import Block, Document
from checker.engine import rule_options
from checker.findings import Finding
from checker.parsing import parse_source
from checker.rule import Rule
from checker.words import TokenKind, is_finished, last_token_kind
from rules import builtin_rules

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus" / "releases"
SEED = SHARED / "seed" / "000_60a3e22dec71af67.txt"
ANNOTATIONS = SHARED / "corpus" / "ANNOTATIONS.jsonl"
RULES = tuple(rule for rule in builtin_rules() if rule.code.startswith("CD1"))
#: Paragraphs shorter than this are rarely prose worth cutting (labels, one-line teasers).
MIN_WORDS = 8
#: Kinds the targets are stated for: function words and possessives (95 %), content words (80 %).
TARGETS = {TokenKind.FUNCTION: 0.95, TokenKind.POSSESSIVE: 0.95, TokenKind.CONTENT: 0.80}
#: A cut right after a full stop leaves a finished sentence: listed, not aimed at.
SENTENCE_END = "sentence end"
_WORD = re.compile(r"\S+")
#: Annotations of kind ``other`` that describe this family of defect.
_FAMILY = re.compile(r"broken by a paragraph break|(?:without|lacks) terminal punctuation|never closed")


@dataclass(frozen=True)
class Release:
    """A release's text and what its annotation says about it."""

    name: str
    source: str
    clean: bool | None
    defects: tuple[dict[str, object], ...]


@dataclass(frozen=True)
class Trial:
    """One injected cut: where, after what kind of token, and whether a rule caught it."""

    release: str
    kind: TokenKind | str
    caught: bool
    tail: str
    in_quote: bool = False


def load_releases() -> list[Release]:
    """The corpus releases and the seed, with their annotations."""
    notes: dict[str, dict[str, object]] = {}
    for line in ANNOTATIONS.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        notes[record["file"]] = record
    paths = [SEED, *sorted(CORPUS.iterdir())]
    releases = []
    for path in paths:
        note = notes.get(path.name, {})
        source = path.read_bytes().decode("utf-8", errors="replace")
        defects = tuple(note.get("defects", ()))  # type: ignore[arg-type]
        releases.append(Release(path.name, source, note.get("clean_checked"), defects))  # type: ignore[arg-type]
    return releases


def run_rules(document: Document, rules: Sequence[Rule] = RULES) -> list[Finding]:
    """Findings of the truncation rules on one document, with their default options."""
    config = Config()
    return [finding for rule in rules for finding in rule.check(document, rule_options(rule, config))]


def parse(release: Release, source: str | None = None) -> Document:
    """``source`` (default: the release's own text) parsed under the release's file name."""
    return parse_source(release.source if source is None else source, release.name)


def false_alarms(release: Release, document: Document, findings: Sequence[Finding]) -> list[Finding]:
    """Findings on a clean-checked release that overlap no annotated defect."""
    if release.clean is not True:
        return []
    return [f for f in findings if not _on_defect(release, document, f)]


def _on_defect(release: Release, document: Document, finding: Finding) -> bool:
    """Whether an annotated defect's text on the finding's line overlaps it (±3 columns)."""
    return any(_overlaps(document, finding, defect) for defect in release.defects)


def _overlaps(document: Document, finding: Finding, defect: dict[str, object]) -> bool:
    """Whether ``defect``'s text, on its annotated line, overlaps ``finding`` (±3 columns)."""
    start = document.lines.position(finding.span.start)
    text = str(defect["text"])
    if defect["line"] != start.line or not text:
        return False
    line_text = document.lines.line_text(start.line)
    first, last = start.column - 1, start.column - 1 + len(finding.span)
    found = line_text.find(text)
    while found >= 0:
        if found <= last + 3 and first - 3 <= found + len(text):
            return True
        found = line_text.find(text, found + 1)
    return False


def cut_defects(release: Release) -> list[dict[str, object]]:
    """Annotated defects of the truncation family: cut text, split sentences, unclosed marks."""
    return [d for d in release.defects if d["kind"] == "truncated_sentence" or _FAMILY.search(str(d["why"]))]


def cut_trials(release: Release, document: Document, rng: random.Random, count: int) -> Iterator[Trial]:
    """``count`` cuts of randomly chosen finished body paragraphs of one release."""
    baseline = {(f.code, f.span.start) for f in run_rules(document)}
    candidates = [block for _, block in document.body_blocks() if _cuttable(block, baseline)]
    for _ in range(count if candidates else 0):
        block = rng.choice(candidates)
        words = [(m.start(), m.end()) for m in _WORD.finditer(block.text)]
        _, word_end = words[rng.randrange(0, len(words) - 1)]
        cut = block.source_span(0, word_end).end
        source = release.source[:cut] + release.source[block.span.end :]
        findings = run_rules(parse(release, source))
        caught = any(
            block.span.start <= f.span.start <= cut and (f.code, f.span.start) not in baseline for f in findings
        )
        tail = block.text[max(0, word_end - 40) : word_end]
        before = block.text[:word_end]
        kind = SENTENCE_END if is_finished(before) else last_token_kind(before)
        in_quote = before.count("“") > before.count("”") or before.count('"') % 2 == 1
        yield Trial(release.name, kind, caught, tail, in_quote)


def _cuttable(block: Block, baseline: set[tuple[str, int]]) -> bool:
    """A finished body paragraph of some length with no truncation finding of its own."""
    inside = any(block.span.start <= start <= block.span.end for _, start in baseline)
    return not inside and len(block.text.split()) >= MIN_WORDS and block.text.rstrip()[-1:] in '.!?”")'


@dataclass(frozen=True)
class Measurement:
    """Everything one run measured: findings per rule, false alarms, cuts, annotated defects."""

    releases: tuple[Release, ...]
    by_rule: Counter[str]
    alarms: tuple[tuple[str, Finding], ...]
    trials: tuple[Trial, ...]
    annotated: tuple[tuple[str, dict[str, object], bool], ...]

    @property
    def clean(self) -> tuple[Release, ...]:
        """The clean-checked releases."""
        return tuple(r for r in self.releases if r.clean is True)

    def recall(self, *kinds: TokenKind | str) -> float:
        """Share of the cuts after a token of one of ``kinds`` that a rule caught."""
        group = [t for t in self.trials if t.kind in kinds]
        return sum(t.caught for t in group) / max(1, len(group))


def measure(trials: int, seed: int, *, show: bool = False) -> Measurement:
    """Run the truncation rules over every release, then ``trials`` injected cuts per release."""
    rng = random.Random(seed)
    releases = load_releases()
    alarms: list[tuple[str, Finding]] = []
    cuts: list[Trial] = []
    annotated: list[tuple[str, dict[str, object], bool]] = []
    by_rule: Counter[str] = Counter()
    for release in releases:
        document = parse(release)
        findings = run_rules(document)
        by_rule.update(f.code for f in findings)
        alarms += [(release.name, f) for f in false_alarms(release, document, findings)]
        annotated += [(release.name, d, any(_overlaps(document, f, d) for f in findings)) for d in cut_defects(release)]
        if show:
            for finding in findings:
                line = document.lines.position(finding.span.start).line
                print(f"  {release.name}:{line} {finding.code} {finding.message}")
        cuts += list(cut_trials(release, document, rng, trials))
    return Measurement(tuple(releases), by_rule, tuple(alarms), tuple(cuts), tuple(annotated))


def main(argv: Sequence[str] | None = None) -> None:
    """Print the false alarms, the recall table and the annotated defects found."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=25, help="cuts per release (default 25)")
    parser.add_argument("--seed", type=int, default=3, help="random seed (default 3)")
    parser.add_argument("--show", action="store_true", help="list every finding and every missed cut")
    args = parser.parse_args(argv)
    result = measure(args.trials, args.seed, show=args.show)
    _report(result, show=args.show)


def _report(result: Measurement, *, show: bool) -> None:
    """Print a measurement as the tables quoted in ``docs/truncation.md``."""
    clean = result.clean
    print(f"releases: {len(result.releases)} (clean-checked: {len(clean)})")
    counts = ", ".join(f"{code} {n}" for code, n in sorted(result.by_rule.items()))
    print(f"findings on the unmodified releases: {counts}")
    rate = 100 * len(result.alarms) / max(1, len(clean))
    print(f"false alarms on clean releases: {len(result.alarms)} ({rate:.1f} per 100 clean releases)")
    for name, finding in result.alarms:
        print(f"  {name}: {finding.code} {finding.message}")
    print(f"\ninjected cuts: {len(result.trials)}")
    print(f"{'last token before the cut':28} {'cuts':>6} {'caught':>7} {'recall':>7}  target")
    for kind in (*TokenKind, SENTENCE_END):
        group = [t for t in result.trials if t.kind == kind]
        if not group:
            continue
        caught = sum(t.caught for t in group)
        target = f"{TARGETS[kind]:.0%}" if kind in TARGETS else "-"
        label = kind.value if isinstance(kind, TokenKind) else kind
        print(f"{label:28} {len(group):6} {caught:7} {caught / len(group):7.1%}  {target}")
    quoted = [t for t in result.trials if t.in_quote]
    caught = sum(t.caught for t in quoted)
    print(f"cuts inside an open quotation: {len(quoted)}, caught {caught} ({caught / max(1, len(quoted)):.1%})")
    if show:
        for trial in result.trials:
            if not trial.caught and trial.kind in TARGETS:
                print(f"  missed {trial.kind}: {trial.release}: …{trial.tail}")
    found = sum(hit for _, _, hit in result.annotated)
    print(f"\nannotated defects of this family found: {found} of {len(result.annotated)}")
    for name, defect, hit in result.annotated:
        print(f"  {'found ' if hit else 'missed'} {name}:{defect['line']} {defect['kind']}: {defect['text']!r}")


if __name__ == "__main__":
    main()
