"""Grammar and spelling through LanguageTool (a server) or Harper (in process), behind one mapping.

The CD8xx rules call :func:`grammar_findings` with their options; everything about backends,
batching, caching and mapping offsets back to the source lives in this package.
"""

from __future__ import annotations

from checker.findings import Severity
from checker.grammar.mapping import grammar_findings
from checker.grammar.model import Group, Issue
from checker.grammar.settings import OPTION_DEFAULTS, GrammarSettings, grammar_enabled, validate_table, with_grammar
from checker.rule import FixAvailability, RuleMeta

#: Code prefix of the grammar rules (CD801 grammar-error, CD802 spelling-error, ...).
GRAMMAR_PREFIX = "CD8"


def grammar_rule_meta(code: str, name: str, summary: str, severity: Severity) -> RuleMeta:
    """Metadata of a grammar rule: off by default, the backend's fix sometimes, the ``[grammar]`` options."""
    return RuleMeta(
        code=code,
        name=name,
        summary=summary,
        severity=severity,
        fix=FixAvailability.SOMETIMES,
        default_enabled=False,
        options=OPTION_DEFAULTS,
    )


__all__ = [
    "GRAMMAR_PREFIX",
    "OPTION_DEFAULTS",
    "GrammarSettings",
    "Group",
    "Issue",
    "grammar_enabled",
    "grammar_findings",
    "grammar_rule_meta",
    "validate_table",
    "with_grammar",
]
