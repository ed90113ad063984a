"""Bytes to text: BOMs, UTF-8, then real charset detection; binary files are refused.

The decoded text keeps the file's line endings untouched, so offsets into it map to the lines
an editor sees.  A byte-order mark is removed (it is not text) and named in the encoding.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from checker.errors import DocumentError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)

#: Share of control characters (other than whitespace) above which a file is called binary.
_BINARY_CONTROL_SHARE = 0.05


@dataclass(frozen=True)
class Decoded:
    """Decoded text and the encoding it was read as (``utf-8-sig`` when a BOM was present)."""

    text: str
    encoding: str


def decode(data: bytes) -> Decoded:
    """Decode a file's bytes, or raise :class:`DocumentError` saying why it cannot be read."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(codec), name)
            except UnicodeDecodeError as exc:
                msg = f"file starts with a {name} byte-order mark but is not valid {name}: {exc.reason}"
                raise DocumentError(msg) from None
    if b"\x00" in data:
        utf16 = _try_bomless_utf16(data)
        if utf16 is not None:
            return utf16
        msg = "file looks binary (it contains NUL bytes); copydesk checks text, Markdown and HTML"
        raise DocumentError(msg)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _detect(data)


def _try_bomless_utf16(data: bytes) -> Decoded | None:
    """UTF-16 without a BOM shows NULs in every other byte; accept it only if it decodes cleanly."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    half = len(data) // 2
    codec = "utf-16-le" if odd_nuls > 0.4 * half else "utf-16-be" if even_nuls > 0.4 * half else None
    if codec is None:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    return None if _looks_binary(text) else Decoded(text, codec)


def _detect(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        msg = "cannot decode file: not UTF-8 and no character set fits its bytes"
        raise DocumentError(msg)
    text = str(best)
    if _looks_binary(text):
        msg = "file looks binary (mostly control characters); copydesk checks text, Markdown and HTML"
        raise DocumentError(msg)
    return Decoded(text, best.encoding)


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls / len(text) > _BINARY_CONTROL_SHARE
