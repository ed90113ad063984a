"""Throughput of a whole run over the shared corpus (or any folder), with 1 and N processes.

    .venv/bin/python bench/throughput.py [FOLDER] [--repeat 3]

Reports files per second and words per second for the default rule selection, and the time
of a one-file run through the real command (start-up included).  Speed targets are proven
here, never by timed tests.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
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


if __name__ == "__main__":
    main()
