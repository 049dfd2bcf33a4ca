"""Links and pictures in raw HTML (checks/raw_links.py): a broken one is
named."""

from __future__ import annotations

import xml.etree.ElementTree as etree
from pathlib import Path

import pytest

from hinge_guide.errors import ContentError

pytestmark = pytest.mark.unit

# Links and pictures in raw HTML --------------------------------------------------------

def _raw_links_site(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    (docs / "images").mkdir(parents=True)
    for name in ("index.md", "setup.md", "images/feet.svg", "learn/index.md"):
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text("x", encoding="utf-8")
    return docs


def _check_raw(docs: Path, html: str, src: str = "setup.md") -> None:
    from hinge_guide.checks.raw_links import check_raw_links

    root = etree.fromstring('<div><h2 id="feet">Feet</h2></div>')
    check_raw_links(root, [html], src, docs, [], lambda text: "")


@pytest.mark.parametrize("html,message", [
    ('<a href="missing.md">x</a>', 'the <a> href="missing.md" names the Markdown file '
     "missing.md: raw HTML isn't rewritten, so from this page's address, setup/, it leads to "
     "setup/missing.md, which is not a page"),
    ('<a href="setup.md">x</a>', "names the Markdown file setup.md"),
    ('<img src="images/feet.svg" alt="Feet flat">', 'the <img> src="images/feet.svg" leads to '
     "setup/images/feet.svg (read from this page's address, setup/), and there is no "
     "docs/setup/images/feet.svg"),
    ('<img src="../images/nope.svg" alt="Feet flat">', "there is no docs/images/nope.svg"),
    ('<a href="../set-up/">x</a>', "leads to set-up (read from this page's address, setup/), "
                                    "and there is no such page"),
    ('<a href="#toes">x</a>', "leads to #toes, which is not an id on this page"),
    ('<a href="/setup/">x</a>', "starts with /, which leads to the top of the host"),
    ('<a href="../../setup/">x</a>', "leads above the site's own address"),
])
def test_a_broken_raw_html_link_or_picture_is_named(tmp_path, html, message):
    """The engine checks Markdown links only: these shipped broken."""
    with pytest.raises(ContentError, match=r"^docs/setup\.md: ") as caught:
        _check_raw(_raw_links_site(tmp_path), html)
    assert message in str(caught.value)


@pytest.mark.parametrize("html", [
    '<a href="../">Home</a>', '<a href="../learn/">Learn</a>', '<a href="#feet">Feet</a>',
    '<img src="../images/feet.svg" alt="Feet flat">', '<a href="../setup/#feet">Feet</a>',
    '<a href="https://www.instagram.com/coach">Ask</a>', '<a href="mailto:c@d.org">Mail</a>',
    '<span id="toes"></span><a href="#toes">Toes</a>', '<a href="../sitemap.xml">Map</a>',
])
def test_raw_html_links_that_lead_somewhere_pass(tmp_path, html):
    _check_raw(_raw_links_site(tmp_path), html)


def test_a_raw_link_on_the_home_page_reads_from_the_sites_own_address(tmp_path):
    docs = _raw_links_site(tmp_path)
    _check_raw(docs, '<a href="setup/">Setup</a><img src="images/feet.svg" alt="Feet flat">',
               src="index.md")
    with pytest.raises(ContentError, match="leads to images/nope.svg"):
        _check_raw(docs, '<img src="images/nope.svg" alt="Feet flat">', src="index.md")
