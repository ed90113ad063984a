"""Throughput of a whole run over the shared corpus (or any folder), with 1 and N processes.

    .venv/bin/python bench/throughput.py [FOLDER] [--repeat 3]

Reports files per second and words per second for the default rule selection, the time of a
one-file run through the real command (start-up included), and the time for one synthetic
1 MB release (every rule must stay linear in the size of a file).  Speed targets are proven
here, never by timed tests.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from checker import __version__
from checker.config import Config
from checker.engine import RunInput, run
from rules import default_registry

DEFAULT_FOLDER = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "releases"


def _timed_run(folder: Path, jobs: int) -> tuple[float, int, int]:
    start = time.perf_counter()
    result, _ = run(RunInput((str(folder),)), Config(jobs=jobs), default_registry(), __version__)
    elapsed = time.perf_counter() - start
    words = sum(len(f.source.split()) for f in result.files)
    return elapsed, len(result.files), words


def _one_file_command(path: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "checker", "check", str(path)], capture_output=True, check=False)
    return time.perf_counter() - start


def _large_release(folder: Path, paragraphs: int = 4000) -> Path:
    """A synthetic Markdown release of about 1 MB: many paragraphs over a small vocabulary."""
    words = "the company said it will open a new plant in Denver next year with 200 jobs and more".split()
    rng = random.Random(1)
    text = "\n\n".join(" ".join(rng.choice(words) for _ in range(60)).capitalize() + "." for _ in range(paragraphs))
    path = folder / "large.md"
    path.write_text(text, encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    for jobs in (1, 2):
        times = []
        for _ in range(args.repeat):
            elapsed, files, words = _timed_run(args.folder, jobs)
            times.append(elapsed)
        best = min(times)
        print(f"jobs={jobs}: {files} files, {words} words: best {best:.2f}s, median {statistics.median(times):.2f}s "
              f"→ {files / best:.0f} files/s, {words / best:,.0f} words/s")
    first = next(p for p in sorted(args.folder.iterdir()) if p.is_file())
    one = min(_one_file_command(first) for _ in range(args.repeat))
    print(f"one-file command ({first.name}): best {one:.2f}s")
    with tempfile.TemporaryDirectory() as folder:
        large = _large_release(Path(folder))
        print(f"one 1 MB release ({large.stat().st_size:,} bytes): {_one_file_command(large):.2f}s")


if __name__ == "__main__":
    main()
