"""What the browser tests share: the screen sizes, opening a page as a
reader meets it (open_page), and axe-core (axe). Imported by the test files
that drive Chromium; fixtures stay in conftest.py."""

from __future__ import annotations

from urllib.parse import urlparse

from axe_playwright_python.base import AxeResults
from axe_playwright_python.sync_playwright import Axe

from conftest import wait_for_material

# The phone the design reviews use; the reflow check (test_browser.py)
# also tries the narrowest common phone.
PHONE = {"width": 390, "height": 844}
NARROW_PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 800}
# WCAG 2.0, 2.1 and 2.2 A and AA, and axe's best practices (which hold the
# search dialog's missing name, fixed in hooks/a11y_fixes.py). No rule is
# switched off.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]
AXE = Axe()


# The rules whose answer depends on the colours alone: what a second colour
# scheme over the same markup and layout can change.
AXE_COLOUR_RULES = ["color-contrast", "link-in-text-block"]


def axe(page, context=None, *, skip_rules=(), only_rules=()):
    """axe-core over the page (or `context`), every rule of AXE_TAGS but
    `skip_rules`, or only `only_rules`. Only violations are gathered: they
    are all a test asserts on, and leaving out the list of passes halves a
    long page's run."""
    only = {"type": "rule", "values": list(only_rules)} if only_rules else None
    options = {"runOnly": only or {"type": "tag", "values": AXE_TAGS},
               "resultTypes": ["violations"]}
    if skip_rules:
        options["rules"] = {rule: {"enabled": False} for rule in skip_rules}
    if page.evaluate("typeof window.axe === 'undefined'"):
        page.evaluate(AXE.axe_script)  # once per page: AXE.run would parse it every time
    return AxeResults(page.evaluate(
        "([context, options]) => axe.run(context ?? document, options)", [context, options]))


def open_page(browser, base_url, path, *, viewport=DESKTOP, scheme="light", init_script=None,
              **options):
    """The page as a reader opens it: loaded and Material started, with its
    errors and any request to another origin recorded (page.errors,
    page.foreign). `init_script` runs before the page's own scripts (a
    stand-in for navigator.share, storage blocked)."""
    # The offline tests (test_offline.py) run the service worker; here it
    # would save the whole site in the background of every page a test opens,
    # and a slow answer from the busy test server could come from its copy.
    options.setdefault("service_workers", "block")
    context = browser.new_context(viewport=viewport, color_scheme=scheme, **options)
    if init_script:
        context.add_init_script(init_script)
    page = context.new_page()
    page.errors, page.foreign = [], []
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    origin = urlparse(base_url).netloc

    def check(request):
        url = urlparse(request.url)
        if url.scheme in ("http", "https") and url.netloc != origin:
            page.foreign.append(request.url)

    page.on("request", check)
    # "load", then Material's start: what a reader sees. ("networkidle" would
    # add half a second of silence to each of the hundreds of pages opened.)
    page.goto(base_url + path, wait_until="load")
    if options.get("java_script_enabled", True):
        wait_for_material(page)
    return page


# A glossary term shows no dotted line (where it would read as a link, and
# on paper).
GLOSSARY_LINE = """e => { const s = getComputedStyle(e);
    return (s.borderBottomStyle === 'none' || parseFloat(s.borderBottomWidth) === 0)
        && s.textDecorationLine === 'none'; }"""
