"""The HTTP link checker behind CD206: concurrent, polite, bounded in time, with a disk cache.

Pre-publication text is confidential, so nothing here runs unless the user asked for it
(``--check-links``, or ``check = true`` in the config's ``[links]`` table): :func:`enable_link_check`
is the only switch, and the CD206 rule does nothing without it.

Each URL gets a ``HEAD`` (then a ``GET`` when the server refuses ``HEAD``), redirects are
followed by hand so that every hop can be reported, and only the status line and headers are
read: a slow or huge body never holds the check up.  Failures that may pass (timeouts,
connection errors, 5xx, 429) are retried after a short back-off, or after the server's
``Retry-After`` (capped at two seconds and at ``timeout``).  Requests to one host are
limited to ``per_host`` at a time, ``host_delay`` seconds apart.  Definite answers are cached
on disk for ``cache_ttl`` seconds; errors and 5xx are not cached, so they are tried again.
"""

from __future__ import annotations

import http.client
import json
import os
import socket
import ssl
import tempfile
import threading
import time
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple
from urllib.parse import quote, urljoin, urlsplit

from checker.config import Config
from checker.errors import ConfigError
from checker.frozen import frozen
from checker.rule import RuleOptions

#: The rule this module serves, and the config table that configures it.
RULE_NAME = "unreachable-link"
RULE_CODE = "CD206"

_RETRYABLE_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})
_HEAD_REFUSED = frozenset({403, 405, 501})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_PERMANENT = frozenset({301, 308})
#: Characters left as they are when a path or query is percent-encoded for the request line.
_URL_SAFE = "/%:@!$&'()*+,;=-._~"


@dataclass(frozen=True)
class LinkSettings:
    """How to check links; the defaults suit a newsroom checking one release at a time."""

    timeout: float = 10.0
    retries: int = 1
    concurrency: int = 8
    per_host: int = 2
    host_delay: float = 0.0
    max_redirects: int = 5
    cache_file: str = ""
    cache_ttl: float = 24 * 3600.0
    user_agent: str = "copydesk-linkcheck/0.1"

    @property
    def cache_path(self) -> Path | None:
        """Where the cache lives (None when caching is off: ``cache_ttl <= 0``)."""
        if self.cache_ttl <= 0:
            return None
        if self.cache_file:
            return Path(self.cache_file).expanduser()
        base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
        return Path(base) / "copydesk" / "links.json"


@dataclass(frozen=True)
class LinkStatus:
    """What checking one URL found: final status, every redirect hop, or the error."""

    url: str
    status: int | None = None
    reason: str = ""
    redirects: tuple[tuple[int, str], ...] = ()
    error: str | None = None
    from_cache: bool = False
    retry_after: float = field(default=0.0, compare=False)

    @property
    def ok(self) -> bool:
        """Reached, with a final status below 400."""
        return self.error is None and self.status is not None and self.status < 400

    @property
    def final_url(self) -> str:
        """Where the redirects ended."""
        return self.redirects[-1][1] if self.redirects else self.url

    @property
    def moved_permanently(self) -> bool:
        """Whether the first hop is a permanent redirect (the link should be updated)."""
        return bool(self.redirects) and self.redirects[0][0] in _PERMANENT

    def describe(self) -> str:
        """``301 -> https://b/ -> 404 Not Found`` or the error, for messages."""
        hops = "".join(f"{code} -> {target} -> " for code, target in self.redirects)
        if self.error is not None:
            return f"{hops}{self.error}"
        return f"{hops}{self.status} {self.reason}".rstrip()

    @property
    def cacheable(self) -> bool:
        """Definite answers only: errors and server trouble are asked again next time."""
        return self.error is None and self.status is not None and self.status not in _RETRYABLE_STATUS


def check_urls(urls: Iterable[str], settings: LinkSettings, *, now: float | None = None) -> Mapping[str, LinkStatus]:
    """Check every distinct URL; returns a status for each (cached ones without a request)."""
    wanted = list(dict.fromkeys(urls))
    clock = time.time() if now is None else now
    cache = _load_cache(settings.cache_path, settings.cache_ttl, clock)
    results = {url: replace(cache[url], from_cache=True) for url in wanted if url in cache}
    pending = [url for url in wanted if url not in results]
    if pending:
        hosts = _Session(settings.per_host, settings.host_delay)
        workers = max(1, min(settings.concurrency, len(pending)))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="copydesk-link") as pool:
            for status in pool.map(lambda u: _probe(u, settings, hosts), pending):
                results[status.url] = status
        fresh = {s.url: s for s in results.values() if not s.from_cache and s.cacheable}
        _save_cache(settings.cache_path, fresh, clock)
    return MappingProxyType(results)


class _Session:
    """What the worker threads of one check share: the TLS context and per-host politeness.

    At most ``per_host`` requests go to one host at a time, started ``delay`` seconds apart.
    """

    def __init__(self, per_host: int, delay: float) -> None:
        self.tls = ssl.create_default_context()
        self._per_host = max(1, per_host)
        self._delay = max(0.0, delay)
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._next_start: dict[str, float] = {}

    def slot(self, host: str) -> threading.BoundedSemaphore:
        with self._lock:
            return self._slots.setdefault(host, threading.BoundedSemaphore(self._per_host))

    def wait_turn(self, host: str) -> None:
        with self._lock:
            start = max(time.monotonic(), self._next_start.get(host, 0.0))
            self._next_start[host] = start + self._delay
        time.sleep(max(0.0, start - time.monotonic()))


def _probe(url: str, settings: LinkSettings, hosts: _Session) -> LinkStatus:
    """Check one URL, retrying failures that may pass."""
    status = LinkStatus(url, error="not checked")
    for attempt in range(max(0, settings.retries) + 1):
        if attempt:
            backoff = status.retry_after or 0.25 * 2 ** (attempt - 1)
            time.sleep(min(backoff, 2.0, settings.timeout))
        status = _follow(url, settings, hosts)
        if status.error is None and status.status not in _RETRYABLE_STATUS:
            break
    return status


def _follow(url: str, settings: LinkSettings, hosts: _Session) -> LinkStatus:
    """Request ``url`` and follow its redirects, recording each hop."""
    hops: list[tuple[int, str]] = []
    current = url
    for _ in range(settings.max_redirects + 1):
        host = (urlsplit(current).hostname or "").lower()
        with hosts.slot(host):
            hosts.wait_turn(host)
            try:
                answer = _request(current, settings, hosts.tls)
            except (OSError, http.client.HTTPException, ValueError) as exc:
                return LinkStatus(url, redirects=tuple(hops), error=_describe_error(exc, settings.timeout))
        if answer.status not in _REDIRECTS or not answer.location:
            return LinkStatus(url, answer.status, answer.reason, tuple(hops), retry_after=answer.retry_after)
        current = urljoin(current, answer.location)
        hops.append((answer.status, current))
    return LinkStatus(url, redirects=tuple(hops), error=f"more than {settings.max_redirects} redirects")


class _Answer(NamedTuple):
    """The parts of a response the checker reads."""

    status: int
    reason: str
    location: str
    retry_after: float


def _request(url: str, settings: LinkSettings, tls: ssl.SSLContext) -> _Answer:
    """The answer to ``url``: HEAD, or GET when HEAD is refused."""
    answer = _send("HEAD", url, settings, tls)
    if answer.status in _HEAD_REFUSED:
        answer = _send("GET", url, settings, tls)
    return answer


def _send(method: str, url: str, settings: LinkSettings, tls: ssl.SSLContext) -> _Answer:
    """One request; reads the status line and headers only, never the body.

    Internationalised host names go out as IDNA and non-ASCII paths and queries percent-encoded,
    as a browser sends them.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        msg = f"not an http(s) URL: {url}"
        raise ValueError(msg)
    host = parts.hostname.encode("idna").decode("ascii")
    connection: http.client.HTTPConnection
    if parts.scheme == "https":
        connection = http.client.HTTPSConnection(host, parts.port, timeout=settings.timeout, context=tls)
    else:
        connection = http.client.HTTPConnection(host, parts.port, timeout=settings.timeout)
    path = quote(parts.path or "/", safe=_URL_SAFE)
    if parts.query:
        path += "?" + quote(parts.query, safe=_URL_SAFE + "?")
    try:
        connection.request(method, path, headers={"User-Agent": settings.user_agent, "Accept": "*/*"})
        response = connection.getresponse()
        retry_after = response.getheader("Retry-After", "")
        seconds = float(retry_after) if retry_after.strip().isdigit() else 0.0
        return _Answer(response.status, response.reason, response.getheader("Location", ""), seconds)
    finally:
        connection.close()


def _describe_error(exc: BaseException, timeout: float) -> str:
    if isinstance(exc, TimeoutError | socket.timeout):
        return f"no answer within {timeout:g}s"
    if isinstance(exc, ssl.SSLError):
        return f"TLS error: {exc.reason or exc}"
    if isinstance(exc, socket.gaierror):
        return "host name not found"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    return f"{type(exc).__name__}: {exc}"


def _load_cache(path: Path | None, ttl: float, now: float) -> dict[str, LinkStatus]:
    """Fresh entries of the cache file (a missing or damaged file is an empty cache)."""
    if path is None:
        return {}
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    fresh = {}
    for url, entry in raw.items() if isinstance(raw, dict) else ():
        try:
            if now - float(entry["checked"]) <= ttl:
                hops = tuple((int(code), str(target)) for code, target in entry.get("redirects", []))
                fresh[url] = LinkStatus(url, int(entry["status"]), str(entry.get("reason", "")), hops)
        except (KeyError, TypeError, ValueError):
            continue
    return fresh


def _save_cache(path: Path | None, statuses: Mapping[str, LinkStatus], now: float) -> None:
    """Merge new entries into the cache file, atomically (concurrent runs may lose entries, never corrupt it)."""
    if path is None or not statuses:
        return
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raw = {}
    merged = raw if isinstance(raw, dict) else {}
    for url, status in statuses.items():
        merged[url] = {"status": status.status, "reason": status.reason, "redirects": status.redirects, "checked": now}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".links-", suffix=".json")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(merged, out)
        os.replace(temp, path)
    except OSError:
        return


def settings_from_options(options: RuleOptions) -> LinkSettings:
    """Link settings from CD206's rule options (already type-checked by the engine)."""
    return LinkSettings(
        timeout=options.number("timeout"),
        retries=options.integer("retries"),
        concurrency=options.integer("concurrency"),
        per_host=options.integer("per-host"),
        host_delay=options.number("host-delay"),
        max_redirects=options.integer("max-redirects"),
        cache_file=options.text("cache-file"),
        cache_ttl=options.number("cache-ttl-hours") * 3600.0,
        user_agent=options.text("user-agent"),
    )


def enable_link_check(config: Config, *, requested: bool, declared: Mapping[str, object]) -> Config:
    """The config with CD206 selected and allowed to fetch, when the user asked for it.

    ``requested`` is ``--check-links``; ``[links] check = true`` asks too.  The other keys of
    ``[links]`` are CD206's options (``timeout``, ``per-host``, ...), checked against
    ``declared`` here so that a mistake names the ``links`` table.
    """
    table = dict(config.links)
    where = str(config.path) if config.path else "configuration"
    check = table.pop("check", False)
    if not isinstance(check, bool):
        raise ConfigError(where, "links.check", f"expected true or false, got {check!r}")
    for key in table:
        if key not in declared or key == "allow-network":
            known = ", ".join(k for k in declared if k != "allow-network")
            raise ConfigError(where, f"links.{key}", f"unknown key (known: check, {known})")
    if not (requested or check):
        return config
    rules = dict(config.rules)
    rules[RULE_NAME] = frozen({**table, **rules.get(RULE_NAME, {}), "allow-network": True})
    return config.with_overrides(extend_select=(*config.extend_select, RULE_CODE), rules=frozen(rules))
