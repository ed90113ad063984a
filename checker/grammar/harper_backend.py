"""The Harper backend: Automattic's Rust grammar checker, in process, offline (``harper-py``).

Harper needs no Java and no server, so it is the backend a CI runner can use with no setup.
copydesk lints each rebuilt paragraph as plain text (markup is already gone) and reads the
rule name of every lint from ``organized_lints``, so rules can be named in the config and in
messages.  A few Harper rules are off by default: they fire on ordinary wire copy far more
often than on real mistakes (see :data:`DEFAULT_DISABLED_HARPER_RULES` and docs/grammar.md).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from checker.errors import ToolError
from checker.grammar.model import HARPER_KIND_GROUPS, Issue
from checker.grammar.settings import GrammarSettings

if TYPE_CHECKING:
    import harper

#: Harper rules copydesk turns off, measured on 101 real releases (docs/grammar.md has the numbers).
DEFAULT_DISABLED_HARPER_RULES: tuple[str, ...] = (
    "LongSentences",  # copydesk's own readability and sentence-length rules own this
    "OxfordComma",  # AP style, which wire copy follows, leaves the serial comma out
    "NoFrenchSpaces",  # spacing is copydesk's job, and rebuilt text keeps wire double spaces
    "Spaces",
    "Dashes",  # "--" after a dateline and hyphens in ranges are wire conventions
    "NumericRangeEnDash",
    "SentenceCapitalization",  # brand names (iOrganBio) and list fragments start lower case
    "OrthographicConsistency",  # all-caps brand names and Ph.D. read as misspelt words
    "DisjointPrefixes",  # non-profit / nonprofit is house style, not an error
    "MassNouns",  # 10 of 11 findings were false alarms ("a fun", "a staggering")
    "UnclosedQuotes",  # copydesk's unclosed-quote-or-bracket rule owns quote balance
    "InflectedVerbAfterTo",  # 4 of 5 false ("committed to decentralized finance")
    "WrongNegative",  # suggested "Dead" for the name "Imad", "deserved" for "unserved"
    "MergeWords",  # splits "Par 3's and" into "sand"
    "DayOneNames",  # a brand-name rule that fires on the phrase "day one"
    "InDemandInDepth",  # fired with an empty span on correct text
    "MissingPreposition",  # 2 of 4 false
    "ExpandConfiguration",  # technical shorthand ("conf") in release notes is deliberate
    "ExpandMemoryShorthands",
)

_ACRONYM = re.compile(r"\s+[A-Z][A-Z0-9]+\b")
_DIALECTS = {"en": 0, "en-US": 0, "en-GB": 1, "en-AU": 2, "en-CA": 3, "en-IN": 4}


def check_paragraphs(settings: GrammarSettings, paragraphs: Sequence[str]) -> list[list[Issue]]:
    """Issues per paragraph from Harper."""
    linter = _linter(_dialect(settings.language), _rule_config(settings), settings.vocabulary)
    return [_lint(linter, text, settings) for text in paragraphs]


def _lint(linter: harper.Linter, text: str, settings: GrammarSettings) -> list[Issue]:
    issues = []
    for rule_id, lints in linter.organized_lints(text, language="plaintext").items():
        for lint in lints:
            group = HARPER_KIND_GROUPS.get(lint.lint_kind, "grammar")
            if not _category_wanted(lint.lint_kind, settings) or lint.span.end <= lint.span.start:
                continue
            if rule_id == "AnA" and _before_acronym(text, lint.span.end):
                continue
            issues.append(
                Issue(
                    offset=lint.span.start,
                    length=lint.span.end - lint.span.start,
                    message=lint.message,
                    rule_id=rule_id,
                    category=lint.lint_kind,
                    group=group,
                    replacements=tuple(s.replacement_text for s in lint.suggestions if s.replacement_text)[:5],
                )
            )
    return sorted(issues, key=lambda i: (i.offset, i.length, i.rule_id))


def _before_acronym(text: str, end: int) -> bool:
    """Whether an article stands before an acronym ("an SEO platform"), whose sound Harper cannot know."""
    following = _ACRONYM.match(text, end)
    return following is not None


def _category_wanted(kind: str, settings: GrammarSettings) -> bool:
    if settings.enabled_categories and kind not in settings.enabled_categories:
        return False
    return kind not in settings.disabled_categories


def _dialect(language: str) -> int:
    if language not in _DIALECTS:
        known = ", ".join(_DIALECTS)
        raise ToolError(f"[grammar] language: Harper checks English only ({known}), got {language!r}")
    return _DIALECTS[language]


def _rule_config(settings: GrammarSettings) -> tuple[tuple[str, bool], ...]:
    disabled = (
        r for r in (*DEFAULT_DISABLED_HARPER_RULES, *settings.disabled_rules) if r not in settings.enabled_rules
    )
    return (*((rule, False) for rule in disabled), *((rule, True) for rule in settings.enabled_rules))


@cache
def _linter(dialect: int, rules: tuple[tuple[str, bool], ...], vocabulary: tuple[str, ...]) -> harper.Linter:
    """A configured Harper linter, built once per process and settings.

    Cached because building one loads Harper's dictionary (most of a second) and every grammar
    rule and file of a run shares it; worker processes each build their own.
    """
    try:
        import harper
    except ImportError:
        raise ToolError("[grammar] backend = \"harper\" needs harper-py: pip install 'copydesk[harper]'") from None
    linter = harper.Linter(harper.Dialect(dialect))
    known = linter.get_default_lint_config()
    unknown = sorted(name for name, _ in rules if name not in known)
    if unknown:
        raise ToolError(
            f"[grammar]: unknown Harper rule {unknown[0]!r} in enabled_rules or disabled_rules (see docs/grammar.md)"
        )
    config = linter.get_lint_config()
    config.update(dict(rules))
    linter.set_lint_config(config)
    if vocabulary:
        linter.import_words(list(vocabulary))
    return linter
