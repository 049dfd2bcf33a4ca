"""Two builds of the same commit are byte-identical, so the published site
changes only when its sources do (the sitemap's dates included)."""

from __future__ import annotations

import os
from pathlib import Path

from conftest import ROOT, build, last_commit_epoch


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_two_builds_of_one_commit_are_byte_identical(site, tmp_path):
    """The session build and a second one, in another process (so another
    hash seed) at another moment, with the same SOURCE_DATE_EPOCH. The
    second is run from another folder, as `mkdocs build -f ../mkdocs.yml`:
    the same site, so every file the build reads (the glossary, method.yml,
    the figures) is found from the settings' folder, not the one the build
    was started in."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH") or last_commit_epoch()
    again = tmp_path / "site"
    result = build(ROOT, again, env={"SOURCE_DATE_EPOCH": epoch}, folder=ROOT / "tests")
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stderr}"

    first, second = files(site), files(again)
    only_first = sorted(first.keys() - second.keys())
    only_second = sorted(second.keys() - first.keys())
    differ = sorted(name for name in first.keys() & second.keys() if first[name] != second[name])
    assert not (only_first or only_second or differ), (
        "Two builds of the same commit differ:\n"
        + "".join(f"  differs: {name}\n" for name in differ)
        + "".join(f"  only in the first: {name}\n" for name in only_first)
        + "".join(f"  only in the second: {name}\n" for name in only_second)
    )
