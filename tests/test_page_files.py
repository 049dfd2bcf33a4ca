"""The site's pages as files (checks/pages.py): a name that breaks its
address, or a blank page, is named."""

from __future__ import annotations

import pytest

from hinge_guide.checks import pages
from hinge_guide.errors import ContentError
from small_inputs import ROOT

pytestmark = pytest.mark.unit

# The site's files as files (checks/pages.py) ----------------------------------------

PAGE = "---\ndescription: Kettlebells.\nreviewed: 2026-11-25\n---\n\n# Kettlebells\n\nText.\n"


@pytest.mark.parametrize("name,text,message", [
    ("new page.md", PAGE, "rename it to new-page.md"),
    ("New-Page.md", PAGE, "rename it to new-page.md"),
    ("übungen.md", PAGE, "rename it to ubungen.md"),
    # The rule and README said hyphens, the check let _ through too.
    ("session_log.md", PAGE, "rename it to session-log.md"),
    ("Drills/hinge.md", PAGE, "rename it to drills,"),
    ("questions.md ", PAGE, "ends with a space"),
    ("kb.MD", PAGE, "Rename it to kb.md"),
    ("kb.md", "", "no words after its front matter"),
    ("kb.md", "---\ndescription: Kettlebells.\nreviewed: 2026-11-25\n---\n\n", "ship blank"),
])
def test_a_page_name_that_breaks_its_address_or_a_blank_page_is_named(
        tmp_path, name, text, message):
    (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        pages.check_pages(tmp_path)
    assert message in str(caught.value)


def test_the_sites_own_pages_pass_the_name_and_words_check():
    pages.check_pages(ROOT / "docs")


# Each shared page's preview card (checks/pages.py, run by site_wide.py) -------------

def _site_with_cards(root, cards: list[str]):
    """A project the site-wide checks pass but for the cards: a home page
    and Kettlebells in the menu, a fault's share page, and these cards."""
    from hinge_guide.context import SiteSettings

    docs = root / "docs"
    (docs / "faults").mkdir(parents=True)
    (docs / "assets/previews").mkdir(parents=True)
    for src in ("index.md", "kb.md", "faults/rounded-back.md", "drills.md"):
        (docs / src).write_text(PAGE, encoding="utf-8")
    for card in cards:
        (docs / "assets/previews" / card).write_bytes(b"")
    (root / "mkdocs.yml").write_text("site_name: T\n", encoding="utf-8")
    return SiteSettings(site_name="T", site_url="https://example.github.io/t/", docs_dir=docs,
                        root_dir=root, nav=[("Home", "index.md"), ("Kettlebells", "kb.md")])


@pytest.mark.parametrize("missing,src", [("kb.png", "kb.md"), ("index.png", "index.md"),
                                         ("faults-rounded-back.png", "faults/rounded-back.md")])
def test_a_page_a_link_may_share_without_its_card_stops_the_build(tmp_path, missing, src):
    """A new page in the menu built, and its link preview pointed at
    assets/previews/<page>.png, which isn't there until the generate step
    draws it: the build stops and says to run it, as for a missing share
    page. Checked with the site's other site-wide checks."""
    from hinge_guide.checks import site_wide

    cards = ["index.png", "kb.png", "faults-rounded-back.png"]
    site = _site_with_cards(tmp_path, [card for card in cards if card != missing])
    with pytest.raises(ContentError) as caught:
        site_wide.run_site_checks(site)
    assert str(caught.value).startswith(
        f"docs/{src}: the page has no preview card yet (docs/assets/previews/{missing})")
    assert "Run `.venv/bin/python -m hinge_guide`, which draws it" in str(caught.value)


def test_a_page_outside_the_menu_needs_no_card(tmp_path):
    """drills.md is reached by no menu or share link: not the site's to share."""
    from hinge_guide.checks import site_wide

    site_wide.run_site_checks(_site_with_cards(
        tmp_path, ["index.png", "kb.png", "faults-rounded-back.png"]))


def test_every_page_of_the_site_a_link_may_share_has_its_card():
    from hinge_guide.config import load_config
    from hinge_guide.context import flatten_nav

    pages.check_preview_cards(ROOT / "docs", flatten_nav(load_config(ROOT)["nav"]))
