"""A small LanguageTool HTTP client: ``/v2/check`` and ``/v2/languages``, batched, with clear errors.

Paragraphs are sent together in one request, separated by a blank line (LanguageTool's own
paragraph break), and the matches are split back per paragraph.  LanguageTool counts offsets
in UTF-16 code units (it is Java), so offsets are converted to Python characters before
anything else sees them.  Every failure (no server, timeout, HTTP error, garbage) becomes a
:class:`~checker.errors.ToolError` that says what is missing and how to fix it.

copydesk never contacts a LanguageTool server the user did not name: with neither ``server``
nor ``local = true`` it refuses to run, because embargoed releases must not leave the building.
"""

from __future__ import annotations

import bisect
import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from typing import Any

from checker.errors import ToolError
from checker.grammar.model import LT_CATEGORY_GROUPS, Issue
from checker.grammar.settings import DEFAULT_DISABLED_LT_RULES, NO_SERVER, GrammarSettings
from checker.grammar.settings import HOW_TO_START_LANGUAGETOOL as _HOW_TO_START

#: Separator between paragraphs of one request: a paragraph break for LanguageTool.
SEPARATOR = "\n\n"
#: Characters per request; LanguageTool servers limit request size (the public API to 20 KB).
MAX_BATCH_CHARS = 15_000


class LanguageToolClient:
    """Talks to one LanguageTool server (``base_url`` without ``/v2``) with a timeout per request."""

    def __init__(self, base_url: str, timeout: float) -> None:
        self.base_url = normalize_url(base_url)
        self.timeout = timeout

    def check(self, text: str, params: Mapping[str, str]) -> list[dict[str, object]]:
        """The raw ``matches`` of ``/v2/check`` for ``text`` (offsets in UTF-16 units)."""
        form = {**params, "text": text}
        answer = self._request("check", urllib.parse.urlencode(form).encode("utf-8"))
        matches = answer.get("matches") if isinstance(answer, dict) else None
        if not isinstance(matches, list):
            raise ToolError(f"LanguageTool at {self.base_url} answered /v2/check without a list of matches")
        return matches

    def languages(self) -> list[dict[str, str]]:
        """``/v2/languages``: every language the server knows (``name``, ``code``, ``longCode``)."""
        answer = self._request("languages", None)
        if not isinstance(answer, list):
            raise ToolError(f"LanguageTool at {self.base_url} answered /v2/languages without a list")
        return answer

    def _request(self, endpoint: str, body: bytes | None) -> object:
        url = f"{self.base_url}/v2/{endpoint}"
        request = urllib.request.Request(url, data=body, headers={"Accept": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                raw = response.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace").strip()[:300]
            raise ToolError(
                f"LanguageTool at {self.base_url} failed: HTTP {exc.code} on /v2/{endpoint}: {detail}"
            ) from None
        except TimeoutError:
            raise ToolError(self._timeout_message()) from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                raise ToolError(self._timeout_message()) from None
            raise ToolError(
                f"cannot reach LanguageTool at {self.base_url} ({exc.reason}); {_HOW_TO_START}"
            ) from None
        except OSError as exc:
            raise ToolError(
                f"cannot reach LanguageTool at {self.base_url} ({exc}); {_HOW_TO_START}"
            ) from None
        try:
            return json.loads(raw)
        except ValueError:
            raise ToolError(
                f"LanguageTool at {self.base_url} answered /v2/{endpoint} with something that is not JSON"
            ) from None

    def _timeout_message(self) -> str:
        return (
            f"LanguageTool at {self.base_url} did not answer within {self.timeout:g} s; "
            "check that the server is running and not overloaded, or raise [grammar] timeout"
        )


def normalize_url(url: str) -> str:
    """``http://host:8081/v2/`` and ``http://host:8081`` both become ``http://host:8081``."""
    url = url.strip().rstrip("/")
    return url.removesuffix("/v2").rstrip("/")


def client_for(settings: GrammarSettings) -> LanguageToolClient:
    """The client the settings name: the configured ``server``, or the managed local one."""
    if settings.server:
        return LanguageToolClient(settings.server, settings.timeout)
    if settings.local:
        return LanguageToolClient(_local_server_url(settings.language), settings.timeout)
    raise ToolError(f"grammar checking with {NO_SERVER}")


@cache
def _local_server_url(language: str) -> str:
    """Start (once per process) the LanguageTool that language-tool-python manages; its URL.

    Cached because starting Java takes seconds and the server is shared by every rule and
    file of the run; language-tool-python stops it when the process exits.
    """
    try:
        import language_tool_python
    except ImportError:
        raise ToolError("[grammar] local = true needs language-tool-python: pip install 'copydesk[grammar]'") from None
    try:
        tool = language_tool_python.LanguageTool(language)
    except Exception as exc:
        raise ToolError(
            f"could not start a local LanguageTool ({type(exc).__name__}: {exc}); it needs Java 17 or later "
            "and, on first use, internet access to download LanguageTool (about 260 MB)"
        ) from None
    return str(tool.url)


def request_params(settings: GrammarSettings) -> dict[str, str]:
    """The ``/v2/check`` form fields the settings ask for (everything but ``text``)."""
    params = {"language": settings.language}
    disabled = (*DEFAULT_DISABLED_LT_RULES, *settings.disabled_rules)
    fields = {
        "enabledRules": settings.enabled_rules,
        "disabledRules": tuple(r for r in disabled if r not in settings.enabled_rules),
        "enabledCategories": settings.enabled_categories,
        "disabledCategories": settings.disabled_categories,
    }
    params.update({name: ",".join(values) for name, values in fields.items() if values})
    if settings.picky:
        params["level"] = "picky"
    return params


def check_paragraphs(
    client: LanguageToolClient, params: Mapping[str, str], paragraphs: Sequence[str]
) -> list[list[Issue]]:
    """Issues per paragraph, sending as few requests as the batch size allows."""
    results: list[list[Issue]] = [[] for _ in paragraphs]
    for indexes in _batches(paragraphs):
        texts = [paragraphs[i] for i in indexes]
        batch = SEPARATOR.join(texts)
        matches = client.check(batch, params)
        for position, issue in _split_matches(batch, texts, matches):
            results[indexes[position]].append(issue)
    return results


def _batches(paragraphs: Sequence[str]) -> Iterator[list[int]]:
    batch: list[int] = []
    size = 0
    for index, text in enumerate(paragraphs):
        if batch and size + len(SEPARATOR) + len(text) > MAX_BATCH_CHARS:
            yield batch
            batch, size = [], 0
        batch.append(index)
        size += len(text) + len(SEPARATOR)
    if batch:
        yield batch


def _split_matches(batch: str, texts: Sequence[str], matches: list[dict[str, object]]) -> Iterator[tuple[int, Issue]]:
    """(paragraph position, issue) for every match inside one paragraph; matches across a break are dropped."""
    starts = []
    offset = 0
    for text in texts:
        starts.append(offset)
        offset += len(text) + len(SEPARATOR)
    to_chars = _utf16_to_chars(batch)
    for match in matches:
        issue = _issue(match, to_chars)
        if issue is None:
            continue
        position = bisect.bisect_right(starts, issue.offset) - 1
        local = issue.offset - starts[position]
        if issue.length <= 0 or local + issue.length > len(texts[position]):
            continue
        yield (
            position,
            Issue(local, issue.length, issue.message, issue.rule_id, issue.category, issue.group, issue.replacements),
        )


def _utf16_to_chars(text: str) -> dict[int, int]:
    """UTF-16 offset → Python character offset, for every character boundary of ``text``."""
    mapping = {}
    units = 0
    for index, char in enumerate(text):
        mapping[units] = index
        units += 2 if ord(char) > 0xFFFF else 1
    mapping[units] = len(text)
    return mapping


def _issue(match: Mapping[str, Any], to_chars: Mapping[int, int]) -> Issue | None:
    """A batch-level issue from one LanguageTool match (untyped JSON), or None when malformed."""
    try:
        start16 = int(match["offset"])
        end16 = start16 + int(match["length"])
        rule = match["rule"]
        rule_id = str(rule["id"])
        category = str(rule.get("category", {}).get("id", "MISC"))
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    if start16 not in to_chars or end16 not in to_chars:
        return None
    start, end = to_chars[start16], to_chars[end16]
    replacements = tuple(str(r["value"]) for r in match.get("replacements", ()) if isinstance(r, dict) and "value" in r)
    return Issue(
        offset=start,
        length=end - start,
        message=str(match.get("message") or match.get("shortMessage") or rule_id),
        rule_id=rule_id,
        category=category,
        group=LT_CATEGORY_GROUPS.get(category, "grammar"),
        replacements=replacements[:5],
    )
