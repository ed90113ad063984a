"""Small closed word classes of English that several parts of copydesk share.

These are grammar facts, not house style: a sentence cannot end on an article, a preposition
waiting for its object, a conjunction or an auxiliary.  Reflowing hard-wrapped text and the
truncation rules both lean on them.
"""

from __future__ import annotations

import re

ARTICLES_DETERMINERS = frozenset(
    "a an the this that these those its their our your his her my every each either neither "
    "another such no some any several many few both whose which".split()
)
PREPOSITIONS = frozenset(
    "of in on at by for with from into onto upon to toward towards about above across after "
    "against along amid among around before behind below beneath beside besides between beyond "
    "during except inside near outside over per since than through throughout under underneath "
    "until unto via within without like as".split()
)
CONJUNCTIONS = frozenset("and or but nor because while although though whereas if unless so yet".split())
AUXILIARIES = frozenset(
    "is are was were be been being am has have had do does did will would shall should can "
    "could may might must".split()
)

#: Words after which an English sentence cannot end.
CLOSED_CLASS = ARTICLES_DETERMINERS | PREPOSITIONS | CONJUNCTIONS | AUXILIARIES

#: A possessive: ``company's``, ``China’s``, ``partners'``.
POSSESSIVE = re.compile(r"\w(?:['’]s|s['’])$")

WORD = re.compile(r"[^\W_](?:[\w'’.-]*[\w'’])?")


def last_word(text: str) -> str:
    """The last word of ``text`` (letters, digits, apostrophes, inner hyphens), or ''."""
    words = WORD.findall(text)
    return words[-1] if words else ""


def first_word(text: str) -> str:
    """The first whitespace-delimited token of ``text``."""
    parts = text.split(None, 1)
    return parts[0] if parts else ""


def ends_in_closed_class(text: str) -> bool:
    """Whether ``text`` ends on a word after which no English sentence can stop."""
    stripped = text.rstrip()
    if not stripped or not (stripped[-1].isalnum() or stripped[-1] in "'’"):
        return False
    word = last_word(stripped)
    return word.lower() in CLOSED_CLASS or bool(POSSESSIVE.search(word))
