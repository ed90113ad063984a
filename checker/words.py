"""Small closed word classes of English that several parts of copydesk share.

These are grammar facts, not house style: a sentence cannot end on an article, a preposition
waiting for its object, a conjunction or an auxiliary.  Reflowing hard-wrapped text and the
truncation rules both lean on them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum

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
    "is are was were be been being am has have had do does did will would shall should can could may might must".split()
)

#: Words after which an English sentence cannot end.
CLOSED_CLASS = ARTICLES_DETERMINERS | PREPOSITIONS | CONJUNCTIONS | AUXILIARIES

#: The stricter core of :data:`CLOSED_CLASS`: no line of any kind ends on these.  A preposition
#: can be stranded (``no one to cry to``), an auxiliary or a demonstrative can stand for a
#: clause (``it is what it is``, ``we did that``); an article or ``and`` cannot.
DANGLING = frozenset("a an the and or nor its their our your my every".split())

#: A possessive: ``company's``, ``China’s``, ``partners'``.
POSSESSIVE = re.compile(r"\w(?:['’]s|s['’])$")

#: A finished sentence or a lead-in: a stop or a colon, then closing quotes, brackets or emphasis.
_FINISHED = re.compile(r"""[.!?…:]["'”’)\]*_]*$""")

WORD = re.compile(r"[^\W_](?:[\w'’.-]*[\w'’])?")


def last_word(text: str) -> str:
    """The last word of ``text`` (letters, digits, apostrophes, inner hyphens), or ''."""
    words = WORD.findall(text)
    return words[-1] if words else ""


def last_words(text: str, count: int) -> str:
    """The last ``count`` whitespace-separated words of ``text``, joined by single spaces.

    Messages quote the words at a cut so the reader finds the spot without line numbers.
    """
    return " ".join(text.split()[-count:])


def first_word(text: str) -> str:
    """The first whitespace-delimited token of ``text``."""
    parts = text.split(None, 1)
    return parts[0] if parts else ""


def is_finished(text: str) -> bool:
    """Whether ``text`` ends a sentence or introduces what follows (a colon before a list)."""
    return bool(_FINISHED.search(text.rstrip()))


def ends_in_closed_class(text: str) -> bool:
    """Whether ``text`` ends on a word after which no English sentence can stop."""
    stripped = text.rstrip()
    if not stripped or not (stripped[-1].isalnum() or stripped[-1] in "'’"):
        return False
    word = last_word(stripped)
    return word.lower() in CLOSED_CLASS or bool(POSSESSIVE.search(word))


def is_title_case(words: Sequence[str]) -> bool:
    """Whether ``words`` read as a title: at least 80 % of three or more content words capitalised."""
    content = [w for w in words if w.lower() not in _TITLE_MINOR]
    if len(content) < 3:
        return False
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised / len(content) >= 0.8


_TITLE_MINOR = frozenset("a an the and or but nor for of in on at to by with from as vs via per".split())


#: Capitalised, ``A`` may end a name (``Series A``); ``The`` and ``And`` end nothing.
_DANGLING_CAPITALISED = frozenset({"The", "And"})


def ends_dangling(text: str) -> bool:
    """Whether ``text`` ends on a lowercase article, ``and``/``or`` or a possessive: plainly cut."""
    stripped = text.rstrip()
    if not stripped or not (stripped[-1].isalnum() or stripped[-1] in "'’"):
        return False
    word = last_word(stripped)
    return word in DANGLING or word in _DANGLING_CAPITALISED or bool(POSSESSIVE.search(word))


class TokenKind(Enum):
    """What kind of word a text stops on; says how sure a reader can be that it was cut.

    A sentence can never stop on a ``FUNCTION`` word or a ``POSSESSIVE``; it can stop on a
    ``CONTENT`` word, so a cut there needs more evidence; a ``NAME`` (capitalised word),
    ``NUMBER`` or ``ADDRESS`` (URL, domain, e-mail, handle, hashtag) usually ends a label or
    a contact line, not a sentence; ``CONTINUATION`` is a comma, semicolon or dash that
    promises more; ``PUNCTUATION`` means the text ends on any other mark.
    """

    POSSESSIVE = "possessive"
    FUNCTION = "function word"
    CONTENT = "content word"
    NAME = "capitalised word"
    NUMBER = "number"
    ADDRESS = "address"
    CONTINUATION = "comma or dash"
    PUNCTUATION = "punctuation"


_CONTINUATION_MARKS = frozenset(",;–—-")
_ADDRESS = re.compile(r"(?:https?://|www\.|[@#])\S*$|\w\.[a-z]{2,}\S*$|[\w.+-]+@\S+$", re.IGNORECASE)


def last_token_kind(text: str) -> TokenKind:
    """The kind of the last token of ``text`` (see :class:`TokenKind`)."""
    stripped = text.rstrip()
    token = stripped.rsplit(None, 1)[-1] if stripped else ""
    if token[-1:] in _CONTINUATION_MARKS:
        return TokenKind.CONTINUATION
    if not token or not (token[-1].isalnum() or token[-1] in "'’"):
        return TokenKind.PUNCTUATION
    if _ADDRESS.search(token):
        return TokenKind.ADDRESS
    word = last_word(token)
    if POSSESSIVE.search(word):
        return TokenKind.POSSESSIVE
    if word.lower() in CLOSED_CLASS:
        return TokenKind.FUNCTION
    if any(ch.isdigit() for ch in word):
        return TokenKind.NUMBER
    if word[:1].isupper():
        return TokenKind.NAME
    return TokenKind.CONTENT
