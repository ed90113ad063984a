"""Options that take one of a few named values, checked where a rule reads them.

The engine checks an option's type against its declared default; only the rule knows which
strings are meaningful.  A misspelt value (``dialect = "en-UK"``) must not silently fall back to
the default, so :func:`choice` raises, and the engine reports the error naming the rule.
"""

from __future__ import annotations

from collections.abc import Sequence

from checker.rule import RuleOptions


def choice(options: RuleOptions, key: str, allowed: Sequence[str]) -> str:
    """The value of option ``key``; raises ValueError naming the allowed values otherwise."""
    value = str(options[key])
    if value not in allowed:
        msg = f"unknown value {value!r} for option {key} (expected one of: {', '.join(allowed)})"
        raise ValueError(msg)
    return value
