"""Configuration: ``copydesk.toml``, ``.copydesk.toml`` or ``[tool.copydesk]`` in ``pyproject.toml``.

Found by walking up from the first checked path; command-line flags override it.  Every key is
validated, and a problem names the file, the key and what is wrong.

Keys (all optional)::

    select = ["CD1", "placeholder-text"]    # replaces the default selection
    extend-select = ["CD206"]               # adds to it
    ignore = ["CD703"]
    fail-on = "warning"                     # error | warning | info
    reference-date = "2024-03-01"
    include = ["press/**/*.md"]             # globs, relative to the config file
    exclude = ["drafts/**"]
    respect-gitignore = true
    force-exclude = false                   # apply exclude to files named explicitly too
    max-file-size = 5_000_000               # bytes
    [severity]        CD702 = "info"        # per-rule severity override
    [per-file-ignores] "archive/**" = ["CD3"]
    [style]           dates = "ap"          # house style shared by rules that declare the option
    [rules.truncated-sentence] ...          # one rule's options (by name or code)
    [grammar] ...                           # grammar backend settings (a table, passed on)
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from checker.errors import ConfigError
from checker.findings import Severity
from checker.frozen import frozen

_T = TypeVar("_T")

CONFIG_NAMES = ("copydesk.toml", ".copydesk.toml", "pyproject.toml")

_LIST_KEYS = ("select", "extend-select", "ignore", "include", "exclude")
_TABLE_KEYS = ("severity", "per-file-ignores", "style", "rules", "grammar", "links")
_KNOWN = frozenset(
    (
        *_LIST_KEYS,
        *_TABLE_KEYS,
        "fail-on",
        "reference-date",
        "respect-gitignore",
        "force-exclude",
        "max-file-size",
        "jobs",
    )
)

#: Default cap on a file's size; larger files get a CD000 finding instead of being read.
DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024


@dataclass(frozen=True)
class Config:
    """Validated settings of one run (defaults when no file is found)."""

    path: Path | None = None
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: Severity = Severity.WARNING
    reference_date: dt.date | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    respect_gitignore: bool = True
    force_exclude: bool = False
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    jobs: int = 1
    severity: Mapping[str, Severity] = field(default_factory=frozen)
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=frozen)
    style: Mapping[str, object] = field(default_factory=frozen)
    rules: Mapping[str, Mapping[str, object]] = field(default_factory=frozen)
    grammar: Mapping[str, object] = field(default_factory=frozen)
    links: Mapping[str, object] = field(default_factory=frozen)

    @property
    def root(self) -> Path:
        """The folder the config file is in (globs are relative to it), else the cwd."""
        return self.path.parent if self.path else Path.cwd()

    def with_overrides(self, **changes: object) -> Config:
        """A copy with command-line values applied (``None`` values are ignored)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})  # type: ignore[arg-type]


def find_config(start: Path) -> Path | None:
    """The nearest config file at or above ``start`` (a ``pyproject.toml`` counts only with [tool.copydesk])."""
    folder = start if start.is_dir() else start.parent
    for candidate_dir in (folder.resolve(), *folder.resolve().parents):
        for name in CONFIG_NAMES:
            candidate = candidate_dir / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_tool_table(candidate)):
                return candidate
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    return isinstance(data.get("tool"), dict) and "copydesk" in data["tool"]


def load_config(path: Path) -> Config:
    """Read and validate a config file; raises :class:`ConfigError` on any problem."""
    where = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(where, None, f"cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(where, None, "not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(where, None, f"invalid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("copydesk", {})
        where = f"{path} [tool.copydesk]"
    return config_from_mapping(data, path, where)


def config_from_mapping(data: Mapping[str, object], path: Path, where: str | None = None) -> Config:
    """Validate an already-parsed ``[tool.copydesk]``-shaped mapping (tests build configs this way)."""
    return _validate(data, path, where or str(path))


def _validate(data: Mapping[str, object], path: Path, where: str) -> Config:
    unknown = sorted(set(data) - _KNOWN)
    if unknown:
        raise ConfigError(where, unknown[0], f"unknown key (known keys: {', '.join(sorted(_KNOWN))})")
    lists = {key: _string_list(data, key, where) for key in _LIST_KEYS if key in data}
    tables = {key: _table(data, key, where) for key in _TABLE_KEYS}
    return Config(
        path=path,
        select=lists.get("select"),
        extend_select=lists.get("extend-select", ()),
        ignore=lists.get("ignore", ()),
        fail_on=_severity(data.get("fail-on", "warning"), where, "fail-on"),
        reference_date=_date(data.get("reference-date"), where),
        include=lists.get("include", ()),
        exclude=lists.get("exclude", ()),
        respect_gitignore=_typed(data, "respect-gitignore", bool, where, default=True),
        force_exclude=_typed(data, "force-exclude", bool, where, default=False),
        max_file_size=_typed(data, "max-file-size", int, where, default=DEFAULT_MAX_FILE_SIZE),
        jobs=_typed(data, "jobs", int, where, default=1),
        severity=frozen({code: _severity(v, where, f"severity.{code}") for code, v in tables["severity"].items()}),
        per_file_ignores=frozen(
            {
                glob: _string_list(tables["per-file-ignores"], glob, f"{where} per-file-ignores")
                for glob in tables["per-file-ignores"]
            }
        ),
        style=frozen(tables["style"]),
        rules=frozen({name: frozen(_table(tables["rules"], name, f"{where} rules")) for name in tables["rules"]}),
        # LanguageTool's own settings are snake_case; kebab-case, as everywhere else, works too.
        grammar=frozen({key.replace("-", "_"): value for key, value in tables["grammar"].items()}),
        links=frozen(tables["links"]),
    )


def _typed(data: Mapping[str, object], key: str, kind: type[_T], where: str, *, default: _T) -> _T:
    value = data.get(key, default)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ConfigError(where, key, f"expected {kind.__name__}, got {type(value).__name__} {value!r}")
    return value


def _string_list(data: Mapping[str, object], key: str, where: str) -> tuple[str, ...]:
    value = data[key]
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(where, key, f"expected a list of strings, got {value!r}")
    return tuple(value)


def _table(data: Mapping[str, object], key: str, where: str) -> Mapping[str, object]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(where, key, f"expected a table, got {type(value).__name__} {value!r}")
    return value


def _severity(value: object, where: str, key: str) -> Severity:
    try:
        return Severity.parse(str(value))
    except ValueError as exc:
        raise ConfigError(where, key, str(exc)) from None


def _date(value: object, where: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ConfigError(where, "reference-date", f"expected a date YYYY-MM-DD, got {value!r}") from None
