"""With site storage blocked, the site still works.

Some browsers, or settings, throw on any use of localStorage and
sessionStorage. Material reads storage outside a try in its first inline
script, so without the guard in overrides/main.html its scripts stop: no
palette toggle, no search, fault links don't open.
"""

from __future__ import annotations

import pytest

from browser_helpers import PHONE
from conftest import wait_for_material

# Storage that throws, as a browser with site data blocked does.
BLOCK_STORAGE = """
for (const name of ["localStorage", "sessionStorage"]) {
  Object.defineProperty(window, name, {
    configurable: true,
    get() { throw new DOMException("The operation is insecure.", "SecurityError"); },
  });
}
"""


@pytest.fixture
def blocked(browser, base_url):
    opened = []

    def open_blocked(path, **options):
        context = browser.new_context(viewport=PHONE, service_workers="block")
        context.add_init_script(BLOCK_STORAGE)
        page = context.new_page()
        page.errors = []
        page.on("pageerror", lambda e: page.errors.append(str(e)))
        page.goto(base_url + path, wait_until="load")
        wait_for_material(page)
        opened.append(context)
        return page

    yield open_blocked
    for context in opened:
        context.close()


def test_storage_really_is_blocked_without_the_guard(browser, base_url):
    # The stand-in is only there because storage throws: check the throw on
    # a file that has no guard.
    context = browser.new_context()
    context.add_init_script(BLOCK_STORAGE)
    page = context.new_page()
    page.goto(base_url + "robots.txt")
    kind = page.evaluate("() => { try { localStorage.getItem('x'); return 'read'; }"
                         " catch (e) { return e.name; } }")
    context.close()
    assert kind == "SecurityError"


def test_the_palette_toggle_works(blocked):
    page = blocked("setup/")
    body = page.locator("body")
    before = body.get_attribute("data-md-color-scheme")
    page.locator("label.md-header__button[for^='__palette']:visible").first.click()
    page.wait_for_function(f"document.body.dataset.mdColorScheme !== {before!r}")
    assert page.errors == []


def test_search_finds_a_page(blocked):
    page = blocked("setup/")
    page.locator("label.md-header__button[for='__search']").first.click()
    page.locator("input.md-search__input").press_sequentially("rounded", delay=30)
    results = page.locator(".md-search-result__item")
    results.first.wait_for(state="visible", timeout=15000)
    assert results.count() > 0 and page.errors == []


def test_a_fault_link_opens_its_fault(blocked):
    page = blocked("movement/#rounded-back")
    page.wait_for_function("document.getElementById('rounded-back').open === true")
    assert page.errors == []
