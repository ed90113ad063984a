"""What a grammar backend answers, in backend-neutral terms, and which rule reports it.

An :class:`Issue` is one match of LanguageTool or one lint of Harper, with its offset and
length counted in Python characters of the paragraph that was checked.  Its ``group`` says
which copydesk rule reports it: ``grammar`` (CD801), ``spelling`` (CD802), ``punctuation``
(CD803) or ``style`` (CD804), decided by the backend's category.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Literal

Group = Literal["grammar", "spelling", "punctuation", "style"]

#: LanguageTool category ids (``rule.category.id``) to copydesk groups; others are grammar.
LT_CATEGORY_GROUPS: Mapping[str, Group] = MappingProxyType(
    {
        "TYPOS": "spelling",
        "PUNCTUATION": "punctuation",
        "TYPOGRAPHY": "punctuation",
        "CASING": "punctuation",
        "STYLE": "style",
        "REDUNDANCY": "style",
        "REPETITIONS_STYLE": "style",
        "PLAIN_ENGLISH": "style",
        "WIKIPEDIA": "style",
        "GENDER_NEUTRALITY": "style",
        "AMERICAN_ENGLISH_STYLE": "style",
        "BRITISH_ENGLISH": "style",
    }
)

#: Harper lint kinds (``Lint.lint_kind``) to copydesk groups; others are grammar.
HARPER_KIND_GROUPS: Mapping[str, Group] = MappingProxyType(
    {
        "Spelling": "spelling",
        "Typo": "spelling",
        "Punctuation": "punctuation",
        "Capitalization": "punctuation",
        "Formatting": "punctuation",
        "Style": "style",
        "WordChoice": "style",
        "Readability": "style",
        "Enhancement": "style",
        "Redundancy": "style",
        "Regionalism": "style",
    }
)


@dataclass(frozen=True)
class Issue:
    """One backend finding inside one paragraph's text (offsets in Python characters)."""

    offset: int
    length: int
    message: str
    rule_id: str
    category: str
    group: Group
    replacements: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        """A JSON-ready dict (the cache stores issues this way)."""
        return {
            "offset": self.offset,
            "length": self.length,
            "message": self.message,
            "rule_id": self.rule_id,
            "category": self.category,
            "group": self.group,
            "replacements": list(self.replacements),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Issue:
        """Rebuild an issue from :meth:`to_json` output (JSON from the cache: untyped)."""
        return cls(
            offset=int(data["offset"]),
            length=int(data["length"]),
            message=str(data["message"]),
            rule_id=str(data["rule_id"]),
            category=str(data["category"]),
            group=data["group"],
            replacements=tuple(str(r) for r in data.get("replacements", ())),
        )
