"""The figures as readers get them: inline in the pages, named, themed,
animated only when motion is welcome, and pausable."""

from __future__ import annotations

import re

import pytest

from browser_helpers import PHONE, open_page
from colours import contrast
from conftest import ROOT, nav_pages, page_url, parsed

PAGES_WITH_FIGURES = ["index.md", "setup.md", "movement.md", "progression.md"]


@pytest.mark.parametrize("src", PAGES_WITH_FIGURES)
def test_figures_are_inline_and_named(site, src):
    page = parsed((site / page_url(src) / "index.html").read_text())
    figures = page.select("article figure svg.hh-fig")
    assert figures, f"{src} has no figure"
    assert not page.select("article img[src$='.svg']"), "an SVG figure was left as an <img>"
    ids = [t["id"] for t in page.find_all(id=True)]
    assert len(ids) == len(set(ids)), "duplicate ids after inlining"
    for svg in figures:
        title = svg.find("title")
        assert svg.get("role") == "img"
        assert title and len(title.get_text()) > 20
        assert svg.get("aria-labelledby") == title.get("id")
        assert svg.find_parent("figure").find("figcaption").get_text(strip=True)


def test_every_image_in_the_docs_is_used(site):
    used = "".join((site / page_url(src) / "index.html").read_text() for _, src in nav_pages())
    # A fault pair's thumbnail is an image in the Common faults list, not inlined.
    shown = {src.rsplit("/", 1)[-1] for src in re.findall(r'<img [^>]*?src="?([^" >]+)', used)}
    for svg in sorted((ROOT / "docs/images").glob("*.svg")):
        if svg.name.endswith("-thumb.svg"):
            assert svg.name in shown, f"{svg.name} is on no page"
            continue
        marker = re.search(r'<title id="([^"]+)"', svg.read_text()).group(1)
        assert marker in used, f"{svg.name} is on no page"


@pytest.mark.parametrize("src", PAGES_WITH_FIGURES)
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_figure_colours_stand_out_in_both_schemes(browser, base_url, screenshot_dir, src, scheme):
    """Also screenshots every figure at phone width, to look at."""
    page = open_page(browser, base_url, page_url(src), viewport=PHONE, scheme=scheme)
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    for name in ["--hh-figure-accent", "--hh-figure-fault", "--hh-figure-prop"]:
        colour = page.evaluate(f"""(() => {{ const e = document.createElement('i');
            e.style.color = 'var({name})'; document.body.append(e);
            const c = getComputedStyle(e).color; e.remove(); return c; }})()""")
        assert contrast(colour, background) >= 3, f"{name} {colour} on {background}"
    body = page.locator("article svg.hh-fig").first.evaluate("e => getComputedStyle(e).color")
    assert contrast(body, background) >= 4.5
    for i, figure in enumerate(page.locator("article figure").all()):
        # A rung's figure lays its picture and words out in its parent's
        # grid (display: contents), so it has no box of its own to shoot.
        if figure.evaluate("e => getComputedStyle(e).display") == "contents":
            figure = figure.locator("xpath=..")
        figure.screenshot(path=str(screenshot_dir / f"figure-{src[:-3]}-{i:02d}-{scheme}.png"))
    page.context.close()


def animations(page):
    return page.evaluate("""document.getAnimations()
        .filter(a => a.effect && a.effect.target && a.effect.target.closest('.hh-rep'))
        .map(a => a.playState)""")


def test_the_rep_animates_and_the_switch_pauses_it(browser, base_url, screenshot_dir):
    page = open_page(browser, base_url, "", viewport=PHONE)
    states = animations(page)
    assert states and all(s == "running" for s in states)
    switch = page.get_by_role("checkbox", name="Pause the animation")
    switch.focus()
    page.keyboard.press("Space")  # by keyboard
    states = animations(page)
    assert states and all(s == "paused" for s in states)
    page.get_by_text("Pause the animation").click()  # and by tap or click
    states = animations(page)
    assert states and all(s == "running" for s in states)
    page.locator(".hh-rep figure").screenshot(path=str(screenshot_dir / "figure-rep-light.png"))
    page.context.close()


def test_nothing_animates_when_the_reader_prefers_reduced_motion(browser, base_url, screenshot_dir):
    page = open_page(browser, base_url, "", viewport=PHONE, reduced_motion="reduce")
    assert animations(page) == []
    assert not page.get_by_role("checkbox", name="Pause the animation").is_visible()
    # The still sequence: every frame of the rep is drawn at once.
    frames = page.locator(".hh-rep .hh-rep-frame")
    assert frames.count() >= 3
    shot = screenshot_dir / "figure-rep-reduced-motion.png"
    page.locator(".hh-rep figure").screenshot(path=str(shot))
    page.context.close()
