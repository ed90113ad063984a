"""From a file's bytes to a :class:`~checker.document.Document`: decode, parse by format, assign roles."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path, PurePath

from checker.decoding import decode
from checker.document import Document, Format
from checker.parse_html import parse_html
from checker.parse_markdown import parse_markdown
from checker.parse_text import parse_text
from checker.roles import assign_roles

_FORMATS = {
    ".md": Format.MARKDOWN,
    ".markdown": Format.MARKDOWN,
    ".mdown": Format.MARKDOWN,
    ".mkd": Format.MARKDOWN,
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".xhtml": Format.HTML,
    ".txt": Format.TEXT,
    ".text": Format.TEXT,
}

#: File name endings copydesk checks when it walks a folder.
CHECKED_SUFFIXES = frozenset(_FORMATS)


def format_for(path: str | PurePath) -> Format:
    """The format a file name implies (plain text for anything unknown)."""
    return _FORMATS.get(PurePath(path).suffix.lower(), Format.TEXT)


def parse_document(
    data: bytes,
    display_path: str,
    *,
    fs_path: Path | None = None,
    fmt: Format | None = None,
    fallback_date: dt.date | None = None,
) -> Document:
    """Decode and parse one file; raises :class:`~checker.errors.DocumentError` if unreadable."""
    decoded = decode(data)
    return parse_source(
        decoded.text, display_path, fs_path=fs_path, fmt=fmt, fallback_date=fallback_date, encoding=decoded.encoding
    )


def parse_source(
    source: str,
    display_path: str,
    *,
    fs_path: Path | None = None,
    fmt: Format | None = None,
    fallback_date: dt.date | None = None,
    encoding: str = "utf-8",
) -> Document:
    """Parse already-decoded text (tests and doc examples start here)."""
    fmt = fmt or format_for(display_path)
    front_matter: dict[str, object] = {}
    if fmt is Format.MARKDOWN:
        parts = parse_markdown(source)
        blocks, links = parts.blocks, parts.links
        front_matter = dict(parts.front_matter)
    elif fmt is Format.HTML:
        html_parts = parse_html(source)
        blocks, links = html_parts.blocks, html_parts.links
        if html_parts.title:
            front_matter["title"] = html_parts.title
    else:
        blocks, links = parse_text(source), []
    document = Document(
        display_path=display_path,
        format=fmt,
        source=source,
        blocks=tuple(blocks),
        links=tuple(links),
        front_matter=front_matter,
        encoding=encoding,
        fs_path=fs_path,
        fallback_date=fallback_date,
    )
    dateline = document.dateline
    roles = assign_roles(document.blocks, dateline.block_index if dateline else None)
    return replace(document, blocks=roles)
