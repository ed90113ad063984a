"""Where a local image or file reference points, and whether it is really there.

A release in a Hugo or Jekyll repository refers to its pictures by relative path
(``images/ceo.jpg``), by site-root path (``/img/ceo.jpg``, served from ``static/`` or the
repository root) or by the site's own domain (``//news.example.org/img/ceo.jpg``).  This module
turns such a target into a path inside the repository and looks it up the way a Linux web
server would: letter case must match exactly.

Nothing outside the repository is ever opened or listed: a target that climbs out of it is
reported as :attr:`PathState.OUTSIDE` before the file system is touched.
"""

from __future__ import annotations

import os
import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from urllib.parse import unquote, urlsplit

#: Files whose presence marks the top of a repository or a copydesk project.
_ROOT_MARKERS = (".git", "copydesk.toml", ".copydesk.toml")

_BASE_URL = re.compile(
    r"(?:\{\{-?\s*(?:site\.url|site\.baseurl|\.Site\.BaseURL|site\.base_url)\s*-?\}\})+", re.IGNORECASE
)
_URL_FILTER = re.compile(
    r"\{\{-?\s*[\"'](?P<path>[^\"']+)[\"']\s*\|\s*(?:relative_url|absolute_url|relURL|absURL)\s*-?\}\}"
)
#: Schemes and prefixes that never name a file of the site.
_NOT_FILES = ("mailto:", "tel:", "data:", "javascript:", "#", "?")


class PathState(Enum):
    """What a lookup found."""

    FOUND = "found"
    MISSING = "missing"
    WRONG_CASE = "wrong_case"
    OUTSIDE = "outside"


@dataclass(frozen=True)
class Lookup:
    """The result of resolving one target: state, repository-relative path, and the real name."""

    state: PathState
    path: str
    actual: str | None = None


@dataclass(frozen=True)
class SiteLayout:
    """Where a document's files live: the repository root and the folders ``/`` maps to."""

    repo_root: Path
    site_roots: tuple[str, ...] = ("",)
    site_domains: frozenset[str] = frozenset()
    knows_site_root: bool = True

    @classmethod
    def for_document(
        cls, document_path: Path, override: str, site_roots: tuple[str, ...], site_domains: frozenset[str]
    ) -> SiteLayout:
        """The layout of the repository holding ``document_path``.

        A file in no repository is confined to its own folder, so that a loose file never lets a
        reference reach the rest of the disk, and its ``/root`` paths are left unjudged.
        """
        root = find_repo_root(document_path, override)
        if root is None:
            folder = Path(os.path.abspath(document_path)).parent
            return cls(folder, site_roots, site_domains, knows_site_root=False)
        return cls(root, site_roots, site_domains)


def find_repo_root(document_path: Path, override: str = "") -> Path | None:
    """The repository a document belongs to, or None when it is in none.

    ``override`` (relative paths are taken from the document's folder) wins; otherwise the nearest
    folder with ``.git`` or a copydesk config file.
    """
    folder = Path(os.path.abspath(document_path)).parent
    if override:
        return Path(os.path.normpath(folder / override))
    for candidate in (folder, *folder.parents):
        if any((candidate / marker).exists() for marker in _ROOT_MARKERS):
            return candidate
    return None


def local_target(target: str, site_domains: Iterable[str] = ()) -> str | None:
    """The path part of a target that names a file of this site, or None for anything else.

    Relative paths and ``/root`` paths are local; ``//host/...`` and ``http(s)://host/...`` are
    local only when ``host`` is one of ``site_domains``.  Query strings and fragments are dropped
    and percent-escapes decoded, as a web server would.  A site-URL template prefix
    (``{{ site.baseurl }}/img/x.png``, ``{{ "/img/x.png" | relative_url }}``) stands for the site
    root; any other template is left unjudged.
    """
    target = _untemplated(unquote(target.strip()))
    if not target or target.startswith(_NOT_FILES) or "{{" in target or "{%" in target:
        return None
    parts = urlsplit(target)
    if parts.scheme or target.startswith("//"):
        if parts.scheme not in ("", "http", "https") or (parts.hostname or "") not in set(site_domains):
            return None
        return parts.path or "/"
    return parts.path or None


def _untemplated(target: str) -> str:
    """``/img/x.png`` for Jekyll and Hugo site-URL templates around it; other text unchanged."""
    filtered = _URL_FILTER.fullmatch(target)
    if filtered:
        return "/" + filtered.group("path").lstrip("/")
    prefix = _BASE_URL.match(target)
    return "/" + target[prefix.end() :].lstrip("/") if prefix else target


class Resolver:
    """Looks targets up in one repository, listing each folder at most once per instance.

    A rule creates one per document: the listing memo lives only as long as that check.
    """

    def __init__(self, layout: SiteLayout) -> None:
        self.layout = layout
        self._real_root = os.path.realpath(layout.repo_root)
        self._listings: dict[str, frozenset[str] | None] = {}

    def lookup(self, path: str, document_dir: Path) -> Lookup | None:
        """Resolve ``path`` (from :func:`local_target`) for a document in ``document_dir``.

        None when it cannot be judged: a ``/root`` path of a file that is in no repository.
        """
        if path.startswith("/"):
            if not self.layout.knows_site_root:
                return None
            served = posixpath.normpath(path).lstrip("/")  # a web server never climbs above its root
            results = [self._lookup_in(posixpath.join(root, served)) for root in self.layout.site_roots]
            for state in (PathState.FOUND, PathState.WRONG_CASE, PathState.OUTSIDE):
                match = next((r for r in results if r.state is state), None)
                if match:
                    return match
            return results[0]
        try:
            base = Path(os.path.abspath(document_dir)).relative_to(self.layout.repo_root)
        except ValueError:
            return Lookup(PathState.OUTSIDE, path)
        return self._lookup_in(posixpath.join(base.as_posix(), path))

    def _lookup_in(self, relative: str) -> Lookup:
        normal = posixpath.normpath(relative)
        if normal == ".." or normal.startswith(("../", "/")):
            return Lookup(PathState.OUTSIDE, normal)
        current = self.layout.repo_root
        actual_parts: list[str] = []
        case_differs = False
        for wanted in [p for p in normal.split("/") if p not in ("", ".")]:
            if not self._inside(current):
                return Lookup(PathState.OUTSIDE, normal)
            names = self._listing(current)
            if names is None:
                return Lookup(PathState.MISSING, normal)
            part = wanted if wanted in names else next((n for n in names if n.casefold() == wanted.casefold()), None)
            if part is None:
                return Lookup(PathState.MISSING, normal)
            case_differs = case_differs or part != wanted
            actual_parts.append(part)
            current = current / part
        if not self._inside(current):
            return Lookup(PathState.OUTSIDE, normal)
        if case_differs:
            return Lookup(PathState.WRONG_CASE, normal, "/".join(actual_parts))
        return Lookup(PathState.FOUND, normal)

    def _inside(self, path: Path) -> bool:
        """Whether ``path``, symlinks followed, is still inside the repository."""
        real = os.path.realpath(path)
        return real == self._real_root or real.startswith(self._real_root + os.sep)

    def _listing(self, folder: Path) -> frozenset[str] | None:
        key = str(folder)
        if key not in self._listings:
            try:
                names = frozenset(os.listdir(folder))
            except OSError:
                names = None
            self._listings[key] = names
        return self._listings[key]
