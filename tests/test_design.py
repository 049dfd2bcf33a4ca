"""The design on a 390x844 phone: what the first screen of the home page
holds, bold readable headings, glossary lines only where they help, text
large enough in tables and tabs, a Next button on the step-by-step pages,
and print without glossary borders. Also screenshots of every page, phone
and desktop, light and dark, to look at."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from browser_helpers import open_page
from colours import contrast
from conftest import ROOT, nav_pages, page_url, parsed, tab_to

PHONE = {"width": 390, "height": 844}
PAGES = nav_pages()


def rgba(colour: str) -> tuple[float, float, float, float]:
    parts = [float(x) for x in re.findall(r"[\d.]+", colour)]
    return (*parts[:3], parts[3] if len(parts) > 3 else 1.0)


def over(front: str, back: str) -> str:
    """front drawn over an opaque back, as the eye sees it."""
    r, g, b, a = rgba(front)
    R, G, B, _ = rgba(back)
    return f"rgb({r * a + R * (1 - a)}, {g * a + G * (1 - a)}, {b * a + B * (1 - a)})"


def box(page, selector):
    locator = page.locator(selector).first
    assert locator.count(), f"nothing matches {selector}"
    return locator.bounding_box()


# The home page's first screen ------------------------------------------------


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_home_first_screen_shows_the_rep_and_the_start_button(
    browser, base_url, screenshot_dir, scheme
):
    page = open_page(browser, base_url, "", viewport=PHONE, scheme=scheme)
    height, width = PHONE["height"], PHONE["width"]
    page.screenshot(path=str(screenshot_dir / f"design-home-first-screen-{scheme}.png"))

    figure = box(page, ".hh-rep figure svg.hh-fig")
    assert figure["height"] >= 120, f"the rep is {figure['height']:.0f} px tall"
    assert 0 <= figure["y"] and figure["y"] + figure["height"] <= height, figure

    # The pause control sits on the figure, as a button big enough to tap.
    control = box(page, ".hh-rep__control")
    panel = box(page, ".hh-rep figure")
    assert (
        panel["x"] <= control["x"]
        and control["x"] + control["width"] <= panel["x"] + panel["width"]
    )
    assert (
        panel["y"] <= control["y"]
        and control["y"] + control["height"] <= panel["y"] + panel["height"]
    )
    assert min(control["width"], control["height"]) >= 44, control
    switch = page.get_by_role("checkbox", name="Pause the animation")
    assert switch.is_visible()

    start = page.get_by_role("link", name="Start with Setup")
    start_box = start.bounding_box()
    assert start_box["y"] + start_box["height"] <= height, f"the Start button ends at {start_box}"
    assert start_box["height"] >= 44, start_box
    assert start_box["width"] >= width - 2 * 20, (
        f"the Start button is {start_box['width']:.0f} px wide"
    )
    assert start.get_attribute("href").rstrip("/").endswith("setup")

    # A bold title, and the facts line, in the same screen.
    title_weight = page.locator("article h1").evaluate("e => getComputedStyle(e).fontWeight")
    assert 600 <= int(title_weight) <= 700
    facts = box(page, ".hh-facts")
    assert facts["y"] + facts["height"] <= height
    # What you need, as the opening words and the 10-minute practice say
    # it (session-plans.md): a wall and a broomstick. "No equipment to
    # start" beside a practice that asks for both read as a contradiction.
    facts_text = page.locator(".hh-facts").inner_text().lower()
    assert "wall" in facts_text and "broomstick" in facts_text, facts_text
    lede = page.locator(".hh-lede").inner_text().lower()
    assert "wall" in lede and "broomstick" in lede, lede
    page.context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_on_a_phone_the_rep_spans_the_screen_with_the_facts_on_one_line_under_it(
    browser, base_url, scheme
):
    """The moving figure is the home page's best picture: beside the facts
    it was 186 px wide, and the three facts wrapped onto six lines (fresh
    design review). On a phone it spans the text's width under the opening
    words, no taller than about 300 px, with the facts on one line under it
    and the Start button still in the first screen."""
    page = open_page(browser, base_url, "", viewport=PHONE, scheme=scheme)
    lede, figure = box(page, ".hh-lede"), box(page, ".hh-rep figure")
    drawing = box(page, ".hh-rep figure svg.hh-fig")
    assert lede["y"] + lede["height"] <= figure["y"], "the figure comes under the opening words"
    assert figure["width"] >= lede["width"] - 1, (
        f"the figure is {figure['width']:.0f} px wide; the text {lede['width']:.0f} px")
    assert 200 <= drawing["height"] <= 300, f"the rep is {drawing['height']:.0f} px tall"
    facts = page.locator(".hh-facts > li").evaluate_all(
        "lis => lis.map(li => li.getBoundingClientRect().top)")
    assert len(facts) == 3 and max(facts) - min(facts) < 2, f"the facts wrap: tops {facts}"
    row = box(page, ".hh-facts")
    assert figure["y"] + figure["height"] <= row["y"], "the facts come under the figure"
    start = box(page, ".hh-start .md-button")
    assert row["y"] + row["height"] <= start["y"]
    assert start["y"] + start["height"] <= PHONE["height"], f"the Start button ends at {start}"
    page.context.close()


@pytest.mark.parametrize("viewport", [{"width": 375, "height": 600},
                                      {"width": 360, "height": 640}])
def test_in_an_apps_small_browser_the_start_button_is_in_the_first_screen(
    browser, base_url, viewport
):
    """An app's own browser (where a tapped post opens) leaves about 600 px:
    the facts and the Start button came under the moving figure, below the
    first screen (fresh design review). There they come first, the facts
    on one line on a 360 px phone too."""
    page = open_page(browser, base_url, "", viewport=viewport)
    start = box(page, ".hh-start .md-button")
    assert start["y"] + start["height"] <= viewport["height"], f"Start ends at {start}"
    tops = page.locator(".hh-facts > li").evaluate_all(
        "lis => lis.map(li => li.getBoundingClientRect().top)")
    assert len(tops) == 3 and max(tops) - min(tops) < 2, f"the facts wrap: tops {tops}"
    assert box(page, ".hh-rep figure")["y"] > start["y"], "the figure comes after the button"
    page.context.close()


def test_the_pause_button_works_by_keyboard(browser, base_url):
    page = open_page(browser, base_url, "", viewport=PHONE)
    tab_to(page, ".hh-rep__pause", "the pause button", presses=40)
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "the pause button shows no focus ring"
    page.keyboard.press("Space")
    assert page.evaluate("document.querySelector('.hh-rep__pause').checked")
    # The icon turns from pause (two bars) to play (a triangle).
    icon = page.evaluate(
        "getComputedStyle(document.querySelector('.hh-rep__control'), '::after').clipPath"
    )
    assert icon.startswith("polygon"), icon
    page.context.close()


def test_the_six_steps_on_home_are_a_cue_card(browser, base_url):
    page = open_page(browser, base_url, "", viewport=PHONE)
    cues = page.locator(".hh-home .admonition.tip, .hh-cues").first
    style = cues.evaluate("""e => { const s = getComputedStyle(e);
        return [s.borderTopWidth, s.borderLeftWidth, s.borderRadius]; }""")
    assert float(style[0][:-2]) >= 4 and float(style[1][:-2]) == 0, style
    number = cues.locator("ol > li").first.evaluate("e => getComputedStyle(e, '::before').content")
    assert "counter" in number or number.strip('"').isdigit(), number
    page.context.close()


# Headings and glossary lines --------------------------------------------------


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("src", ["index.md", "setup.md", "session-plans.md", "safety.md"])
def test_headings_are_bold_and_near_black_or_near_white(browser, base_url, scheme, src):
    page = open_page(browser, base_url, page_url(src), viewport=PHONE, scheme=scheme)
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    headings = page.locator("article :is(h1, h2, h3)").all()
    assert headings
    for heading in headings:
        weight, colour = heading.evaluate(
            "e => [getComputedStyle(e).fontWeight, getComputedStyle(e).color]"
        )
        name = heading.inner_text()[:40]
        assert 600 <= int(weight) <= 700, f"{src}: {name!r} has weight {weight}"
        ratio = contrast(over(colour, background), background)
        assert ratio >= 12, f"{src} {scheme}: {name!r} is {ratio:.1f}:1 ({colour} on {background})"
    page.context.close()


# Text size on phones ----------------------------------------------------------


SMALL_TEXT = "article :is(td, th, .tabbed-labels > label, .task-list-item, figcaption)"


def test_text_in_tables_tabs_checklists_and_captions_is_at_least_15px(browser, base_url, site):
    """Every page with a table, tabs, a checklist or a caption, read on one
    phone tab in turn. The pages were once a list typed here, and the session
    log's sheet (12 px) and Home's animation caption (12 px) were not on it."""
    pages = [src for _, src in PAGES if parsed(
        (site / page_url(src) / "index.html").read_text()).select_one(SMALL_TEXT)]
    assert {"index.md", "session-log.md", "session-plans.md", "film-yourself.md"} <= set(pages)
    page = open_page(browser, base_url, page_url(pages[0]), viewport=PHONE)
    small = []
    for src in pages:
        if src != pages[0]:
            page.goto(base_url + page_url(src), wait_until="load")
        sizes = page.evaluate("""selector => [...document.querySelectorAll(selector)]
            .map(e => [e.tagName + ' ' + e.textContent.trim().slice(0, 30),
                       parseFloat(getComputedStyle(e).fontSize)])""", SMALL_TEXT)
        small += [(src, *s) for s in sizes if s[1] < 15]
    assert not small, f"under 15 px on a phone: {small[:8]}"
    page.context.close()


@pytest.mark.parametrize("path, title", [
    ("", "An honest word about back injuries"), ("setup/", "Coaches disagree here"),
    ("movement/", "More on depth")])
def test_boxes_read_at_the_size_of_the_page_text_on_a_phone(browser, base_url, path, title):
    """The honest words and the coaches' disagreements build trust: set
    15 px under 16 px text, they read as small print (fresh design review).
    A box of more detail, opened, reads at the same size. (A fault box
    stays a size smaller: see the stylesheet.)"""
    page = open_page(browser, base_url, path, viewport=PHONE)
    page.locator("details").evaluate_all("ds => ds.forEach(d => d.open = true)")
    body = page.locator("article h2 + p").first.evaluate("e => getComputedStyle(e).fontSize")
    boxed = page.locator(":is(.admonition, details)", has_text=title).first
    sizes = boxed.locator("p").evaluate_all("ps => ps.map(p => getComputedStyle(p).fontSize)")
    assert body == "16px" and sizes and set(sizes) == {body}, (title, body, sizes)
    page.context.close()


def test_checklist_ticks_are_empty_until_ticked(browser, base_url):
    page = open_page(browser, base_url, "film-yourself/", viewport=PHONE)
    indicator = (
        "e => { const s = getComputedStyle(e.querySelector('.task-list-indicator'), '::before');"
        " return [s.maskImage, s.borderTopStyle, s.backgroundColor]; }"
    )
    item = page.locator(".hh-checklist .task-list-item").first
    mask, border, fill = item.evaluate(indicator)
    assert mask == "none" and border == "solid", "an unticked box shows a grey tick"
    assert rgba(fill)[3] == 0, f"an unticked box is filled {fill}"
    item.locator("label").click()
    _, _, fill = item.evaluate(indicator)
    assert rgba(fill)[3] == 1, "a ticked box is filled"
    page.context.close()


def test_session_plan_reads_as_a_timeline_on_a_phone(browser, base_url):
    page = open_page(browser, base_url, "session-plans/", viewport=PHONE)
    table = box(page, ".hh-timeline table")
    time = box(page, ".hh-timeline tbody tr td:nth-child(1)")
    what = box(page, ".hh-timeline tbody tr td:nth-child(2)")
    assert time["width"] <= 0.2 * table["width"], (
        f"the time column takes {time['width']:.0f} of {table['width']:.0f} px"
    )
    assert what["width"] >= 0.7 * table["width"], (
        f"the steps get {what['width']:.0f} of {table['width']:.0f} px"
    )
    page.context.close()


# One palette --------------------------------------------------------------------


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_boxes_use_the_site_colours_and_the_fault_icon_is_a_warning(browser, base_url, scheme):
    page = open_page(browser, base_url, "progression/", scheme=scheme)
    note = page.locator(".admonition.note").first.evaluate(
        "e => getComputedStyle(e).borderLeftColor"
    )
    assert note != "rgb(68, 138, 255)", "notes still use Material's blue"
    green = page.evaluate("""(() => { const e = document.createElement('i');
        e.style.color = 'var(--hh-note-color)'; document.body.append(e);
        const c = getComputedStyle(e).color; e.remove(); return c; })()""")
    assert note == green
    fault = page.locator("details.fault").first
    icon = fault.evaluate("e => getComputedStyle(e.querySelector('summary'), '::before').maskImage")
    assert "M8.27 3" in icon, "the fault icon is the warning octagon"
    fault.evaluate("e => e.open = true")
    # The box's own "The fix:" part, not a figure's caption ("..., then the fix: ...")
    fix = fault.locator("p", has=fault.page.locator("strong", has_text="The fix:"))
    assert fix.evaluate("e => getComputedStyle(e).borderLeftStyle") == "solid", "the fix stands out"
    page.context.close()


# A visible path -------------------------------------------------------------------


def test_every_page_ends_with_a_next_button_to_the_next_page(site):
    order = [src for _, src in PAGES]
    titles = dict((src, title) for title, src in PAGES)
    for src in [s for _, s in PAGES]:
        html = parsed((site / page_url(src) / "index.html").read_text())
        buttons = html.select("article .hh-next a.md-button")
        if src == order[-1]:
            assert not buttons, f"{src} is the last page, yet has a Next button"
            continue
        assert len(buttons) == 1, f"{src} has {len(buttons)} Next buttons"
        following = order[order.index(src) + 1]
        target = (site / page_url(src) / buttons[0]["href"]).resolve()
        assert target == (site / page_url(following)).resolve(), (
            f"{src}: Next goes to {buttons[0]['href']}"
        )
        assert titles[following] in buttons[0].get_text()


def test_next_button_is_big_enough_to_tap(browser, base_url):
    page = open_page(browser, base_url, "setup/", viewport=PHONE)
    button = box(page, ".hh-next a.md-button")
    assert button["height"] >= 44 and button["width"] >= PHONE["width"] - 40, button
    page.context.close()


# The ladder (Progression) and the traffic lights (Safety) -------------------------

def test_the_ladder_and_traffic_lights_are_styled(browser, base_url):
    page = open_page(browser, base_url, "progression/", viewport=PHONE)
    rungs = page.locator(".hh-ladder > ul > li")
    assert rungs.count() >= 5, "Progression shows no ladder"
    rung = rungs.first
    assert rung.evaluate("e => getComputedStyle(e).display") == "grid"
    thumb = rung.locator("svg.hh-fig").bounding_box()
    assert 60 <= thumb["width"] <= 100, thumb
    # A drawn ladder: two rails, a rung under each figure, the one you start
    # on in the site's colour and marked with a filled chip.
    rails = page.locator(".hh-ladder > ul").evaluate(
        "e => { const s = getComputedStyle(e, '::before');"
        " return [s.borderLeftStyle, s.borderRightStyle]; }")
    assert rails == ["solid", "solid"], rails
    line = "e => getComputedStyle(e, '::before').borderTopColor"
    start = rungs.filter(has=page.locator(".hh-chip--start"))
    assert start.evaluate(line) != rung.evaluate(line), "the start rung looks like the others"
    chip = start.locator(".hh-chip--start").evaluate("e => getComputedStyle(e).backgroundColor")
    assert rgba(chip)[3] == 1, f"'You start here' is not filled ({chip})"
    # "Tap a rung to see how to do it": the tap opens the rung's box (as a
    # link to a fault opens its box), with the rung's heading still in view.
    rungs.locator("a", has_text="Rung 3:").click()
    page.wait_for_function(
        "document.querySelector('details.hh-rung-box[id^=\"rung-3-\"]')?.open === true")
    heading = page.locator("h2[id^='rung-3-']").bounding_box()
    assert 0 <= heading["y"] <= PHONE["height"] / 3, heading
    page.context.close()

    page = open_page(browser, base_url, "safety/", viewport=PHONE)
    lights = page.locator(".hh-traffic dt").all()
    assert len(lights) == 3
    colours = [d.evaluate("e => getComputedStyle(e).borderLeftColor") for d in lights]
    assert len(set(colours)) == 3, colours
    # Three lamps, one lit: the lamp and its two shadows, in three colours.
    for light in lights:
        lamp = light.evaluate(
            "e => { const s = getComputedStyle(e, '::before');"
            " return [s.backgroundColor, s.boxShadow]; }"
        )
        assert len(set(re.findall(r"rgba?\([^)]*\)", " ".join(lamp)))) == 2, lamp
    page.context.close()


def test_a_link_to_a_rung_from_another_page_opens_its_box(browser, base_url):
    """Session plans, Setup and Questions link to a rung's heading. The
    ladder's own links opened the rung's box; these landed on the heading
    with the box shut, so the reader saw a title and no how-to. Now the box
    opens on arrival and when the address changes on the page. Without
    JavaScript the heading still lands, its box a tap away."""
    page = open_page(browser, base_url, "session-plans/", viewport=PHONE)
    link = page.locator("article a[href*='progression/#rung-']").first
    rung = link.get_attribute("href").split("#")[1]
    link.click()
    page.wait_for_url(f"**/progression/#{rung}")
    box = page.locator(f"#{rung} ~ details.hh-rung-box").first
    expect(box).to_have_attribute("open", "")
    heading = page.locator(f"h2#{rung}").bounding_box()
    assert 0 <= heading["y"] <= PHONE["height"] / 3, heading
    # Another rung, by the address alone (the back button, a typed #).
    other = page.evaluate("[...document.querySelectorAll('article h2[id^=\"rung-\"]')]"
                          ".map(h => h.id).at(-1)")
    assert other and other != rung
    page.evaluate(f"location.hash = '#{other}'")
    expect(page.locator(f"#{other} ~ details.hh-rung-box").first).to_have_attribute("open", "")
    page.context.close()

    page = open_page(browser, base_url, f"progression/#{rung}", viewport=PHONE,
                     java_script_enabled=False)
    heading = page.locator(f"h2#{rung}").bounding_box()
    assert 0 <= heading["y"] <= PHONE["height"] / 3, heading
    assert page.locator(f"#{rung} ~ details.hh-rung-box").first.get_attribute("open") is None
    page.context.close()


# Check your hinge: each figure beside its aim ---------------------------------


def _show_results(page, mode):
    """The review as a set ends: the readout and the rep table shown, with
    the chosen lift and check.js's own style sheet, as check.js leaves them."""
    page.evaluate("""mode => new Promise(done => {
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = new URL('../javascripts/hinge-check/check.css', location.href).href;
        link.onload = done;
        document.head.append(link);
        const root = document.querySelector('[data-hh-check]');
        root.hidden = false;
        root.querySelector(`input[name=hh-mode][value=${mode}]`).click();
        root.querySelector('[data-hh-readout]').hidden = false;
        root.querySelector('[data-hh-table]').hidden = false;
    })""", mode)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_checks_results_with_their_aims_pass_axe(browser, base_url, scheme):
    """The aims are lighter than the figures: still readable, light and dark."""
    from browser_helpers import axe

    page = open_page(browser, base_url, "check-your-hinge/", viewport=PHONE, scheme=scheme)
    _show_results(page, "standing")
    results = axe(page, "[data-hh-check]")
    assert results.violations_count == 0, results.generate_report()
    page.context.close()


@pytest.mark.parametrize("mode", ["standing", "floor"])
def test_the_checks_results_show_each_figures_aim_from_the_method(browser, base_url, mode):
    """The rep table showed "2.1" and "31°" with nothing to compare them
    with. Each measured column and each readout figure now shows its aim,
    the numbers read from method.yml (the tempo's way down, the setup's
    knee bend); from the floor the knees bend more on purpose, so the knee's
    number hides there."""
    from hinge_guide import method

    rules = method.load(ROOT)
    down = f"aim {rules['tempo']['down_seconds']}"
    knees = (f"aim {rules['knees']['standing_min_degrees']}–"
             f"{rules['knees']['standing_max_degrees']}°")
    page = open_page(browser, base_url, "check-your-hinge/", viewport=PHONE)
    _show_results(page, mode)
    heads = page.locator("[data-hh-table] thead th").evaluate_all(
        "cells => cells.map(th => th.innerText.replace(/\\s+/g, ' ').trim())")
    assert heads[1].startswith("Down") and down in heads[1], heads
    assert heads[2].startswith("Knee") and heads[3].startswith("Hip"), heads
    assert all("aim" in head for head in heads[1:3]), heads
    readout = page.locator("[data-hh-readout] dd").evaluate_all(
        "dds => dds.map(dd => dd.innerText.replace(/\\s+/g, ' ').trim())")
    assert "aim" in readout[1] and "aim" in readout[3], readout
    assert f"{down} s" in readout[3], readout
    # The hip bend has no aim. It said "no set aim", which told a beginner
    # nothing: now it says what the number is, and a note under the table
    # says what matters instead, in the method's words for the lift chosen.
    assert "how deep" in heads[3] and "how deep you went" in readout[2], (heads, readout)
    assert "no set aim" not in page.inner_text("[data-hh-check]")
    note = page.locator("[data-hh-table] .hh-check__note", has_text="Hip bend").inner_text()
    depth = rules["depth"]["rule"] if mode == "standing" else rules["depth"]["floor_rule"]
    other = rules["depth"]["floor_rule"] if mode == "standing" else rules["depth"]["rule"]
    assert "no aim" in note and depth in note and other not in note, note
    if mode == "standing":
        assert knees in heads[2] and knees in readout[1], (heads, readout)
    else:
        assert knees not in heads[2] and knees not in readout[1], (heads, readout)
    # under its column's name, in the table's own size, lighter than the figures
    aim = page.locator("[data-hh-table] thead th .hh-check__aim:visible").first
    assert aim.evaluate("e => getComputedStyle(e).display") == "block"
    page.context.close()


# Three reps as check.js's review shows them, after check.js's own start
# (its styles, its Copy button): each cell labelled with its column's name
# and aim, as showRep labels it.
REPS = """async () => {
  const root = document.querySelector('[data-hh-check]');
  const here = (name) => new URL(`../javascripts/hinge-check/${name}`, location.href).href;
  const check = await import(here('check.js'));
  const { columnLabels } = await import(here('rep-log.js'));
  check.init(root);
  root.hidden = false;
  const table = root.querySelector('[data-hh-rows]').closest('table');
  const labels = columnLabels(table, 'standing');
  const reps = [['1', '2.1', '18°', '71°', null],
                ['2', '1.9', '19°', '73°', 'Your hips stayed over your feet.'],
                ['3', '0.9', '17°', '70°', 'Slow down.']];
  for (const [number, down, knee, hip, hint] of reps) {
    const row = table.tBodies[0].insertRow();
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = number;
    row.append(th);
    for (const text of [down, knee, hip]) row.insertCell().textContent = text;
    const cell = row.insertCell();
    if (hint) {
      const link = cell.appendChild(document.createElement('a'));
      link.href = '../movement/#bending-at-the-waist';
      link.textContent = hint;
    } else cell.textContent = 'No hint.';
    [...row.cells].forEach((c, i) => { c.dataset.label = labels[i]; });
  }
  root.querySelector('[data-hh-readout]').hidden = false;
  root.querySelector('[data-hh-table]').hidden = false;
  const css = [...document.styleSheets].find(s => s.href && s.href.endsWith('check.css'));
  if (!css) await new Promise(done => document.querySelector('link[href$="check.css"]')
    .addEventListener('load', done));
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_rep_table_is_a_card_a_rep_on_a_phone(browser, base_url, screenshot_dir, scheme):
    """At 390 px the rep table's five columns squeezed their names and aims
    onto three lines each. Under 480 px it is a card a rep, by the rule every
    table on the site follows: each figure under its column's name and aim,
    nothing wider than the screen; its three measures share a line."""
    page = open_page(browser, base_url, "check-your-hinge/", viewport=PHONE, scheme=scheme)
    page.evaluate(REPS)
    rows = page.locator("[data-hh-rows] tr")
    assert rows.count() == 3
    for row in rows.all():
        card = row.bounding_box()
        assert card["x"] >= 0 and card["x"] + card["width"] <= PHONE["width"], card
        # the three measures side by side under the rep's number, the hint
        # under them: one under the other, a set of ten ran to four screens
        tops = row.locator("td").evaluate_all(
            "cells => cells.map(c => Math.round(c.getBoundingClientRect().top))")
        assert tops[0] == tops[1] == tops[2] < tops[3], tops
    labels = rows.first.locator("th, td").evaluate_all(
        "cells => cells.map(c => getComputedStyle(c, '::before').content)")
    assert labels[0] == '"Rep"' and "aim 3" in labels[1] and "aim 15–20°" in labels[2], labels
    assert "how deep" in labels[3] and labels[4] == '"Hint"', labels
    # the column names read once, on each card, not squeezed over the columns
    head = page.locator("[data-hh-table] thead").bounding_box()
    assert head["height"] <= 1, head
    assert page.evaluate("document.scrollingElement.scrollWidth") <= PHONE["width"]
    page.locator("[data-hh-table]").scroll_into_view_if_needed()
    page.screenshot(path=str(screenshot_dir / f"check-your-hinge-rep-cards-{scheme}.png"))
    page.context.close()


def test_copy_your_reps_copies_them_or_shows_them_selected(browser, base_url):
    """On a phone, Copy your reps is a full-width button with an icon. It
    copies a line a rep and says so where it can be read; where the page may
    not write to the clipboard, the reps show as text, selected, and it says
    to press and hold them."""
    page = open_page(browser, base_url, "check-your-hinge/", viewport=PHONE,
                     permissions=["clipboard-read", "clipboard-write"])
    page.evaluate(REPS)
    button = page.get_by_role("button", name="Copy your reps")
    area = button.bounding_box()
    content = page.locator("article").evaluate(
        "e => { const s = getComputedStyle(e); return e.getBoundingClientRect().width"
        " - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight); }")
    assert area["width"] >= content - 1 and area["height"] >= 44, (area, content)
    icon = button.evaluate("e => getComputedStyle(e, '::before').maskImage")
    assert icon.startswith("url("), icon
    button.click()
    status = page.locator("[data-hh-copied]")
    expect(status).to_contain_text("Copied")
    assert status.is_visible()
    copied = page.evaluate("navigator.clipboard.readText()")
    lines = copied.splitlines()
    assert lines[0].startswith("Check your hinge, hinge from standing, "), lines
    assert lines[1:] == ["Rep 1: down 2.1 s, knee 18°, hip 71°. No hint.",
                         "Rep 2: down 1.9 s, knee 19°, hip 73°. Your hips stayed over your feet.",
                         "Rep 3: down 0.9 s, knee 17°, hip 70°. Slow down."], lines
    assert not page.locator("[data-hh-log]").is_visible()
    page.context.close()

    page = open_page(browser, base_url, "check-your-hinge/", viewport=PHONE)
    page.evaluate("""() => {
        Object.defineProperty(navigator, 'clipboard', {value: {
            writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError'))}});
        document.execCommand = () => false;
    }""")
    page.evaluate(REPS)
    page.get_by_role("button", name="Copy your reps").click()
    status = page.locator("[data-hh-copied]")
    expect(status).to_contain_text("press and hold")
    field = page.locator("[data-hh-log]")
    assert field.is_visible()
    chosen = field.evaluate("e => [e.value, e.value.slice(e.selectionStart, e.selectionEnd),"
                            " document.activeElement === e]")
    assert chosen[0].count("\nRep ") == 3 and chosen[1] == chosen[0] and chosen[2], chosen
    assert page.errors == []
    page.context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_home_first_screen_says_what_this_is_and_offers_one_start(browser, base_url, scheme):
    """The first screen once opened on grey pills ("A 10-minute practice")
    that looked like buttons, with what the guide is below the fold. Now:
    the opening words first, the facts as a plain list, and one
    button, the start, all on the first screen of a phone."""
    page = open_page(browser, base_url, "", viewport=PHONE, scheme=scheme)
    height = PHONE["height"]
    lede = box(page, ".hh-lede")
    figure = box(page, ".hh-rep figure")
    assert lede["y"] < figure["y"], "what this is comes before the picture"
    assert lede["y"] + lede["height"] <= height, lede
    # The heading says what the site name and the cards say (it once opened
    # on "leg day"), and the opening words use no ladder word before the
    # ladder is explained.
    heading = page.locator("article h1").evaluate("e => e.firstChild.textContent.trim()")
    assert heading == "A beginner's guide to the hip hinge", heading
    assert "rung" not in page.inner_text(".hh-lede").lower()
    facts = page.locator(".hh-facts > li").evaluate_all("""lis => lis.map(li => {
        const s = getComputedStyle(li);
        return {bg: s.backgroundColor, border: s.borderTopWidth, radius: s.borderTopLeftRadius,
                cursor: s.cursor, link: !!li.closest('a, button')};
    })""")
    assert len(facts) == 3, facts
    for fact in facts:
        assert fact["bg"] in ("rgba(0, 0, 0, 0)", "transparent"), f"a pill: {fact}"
        assert fact["border"] == "0px" and not fact["link"] and fact["cursor"] != "pointer", fact
    buttons = page.locator("article .md-button").evaluate_all(
        f"bs => bs.filter(b => b.getBoundingClientRect().top < {height}"
        " && b.getClientRects().length).map(b => b.innerText.trim())")
    assert len(buttons) == 1 and buttons[0].startswith("Start with Setup"), buttons
    page.context.close()
