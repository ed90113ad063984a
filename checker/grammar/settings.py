"""Grammar settings: the ``[grammar]`` table, validated once, as a frozen value.

The same keys reach the grammar rules as options (the engine merges ``[grammar]`` into the
options a rule declares), so a rule builds its :class:`GrammarSettings` from its options and
never reads configuration itself.  :func:`validate_table` checks the table when the run is
planned, so a typo in a key fails the run before any text leaves the machine.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from checker.errors import ConfigError
from checker.frozen import frozen

if TYPE_CHECKING:
    from checker.config import Config

BACKENDS = ("languagetool", "harper")

#: Every ``[grammar]`` key a grammar rule declares as an option, with its default.
OPTION_DEFAULTS: Mapping[str, object] = MappingProxyType(
    {
        "backend": "languagetool",
        "server": "",
        "local": False,
        "language": "en-US",
        "enabled_rules": (),
        "disabled_rules": (),
        "enabled_categories": (),
        "disabled_categories": (),
        "picky": False,
        "vocabulary": (),
        "spell_names": False,
        "timeout": 20.0,
        "cache": True,
        "cache_dir": "",
    }
)

#: Keys of ``[grammar]`` that are not rule options: ``enabled`` turns the CD8xx rules on.
_TABLE_ONLY = MappingProxyType({"enabled": False})

#: LanguageTool rules copydesk turns off: its own rules own paragraph ends, spacing and quote
#: balance, and (as measured with Harper's equivalent) brand names start sentences in lower case.
DEFAULT_DISABLED_LT_RULES = (
    "PUNCTUATION_PARAGRAPH_END",
    "PUNCTUATION_PARAGRAPH_END2",
    "WHITESPACE_RULE",
    "CONSECUTIVE_SPACES",
    "EN_UNPAIRED_BRACKETS",
    "UPPERCASE_SENTENCE_START",
)


@dataclass(frozen=True)
class GrammarSettings:
    """What a grammar backend needs to know; ``fingerprint`` keys the on-disk cache."""

    backend: str = "languagetool"
    server: str = ""
    local: bool = False
    language: str = "en-US"
    enabled_rules: tuple[str, ...] = ()
    disabled_rules: tuple[str, ...] = ()
    enabled_categories: tuple[str, ...] = ()
    disabled_categories: tuple[str, ...] = ()
    picky: bool = False
    vocabulary: tuple[str, ...] = ()
    spell_names: bool = False
    timeout: float = 20.0
    cache: bool = True
    cache_dir: str = ""

    def fingerprint(self) -> str:
        """A hash of every setting that can change a backend's answer (not timeout or cache)."""
        relevant = asdict(self)
        ignored = {"timeout", "cache", "cache_dir", "spell_names"}
        if self.backend == "languagetool":
            ignored.add("vocabulary")  # applied to LanguageTool's answers, not sent with the text
            relevant["server"] = self.server.rstrip("/") if self.server else "local"
        else:
            relevant["harper_version"] = _installed_version("harper-py")
        blob = json.dumps({k: v for k, v in relevant.items() if k not in ignored}, sort_keys=True)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]

    def cache_path(self) -> Path:
        """The cache folder: ``cache_dir``, else ``$XDG_CACHE_HOME/copydesk``, else ``~/.cache/copydesk``."""
        if self.cache_dir:
            return Path(self.cache_dir).expanduser()
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        return Path(base) / "copydesk"


def _installed_version(distribution: str) -> str:
    """The installed version of a distribution ('' when absent), so an upgrade empties the cache."""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


def settings_from_options(options: Mapping[str, object]) -> GrammarSettings:
    """The settings a grammar rule's (already type-checked) options describe."""
    values = {key: options.get(key, default) for key, default in OPTION_DEFAULTS.items()}
    for key, default in OPTION_DEFAULTS.items():
        if isinstance(default, tuple):
            values[key] = tuple(values[key])  # type: ignore[arg-type]
    values["timeout"] = float(values["timeout"])  # type: ignore[arg-type]
    return GrammarSettings(**values)  # type: ignore[arg-type]


HOW_TO_START_LANGUAGETOOL = (
    "start one with `docker run -d -p 8081:8010 erikvl87/languagetool` and set [grammar] server = "
    '"http://localhost:8081", or set local = true, or use backend = "harper"'
)
NO_SERVER = (
    "LanguageTool needs a server, and copydesk never sends text to one you did not name: " + HOW_TO_START_LANGUAGETOOL
)


def validate_table(table: Mapping[str, object], where: str) -> None:
    """Check every ``[grammar]`` key and value; raises :class:`ConfigError` naming the key."""
    known = {**OPTION_DEFAULTS, **_TABLE_ONLY}
    for key, value in table.items():
        if key not in known:
            raise ConfigError(where, f"grammar.{key}", f"unknown key (known keys: {', '.join(sorted(known))})")
        _check_type(key, value, known[key], where)
    backend = table.get("backend", "languagetool")
    if backend not in BACKENDS:
        raise ConfigError(where, "grammar.backend", f"expected one of {', '.join(BACKENDS)}, got {backend!r}")
    if table.get("server") and table.get("local"):
        raise ConfigError(where, "grammar.local", "set either server or local = true, not both")
    if grammar_enabled(table) and backend == "languagetool" and not table.get("server") and not table.get("local"):
        raise ConfigError(where, "grammar.server", NO_SERVER)
    timeout = table.get("timeout", 1.0)
    if isinstance(timeout, int | float) and timeout <= 0:
        raise ConfigError(where, "grammar.timeout", f"expected a number of seconds above 0, got {timeout!r}")


def _check_type(key: str, value: object, default: object, where: str) -> None:
    if isinstance(default, tuple):
        ok = isinstance(value, list | tuple) and all(isinstance(v, str) for v in value)
        expected = "a list of strings"
    elif isinstance(default, float):
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        expected = "a number"
    else:
        ok = type(value) is type(default)
        expected = type(default).__name__
    if not ok:
        raise ConfigError(where, f"grammar.{key}", f"expected {expected}, got {value!r}")


def grammar_enabled(table: Mapping[str, object]) -> bool:
    """Whether ``[grammar] enabled = true`` (or ``--grammar``) asks for the CD8xx rules."""
    return table.get("enabled") is True


def with_grammar(config: Config, *, requested: bool) -> Config:
    """``config`` with ``enabled = true`` when ``--grammar`` asked for it, and ``cache_dir`` made absolute.

    A relative ``cache_dir`` (``".copydesk-cache"``) is relative to the config file's folder, so
    the cache stays put whichever folder copydesk runs from.
    """
    table = dict(config.grammar)
    if requested:
        table["enabled"] = True
    cache_dir = table.get("cache_dir")
    if isinstance(cache_dir, str) and cache_dir and not Path(cache_dir).expanduser().is_absolute():
        table["cache_dir"] = str(config.root / cache_dir)
    return config.with_overrides(grammar=frozen(table)) if table != dict(config.grammar) else config
