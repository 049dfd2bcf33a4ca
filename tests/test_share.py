"""Sharing a page or one fault, in Chromium; and the invitation to ask the
coach on every page once the coach's links are set.

The share control is a plain link without JavaScript. With it, it opens the
phone's share sheet (navigator.share, stubbed here to record its calls) or,
where there is none, copies the link and says so in a status line.
"""

from __future__ import annotations

import pytest

from browser_helpers import axe, open_page
from conftest import nav_pages, page_url, parsed, tab_to

PHONE = {"width": 390, "height": 844}
PAGES = nav_pages()

# Record what the page asked the share sheet to share.
STUB_SHARE = """
window.__shared = [];
navigator.share = data => { window.__shared.push(data); return Promise.resolve(); };
"""
# A browser without a share sheet (most desktops, many in-app browsers).
NO_SHARE = "delete Navigator.prototype.share; delete navigator.share;"


def shared(page):
    return page.evaluate("window.__shared")


def open_with(browser, base_url, path, script, **options):
    """open_page on a phone, with a script that runs before the page's own."""
    return open_page(browser, base_url, path, init_script=script,
                     viewport=options.pop("viewport", PHONE),
                     scheme=options.pop("color_scheme", "light"), **options)


def page_button(page):
    return page.locator("article > .hh-share--page button")


def test_every_page_has_a_share_link_to_itself(site):
    for _, src in PAGES:
        page = parsed((site / page_url(src) / "index.html").read_text())
        link = page.select_one("article .hh-share--page a.hh-share__link")
        assert link and link["href"] in ("./", "."), src
        assert link.get_text(strip=True) == "Share this page"
        assert page.select_one("article .hh-share--page [role=status]") is not None, src


def test_every_share_control_has_one_name(site):
    """The control was "Share this page" on one phone, "Copy link to this
    page" on another and "Link to this page" with JavaScript off, and the
    Common faults icon said "Open the one-page fix to share". One name now,
    wherever it is: "Share this page", or "Share this fault" (with the
    fault's name in the index). share.js keeps the link's own words."""
    seen = set()
    for path in sorted(site.rglob("*.html")):
        page = parsed(path.read_text(encoding="utf-8"))
        for control in page.select(".hh-share__link, .hh-share-link"):
            words = " ".join(control.get_text(" ", strip=True).split())
            seen.add(words.split(" (")[0])
            assert words in ("Share this page", "Share this fault") or (
                words.startswith("Share this fault (") and words.endswith(")")), (path, words)
            if control.get("title"):
                assert control["title"] == "Share this fault", (path, control["title"])
    assert seen == {"Share this page", "Share this fault"}, seen
    script = (site / "javascripts/share.js").read_text(encoding="utf-8")
    assert "button.textContent = link.textContent" in script


def test_a_faults_share_icon_opens_the_share_sheet_with_its_page(browser, base_url):
    """Common faults' icon says "Share this fault": with a share sheet it
    shares the fault's own page; without one it leads there, to the page's
    own share button."""
    page = open_with(browser, base_url, "faults/", STUB_SHARE)
    page.get_by_role("link", name="Share this fault (Rounded back)", exact=True).click()
    page.wait_for_timeout(200)
    assert shared(page) == [{"title": "Rounded back", "url": base_url + "faults/rounded-back/"}]
    assert page.url == base_url + "faults/", "it shared instead of leaving the list"
    assert page.errors == []
    page.context.close()
    page = open_with(browser, base_url, "faults/", NO_SHARE)
    page.get_by_role("link", name="Share this fault (Rounded back)", exact=True).click()
    page.wait_for_url(base_url + "faults/rounded-back/")
    assert page_button(page).inner_text() == "Share this page"
    page.context.close()


def test_share_sheet_gets_the_page_and_the_fault(browser, base_url):
    # Arriving from a social post, with the post's tracking query.
    page = open_with(browser, base_url, "movement/?fbclid=abc", STUB_SHARE)
    button = page_button(page)
    assert button.inner_text() == "Share this page"
    button.click()
    assert shared(page) == [{"title": "Movement", "url": base_url + "movement/"}]

    fault = page.locator("details#rounded-back")
    fault.locator("summary").click()
    fault.get_by_role("button", name="Share this fault").click()
    # The fault's own page: its link preview is the fault, not the whole page.
    assert shared(page)[-1] == {"title": "Rounded back", "url": base_url + "faults/rounded-back/"}
    assert page.errors == []
    page.context.close()


def test_every_fault_has_its_own_share_button(browser, base_url):
    for path in ("setup/", "movement/", "progression/"):
        page = open_with(browser, base_url, path, STUB_SHARE)
        page.evaluate("document.querySelectorAll('details.fault').forEach(d => d.open = true)")
        ids = page.eval_on_selector_all("details.fault", "all => all.map(d => d.id)")
        assert ids, path
        for fault_id in ids:
            page.locator(f"details#{fault_id} .hh-share button").click()
            # The fault's own page, whose link preview is that fault.
            assert shared(page)[-1]["url"] == base_url + "faults/" + fault_id + "/"
        page.context.close()


def test_closing_the_share_sheet_is_not_an_error(browser, base_url):
    cancel = ("navigator.share = () => Promise.reject(new DOMException('closed', 'AbortError'));")
    page = open_with(browser, base_url, "setup/", cancel)
    page_button(page).click()
    page.wait_for_timeout(300)
    assert page.locator("article > .hh-share--page [role=status]").inner_text() == ""
    assert page.errors == []
    page.context.close()


def test_copy_link_where_there_is_no_share_sheet(browser, base_url, screenshot_dir):
    for scheme in ("light", "dark"):
        page = open_with(browser, base_url, "setup/", NO_SHARE, color_scheme=scheme,
                         permissions=["clipboard-read", "clipboard-write"])
        button = page_button(page)
        assert button.inner_text() == "Share this page", "one name, whatever it does"
        button.scroll_into_view_if_needed()
        page.screenshot(path=str(screenshot_dir / f"share-page-{scheme}.png"))
        button.click()
        status = page.locator("article > .hh-share--page [role=status]")
        status.filter(has_text="Link copied").wait_for()
        assert status.is_visible()
        assert page.evaluate("navigator.clipboard.readText()") == base_url + "setup/"
        page.screenshot(path=str(screenshot_dir / f"share-page-copied-{scheme}.png"))

        fault = page.locator("details#locked-knees")
        fault.locator("summary").click()
        fault.get_by_role("button", name="Share this fault").click()
        fault.get_by_role("status").filter(has_text="Link copied").wait_for()
        assert page.evaluate("navigator.clipboard.readText()") == base_url + "faults/locked-knees/"
        fault.scroll_into_view_if_needed()
        page.screenshot(path=str(screenshot_dir / f"share-fault-copied-{scheme}.png"))
        assert page.errors == []
        page.context.close()


def test_when_copying_fails_the_link_is_shown(browser, base_url):
    refuse = NO_SHARE + """
      Object.defineProperty(navigator, 'clipboard', {get: () => undefined});
      document.execCommand = () => false;
    """
    page = open_with(browser, base_url, "setup/", refuse)
    page_button(page).click()
    status = page.locator("article > .hh-share--page [role=status]")
    status.filter(has_text=base_url + "setup/").wait_for()
    assert "press and hold" in status.inner_text().lower()
    page.context.close()


def test_share_by_keyboard(browser, base_url):
    page = open_with(browser, base_url, "cue-card/", STUB_SHARE)
    tab_to(page, ".hh-share--page button", "the share button")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "the focused share button shows its focus"
    page.keyboard.press("Enter")
    page.keyboard.press("Space")
    assert [s["url"] for s in shared(page)] == [base_url + "cue-card/"] * 2
    page.context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_clean_with_the_confirmation_showing(browser, base_url, scheme):
    page = open_with(browser, base_url, "movement/", NO_SHARE, color_scheme=scheme,
                     permissions=["clipboard-read", "clipboard-write"])
    page.evaluate("document.querySelectorAll('details.fault').forEach(d => d.open = true)")
    page_button(page).click()
    page.locator("details#rounded-back .hh-share button").click()
    page.locator("details#rounded-back [role=status]").filter(has_text="Link copied").wait_for()
    results = axe(page)
    assert results.violations_count == 0, results.generate_report()
    page.context.close()


def test_without_javascript_the_page_control_is_a_plain_link(browser, base_url):
    page = open_page(browser, base_url, "progression/", java_script_enabled=False)
    link = page.locator("article > .hh-share--page").get_by_role("link", name="Share this page")
    assert link.is_visible()
    assert page.locator("article .hh-share button").count() == 0
    link.click()
    page.wait_for_load_state()
    assert page.url == base_url + "progression/"
    page.context.close()


def test_without_javascript_each_fault_has_a_plain_link(browser, base_url):
    page = open_page(browser, base_url, "movement/", java_script_enabled=False)
    faults = page.locator("details.fault").all()
    assert faults
    for fault in faults:
        fault.locator("summary").click()
        link = fault.locator(".hh-share a.hh-share__link")
        assert link.inner_text() == "Share this fault"
        assert link.get_attribute("href").rstrip("/").endswith(
            "faults/" + fault.get_attribute("id"))
    page.context.close()


def test_share_still_works_with_site_storage_blocked(browser, base_url):
    blocked = NO_SHARE + """
      for (const name of ['localStorage', 'sessionStorage', 'caches']) {
        Object.defineProperty(window, name,
          {get() { throw new DOMException(name + ' is blocked', 'SecurityError'); }});
      }
      Object.defineProperty(Navigator.prototype, 'serviceWorker',
        {get() { throw new DOMException('blocked', 'SecurityError'); }});
    """
    page = open_with(browser, base_url, "setup/", blocked,
                     permissions=["clipboard-read", "clipboard-write"])
    page_button(page).click()
    status = page.locator("article > .hh-share--page [role=status]")
    status.filter(has_text="Link copied").wait_for()
    # Material itself reads storage outside a try (issue 10 guards it before
    # Material runs); nothing more may come from the share and offline scripts.
    assert [e for e in page.errors if "localStorage" not in e] == []
    page.context.close()


# ---- Ask the coach, on every page ------------------------------------------

def test_every_page_invites_questions_once_the_coach_links_are_set(coached_site):
    from conftest import COACH_LINKS

    expected = {name: link for name, (_, link) in COACH_LINKS.items()}
    for _, src in PAGES:
        html = (coached_site / page_url(src) / "index.html").read_text()
        page = parsed(html)
        invitation = page.select_one("article .hh-ask")
        assert invitation is not None, f"{src} has no invitation to ask the coach"
        links = {a.get_text(strip=True): a["href"] for a in invitation.select("a")}
        assert links == expected, src
        # A name with markup and quotes prints as written, never as markup.
        assert invitation.find("b") is None, src


# ---- Preview before merge ----------------------------------------------------


def test_pull_requests_upload_the_screenshots_and_pdfs():
    """A coach sees the pages on a pull request before anyone merges it."""
    import yaml

    from conftest import OUTPUT, ROOT

    flow = yaml.safe_load((ROOT / ".github/workflows/site.yml").read_text())
    steps = flow["jobs"]["test"]["steps"]
    tests = next(i for i, s in enumerate(steps) if s.get("run") == "scripts/test")
    upload = [s for s in steps[tests:] if s.get("uses", "").startswith("actions/upload-artifact@")]
    assert len(upload) == 1, "the test job uploads one artifact after scripts/test"
    step = upload[0]
    # After failed tests too, and on pull requests.
    assert "always()" in step["if"] and "github.event_name == 'pull_request'" in step["if"]
    paths = step["with"]["path"].split()
    for folder in ("screenshots", "pdf"):
        assert str((OUTPUT / folder).relative_to(ROOT)) in paths


def test_the_fault_index_rows_show_a_picture_and_a_share_icon(browser, base_url):
    """Each fault: its picture (an image loaded as the reader scrolls, not
    inlined), its name and fix, and a 44 px share icon whose name (for a
    screen reader's list of links, and voice control) says which fault."""
    page = open_page(browser, base_url, "faults/", viewport=PHONE)
    rows = page.locator("article li.hh-fault-row").all()
    assert len(rows) > 10
    assert page.locator("article li.hh-fault-row svg").count() == 0, "thumbnails inlined"
    thumbs = page.locator("article img.hh-thumb")
    assert thumbs.count() >= len(rows) - 2
    assert {thumbs.nth(i).get_attribute("loading") for i in range(thumbs.count())} == {"lazy"}
    names = []
    for row in rows:
        title = row.locator("a strong").first.inner_text()
        link = row.locator("a.hh-share-link")
        name = " ".join(link.evaluate("a => a.textContent").split())
        assert name == f"Share this fault ({title})", name
        box = link.bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44, f"{title}: {box}"
        hidden = link.locator(".hh-visually-hidden").bounding_box()
        assert hidden["width"] <= 1 and hidden["height"] <= 1  # the eye sees the icon
        names.append(name)
    assert len(set(names)) == len(names)
    link = page.get_by_role("link", name="Share this fault (Rounded back)",
                            exact=True)
    assert link.evaluate("a => a.href") == base_url + "faults/rounded-back/"
    # Every thumbnail loads once scrolled to (a missing file would be 0 wide).
    for i in range(thumbs.count()):
        thumbs.nth(i).scroll_into_view_if_needed()
        assert thumbs.nth(i).evaluate("i => i.decode().then(() => i.naturalWidth)") > 0
    page.context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_fault_index_thumbnails_read_in_both_schemes(browser, base_url, scheme):
    """A drawing shown as an image followed the dark scheme: its figure
    turned pale grey on its own pale tile, and vanished."""
    import io

    from PIL import Image

    page = open_page(browser, base_url, "faults/", viewport=PHONE, scheme=scheme,
                     device_scale_factor=2)
    thumb = page.locator("article img.hh-thumb").nth(1)
    thumb.evaluate("i => i.decode()")
    pixels = list(Image.open(io.BytesIO(thumb.screenshot())).convert("L").get_flattened_data())
    # The body stands out from its tile, a good share of the picture: dark
    # on a light tile, and light on a dark one in the dark scheme (the white
    # tile glared on a dark page; fresh design review).
    if scheme == "light":
        body = sum(1 for p in pixels if p < 100) / len(pixels)
    else:
        body = sum(1 for p in pixels if p > 160) / len(pixels)
        tile = sum(1 for p in pixels if p < 60) / len(pixels)
        assert tile > 0.5, f"dark: the tile is light ({tile:.1%} of it dark)"
    assert body > 0.06, f"{scheme}: only {body:.1%} of the thumbnail is the body"
    page.context.close()


# A thumbnail's content box, less a pixel all round: inside the tile's
# rounded corners, where the page's own background shows.
CONTENT_BOX = """i => { const s = getComputedStyle(i), r = i.getBoundingClientRect();
    const e = parseFloat(s.borderLeftWidth) + parseFloat(s.paddingLeft) + 1;
    return {x: r.x + e, y: r.y + e, width: r.width - 2 * e, height: r.height - 2 * e}; }"""


def test_the_fault_index_thumbnails_fill_their_tiles(browser, base_url):
    """A fault pair's thumbnail is its body cropped close, on a tile of
    4-4.5rem: the body spans at least 80 % of the tile in its longer
    direction (the whole fault-side figure, panel, badge and all, left a
    bent-over body 64-73 % of a 72 px tile). And the words beside it keep
    room to read on a 360 px phone."""
    import io

    from PIL import Image

    page = open_page(browser, base_url, "faults/", viewport=PHONE, device_scale_factor=2)
    thumbs = page.locator("article img.hh-thumb")
    filled = {}
    for i in range(thumbs.count()):
        thumb = thumbs.nth(i)
        src = thumb.get_attribute("src")
        if not src.endswith("-thumb.svg"):
            continue  # a box without a pair shows its whole picture
        thumb.scroll_into_view_if_needed()
        thumb.evaluate("i => i.decode()")
        side = thumb.bounding_box()["width"]
        assert 80 <= side <= 90, f"{src}: a {side} px tile"
        box = thumb.evaluate(CONTENT_BOX)
        shot = Image.open(io.BytesIO(page.screenshot(clip=box))).convert("L")
        # the body: darker than the fault colour, the props and the floor
        x0, y0, x1, y1 = shot.point(lambda p: 255 if p < 80 else 0).getbbox()
        filled[src] = max(x1 - x0, y1 - y0) / max(shot.size)
    assert len(filled) >= 10, f"only {len(filled)} rows show a pair's thumbnail"
    small = {src: f"{f:.0%}" for src, f in filled.items() if f < 0.8}
    assert not small, f"bodies small in their tiles: {small}"
    page.context.close()
    page = open_page(browser, base_url, "faults/", viewport={"width": 360, "height": 740})
    words = page.locator("article li.hh-fault-row > div").first.bounding_box()["width"]
    assert words >= 175, f"the name and fix line get {words} px beside the picture"
    page.context.close()


SHARE_PAGE = "faults/rounded-back/"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_share_page_on_a_phone(browser, base_url, screenshot_dir, scheme):
    """Landing on a fault's page from a post: the line under the title and
    "See it in context" in the first screen, the start button the width of
    the text, a share button with its icon, and axe finds nothing."""
    page = open_with(browser, base_url, SHARE_PAGE, STUB_SHARE, color_scheme=scheme)
    page.screenshot(path=str(screenshot_dir / f"share-landing-{scheme}.png"), full_page=True)
    intro = page.locator("article .hh-share-intro")
    assert intro.is_visible()
    context = intro.get_by_role("link", name="See it in context")
    assert context.bounding_box()["y"] + context.bounding_box()["height"] <= PHONE["height"]
    # The fix starts on the first screen: the page is titled "...: the fix".
    fix = page.locator("article p.hh-fix").first
    assert fix.bounding_box()["y"] + 60 <= PHONE["height"], "the fix starts below the fold"
    start = page.get_by_role("link", name="Learn the hinge from step 1")
    text_width = page.eval_on_selector("article .hh-fault-page", "e => e.offsetWidth")
    assert start.bounding_box()["width"] >= text_width - 2, "the start button is full width"
    button = page_button(page)
    icon = button.evaluate("b => getComputedStyle(b, '::before').maskImage"
                           " || getComputedStyle(b, '::before').webkitMaskImage")
    assert icon and icon != "none", "the share button shows its icon"
    results = axe(page)
    assert results.violations_count == 0, results.generate_report()
    # The way home from a chat link: the site's name at the top is a link,
    # named for the site, and a tap on the name itself (not only on the
    # logo beside it) opens the home page.
    home = page.locator("header.md-header").get_by_role("link", name="Hip Hinge Guide")
    assert home.is_visible(), "no link home in the phone's header"
    # Its mark stays hidden: drawn, it lay over the menu button's three lines.
    mark = page.locator("header .md-header__button.md-logo :is(img, svg)")
    assert mark.count() and not mark.first.is_visible(), "the logo shows over the menu button"
    name = page.locator("header .md-header__topic").first.bounding_box()
    x, y = name["x"] + name["width"] / 4, name["y"] + name["height"] / 2
    hit = page.evaluate("([x, y]) => document.elementFromPoint(x, y).closest('a')?.href", [x, y])
    assert hit == base_url, f"a tap on the site's name hits {hit}"
    for button in ("__drawer", "__search"):  # the header's buttons stay over it
        box = page.locator(f"header label.md-header__button[for={button}]").bounding_box()
        over = page.evaluate(
            "([x, y]) => document.elementFromPoint(x, y).closest('label')?.htmlFor",
            [box["x"] + box["width"] / 2, box["y"] + box["height"] / 2])
        assert over == button, f"a tap on the {button} button hits {over}"
    page.mouse.click(x, y)
    page.wait_for_url(base_url)
    page.context.close()


def test_a_share_pages_words_wait_in_one_closed_box(browser, base_url):
    """Listed open, the words on the rounded-back page pushed the coach and
    the share button to y=2120 of 2357 on a phone. They are one closed box
    now: the coach comes within two screens, and the words show on a tap."""
    page = open_page(browser, base_url, SHARE_PAGE, viewport=PHONE)
    terms = page.locator("article details.hh-share-terms")
    assert terms.count() == 1 and not terms.evaluate("d => d.open")
    author = page.locator("article .hh-author").bounding_box()
    assert author["y"] < PHONE["height"] * 2, author
    sacrum = terms.locator("dt", has_text="Sacrum")
    assert not sacrum.is_visible()
    terms.locator("summary").click()
    assert sacrum.is_visible() and terms.evaluate("d => d.open")
    page.context.close()


def test_without_javascript_the_share_link_looks_like_a_button(browser, base_url):
    page = open_page(browser, base_url, SHARE_PAGE, java_script_enabled=False)
    link = page.locator("article > .hh-share--page").get_by_role("link", name="Share this page")
    assert link.is_visible()
    style = link.evaluate("a => [getComputedStyle(a).borderTopStyle,"
                          " getComputedStyle(a, '::before').maskImage"
                          " || getComputedStyle(a, '::before').webkitMaskImage]")
    assert style[0] != "none" and style[1] != "none", style
    assert page.get_by_role("link", name="Learn the hinge from step 1").is_visible()
    page.context.close()
