"""The file cache (file_cache.py) and the checks that use it under mkdocs
serve: a changed file is read again, the caches stay bounded, and a failed
check is never kept."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hinge_guide.errors import ContentError
from small_inputs import ROOT as ROOT_DIR

pytestmark = pytest.mark.unit


def _edit(path: Path, text: str, tick: int) -> None:
    """Write text and move the file's time on, whatever the clock's grain."""
    import os

    path.write_text(text)
    os.utime(path, ns=(tick * 10**9, tick * 10**9))


def test_the_file_cache_reads_a_changed_file_again_in_place_of_the_old_value(tmp_path):
    from hinge_guide.file_cache import FileCache

    cache: FileCache[str] = FileCache(size=4)
    path = tmp_path / "a.txt"
    reads = []

    def read() -> str:
        reads.append(1)
        return path.read_text()

    _edit(path, "one", 1)
    assert cache.get(path, read) == cache.get(path, read) == "one"
    assert len(reads) == 1
    for tick, text in enumerate(["two", "three!", "four four"], start=2):
        _edit(path, text, tick)
        assert cache.get(path, read) == text
    assert len(reads) == 4
    assert len(cache) == 1  # edits replace the entry: serve never piles them up


def test_the_file_cache_is_bounded_and_keeps_no_failure(tmp_path):
    from hinge_guide.file_cache import FileCache

    cache: FileCache[int] = FileCache(size=2)
    paths = [tmp_path / f"{n}.txt" for n in range(3)]
    for n, path in enumerate(paths):
        _edit(path, "x" * n, 1)
        cache.get(path, lambda n=n: n)
    assert len(cache) == 2
    assert cache.get(paths[0], lambda: 99) == 99  # the oldest went first

    def fail() -> int:
        raise ContentError("bad")

    _edit(paths[1], "changed", 2)
    with pytest.raises(ContentError):
        cache.get(paths[1], fail)
    assert cache.get(paths[1], lambda: 7) == 7  # a failed check runs again


def test_every_cache_of_the_package_is_named_where_the_file_cache_lists_them():
    """file_cache.py's docstring lists every cache and why it is safe under
    mkdocs serve; a cache added without its line there is found here."""
    from hinge_guide import file_cache

    package = ROOT_DIR / "hinge_guide"
    makers = set()
    for path in package.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if path.name != "file_cache.py" and re.search(r"\bFileCache\(|@per_process\b", text):
            makers.add(path.relative_to(package).as_posix())
    assert "checks/settings.py" in makers  # the search finds them
    missing = sorted(name for name in makers if f"``{name}``" not in file_cache.__doc__)
    assert not missing, f"hinge_guide/file_cache.py's docstring doesn't name {missing}"


def test_the_file_cache_renews_a_group_when_any_file_changes(tmp_path):
    from hinge_guide.file_cache import FileCache

    cache: FileCache[str] = FileCache(size=1)
    a, b = tmp_path / "a", tmp_path / "b"
    _edit(a, "a", 1)
    _edit(b, "b", 1)
    assert cache.get((a, b), lambda: "first") == "first"
    assert cache.get((a, b), lambda: "second") == "first"
    _edit(b, "bb", 2)
    assert cache.get((a, b), lambda: "third") == "third"
    assert cache.get((a, b), lambda: "x", tag="other") == "x"  # a tag is part of the key
    assert len(cache) == 1


def _small_site(root: Path):
    """A project the site-wide checks pass: mkdocs.yml, a home page, an SVG."""
    from hinge_guide.context import SiteSettings

    (root / "docs/images").mkdir(parents=True)
    (root / "docs/index.md").write_text("# T\n", encoding="utf-8")
    (root / "mkdocs.yml").write_text("site_name: T\n", encoding="utf-8")
    _edit(root / "docs/images/a.svg", '<svg xmlns="http://www.w3.org/2000/svg"/>', 1)
    return SiteSettings(site_name="T", site_url="https://example.github.io/t/",
                docs_dir=root / "docs", root_dir=root)


def test_the_site_wide_checks_run_once_until_something_they_read_changes(tmp_path,
                                                                         monkeypatch):
    """Every page asks; the checks run again only after an edit (mkdocs
    serve), a new file or new settings, and the caches don't grow."""
    import dataclasses

    from hinge_guide import file_cache
    from hinge_guide.checks import site_wide

    site = _small_site(tmp_path)
    runs = []
    run = site_wide.run_site_checks
    monkeypatch.setattr(site_wide, "run_site_checks", lambda site: runs.append(run(site)))
    for _ in range(3):  # three pages
        site_wide.check_site(site)
    assert len(runs) == 1
    entries = file_cache.entries()
    svg = tmp_path / "docs/images/a.svg"
    for tick in range(2, 6):
        _edit(svg, f'<svg xmlns="http://www.w3.org/2000/svg"><!-- {"x" * tick} --></svg>', tick)
        site_wide.check_site(site)
        site_wide.check_site(site)
    assert len(runs) == 5
    assert file_cache.entries() == entries  # edits replace entries: serve never piles them up
    _edit(svg, '<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>', 9)
    with pytest.raises(ContentError, match="docs/images/a.svg"):
        site_wide.check_site(site)
    with pytest.raises(ContentError, match="docs/images/a.svg"):
        site_wide.check_site(site)  # a failed run is not kept
    _edit(svg, '<svg xmlns="http://www.w3.org/2000/svg"/>', 10)
    site_wide.check_site(site)
    (tmp_path / "docs/images/new.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>', encoding="utf-8")
    with pytest.raises(ContentError, match="docs/images/new.svg"):
        site_wide.check_site(site)  # a new file is seen
    (tmp_path / "docs/images/new.svg").unlink()
    site_wide.check_site(site)
    with pytest.raises(ContentError, match="SITE_URL"):
        site_wide.check_site(dataclasses.replace(site, site_url="http://example.org/"))


def test_clear_all_empties_every_file_cache(tmp_path):
    from hinge_guide import file_cache
    from hinge_guide.checks import site_wide

    site_wide.check_site(_small_site(tmp_path))
    assert file_cache.entries() > 0
    file_cache.clear_all()
    assert file_cache.entries() == 0


def test_an_icon_added_to_the_sites_own_theme_folder_is_seen_at_the_next_check(tmp_path):
    """Under mkdocs serve: the project's icons are read each time, not once
    per process like Material's."""
    from hinge_guide.checks.theme_files import check_theme_files

    site = _small_site(tmp_path)
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: T\ntheme:\n  name: material\n  custom_dir: overrides\n"
        "  icon:\n    logo: hh/kettlebell\n", encoding="utf-8")
    (tmp_path / "overrides/.icons/hh").mkdir(parents=True)
    with pytest.raises(ContentError, match="hh/kettlebell, an icon the theme doesn't have"):
        check_theme_files(site.root_dir)
    (tmp_path / "overrides/.icons/hh/kettlebell.svg").write_text("<svg/>", encoding="utf-8")
    check_theme_files(site.root_dir)
