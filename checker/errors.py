"""The small exception hierarchy copydesk raises.

Three kinds of failure get three treatments: a user's mistake (bad config, unknown rule) is a
:class:`UsageError` and ends the run with exit code 2; a document that cannot be read becomes a
``CD000`` finding and the run goes on; a bug inside a rule becomes an ``internal-error``
finding naming the rule, and the run goes on.
"""

from __future__ import annotations


class CopydeskError(Exception):
    """Base class of every error copydesk raises on purpose."""


class UsageError(CopydeskError, ValueError):
    """The user asked for something that cannot be done (unknown rule, bad option)."""


class ConfigError(UsageError):
    """A configuration file is broken: names the file, the key and the problem."""

    def __init__(self, path: str, key: str | None, problem: str) -> None:
        where = f"{path}: {key}" if key else path
        super().__init__(f"{where}: {problem}")
        self.path = path
        self.key = key
        self.problem = problem


class DocumentError(CopydeskError, OSError):
    """A file could not be read or decoded; reported as a CD000 finding for that file."""


class ToolError(CopydeskError, RuntimeError):
    """A tool copydesk was asked to use is unavailable (e.g. a grammar server); exit code 2."""
