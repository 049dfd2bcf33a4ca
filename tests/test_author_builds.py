"""The author through real builds, in both engines: every part of a page
names the same author (the rules themselves: test_author.py). Builds of a
small site, too slow for the quick loop."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from hinge_guide.config import load_config
from small_inputs import FAULT, ROOT

pytestmark = pytest.mark.slow


def small_site(root: Path, site_author: str, coach: str) -> Path:
    """A two-page site with one fault box and its share page, built with the
    site's own templates and fault extension: a home page, a page with the
    box, and the box's share page."""
    from hinge_guide import generate

    for name in ("overrides", "hinge_guide"):
        shutil.copytree(ROOT / name, root / name)
    shutil.copy(ROOT / "method.yml", root)  # the share page's lines
    front = "---\ndescription: A page.\nreviewed: 2026-11-25\n---\n\n"
    (root / "docs").mkdir()
    (root / "docs/index.md").write_text(front + "# Hinge notes for you\n\nWords.\n")
    (root / "docs/movement.md").write_text(front + "# Movement\n" + FAULT)
    (root / "mkdocs.yml").write_text(
        "site_name: Hinge Notes\nsite_url: http://127.0.0.1:8000/\n"
        + (f"site_author: {site_author}\n" if site_author else "")
        + "theme:\n  name: material\n  custom_dir: overrides\n"
        "nav:\n  - Home: index.md\n  - Movement: movement.md\n"
        "not_in_nav: |\n  /faults/\n"
        "markdown_extensions:\n  - attr_list\n  - md_in_html\n  - hinge_guide.faults\n"
        + (f"extra:\n  coach:\n{coach}" if coach else ""))
    for path, data in generate.share_pages(root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
@pytest.mark.parametrize("site_author,coach,named", [
    ("Riverside Barbell Club", "    name: Alex Morgan\n    line: Strength coach.\n",
     "Alex Morgan"),
    ("Riverside Barbell Club", "", "Riverside Barbell Club"),
    ("", "", "Hinge Notes"),
])
def test_every_part_of_a_page_names_the_same_author(tmp_path, engine, site_author, coach,
                                                     named):
    """Once a share page said "by Hip Hinge Guide coaches" above a block that
    said "Written by" the site's author: the share page's words (Python), the
    author block, the author meta tag and the structured data (templates)
    all name the coach, else site_author, else the site's name, in both
    engines."""
    from bs4 import BeautifulSoup

    from conftest import build, build_with_zensical
    from hinge_guide.author import author_name

    project = small_site(tmp_path / "project", site_author, coach)
    config = load_config(project)
    assert author_name(config.get("extra"), site_author, "Hinge Notes") == named
    result = (build(project, project / "site") if engine == "mkdocs"
              else build_with_zensical(project))
    assert result.returncode == 0, result.stdout + result.stderr
    for page in ("movement", "faults/rounded-back"):
        html = BeautifulSoup((project / "site" / page / "index.html").read_text(),
                             "html.parser")
        where = f"{engine}, {page}"
        shown = html.select_one("article .hh-author .hh-author__name")
        assert shown.get_text(strip=True) == named, where
        assert shown.name == ("strong" if coach else "span"), where
        assert html.find("meta", attrs={"name": "author"})["content"] == named, where
        data = json.loads(html.find("script", type="application/ld+json").string)[0]
        assert data["author"]["name"] == named, where
        assert data["author"]["@type"] == ("Person" if coach else "Organization"), where
        assert data["publisher"]["name"] == (site_author or "Hinge Notes"), where
    intro = html.select_one(".hh-share-intro").get_text()
    assert f"by {named}. " in intro, intro
