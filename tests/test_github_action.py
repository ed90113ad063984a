"""The composite ``action.yml``: its shell steps run as GitHub would run them, on a throwaway pull request.

GitHub itself is not available here, so the test runs the steps' own ``run`` scripts with bash
and the environment GitHub would give them (``GITHUB_OUTPUT``, ``RUNNER_TEMP``, the inputs):
the file choice sees only the release the pull request changed, and the check writes SARIF,
prints annotations, and records copydesk's exit code for the final step.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]


def _steps() -> dict[str, dict]:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    return {step.get("id", step.get("name", "")): step for step in action["runs"]["steps"]}


def _outputs(path: Path) -> dict[str, str]:
    return dict(line.split("=", 1) for line in path.read_text(encoding="utf-8").splitlines() if "=" in line)


def _bash(script: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", "-e", "-c", script], cwd=cwd, env=env, capture_output=True, text=True, check=False)


def _pull_request(tmp_path: Path, env: dict[str, str]) -> tuple[Path, str]:
    """An origin with one clean release, and a clone whose new commit adds a defective one."""
    origin, clone = tmp_path / "origin", tmp_path / "clone"
    (origin / "releases").mkdir(parents=True)
    shutil.copy2(ROOT / "tests/data/releases/clean-library.txt", origin / "releases/library.txt")
    for args in (["init", "-q"], ["add", "."], ["commit", "-q", "-m", "base"]):
        subprocess.run(["git", *args], cwd=origin, env=env, check=True)
    base = subprocess.run(["git", "rev-parse", "HEAD"], cwd=origin, env=env, capture_output=True, text=True, check=True)
    subprocess.run(["git", "clone", "-q", str(origin), str(clone)], env=env, check=True)
    shutil.copy2(ROOT / "tests/data/releases/defective-bakery.md", clone / "releases/bakery.md")
    (clone / "notes.py").write_text("print('not a release')\n", encoding="utf-8")
    for args in (["add", "."], ["commit", "-q", "-m", "pull request"]):
        subprocess.run(["git", *args], cwd=clone, env=env, check=True)
    return clone, base.stdout.strip()


def test_action_checks_only_changed_releases_writes_sarif_and_annotates(tmp_path):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    env = dict(os.environ)
    env.update(
        {
            "PATH": f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
            "GIT_AUTHOR_NAME": "ci",
            "GIT_AUTHOR_EMAIL": "ci@example.org",
            "GIT_COMMITTER_NAME": "ci",
            "GIT_COMMITTER_EMAIL": "ci@example.org",
            "GIT_CONFIG_GLOBAL": os.devnull,
            "RUNNER_TEMP": str(tmp_path),
            "NO_COLOR": "1",
        }
    )
    clone, base = _pull_request(tmp_path, env)
    steps = _steps()

    env["GITHUB_OUTPUT"] = str(tmp_path / "files.out")
    chosen = _bash(steps["files"]["run"], clone, {**env, "BASE_SHA": base, "CHANGED_ONLY": "true", "PATHS": "."})
    assert chosen.returncode == 0, chosen.stderr
    files = _outputs(tmp_path / "files.out")
    assert files["count"] == "1"
    assert Path(files["list"]).read_text(encoding="utf-8").split() == ["releases/bakery.md"]

    env["GITHUB_OUTPUT"] = str(tmp_path / "check.out")
    inputs = {"LIST": files["list"], "FAIL_ON": "warning", "SARIF": "copydesk.sarif", "ARGS": ""}
    checked = _bash(steps["check"]["run"], clone, {**env, **inputs})
    assert checked.returncode == 0, "the step records the exit code; the last step fails the job"
    assert _outputs(tmp_path / "check.out")["status"] == "1"
    assert re.search(r"^::error file=releases/bakery\.md,line=\d+,col=\d+,", checked.stdout, re.MULTILINE)
    assert '"ruleId": "CD601"' in (clone / "copydesk.sarif").read_text(encoding="utf-8")
    assert "upload-sarif" in steps["Upload SARIF"]["uses"]
