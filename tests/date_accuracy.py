"""Score the date extractor against hand-labelled mentions in the shared real-release corpus.

``tests/data/date_mentions.tsv`` holds, per labelled corpus file, every calendar date mention
a person marked: file name, 1-based line, kind and value, never the release text (the text
stays in ``../shared/corpus``).  Values: ``2022-11-14`` (a day), ``--11-14`` (a day without a
year), ``2022-11`` (month and year), ``2022-Q3`` (a quarter), ``FY2023`` (a fiscal year).
Bare years, front matter, URLs, HTML attributes, holidays and month names without a day or a
year are out of scope.  Every release was read, so anything else the extractor finds in any
release counts against its precision.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from pathlib import Path

from checker.dates import DateKind, DateMention, document_dates
from checker.parsing import parse_document

LABELS = Path(__file__).parent / "data" / "date_mentions.tsv"
SCORED_KINDS = (DateKind.DAY, DateKind.MONTH, DateKind.QUARTER, DateKind.FISCAL_YEAR)


def load_labels(path: Path = LABELS) -> dict[str, Counter[tuple[int, str]]]:
    """File name -> multiset of (line, value) a person marked (files with none are absent)."""
    labels: dict[str, Counter[tuple[int, str]]] = defaultdict(Counter)
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"):
            labels[row["file"]][(int(row["line"]), row["value"])] += 1
    return dict(labels)


def label_value(mention: DateMention) -> str:
    """A mention's value in the TSV's notation."""
    if mention.kind is DateKind.DAY:
        year = f"{mention.year:04d}" if mention.year is not None else "-"
        return f"{year}-{mention.month:02d}-{mention.day:02d}"
    if mention.kind is DateKind.MONTH:
        return f"{mention.year:04d}-{mention.month:02d}"
    if mention.kind is DateKind.QUARTER:
        return f"{mention.year}-Q{mention.quarter}"
    return f"FY{mention.year}"


def extracted(path: Path) -> Counter[tuple[int, str]]:
    """What the extractor finds in one file, as (line, value)."""
    document = parse_document(path.read_bytes(), path.name)
    found: Counter[tuple[int, str]] = Counter()
    for mention in document_dates(document).mentions:
        if mention.kind in SCORED_KINDS:
            block = document.blocks[mention.block_index]
            line = document.lines.position(block.source_span(mention.date_start, mention.end).start).line
            found[(line, label_value(mention))] += 1
    return found


def score(labels: dict[str, Counter[tuple[int, str]]], releases: Path) -> tuple[float, float, int, int, list[str]]:
    """Precision, recall, counts found and expected, and a line per disagreement."""
    true_positives = found_total = expected_total = 0
    details = []
    for path in sorted(releases.iterdir()):
        name = path.name
        expected = labels.get(name, Counter())
        found = extracted(path)
        hits = found & expected
        true_positives += sum(hits.values())
        found_total += sum(found.values())
        expected_total += sum(expected.values())
        details += [f"{name}:{line}: extra {value}" for line, value in sorted((found - expected).elements())]
        details += [f"{name}:{line}: missed {value}" for line, value in sorted((expected - found).elements())]
    precision = true_positives / found_total if found_total else 1.0
    recall = true_positives / expected_total if expected_total else 1.0
    return precision, recall, found_total, expected_total, details
