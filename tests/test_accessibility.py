"""Keyboard, reflow, text spacing, no JavaScript, and print, in Chromium.
(axe-core runs on every page in tests/test_browser.py.)"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from conftest import nav_pages, page_url
from test_browser import NARROW_PHONE, PHONE, open_page

PAGES = nav_pages()

FOCUS_RING = """() => {
  const e = document.activeElement;
  const shown = el => el && getComputedStyle(el).outlineStyle !== 'none'
                    && parseFloat(getComputedStyle(el).outlineWidth) > 0;
  // Material's hidden radio buttons show their focus on the label after them.
  if (e.matches('input.md-option'))
    return shown(e.nextElementSibling)
        || shown(e.parentElement.querySelector('label:not([hidden])'));
  // Content tabs are radio buttons too; the row of tab labels shows the focus.
  if (e.matches('.tabbed-set > input'))
    return shown(e.parentElement.querySelector('.tabbed-labels'));
  // The search box shows focus by opening the search panel.
  if (e.matches('input.md-search__input'))
    return shown(e.closest('form')) || document.querySelector('#__search').checked;
  return shown(e);
}"""


def test_skip_link_reaches_the_content(browser, base_url):
    page = open_page(browser, base_url, "movement/")
    page.keyboard.press("Tab")
    skip = page.evaluate("document.activeElement.className")
    assert "md-skip" in skip
    assert page.locator("a.md-skip").is_visible()
    page.keyboard.press("Enter")
    assert page.url.endswith("#movement")
    page.keyboard.press("Tab")
    # The next stop is inside the article, not back in the header.
    assert page.evaluate("!!document.activeElement.closest('article')")


@pytest.mark.parametrize("src", ["index.md", "movement.md", "progression.md"])
def test_focus_is_always_visible(browser, base_url, src):
    page = open_page(browser, base_url, page_url(src))
    stops = page.evaluate("document.querySelectorAll('a[href], summary, input, button').length")
    seen = set()
    for _ in range(min(stops, 80)):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement === document.body"):
            break  # past the last stop on the page
        where = page.evaluate("document.activeElement.outerHTML.slice(0, 90)")
        assert page.evaluate(FOCUS_RING), f"{src}: no visible focus on {where}"
        seen.add(where)
    assert len(seen) > 10


def tab_to(page, selector, limit=60):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"document.activeElement.matches({selector!r})"):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_palette_toggle_by_keyboard(browser, base_url):
    page = open_page(browser, base_url, "setup/")
    tab_to(page, "input.md-option")
    page.keyboard.press("ArrowRight")
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    page.keyboard.press("ArrowLeft")
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "default")


def test_search_by_keyboard(browser, base_url):
    page = open_page(browser, base_url, "setup/")
    page.keyboard.press("/")
    page.keyboard.type("brace", delay=20)
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    page.keyboard.press("ArrowDown")
    start = page.url
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: url != start)  # the result opened
    expect(page.locator("article")).to_contain_text("brace", ignore_case=True)


def test_nav_and_fault_boxes_by_keyboard(browser, base_url):
    page = open_page(browser, base_url, "movement/")
    tab_to(page, "details.fault > summary")
    fault = page.evaluate("document.activeElement.parentElement.id")
    page.keyboard.press("Enter")
    assert page.locator(f"details#{fault}").get_attribute("open") is not None
    page.keyboard.press("Enter")
    assert page.locator(f"details#{fault}").get_attribute("open") is None
    tab_to(page, "a.md-nav__link[href='../progression/']")
    page.keyboard.press("Enter")
    page.wait_for_url("**/progression/")


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

# WCAG's 320 CSS px, the narrowest common phone, and a 1280 px screen at
# 200 % zoom: none may scroll sideways, with every box open.
REFLOW_VIEWPORTS = [{"width": 320, "height": 640}, NARROW_PHONE, {"width": 640, "height": 400}]
SIDEWAYS = "document.documentElement.scrollWidth - window.innerWidth"
# Two frames: Material's own resize handlers have run, the layout is new.
SETTLED = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"


@pytest.mark.parametrize("title,src", PAGES)
def test_reflow_and_text_spacing(browser, base_url, title, src):
    """One load per page, resized to each width in turn (the layout a
    resize gives is the layout a load at that size gives), then WCAG's
    text spacing at the phone the reviews use: no text clipped."""
    page = open_page(browser, base_url, page_url(src), viewport=REFLOW_VIEWPORTS[0])
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


# Pages that hold fault boxes and figures: the loops below must find some.
PAGES_WITH_FAULTS = ("setup.md", "movement.md", "progression.md")


@pytest.mark.parametrize("title,src", PAGES)
def test_readable_and_navigable_without_javascript(browser, base_url, title, src):
    page = open_page(browser, base_url, page_url(src), viewport=PHONE, java_script_enabled=False)
    article = page.locator("article")
    assert article.is_visible() and len(article.inner_text()) > 300
    if src in PAGES_WITH_FAULTS:
        assert page.locator("details.fault").count(), f"{src} shows no fault box"
    for fault in page.locator("details.fault").all():
        fault.locator("summary").click()
        assert fault.get_by_text("The fix:", exact=True).is_visible()
    # The phone menu is a CSS-only drawer: it opens and its links work.
    page.locator("label.md-header__button[for='__drawer']").click()
    target = "Sources" if src != "sources.md" else "Safety"
    page.locator(".md-nav--primary").get_by_role("link", name=target, exact=True).click()
    expect(page.locator("h1").first).to_have_text(re.compile("^" + target))


@pytest.mark.parametrize("title,src", PAGES)
def test_print_keeps_content_and_opens_faults(browser, base_url, pdf_dir, title, src):
    # No script runs before print here, so the print CSS alone must do it.
    page = open_page(browser, base_url, page_url(src), java_script_enabled=False)
    page.emulate_media(media="print")
    chrome = [".md-header", ".md-sidebar--primary", ".md-search", ".md-footer",
              "form[data-md-component=palette]"]
    for hidden in chrome:
        assert not page.locator(hidden).first.is_visible(), f"{hidden} prints"
    if src in PAGES_WITH_FAULTS:
        assert page.locator("details.fault").count(), f"{src} prints no fault box"
        assert page.locator("article figure").count(), f"{src} prints no figure"
    for fault in page.locator("details.fault").all():
        assert fault.get_by_text("The fix:", exact=True).is_visible()
    for figure in page.locator("article figure").all():
        assert figure.is_visible()
    pdf = page.pdf(path=str(pdf_dir / f"{src[:-3]}.pdf"), format="A4")
    assert pdf[:5] == b"%PDF-" and len(pdf) > 5000


# axe with a glossary meaning open, tapped as on a phone (390 x 844). The
# pages with every meaning closed are checked in test_browser.py.
PHONE_390 = {"width": 390, "height": 844}


@pytest.mark.parametrize("path", ["", "setup/", "movement/", "progression/", "cue-card/"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_with_a_meaning_open(browser, base_url, path, scheme):
    from conftest import wait_for_material
    from test_browser import axe

    page = open_page(browser, base_url, path, viewport=PHONE_390, scheme=scheme,
                     has_touch=True, is_mobile=True)
    wait_for_material(page)
    # A meaning open: Material puts its tooltip at the end of <body>, outside
    # the landmarks (best practice's "region"); it is the description of a
    # term inside <main> (aria-describedby), so that one rule is left out
    # for the tooltip alone, and every other rule checks it. (Its contrast axe
    # reports as incomplete, as it lies over the text: test_phone.py checks it.)
    term = page.locator("article p > abbr[tabindex]").first
    term.scroll_into_view_if_needed()
    term.tap()
    page.locator(".md-tooltip2--active").wait_for(timeout=5000)
    page.wait_for_timeout(500)  # faded in: axe reads its colours
    for context, skip_rules in [({"exclude": [[".md-tooltip2"]]}, ()),
                                ({"include": [[".md-tooltip2"]]}, ("region",))]:
        results = axe(page, context, skip_rules=skip_rules)
        assert results.violations_count == 0, (
            f"{path or 'home'} {scheme}, a meaning open:\n" + results.generate_report())
