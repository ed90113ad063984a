"""What in a release promises or delivers media: media headings, captions, image and file links.

Shared by the image and link rules (CD2xx) so that they agree on what counts as "an image next
to this caption" or "a link under this heading", in plain text, Markdown and HTML alike.  A
wire release in plain text has no image syntax: there a URL to an image file (or any URL in
the caption itself, ``Photo - https://...``) stands for the image.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from checker.document import Block, BlockKind, Document, Link, Role
from checker.span import Span

IMAGE_EXTENSIONS = frozenset(
    "jpg jpeg png gif webp svg bmp tif tiff avif heic".split()
)
VIDEO_EXTENSIONS = frozenset(
    "mp4 mov webm m4v avi".split()
)
#: Downloadable files a release links to (press kits, fact sheets, archives).
FILE_EXTENSIONS = frozenset(
    "pdf doc docx ppt pptx xls xlsx zip csv txt rtf odt eps ai".split()
)

BARE_URL = re.compile(r"""(?:\bhttps?://|\bwww\.)[^\s<>"'\])]*[^\s<>"'\]).,;:!?]|\bhttps?://""")
_FILE_NAME = re.compile(r"\b[\w-]+\.(?:" + "|".join(sorted(IMAGE_EXTENSIONS | FILE_EXTENSIONS)) + r")\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+|[&+/]")

#: Words that make a short heading or label a promise of media.
_MEDIA_WORDS = frozenset(
    "image images photo photos photograph photographs photography picture pictures pics multimedia "
    "attachment attachments download downloads video videos broll graphic graphics infographic "
    "infographics link links gallery logo logos assets kit files".split()
)
#: Words allowed around them (``Download the high-resolution images here``).
_LABEL_FILLER = frozenset(
    "the here high hi low res resolution b roll related additional useful more and & + / our press "
    "media for editorial use available below attached to view click see of a an all other product "
    "event company free please find".split()
)

_CAPTION_PREFIX = re.compile(
    r"^(?:(?:photo|image|picture|video)\s+)?(?:caption|cutline|pictured|photo|image|credit|courtesy)s?"
    r"(?:\s+(?:credit|courtesy|by))?\s*(?::|-|\u2013|\u2014|\()",
    re.IGNORECASE,
)
_CREDIT_TAIL = re.compile(
    r"\((?:(?:photo|image|picture)s?\s*(?:credit|courtesy|by|:)|courtesy(?:\s+of)?|credit\s*:?)\s*[^()]*\)?\s*$",
    re.IGNORECASE,
)
_POINTER = re.compile(
    r"\b(?:click|see|view|tap)\s+(?:on\s+)?(?:the\s+)?(?:image|photo|picture|graphic|banner)s?\s+(?P<where>above|below)\b",
    re.IGNORECASE,
)
_POSITION = re.compile(
    r"\((?:[UDLRTBC]|top|bottom|left|right|centre|center|upper|lower|above|below|inset)\)"
    r"|(?:^|(?<=[.;:]\s))(?:Top|Bottom|Left|Right|Above|Below|Upper|Lower)(?= ?:)",
    re.IGNORECASE,
)

#: A caption of a short block is a caption; a long one is prose that mentions a photo.
_CAPTION_MAX_WORDS = 60
#: How many blocks after a media label may hold the promised links.
_SECTION_BLOCKS = 5


def extension(target: str) -> str:
    """The lower-case file extension of a URL or path ('' when it has none)."""
    path = urlsplit(target.strip()).path
    name = path.rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def is_media_target(target: str) -> bool:
    """Whether a URL or path names an image or video file."""
    return extension(target) in IMAGE_EXTENSIONS | VIDEO_EXTENSIONS


def is_media_label(block: Block) -> bool:
    """A heading or a ``...:`` label made only of media words, e.g. ``Image Attachments Links:``."""
    text = block.text.strip()
    if block.kind is not BlockKind.HEADING and not (block.role is Role.LABEL or text.endswith(":")):
        return False
    words = [w.lower() for w in _WORD.findall(text.rstrip(":"))]
    if not words or len(words) > 8:
        return False
    return any(w in _MEDIA_WORDS for w in words) and all(w in _MEDIA_WORDS or w in _LABEL_FILLER for w in words)


def caption_range(block: Block) -> tuple[int, int] | None:
    """Where a block announces itself as a caption or photo credit (text offsets), or None.

    ``Caption:``/``Photo:``/``Pictured:`` openings, ``<figcaption>`` and caption-role blocks, and a
    short line ending in a credit such as ``(Courtesy of ...)`` or ``(Photo: ...)``.
    """
    text = block.text
    if block.kind in (BlockKind.CODE, BlockKind.COMMENT, BlockKind.FRONT_MATTER, BlockKind.HEADING):
        return None
    if len(text.split()) > _CAPTION_MAX_WORDS:
        return None
    prefix = _CAPTION_PREFIX.match(text)
    if prefix:
        label_end = prefix.end() - 1 if prefix.group().endswith("(") else prefix.end()  # "Photo (" -> "Photo"
        return 0, label_end
    credit = _CREDIT_TAIL.search(text)
    if credit and not text[: credit.start()].rstrip().endswith((".", "!", "?")):
        return credit.start(), credit.end()
    if block.kind is BlockKind.CAPTION or block.role is Role.CAPTION:
        return 0, len(text)
    return None


def position_marks(text: str) -> tuple[str, ...]:
    """Distinct image position marks in a caption, in order: ``(U)``, ``(D)``, ``(left)``, ``Top:``...

    ``from left:`` (people in one picture) is not a mark; a mark opens the caption or a sentence.
    """
    seen: dict[str, None] = {}
    for match in _POSITION.finditer(text):
        seen.setdefault(match.group(), None)
    return tuple(seen)


def image_pointers(text: str) -> Iterator[re.Match[str]]:
    """Phrases such as ``click the image above`` that point at an image elsewhere."""
    return _POINTER.finditer(text)


def neighbourhood(document: Document, index: int) -> Span:
    """Source range of the block before ``index``, the block itself and the block after it.

    Comments are skipped; images standing alone between those blocks fall inside the range.
    """
    visible = [i for i, b in enumerate(document.blocks) if b.kind is not BlockKind.COMMENT]
    position = visible.index(index) if index in visible else None
    if position is None:
        return document.blocks[index].span
    start = document.blocks[visible[position - 1]].span.start if position > 0 else 0
    end = document.blocks[visible[position + 1]].span.end if position + 1 < len(visible) else len(document.source)
    return Span(start, end)


def visible_links(document: Document, region: Span) -> Iterator[Link]:
    """Links and images a reader sees (not inside comments) that start inside ``region``."""
    for link in document.links:
        if not link.in_comment and region.start <= link.span.start < region.end:
            yield link


def target_span(document: Document, link: Link) -> Span:
    """Where a link's target is written (the ``src``/``href`` value), else the whole link."""
    if link.target_span is not None and len(link.target_span):
        return link.target_span
    start = document.source.find(link.target, link.span.start, link.span.end) if link.target else -1
    return Span(start, start + len(link.target)) if start >= 0 else link.span


def media_count(document: Document, region: Span) -> int:
    """How many images (or image/video URLs) stand in ``region`` of the source."""
    count = sum(1 for link in visible_links(document, region) if link.is_image or is_media_target(link.target))
    for block in document.blocks:
        if block.kind is not BlockKind.COMMENT and region.contains(block.span):
            count += sum(
                1
                for m in BARE_URL.finditer(block.text)
                if is_media_target(m.group()) and not _linked(document, block, m)
            )
    return count


def has_link_or_file(document: Document, region: Span) -> bool:
    """Whether ``region`` holds any visible link, image, URL or file name."""
    if any(visible_links(document, region)):
        return True
    return any(
        BARE_URL.search(block.text) or _FILE_NAME.search(block.text)
        for block in document.blocks
        if block.kind is not BlockKind.COMMENT and region.start <= block.span.start < region.end
    )


def section_after(document: Document, index: int) -> Span:
    """The source range a media label introduces: up to the next heading, label or break."""
    end = len(document.source)
    for count, block in enumerate(document.blocks[index + 1 :], start=1):
        if count > _SECTION_BLOCKS or _ends_section(block):
            end = block.span.start
            break
    return Span(document.blocks[index].span.start, end)


def _ends_section(block: Block) -> bool:
    return block.kind in (BlockKind.HEADING, BlockKind.THEMATIC_BREAK) or block.role in (
        Role.LABEL,
        Role.BOILERPLATE_HEADING,
        Role.CONTACT,
        Role.END_MARK,
    )


def _linked(document: Document, block: Block, match: re.Match[str]) -> bool:
    """Whether a bare URL found in a block's text is the visible text of a real link."""
    span = block.source_span(match.start(), match.end())
    return any(link.span.contains(span) for link in document.links)
