"""Rebuild the repositories the corpus's Jekyll and site-page releases came from, as empty files.

``corpus/assets/<owner>+<repo>/tree.txt`` lists every file of the snapshot a release was taken
from, and ``SOURCES.tsv`` names the path each release had there.  :func:`build_sites` lays out
those trees under a temporary folder (empty files, a ``.git`` folder marking the root) and puts
each release back at its original path, so CD203 can be measured against real layouts.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from tests.shared_data import SHARED

_SOURCE = re.compile(r"^github:(?P<owner>[^/]+)/(?P<repo>[^@]+)@[0-9a-f]+:(?P<path>.+)$")


@dataclass(frozen=True)
class Site:
    """Per-repository settings a user of that site would put in ``copydesk.toml``."""

    asset_dir: str
    options: dict[str, object]


#: How each source site serves ``/``: openSUSE's Jekyll root (and its own domain), Node.js's public/.
SITES = {
    "openSUSE/news-o-o": Site("openSUSE+news-o-o", {"site-roots": [""], "site-domains": ["news.opensuse.org"]}),
    "nodejs/nodejs.org": Site("nodejs+nodejs.org", {"site-roots": ["apps/site/public"]}),
}


@dataclass(frozen=True)
class Placed:
    """A corpus release copied to its original path inside a rebuilt repository."""

    path: Path
    options: dict[str, object]


def build_sites(target: Path) -> dict[str, Placed]:
    """Rebuild every site under ``target``; returns the placed releases by corpus file name."""
    corpus = SHARED / "corpus"
    placed: dict[str, Placed] = {}
    with (corpus / "SOURCES.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            match = _SOURCE.match(row["source"])
            site = SITES.get(f"{match['owner']}/{match['repo']}") if match else None
            if match is None or site is None:
                continue
            root = target / site.asset_dir
            if not root.exists():
                _build_tree(corpus / "assets" / site.asset_dir / "tree.txt", root)
            path = root / match["path"]
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes((corpus / "releases" / row["file"]).read_bytes())
            placed[row["file"]] = Placed(path, site.options)
    return placed


def _build_tree(listing: Path, root: Path) -> None:
    (root / ".git").mkdir(parents=True)
    for line in listing.read_text(encoding="utf-8").splitlines():
        if line.strip():
            file = root / line
            file.parent.mkdir(parents=True, exist_ok=True)
            file.touch()
