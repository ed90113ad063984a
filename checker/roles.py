"""What each block does in a press release: headline, dateline, body, label, contact, ...

Rules about prose read only body blocks.  The roles come from the parser's structure first
(a Markdown heading is a heading), and from the shape of the text only where the format has no
structure (plain text).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from checker.document import Block, BlockKind, Role
from checker.words import CLOSED_CLASS, ends_dangling, ends_in_closed_class, is_title_case

_END_MARK = re.compile(r"^(?:#\s*#\s*#|-\s*30\s*-|ENDS?|XXX)\W*$")
#: A list item the parser could not see: a bullet glyph typed at the start of a paragraph.
_BULLET = re.compile(r"^[·•▪◦●■]\s+\S")
_URL_ONLY = re.compile(r"^(?:<)?(?:https?://|www\.)\S+$")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_PHONE = re.compile(r"(?:\+?\d[\d ().-]{7,}\d)")
_ABOUT = re.compile(r"^About\s+\S")
_CAPTION = re.compile(r"^(?:Caption|Photo|Pictured|Image|Photo credit|Credit)\b\s*[:(-]", re.IGNORECASE)
_SOURCE = re.compile(r"^(?:Source:|SOURCE\s+[A-Z])")
_CONTACT_LABEL = re.compile(r"^(?:Media\s+|Press\s+|Investor\s+)?(?:Contacts?|Inquiries|Enquiries)\b", re.IGNORECASE)
_TERMINAL = re.compile(r"""[.!?…]["'”’)\]]*$""")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
#: A sentence that ends inside the block (``... opened in March. Patients ...``).
_INNER_SENTENCE = re.compile(r"""\b(?P<word>[A-Za-z]{2,}|\d+%?)[.!?]["'”’)]*\s+["“]?[A-Z][a-z]""")
#: Words that end with a period without ending a sentence (``Acme Corp. Announces``).
_ABBREVIATIONS = frozenset(
    "inc corp ltd co llc plc bros assn dept univ intl mfg govt gov sen rep st mt ft jr sr dr mr mrs ms "
    "prof gen col lt capt sgt no vs jan feb mar apr jun jul aug sep sept oct nov dec".split()
)

_PROSE_ROLES = frozenset({Role.BODY, Role.FRAGMENT, Role.SUBHEAD})
#: Blocks of up to this many words that do not end a sentence are fragments, not prose.
_FRAGMENT_WORDS = 5
#: Titles are at most this long; a longer title-case block ending on ``for`` is a cut list.
_TITLE_WORDS = 20
#: Blocks of at least this many words with a sentence end inside them are prose.
_PROSE_WORDS = 10


def assign_roles(blocks: Sequence[Block], dateline_index: int | None) -> tuple[Block, ...]:
    """Blocks with their roles set, in the same order."""
    result: list[Block] = []
    seen_body = False
    for index, block in enumerate(blocks):
        role = _structural_role(block)
        if role is None:
            role = _paragraph_role(block, index, dateline_index, seen_body=seen_body)
            if role in _PROSE_ROLES and result and _continues_list(result[-1], block):
                role = Role.LIST
        if role is Role.HEADLINE and any(b.role is Role.HEADLINE for b in result):
            role = Role.SUBHEAD
        seen_body = seen_body or role in (Role.BODY, Role.DATELINE)
        result.append(replace(block, role=role))
    return tuple(result)


def _continues_list(previous: Block, block: Block) -> bool:
    """A lowercase line after a colon or an item ending in ``;``: a list typed without bullets."""
    item_before = previous.role is Role.LIST and previous.text.endswith((";", "; and", "; or"))
    opens_list = previous.text.endswith(":") or item_before
    return opens_list and block.kind is BlockKind.PARAGRAPH and block.text[:1].islower()


def _structural_role(block: Block) -> Role | None:
    kind = block.kind
    if kind in (BlockKind.FRONT_MATTER, BlockKind.COMMENT, BlockKind.THEMATIC_BREAK):
        return Role.META
    if kind is BlockKind.CODE:
        return Role.CODE
    if kind is BlockKind.TABLE_CELL:
        return Role.TABLE
    if kind is BlockKind.CAPTION:
        return Role.CAPTION
    if kind is BlockKind.LIST_ITEM:
        return Role.LIST
    if kind is BlockKind.HEADING:
        if _ABOUT.match(block.text):
            return Role.BOILERPLATE_HEADING
        return Role.HEADLINE if block.level <= 1 else Role.SUBHEAD
    return None


def _paragraph_role(block: Block, index: int, dateline_index: int | None, *, seen_body: bool) -> Role:
    text = block.text
    words = _WORD.findall(text)
    terminal = bool(_TERMINAL.search(text))
    dateline = index == dateline_index and len(words) <= 12 and not terminal
    if dateline and not _ends_on_lowercase_function_word(text):
        return Role.DATELINE
    checks = (
        (_BULLET.match(text), Role.LIST),
        (_END_MARK.match(text), Role.END_MARK),
        (_URL_ONLY.match(text), Role.URL),
        (_CAPTION.match(text), Role.CAPTION),
        (_SOURCE.match(text), Role.SOURCE),
        (_CONTACT_LABEL.match(text) and len(words) <= 40, Role.CONTACT),
        (_ABOUT.match(text) and len(words) <= 8 and not terminal, Role.BOILERPLATE_HEADING),
        (text.endswith(":") and len(words) <= 10, Role.LABEL),
        ((_EMAIL.search(text) or _PHONE.search(text)) and len(words) <= 25 and not terminal, Role.CONTACT),
    )
    for matched, role in checks:
        if matched:
            return role
    if not terminal and _is_cut_prose(text, words):
        return Role.BODY  # prose that lost its end, not a headline or a label
    if not terminal and not seen_body and len(words) <= 30:
        return Role.HEADLINE if index == 0 or dateline_index is None or index < dateline_index else Role.SUBHEAD
    if not terminal and (len(words) <= _FRAGMENT_WORDS or text.isupper()):
        return Role.FRAGMENT
    if not terminal and is_title_case(words):
        return Role.SUBHEAD
    return Role.BODY


def _is_cut_prose(text: str, words: Sequence[str]) -> bool:
    """Unfinished text that is still prose: a sentence inside it, or a word no line ends on.

    Nothing ends on ``the``, ``and`` or ``company's``, nor consists of function words alone
    (``With``).  A lowercase preposition or auxiliary at the end (``... to``) marks a cut
    from six words up, except in a headline-length title, which is the headline rules'
    business; a label ends on a colon.
    """
    if len(words) >= _PROSE_WORDS and _has_inner_sentence(text):
        return True
    if ends_dangling(text) or _only_function_words(words):
        return True
    if is_title_case(words) and len(words) <= _TITLE_WORDS:
        return False
    return len(words) > _FRAGMENT_WORDS and _ends_on_lowercase_function_word(text)


def _ends_on_lowercase_function_word(text: str) -> bool:
    """``... Cancer treatment is``: no dateline, title or label ends like this; cut prose does."""
    return ends_in_closed_class(text) and text[-1].islower()


def _only_function_words(words: Sequence[str]) -> bool:
    """``The``, ``As``, ``In the``: a block of function words only (``About`` is a heading)."""
    return bool(words) and words[-1].lower() != "about" and all(w.lower() in CLOSED_CLASS for w in words)


def _has_inner_sentence(text: str) -> bool:
    """Whether a sentence ends inside ``text`` (a stop after a word that is no abbreviation)."""
    for match in _INNER_SENTENCE.finditer(text):
        word = match.group("word")
        if word.lower() not in _ABBREVIATIONS and not (word.isupper() and len(word) <= 4):
            return True
    return False
