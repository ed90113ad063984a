"""An image with no alt text, or with alt text that says nothing.

## What it does
Flags images whose alt text is a file name (`IMG_1234.jpg`, `DSC_0042`, `Screenshot
2026-03-01`), a generic word (`image`, `photo`, `picture`, `logo`, `alt text`), or an editor's
leftover (`upload in progress, 0`, `placeholder`), and HTML `<img>` tags with no `alt` attribute
at all.  With `require-alt = true` it also flags Markdown images with empty alt text.

## Why is this bad?
Alt text is what screen readers announce, what shows when the image fails to load, and what
news aggregators index.  A release that says `IMG_1234.jpg` where it should say who is in the
photo loses both readers and search traffic.

## Example
```md
![IMG_4471.JPG](ceo-portrait.jpg) ![image](factory.jpg)
  ^^^^^^^^^^^^ image-alt-text
                                    ^^^^^ image-alt-text
```

```html
<p><img src="ribbon-cutting.jpg"></p>
   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ image-alt-text
```

## Use instead
```md
![Chief executive Dana Ruiz at the Tulsa plant](ceo-portrait.jpg)
```

```html
<p><img src="divider.png" alt=""></p>
```

## Options
- `require-alt` (default `false`): also flag Markdown images with empty alt text.  Off by
  default because Markdown cannot mark an image as decorative, and sites use `![](icon.png)`
  for icons and dividers; HTML's explicit `alt=""` is always accepted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker import Document, Finding, Link, RuleMeta, RuleOptions, Severity, Span
from checker.media import IMAGE_EXTENSIONS

META = RuleMeta(
    code="CD204",
    name="image-alt-text",
    summary="Image alt text missing or meaningless: describe what the image shows.",
    severity=Severity.WARNING,
    options={"require-alt": False},
)

_GENERIC = frozenset(
    {
        "image",
        "img",
        "picture",
        "pic",
        "photo",
        "photograph",
        "graphic",
        "screenshot",
        "logo",
        "icon",
        "banner",
        "thumbnail",
        "untitled",
        "alt",
        "alt text",
        "alt-text",
        "placeholder",
        "placeholder image",
        "image description",
        "insert image",
        "image here",
        "photo here",
        "tbd",
        "tk",
        "todo",
    }
)
_FILE_NAME = re.compile(r"^[\w.~ -]+\.(?:" + "|".join(sorted(IMAGE_EXTENSIONS)) + r")$", re.IGNORECASE)
_CAMERA_NAME = re.compile(
    r"^(?:IMG|DSC|DSCN|DSCF|DCIM|PXL|MVIMG|GOPR|P|Screen ?shot|Screenshot|Photo|Image)[ _-]?\d[\w .:-]*$", re.IGNORECASE
)
_EDITOR_LEFTOVER = re.compile(r"^(?:upload(?:ing)?(?: in progress)?|loading|processing)\b", re.IGNORECASE)
_ALT_ATTRIBUTE = re.compile(r"\balt\s*=", re.IGNORECASE)


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Yield a finding for each image whose alt text is missing or useless."""
    for link in document.links:
        if not link.is_image or link.in_comment:
            continue
        alt = link.text.strip()
        is_html = document.source.startswith("<", link.span.start)
        if not alt:
            if is_html and not _ALT_ATTRIBUTE.search(document.source, link.span.start, link.span.end):
                yield META.finding(
                    link.span,
                    f"image '{link.target}' has no alt attribute: "
                    'add alt text saying what it shows (alt="" if decorative)',
                )
            elif not is_html and options["require-alt"]:
                yield META.finding(link.span, f"image '{link.target}' has no alt text: describe what it shows")
            continue
        reason = _useless(alt)
        if reason:
            yield META.finding(
                _alt_span(document, link, alt), f"alt text '{alt}' is {reason}: describe what the image shows"
            )


def _useless(alt: str) -> str | None:
    lowered = alt.lower().strip(" .:")
    if lowered in _GENERIC:
        return "a generic word"
    if _FILE_NAME.match(alt) or _CAMERA_NAME.match(alt):
        return "a file name"
    if _EDITOR_LEFTOVER.match(alt):
        return "an editor's leftover"
    return None


def _alt_span(document: Document, link: Link, alt: str) -> Span:
    """The alt text itself in the source when it is written out verbatim, else the whole image."""
    start = document.source.find(alt, link.span.start, link.span.end)
    return Span(start, start + len(alt)) if start >= 0 else link.span
