"""A local image or linked file (PDF, DOCX, ZIP...) whose path does not exist in the repository.

## What it does
Resolves every Markdown and HTML image, every link to a downloadable file, Hugo figure
shortcodes (`{{< figure src="..." >}}`), and the image named in the front matter (`image:`,
`thumbnail:`, `cover:`...) the way the published site would:
relative paths from the document's folder, root-relative paths (`/img/...`) from the site root
(the repository root, `static/` or `public/` by default; `{{ site.baseurl }}/...` and
`{{ "/..." | relative_url }}` too), and `//host/...` or `https://host/...` as local when `host`
is one of `site-domains`.  Flags targets that do not
exist, that differ from the real file only in letter case, and that climb out of the
repository.

## Why is this bad?
A release published with a broken image shows an empty frame or a broken-picture icon in the
newsroom and in every feed that picks it up.  A name that differs only in case works on a
laptop (macOS, Windows) and breaks on the Linux web server.

## Example
```md
![The new reading room](images/reading-room.jpg)
                        ^^^^^^^^^^^^^^^^^^^^^^^ missing-local-image
```

## Use instead
```md
![The new reading room](https://cdn.example.org/press/reading-room.jpg)
```

## Options
- `site-roots` (default `["", "static", "public"]`): folders, relative to the repository root,
  that `/` is served from (Jekyll serves the root, Hugo and Docusaurus `static/`); a
  root-relative path is found when it exists under any of them.
- `site-domains` (default `[]`): the site's own host names, e.g. `["news.example.org"]`.
- `repo-root` (default `""`): the repository root, relative to each document's folder; by
  default the nearest folder holding `.git` or a copydesk config file.
- `front-matter-keys`: front-matter keys whose values are image paths.

## Known limitations
A file outside the repository is reported without being looked at.  Documents read from
standard input are checked against the current folder.  Of theme shortcodes, only Hugo's
`figure`, `img` and `image` with a `src` are read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from checker import Document, Finding, RuleMeta, RuleOptions, Severity, Span
from checker.document import BlockKind
from checker.localpaths import Lookup, PathState, Resolver, SiteLayout, local_target
from checker.media import FILE_EXTENSIONS, IMAGE_EXTENSIONS, VIDEO_EXTENSIONS, extension, target_span

META = RuleMeta(
    code="CD203",
    name="missing-local-image",
    summary="Local image or file path that does not exist: fix the path or add the file.",
    severity=Severity.ERROR,
    options={
        "site-roots": ["", "static", "public"],
        "site-domains": [],
        "repo-root": "",
        "front-matter-keys": ["image", "images", "thumbnail", "cover", "featured_image", "feature_image", "banner"],
    },
)

_CHECKED_EXTENSIONS = IMAGE_EXTENSIONS | VIDEO_EXTENSIONS | FILE_EXTENSIONS
_SHORTCODE = re.compile(r"""\{\{[<%]\s*(?:figure|img|image)\b[^}]*?\bsrc\s*=\s*["']?(?P<src>[^"'\s}]+)""")


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Yield a finding for each local image or file reference that does not resolve."""
    if document.fs_path is None:
        return
    domains = frozenset(options.strings("site-domains"))
    layout = SiteLayout.for_document(
        document.fs_path, options.text("repo-root"), options.strings("site-roots"), domains
    )
    resolver = Resolver(layout)
    folder = Path(document.fs_path).absolute().parent
    for target, span, kind in _references(document, options.strings("front-matter-keys")):
        path = local_target(target, domains)
        if path is None:
            continue
        lookup = resolver.lookup(path, folder)
        if lookup is not None and lookup.state is not PathState.FOUND:
            yield META.finding(span, _message(kind, target, lookup))


def _references(document: Document, keys: Sequence[str]) -> Iterator[tuple[str, Span, str]]:
    """Targets to resolve: images, links to files, and front-matter images, with where they stand."""
    for link in document.links:
        if link.in_comment or not (link.is_image or extension(link.target) in _CHECKED_EXTENSIONS):
            continue
        kind = "image" if link.is_image else "linked file"
        yield link.target, target_span(document, link), kind
    yield from _shortcodes(document)
    for key in keys:
        values = document.front_matter.get(key)
        for value in values if isinstance(values, list) else [values]:
            if isinstance(value, str) and value.strip():
                yield value.strip(), _front_matter_span(document, key, value.strip()), "front-matter image"


def _shortcodes(document: Document) -> Iterator[tuple[str, Span, str]]:
    """``{{< figure src="hall.jpg" >}}`` and its kin, outside code and comments."""
    for block in document.blocks:
        if block.kind in (BlockKind.CODE, BlockKind.COMMENT, BlockKind.FRONT_MATTER):
            continue
        for match in _SHORTCODE.finditer(document.source, block.span.start, block.span.end):
            yield match.group("src"), Span(match.start("src"), match.end("src")), "image"


def _front_matter_span(document: Document, key: str, value: str) -> Span:
    block = next((b for b in document.blocks if b.kind is BlockKind.FRONT_MATTER), None)
    region = block.span if block else Span(0, len(document.source))
    pattern = re.compile(
        rf"^\s*-?\s*{re.escape(key)}\s*:.*?(?P<v>{re.escape(value)})|(?P<item>{re.escape(value)})", re.MULTILINE
    )
    match = pattern.search(document.source, region.start, region.end)
    if not match:
        return Span(region.start, region.start)
    group = "v" if match.group("v") is not None else "item"
    return Span(match.start(group), match.end(group))


def _message(kind: str, target: str, lookup: Lookup) -> str:
    if lookup.state is PathState.OUTSIDE:
        return f"{kind} '{target}' points outside the repository: move the file into the site and link it there"
    if lookup.state is PathState.WRONG_CASE:
        return (
            f"{kind} '{target}' differs in letter case from the file '{lookup.actual}': "
            "case-sensitive web servers will not find it; use the exact name"
        )
    return f"{kind} '{target}' does not exist (looked for '{lookup.path}'): fix the path or add the file"
