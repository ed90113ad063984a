"""Round trips and time of a grammar run over examples/, cold and warm cache, against a loopback LanguageTool.

    .venv/bin/python bench/grammar.py [FOLDER] [--repeat 5]

Starts the loopback server of the contract tests (``tests/lt_server.py``: real sockets, the
real client path, LanguageTool's JSON), then runs the four CD8xx rules over the folder:

* cold: empty cache, every paragraph is sent (batched: one request per file);
* warm: same files again, answered from the on-disk cache (no request);
* edit: one paragraph of one file changed, so only that paragraph is sent;
* no cache: ``cache = false``, where each grammar rule asks on its own.

The same cold and warm runs with Harper (in process) follow.  The loopback server answers in
microseconds, so these times are copydesk's own overhead, not a real server's checking time.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from checker import __version__
from checker.config import Config
from checker.engine import RunInput, run
from checker.frozen import frozen
from rules import default_registry

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
sys.path.insert(0, str(ROOT))  # the loopback server lives with the tests it serves
from tests.lt_server import FakeLanguageTool  # noqa: E402


def main() -> int:
    """Print one line per scenario: requests sent, paragraphs sent, median time."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=EXAMPLES)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print(f"{'scenario':28} {'requests':>8} {'paragraphs':>10} {'median ms':>10}")
    with tempfile.TemporaryDirectory() as scratch, FakeLanguageTool() as lt:
        work = Path(scratch) / "files"
        shutil.copytree(args.folder, work)
        cache = Path(scratch) / "cache"
        languagetool = {"server": lt.url, "cache_dir": str(cache)}
        harper = {"backend": "harper", "cache_dir": str(cache)}
        cold = lambda: shutil.rmtree(cache, ignore_errors=True)  # noqa: E731
        scenarios = (
            ("LanguageTool cold cache", cold, languagetool),
            ("LanguageTool warm cache", lambda: None, languagetool),
            ("LanguageTool one edit", lambda: _edit_one_paragraph(work), languagetool),
            ("LanguageTool cache = false", lambda: None, {**languagetool, "cache": False}),
            ("Harper cold cache", cold, harper),
            ("Harper warm cache", lambda: None, harper),
        )
        for name, prepare, grammar in scenarios:
            _scenario(name, lt, repeat=args.repeat, prepare=prepare, folder=work, grammar=grammar)
    return 0


def _scenario(
    name: str,
    lt: FakeLanguageTool,
    *,
    repeat: int,
    prepare: Callable[[], None],
    folder: Path,
    grammar: dict[str, object],
) -> None:
    config = Config(grammar=frozen({"enabled": True, **grammar})).with_overrides(select=("CD8",))
    times, requests, paragraphs = [], 0, 0
    for _ in range(repeat):
        prepare()
        before = len(lt.checks)
        start = time.perf_counter()
        run(RunInput((str(folder),)), config, default_registry(), __version__)
        times.append(time.perf_counter() - start)
        sent = lt.checks[before:]
        requests, paragraphs = len(sent), sum(r["text"].count("\n\n") + 1 for r in sent)
    print(f"{name:28} {requests:8} {paragraphs:10} {statistics.median(times) * 1000:10.1f}")


def _edit_one_paragraph(folder: Path) -> None:
    """Append a word to the first body paragraph of the first text file (a new edit each call)."""
    path = next(p for p in sorted(folder.rglob("*.txt")))
    text = path.read_text(encoding="utf-8")
    marker = "Riverside Robotics opened"
    path.write_text(text.replace(marker, marker + " again", 1), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
