"""MkDocs and Zensical build the same site from the same files.

The structural tests (pages, faults, glossary, figures, previews) run on
both builds through the `built` fixture. This file checks what the two
builds share file by file, and holds the list of what differs on purpose:
each difference is named, with its reason, and tested, so a difference
that appears or goes away unannounced fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT, engine_of, nav_pages, page_url

# What one engine writes and the other doesn't, and why that is fine.
ONLY_MKDOCS = {
    "sitemap.xml.gz": "MkDocs also gzips the sitemap; crawlers read sitemap.xml, which both write",
    "search/search_index.json": "each engine's search reads its own index format",
}
ONLY_ZENSICAL = {
    "search.json": "each engine's search reads its own index format",
}
# The theme's own files (hashed bundles, fonts, icons) differ by design.
THEME_FOLDERS = ("assets/javascripts", "assets/stylesheets", "assets/images")


def files(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*")
            if p.is_file() and not p.relative_to(site).as_posix().startswith(THEME_FOLDERS)}


def test_both_engines_write_the_same_files_but_the_listed_ones(site, built):
    if engine_of(built) == "mkdocs":
        pytest.skip("compares the Zensical build with the MkDocs one")
    mkdocs, zensical = files(site), files(built)
    assert mkdocs - zensical == set(ONLY_MKDOCS), sorted(mkdocs - zensical)
    assert zensical - mkdocs == set(ONLY_ZENSICAL), sorted(zensical - mkdocs)
    # Every file under docs/ (figures, cards, icons, scripts) ships in both,
    # but the stylesheet, which pages carry inline instead, in both.
    for path in (ROOT / "docs").rglob("*"):
        if path.is_file() and path.suffix != ".md":
            name = path.relative_to(ROOT / "docs").as_posix()
            if name == "stylesheets/extra.css":
                assert name not in mkdocs | zensical, "extra.css is inline, not a file"
            else:
                assert name in mkdocs, name


@pytest.mark.parametrize("title,src", nav_pages())
def test_each_page_says_the_same_in_both(site, built, title, src):
    if engine_of(built) == "mkdocs":
        pytest.skip("compares the Zensical build with the MkDocs one")

    def article(root: Path) -> BeautifulSoup:
        page = BeautifulSoup((root / page_url(src) / "index.html").read_text(), "html.parser")
        article = page.select_one("article")
        for noscript in article.select("noscript"):  # parsed as text by one, not the other
            noscript.decompose()
        return article

    ours, theirs = article(site), article(built)
    for selector in ("details.fault", "abbr", "svg.hh-fig", "h2", "table", ".hh-reviewed"):
        assert len(ours.select(selector)) == len(theirs.select(selector)), (src, selector)
    assert [d["id"] for d in ours.select("details.fault")] == [
        d["id"] for d in theirs.select("details.fault")]
    assert " ".join(ours.get_text().split())[:4000] == " ".join(theirs.get_text().split())[:4000]


def test_the_search_dialog_has_a_name_in_both(built):
    # MkDocs needs hooks/a11y_fixes.py for this; Zensical names it itself.
    page = BeautifulSoup((built / "setup/index.html").read_text(), "html.parser")
    dialog = page.select_one("[role=dialog].md-search")
    assert dialog is not None and dialog.get("aria-label"), engine_of(built)
