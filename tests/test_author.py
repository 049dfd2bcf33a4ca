"""The author and the coach block (author.py): every part of a page names
the same author, and the coach's settings are checked."""

from __future__ import annotations

import datetime as dt
import re

import markdown
import pytest

from hinge_guide import checks
from hinge_guide.errors import ContentError
from small_inputs import EXTENSIONS, ROOT

pytestmark = pytest.mark.unit


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
    ("robots.txt", "robots.txt is not a photo file: use a jpg"),
    ("images/setup-standing.svg", "images/setup-standing.svg is an SVG, a drawing, not a "
                                  "photo: use a jpg"),
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
