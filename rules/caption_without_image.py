"""A caption or photo credit with no image next to it, or describing more images than there are.

## What it does
Flags captions (`Caption:`, `Photo:`, `Pictured:`, `Photo credit:`, a short line ending in
`(Courtesy of ...)`, an HTML `<figcaption>`) that have no image in the block before, the block
itself or the block after; captions whose position marks (`(U)`/`(D)`, `(left)`/`(right)`,
`(top)`/`(bottom)`) describe more images than stand next to them; and pointers such as
`click the image above` when there is no image above.  In plain text, a URL of an image file
(or any URL in the caption itself: `Photo - https://...`) stands for the image.

## Why is this bad?
A caption is the trace of a picture that was dropped on the way to publication.  Readers see a
description of nothing, and the missing photo is usually the one the client cared most about.

## Example
```md
The stadium reopened on Saturday.

Caption: (L) The north stand and (R) the new roof at dusk.
^^^^^^^^ caption-without-image
```

```md
![The north stand at dusk](north-stand.jpg)

Caption: (L) The north stand and (R) the new roof at dusk.
^^^^^^^^ caption-without-image
```

## Use instead
```md
![The north stand at dusk](north-stand.jpg) ![The new roof](roof.jpg)

Caption: (L) The north stand and (R) the new roof at dusk.
```

```txt
Photo - https://media.example.org/stadium-roof.jpg
```

## Known limitations
An orphaned caption that is only a name (`Jane Doe`) cannot be told from a line of text.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker import Document, Finding, RuleMeta, RuleOptions, Severity, Span
from checker.media import (
    BARE_URL,
    caption_range,
    image_pointers,
    media_count,
    neighbourhood,
    position_marks,
    visible_links,
)

META = RuleMeta(
    code="CD202",
    name="caption-without-image",
    summary="Caption or photo credit without its image: restore the image or delete the caption.",
    severity=Severity.ERROR,
)


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Yield a finding for each caption short of images and each pointer to a missing image."""
    for index, block in enumerate(document.blocks):
        found = caption_range(block)
        if found is not None:
            yield from _check_caption(document, index, found)
        for pointer in image_pointers(block.text):
            where = block.source_span(pointer.start(), pointer.end())
            region = (
                Span(0, where.start)
                if pointer.group("where").lower() == "above"
                else Span(where.end, len(document.source))
            )
            if not media_count(document, region):
                yield META.finding(
                    where,
                    f"'{pointer.group()}' points at an image that is not in the release: add the image or reword",
                )


def _check_caption(document: Document, index: int, found: tuple[int, int]) -> Iterator[Finding]:
    block = document.blocks[index]
    if _carries_link(document, index):
        return
    images = media_count(document, neighbourhood(document, index))
    marks = position_marks(block.text)
    wanted = max(1, len(marks))
    if images >= wanted:
        return
    start, end = found
    label = block.text[start:end].strip() or block.text
    span = block.source_span(start, start + len(label))
    if not images:
        described = f" (it describes {len(marks)} images: {', '.join(marks)})" if len(marks) > 1 else ""
        message = (
            f"caption '{_snippet(block.text)}' has no image next to it{described}: "
            "restore the image or delete the caption"
        )
    else:
        message = (
            f"caption describes {wanted} images ({', '.join(marks)}) but only {images} stands next to it: "
            "add the missing image or fix the caption"
        )
    yield META.finding(span, message)


def _carries_link(document: Document, index: int) -> bool:
    """``Photo - https://...``: a caption that holds its own URL is a link to the image."""
    block = document.blocks[index]
    return bool(BARE_URL.search(block.text)) or any(
        link.block_index == index for link in visible_links(document, block.span)
    )


def _snippet(text: str, limit: int = 50) -> str:
    """The caption's first words, for the message."""
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"
