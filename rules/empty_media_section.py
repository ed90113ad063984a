"""A heading or label that promises images, attachments or links, with nothing under it.

## What it does
Flags a heading or a label line made of media words (`Image Attachments Links:`,
`Multimedia:`, `Photos:`, `Download the images here:`, `## Press kit`) when no link, image, URL
or file name follows it before the next heading, label or contact block.

## Why is this bad?
The pictures and downloads of a release get lost on the way to the wire: the heading survives,
the attachments do not.  Editors then publish a promise of photos that readers cannot find.

## Example
```txt
The new plant opens in May.

Image Attachments Links:
^^^^^^^^^^^^^^^^^^^^^^^^ empty-media-section

Source: Example Industries
```

## Use instead
```txt
The new plant opens in May.

Image Attachments Links:

https://media.example.org/plant-aerial.jpg

Source: Example Industries
```

## Known limitations
Only short headings and labels made of media words count (`Photos:`, not `Photos of the new
plant show ...`).  A file name or URL anywhere in the five blocks after the label satisfies it.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker import Document, Finding, RuleMeta, RuleOptions, Severity
from checker.media import has_link_or_file, is_media_label, section_after

META = RuleMeta(
    code="CD201",
    name="empty-media-section",
    summary="Media heading with no image, file or link under it: add the media or delete the heading.",
    severity=Severity.ERROR,
)


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Yield a finding for each media heading whose section holds no link, image or file."""
    for index, block in enumerate(document.blocks):
        if not is_media_label(block) or has_link_or_file(document, section_after(document, index)):
            continue
        label = block.text.strip()
        start = block.text.index(label)
        yield META.finding(
            block.source_span(start, start + len(label)),
            f"'{label}' promises media but nothing follows it: add the images, files or links, or delete it",
        )
