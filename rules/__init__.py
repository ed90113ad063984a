"""copydesk's rules: one module per rule, registered here in an explicit tuple.

The engine never imports a rule module; it receives :func:`default_registry`, which holds the
modules below plus any third-party rules installed under the entry-point group
``copydesk.rules`` (each entry point names a rule module).
"""

from __future__ import annotations

from importlib.metadata import entry_points
from types import ModuleType

from checker.rule import Registry, Rule
from rules import (
    acronym_undefined,
    boilerplate,
    caption_without_image,
    date_range_order,
    date_style,
    dateline,
    duration_mismatch,
    empty_media_section,
    end_mark,
    exclamation,
    grammar_error,
    headline,
    hype_words,
    image_alt_text,
    impossible_date,
    invisible_characters,
    long_sentence,
    media_contact,
    missing_local_image,
    mojibake,
    name_variant,
    number_style,
    placeholder_link,
    placeholder_text,
    punctuation_error,
    quote_style,
    readability,
    relative_date_conflict,
    repeated_word,
    spacing,
    spelling_error,
    spelling_variant_mix,
    style_issue,
    tense_date_conflict,
    truncated_copy,
    truncated_excerpt,
    truncated_headline,
    truncated_sentence,
    truncated_start,
    unclosed_quote_or_bracket,
    unreachable_link,
    weekday_mismatch,
)

#: Every built-in rule module, in code order.
RULE_MODULES: tuple[ModuleType, ...] = (
    truncated_sentence,
    unclosed_quote_or_bracket,
    truncated_copy,
    truncated_excerpt,
    truncated_headline,
    truncated_start,
    empty_media_section,
    caption_without_image,
    missing_local_image,
    image_alt_text,
    placeholder_link,
    unreachable_link,
    weekday_mismatch,
    impossible_date,
    relative_date_conflict,
    tense_date_conflict,
    duration_mismatch,
    date_style,
    date_range_order,
    dateline,
    headline,
    boilerplate,
    media_contact,
    end_mark,
    name_variant,
    spelling_variant_mix,
    number_style,
    quote_style,
    acronym_undefined,
    repeated_word,
    spacing,
    placeholder_text,
    readability,
    long_sentence,
    hype_words,
    exclamation,
    grammar_error,
    spelling_error,
    punctuation_error,
    style_issue,
    mojibake,
    invisible_characters,
)

ENTRY_POINT_GROUP = "copydesk.rules"


def builtin_rules() -> tuple[Rule, ...]:
    """The built-in rules."""
    return tuple(Rule.from_module(module) for module in RULE_MODULES)


def plugin_rules() -> tuple[Rule, ...]:
    """Rules from installed plugins; a broken plugin raises TypeError naming its entry point."""
    found = []
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        module = entry.load()
        if not isinstance(module, ModuleType):
            msg = f"entry point {entry.name!r} ({entry.value}) must name a rule module"
            raise TypeError(msg)
        found.append(Rule.from_module(module))
    return tuple(found)


def default_registry() -> Registry:
    """Built-in and plugin rules, sorted by code."""
    return Registry(tuple(sorted(builtin_rules() + plugin_rules(), key=lambda r: r.code)))


__all__ = ["ENTRY_POINT_GROUP", "RULE_MODULES", "builtin_rules", "default_registry", "plugin_rules"]
