"""copydesk's engine: reading, decoding, parsing, the Document model, config and the CLI.

The public names below are what rules and plugins import; everything else may change.
"""

from __future__ import annotations

from checker.document import Block, BlockKind, Document, Format, Link, Role, Sentence
from checker.findings import Finding, Severity
from checker.rule import FixAvailability, Registry, Rule, RuleMeta, RuleOptions
from checker.span import Span

__version__ = "0.1.0"

__all__ = [
    "Block",
    "BlockKind",
    "Document",
    "Finding",
    "FixAvailability",
    "Format",
    "Link",
    "Registry",
    "Role",
    "Rule",
    "RuleMeta",
    "RuleOptions",
    "Sentence",
    "Severity",
    "Span",
    "__version__",
]
