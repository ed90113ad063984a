"""CD203 on real folder layouts (Hugo, Jekyll), on the rebuilt corpus sites, and the seed's CD2xx findings."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.config import config_from_mapping
from checker.discovery import Target
from checker.engine import check_target, make_plan
from checker.localpaths import PathState, Resolver, SiteLayout
from checker.rule import Registry
from rules import builtin_rules
from tests.corpus_sites import build_sites
from tests.shared_data import SEED, SHARED, require_shared

RULES = {rule.name: rule for rule in builtin_rules()}


def _findings(
    path: Path, rule_names: tuple[str, ...], options: dict[str, object] | None = None
) -> list[tuple[str, int, int, str, str]]:
    """(rule, line, column, source text, what is wrong) of each finding on the file at ``path``."""
    rules = tuple(RULES[name] for name in rule_names)
    table: dict[str, object] = {"select": [r.code for r in rules]}
    if options:
        table["rules"] = {rule_names[0]: options}
    plan = make_plan(Registry(rules), config_from_mapping(table, Path("test.toml")))
    result = check_target(Target(path, path.name), plan)
    out = []
    for finding in result.findings:
        start = result.start(finding)
        text = result.source[finding.span.start : finding.span.end]
        out.append((finding.rule, start.line, start.column, text, _kind(finding.message)))
    return out


def _kind(message: str) -> str:
    if "outside the repository" in message:
        return "outside"
    if "letter case" in message:
        return "case"
    return "missing" if "does not exist" in message else "other"


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


@pytest.fixture
def hugo_site(tmp_path: Path) -> Path:
    """A Hugo site: a page bundle, shared images under static/, one file whose name differs in case."""
    (tmp_path / ".git").mkdir()
    _write(
        tmp_path,
        {
            "static/img/press/plant-aerial.jpg": "",
            "static/img/press/CEO-Portrait.JPG": "",
            "static/files/fact-sheet.pdf": "",
            "content/press/2026-plant/hall.jpg": "",
            "content/press/2026-plant/index.md": (
                "---\ntitle: Plant opens\nimage: /img/press/plant-aerial.jpg\n---\n"
                "![The hall](hall.jpg) ![Aerial view](/img/press/plant-aerial.jpg)\n\n"
                "![Dana Ruiz](/img/press/ceo-portrait.jpg) ![Roof](roof.jpg)\n\n"
                "[Fact sheet](/files/fact-sheet.pdf) and [price list](/files/prices.pdf)\n\n"
                "![Secret](../../../../outside.jpg) ![Elsewhere](/../outside.jpg)\n\n"
                '{{< figure src="hall.jpg" >}} {{< figure src="/img/press/night.jpg" >}}\n'
            ),
        },
    )
    return tmp_path / "content/press/2026-plant/index.md"


def test_hugo_layout_exact_findings(hugo_site: Path) -> None:
    assert _findings(hugo_site, ("missing-local-image",), {"site-roots": ["static"]}) == [
        ("missing-local-image", 7, 14, "/img/press/ceo-portrait.jpg", "case"),
        ("missing-local-image", 7, 51, "roof.jpg", "missing"),
        ("missing-local-image", 9, 54, "/files/prices.pdf", "missing"),
        ("missing-local-image", 11, 11, "../../../../outside.jpg", "outside"),
        ("missing-local-image", 11, 49, "/../outside.jpg", "missing"),
        ("missing-local-image", 13, 47, "/img/press/night.jpg", "missing"),
    ]


def test_case_mismatch_names_the_real_file(hugo_site: Path) -> None:
    rule = RULES["missing-local-image"]
    plan = make_plan(Registry((rule,)), config_from_mapping({"select": ["CD203"]}, Path("t.toml")))
    messages = [f.message for f in check_target(Target(hugo_site, "index.md"), plan).findings]
    assert any("differs in letter case" in m and "static/img/press/CEO-Portrait.JPG" in m for m in messages)
    assert any("points outside the repository" in m for m in messages)


def test_outside_paths_are_never_listed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every folder CD203 lists is inside the repository, even when a path points above it."""
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (tmp_path / "secret").mkdir()
    (tmp_path / "secret" / "photo.jpg").write_text("")
    _write(repo, {"press/release.md": "![Photo](../../secret/photo.jpg) ![Logo](logo.png)\n"})
    listed: list[str] = []
    real_listdir = os.listdir

    def recording_listdir(folder: str | os.PathLike[str]) -> list[str]:
        listed.append(os.path.realpath(folder))
        return real_listdir(folder)

    monkeypatch.setattr(os, "listdir", recording_listdir)
    found = _findings(repo / "press/release.md", ("missing-local-image",))
    assert found == [
        ("missing-local-image", 1, 10, "../../secret/photo.jpg", "outside"),
        ("missing-local-image", 1, 42, "logo.png", "missing"),
    ]
    assert listed and all(path.startswith(os.path.realpath(repo)) for path in listed)


def test_symlink_out_of_the_repository_counts_as_outside(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "logo.png").write_text("")
    (repo / "assets").symlink_to(tmp_path / "elsewhere")
    _write(repo, {"post.md": "![Acme logo](assets/logo.png)\n"})
    rule = RULES["missing-local-image"]
    plan = make_plan(Registry((rule,)), config_from_mapping({"select": ["CD203"]}, Path("t.toml")))
    [finding] = check_target(Target(repo / "post.md", "post.md"), plan).findings
    assert "outside the repository" in finding.message


def test_jekyll_layout_with_site_domain(tmp_path: Path) -> None:
    """Jekyll serves the repository root; ``//news.example.org/...`` and ``{{ site.baseurl }}`` are the site itself."""
    (tmp_path / ".git").mkdir()
    _write(
        tmp_path,
        {
            "assets/images/2026/launch.png": "",
            "_posts/2026/2026-03-02-launch.html": (
                '<p><img src="/assets/images/2026/launch.png" alt="Launch">\n'
                '<img src="//news.example.org/assets/images/2026/missing.png" alt="Gone">\n'
                '<img src="https://cdn.other.example/x.png" alt="Remote"></p>\n'
                '<p><img src="{{ site.baseurl }}/assets/images/2026/launch.png" alt="Launch">\n'
                '<img src="{{ \'/assets/images/2026/gone.png\' | relative_url }}" alt="Gone">\n'
                '<img src="{{ page.hero }}" alt="Hero"></p>\n'
            ),
        },
    )
    found = _findings(
        tmp_path / "_posts/2026/2026-03-02-launch.html",
        ("missing-local-image",),
        {"site-domains": ["news.example.org"]},
    )
    assert found == [
        ("missing-local-image", 2, 11, "//news.example.org/assets/images/2026/missing.png", "missing"),
        ("missing-local-image", 5, 11, "{{ '/assets/images/2026/gone.png' | relative_url }}", "missing"),
    ]


def test_corpus_sites_match_broken_image_annotations(tmp_path: Path) -> None:
    """On releases 058-081 in their rebuilt repositories, CD203 fires exactly on the annotated local images."""
    require_shared()
    notes = {
        row["file"]: row
        for row in map(json.loads, (SHARED / "corpus" / "ANNOTATIONS.jsonl").read_text(encoding="utf-8").splitlines())
    }
    placed = build_sites(tmp_path)
    assert len(placed) == 24
    got: set[tuple[str, int]] = set()
    for name, site in placed.items():
        got |= {(name, line) for _, line, _, _, _ in _findings(site.path, ("missing-local-image",), site.options)}
    expected = {
        (name, defect["line"])
        for name in placed
        for defect in notes.get(name, {}).get("defects", [])
        if defect["kind"] == "broken_image"
    }
    assert got == expected


def test_seed_has_exactly_the_label_and_the_caption(tmp_path: Path) -> None:
    require_shared()
    seed = tmp_path / SEED.name
    seed.write_bytes(SEED.read_bytes())
    names = tuple(name for name, rule in RULES.items() if rule.code.startswith("CD2") and rule.meta.default_enabled)
    found = [(rule, line, column) for rule, line, column, _, _ in _findings(seed, names)]
    assert found == [("empty-media-section", 199, 1), ("caption-without-image", 204, 4)]


_SEGMENTS = st.sampled_from(["..", ".", "", "img", "IMG", "press", "logo.png", "Logo.PNG", "static", "x"])


@given(parts=st.lists(_SEGMENTS, min_size=1, max_size=7), rooted=st.booleans())
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_lookups_never_list_outside_the_repository(tmp_path_factory, parts, rooted):
    """Whatever the path, every folder listed is inside the repository, and FOUND names a real file."""
    base = tmp_path_factory.getbasetemp() / "resolver-property"
    repo = base / "repo"
    if not repo.exists():
        _write(repo, {"press/img/logo.png": "", "static/img/logo.png": "", "press/release.md": ""})
        (base / "img").mkdir()
        (base / "img" / "logo.png").write_text("")
    listed: list[str] = []

    class Recording(Resolver):
        def _listing(self, folder: Path) -> frozenset[str] | None:
            listed.append(os.path.realpath(folder))
            return super()._listing(folder)

    layout = SiteLayout(repo, ("", "static"), frozenset())
    path = ("/" if rooted else "") + "/".join(parts)
    lookup = Recording(layout).lookup(path, repo / "press")
    assert lookup is not None
    assert all(p == str(repo) or p.startswith(f"{repo}{os.sep}") for p in listed)
    if lookup.state is PathState.FOUND:
        assert (repo / lookup.path).is_file() or (repo / lookup.path).is_dir()
