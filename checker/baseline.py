"""Fingerprints that survive edits, and the baseline that hides today's findings in legacy files.

A fingerprint names a finding by what it is, not where it is: the rule, the file, the flagged
text and a little of the text around it in the same paragraph (whitespace-insensitive), plus
an ordinal that tells identical repeats in one file apart.  Lines added or removed above a finding leave its fingerprint
unchanged, so a baseline written today keeps hiding it after unrelated edits, and the GitLab
and SARIF reports give it the same identity from one run to the next.

A baseline file is JSON (``docs/baseline.md``); only ``path`` and ``fingerprint`` decide a
match, the other fields are there for the people who review the file.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from checker.errors import UsageError
from checker.findings import Finding
from checker.results import FileResult, RunResult

#: Bumped when the fingerprint recipe or the file shape changes (old baselines then stop matching).
BASELINE_VERSION = 1
#: Characters of context on each side of the flagged text that go into a fingerprint.
CONTEXT = 24
_SPACE = re.compile(r"\s+")
#: Context stops at a blank line, so a paragraph added before or after leaves fingerprints alone.
_BLANK_LINE = re.compile(r"(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)")


@dataclass(frozen=True)
class Fingerprint:
    """A location-independent key of one finding: ``digest`` of its content and its ``ordinal``.

    ``ordinal`` counts earlier findings in the same file with the same digest (from 1), so two
    identical placeholders in one release stay two findings.
    """

    digest: str
    ordinal: int

    def __str__(self) -> str:
        return f"{self.digest}:{self.ordinal}"


def fingerprints(result: FileResult) -> tuple[Fingerprint, ...]:
    """One fingerprint per finding of ``result``, in the same order."""
    seen: Counter[str] = Counter()
    prints = []
    for finding in result.findings:
        digest = _digest(result, finding)
        seen[digest] += 1
        prints.append(Fingerprint(digest, seen[digest]))
    return tuple(prints)


def _digest(result: FileResult, finding: Finding) -> str:
    """Hash of rule, path, flagged text and the text around it (never line numbers)."""
    source = result.source
    start, end = finding.span.start, finding.span.end
    before = _BLANK_LINE.split(source[max(0, start - 2 * CONTEXT) : start])[-1]
    after = _BLANK_LINE.split(source[end : end + 2 * CONTEXT])[0]
    before, after = _squash(before)[-CONTEXT:], _squash(after)[:CONTEXT]
    parts = (finding.code, result.path.replace("\\", "/"), before, _squash(source[start:end]), after)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def _squash(text: str) -> str:
    """Whitespace-insensitive text, so re-wrapping a paragraph or CRLF line ends keep fingerprints."""
    return _SPACE.sub(" ", text)


@dataclass(frozen=True)
class Baseline:
    """Recorded findings: how many times each ``(path, fingerprint)`` may still be hidden."""

    entries: Counter[tuple[str, str]]

    @classmethod
    def from_run(cls, run: RunResult) -> Baseline:
        """Every finding of ``run``."""
        return cls(Counter((r.path, str(fp)) for r in run.files for fp in fingerprints(r)))

    @classmethod
    def load(cls, path: Path) -> Baseline:
        """Read a baseline file; a missing or malformed one is a :class:`UsageError` (exit 2)."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            msg = f"cannot read baseline {path}: {exc.strerror or exc}"
            raise UsageError(msg) from None
        except ValueError as exc:
            msg = f"baseline {path} is not valid JSON: {exc}"
            raise UsageError(msg) from None
        return cls(Counter(_entries(data, path)))

    def filter(self, run: RunResult) -> tuple[RunResult, int]:
        """``run`` without its baselined findings, and how many were hidden."""
        remaining = Counter(self.entries)
        files = []
        hidden = 0
        for result in run.files:
            kept = []
            for finding, fp in zip(result.findings, fingerprints(result), strict=True):
                key = (result.path, str(fp))
                if remaining[key] > 0:
                    remaining[key] -= 1
                    hidden += 1
                else:
                    kept.append(finding)
            files.append(replace(result, findings=tuple(kept)))
        return replace(run, files=tuple(files)), hidden


def _entries(data: object, path: Path) -> Iterable[tuple[str, str]]:
    if (
        not isinstance(data, dict)
        or data.get("version") != BASELINE_VERSION
        or not isinstance(data.get("findings"), list)
    ):
        msg = (
            f"baseline {path} is not a copydesk baseline version {BASELINE_VERSION} (rewrite it with --write-baseline)"
        )
        raise UsageError(msg)
    for index, entry in enumerate(data["findings"]):
        if (
            not isinstance(entry, dict)
            or not isinstance(entry.get("path"), str)
            or not isinstance(entry.get("fingerprint"), str)
        ):
            msg = f"baseline {path}: findings[{index}] needs string 'path' and 'fingerprint'"
            raise UsageError(msg)
        yield entry["path"], entry["fingerprint"]


def render_baseline(run: RunResult) -> str:
    """The baseline file for every finding of ``run``: sorted, one JSON object per finding."""
    records = []
    for result in run.files:
        for finding, fp in zip(result.findings, fingerprints(result), strict=True):
            records.append(
                {
                    "path": result.path,
                    "code": finding.code,
                    "rule": finding.rule,
                    "line": result.start(finding).line,
                    "fingerprint": str(fp),
                    "message": finding.message,
                }
            )
    records.sort(key=lambda r: (r["path"], r["line"], r["code"], r["fingerprint"]))
    document = {"version": BASELINE_VERSION, "tool": "copydesk", "findings": records}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
