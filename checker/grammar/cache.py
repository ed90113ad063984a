"""The on-disk cache of grammar answers: one small JSON file per paragraph and settings.

Keyed by a hash of the paragraph's text and the settings' fingerprint, so re-checking a
release after a one-line edit sends only the edited paragraph.  Writes go to a temporary
file that is renamed into place, so parallel workers never read half a file; an unreadable
entry counts as a miss.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from checker.grammar.model import Issue

_VERSION = "1"


class IssueCache:
    """Issues per paragraph under ``<root>/grammar/<fingerprint>/``; ``root=None`` stores nothing."""

    def __init__(self, root: Path | None, fingerprint: str) -> None:
        self._folder = root / "grammar" / f"v{_VERSION}-{fingerprint}" if root else None

    def get(self, text: str) -> list[Issue] | None:
        """The cached issues of ``text``, or None when it was never checked with these settings."""
        if self._folder is None:
            return None
        try:
            data = json.loads(_entry(self._folder, text).read_text(encoding="utf-8"))
            return [Issue.from_json(item) for item in data]
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, text: str, issues: list[Issue]) -> None:
        """Store the issues of ``text``; a cache that cannot be written is skipped, not fatal."""
        if self._folder is None:
            return
        path = _entry(self._folder, text)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(
                "w", encoding="utf-8", dir=path.parent, delete=False, suffix=".tmp"
            ) as tmp:
                json.dump([issue.to_json() for issue in issues], tmp)
            os.replace(tmp.name, path)
        except OSError:
            return


def _entry(folder: Path, text: str) -> Path:
    """Where the answer for ``text`` lives: ``<folder>/<2 hex>/<sha256>.json``."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return folder / digest[:2] / f"{digest}.json"
