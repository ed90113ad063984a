"""``python -m checker`` runs the copydesk command."""

from checker.cli import entry_point

entry_point()
