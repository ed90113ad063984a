"""One mapping layer for every backend: paragraphs out, copydesk findings with exact spans back.

The grammar rules call :func:`grammar_findings`.  It picks the blocks worth checking (prose;
not code, front matter, contacts, URLs or end marks), sends their rebuilt text — hard wraps
joined, markup gone — to the backend through the on-disk cache, and maps each issue's
paragraph offsets to the original file with ``block.source_span``.  Words in the vocabulary
(company and product names) and the dateline are never reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from types import MappingProxyType

from checker.document import Block, BlockKind, Document, Role
from checker.errors import ToolError
from checker.findings import Finding
from checker.grammar import harper_backend, languagetool
from checker.grammar.cache import IssueCache
from checker.grammar.model import Group, Issue
from checker.grammar.settings import GrammarSettings, settings_from_options
from checker.rule import RuleMeta, RuleOptions
from checker.span import Span

_CHECKED_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.CAPTION, BlockKind.HEADING})
_SKIPPED_ROLES = frozenset({Role.CONTACT, Role.URL, Role.END_MARK, Role.CODE, Role.META, Role.TABLE, Role.DATELINE})
_BACKEND_NAMES = MappingProxyType({"languagetool": "LanguageTool", "harper": "Harper"})
_POSSESSIVE = re.compile(r"['’]s$")
_WORD = re.compile(r"[\w'’.&-]+")
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
_CODE_LIKE = re.compile(r"\w[./@:_]\w|\d|^www\b|[#@]")
_EDGE_PUNCTUATION = "\"'“”‘’()[]{}.,;:!?*"


def grammar_findings(document: Document, options: RuleOptions, meta: RuleMeta, group: Group) -> Iterator[Finding]:
    """The findings of one grammar rule (``group``) on ``document``."""
    settings = settings_from_options(options)
    blocks = checked_blocks(document)
    texts = [block.text for block in blocks]
    accepted = vocabulary_words(settings.vocabulary)
    skipped = [document.dateline.span] if document.dateline else []
    for block, issues in zip(blocks, issues_for(settings, texts), strict=True):
        for issue in issues:
            if issue.group != group or not _reportable(block.text, issue, accepted, settings):
                continue
            span = block.source_span(issue.offset, issue.offset + issue.length)
            if not any(_overlaps(span, other) for other in skipped):
                flagged = block.text[issue.offset : issue.offset + issue.length]
                yield meta.finding(span, _message(flagged, issue, settings.backend), _suggestion(issue))


def checked_blocks(document: Document) -> list[Block]:
    """The blocks whose text is prose worth a grammar check, in document order."""
    return [
        block
        for block in document.blocks
        if block.kind in _CHECKED_KINDS and block.role not in _SKIPPED_ROLES and block.text.strip()
    ]


def issues_for(settings: GrammarSettings, texts: Sequence[str]) -> list[list[Issue]]:
    """Issues per text: from the cache where it has them, one backend call for the rest."""
    cache = IssueCache(settings.cache_path() if settings.cache else None, settings.fingerprint())
    known: dict[str, list[Issue]] = {}
    missing: list[str] = []
    for text in dict.fromkeys(texts):
        cached = cache.get(text)
        if cached is None:
            missing.append(text)
        else:
            known[text] = cached
    if missing:
        for text, issues in zip(missing, _backend_check(settings, missing), strict=True):
            cache.put(text, issues)
            known[text] = issues
    return [known[text] for text in texts]


def _backend_check(settings: GrammarSettings, texts: Sequence[str]) -> list[list[Issue]]:
    if settings.backend == "harper":
        return harper_backend.check_paragraphs(settings, texts)
    if settings.backend == "languagetool":
        client = languagetool.client_for(settings)
        return languagetool.check_paragraphs(client, languagetool.request_params(settings), texts)
    raise ToolError(f"unknown grammar backend {settings.backend!r} (expected languagetool or harper)")


def vocabulary_words(vocabulary: Sequence[str]) -> frozenset[str]:
    """Every word of every vocabulary entry, case-folded (``"Acme Corp"`` accepts both words)."""
    return frozenset(word.casefold() for entry in vocabulary for word in _WORD.findall(entry))


def _reportable(text: str, issue: Issue, accepted: frozenset[str], settings: GrammarSettings) -> bool:
    """Whether an issue survives the vocabulary, the token check and, for spelling, the name and code checks."""
    flagged = text[issue.offset : issue.offset + issue.length]
    if _accepted(flagged, accepted) or _inside_a_token(text, issue):
        return False
    return issue.group != "spelling" or not _not_a_word(text, issue, spell_names=settings.spell_names)


def _accepted(flagged: str, accepted: frozenset[str]) -> bool:
    words = [_POSSESSIVE.sub("", w).casefold() for w in _WORD.findall(flagged)]
    return bool(words) and all(w in accepted for w in words)


def _inside_a_token(text: str, issue: Issue) -> bool:
    """Whether the backend flagged part of a token (the ``A`` of ``Section 27A``), not a whole word.

    An ordinal suffix (the ``nd`` of ``21nd``) is the one part of a token worth reporting.
    """
    end = issue.offset + issue.length
    if text[issue.offset : end].lower() in _ORDINAL_SUFFIXES:
        return False
    starts_inside = issue.offset > 0 and text[issue.offset].isalnum() and text[issue.offset - 1].isalnum()
    ends_inside = end < len(text) and text[end - 1].isalnum() and text[end].isalnum()
    return starts_inside or ends_inside


def _not_a_word(text: str, issue: Issue, *, spell_names: bool) -> bool:
    """Whether a spelling issue sits in a code-like token, or (unless ``spell_names``) on a capitalised word.

    A token with a dot, slash, at sign or digit inside (``Node.js``, ``www``, ``Web3``, an
    e-mail address) is an identifier, not a word; a capitalised word is a name more often
    than a typo.
    """
    flagged = text[issue.offset : issue.offset + issue.length]
    if not spell_names and any(char.isupper() for char in flagged):
        return True
    start = issue.offset
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = issue.offset + issue.length
    while end < len(text) and not text[end].isspace():
        end += 1
    token = text[start:end].strip(_EDGE_PUNCTUATION)
    return bool(_CODE_LIKE.search(token))


def _overlaps(span: Span, other: Span) -> bool:
    return span.start < other.end and other.start < span.end


def _message(flagged: str, issue: Issue, backend: str) -> str:
    quoted = f"'{' '.join(flagged.split())}'" if flagged.strip() else "The space"
    message = issue.message.strip()
    if not message.endswith((".", "?", "!")):
        message += "."
    action = f"replace with '{issue.replacements[0]}'" if issue.replacements else "correct or reword it"
    return f"{quoted}: {message} Check and {action} ({_BACKEND_NAMES[backend]} {issue.rule_id})"


def _suggestion(issue: Issue) -> str | None:
    return issue.replacements[0] if issue.replacements else None
