"""The author and the coach block (author.py): every part of a page names
the same author, and the coach's settings are checked."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import markdown
import pytest

from hinge_guide import checks, site
from hinge_guide.errors import ContentError
from small_inputs import EXTENSIONS, FAULT, ROOT

pytestmark = pytest.mark.unit


def small_site(root: Path, site_author: str, coach: str) -> Path:
    """A two-page site with one fault box and its share page, built with the
    site's own templates and fault extension: a home page, a page with the
    box, and the box's share page."""
    from hinge_guide import generate

    for name in ("overrides", "hinge_guide"):
        shutil.copytree(ROOT / name, root / name)
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
    config = site.load_config(project)
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


def test_a_coach_block_is_checked_on_a_site_without_fault_boxes():
    """The share pages used to be the only place extra.coach was checked,
    so a site with no fault boxes showed whatever it held."""
    from hinge_guide.context import PageContext, SiteSettings

    meta = {"description": "A page about the hinge.", "reviewed": dt.date(2026, 11, 25)}
    for coach, message in (("Alex", "write the coach as a block"),
                           ({"line": "A coach."}, "has no name"),
                           ({"name": "Alex", "photo": "images/nobody.jpg"},
                            "docs/images/nobody.jpg doesn't exist")):
        page = PageContext(src="index.md", meta=meta, engine="mkdocs", site=SiteSettings(
            site_name="T", site_url="https://example.org/guide/", docs_dir=ROOT / "docs",
            root_dir=ROOT, extra={"coach": coach}))
        md = markdown.Markdown(extensions=EXTENSIONS)
        with pytest.raises(ContentError, match=f"mkdocs.yml, extra.coach.*{message}"):
            checks.ChecksTreeprocessor(md).check_page(page)


@pytest.mark.parametrize("photo,message", [
    ("/images/coach.png", "starts with /"),
    ("images", "docs/images is a folder, not a file"),
    ("https://example.org/me.jpg", "is a web address"),
    ("robots.txt", "is not a picture a browser shows"),
    ("images/nobody.jpg", "docs/images/nobody.jpg doesn't exist"),
])
def test_a_coach_photo_setting_says_what_is_wrong_with_it(photo, message):
    from hinge_guide.author import coach

    with pytest.raises(ContentError, match="extra.coach.photo: .*" + re.escape(message)):
        coach({"coach": {"name": "Alex", "photo": photo}}, "T", ROOT / "docs")


@pytest.mark.parametrize("key,value", [("name", "Alex <b>Morgan</b>"),
                                       ("line", "Coach at [Iron Gym](https://x.org)")])
def test_a_coach_name_or_line_with_markup_stops(key, value):
    """Every page prints them as they are: the tags showed as typed."""
    from hinge_guide.author import coach

    block = {"name": "Alex", key: value}
    with pytest.raises(ContentError, match=f"extra.coach.{key} holds"):
        coach({"coach": block}, "T", ROOT / "docs")
