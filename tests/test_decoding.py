"""Decoding: BOMs, UTF-8, detected legacy charsets, UTF-16, and refusal of binary files."""

from __future__ import annotations

import codecs

import pytest

from checker.decoding import decode
from checker.errors import DocumentError

TEXT = "Zhejiang’s café opened on Nov. 14 — “a first”.\r\nSecond line\n"
CHINESE = "杭州滨江区今天宣布，新的人才中心正式开放。这是该区第三个人才中心，位于钱塘江南岸。" * 3


def test_plain_utf8_keeps_line_endings():
    decoded = decode(TEXT.encode("utf-8"))
    assert decoded.text == TEXT
    assert decoded.encoding == "utf-8"


def test_utf8_bom_is_removed_and_named():
    decoded = decode(codecs.BOM_UTF8 + TEXT.encode("utf-8"))
    assert decoded.text == TEXT
    assert decoded.encoding == "utf-8-sig"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec):
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    decoded = decode(bom + TEXT.encode(codec))
    assert decoded.text == TEXT
    assert decoded.encoding == "utf-16"


def test_utf16_without_bom_is_recognised():
    decoded = decode(TEXT.encode("utf-16-le"))
    assert decoded.text == TEXT


def test_gb18030_is_detected():
    decoded = decode(CHINESE.encode("gb18030"))
    assert decoded.text == CHINESE
    assert decoded.encoding.replace("_", "").lower() in {"gb18030", "gbk", "gb2312"}


def test_cp1252_is_detected():
    text = "The company’s “new” café menu costs €12 – a bargain, said the chef.\n" * 4
    decoded = decode(text.encode("cp1252"))
    assert decoded.text == text


def test_empty_file_decodes_to_nothing():
    assert decode(b"").text == ""


def test_binary_file_is_refused_with_a_reason():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01" + bytes(range(256))
    with pytest.raises(DocumentError, match="binary"):
        decode(png)


def test_bad_bom_content_is_refused():
    with pytest.raises(DocumentError, match="byte-order mark"):
        decode(codecs.BOM_UTF8 + b"ok \xff\xfe broken")
