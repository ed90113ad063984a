"""What a rule is: typed metadata, its documentation, and one pure check function.

A rule module (``rules/<rule_name>.py``) holds, in this order: the module docstring (the rule's
documentation, with fixed headings), ``META`` (a :class:`RuleMeta`), and ``check(document,
options)``.  :meth:`Rule.from_module` turns such a module into a :class:`Rule`; a
:class:`Registry` is an explicit tuple of rules that the engine receives as an argument.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import Enum
from types import ModuleType
from typing import TYPE_CHECKING, cast

from checker.errors import UsageError
from checker.findings import Finding, Severity
from checker.frozen import FrozenMap, frozen

if TYPE_CHECKING:
    from checker.document import Document
    from checker.span import Span

class RuleOptions(FrozenMap[str, object]):
    """The options a rule receives: its declared defaults, overridden by configuration.

    The engine has already checked every value against the type of its declared default, so
    the typed accessors below only narrow the static type; a rule never re-validates.
    """

    def integer(self, key: str) -> int:
        """An ``int`` option."""
        return cast(int, self[key])

    def number(self, key: str) -> float:
        """An ``int`` or ``float`` option, as a float."""
        return float(cast(float, self[key]))

    def text(self, key: str) -> str:
        """A ``str`` option."""
        return cast(str, self[key])

    def flag(self, key: str) -> bool:
        """A ``bool`` option."""
        return cast(bool, self[key])

    def strings(self, key: str) -> tuple[str, ...]:
        """A list-of-strings option, as a tuple."""
        return tuple(cast("Iterable[str]", self[key]))

CheckFunction = Callable[["Document", RuleOptions], Iterable[Finding]]

_CODE = re.compile(r"^CD\d{3}$")
_NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")

#: Headings every rule docstring must have, in this order.
DOC_HEADINGS = ("What it does", "Why is this bad?", "Example", "Use instead")


class FixAvailability(Enum):
    """Whether a rule's findings carry a suggested replacement."""

    NEVER = "never"
    SOMETIMES = "sometimes"
    ALWAYS = "always"


@dataclass(frozen=True)
class RuleMeta:
    """A rule's stable identity and defaults.

    ``options`` declares every option the rule reads, with its default; configuration may only
    set declared options, to values of the default's type.  ``choices`` lists the values a
    string option accepts (``{"profile": ("web", "wire")}``), so a typo is a configuration error
    rather than a rule that quietly does something else.
    """

    code: str
    name: str
    summary: str
    severity: Severity
    fix: FixAvailability = FixAvailability.NEVER
    default_enabled: bool = True
    options: Mapping[str, object] = field(default_factory=frozen)
    since: str = "0.1.0"
    choices: Mapping[str, tuple[str, ...]] = field(default_factory=frozen)

    def __post_init__(self) -> None:
        if not _CODE.match(self.code):
            msg = f"rule code {self.code!r} must look like CD123"
            raise ValueError(msg)
        if not _NAME.match(self.name):
            msg = f"rule name {self.name!r} must be kebab-case"
            raise ValueError(msg)
        object.__setattr__(self, "options", frozen(dict(self.options)))
        object.__setattr__(self, "choices", frozen(dict(self.choices)))

    def finding(self, span: Span, message: str, suggestion: str | None = None) -> Finding:
        """A finding of this rule at its default severity (the engine applies overrides)."""
        return Finding(self.code, self.name, self.severity, message, span, suggestion)


@dataclass(frozen=True)
class Rule:
    """A registered rule: metadata, documentation and the check function."""

    meta: RuleMeta
    doc: str
    check: CheckFunction

    @classmethod
    def from_module(cls, module: ModuleType) -> Rule:
        """Build a rule from a module that defines ``META``, ``check`` and a docstring."""
        meta = getattr(module, "META", None)
        check = getattr(module, "check", None)
        if not isinstance(meta, RuleMeta) or not callable(check):
            msg = f"rule module {module.__name__} must define META (RuleMeta) and check()"
            raise TypeError(msg)
        return cls(meta=meta, doc=(module.__doc__ or "").strip(), check=check)

    @property
    def code(self) -> str:
        """The rule's code, e.g. ``CD101``."""
        return self.meta.code

    @property
    def name(self) -> str:
        """The rule's kebab-case name, e.g. ``truncated-sentence``."""
        return self.meta.name

    def doc_section(self, heading: str) -> str:
        """The text under ``## heading`` in the rule's documentation ('' when absent).

        Headings inside fenced examples (a Markdown release has its own ``## About`` heading)
        belong to the example, not to the documentation.
        """
        lines: list[str] = []
        inside = in_fence = False
        for line in self.doc.splitlines():
            if line.startswith("```"):
                in_fence = not in_fence
            elif not in_fence and line.startswith("## "):
                if inside:
                    break
                inside = line[3:].strip() == heading
                continue
            if inside:
                lines.append(line)
        return "\n".join(lines).strip()


@dataclass(frozen=True)
class Registry:
    """An ordered, immutable set of rules with lookup by code, prefix or name."""

    rules: tuple[Rule, ...]

    def __post_init__(self) -> None:
        seen: dict[str, str] = {}
        for rule in self.rules:
            for key in (rule.code, rule.name):
                if key in seen:
                    msg = f"rule {key!r} is registered twice ({seen[key]} and {rule.meta.code})"
                    raise ValueError(msg)
                seen[key] = rule.code

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def get(self, key: str) -> Rule:
        """The rule with code or name ``key``; raises :class:`UsageError` when there is none."""
        for rule in self.rules:
            if key.upper() == rule.code or key == rule.name:
                return rule
        msg = f"unknown rule {key!r} (see `copydesk rules`)"
        raise UsageError(msg)

    def matching(self, selector: str) -> tuple[Rule, ...]:
        """Rules a selector names: a code (``CD101``), a prefix (``CD1``, ``ALL``) or a name."""
        key = selector.strip()
        if key.upper() == "ALL":
            return self.rules
        found = tuple(r for r in self.rules if r.name == key or r.code.startswith(key.upper()))
        if not found or not key:
            msg = f"unknown rule or prefix {selector!r} (see `copydesk rules`)"
            raise UsageError(msg)
        return found
