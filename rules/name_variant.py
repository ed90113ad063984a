"""One name written several ways in one release.

## What it does
Groups the words of a release that differ only in letter case, hyphens or spaces, and flags
every occurrence of a minority form, suggesting the release's most frequent one:

- case inside a word: `LeapMotor` beside `Leapmotor`, `YouTube` beside `Youtube`;
- hyphen, space or nothing between the parts of a capitalised name: `DAS-Security` beside
  `DAS Security`, `Leap Motor` beside `LeapMotor`;
- a hyphen or none after a one-letter prefix: `e-mail` beside `email`, `e-book` beside `ebook`
  (every lowercase word with `hyphenation = "all"`: `co-founder` beside `cofounder`).

A tie goes to the form used first.

## Why is this bad?
A name is a promise: an organisation that writes its own name, or its product's, two ways in
one release looks careless, and the variants split search results and confuse readers about
whether two things are meant.

## Example
```txt
Leapmotor builds electric cars. The LeapMotor plant in Hangzhou
                                    ^^^^^^^^^ name-variant
opened in 2015, and Leapmotor now exports. Send an e-mail to the
press office; the email address is below.
                  ^^^^^ name-variant
```

## Use instead
```txt
Leapmotor builds electric cars; the Leapmotor plant opened in 2015. Send an email to the press
office. The team will follow up on the follow-up meeting. The plant is new. THE PLANT IS NEW.
```

## Options
`hyphenation`: `"letter-prefix"` (default) compares lowercase words written with and without a
hyphen only after a one-letter prefix (`e-mail`); `"all"` compares every lowercase word
(`pre-installed`/`preinstalled`, `start-up`/`startup`).  On the shared corpus, `"all"` found
real but house-style-level variants in 2 releases that copy editors had passed as clean.

## Known limitations
Words in capitals (`LEAPMOTOR` in a shouted headline) and capitals that only open a sentence or
a title-case heading are not counted as variants.  Lowercase words written open or hyphenated
(`follow up` / `follow-up`, `long term` / `long-term`), like capitalised ones (`Stand Up` /
`Stand-Up`), are grammar, not variants, and are left alone; so are `re-` pairs with different
meanings (`re-sign` / `resign`) and title-case capitals after a hyphen (`Co-Founder`).  An open
name and a hyphenated one are compared only when a part is an acronym or has an inner capital
(`DAS Security` / `DAS-Security`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from checker import Document, Finding, FixAvailability, RuleMeta, RuleOptions, Severity
from checker.document import Block, Role
from checker.span import Span
from checker.textscan import bare_word, is_shouted, majority, prose_blocks, starts_sentence, words

META = RuleMeta(
    code="CD501",
    name="name-variant",
    summary="A name is written several ways: use one form throughout.",
    severity=Severity.WARNING,
    fix=FixAvailability.ALWAYS,
    options={"hyphenation": "letter-prefix"},
    choices={"hyphenation": ("letter-prefix", "all")},
)

_TITLE_ROLES = frozenset({Role.HEADLINE, Role.SUBHEAD, Role.BOILERPLATE_HEADING, Role.LABEL, Role.FRAGMENT})
#: A word that can be part of a name written open (``Leap Motor``, ``DAS Security``).
_CAPITALISED = re.compile(r"[A-Z][a-z]\w*$|[A-Z]{2,}$")
_LETTER_PREFIX = re.compile(r"^[a-z]-")
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]|^[a-z]+[A-Z]")


@dataclass(frozen=True)
class _Form:
    """One occurrence of a written form, grouped under ``key`` with the forms it could vary from."""

    key: str
    text: str
    span: Span


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Yield a finding for every occurrence of a minority form of a name."""
    all_words = options["hyphenation"] == "all"
    groups: dict[str, list[_Form]] = defaultdict(list)
    for _, block in prose_blocks(document):
        for form in _forms(block, all_words=all_words):
            groups[form.key].append(form)
    for key, forms in groups.items():
        if key.startswith("word:"):
            yield from _minority(forms)
        elif key.startswith("name:"):
            named = {form.text for form in forms}
            initial = [form for form in groups.get("initial:" + key[5:], []) if form.text in named]
            yield from _minority(sorted(forms + initial, key=lambda form: form.span))


def _forms(block: Block, *, all_words: bool) -> Iterator[_Form]:
    """Every form in a block that can vary: single words, and open pairs of capitalised words."""
    text = block.text
    if is_shouted(text):
        return
    title_case = block.role in _TITLE_ROLES
    previous: re.Match[str] | None = None
    for match in words(text):
        word = bare_word(match.group())
        kind = _word_kind(word, text, match.start(), title_case=title_case, all_words=all_words)
        if kind is not None:
            yield _Form(f"{kind}:{_joined(word)}", word, block.source_span(match.start(), match.start() + len(word)))
        if previous is not None and not title_case and _open_pair(text, previous, match):
            pair = text[previous.start() : match.end()]
            yield _Form(f"name:{_joined(pair)}", pair, block.source_span(previous.start(), match.end()))
        previous = match


def _word_kind(word: str, text: str, start: int, *, title_case: bool, all_words: bool) -> str | None:
    """Which comparison a word takes part in: 'name' (capitalised), 'word' (lowercase), 'initial'
    (capitalised at a sentence start: it counts for a name written the same way mid-sentence)."""
    if word.islower():
        if word.startswith("re-") or not (all_words or _LETTER_PREFIX.match(word) or "-" not in word):
            return None
        return "word"
    if word.isupper() and "-" not in word:
        return None
    if _INNER_CAPITAL.search(word):
        return "name"
    if title_case:
        return None
    return "initial" if starts_sentence(text, start) else "name"


def _open_pair(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """Two capitalised words, one space apart, not opening a sentence: ``Leap Motor``."""
    return (
        text[first.end() : second.start()] == " "
        and _CAPITALISED.match(first.group()) is not None
        and _CAPITALISED.match(second.group()) is not None
        and not starts_sentence(text, first.start())
    )


def _grammar_only(text: str, texts: set[str]) -> bool:
    """Whether ``text`` differs from every other written form only as title case or grammar would
    make it: the capital of a part after a hyphen (``Co-Founder``/``Co-founder``), or an open
    versus hyphenated compound of plain words (``Stand Up``/``Stand-Up``)."""
    others = texts - {text}
    if not others:
        return False
    return all(_title_variant(text, other) or _open_or_hyphenated(text, other) for other in others)


def _title_variant(one: str, other: str) -> bool:
    """``Co-Founder`` against ``Co-founder``: the same word but for capitals after the hyphen."""
    first, _, _ = one.partition("-")
    return "-" in one and other.partition("-")[0] == first and one.lower() == other.lower()


def _open_or_hyphenated(one: str, other: str) -> bool:
    """``Stand Up`` against ``Stand-Up``: plain capitalised words, differing in space or hyphen."""
    if one.replace(" ", "-") != other.replace(" ", "-"):
        return False
    return not any(part.isupper() or _INNER_CAPITAL.search(part) for part in re.split(r"[ -]", one))


def _joined(form: str) -> str:
    return re.sub(r"[\s-]", "", form).lower()


def _minority(forms: list[_Form]) -> Iterator[Finding]:
    """Findings for every form other than the most frequent (first on a tie)."""
    written = {form.text for form in forms}
    grammar_only = {text for text in written if _grammar_only(text, written)}
    forms = [form for form in forms if form.text not in grammar_only]
    texts = [form.text for form in forms]
    wanted = majority(texts)
    if wanted is None:
        return
    count = texts.count(wanted)
    times = "once" if count == 1 else f"{count} times"
    for form in forms:
        if form.text != wanted:
            yield META.finding(
                form.span,
                f"'{form.text}' is a variant of '{wanted}', the form this release uses {times}: write '{wanted}'",
                wanted,
            )
