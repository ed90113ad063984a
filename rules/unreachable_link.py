"""An external link or image that does not answer, answers with an error, or has moved.

## What it does
Off by default, and never fetches anything unless asked: with `--check-links` (or `check = true`
in the config's `[links]` table) it sends an HTTP `HEAD` (or `GET` when a server refuses `HEAD`)
to every external link and image of the release, plain-text URLs included, and reports
targets that time out, cannot be reached, or end in a 4xx/5xx status, with every redirect hop;
and links that redirect permanently (301/308), with the new address as the suggested fix.

Checks run concurrently, at most `per-host` at a time per host and `host-delay` seconds apart,
each request bounded by `timeout` and retried `retries` times when it may pass (timeouts, 5xx,
429).  Definite answers are cached on disk for `cache-ttl-hours`.

## Why is this bad?
A release is read for years after it goes out; a link that is dead on the day of publication
sends journalists to an error page instead of the press kit.

## Example
```toml
[rules.unreachable-link]
allow-network = true    # what --check-links sets
retries = 0
timeout = 2.0
cache-ttl-hours = 0
```

```txt
Download the press kit at http://127.0.0.1:9/press-kit.zip today.
                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unreachable-link
```

## Use instead
```txt
Download the press kit at https://acme-robotics.io/press-kit.zip
```

## Options
- `allow-network` (default `false`): set by `--check-links`; selecting CD206 alone (e.g. with
  `select = ["ALL"]`) does not fetch anything.
- `timeout` (seconds, default 10), `retries` (1), `concurrency` (8), `per-host` (2),
  `host-delay` (seconds, 0), `max-redirects` (5), `user-agent`.
- `cache-file` (default `$XDG_CACHE_HOME/copydesk/links.json`) and `cache-ttl-hours` (24; 0
  turns the cache off).
- `report-redirects` (default `true`): report permanent redirects.
- `exclude` (default `[]`): URL prefixes never to fetch (intranet, staging servers).

The same keys can be set in the config's `[links]` table.

## Known limitations
A server that answers `HEAD` and `GET` differently, or blocks robots, may be reported as broken.
The `Use instead` text is not fetched: without `allow-network` the rule sends nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker import Document, Finding, FixAvailability, RuleMeta, RuleOptions, Severity, Span
from checker.document import BlockKind
from checker.linkcheck import LinkStatus, check_urls, settings_from_options
from checker.media import BARE_URL, target_span

META = RuleMeta(
    code="CD206",
    name="unreachable-link",
    summary="Link or image that does not load or has moved: fix or update the address.",
    severity=Severity.WARNING,
    fix=FixAvailability.SOMETIMES,
    default_enabled=False,
    options={
        "allow-network": False,
        "timeout": 10.0,
        "retries": 1,
        "concurrency": 8,
        "per-host": 2,
        "host-delay": 0.0,
        "max-redirects": 5,
        "cache-file": "",
        "cache-ttl-hours": 24.0,
        "user-agent": "copydesk-linkcheck/0.1",
        "report-redirects": True,
        "bare-urls": True,
        "exclude": [],
    },
)

_SKIPPED_KINDS = frozenset({BlockKind.CODE, BlockKind.COMMENT, BlockKind.FRONT_MATTER})


def check(document: Document, options: RuleOptions) -> Iterator[Finding]:
    """Yield a finding for each external link that fails, and each one that moved for good."""
    if not options["allow-network"]:
        return
    excluded = options.strings("exclude")
    places = [p for p in _external_urls(document, bare=bool(options["bare-urls"])) if not p[0].startswith(excluded)]
    statuses = check_urls((url for url, _, _ in places), settings_from_options(options))
    for url, span, noun in places:
        status = statuses[url]
        if not status.ok:
            yield META.finding(span, _failure(noun, url, status))
        elif options["report-redirects"] and status.moved_permanently:
            yield META.finding(
                span,
                f"{noun} '{url}' has moved permanently ({status.describe()}): link the new address",
                suggestion=status.final_url if document.source[span.start : span.end] == url else None,
            )


def _failure(noun: str, url: str, status: LinkStatus) -> str:
    if status.error is not None:
        return f"{noun} '{url}' cannot be reached ({status.describe()}): check the address or remove it"
    return f"{noun} '{url}' answers {status.describe()}: fix the address or remove it"


def _external_urls(document: Document, *, bare: bool) -> Iterator[tuple[str, Span, str]]:
    """Every http(s) target of a visible link or image, and (with ``bare``) URLs typed as text."""
    for link in document.links:
        target = link.target.strip()
        if target.startswith("//"):
            target = f"https:{target}"
        if not link.in_comment and target.lower().startswith(("http://", "https://")):
            yield target, target_span(document, link), "image" if link.is_image else "link"
    if not bare:
        return
    for block in document.blocks:
        if block.kind in _SKIPPED_KINDS:
            continue
        for match in BARE_URL.finditer(block.text):
            span = block.source_span(match.start(), match.end())
            url = match.group()
            if "://" not in url:
                url = f"https://{url}"
            if len(url) > len("https://") and not any(link.span.contains(span) for link in document.links):
                yield url, span, "link"
