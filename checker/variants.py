"""American and British spellings of the same word, from breame's word lists (Apache-2.0).

breame maps about 1,700 American spellings to British ones and back (``color``/``colour``,
``organization``/``organisation``, ``traveled``/``travelled``).  A spelling only says which
variety a writer follows when the other variety never uses it, so words that both varieties
write (British ``program`` for software, ``license`` as a verb, ``practice`` as a noun,
American ``dialogue``, ``axe`` and ``gauge``; metric unit names, which follow industry
standards rather than the writer's variety) are taken out, and ``storey``, which breame lacks,
is added.

Oxford spelling (British with ``-ize``) is common in British organisations; :func:`variety_of`
can treat ``-ize`` words as neutral for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping


class Variety(Enum):
    """A spelling variety of English."""

    US = "en-US"
    GB = "en-GB"

    @property
    def adjective(self) -> str:
        """How a message names the variety."""
        return "American" if self is Variety.US else "British"


@dataclass(frozen=True)
class Variant:
    """A word's variety and the same word in the other variety."""

    variety: Variety
    other: str


#: American spellings that British English also uses (senses or registers it shares).
_SHARED_US = frozenset(
    "program programs license licensed licenses licensing practice practices tire tires tired "
    "meter meters draft drafts drafted drafting disk disks install installs analog dialog dialogs "
    "judgment judgments check checks curb curbs inquiry inquiries ax filter filters groin groins "
    "griffin griffins connection connections inflection inflections".split()
)
#: British spellings that American English also uses.
_SHARED_GB = frozenset(
    "dialogue dialogues axe axes disc discs analogue analogues catalogue catalogues whisky "
    "draught programmed programming cancelled cancelling gauge gauges philtre philtres tonne tonnes "
    "aesthetic aesthetics aesthetically archaeology archaeological archaeologist archaeologists "
    "orthopaedic orthopaedics".split()
)
#: Metric unit names: releases write them as their industry's standards do, whatever the prose.
_UNITS = frozenset(
    f"{prefix}{unit}{plural}"
    for prefix in ("", "kilo", "centi", "milli", "micro", "nano")
    for unit in ("meter", "metre", "liter", "litre", "gram", "gramme")
    for plural in ("", "s")
)
#: Pairs breame does not list: British spelling → American spelling.
_EXTRA_GB_TO_US = MappingProxyType({"storey": "story", "storeys": "stories"})


@cache
def _tables() -> tuple[Mapping[str, str], Mapping[str, str]]:
    """American→British and British→American tables, with shared spellings removed."""
    from breame.data.spelling_constants import AMERICAN_ENGLISH_SPELLINGS, BRITISH_ENGLISH_SPELLINGS

    us_to_gb = {us: gb for us, gb in AMERICAN_ENGLISH_SPELLINGS.items() if us not in _SHARED_US | _UNITS and us != gb}
    gb_to_us = {gb: us for gb, us in BRITISH_ENGLISH_SPELLINGS.items() if gb not in _SHARED_GB | _UNITS and us != gb}
    gb_to_us.update(_EXTRA_GB_TO_US)
    return MappingProxyType(us_to_gb), MappingProxyType(gb_to_us)


def variety_of(word: str, *, oxford: bool = False) -> Variant | None:
    """The variety a lowercase ``word`` marks, or None when both varieties write it.

    With ``oxford=True``, American ``-ize``/``-ization`` words whose British form differs only in
    ``-ise`` are neutral, because Oxford spelling uses them in British English.
    """
    us_to_gb, gb_to_us = _tables()
    if word in us_to_gb:
        other = us_to_gb[word]
        if oxford and "iz" in word and word.replace("iz", "is") == other:
            return None
        return Variant(Variety.US, other)
    if word in gb_to_us:
        other = gb_to_us[word]
        if oxford and "is" in word and other.replace("iz", "is") == word:
            return None
        return Variant(Variety.GB, other)
    return None
