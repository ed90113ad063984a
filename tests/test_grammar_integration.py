"""Against a real LanguageTool: set COPYDESK_LT_SERVER (e.g. http://localhost:8081) to run.

docker run -d -p 8081:8010 erikvl87/languagetool
COPYDESK_LT_SERVER=http://localhost:8081 .venv/bin/python -m pytest tests/test_grammar_integration.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from checker.config import config_from_mapping
from checker.engine import check_bytes, make_plan
from checker.grammar.languagetool import LanguageToolClient
from rules import default_registry

SERVER = os.environ.get("COPYDESK_LT_SERVER", "")
pytestmark = pytest.mark.skipif(
    not SERVER, reason="COPYDESK_LT_SERVER is not set (no real LanguageTool to test against)"
)


def test_server_knows_english():
    codes = {language["longCode"] for language in LanguageToolClient(SERVER, 30.0).languages()}
    assert "en-US" in codes


def test_real_matches_map_to_exact_spans(tmp_path: Path):
    text = "🎉 Zoë’s café will recieve a\naward, and the the team is happy.\n"
    table = {"server": SERVER, "cache": False, "timeout": 30.0}
    config = config_from_mapping({"select": ["CD8"], "grammar": table}, tmp_path / "copydesk.toml")
    result = check_bytes(text.encode("utf-8"), "real.txt", make_plan(default_registry(), config))
    flagged = {(f.rule, result.source[f.span.start : f.span.end]) for f in result.findings}
    assert ("spelling-error", "recieve") in flagged
    assert ("grammar-error", "a") in flagged
    assert any(source.lower() == "the the" for _, source in flagged)
    assert all("(LanguageTool " in f.message for f in result.findings)
