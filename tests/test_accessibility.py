"""Keyboard, no JavaScript, print, and a glossary meaning open, in Chromium.
(axe-core, reflow and text spacing run on every page in tests/test_browser.py.)"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from browser_helpers import GLOSSARY_LINE, PHONE, open_page
from conftest import nav_pages, page_url

PAGES = nav_pages()

# Where the focus is after a Tab: null past the last stop on the page, else
# the focused element's start and whether its focus shows. One call a stop.
FOCUS_RING = """() => {
  const e = document.activeElement;
  if (e === document.body) return null;
  const shown = el => el && getComputedStyle(el).outlineStyle !== 'none'
                    && parseFloat(getComputedStyle(el).outlineWidth) > 0;
  // Material's hidden radio buttons show their focus on the label after them.
  if (e.matches('input.md-option'))
    return [e.outerHTML.slice(0, 90), shown(e.nextElementSibling)
        || shown(e.parentElement.querySelector('label:not([hidden])'))];
  // Content tabs are radio buttons too; the row of tab labels shows the focus.
  if (e.matches('.tabbed-set > input'))
    return [e.outerHTML.slice(0, 90), shown(e.parentElement.querySelector('.tabbed-labels'))];
  // The search box shows focus by opening the search panel.
  if (e.matches('input.md-search__input'))
    return [e.outerHTML.slice(0, 90),
            shown(e.closest('form')) || document.querySelector('#__search').checked];
  return [e.outerHTML.slice(0, 90), shown(e)];
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
        focused = page.evaluate(FOCUS_RING)
        if focused is None:
            break  # past the last stop on the page
        where, shows = focused
        assert shows, f"{src}: no visible focus on {where}"
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


# Pages that hold fault boxes and figures: the loops below must find some.
PAGES_WITH_FAULTS = ("setup.md", "movement.md", "progression.md")
PAGES_WITH_TERMS = ("cue-card.md", "index.md", "movement.md", "film-yourself.md")


@pytest.mark.parametrize("title,src", PAGES)
def test_without_javascript_it_prints_and_reads(browser, base_url, pdf_dir, title, src):
    """One load per page with JavaScript off (loading is most of the cost):
    printed from a desktop's width, then read on a phone's screen."""
    page = open_page(browser, base_url, page_url(src), java_script_enabled=False)
    check_print_keeps_content_and_opens_faults(page, pdf_dir, src)
    page.emulate_media(media="screen")
    page.set_viewport_size(PHONE)
    check_readable_and_navigable(page, src)


def check_print_keeps_content_and_opens_faults(page, pdf_dir, src: str) -> None:
    """No script runs before print here, so the print CSS alone must do it:
    the site's chrome hidden, every fault box's fix and every figure shown,
    glossary terms without their dotted line, and a real PDF."""
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
    # Paper has no tooltips: a glossary term prints without its dotted line.
    terms = page.locator("article abbr").all()
    if src in PAGES_WITH_TERMS:
        assert terms, f"{src} has no glossary term to check"
    for term in terms:
        assert term.evaluate(GLOSSARY_LINE), f"{src}: {term.inner_text()!r} prints with a line"
    pdf = page.pdf(path=str(pdf_dir / f"{src[:-3]}.pdf"), format="A4")
    assert pdf[:5] == b"%PDF-" and len(pdf) > 5000


def check_readable_and_navigable(page, src: str) -> None:
    """The text shows, every fault box opens to its fix, and the phone menu,
    a CSS-only drawer, opens and its links work. Leaves the page."""
    article = page.locator("article")
    assert article.is_visible() and len(article.inner_text()) > 300
    if src in PAGES_WITH_FAULTS:
        assert page.locator("details.fault").count(), f"{src} shows no fault box"
    for fault in page.locator("details.fault").all():
        fault.locator("summary").click()
        assert fault.get_by_text("The fix:", exact=True).is_visible()
    page.locator("label.md-header__button[for='__drawer']").click()
    target = "Sources" if src != "sources.md" else "Safety"
    page.locator(".md-nav--primary").get_by_role("link", name=target, exact=True).click()
    expect(page.locator("h1").first).to_have_text(re.compile("^" + target))


# axe with a glossary meaning open, tapped as on a phone (390 x 844). The
# pages with every meaning closed are checked in test_browser.py.
PHONE_390 = {"width": 390, "height": 844}


@pytest.mark.parametrize("path", ["", "setup/", "movement/", "progression/", "cue-card/"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_with_a_meaning_open(browser, base_url, path, scheme):
    from browser_helpers import axe
    from conftest import wait_for_material

    page = open_page(browser, base_url, path, viewport=PHONE_390, scheme=scheme,
                     has_touch=True, is_mobile=True)
    wait_for_material(page)
    # A meaning open: Material puts its tooltip at the end of <body>, outside
    # the landmarks (best practice's "region"); it is the description of a
    # term inside <main> (aria-describedby), so that one rule is left out,
    # and every other rule checks the tooltip and the term that opened it.
    # The rest of the page is as test_browser.py's axe run found it. (The
    # tooltip's contrast axe reports as incomplete, as it lies over the
    # text: test_phone.py checks it.)
    term = page.locator("article p > abbr[tabindex]").first
    term.scroll_into_view_if_needed()
    term.tap()
    page.locator(".md-tooltip2--active").wait_for(timeout=5000)
    page.wait_for_timeout(500)  # faded in: axe reads its colours
    described = page.evaluate("""() => (document.activeElement.closest('abbr')
        || document.querySelector('article abbr[aria-describedby]'))
        ?.getAttribute('aria-describedby')""")
    assert described, "the tapped term names no description"
    assert page.locator(f'[aria-describedby="{described}"]').count() == 1
    context = {"include": [[".md-tooltip2--active"], [f'[aria-describedby="{described}"]']]}
    results = axe(page, context, skip_rules=("region",))
    assert results.violations_count == 0, (
            f"{path or 'home'} {scheme}, a meaning open:\n" + results.generate_report())
