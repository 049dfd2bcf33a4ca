"""The built site in a real headless Chromium, as a reader meets it."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from playwright.sync_api import expect

from browser_helpers import (
    AXE_COLOUR_RULES,
    DESKTOP,
    GLOSSARY_LINE,
    NARROW_PHONE,
    PHONE,
    axe,
    open_page,
)
from conftest import nav_pages, page_url, wait_for_material

PAGES = nav_pages()


# What each page is checked for, in one load per page and scheme: loading
# a page and starting Material costs more than most checks on it, so the
# page is resized and re-checked rather than loaded again (a resize gives
# the layout a load at that size gives: Material follows the width with
# media queries). Each check is a function of its own below.

@pytest.mark.parametrize("title,src", PAGES)
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_each_page_in_chromium(browser, base_url, screenshot_dir, title, src, scheme):
    """At a phone's width, then a desktop's: it loads clean, is screenshot
    whole and passes axe with every box open. In the light scheme also: no
    sideways scroll at WCAG's reflow widths, no text clipped with wider text
    spacing, and no glossary line where it would read as a link."""
    page = open_page(browser, base_url, page_url(src), viewport=PHONE, scheme=scheme)
    check_loads_clean(page, title, src, scheme)
    for width, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
        page.set_viewport_size(viewport)
        page.evaluate(SETTLED)
        name = f"{src[:-3] or 'index'}-{viewport['width']}-{scheme}.jpg"
        check_screenshot(page, screenshot_dir / name)
        # The schemes differ in colour only: on the desktop, the dark scheme
        # is checked for what colour decides; every other rule reads the
        # markup and layout the light scheme's desktop run read. (Both
        # schemes get every rule at the phone's width.)
        colours_only = scheme == "dark" and width == "desktop"
        check_axe_with_boxes_open(page, f"{src} {width} {scheme}", colours_only)
    if scheme == "light":
        check_reflow_and_text_spacing(page, src)
        check_no_glossary_line_in_headings_box_titles_or_links(page, src)


def check_loads_clean(page, title: str, src: str, scheme: str) -> None:
    """No script error, nothing asked of another site, the page's own title
    and the scheme asked for."""
    assert page.errors == [], page.errors
    assert page.foreign == [], page.foreign
    assert title.split()[0].lower() in page.title().lower() or src == "index.md"
    expected = "slate" if scheme == "dark" else "default"
    assert page.locator("body").get_attribute("data-md-color-scheme") == expected
    assert page.locator("article h1").first.is_visible(), src


def check_screenshot(page, path) -> None:
    """The whole page, to look at, with every box as the reader finds it: as
    wide as the screen, nothing off the side. A JPEG: a long page's PNG took
    twice as long to encode, and it is only looked at."""
    width, height = page.viewport_size["width"], page.viewport_size["height"]
    shot = page.screenshot(path=str(path), full_page=True, type="jpeg", quality=85)
    shot_width, shot_height = Image.open(io.BytesIO(shot)).size
    assert shot_width == width and shot_height >= height, path.name


def check_axe_with_boxes_open(page, where: str, colours_only: bool = False) -> None:
    """axe-core with every box open: all a reader can reveal at once. Opening
    a box only adds what axe sees (its summary stays), so a run with the
    boxes closed finds nothing this one misses. The boxes close again after,
    as the reader left them."""
    opened = page.evaluate("""() => [...document.querySelectorAll('details:not([open])')]
        .map(d => { d.open = true; return d; })""")
    results = axe(page, only_rules=AXE_COLOUR_RULES if colours_only else ())
    page.evaluate("boxes => boxes.forEach(d => d.open = false)", opened)
    assert results.violations_count == 0, f"{where} (boxes open):\n" + results.generate_report()


# WCAG's 320 CSS px, the narrowest common phone, and a 1280 px screen at
# 200 % zoom: none may scroll sideways, with every box open.
REFLOW_VIEWPORTS = [{"width": 320, "height": 640}, NARROW_PHONE, {"width": 640, "height": 400}]
SIDEWAYS = "document.documentElement.scrollWidth - window.innerWidth"
# Two frames: Material's own resize handlers have run, the layout is new;
# then any transition the new width started has ended (a sheet sliding to
# its place would widen the page for a moment).
SETTLED = """async () => {
  await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  // Only what shows: a transition on a hidden element (a tab not chosen)
  // never runs, so it never ends. The longest of Material's is 0.4 s.
  const moving = document.getAnimations().filter(a => a instanceof CSSTransition
      && a.effect.target.checkVisibility());
  await Promise.race([Promise.allSettled(moving.map(a => a.finished)),
                      new Promise(r => setTimeout(r, 1000))]);
}"""
TEXT_SPACING = """
* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }
"""
# Words for screen readers only (.hh-visually-hidden) sit in a 1px box by design.
CLIPPED = """() => [...document.querySelectorAll('article *, .md-header__title *')]
  .filter(e => e.children.length === 0 && e.textContent.trim())
  .filter(e => !e.closest('.hh-visually-hidden'))
  .filter(e => { const s = getComputedStyle(e);
    const clips = v => v === 'hidden' || v === 'clip';
    return (clips(s.overflowX) && e.scrollWidth > e.clientWidth + 1)
        || (clips(s.overflowY) && e.scrollHeight > e.clientHeight + 1); })
  .map(e => e.outerHTML.slice(0, 80))"""


def check_reflow_and_text_spacing(page, src: str) -> None:
    """No sideways scroll at each reflow width with every box open, then
    WCAG's text spacing at the phone the reviews use: no text clipped. The
    text spacing stays on the page."""
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    for viewport in REFLOW_VIEWPORTS:
        page.set_viewport_size(viewport)
        page.evaluate(SETTLED)
        overflow = page.evaluate(SIDEWAYS)
        assert overflow <= 0, f"{src} scrolls sideways by {overflow}px at {viewport['width']}px"
    page.set_viewport_size(PHONE)
    page.add_style_tag(content=TEXT_SPACING)
    page.evaluate(SETTLED)
    assert page.evaluate(CLIPPED) == [], f"{src}: text clipped with wider text spacing"
    assert page.evaluate(SIDEWAYS) <= 0, f"{src} scrolls sideways with wider text spacing"



# A glossary term inside each place where a line must not show, added to a
# page, so the test holds whichever terms the pages carry today.
PLANTED = """() => {
  const term = '<abbr title="planted by the test">hinge</abbr>';
  const article = document.querySelector('article');
  article.insertAdjacentHTML('beforeend',
    `<h2>A ${term} heading</h2><h3>A ${term}</h3>
     <div class="admonition note"><p class="admonition-title">A ${term} note</p></div>
     <details class="fault"><summary>A ${term} fault</summary><p>x</p></details>
     <p>A <a href="#">${term} link</a></p>`);
}"""


def check_no_glossary_line_in_headings_box_titles_or_links(page, src: str) -> None:
    """A glossary term's dotted line shows in running text only: in a
    heading, a box title or a link it would read as a link. Adds to the
    page, so it runs last."""
    page.evaluate(PLANTED)
    places = "article :is(h1, h2, h3, h4, h5, h6, .admonition-title, summary, a) abbr"
    terms = page.locator(places).all()
    assert len(terms) >= 5
    for term in terms:
        where = term.evaluate(
            "e => e.parentElement.closest('h1,h2,h3,h4,h5,h6,.admonition-title,summary,a')"
            ".outerHTML.slice(0, 80)"
        )
        assert term.evaluate(GLOSSARY_LINE), f"{src}: a glossary line shows in {where}"
    # In running text the dotted line stays: it says a meaning is there
    # (a planted one, so every page has one to check).
    page.evaluate("""() => document.querySelector('article').insertAdjacentHTML('beforeend',
        '<p id="hh-planted-body">A <abbr title="planted by the test">hinge</abbr></p>')""")
    body = page.locator("#hh-planted-body > abbr")
    assert body.evaluate("e => getComputedStyle(e).borderBottomStyle") == "dotted"


def test_search_finds_hamstring(browser, base_url):
    page = open_page(browser, base_url, "")
    search = page.locator("input.md-search__input")
    search.click()
    search.press_sequentially("hamstring", delay=20)
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=10_000)
    assert results.count() >= 2
    assert "hamstring" in page.locator(".md-search-result").inner_text().lower()


def test_palette_toggle_switches_to_dark_and_back(browser, base_url):
    page = open_page(browser, base_url, "setup/", scheme="light")
    body = page.locator("body")
    assert body.get_attribute("data-md-color-scheme") == "default"
    # The toggle shows the one button that switches away from the scheme shown.
    toggle = page.locator("form[data-md-component=palette] label:not([hidden])")
    assert toggle.get_attribute("for") == "__palette_1"  # to dark
    toggle.click()
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    # The choice is kept for the next page, though the system says light.
    page.goto(base_url + "movement/")
    wait_for_material(page)
    assert body.get_attribute("data-md-color-scheme") == "slate"
    assert toggle.get_attribute("for") == "__palette_0"  # back to light
    toggle.click()
    expect(body).to_have_attribute("data-md-color-scheme", "default")


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_fault_link_opens_the_fault_in_view(browser, base_url, viewport):
    page = open_page(browser, base_url, "movement/#rounded-back", viewport=viewport)
    fault = page.locator("details#rounded-back")
    assert fault.get_attribute("open") is not None, "the linked fault is expanded"
    box = fault.bounding_box()
    header = page.locator(".md-header").bounding_box()["height"]
    assert header - 1 <= box["y"] < viewport["height"] / 2, box
    # Its fix is visible without another tap.
    assert fault.get_by_text("The fix:", exact=True).is_visible()


MATERIAL_TIMING = """() => ({
  parsed: performance.getEntriesByType("navigation")[0].domContentLoadedEventStart,
  paint: performance.getEntriesByName("first-contentful-paint").map(e => e.startTime),
  material: performance.getEntriesByType("resource")
    .filter(e => /\\/assets\\/javascripts\\/bundle\\.[0-9a-f]+\\.min\\.js$/.test(e.name))
    .map(e => e.startTime),
})"""


@pytest.mark.parametrize("path", ["", "faults/"])
def test_material_starts_after_the_first_paint(browser, base_url, path):
    # hooks/theme_script_after_paint.py: the script is fetched once the
    # text is on screen, and Material still starts.
    page = open_page(browser, base_url, path, viewport=PHONE)
    timing = page.evaluate(MATERIAL_TIMING)
    assert len(timing["paint"]) == 1 and len(timing["material"]) == 1, timing
    assert timing["material"][0] >= timing["paint"][0], timing
    wait_for_material(page, timeout=3000)  # it heard DOMContentLoaded
    assert page.errors == [], page.errors


def test_a_fault_link_starts_material_at_once(browser, base_url):
    # So it can open the fault as soon as it can: while the page is parsed.
    page = open_page(browser, base_url, "movement/#rounded-back", viewport=PHONE)
    timing = page.evaluate(MATERIAL_TIMING)
    assert timing["material"][0] < timing["parsed"], timing
    wait_for_material(page, timeout=3000)


def test_a_browser_that_cannot_report_paints_starts_material_at_once(browser, base_url):
    # Older browsers have no paint timing: waiting for it would be waiting forever.
    context = browser.new_context(viewport=PHONE, service_workers="block")
    context.add_init_script("delete window.PerformanceObserver")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(base_url + "setup/", wait_until="networkidle")
    timing = page.evaluate(MATERIAL_TIMING)
    assert timing["material"][0] < timing["parsed"], timing
    wait_for_material(page, timeout=3000)
    assert errors == []


def test_fault_boxes_are_styled_as_faults(browser, base_url):
    page = open_page(browser, base_url, "movement/")
    fault = page.locator("details.fault").first
    border = fault.evaluate("e => getComputedStyle(e).borderLeftColor")
    icon = fault.evaluate(
        "e => getComputedStyle(e.querySelector('summary'), '::before').maskImage"
    )
    assert border == "rgb(176, 36, 90)", border
    assert "svg" in icon, "the fault icon is set in extra.css"
    # Quiet rows: Movement's eight fault rows and six notes were each a
    # tinted bar in a coloured frame, heavy on a phone. The colour sits on the
    # box's edge and its mark; the title bar is the page's own, the frame a hairline.
    for box in (fault, page.locator("details.note").first):
        looks = box.evaluate("""e => { const s = getComputedStyle(e),
            t = getComputedStyle(e.querySelector('summary')),
            mark = getComputedStyle(e.querySelector('summary'), '::before');
            return {edge: s.borderLeftColor, frame: s.borderTopColor, bar: t.backgroundColor,
                    mark: mark.backgroundColor, shadow: s.boxShadow}; }""")
        assert looks["bar"] == "rgba(0, 0, 0, 0)", f"the title bar is tinted: {looks}"
        assert looks["frame"] != looks["edge"] == looks["mark"], looks
        assert looks["shadow"] == "none", looks


def test_every_fault_box_can_be_read_without_javascript(browser, base_url):
    page = open_page(browser, base_url, "movement/", java_script_enabled=False)
    fault = page.locator("details#rounded-back")
    fault.locator("summary").click()
    assert fault.get_attribute("open") is not None
    assert fault.get_by_text("The fix:", exact=True).is_visible()
