"""Reading on a phone (390 x 844, an everyday phone's screen), in Chromium:
glossary meanings, tables, buttons, links and the end of each page."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from conftest import nav_pages, wait_for_material
from test_browser import open_page

PHONE = {"width": 390, "height": 844}
PAGES = nav_pages()


def tap_first_term(page):
    """Tap the first glossary term in running text, as a reader would, and
    return it with the meaning it carries."""
    term = page.locator("article p > abbr[tabindex]").first
    meaning = term.get_attribute("title")
    term.scroll_into_view_if_needed()
    term.tap()
    return term, meaning


# Glossary meanings ------------------------------------------------------------


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_tapped_term_opens_a_readable_card_below_its_line(browser, base_url, scheme):
    page = open_page(browser, base_url, "setup/", viewport=PHONE, scheme=scheme,
                     has_touch=True, is_mobile=True)
    wait_for_material(page)
    term, meaning = tap_first_term(page)
    card = page.locator(".md-tooltip2--active .md-tooltip2__inner").filter(has_text=meaning[:30])
    card.wait_for(state="visible", timeout=5000)
    page.wait_for_timeout(500)  # Material slides it in
    style = card.evaluate("e => { const s = getComputedStyle(e);"
                          " return [parseFloat(s.fontSize), parseInt(s.fontWeight)]; }")
    assert 15 <= style[0] <= 16, f"the meaning is {style[0]}px: read it at 15-16 px"
    assert style[1] < 600, f"the meaning is bold ({style[1]}): set it in regular text"
    # The term's whole line (its top to its bottom, across the page) stays clear.
    line = term.bounding_box()
    box = card.bounding_box()
    overlap = min(line["y"] + line["height"], box["y"] + box["height"]) - max(line["y"], box["y"])
    assert overlap <= 0, f"the card covers the tapped term's line by {overlap:.0f}px"
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], box


def test_a_term_opens_its_meaning_from_the_keyboard(browser, base_url):
    page = open_page(browser, base_url, "setup/", viewport=PHONE)
    wait_for_material(page)
    term = page.locator("article p > abbr[tabindex]").first
    meaning = term.get_attribute("title")
    term.focus()
    assert page.evaluate("document.activeElement.tagName") == "ABBR", "the term takes no focus"
    page.locator(".md-tooltip2--active").filter(has_text=meaning[:30]).wait_for(timeout=5000)
    # A screen reader reads the open meaning as the term's description.
    expect(term).to_have_attribute("aria-describedby", re.compile(r"\S"))
    described = term.get_attribute("aria-describedby")
    assert meaning[:30] in page.locator(f"#{described}").inner_text()


def test_a_term_shows_its_meaning_without_javascript(browser, base_url):
    page = open_page(browser, base_url, "setup/", viewport=PHONE, java_script_enabled=False)
    term = page.locator("article p > abbr[tabindex]").first
    meaning = term.get_attribute("title")
    term.focus()  # a tap focuses it too: it has a tabindex
    shown = term.evaluate("e => getComputedStyle(e, '::after').content")
    assert meaning in shown, f"with JavaScript off a focused term shows {shown!r}"
