"""The About page: how the guide is written and checked, reached from
every page's "Checked" line, and the way to report a mistake, which
follows what the coach has set in mkdocs.yml (a report link, or none).
Read from the built sites."""

from __future__ import annotations

import json
import re
from pathlib import Path

from bs4 import BeautifulSoup

from conftest import REPORT_LINK, ROOT, load_config, nav_pages, page_url, share_pages


def page(site: Path, src: str) -> BeautifulSoup:
    return BeautifulSoup((site / page_url(src) / "index.html").read_text(), "html.parser")


def mistake_section(site: Path) -> BeautifulSoup:
    """What the About page says under "Found a mistake?"."""
    heading = page(site, "about.md").select_one("article h2#found-a-mistake")
    assert heading is not None, "the About page has no 'Found a mistake?' section"
    return heading.find_next_sibling("p")


def test_the_about_page_sits_beside_sources_in_the_menu():
    sources = [src for _, src in nav_pages()]
    assert sources.index("about.md") == sources.index("sources.md") + 1, sources


def test_every_page_leads_to_how_it_was_checked(built):
    """Each page's Checked line links to the About page
    (fresh design review: the claim could not be looked into), and the
    structured data names the About page as the publisher's principles."""
    site = built  # each engine's build in turn
    about = page(site, "about.md").find("link", rel="canonical")["href"]
    assert about.endswith("/" + page_url("about.md")), about
    for _, src in nav_pages() + share_pages():
        html = page(site, src)
        link = html.select_one("article .hh-reviewed a")
        if src == "about.md":
            assert link is None, "the About page links to itself"
        else:
            assert link is not None, f"{src}: the Checked line leads nowhere"
            assert (site / page_url(src) / link["href"]).resolve() == (
                site / page_url("about.md")).resolve(), (src, link["href"])
        data = json.loads(html.find("script", type="application/ld+json").string)[0]
        assert data["publisher"]["publishingPrinciples"] == about, src


def test_without_a_report_link_a_mistake_goes_to_whoever_shared_the_guide(built):
    """No report link and no coach's links are set in mkdocs.yml: the page
    names no address it doesn't have."""
    config = load_config().get("extra") or {}
    assert not config.get("report_link") and not config.get("social")
    section = mistake_section(built)
    assert section.find("a") is None, section
    assert "the person who shared this guide" in section.get_text()


def test_with_a_report_link_a_mistake_goes_there(coached_site):
    section = mistake_section(coached_site)
    links = [a["href"] for a in section.find_all("a")]
    assert links == [REPORT_LINK], section
    assert "the person who shared" not in section.get_text()


def test_the_about_page_names_only_sources_the_sources_page_lists():
    """The kinds of source the About page names, by name, are on the
    Sources page: it must not claim a source the guide does not use."""
    about = (ROOT / "docs/about.md").read_text(encoding="utf-8")
    sources = (ROOT / "docs/sources.md").read_text(encoding="utf-8")
    named = re.findall(r"\b(?:NHS|NSCA|American Council on Exercise|ACSM|Stronger by Science)\b",
                       about)
    assert named, "the About page names no source"
    assert [name for name in named if name not in sources] == [], named
