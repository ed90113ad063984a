"""The real ``pre-commit`` installs copydesk from this checkout's ``.pre-commit-hooks.yaml`` and gates commits.

The hook source is a throwaway git repository holding this working tree's package (so the test
checks the code as it is now, committed or not); a second throwaway repository is the press
office's, with a four-line ``.pre-commit-config.yaml``.  pre-commit builds its own virtualenv
and pip-installs copydesk into it, so this needs the package index (or a warm pip cache).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
PACKAGE_PARTS = ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "checker", "rules", "reports")

pytestmark = pytest.mark.slow


def _pre_commit() -> str:
    beside = Path(sys.executable).parent / "pre-commit"
    found = str(beside) if beside.exists() else shutil.which("pre-commit")
    if found is None:
        pytest.skip("pre-commit is not installed (pip install -e '.[dev]')")
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    return found


def _git(repo: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=False)


def _environment(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-cache"),
            "PATH": f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
            "GIT_AUTHOR_NAME": "Press Office",
            "GIT_AUTHOR_EMAIL": "press@example.org",
            "GIT_COMMITTER_NAME": "Press Office",
            "GIT_COMMITTER_EMAIL": "press@example.org",
            "GIT_CONFIG_GLOBAL": os.devnull,
            "NO_COLOR": "1",
        }
    )
    env.pop("VIRTUAL_ENV", None)
    return env


def _hook_source(tmp_path: Path, env: dict[str, str]) -> tuple[Path, str]:
    """A git repository with this working tree's package and hook manifest; returns it and its commit."""
    source = tmp_path / "copydesk-src"
    source.mkdir()
    for part in PACKAGE_PARTS:
        origin = ROOT / part
        if origin.is_dir():
            shutil.copytree(origin, source / part, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(origin, source / part)
    for args in (("init", "-q"), ("add", "."), ("commit", "-q", "-m", "copydesk under test")):
        assert _git(source, *args, env=env).returncode == 0
    return source, _git(source, "rev-parse", "HEAD", env=env).stdout.strip()


def test_manifest_declares_the_copydesk_hook():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "copydesk")
    assert hook["entry"] == "copydesk check --force-exclude"
    assert hook["language"] == "python"
    assert set(hook["types_or"]) == {"markdown", "html", "plain-text"}
    assert hook["require_serial"] is False


def test_hook_refuses_a_defective_release_and_accepts_a_clean_one(tmp_path):
    pre_commit = _pre_commit()
    env = _environment(tmp_path)
    source, rev = _hook_source(tmp_path, env)
    press = tmp_path / "press-office"
    press.mkdir()
    assert _git(press, "init", "-q", env=env).returncode == 0
    (press / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {source.as_uri()}\n    rev: {rev}\n    hooks:\n      - id: copydesk\n", encoding="utf-8"
    )
    installed = subprocess.run([pre_commit, "install"], cwd=press, env=env, capture_output=True, text=True, check=False)
    assert installed.returncode == 0, installed.stdout + installed.stderr

    release = press / "releases" / "bakery.md"
    release.parent.mkdir()
    release.write_text((ROOT / "tests/data/releases/defective-bakery.md").read_text(encoding="utf-8"), encoding="utf-8")
    _git(press, "add", ".", env=env)
    refused = _git(press, "commit", "-m", "Bakery release", env=env)
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output
    assert "copydesk" in output
    assert "Failed" in output
    assert "CD601" in output
    assert "'[Name]' is a placeholder" in output
    assert "Warning" not in output, "no library warnings in the hook's output"
    assert _git(press, "rev-parse", "--verify", "HEAD", env=env).returncode != 0, "nothing was committed"

    release.write_text((ROOT / "examples/clean-launch.md").read_text(encoding="utf-8"), encoding="utf-8")
    shutil.copytree(ROOT / "examples/images", release.parent / "images")
    _git(press, "add", ".", env=env)
    accepted = _git(press, "commit", "-m", "Launch release", env=env)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert "Passed" in accepted.stdout + accepted.stderr
