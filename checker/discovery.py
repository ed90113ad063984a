"""Which files a run checks: paths given, folders walked, ignores honoured.

Folders are walked recursively for Markdown, HTML and text files, skipping version-control
and dependency folders, anything a ``.gitignore`` on the way excludes, and the config's
``exclude`` globs.  A file named explicitly is always checked, whatever its name.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pathspec

from checker.parsing import CHECKED_SUFFIXES

_SKIPPED_DIRS = frozenset(
    {".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox", ".nox",
     ".mypy_cache", ".pytest_cache", ".ruff_cache", "site-packages", ".copydesk-cache"}
)  # fmt: skip


@dataclass(frozen=True)
class Target:
    """A file to check: the path to open and the path to show (as the user gave it)."""

    path: Path
    display: str


@dataclass(frozen=True)
class Missing:
    """A path the user named that does not exist."""

    display: str


def discover(
    paths: Sequence[str],
    *,
    root: Path,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    respect_gitignore: bool = True,
    force_exclude: bool = False,
) -> Iterator[Target | Missing]:
    """Files to check under ``paths``, in a stable order, and paths that do not exist.

    A file named explicitly is checked even when ``exclude`` matches it, unless
    ``force_exclude`` is set (pre-commit names every staged file explicitly).
    """
    for given in paths:
        path = Path(given)
        if path.is_file():
            if not force_exclude or _globs_allow(path, root, None, _spec(exclude)):
                yield Target(path, given)
        elif path.is_dir():
            yield from _walk(path, given, root, include, exclude, respect_gitignore=respect_gitignore)
        else:
            yield Missing(given)


def _walk(
    folder: Path,
    display: str,
    root: Path,
    include: Sequence[str],
    exclude: Sequence[str],
    *,
    respect_gitignore: bool,
) -> Iterator[Target]:
    ignores: list[tuple[Path, pathspec.GitIgnoreSpec]] = []
    if respect_gitignore:
        ignores = [(d, spec) for d in (folder.resolve(), *folder.resolve().parents) if (spec := _gitignore(d))]
    included = _spec(include) if include else None
    excluded = _spec(exclude)
    for dirpath, dirnames, filenames in os.walk(folder):
        current = Path(dirpath)
        if respect_gitignore and current != folder and (spec := _gitignore(current.resolve())):
            ignores.append((current.resolve(), spec))
        dirnames[:] = sorted(
            d for d in dirnames if d not in _SKIPPED_DIRS and not _ignored(current / d, ignores, is_dir=True)
        )
        for name in sorted(filenames):
            path = current / name
            if path.suffix.lower() not in CHECKED_SUFFIXES or _ignored(path, ignores, is_dir=False):
                continue
            if not _globs_allow(path, root, included, excluded):
                continue
            shown = (
                os.path.join(display, os.path.relpath(path, folder))
                if display != "."
                else os.path.relpath(path, folder)
            )
            yield Target(path, shown)


def _spec(globs: Sequence[str]) -> pathspec.GitIgnoreSpec:
    return pathspec.GitIgnoreSpec.from_lines(globs)


def _gitignore(folder: Path) -> pathspec.GitIgnoreSpec | None:
    ignore_file = folder / ".gitignore"
    if not ignore_file.is_file():
        return None
    try:
        lines = ignore_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    return _spec(lines)


def _ignored(path: Path, ignores: Sequence[tuple[Path, pathspec.GitIgnoreSpec]], *, is_dir: bool) -> bool:
    resolved = path.resolve()
    for base, spec in ignores:
        try:
            rel = resolved.relative_to(base).as_posix()
        except ValueError:
            continue
        if spec.match_file(rel + ("/" if is_dir else "")):
            return True
    return False


def _globs_allow(
    path: Path, root: Path, included: pathspec.GitIgnoreSpec | None, excluded: pathspec.GitIgnoreSpec
) -> bool:
    try:
        rel = path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        rel = path.as_posix()
    if included is not None and not included.match_file(rel):
        return False
    return not excluded.match_file(rel)
