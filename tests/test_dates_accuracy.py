"""The date extractor against 224 hand-checked date mentions in the shared real-release corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.date_accuracy import load_labels, score

RELEASES = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "releases"


@pytest.fixture(scope="module")
def measured() -> tuple[float, float, int, int, list[str]]:
    if not RELEASES.is_dir():
        pytest.skip(f"the shared corpus is not at {RELEASES}")
    return score(load_labels(), RELEASES)


def test_the_labelled_set_is_large_enough():
    labels = load_labels()
    assert sum(sum(counter.values()) for counter in labels.values()) >= 200


def test_extractor_precision_and_recall_on_real_releases(measured):
    precision, recall, _found, expected, details = measured
    assert expected >= 200
    assert precision >= 0.98, details
    assert recall >= 0.98, details


def test_labels_point_at_lines_that_exist(measured):
    labels = load_labels()
    for name, counter in labels.items():
        line_count = (RELEASES / name).read_text(encoding="utf-8", errors="replace").count("\n") + 1
        assert all(1 <= line <= line_count for line, _ in counter), name
