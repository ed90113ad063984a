"""A loopback LanguageTool for tests and benchmarks: real sockets, LanguageTool's documented JSON.

:class:`FakeLanguageTool` runs ``http.server`` on 127.0.0.1 in a thread and answers
``POST /v2/check`` (form-encoded ``text`` or ``data``, ``language``, ``enabledRules``,
``disabledRules``, ``enabledCategories``, ``disabledCategories``, ``enabledOnly``, ``level``)
and ``GET /v2/languages`` in the shapes LanguageTool documents.  Its "rules" are a few fixed
patterns, and offsets are counted in UTF-16 code units, as the real (Java) server counts them.
Every request is recorded, so tests can count round trips; ``delay``, ``status`` and
``garbage`` simulate a slow server, a failing one, and something that is not LanguageTool; an
unknown ``language`` gets LanguageTool's HTTP 400.
"""

from __future__ import annotations

import json
import re
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class FakeRule:
    """A pattern the fake server reports, with LanguageTool's rule and category ids."""

    rule_id: str
    category: str
    pattern: re.Pattern[str]
    message: str
    replacement: str | None


RULES = (
    FakeRule(
        "EN_A_VS_AN",
        "GRAMMAR",
        re.compile(r"\ba(?= [aeiou])"),
        "Use 'an' instead of 'a' if the following word starts with a vowel sound.",
        "an",
    ),
    FakeRule(
        "MORFOLOGIK_RULE_EN_US",
        "TYPOS",
        re.compile(r"\b(?:recieve|anounced|Voltrix|Brightwave)\b"),
        "Possible spelling mistake found.",
        None,
    ),
    FakeRule(
        "COMMA_PARENTHESIS_WHITESPACE",
        "TYPOGRAPHY",
        re.compile(r" ,"),
        "Put a space after the comma, but not before the comma.",
        ",",
    ),
    FakeRule(
        "EN_WEAK_ADJECTIVE",
        "STYLE",
        re.compile(r"\bvery unique\b"),
        "'Unique' is absolute; consider 'unusual'.",
        "unusual",
    ),
    FakeRule(
        "PUNCTUATION_PARAGRAPH_END",
        "PUNCTUATION",
        re.compile(r"[a-z](?=\n\n|$)"),
        "No punctuation at the end of the paragraph.",
        None,
    ),
    FakeRule("CROSS_PARAGRAPH", "MISC", re.compile(r"across\n\nbreaks"), "A match that spans a paragraph break.", None),
)

LANGUAGES = [
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "German (Germany)", "code": "de", "longCode": "de-DE"},
]

_SPELLING = {"recieve": "receive", "anounced": "announced"}


@dataclass
class FakeLanguageTool:
    """The server: start it with ``with FakeLanguageTool() as lt:`` and use ``lt.url``."""

    delay: float = 0.0
    status: int = 200
    garbage: bool = False
    requests: list[dict[str, str]] = field(default_factory=list)

    def __enter__(self) -> FakeLanguageTool:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def url(self) -> str:
        """Base URL, e.g. ``http://127.0.0.1:40123`` (the client adds ``/v2/...``)."""
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def checks(self) -> list[dict[str, str]]:
        """The ``/v2/check`` requests received so far."""
        return [r for r in self.requests if r["path"] == "/v2/check"]

    def answer(self, form: dict[str, str]) -> dict[str, object]:
        """The ``/v2/check`` response for a parsed form."""
        text = form.get("text") or _text_of_data(form.get("data", ""))
        enabled = set(filter(None, form.get("enabledRules", "").split(",")))
        disabled = set(filter(None, form.get("disabledRules", "").split(",")))
        disabled_categories = set(filter(None, form.get("disabledCategories", "").split(",")))
        only = form.get("enabledOnly") == "true"
        matches = []
        for rule in RULES:
            if (
                rule.rule_id in disabled
                or rule.category in disabled_categories
                or (only and rule.rule_id not in enabled)
            ):
                continue
            matches.extend(_match(text, rule, m) for m in rule.pattern.finditer(text))
        matches.sort(key=lambda m: m["offset"])
        return {
            "software": {
                "name": "LanguageTool",
                "version": "6.5",
                "buildDate": "2024-09-26",
                "apiVersion": 1,
                "premium": False,
            },
            "language": {
                "name": "English (US)",
                "code": form.get("language", "en-US"),
                "detectedLanguage": {"name": "English (US)", "code": "en-US"},
            },
            "matches": matches,
        }


def _utf16(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


def _match(text: str, rule: FakeRule, found: re.Match[str]) -> dict[str, object]:
    offset, end = _utf16(text, found.start()), _utf16(text, found.end())
    value = rule.replacement or _SPELLING.get(found.group(), "")
    return {
        "message": rule.message,
        "shortMessage": "",
        "replacements": [{"value": value}] if value else [],
        "offset": offset,
        "length": end - offset,
        "context": {
            "text": text[max(0, found.start() - 20) : found.end() + 20],
            "offset": min(20, found.start()),
            "length": end - offset,
        },
        "sentence": text,
        "type": {"typeName": "Other"},
        "rule": {
            "id": rule.rule_id,
            "description": rule.message,
            "issueType": "grammar",
            "category": {"id": rule.category, "name": rule.category.title()},
        },
    }


def _text_of_data(data: str) -> str:
    if not data:
        return ""
    annotation = json.loads(data)["annotation"]
    return "".join(part.get("text", part.get("interpretAs", "")) for part in annotation)


def _handler(server: FakeLanguageTool) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self._record({})
            if self.path.split("?")[0] == "/v2/languages":
                self._reply(200, LANGUAGES)
            else:
                self._reply(404, {"error": "not found"})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode("utf-8"), keep_blank_values=True))
            self._record(form)
            if server.delay:
                time.sleep(server.delay)
            language = form.get("language", "")
            if server.status != 200:
                self._reply(server.status, "Error: internal error in the fake server", raw=True)
            elif self.path != "/v2/check":
                self._reply(404, {"error": "not found"})
            elif server.garbage:
                self._reply(200, "<html>proxy login</html>", raw=True)
            elif language not in {lang["longCode"] for lang in LANGUAGES} | {"auto", "en"}:
                self._reply(400, f"Error: '{language}' is not a language code known to LanguageTool.", raw=True)
            else:
                self._reply(200, server.answer(form))

        def _record(self, form: dict[str, str]) -> None:
            server.requests.append({"path": self.path.split("?")[0], "method": self.command, **form})

        def _reply(self, status: int, body: object, *, raw: bool = False) -> None:
            data = (str(body) if raw else json.dumps(body)).encode("utf-8")
            try:
                self.send_response(status)
                self.send_header("Content-Type", "text/plain" if raw else "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                return

        def log_message(self, format: str, *args: object) -> None:
            return

    return Handler
