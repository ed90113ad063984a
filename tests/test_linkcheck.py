"""CD206 and checker.linkcheck against a real HTTP server on 127.0.0.1 (no mocked HTTP client).

The server answers 200, 301 -> 200, 302, 404, 500, a 503 that passes on retry, a HEAD refusal,
a redirect loop, headers that never come (a timeout) and a body that trickles for seconds.  It
counts requests per path and the most requests it served at once, so caching and per-host
politeness are observed from the server's side.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import MappingProxyType

import pytest

from checker.config import Config, config_from_mapping
from checker.engine import check_bytes, make_plan
from checker.errors import ConfigError
from checker.linkcheck import LinkSettings, check_urls, enable_link_check
from checker.rule import Registry
from rules import builtin_rules, unreachable_link

ROOT = Path(__file__).resolve().parents[1]
RULE = next(rule for rule in builtin_rules() if rule.code == "CD206")
SLOW = 3.0
FAST = LinkSettings(timeout=0.5, retries=0, concurrency=8, per_host=8, cache_ttl=0)


@dataclass
class Traffic:
    """What the server saw: requests per path, and the most ``/busy`` requests it worked on at once."""

    requests: Counter[str] = field(default_factory=Counter)
    working: int = 0
    peak: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def count(self, path: str) -> None:
        with self.lock:
            self.requests[path] += 1

    @contextmanager
    def work(self) -> Iterator[None]:
        """Mark a request as being worked on; it ends before the answer is sent."""
        with self.lock:
            self.working += 1
            self.peak = max(self.peak, self.working)
        try:
            yield
        finally:
            with self.lock:
                self.working -= 1


def _handler(traffic: Traffic) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            return

        def do_HEAD(self) -> None:
            self._answer(head=True)

        def do_GET(self) -> None:
            self._answer(head=False)

        def _answer(self, *, head: bool) -> None:
            path = self.path.split("?", 1)[0]
            traffic.count(path)
            with suppress(BrokenPipeError, ConnectionResetError):  # the client hung up, as it should
                self._route(path, head=head)

        def _route(self, path: str, *, head: bool) -> None:
            if path == "/ok":
                self._status(200)
            elif path == "/moved":
                self._status(301, location="/ok")
            elif path == "/temporary":
                self._status(302, location="/ok")
            elif path == "/moved-to-missing":
                self._status(308, location="/missing")
            elif path == "/loop":
                self._status(302, location="/loop")
            elif path == "/error":
                self._status(500)
            elif path == "/flaky":
                self._status(503 if traffic.requests[path] % 2 else 200)
            elif path == "/rate-limited":
                self._status(429 if traffic.requests[path] % 2 else 200, retry_after="1")
            elif path == "/no-head":
                self._status(405 if head else 200)
            elif path == "/hang":
                time.sleep(SLOW)
                self._status(200)
            elif path == "/slow-body":
                self._slow_body(head=head)
            elif path == "/busy":
                with traffic.work():
                    time.sleep(0.1)
                self._status(200)
            else:
                self._status(404)

        def _status(self, code: int, location: str | None = None, retry_after: str | None = None) -> None:
            self.send_response(code)
            if location:
                self.send_header("Location", location)
            if retry_after:
                self.send_header("Retry-After", retry_after)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def _slow_body(self, *, head: bool) -> None:
            if head:
                self._status(405)
                return
            self.send_response(200)
            self.send_header("Content-Length", "100000")
            self.end_headers()
            deadline = time.monotonic() + SLOW
            while time.monotonic() < deadline:
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.1)

    return Handler


class _Server(ThreadingHTTPServer):
    request_queue_size = 128
    daemon_threads = True
    block_on_close = False


@pytest.fixture
def server() -> Iterator[tuple[str, Traffic]]:
    traffic = Traffic()
    httpd = _Server(("127.0.0.1", 0), _handler(traffic))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", traffic
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_statuses_redirects_and_errors(server):
    base, _ = server
    paths = ["/ok", "/moved", "/temporary", "/moved-to-missing", "/missing", "/error", "/loop", "/no-head"]
    found = check_urls([base + p for p in paths], FAST)
    summary = {p: (found[base + p].status, found[base + p].ok, found[base + p].moved_permanently) for p in paths}
    assert summary == {
        "/ok": (200, True, False),
        "/moved": (200, True, True),
        "/temporary": (200, True, False),
        "/moved-to-missing": (404, False, True),
        "/missing": (404, False, False),
        "/error": (500, False, False),
        "/loop": (None, False, False),
        "/no-head": (200, True, False),
    }
    assert found[base + "/moved"].describe() == f"301 -> {base}/ok -> 200 OK"
    assert found[base + "/loop"].error == "more than 5 redirects"


def test_timeout_and_slow_body_are_bounded(server):
    base, _ = server
    started = time.monotonic()
    found = check_urls([f"{base}/hang", f"{base}/slow-body"], FAST)
    elapsed = time.monotonic() - started
    assert found[f"{base}/hang"].error == "no answer within 0.5s"
    assert found[f"{base}/slow-body"].status == 200
    assert elapsed < SLOW - 1


def test_retries_a_failure_that_passes(server):
    """/flaky answers 503 to every other request: one retry gets the 200."""
    base, traffic = server
    retried = check_urls([f"{base}/flaky"], LinkSettings(timeout=0.5, retries=1, cache_ttl=0))
    assert retried[f"{base}/flaky"].status == 200
    assert traffic.requests["/flaky"] == 2
    once = check_urls([f"{base}/flaky"], FAST)
    assert once[f"{base}/flaky"].status == 503


def test_rate_limit_waits_for_retry_after(server):
    base, traffic = server
    started = time.monotonic()
    found = check_urls([f"{base}/rate-limited"], LinkSettings(timeout=5, retries=1, cache_ttl=0))
    assert found[f"{base}/rate-limited"].status == 200
    assert traffic.requests["/rate-limited"] == 2
    assert time.monotonic() - started >= 1.0


def test_two_hundred_links_finish_in_bounded_time(server):
    base, traffic = server
    urls = [f"{base}/ok?{i}" for i in range(150)] + [f"{base}/missing?{i}" for i in range(40)]
    urls += [f"{base}/hang?{i}" for i in range(10)]
    settings = LinkSettings(timeout=1.0, retries=0, concurrency=16, per_host=16, cache_ttl=0)
    started = time.monotonic()
    found = check_urls(urls, settings)
    elapsed = time.monotonic() - started
    assert len(found) == 200
    assert Counter(s.status for s in found.values()) == {200: 150, 404: 40, None: 10}
    assert elapsed < 10, f"200 links took {elapsed:.1f}s"
    assert sum(traffic.requests.values()) == 200


def test_per_host_limit_is_kept(server):
    base, traffic = server
    check_urls(
        [f"{base}/busy?{i}" for i in range(12)],
        LinkSettings(timeout=2, retries=0, concurrency=12, per_host=2, cache_ttl=0),
    )
    assert traffic.requests["/busy"] == 12
    assert traffic.peak <= 2


def test_cache_answers_without_requests_until_it_expires(server, tmp_path):
    base, traffic = server
    settings = LinkSettings(timeout=0.5, retries=0, cache_file=str(tmp_path / "links.json"), cache_ttl=3600)
    urls = [f"{base}/ok", f"{base}/missing", f"{base}/error"]
    check_urls(urls, settings, now=1000.0)
    second = check_urls(urls, settings, now=2000.0)
    assert traffic.requests == {"/ok": 1, "/missing": 1, "/error": 2}
    assert second[f"{base}/missing"].from_cache and second[f"{base}/missing"].status == 404
    assert not second[f"{base}/error"].from_cache
    check_urls(urls, settings, now=1000.0 + 3601)
    assert traffic.requests["/ok"] == 2


def _run_rule(text: str, name: str, options: dict[str, object]) -> list[tuple[int, int, str, str | None]]:
    config = config_from_mapping({"select": ["CD206"], "rules": {"unreachable-link": options}}, Path("t.toml"))
    result = check_bytes(text.encode(), name, make_plan(Registry((RULE,)), config))
    out = []
    for finding in result.findings:
        start = result.start(finding)
        out.append((start.line, start.column, finding.message, finding.suggestion))
    return out


def test_rule_reports_status_codes_and_redirects_with_positions(server):
    base, _ = server
    text = f"See [ok]({base}/ok), [old]({base}/moved) and\n![gone]({base}/missing) or {base}/error.\n"
    options = {"allow-network": True, "retries": 0, "timeout": 0.5, "cache-ttl-hours": 0.0}
    moved, missing, error = (text.index(f"{base}{p}") for p in ("/moved", "/missing", "/error"))
    second_line = text.index("\n") + 1
    assert _run_rule(text, "release.md", options) == [
        (
            1,
            moved + 1,
            f"link '{base}/moved' has moved permanently (301 -> {base}/ok -> 200 OK): link the new address",
            f"{base}/ok",
        ),
        (
            2,
            missing - second_line + 1,
            f"image '{base}/missing' answers 404 Not Found: fix the address or remove it",
            None,
        ),
        (
            2,
            error - second_line + 1,
            f"link '{base}/error' answers 500 Internal Server Error: fix the address or remove it",
            None,
        ),
    ]


def test_rule_fetches_nothing_unless_allowed(server):
    base, traffic = server
    assert _run_rule(f"See {base}/missing and [x]({base}/error).\n", "release.md", {}) == []
    assert sum(traffic.requests.values()) == 0


def test_enable_link_check_reads_the_links_table():
    declared = unreachable_link.META.options
    config = config_from_mapping({"links": {"timeout": 3.0, "per-host": 1}}, Path("copydesk.toml"))
    assert enable_link_check(config, requested=False, declared=declared) == config
    enabled = enable_link_check(config, requested=True, declared=declared)
    assert "CD206" in enabled.extend_select
    assert dict(enabled.rules["unreachable-link"]) == {"timeout": 3.0, "per-host": 1, "allow-network": True}
    asked = config_from_mapping({"links": {"check": True}}, Path("copydesk.toml"))
    assert "CD206" in enable_link_check(asked, requested=False, declared=declared).extend_select
    with pytest.raises(ConfigError, match=r"links\.timout"):
        enable_link_check(
            config_from_mapping({"links": {"timout": 3}}, Path("c.toml")), requested=True, declared=declared
        )
    assert enable_link_check(Config(rules=MappingProxyType({})), requested=False, declared=declared).extend_select == ()


@pytest.mark.slow
def test_cli_check_links_flag(server, tmp_path):
    base, traffic = server
    (tmp_path / "copydesk.toml").write_text(
        f'[links]\nretries = 0\ntimeout = 0.5\ncache-file = "{tmp_path / "c.json"}"\n'
    )
    (tmp_path / "release.md").write_text(f"Read [the kit]({base}/missing).\n")
    command = [sys.executable, "-m", "checker", "check", "--select", "CD206", "release.md"]
    quiet = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False)
    assert quiet.returncode == 0, quiet.stdout + quiet.stderr
    assert sum(traffic.requests.values()) == 0
    loud = subprocess.run(
        [*command, "--check-links"], cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False
    )
    assert loud.returncode == 1, loud.stdout + loud.stderr
    assert "404 Not Found" in loud.stdout
    assert traffic.requests["/missing"] == 1


def test_non_ascii_paths_and_queries_are_percent_encoded(server):
    base, traffic = server
    found = check_urls([f"{base}/ok?name=Zoë Ruiz", f"{base}/café"], FAST)
    assert (found[f"{base}/ok?name=Zoë Ruiz"].status, found[f"{base}/café"].status) == (200, 404)
    assert traffic.requests["/caf%C3%A9"] == 1
