"""Reading on a phone (390 x 844, an everyday phone's screen), in Chromium:
glossary meanings, tables, buttons, links and the end of each page."""

from __future__ import annotations

import re

import markdown
import pytest
from bs4 import BeautifulSoup
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


# Tables as cards ----------------------------------------------------------------

TABLE = """
| What leaves the stick | What it *means* | What to do |
| --- | --- | --- |
| Your sacrum | Rounding | Stop [higher](#x) |
| Your head | Craning |
"""


def test_each_cell_is_labelled_with_its_column_at_build_time():
    html = markdown.markdown(TABLE, extensions=["tables", "hinge_guide.tables"])
    rows = BeautifulSoup(html, "html.parser").select("tbody tr")
    assert [td.get("data-label") for td in rows[0].select("td")] == [
        "What leaves the stick", "What it means", "What to do"]
    # A short row: the cells there are labelled, the empty one too.
    assert [td.get("data-label") for td in rows[1].select("td")][:2] == [
        "What leaves the stick", "What it means"]


def test_the_pages_tables_carry_their_labels(built):
    site = built  # each engine's build in turn
    tables = [table for path in site.glob("**/index.html")
              for table in BeautifulSoup(path.read_text(), "html.parser").select("article table")
              if table.select_one("thead th") and not table.get("class")]
    assert len(tables) >= 2, "no Markdown table in the site to check"
    for table in tables:
        names = [th.get_text(" ", strip=True) for th in table.select("thead th")]
        for row in table.select("tbody tr"):
            labels = [td.get("data-label") for td in row.select("td")]
            assert labels == names[:len(labels)], f"{names}: a row is labelled {labels}"


LINES = """e => [...e.querySelectorAll('td')].map(td => {
  const words = document.createRange();
  words.selectNodeContents(td);
  const rects = [...words.getClientRects()].filter(r => r.width > 0);
  return new Set(rects.map(r => Math.round(r.top))).size;
})"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_three_column_table_is_a_stack_of_cards_on_a_phone(browser, base_url, scheme):
    page = open_page(browser, base_url, "movement/", viewport=PHONE, scheme=scheme)
    table = page.locator("article table:not([class])").filter(
        has=page.locator("thead th:nth-child(3)")).first
    width = table.bounding_box()["width"]
    cells = table.locator("tbody tr:first-child td").all()
    assert len(cells) == 3
    boxes = [cell.bounding_box() for cell in cells]
    # Stacked: one cell under the other, each as wide as the card.
    assert boxes[0]["y"] < boxes[1]["y"] < boxes[2]["y"], "the cells still sit side by side"
    assert min(b["width"] for b in boxes) >= 0.8 * width, boxes
    lines = table.evaluate(LINES)
    assert lines and max(lines) <= 3, f"a cell wraps onto {max(lines)} lines"
    name = table.locator("thead th").nth(1).inner_text().strip()
    label = cells[1].evaluate("e => getComputedStyle(e, '::before').content")
    assert label == f'"{name}"', f"the cell shows {label} for its column, not {name!r}"
