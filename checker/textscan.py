"""Scanning the running text of a release: which blocks are prose, and which characters are words.

The consistency rules (CD5xx) compare forms across a whole release: one spelling against
another, one quote style against another.  They must all read the same text, or one rule's
"minority form" would be another rule's blind spot.  This module fixes that text: blocks a
reader reads as prose (not code, comments, front matter, bare URLs or tables), with web
addresses, e-mail addresses and handles blanked out, because ``www.example-organization.com``
is a name, not a spelling choice.

Blanking replaces characters with spaces of the same length, so every offset found in the
masked text is an offset into ``block.text`` and maps to the source with ``block.source_span``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable, Iterator, Sequence
from typing import TypeVar

from checker.document import Block, Document, Role

_T = TypeVar("_T", bound=Hashable)

#: Roles whose text is not running prose: code, metadata, bare links and table cells.
NON_PROSE_ROLES = frozenset({Role.CODE, Role.META, Role.URL, Role.TABLE})

_ADDRESS = re.compile(
    r"(?:https?://|ftp://|www\.)[^\s()<>]+(?:\([^\s()]*\)[^\s()<>]*)*"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|ai|co|gov|edu|info|biz|us|uk|de|cn|ca|au|eu|app|dev)\b(?:/[^\s()<>]*)?"
    r"|(?<![\w@])[@#][A-Za-z_]\w*",
    re.IGNORECASE,
)

#: A word: letters, with inner apostrophes or hyphens (``company's``, ``e-mail``, ``DAS-Security``).
WORD = re.compile(r"[^\W\d_](?:[\w'’]*[^\W_]|)(?:-[^\W\d_][\w'’]*)*")

_SENTENCE_OPENERS = frozenset('.!?:;"“‘([—–-•*')


def prose_blocks(document: Document) -> Iterator[tuple[int, Block]]:
    """Index and block of every block readers read as text."""
    for index, block in enumerate(document.blocks):
        if block.role not in NON_PROSE_ROLES and block.text:
            yield index, block


def masked_text(text: str) -> str:
    """``text`` with web and e-mail addresses and @handles replaced by spaces (same length)."""
    return _ADDRESS.sub(lambda m: " " * len(m.group()), text)


def words(text: str) -> Iterator[re.Match[str]]:
    """Word matches of ``text`` with addresses blanked out; offsets are offsets into ``text``."""
    return WORD.finditer(masked_text(text))


def bare_word(word: str) -> str:
    """A word without its possessive ending (``company's`` → ``company``, ``partners'`` → ``partners``)."""
    for suffix in ("'s", "’s"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word.rstrip("'’")


def starts_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence (or the block), so its capital says nothing."""
    index = start - 1
    while index >= 0 and text[index].isspace():
        index -= 1
    return index < 0 or text[index] in _SENTENCE_OPENERS


def is_shouted(text: str) -> bool:
    """Whether a block is set in capitals (a wire headline), where letter case carries no meaning."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.6


def majority(styles: Sequence[_T]) -> _T | None:
    """The style a release mostly uses, the first one used on a tie; None when it uses only one.

    Every consistency rule reports the minority forms against this one choice, so a release with
    ``color`` twice and ``colour`` once is told to write ``color``, whichever rule is reading.
    """
    counts = Counter(styles)
    if len(counts) < 2:
        return None
    return max(counts, key=counts.__getitem__)
