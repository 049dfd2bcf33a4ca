"""The built site, read as HTML: pages, fault boxes, the fault index, links."""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT, load_config, nav_pages, page_url, parsed
from hinge_guide import method
from hinge_guide.blocks import ANCHOR
from hinge_guide.macros import WORDS, pain_pointer, pain_rule
from hinge_guide.page_meta import DESCRIPTION_MAX

FAULT_PARTS = ["What you see or feel:", "Why it matters:", "The fix:"]
FIRST_FOUR = ["index.md", "setup.md", "movement.md", "progression.md"]


def soup(site: Path, src: str) -> BeautifulSoup:
    path = site / page_url(src) / "index.html"
    return parsed(path.read_text(encoding="utf-8"))


def all_html(site: Path):
    for path in sorted(site.rglob("*.html")):
        yield path, parsed(path.read_text(encoding="utf-8"))


def site_path() -> str:
    """The path part of site_url, which the 404 page's links start with."""
    return urlparse(os.environ.get("SITE_URL", "http://127.0.0.1:8000/")).path


def faults_on(page: BeautifulSoup):
    return page.select("article details.fault")


def test_the_four_pages_lead_the_nav_in_order(built):
    site = built  # each engine's build in turn
    sources = [src for _, src in nav_pages()]
    assert sources[:4] == FIRST_FOUR
    # The nav the reader sees follows the same order.
    home = soup(site, "index.md")
    top = home.select(".md-nav--primary > .md-nav__list > li > a")
    links = [a.get_text(" ", strip=True) for a in top]
    assert links == [title for title, _ in nav_pages()]


@pytest.mark.parametrize("title,src", nav_pages())
def test_every_page_has_title_and_description(built, title, src):
    site = built  # each engine's build in turn
    page = soup(site, src)
    assert page.title and page.title.string.strip()
    assert len(page.select("article h1")) == 1, f"{src}: one H1 per page"
    description = page.find("meta", attrs={"name": "description"})["content"]
    site_description = " ".join(load_config()["site_description"].split())
    assert description and description != site_description, f"{src}: own description"
    assert len(description) <= DESCRIPTION_MAX


def test_at_least_ten_faults_with_three_parts_and_unique_anchors(built):
    site = built  # each engine's build in turn
    ids = []
    for _, src in nav_pages():
        for box in faults_on(soup(site, src)):
            fault_id = box.get("id", "")
            assert ANCHOR.match(fault_id), fault_id
            labels = [p.strong.get_text() for p in box.find_all("p") if p.strong]
            assert labels == FAULT_PARTS, f"{src}#{fault_id}: {labels}"
            assert not box.has_attr("open"), "fault boxes start closed"
            ids.append(fault_id)
    assert len(ids) >= 10
    assert len(ids) == len(set(ids)), "fault anchors must be unique site-wide"


def test_faults_are_spread_over_the_pages_where_they_happen(built):
    site = built  # each engine's build in turn
    for src in ["setup.md", "movement.md", "progression.md"]:
        assert faults_on(soup(site, src)), f"{src} has no fault box"


def test_fault_index_lists_exactly_the_faults_on_the_pages(built):
    site = built  # each engine's build in turn
    on_pages = {}
    for _, src in nav_pages():
        for box in faults_on(soup(site, src)):
            title = box.summary.get_text(" ", strip=True)
            on_pages[f"{page_url(src)}#{box['id']}"] = title
    index = soup(site, "faults.md")
    listed = {}
    for item in index.select("article li"):
        link = item.find("a")
        target = urljoin("faults/", link["href"])
        listed[urlparse(target).path.lstrip("/") + "#" + urlparse(target).fragment] = (
            link.get_text(" ", strip=True),
            item.get_text(" ", strip=True),
        )
    assert set(listed) == set(on_pages)
    for target, (title, line) in listed.items():
        assert title == on_pages[target]
        assert len(line) > len(title) + 10, f"{target}: the index gives its fix"


def test_every_internal_link_and_anchor_resolves(built):
    site = built  # each engine's build in turn
    ids = {}
    pages = list(all_html(site))
    for path, page in pages:
        ids[path] = {tag["id"] for tag in page.find_all(id=True)}
    for path, page in pages:
        for a in page.find_all("a", href=True):
            href = a["href"]
            if urlparse(href).scheme or href.startswith(("mailto:", "//")):
                continue
            target, _, fragment = href.partition("#")
            if target.startswith("/"):  # the 404 page links from the site root
                file = site / target[len(site_path()):]
            else:
                file = (path.parent / target).resolve() if target else path
            if file.is_dir() or target.endswith("/"):
                file = file / "index.html"
            assert file.exists(), f"{path.relative_to(site)}: broken link {href}"
            if fragment and file.suffix == ".html":
                assert fragment in ids.get(file, set()), (
                    f"{path.relative_to(site)}: missing anchor {href}"
                )


def test_no_page_loads_anything_from_another_origin(built):
    site = built  # each engine's build in turn
    for path, page in all_html(site):
        for tag, attr in [("script", "src"), ("link", "href"), ("img", "src"),
                          ("iframe", "src"), ("source", "src")]:
            for element in page.find_all(tag, attrs={attr: True}):
                if tag == "link" and set(element.get("rel", [])) & {"canonical", "prev", "next"}:
                    continue
                url = element[attr]
                assert not urlparse(url).netloc, f"{path.relative_to(site)}: {url}"


FILE_NAME = re.compile(r"\.(svg|png|jpe?g|gif|webp)$", re.IGNORECASE)
# A picture written in a page's Markdown: ![alt](images/x.svg)
MARKDOWN_PICTURE = re.compile(r"!\[([^\]]*)\]\([^)\s]+\.svg\)")


def _words(text: str) -> str:
    return " ".join(text.split())


def unnamed_pictures(page: BeautifulSoup) -> list[str]:
    """Every picture in the page's article that a screen reader can't name:
    each must be named in words (an image's alt; an inlined figure's
    <title>, which its aria-labelledby points at) or be marked decorative
    (a fault index thumbnail's alt="", its fault's name beside it; an SVG
    under aria-hidden)."""
    problems = []
    for article in page.select("article"):
        for img in article.select("img"):
            alt = img.get("alt")
            if "hh-thumb" in img.get("class", []):
                if alt != "":
                    problems.append(f"a thumbnail's alt should be empty: {img}")
            elif not _words(alt or "") or FILE_NAME.search(alt or ""):
                problems.append(f"an image without alt text in words: {img}")
        for svg in article.select("svg"):
            if svg.find_parent("svg") or svg.get("aria-hidden") == "true" or any(
                    parent.get("aria-hidden") == "true" for parent in svg.parents):
                continue
            title = page.find(id=svg.get("aria-labelledby")) if svg.get("aria-labelledby") else None
            name = _words(title.get_text()) if title else ""
            if svg.get("role") != "img" or not name or FILE_NAME.search(name):
                problems.append(f"a figure without a name in words: {str(svg)[:200]}")
    return problems


def figure_names(page: BeautifulSoup) -> list[str]:
    """The names the page's inlined figures go by."""
    return [_words(title.get_text()) for svg in page.select("article svg[role=img]")
            if (title := page.find(id=svg.get("aria-labelledby")))]


@pytest.mark.parametrize("html,problem", [
    ('<img src="images/x.svg">', "an image without alt text"),
    ('<img src="images/x.svg" alt=" ">', "an image without alt text"),
    ('<img src="images/x.svg" alt="x.svg">', "an image without alt text"),
    ('<img class="hh-thumb" src="images/x.svg" alt="Rounded back">', "a thumbnail's alt"),
    ('<svg class="hh-fig"><path/></svg>', "a figure without a name"),
    ('<svg class="hh-fig" role="img" aria-labelledby="t"><title id="t">a.svg</title></svg>',
     "a figure without a name"),
    ('<svg class="hh-fig" role="img" aria-labelledby="gone"><title id="t">Hips</title></svg>',
     "a figure without a name"),
])
def test_a_picture_without_a_name_is_found(html, problem):
    """The check the built pages pass can fail: each kind of unnamed picture
    is found, and the named and decorative ones are not."""
    page = BeautifulSoup(f"<article>{html}</article>", "html.parser")
    assert [p for p in unnamed_pictures(page) if p.startswith(problem)], html
    fine = BeautifulSoup(
        '<article><img src="a.svg" alt="Hips back"><img class="hh-thumb" src="b.svg" alt="">'
        '<svg role="img" aria-labelledby="t"><title id="t">Hips back</title></svg>'
        '<span aria-hidden="true"><svg><path/></svg></span></article>', "html.parser")
    assert unnamed_pictures(fine) == []


def test_images_have_alt_text(built):
    """Every picture on every page has a name in words, or is marked
    decorative; and each figure a page's Markdown shows goes by the alt
    text written for it (the figures are inlined, so it becomes their
    <title>)."""
    site = built  # each engine's build in turn
    for path, page in all_html(site):
        assert not unnamed_pictures(page), f"{path.relative_to(site)}: {unnamed_pictures(page)}"
    docs = ROOT / "docs"
    checked = 0
    for source in sorted(docs.rglob("*.md")):
        alts = [_words(alt) for alt in MARKDOWN_PICTURE.findall(source.read_text(encoding="utf-8"))]
        if not alts:
            continue
        src = source.relative_to(docs).as_posix()
        names = figure_names(soup(site, src))
        missing = [alt for alt in alts if alt not in names]
        assert not missing, f"{src}: figures not named by their alt text: {missing}"
        checked += len(alts)
    assert checked > 20, "the search finds the site's figures"


def test_safety_is_linked_from_every_other_page(built):
    site = built  # each engine's build in turn
    for _, src in nav_pages():
        if src == "safety.md":
            continue
        pointer = soup(site, src).select_one("article .hh-safety-pointer a")
        assert pointer and pointer["href"].rstrip("/").endswith("safety"), src


def test_the_pain_rule_is_stated_in_full_on_safety_alone(built):
    """The same ninety words of the pain rule sat on Session plans, Questions
    and Safety (and once on Home): Safety states it, and a page that speaks
    of pain points there in one line, the same line on each."""
    site = built  # each engine's build in turn
    rule = " ".join(pain_rule(method.load(ROOT)).split())
    pointer = " ".join(pain_pointer(method.load(ROOT)).split()).split(" When")[0]
    text = {src: " ".join(soup(site, src).select_one("article").get_text(" ").split())
            for _, src in nav_pages()}
    assert [src for src, words in text.items() if rule in words] == ["safety.md"]
    for src in ("index.md", "session-plans.md", "questions.md"):
        assert pointer in text[src], f"{src} doesn't point to the pain rule"
        assert soup(site, src).select_one(
            "article p a[href*='safety/#effort-soreness-or-pain']"), src


def test_movements_nerve_warning_shows_without_a_tap(built):
    """Tingling into the calf or foot, at the depth step, sat inside a shut
    "More on depth" box. It is a warning box now, open on the page, with a
    pointer to Safety, where the same sign is listed under seeing a doctor
    or physiotherapist."""
    site = built  # each engine's build in turn
    movement = soup(site, "movement.md").select_one("article")
    (said,) = [p for p in movement.find_all("p") if "nerve pulled tight" in p.get_text()]
    assert said.find_parent("details") is None, "the nerve warning is inside a box that shuts"
    box = said.find_parent(class_="admonition")
    assert box is not None and "warning" in box["class"], box
    assert box.select_one("a[href*='safety/#see-a-doctor-or-physiotherapist-if']"), box
    safety = soup(site, "safety.md").select_one("article h2#see-a-doctor-or-physiotherapist-if")
    assert "nerve pulled tight" in safety.find_next_sibling("ul").get_text()


def test_home_has_movements_steps_near_the_top(built):
    """Home's box of cues is Movement's steps, by the same names and count:
    it said "five cues" while Movement teaches the hinge in six steps."""
    site = built  # each engine's build in turn
    article = soup(site, "index.md").select_one("article")
    first_box = article.select_one(".admonition")
    heading = soup(site, "movement.md").select_one("article h2#the-hinge-step-by-step")
    steps = [li.select_one("strong").get_text() for li in
             heading.find_next_sibling("ol").find_all("li", recursive=False)]
    cues = [li.select_one("strong").get_text() for li in first_box.select("ol > li")]
    assert cues == steps, f"Home's cues are not Movement's steps: {cues} != {steps}"
    count = f"{WORDS[len(steps)]} steps"
    assert count in first_box.get_text(), f"Home's box doesn't say '{count}'"
    # Named for the movement: "The whole hinge in six steps" sat by Setup's
    # own six steps, and read as if it held both.
    title = first_box.select_one(".admonition-title").get_text(" ", strip=True)
    assert title == f"The movement in {count}", title
    assert count in soup(site, "movement.md").select_one("article").get_text()
    # Near the top: before the first section heading.
    assert first_box.find_previous("h2") is None


def test_no_page_invites_questions_without_coach_links(built):
    """No invitation to ask the coach on any page while there is no link to
    ask by (the one copy of this test: test_share.py had another)."""
    site = built  # each engine's build in turn
    if load_config()["extra"].get("social"):
        pytest.skip("the coach has set social links; see test_share.py and test_bad_input")
    for _, src in nav_pages():
        assert soup(site, src).select_one(".hh-ask") is None, src


def test_permalinks_on_headings(built):
    site = built  # each engine's build in turn
    page = soup(site, "movement.md")
    for heading in page.select("article h2"):
        assert heading.select_one("a.headerlink"), heading


def test_sources_page_links_out(built):
    site = built  # each engine's build in turn
    links = soup(site, "sources.md").select("article li a[href^='http']")
    assert len(links) >= 20


# The home-page rule in the built site; the template's rule and the Python
# one are compared on every page address in test_template_rules.py.

def test_only_the_home_page_is_built_as_the_home_page(site):
    """In the built site, the markup hh_is_home chooses (og:type "website",
    a WebPage, the site's name as the title) is on the page is_homepage
    names and no other."""
    from hinge_guide.site import is_homepage

    name = load_config()["site_name"]
    docs = Path(__file__).resolve().parent.parent / "docs"
    srcs = sorted(path.relative_to(docs).as_posix() for path in docs.rglob("*.md"))
    homes = []
    for src in srcs:
        page = soup(site, src)
        kind = page.select_one('meta[property="og:type"]')["content"]
        if kind == "website":
            homes.append(src)
            assert page.title.get_text(strip=True) == name
        assert (kind == "website") == is_homepage(src), src
    assert homes == ["index.md"]


def test_every_built_page_starts_the_theme_script_after_paint(site):
    from test_hooks import after_paint, find_start_tags  # the hooks as MkDocs loads them

    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 20  # the nav pages, the fault pages and the 404 page
    theme = site / "assets" / "javascripts"
    for path in pages:
        html = path.read_text(encoding="utf-8")
        assert not find_start_tags(html, after_paint._is_bundle), \
            f"{path}: Material's script is fetched before the first paint"
        loaders = find_start_tags(html, after_paint._is_loader)
        assert len(loaders) == 1, f"{path}: {len(loaders)} loaders of Material's script"
        address = loaders[0].attrs["data-src"] or ""
        if not address.startswith("/"):  # the 404 page's addresses are absolute
            assert (path.parent / address).resolve().parent == theme.resolve(), address


def test_no_simply_or_just_in_the_built_pages(site):
    """The words the macros print too (the pain rule, the depth rule):
    test_words.py's test_no_simply_or_just reads each {{ }} as a number."""
    found = {}
    for _, src in nav_pages():
        html = (site / page_url(src) / "index.html").read_text(encoding="utf-8")
        article = parsed(html).select_one("article")
        words = re.findall(r"(?i)\b(simply|just)\b", article.get_text(" "))
        if words:
            found[src] = words
    assert not found, f"say what to do instead: {found}"
