"""A link that goes nowhere: placeholder target, placeholder text, or a malformed URL.

## What it does
Flags links whose target is empty (`[text]()`, `href=""`), `#`, a placeholder (`TBD`, `URL`,
`insert link`, `{{ url }}`), a bare scheme (`http://`), or a placeholder domain (`example.com`,
`yourdomain.com`, the bare `google.com` home page); links whose text is a placeholder (`link`,
`link here`, `insert link`) or empty (`[](https://...)` shows nothing at all); and URLs with
spaces or unbalanced brackets, including Markdown links that failed to parse because of them.
URLs written out in plain text are checked for the same placeholders; `click here` or
`are available here` in a paragraph with no link at all, and a `Website | X | Discord` line
whose names link nowhere, are reported as lost links.

## Why is this bad?
A placeholder link tells every reader the release went out unfinished, and an empty or
malformed one silently drops the page the client wanted people to visit.

## Example
```md
Register [here](#) or read the [fact sheet]() on [our site](https://example.com/press).
                ^ placeholder-link
                               ^^^^^^^^^^^^^^ placeholder-link
                                                            ^^^^^^^^^^^^^^^^^^^^^^^^^ placeholder-link
```

```md
Listen to the first episode [link](https://acme-robotics.io/podcast/1).
                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ placeholder-link
```

## Use instead
```md
Register at [the event page](https://events.acme-robotics.io/2026) or read the
[fact sheet](https://acme-robotics.io/fact-sheet.pdf).
```

## Options
- `placeholder-hosts`: domains (and their subdomains) that are never a real destination.
- `placeholder-homepages`: domains whose bare home page is a stand-in for the real link.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from urllib.parse import urlsplit

from checker import Document, Finding, Link, RuleMeta, RuleOptions, Severity, Span
from checker.document import BlockKind
from checker.media import BARE_URL, has_link_or_file, neighbourhood, target_span

META = RuleMeta(
    code="CD205",
    name="placeholder-link",
    summary="Link with a placeholder, empty or malformed target or text: put in the real link.",
    severity=Severity.ERROR,
    options={
        "placeholder-hosts": [
            "example.com",
            "example.org",
            "example.net",
            "example.edu",
            "yourdomain.com",
            "yourwebsite.com",
            "yoursite.com",
            "yourcompany.com",
            "domain.com",
            "localhost",
        ],
        "placeholder-homepages": ["google.com"],
    },
)

_PLACEHOLDER_TARGET = re.compile(
    r"^(?:#|tbd|tba|tk|x{2,}|url|link|todo|(?:insert|add|paste|your)[\s_-]+(?:\w+[\s_-]+)?(?:link|url|website|site|address)"
    r"(?:[\s_-]+here)?|\[.*\]|\{\{.*\}\}|<.*>|https?:/*)$",
    re.IGNORECASE,
)
_PLACEHOLDER_TEXT = re.compile(
    r"^\[?(?:link|link here|insert link(?: here)?|add link|url|url here|tbd|hyperlink)\]?$", re.IGNORECASE
)
_BROKEN_MARKDOWN = re.compile(
    r"\[[^\]\n]+\]\((?P<url>(?:https?://|www\.|\.{0,2}/)[^()\s]+(?:\s+[^()\s\"']+)+)\)", re.IGNORECASE
)
_SKIPPED_KINDS = frozenset({BlockKind.CODE, BlockKind.COMMENT, BlockKind.FRONT_MATTER})
#: Names that, in a ``Website | X | Discord`` line, stand for links to those pages.
_PLATFORMS = frozenset(
    "website blog x twitter discord github telegram youtube tiktok linkedin facebook instagram "
    "medium reddit threads bluesky mastodon whatsapp wechat weibo spotify pinterest newsroom".split()
) | {"x (twitter)", "web site"}
_LIST_SEPARATORS = re.compile(r"\s*[|•·]\s*")
#: Words that only make sense on a link: without one in their paragraph, the link was lost.
_LINK_WORDS = re.compile(
    r"\bclick (?:on )?(?:here|this link|the link(?: below| above)?)\b|\b(?:is|are) available here\b",
    re.IGNORECASE,
)


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Yield a finding for each placeholder, empty or malformed link."""
    hosts = options.strings("placeholder-hosts")
    homepages = options.strings("placeholder-homepages")
    for link in document.links:
        if link.in_comment:
            continue
        problem = _target_problem(link.target, hosts, homepages) or _text_problem(document, link)
        if problem:
            yield META.finding(_where(document, link, problem), problem[0])
    yield from _text_urls(document, hosts, homepages)
    yield from _lost_links(document)


def _target_problem(target: str, hosts: Sequence[str], homepages: Sequence[str]) -> tuple[str, str] | None:
    """(description, 'target') when the target itself is wrong."""
    stripped = target.strip()
    if not stripped:
        return "link has an empty target: add the address it should open", "link"
    if _PLACEHOLDER_TARGET.match(stripped):
        return f"link target '{stripped}' is a placeholder: put in the real address", "target"
    if re.search(r"\s", stripped) and "://" in stripped:
        return f"URL '{stripped}' contains a space: encode it as %20 or fix the address", "target"
    if stripped.count("(") != stripped.count(")") or stripped.count("[") != stripped.count("]"):
        return f"URL '{stripped}' has an unbalanced bracket: check where the address ends", "target"
    host, path = _host_and_path(stripped)
    if any(host == h or host.endswith(f".{h}") for h in hosts):
        return f"link goes to the placeholder domain '{host}': put in the real address", "target"
    if host and not path and any(host in (h, f"www.{h}") for h in homepages):
        return (
            f"link goes to the bare home page '{stripped}', a stand-in for the real page: put in the real address",
            "target",
        )
    return None


def _host_and_path(url: str) -> tuple[str, str]:
    """Host name and path of an absolute URL (``www.`` counts as absolute); empty for a relative one."""
    if url.lower().startswith("www."):
        url = f"//{url}"
    if "//" not in url:
        return "", ""
    parts = urlsplit(url)
    return (parts.hostname or ""), parts.path.strip("/") + parts.query


def _text_problem(document: Document, link: Link) -> tuple[str, str] | None:
    if link.is_image:
        return None
    text = link.text.strip()
    if not text and not any(other.is_image and link.span.contains(other.span) for other in document.links):
        return "link has no text, so readers see nothing: add link text (an image needs ![description](url))", "link"
    if _PLACEHOLDER_TEXT.match(text):
        return f"link text '{text}' is a placeholder: say where the link goes", "link"
    return None


def _where(document: Document, link: Link, problem: tuple[str, str]) -> Span:
    return target_span(document, link) if problem[1] == "target" else link.span


def _text_urls(document: Document, hosts: Sequence[str], homepages: Sequence[str]) -> Iterator[Finding]:
    """Placeholder URLs typed as plain text, and Markdown links that a space kept from parsing."""
    for block in document.blocks:
        if block.kind in _SKIPPED_KINDS:
            continue
        for match in BARE_URL.finditer(block.text):
            span = block.source_span(match.start(), match.end())
            if any(link.span.contains(span) for link in document.links):
                continue
            problem = _target_problem(match.group(), hosts, homepages)
            if problem and "space" not in problem[0]:
                yield META.finding(span, problem[0])
        for match in _BROKEN_MARKDOWN.finditer(block.text):
            url = match.group("url")
            yield META.finding(
                block.source_span(match.start("url"), match.end("url")),
                f"URL '{url}' contains a space, so the link is not a link: encode it as %20 or fix the address",
            )


def _lost_links(document: Document) -> Iterator[Finding]:
    """``click here`` in a paragraph with no link or URL (``the link below``: none next to it either),
    and a ``Website | X | Discord`` line whose names link nowhere."""
    for index, block in enumerate(document.blocks):
        if block.kind in _SKIPPED_KINDS:
            continue
        labels = _platform_labels(block.text)
        if labels and not has_link_or_file(document, block.span):
            yield META.finding(
                block.source_span(*labels),
                f"'{block.text[labels[0] : labels[1]]}' names pages but links to none: add the links or delete it",
            )
        for match in _LINK_WORDS.finditer(block.text):
            nearby = re.search(r"below|above", match.group(), re.IGNORECASE)
            region = neighbourhood(document, index) if nearby else block.span
            if not has_link_or_file(document, region):
                yield META.finding(
                    block.source_span(match.start(), match.end()),
                    f"'{match.group()}' promises a link but there is none: add the link or reword",
                )


def _platform_labels(text: str) -> tuple[int, int] | None:
    """Text offsets of a ``Website | X | Discord`` list (after any ``Follow us:``), or None."""
    start = text.rfind(":") + 1
    items = [item.strip().lower() for item in _LIST_SEPARATORS.split(text[start:])]
    if len(items) < 3 or sum(item in _PLATFORMS for item in items) < 0.75 * len(items):
        return None
    offset = len(text[start:]) - len(text[start:].lstrip())
    return start + offset, len(text.rstrip())
