"""Which files a folder walk checks."""

from __future__ import annotations

from pathlib import Path

from checker.discovery import Missing, Target, discover


def _names(items) -> list[str]:
    return [Path(i.display).as_posix() for i in items if isinstance(i, Target)]


def _tree(root: Path, *files: str) -> None:
    for name in files:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")


def test_walks_release_formats_and_skips_tool_folders(tmp_path):
    _tree(
        tmp_path,
        "a.md",
        "b.html",
        "c.txt",
        "d.py",
        "img/e.png",
        ".git/f.md",
        "node_modules/g.md",
        ".venv/h.md",
        "news/i.xhtml",
    )
    assert _names(discover([str(tmp_path)], root=tmp_path)) == [
        f"{tmp_path.as_posix()}/{n}" for n in ("a.md", "b.html", "c.txt", "news/i.xhtml")
    ]


def test_gitignore_is_honoured_unless_disabled(tmp_path):
    _tree(tmp_path, "keep.md", "drafts/skip.md", "sub/also.md", "sub/local.md")
    (tmp_path / ".gitignore").write_text("drafts/\n")
    (tmp_path / "sub" / ".gitignore").write_text("local.md\n")
    found = _names(discover([str(tmp_path)], root=tmp_path))
    assert [Path(p).name for p in found] == ["keep.md", "also.md"]
    everything = _names(discover([str(tmp_path)], root=tmp_path, respect_gitignore=False))
    assert len(everything) == 4


def test_include_and_exclude_globs_are_relative_to_the_root(tmp_path):
    _tree(tmp_path, "press/2024/a.md", "press/2023/b.md", "blog/c.md")
    found = _names(discover([str(tmp_path)], root=tmp_path, include=["press/**"], exclude=["press/2023/"]))
    assert [Path(p).name for p in found] == ["a.md"]


def test_named_files_are_always_checked_and_missing_ones_reported(tmp_path):
    _tree(tmp_path, "notes.rtf")
    items = list(discover([str(tmp_path / "notes.rtf"), str(tmp_path / "gone.md")], root=tmp_path))
    assert isinstance(items[0], Target) and isinstance(items[1], Missing)


def test_force_exclude_applies_globs_to_named_files(tmp_path):
    _tree(tmp_path, "archive/old.md", "new.md")
    named = [str(tmp_path / "archive" / "old.md"), str(tmp_path / "new.md")]
    assert len(_names(discover(named, root=tmp_path, exclude=["archive/"]))) == 2
    forced = _names(discover(named, root=tmp_path, exclude=["archive/"], force_exclude=True))
    assert [Path(p).name for p in forced] == ["new.md"]
