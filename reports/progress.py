"""The progress bar shown on a terminal while many files are checked.

It draws on standard error and disappears when the run ends, so the report on standard output
(or in ``--output``) is never mixed with it; the CLI shows it only when standard error is a
terminal and the run has enough files for waiting to be noticeable.
"""

from __future__ import annotations

from types import TracebackType
from typing import TextIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from checker.results import FileResult

#: Fewer files than this finish before a bar would be worth drawing.
MANY_FILES = 20


class FileProgress:
    """A transient ``checked N/M files`` bar, drawn once a run has :data:`MANY_FILES` or more.

    Use it as a context manager and as the engine's run observer (:meth:`started`,
    :meth:`checked`).
    """

    def __init__(self, stream: TextIO, *, color: bool) -> None:
        console = Console(file=stream, force_terminal=True, no_color=not color, highlight=False)
        self._progress = Progress(
            TextColumn("checking"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            TextColumn("{task.description}", style="dim"),
            console=console,
            transient=True,
        )
        self._task = self._progress.add_task("", total=None)
        self._drawing = False

    def __enter__(self) -> FileProgress:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._drawing:
            self._progress.stop()

    def started(self, total: int) -> None:
        """Start drawing when there are enough files for waiting to be noticeable."""
        if total >= MANY_FILES:
            self._progress.update(self._task, total=total)
            self._progress.start()
            self._drawing = True

    def checked(self, result: FileResult) -> None:
        """Count one more checked file and name it."""
        if not self._drawing:
            return
        name = result.path if len(result.path) <= 40 else "…" + result.path[-39:]
        self._progress.update(self._task, advance=1, description=name)
