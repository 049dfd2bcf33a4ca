"""Link previews, structured data and the files crawlers read."""

from __future__ import annotations

import json
import re
import struct
import urllib.request
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT, load_config, nav_pages, old_share_pages, page_url, parsed, share_pages

SITE_URL = "http://127.0.0.1:8000/"  # the local default of site_url in mkdocs.yml
PREVIEW_TAGS = ["og:title", "og:description", "og:url", "og:image", "og:image:alt",
                "og:image:width", "og:image:height", "og:type", "og:site_name"]
CRAWLER = "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)"


def site_url() -> str:
    import os
    return os.environ.get("SITE_URL", SITE_URL)


def head(html: str) -> dict:
    page = parsed(html)
    tags = {}
    for meta in page.find_all("meta"):
        key = meta.get("property") or meta.get("name")
        if key:
            tags.setdefault(key, meta.get("content"))
    canonical = page.find("link", rel="canonical")
    tags["canonical"] = canonical["href"] if canonical else None
    scripts = page.find_all("script", type="application/ld+json")
    tags["json_ld"] = [json.loads(s.string) for s in scripts]
    return tags


def site_author(config: dict) -> str:
    """Who the pages say wrote them, by the site's own rule."""
    from hinge_guide.author import author_name

    return author_name(config.get("extra"), config.get("site_author") or "", config["site_name"])


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("title,src", nav_pages())
def test_every_page_has_a_complete_per_page_preview(built, title, src):
    site = built  # each engine's build in turn
    tags = head((site / page_url(src) / "index.html").read_text(encoding="utf-8"))
    for key in PREVIEW_TAGS + ["twitter:card"]:
        assert tags.get(key), f"{src}: {key} missing"
    assert tags["twitter:card"] == "summary_large_image"
    url = urljoin(site_url(), page_url(src))
    assert tags["og:url"] == tags["canonical"] == url
    assert tags["og:description"] == tags["description"]
    assert tags["og:title"] == (heading(site / "index.html") if src == "index.md" else title)
    assert tags["og:site_name"] == load_config()["site_name"]
    image = tags["og:image"]
    assert image.startswith(site_url()) and image.endswith(".png")
    file = site / image[len(site_url()):]
    assert file.exists(), image
    assert png_size(file) == (1200, 630)
    assert (tags["og:image:width"], tags["og:image:height"]) == ("1200", "630")
    assert file.stat().st_size < 150 * 1024


def heading(path: Path) -> str:
    """A built page's H1 as a reader sees it, without its permalink."""
    h1 = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").h1
    assert h1 is not None, f"{path}: no H1"
    for link in h1.select("a.headerlink"):
        link.decompose()
    return " ".join(h1.get_text().split())


def test_the_home_page_is_shared_by_its_h1_in_both_engines(built):
    """A link to the home page says what the site is for: the preview, the
    share button and the structured data's headline give its H1 (the menu
    calls it Home), with the site's name beside it as og:site_name, as the
    website's name and as the first breadcrumb. The tab keeps the site's
    name. One home-page rule, which both engines follow (Zensical's pages
    have no is_homepage); the cards' titles follow it too."""
    name = load_config()["site_name"]
    html = (built / "index.html").read_text()
    page = parsed(html)
    h1 = heading(built / "index.html")
    assert h1 and h1 != name
    assert page.title.get_text(strip=True) == name
    assert page.select_one(".hh-share--page")["data-hh-title"] == h1
    tags = head(html)
    assert (tags["og:title"], tags["og:site_name"]) == (h1, name)
    main, crumbs = tags["json_ld"][0]
    assert main["@type"] == "WebPage" and main["headline"] == main["name"] == h1
    assert main["isPartOf"] == {"@type": "WebSite", "name": name, "url": site_url()}
    assert [item["name"] for item in crumbs["itemListElement"]] == [name]
    other = parsed((built / "setup/index.html").read_text())
    assert other.title.get_text(strip=True) == f"Setup - {name}"
    assert other.select_one(".hh-share--page")["data-hh-title"] == "Setup"


def test_previews_differ_per_page(built):
    site = built  # each engine's build in turn
    images = {head((site / page_url(src) / "index.html").read_text())["og:image"]
              for _, src in nav_pages()}
    assert len(images) == len(nav_pages())


# schema.org types used, with the properties we promise, and their types
REQUIRED = {
    "Article": {"headline": str, "description": str, "url": str, "image": str},
    "WebPage": {"name": str, "description": str, "url": str},
    "BreadcrumbList": {"itemListElement": list},
    "ListItem": {"position": int, "name": str, "item": str},
    "Organization": {"name": str, "url": str},
}


def validate(node, path="$"):
    if isinstance(node, list):
        for i, item in enumerate(node):
            validate(item, f"{path}[{i}]")
        return
    if not isinstance(node, dict):
        return
    kind = node.get("@type")
    for key, typ in REQUIRED.get(kind, {}).items():
        assert isinstance(node.get(key), typ) and node[key], (
            f"{path} ({kind}): {key} must be a non-empty {typ.__name__}")
    for key, value in node.items():
        if isinstance(value, str) and key in ("url", "item", "image"):
            assert value.startswith(site_url()), f"{path}.{key}: {value}"
    if kind == "BreadcrumbList":
        items = node["itemListElement"]
        assert [i["position"] for i in items] == list(range(1, len(items) + 1))
    for key, value in node.items():
        if key != "@context":
            validate(value, f"{path}.{key}")


@pytest.mark.parametrize("title,src", nav_pages())
def test_structured_data_is_valid(built, title, src):
    site = built  # each engine's build in turn
    data = head((site / page_url(src) / "index.html").read_text())["json_ld"]
    assert len(data) == 1
    types = [d["@type"] for d in data[0]]
    assert all(d["@context"] == "https://schema.org" for d in data[0])
    assert "BreadcrumbList" in types
    assert ("WebPage" if src == "index.md" else "Article") in types
    validate(data[0])
    main = data[0][0]
    # When a coach last checked the page, as the page itself says it.
    page = parsed((site / page_url(src) / "index.html").read_text())
    shown = page.select_one("article .hh-reviewed time")
    assert shown is not None and main["dateModified"] == shown["datetime"]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", main["dateModified"])
    # The coach named in mkdocs.yml (extra.coach), as the page's author block
    # shows; until a coach is named, the site's organisation: no invented person.
    config = load_config()
    coach = (config.get("extra") or {}).get("coach")
    shown_author = page.select_one("article .hh-author__name").get_text(strip=True)
    assert main["author"]["name"] == shown_author == site_author(config)
    if coach:
        assert main["author"]["@type"] == "Person"
    else:
        assert main["author"] == main["publisher"]
        assert main["author"]["@type"] == "Organization"


def test_sitemap_robots_manifest_and_404(built):
    site = built  # each engine's build in turn
    sitemap = (site / "sitemap.xml").read_text()
    locations = re.findall(r"<loc>(.*?)</loc>", sitemap)
    # Every page: the faults' own ones too, and those kept at their old
    # anchors (each names its fault's page as canonical; Zensical writes
    # its sitemap itself, so both engines list them alike).
    srcs = [src for _, src in nav_pages() + share_pages()] + list(old_share_pages())
    assert sorted(locations) == sorted(urljoin(site_url(), page_url(src)) for src in srcs)
    robots = (site / "robots.txt").read_text()
    assert f"Sitemap: {urljoin(site_url(), 'sitemap.xml')}" in robots
    manifest = json.loads((site / "site.webmanifest").read_text())
    for icon in manifest["icons"]:
        assert (site / icon["src"]).exists(), icon["src"]
        if icon["type"] == "image/png":
            assert png_size(site / icon["src"]) == tuple(map(int, icon["sizes"].split("x")))
    assert png_size(site / "assets/apple-touch-icon.png") == (180, 180)
    home = head((site / "index.html").read_text())
    assert home["theme-color"]
    not_found = parsed((site / "404.html").read_text())
    links = [a["href"] for a in not_found.select("article a[href]")]
    assert len(links) >= 3 and any(h.rstrip("/").endswith("movement") for h in links)


def fetch_as_crawler(url: str) -> str:
    request = urllib.request.Request(url, headers={"User-Agent": CRAWLER})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 200
        return response.read().decode("utf-8")


def test_a_crawler_reads_a_complete_preview_from_html_alone(base_url, site):
    # A crawler runs no JavaScript and never sends the #fragment, so a fault
    # link (movement/#rounded-back) gets this same request and preview.
    tags = head(fetch_as_crawler(base_url + "movement/"))
    for key in PREVIEW_TAGS:
        assert tags.get(key), key
    image_path = urlparse(tags["og:image"]).path
    with urllib.request.urlopen(base_url + image_path.lstrip("/"), timeout=10) as response:
        assert response.headers["Content-Type"] == "image/png"
        assert struct.unpack(">II", response.read()[16:24]) == (1200, 630)


def share_links() -> list[str]:
    """The links this site has published (published-links.txt), read by the
    generate step's own reader."""
    from hinge_guide import published

    text = (ROOT / published.FILE).read_text(encoding="utf-8")
    return [link for _, link in published.read(text)]


def test_every_published_link_resolves(built):
    site = built  # each engine's build in turn
    links = share_links()
    assert len(links) >= 30
    for link in links:
        path, _, anchor = link.partition("#")
        file = site / ("" if path == "./" else path) / "index.html"
        assert file.exists(), link
        if anchor:
            page = parsed(file.read_text())
            assert page.find(id=anchor), link


def test_every_fault_is_in_the_published_links(built):
    site = built  # each engine's build in turn
    listed = set(share_links())
    for _, src in nav_pages():
        page = parsed((site / page_url(src) / "index.html").read_text())
        for fault in page.select("article details.fault"):
            assert f"{page_url(src)}#{fault['id']}" in listed, fault["id"]


# A page for every fault ------------------------------------------------------------

def test_every_fault_box_has_a_share_page_and_nothing_else_does(built):
    site = built  # each engine's build in turn
    boxes = set()
    for _, src in nav_pages():
        page = parsed((site / page_url(src) / "index.html").read_text())
        boxes |= {f["id"] for f in page.select("article details.fault")}
    shared = {src.split("/")[1][:-3] for _, src in share_pages()}
    assert len(boxes) >= 14 and shared == boxes


def test_a_faults_old_anchor_keeps_a_share_page_that_names_the_faults_own(built):
    """A fault renamed by the book keeps the faults/<old>/ link coaches
    posted: the same fault, the fault's own page named as the canonical
    address and the preview's og:url, and in neither the menu nor search."""
    site = built  # each engine's build in turn
    old_anchors = set()
    for _, src in nav_pages():
        page = BeautifulSoup((site / page_url(src) / "index.html").read_text(), "html.parser")
        old_anchors |= {span["id"] for span in page.select("article details.fault .hh-old-anchor")}
    old = old_share_pages()
    assert old_anchors and {src.split("/")[1][:-3] for src in old} == old_anchors
    for src, canonical in old.items():
        html = (site / page_url(src) / "index.html").read_text()
        tags = head(html)
        assert tags["canonical"] == tags["og:url"] == urljoin(site_url(), canonical), src
        own = BeautifulSoup((site / canonical / "index.html").read_text(), "html.parser")
        here = BeautifulSoup(html, "html.parser")
        assert here.select_one("p.hh-fix").get_text() == own.select_one("p.hh-fix").get_text()


@pytest.mark.parametrize("title,src", share_pages())
def test_a_share_page_carries_its_fault_and_a_way_back(built, title, src):
    site = built  # each engine's build in turn
    fault_id = src.split("/")[1][:-3]
    page = parsed((site / page_url(src) / "index.html").read_text())
    article = page.select_one("article")
    assert article.h1.get_text(strip=True).rstrip("¶") == title == f"{title.split(':')[0]}: the fix"
    # The page is titled "<fault>: the fix": the fix first, under the pictures.
    labels = [s.get_text() for s in article.select(".hh-fault-page > p > strong")]
    assert labels == ["The fix:", "What you see or feel:", "Why it matters:"]
    first = article.select_one(".hh-fault-page")
    assert first.select_one("figure, img, svg") is not None and first.select_one("p.hh-fix")
    back = article.select_one("a.hh-fault-context")
    target, _, anchor = back["href"].partition("#")
    assert anchor == fault_id
    context = (site / page_url(src) / target / "index.html").resolve()
    there = parsed(context.read_text())
    assert there.select_one(f"details.fault#{fault_id}") is not None
    # The box's own words, not a copy that could drift: the fix matches.
    fix_here = " ".join(article.select_one("p.hh-fix").get_text().split())
    fix_there = " ".join(there.select_one(f"#{fault_id} p.hh-fix").get_text().split())
    assert fix_here == fix_there
    # And on to the others: the page that lists every fault, with their count.
    more = article.select_one("p.hh-share-more a")
    index = (site / page_url(src) / more["href"] / "index.html").resolve()
    rows = parsed(index.read_text()).select("li.hh-fault-row")
    assert more.get_text() == f"See all {len(rows)} common faults", more
    assert len(rows) == len(share_pages()) > 1


def glossary_terms() -> dict[str, str]:
    """term -> meaning, read from the glossary file as a coach writes it, by
    the glossary's own reader."""
    from hinge_guide.glossary import read_terms

    source = "includes/glossary.md"
    return read_terms((ROOT / source).read_text(encoding="utf-8"), source)


@pytest.mark.parametrize("title,src", share_pages())
def test_a_share_page_says_what_it_is_and_leads_into_the_guide(built, title, src):
    """Someone who lands here from a post reads the fix first, right under
    the title (the line the card promised, on the first screen even in an
    app's small browser), then the pictures; then learns what the site is
    and who wrote it, can reach the step in context, and starts the guide
    from step 1; and finds the words the page uses defined."""
    site = built  # each engine's build in turn
    page = parsed((site / page_url(src) / "index.html").read_text())
    article = page.select_one("article")
    config = load_config()
    author = site_author(config)
    blocks = [el for el in article.find_all(recursive=False) if el.name not in ("a",)]
    h1 = next(i for i, el in enumerate(blocks) if el.name == "h1")
    box = blocks[h1 + 1]
    assert "hh-fault-page" in box.get("class", []), f"{src}: the fix is not under the title"
    first = box.find(recursive=False)
    assert "hh-fix" in first.get("class", []), f"{src}: the box opens with {first}, not the fix"
    assert first.find_next_sibling("figure"), f"{src}: no pictures after the fix"
    intro = blocks[h1 + 2]
    assert "hh-share-intro" in intro.get("class", []), f"{src}: no line after the fix"
    words = " ".join(intro.get_text().split())
    assert config["site_name"] in words and f"by {author}." in words, words
    assert intro.select_one("a.hh-fault-context").get_text() == "See it in context"
    # Then the way in, to Setup.
    button = blocks[h1 + 3].select_one("a.md-button")
    assert button and button.get_text(strip=True) == "Learn the hinge from step 1", src
    target = (site / page_url(src) / button["href"] / "index.html").resolve()
    assert target == (site / "setup/index.html").resolve()
    # Every glossary term the box uses is defined on the page itself, and
    # nothing else is: terms matched by the glossary's own rule, longest
    # first ("Romanian deadlift" is not also "deadlift").
    from hinge_guide.glossary import terms_in

    # The box comes in two parts: the pictures and the fix, then (after the
    # button) what you see or feel and why it matters.
    text = " ".join(" ".join(b.get_text() for b in article.select(".hh-fault-page")).split())
    used = terms_in(text, glossary_terms())
    # A meaning may itself use a term (its first use gets a tooltip): read
    # the words, not the markup.
    defined = {dt.get_text(strip=True).lower():
               " ".join(dt.find_next_sibling("dd").get_text().split())
               for dt in article.select(".hh-share-terms dt")}
    assert sorted(defined.values()) == sorted(used.values()), (src, sorted(defined), used)


def test_the_rounded_back_page_defines_the_sacrum(built):
    """The example from the issue: a word a newcomer meets on this page."""
    page = parsed((built / "faults/rounded-back/index.html").read_text())
    terms = [dt.get_text(strip=True) for dt in page.select("article .hh-share-terms dt")]
    assert "Sacrum" in terms
    # In one box, closed, that opens without JavaScript.
    box = page.select_one("article details.hh-share-terms")
    assert box is not None and not box.has_attr("open")
    assert box.summary.get_text(strip=True) == "Words on this page"


def test_a_named_coach_shows_on_every_page_and_in_the_data(coached_site):
    from conftest import COACH

    for _, src in nav_pages() + share_pages()[:2]:
        html = (coached_site / page_url(src) / "index.html").read_text()
        page = parsed(html)
        block = page.select_one("article .hh-author")
        assert block.select_one(".hh-author__name").get_text(strip=True) == COACH["name"], src
        assert COACH["line"] in block.get_text()
        photo = block.select_one("img")
        assert (coached_site / page_url(src) / photo["src"]).resolve().is_file(), src
        author = head(html)["json_ld"][0][0]["author"]
        assert author["@type"] == "Person" and author["name"] == COACH["name"], src
        assert head(html)["author"] == COACH["name"]
    share = parsed((coached_site / "faults/rounded-back/index.html").read_text())
    assert f"by {COACH['name']}." in share.select_one(".hh-share-intro").get_text()


# One case through the real build, to show the check is wired in; each
# rule has its unit test (test_author.py, the coach block's checks).
@pytest.mark.parametrize("coach,message", [
    ("  coach: Alex\n", "write the coach as a block"),
])
def test_a_coach_block_that_cannot_work_stops_the_build(tmp_path, coach, message):
    from conftest import build, copy_project

    project = copy_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("\nextra:\n", "\nextra:\n" + coach), encoding="utf-8")
    result = build(project, project / "site")
    assert result.returncode != 0
    assert "extra.coach" in result.stderr and message in result.stderr, result.stderr[-800:]


def test_share_pages_stay_out_of_search(built):
    site = built  # each engine's build in turn
    index = site / "search/search_index.json"
    data = json.loads((index if index.exists() else site / "search.json").read_text())
    locations = [d.get("location", "") for d in data.get("docs") or data.get("items")]
    assert len(locations) > 20
    assert not [loc for loc in locations if loc.startswith("faults/")]


def test_search_finds_the_words_not_the_figures_labels(built):
    """A figure's name and labels ran into the words around it in search
    results ("with the knee boxedsoft knees:15-20° bend"); its caption,
    which is the page's own text, is still found."""
    site = built  # each engine's build in turn
    index = site / "search/search_index.json"
    data = json.loads((index if index.exists() else site / "search.json").read_text())
    text = " ".join(d.get("text", "") for d in data.get("docs") or data.get("items"))
    assert "Shoulders back and down, armpits firm" in text  # a caption
    # A close-up's name, its inset's words and a label, each found only in
    # the figure
    for label in ("Setup step 4, close-up", "the part shown boxed on it", "heel, ball, toes:"):
        assert label not in text, label


def test_the_fault_index_links_to_the_box_and_its_share_page(built):
    site = built  # each engine's build in turn
    page = parsed((site / "faults/index.html").read_text())
    items = page.select("article li")
    assert len(items) == len(share_pages())
    for item in items:
        hrefs = [a["href"] for a in item.select("a[href]")]
        box = [h for h in hrefs if "#" in h]
        share = [h for h in hrefs if "#" not in h]
        assert len(box) == 1 and len(share) == 1, hrefs
        assert share[0].rstrip("/").endswith(box[0].split("#")[1]), hrefs


@pytest.mark.parametrize("title,src", share_pages())
def test_a_crawler_reads_a_fault_share_preview(base_url, title, src):
    # A crawler with a social app's user agent, no fragment, no JavaScript.
    tags = head(fetch_as_crawler(base_url + page_url(src)))
    for key in PREVIEW_TAGS:
        assert tags.get(key), key
    assert tags["og:title"] == title
    assert tags["og:description"] == tags["description"]
    image_path = urlparse(tags["og:image"]).path
    assert image_path.endswith(f"faults-{src.split('/')[1][:-3]}.png")
    with urllib.request.urlopen(base_url + image_path.lstrip("/"), timeout=10) as response:
        data = response.read()
    assert struct.unpack(">II", data[16:24]) == (1200, 630) and len(data) <= 40_000


def read_as_a_chat_app(html: str, url: str) -> dict[str, str]:
    """The Open Graph properties extruct (a maintained parser, like the ones
    link previews use) finds in a page, first value of each."""
    import extruct

    found = extruct.extract(html, base_url=url, syntaxes=["opengraph"], uniform=False)
    properties: dict[str, str] = {}
    for block in found["opengraph"]:
        for key, value in block["properties"]:
            properties.setdefault(key, value)
    return properties


def built_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("index.html") if "assets" not in p.parts)


def test_a_link_preview_parser_reads_every_page(site):
    """Every page, the share pages too: title, description, an absolute
    image URL that is served, its size as drawn, and words for the image."""
    pages = built_pages(site)
    assert len(pages) >= len(nav_pages()) + len(share_pages())
    for path in pages:
        where = path.parent.relative_to(site).as_posix()
        url = urljoin(site_url(), "" if where == "." else where + "/")
        og = read_as_a_chat_app(path.read_text(encoding="utf-8"), url)
        for key in ("og:title", "og:description", "og:image", "og:image:width",
                    "og:image:height", "og:image:alt"):
            assert og.get(key, "").strip(), f"{where}: the parser finds no {key}"
        image = urlparse(og["og:image"])
        assert image.scheme in ("http", "https") and image.netloc, f"{where}: {og['og:image']}"
        assert og["og:image"].startswith(site_url()), where
        file = site / og["og:image"][len(site_url()):]
        assert png_size(file) == (int(og["og:image:width"]), int(og["og:image:height"])), where
        assert og["og:title"] in og["og:image:alt"], where


def test_a_link_preview_parser_reads_the_home_page_as_its_h1(site):
    """A chat app's preview of the home link: the page's H1 as its title,
    the site's name as the site's."""
    og = read_as_a_chat_app((site / "index.html").read_text(encoding="utf-8"), site_url())
    assert og["og:title"] == heading(site / "index.html")
    assert og["og:site_name"] == load_config()["site_name"]
    assert og["og:type"] == "website"


def test_cards_are_light(site):
    cards = list((site / "assets/previews").glob("*.png"))
    assert len(cards) >= len(nav_pages()) + len(share_pages())
    heavy = {c.name: c.stat().st_size for c in cards if c.stat().st_size > 40_000}
    assert heavy == {}


@pytest.mark.parametrize("typed, meant", [
    ("faults/rounded-bak/", "faults/rounded-back/"),
    ("faults/rounded-ba/", "faults/rounded-back/"),
    ("setpu/", "setup/"),
])
def test_a_mistyped_link_is_offered_the_page_it_meant(browser, base_url, typed, meant):
    """A link copied from a post loses its end or gains a typo: the 404 page
    offers the nearest page in the sitemap, as a button to it."""
    from browser_helpers import PHONE

    page = browser.new_page(viewport=PHONE)
    page.goto(base_url + typed)
    offer = page.locator("[data-hh-did-you-mean] a.md-button")
    offer.wait_for(timeout=5000)
    assert offer.get_attribute("href") == "/" + meant
    assert page.locator("h1").inner_text() == "This page isn't here"
    page.close()


def test_a_link_to_nowhere_near_a_page_is_offered_nothing(browser, base_url):
    from browser_helpers import PHONE

    page = browser.new_page(viewport=PHONE)
    page.goto(base_url + "completely/unrelated/thing/")
    page.wait_for_load_state("networkidle")
    assert page.locator("[data-hh-did-you-mean]").is_hidden()
    assert page.locator("article a[href]").count() >= 3  # the page's own ways back
    page.close()
