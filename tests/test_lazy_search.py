"""Search loads when the reader opens it (overrides/partials/hh-lazy-search.html).

A first visit fetches neither Material's search index nor its search
worker; opening search in any of the ways a reader can fetches both, and
finds pages. Each test fails when the partial is left out of main.html
(the first, because the files load at once) or when it holds too much
(the others, because search never answers).
"""

from __future__ import annotations

import pytest

from browser_helpers import DESKTOP, PHONE, open_page
from conftest import wait_for_material

SEARCH_FILES = ("search/search_index.json", "/workers/search.")


def watch(page) -> list[str]:
    """The search files this page requests from now on."""
    seen: list[str] = []
    page.on("request", lambda r: any(f in r.url for f in SEARCH_FILES) and seen.append(r.url))
    return seen


def open_watched(browser, base_url, path, **options):
    page = open_page(browser, base_url, "404.html", **options)  # a page to hook onto
    seen = watch(page)
    page.goto(base_url + path, wait_until="networkidle")
    # Material starts after the first paint, and it is what hears the "/"
    # key and the search box: a busy machine can be idle on the network
    # before then, and the key went nowhere.
    wait_for_material(page)
    return page, seen


def results(page, words: str) -> str:
    page.keyboard.type(words, delay=20)
    items = page.locator(".md-search-result__item")
    items.first.wait_for(timeout=10_000)
    return page.locator(".md-search-result").inner_text().lower()


@pytest.mark.parametrize("path", ["", "movement/", "faults/rounded-back/"])
def test_a_first_visit_fetches_no_search_files(browser, base_url, path):
    page, seen = open_watched(browser, base_url, path, viewport=PHONE)
    page.wait_for_timeout(500)
    assert seen == [], f"/{path} fetched {seen} before the reader opened search"
    assert page.errors == []


def test_the_search_button_on_a_phone_loads_search(browser, base_url):
    page, seen = open_watched(browser, base_url, "setup/", viewport=PHONE)
    page.locator("label.md-header__button[for=__search]").click()
    assert "hamstring" in results(page, "hamstring")
    assert len(seen) == 2, seen  # the index and the worker, once each
    assert page.errors == []


def test_the_search_box_on_a_desktop_loads_search(browser, base_url):
    page, seen = open_watched(browser, base_url, "", viewport=DESKTOP)
    page.locator("input.md-search__input").click()
    assert "brace" in results(page, "brace")
    assert len(seen) == 2, seen


def test_the_search_key_loads_search(browser, base_url):
    page, seen = open_watched(browser, base_url, "movement/", viewport=DESKTOP)
    page.keyboard.press("/")
    assert "kettlebell" in results(page, "kettlebell")


def test_a_reader_from_a_search_result_sees_the_words_highlighted(browser, base_url):
    page, seen = open_watched(browser, base_url, "setup/?h=brace", viewport=PHONE)
    marks = page.locator("mark[data-md-highlight]")
    marks.first.wait_for(state="attached", timeout=10_000)
    assert "brace" in marks.first.inner_text().lower()
    assert seen, "the highlight needs the index, so it loads at once"
