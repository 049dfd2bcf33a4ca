"""Reading on a phone (390 x 844, an everyday phone's screen), in Chromium:
glossary meanings, tables, buttons, links and the end of each page."""

from __future__ import annotations

import re

import markdown
import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import expect

from browser_helpers import open_page
from colours import contrast
from conftest import ROOT, nav_pages, page_url, parsed, wait_for_material
from figures.svg import LABEL_PX
from hinge_guide import macros, method
from test_design import over

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
    # axe can't judge a box laid over the text (it reports it as incomplete): here
    text, ground = card.evaluate("e => { const s = getComputedStyle(e);"
                                 " return [s.color, s.backgroundColor]; }")
    page_ground = page.evaluate("getComputedStyle(document.body).backgroundColor")
    ratio = contrast(over(text, over(ground, page_ground)), over(ground, page_ground))
    assert ratio >= 4.5, f"the meaning's text has {ratio:.1f}:1 contrast"
    # It stands apart from the text it lies over: an edge, a shadow (Material's), and in
    # dark a raised surface (on the page's own colour it blended in).
    edge, shadow = card.evaluate("e => { const s = getComputedStyle(e);"
                                 " return [parseFloat(s.borderLeftWidth), s.boxShadow]; }")
    assert edge >= 0.5 and shadow != "none", f"the card has no edge ({edge}px, {shadow})"
    if scheme == "dark":
        surface = over(ground, page_ground)
        assert surface != over(page_ground, page_ground), "the card is the page's colour"
    # The term's whole line (its top to its bottom, across the page) stays clear.
    line = term.bounding_box()
    box = card.bounding_box()
    overlap = min(line["y"] + line["height"], box["y"] + box["height"]) - max(line["y"], box["y"])
    assert overlap <= 0, f"the card covers the tapped term's line by {overlap:.0f}px"
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], box


def test_a_term_tapped_at_the_bottom_of_the_screen_shows_its_whole_meaning(browser, base_url):
    """Material opens a meaning below its term; a term on the screen's last
    line once opened it off the screen, one line showing."""
    page = open_page(browser, base_url, "setup/", viewport=PHONE, has_touch=True,
                     is_mobile=True)
    wait_for_material(page)
    term = page.locator("article p > abbr[tabindex]").nth(3)
    meaning = term.get_attribute("title")
    # Put the term on the screen's last line, then tap it.
    page.evaluate("e => window.scrollBy(0, e.getBoundingClientRect().bottom"
                  " - window.innerHeight + 4)", term.element_handle())
    assert PHONE["height"] - term.bounding_box()["y"] < 60, "the term is not at the bottom"
    term.tap()
    card = page.locator(".md-tooltip2--active .md-tooltip2__inner").filter(has_text=meaning[:30])
    card.wait_for(state="visible", timeout=5000)
    page.wait_for_timeout(500)
    box = card.bounding_box()
    assert box["y"] + box["height"] <= PHONE["height"], (
        f"the meaning ends at {box['y'] + box['height']:.0f}px of a {PHONE['height']}px screen")


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
              for table in parsed(path.read_text()).select("article table")
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
    # The table may sit in a block of detail: open it, as a reader would.
    table.evaluate("t => { const d = t.closest('details'); if (d) d.open = true; }")
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


# One hover colour, one button, one way on ------------------------------------------

DESKTOP = {"width": 1280, "height": 800}
COLOURS = "e => { const s = getComputedStyle(e); return [s.color, s.backgroundColor]; }"


def custom_colour(page, name: str) -> str:
    """A custom property of the palette as the browser resolves it."""
    return page.evaluate(f"""(() => {{ const e = document.createElement('i');
        e.style.color = 'var({name})'; document.body.append(e);
        const c = getComputedStyle(e).color; e.remove(); return c; }})()""")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_links_and_buttons_share_one_hover_colour_that_is_not_the_warning(
        browser, base_url, scheme):
    hovered = {}
    for path, selector in [("", ".hh-start .md-button"), ("setup/", ".hh-next .md-button"),
                           ("check-your-hinge/", ".md-button:not(.md-button--primary):visible"),
                           ("film-yourself/", "article p a:not(.md-button):visible")]:
        page = open_page(browser, base_url, path, viewport=DESKTOP, scheme=scheme)
        wait_for_material(page)
        target = page.locator(selector).first
        target.scroll_into_view_if_needed()
        target.hover()
        page.wait_for_timeout(300)  # Material fades the colour in
        colour, background = target.evaluate(COLOURS)
        hovered[selector] = colour if " a:" in selector else background
        warning = custom_colour(page, "--hh-warning-color")
        accent = custom_colour(page, "--md-accent-fg-color")
    assert set(hovered.values()) == {accent}, f"hover colours: {hovered}"
    assert accent != warning, "links and buttons hover in the warning colour"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_box_that_opens_has_one_chevron_colour(browser, base_url, scheme):
    """A drill's box (a note) showed Material's default blue chevron, off
    the site's palette, beside the fault boxes' grey ones."""
    page = open_page(browser, base_url, "movement/", viewport=PHONE, scheme=scheme)
    colours = page.locator("article details[class] > summary").evaluate_all(
        "all => all.map(s => s.parentElement.className.split(' ')[0] + ' '"
        " + getComputedStyle(s, '::after').color)")
    kinds = {entry.split(" ", 1)[0] for entry in colours}
    assert {"fault", "note"} <= kinds, colours
    assert len({entry.split(" ", 1)[1] for entry in colours}) == 1, colours
    page.context.close()


def test_the_cue_cards_faults_are_headed_by_their_names_not_the_columns(browser, base_url):
    """On a phone each fault of the cue card is a card led by the fault's
    name: the column's name over it ("If you see or feel") made a third
    level of type (fresh design review); the fix keeps its "Do this"."""
    page = open_page(browser, base_url, "cue-card/", viewport=PHONE)
    rows = page.locator(".hh-card__part tbody tr:has(.hh-card__fault)")
    assert rows.count() >= 4
    labels = rows.evaluate_all("""rows => rows.map(r => [...r.children].map(
        c => getComputedStyle(c, '::before').display === 'none' ? '' :
             getComputedStyle(c, '::before').content))""")
    for first, *rest in labels:
        assert first == "", labels
        assert rest and all(label.strip('"') for label in rest), labels
    page.context.close()


def test_a_tapped_button_keeps_its_colours_on_a_phone(browser, base_url):
    page = open_page(browser, base_url, "setup/", viewport=PHONE, has_touch=True, is_mobile=True)
    wait_for_material(page)
    assert page.evaluate("matchMedia('(hover: none)').matches"), "the phone reports a hover"
    for selector in (".hh-next .md-button", "article p a:not(.md-button):visible"):
        target = page.locator(selector).first
        target.evaluate("e => e.addEventListener('click', ev => ev.preventDefault())")
        target.scroll_into_view_if_needed()
        before = target.evaluate(COLOURS)
        target.tap()
        page.wait_for_timeout(300)
        assert target.evaluate(COLOURS) == before, f"{selector} changes colour after a tap"


@pytest.mark.parametrize("path", ["", "setup/", "film-yourself/"])
def test_buttons_fill_the_width_on_a_phone(browser, base_url, path):
    page = open_page(browser, base_url, path, viewport=PHONE)
    width = page.locator("article").evaluate(
        "e => e.clientWidth - parseFloat(getComputedStyle(e).paddingLeft)"
        " - parseFloat(getComputedStyle(e).paddingRight)")
    buttons = page.locator("article .md-button:visible").all()
    assert buttons, f"{path or 'home'} shows no button"
    for button in buttons:
        box = button.bounding_box()
        assert box["width"] >= width - 1, (
            f"{button.inner_text()!r} is {box['width']:.0f} of {width:.0f}px wide")
        assert box["height"] >= 44, f"{button.inner_text()!r} is {box['height']:.0f}px tall"


@pytest.mark.parametrize("title,src", PAGES)
def test_each_page_has_one_way_on(built, title, src):
    order = [s for _, s in PAGES]
    html = parsed((built / page_url(src) / "index.html").read_text())
    here = built / page_url(src)
    following = order.index(src) + 1
    target = (built / page_url(order[following])).resolve() if following < len(order) else None
    # The Checked line's link to the About page is no way on, even on the
    # page before About (Sources): it is on every page.
    ways = [a for a in html.select(".hh-next a, .md-footer a, article > p:last-of-type a")
            if target and (here / a["href"].split("#")[0]).resolve() == target
            and not a.find_parent(class_="hh-reviewed")]
    nexts = [p.get_text(" ", strip=True) for p in html.select("article p")
             if p.get_text(strip=True).startswith("Next:")]
    assert not nexts, f"{src} still says {nexts[0]!r} as well as its button"
    assert len(ways) == (1 if target else 0), f"{src}: {len(ways)} links to the next page"


HEADINGS = """() => [...document.querySelectorAll('article :is(h2, h3):has(> .headerlink)')]
  .map(h => { const words = document.createRange();
              words.setStartBefore(h.firstChild);
              words.setEndBefore(h.querySelector('.headerlink'));
              const rows = new Set([...words.getClientRects()].map(r => Math.round(r.bottom)));
              return [h.textContent.slice(0, 40), h.getBoundingClientRect().height,
                      rows.size * parseFloat(getComputedStyle(h).lineHeight)]; })"""


@pytest.mark.parametrize("path", ["setup/", "movement/", "progression/", "questions/"])
def test_the_section_link_takes_no_line_of_its_own(browser, base_url, path):
    page = open_page(browser, base_url, path, viewport=PHONE)
    headings = page.evaluate(HEADINGS)
    assert headings, f"{path} has no heading with a section link"
    for words, height, text in headings:
        assert height <= text + 2, f"{words!r}: {height:.0f}px tall for {text:.0f}px of words"


# Pictures that teach each step ----------------------------------------------------


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
def test_setup_shows_one_full_figure_then_close_ups_no_taller_than_200px(
        browser, base_url, viewport):
    page = open_page(browser, base_url, "setup/", viewport=viewport)
    figures = page.locator("article figure svg.hh-fig")
    # The steps' own figures: a fault box (closed until tapped) shows its fix apart.
    kinds = figures.evaluate_all(
        "es => es.filter(e => !e.closest('details')).map(e =>"
        " [e.classList.contains('hh-fig--closeup'), e.getBoundingClientRect().height,"
        "  e.getBoundingClientRect().width])")
    assert kinds and not kinds[0][0], "Setup doesn't open with the whole figure"
    assert [closeup for closeup, *_ in kinds[1:]] == [True] * 6, kinds
    tall = [round(height) for closeup, height, _ in kinds if closeup and height > 200.5]
    assert not tall, f"close-ups {tall}px tall"
    # One tile size for all six, whatever each crop's shape: they line up
    # down the page (they were 300 to 358 px wide on a phone).
    sizes = {(round(w), round(h)) for closeup, h, w in kinds if closeup}
    assert len(sizes) == 1, f"close-ups of sizes {sorted(sizes)}"
    # Their words as the reader sees them: each figure's own size wins over
    # the close-ups' shared one, whichever sheet comes later on the page
    # (the inset beside each crop shows the drawing smaller on a phone).
    words = figures.evaluate_all(
        "es => es.filter(e => e.classList.contains('hh-fig--closeup')).map(e =>"
        " parseFloat(getComputedStyle(e.querySelector('.hh-fig-label')).fontSize)"
        " * e.getScreenCTM().a)")
    assert len(words) == 6 and min(words) >= LABEL_PX, f"close-up words {words} px"


def test_a_fault_and_its_fix_sit_side_by_side_on_a_phone(browser, base_url):
    """Stacked, a pair was 1.3 phone screens tall: the fault had scrolled
    away before the fix appeared."""
    page = open_page(browser, base_url, "faults/rounded-back/", viewport=PHONE)
    fault = page.locator("article svg.hh-fig--fault").first.bounding_box()
    fix = page.locator("article svg.hh-fig--fix").first.bounding_box()
    beside = abs(fault["y"] - fix["y"]) < 2 and fix["x"] > fault["x"] + fault["width"] - 1
    assert beside, (fault, fix)
    assert min(fault["width"], fix["width"]) >= 140, (fault, fix)
    assert fault["y"] + fault["height"] <= PHONE["height"] * 1.5


@pytest.mark.parametrize("path", ["faults/bending-at-the-waist/", "movement/"])
def test_a_pairs_labels_are_words_you_can_read_on_a_phone(browser, base_url, path):
    """At about 145 px a side, a label drawn in the figure is under 7 px
    tall. On a phone each side's labels show as words under it instead, at
    a readable size and in the side's colour, and the drawn ones hide."""
    page = open_page(browser, base_url, path, viewport=PHONE)
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    sides = page.locator("article figure svg:is(.hh-fig--fault, .hh-fig--fix)")
    assert sides.count() >= 2
    seen = sides.evaluate_all("""svgs => svgs.map(svg => {
        const words = svg.nextElementSibling;
        const drawn = [...svg.querySelectorAll('.hh-fig-label')];
        return {side: svg.classList.contains('hh-fig--fault') ? 'fault' : 'fix',
                drawn: drawn.map(t => [...t.childNodes].map(n => n.textContent).join(' ')
                    .replace(/\\s+/g, ' ').trim()),
                drawnShown: drawn.filter(t => t.getBoundingClientRect().height > 0).length,
                words: words && words.matches('.hh-fig-words')
                  ? [...words.children].map(w => w.textContent) : null,
                wordsPx: words ? parseFloat(getComputedStyle(words).fontSize) : 0,
                wordsTop: words ? words.getBoundingClientRect().top : 0,
                svgBottom: svg.getBoundingClientRect().bottom,
                colour: words ? getComputedStyle(words).color : '',
                label: drawn.length ? getComputedStyle(drawn[0]).fill : ''}
    })""")
    labelled = [side for side in seen if side["drawn"]]
    assert len(labelled) >= 2, seen
    for side in labelled:
        assert side["words"] == side["drawn"], side
        assert side["drawnShown"] == 0, "the drawn labels hide on a phone"
        assert side["wordsPx"] >= 13, side
        assert 0 <= side["wordsTop"] - side["svgBottom"] < 16, "the words sit under their side"
        assert side["colour"] == side["label"], "in the colour the figure draws them"


@pytest.mark.parametrize("path", ["faults/rounded-back/", "movement/", "progression/"])
def test_a_pairs_fault_and_fix_badges_read_at_12px_on_a_phone(browser, base_url, path):
    """Drawn in the figure, "Fault" and "Fix" scaled down with it to 8-11 px
    on a phone. Every badge word a reader can see over a pair side is at
    least 12 px tall as rendered (a drawn one: its font size times the
    figure's scale), each side has one, and its cross or tick is a shape,
    not a glyph."""
    page = open_page(browser, base_url, path, viewport=PHONE)
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    sides = page.locator("article figure svg:is(.hh-fig--fault, .hh-fig--fix)")
    assert sides.count() >= 2
    seen = sides.evaluate_all("""svgs => svgs.map(svg => {
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const shown = e => e.getClientRects().length > 0
            && getComputedStyle(e).visibility !== 'hidden';
        const drawn = [...svg.querySelectorAll('text.hh-fig-badge-word')].filter(shown)
            .map(t => [t.textContent.trim(), parseFloat(getComputedStyle(t).fontSize) * scale]);
        const before = svg.previousElementSibling;
        const html = before && before.matches('.hh-fig-verdict') && shown(before)
            ? [[before.textContent.trim(), parseFloat(getComputedStyle(before).fontSize)]] : [];
        const sign = html.length ? before.querySelector('svg path') : null;
        return {side: svg.classList.contains('hh-fig--fault') ? 'Fault' : 'Fix',
                words: [...drawn, ...html],
                sign: html.length ? [!!sign && sign.getBoundingClientRect().width >= 6,
                                     before.querySelector('svg').getAttribute('aria-hidden')
                                     || before.getAttribute('aria-hidden')] : null,
                badgeBottom: html.length ? before.getBoundingClientRect().bottom : null,
                svgTop: svg.getBoundingClientRect().top};
    })""")
    for side in seen:
        assert [word for word, _ in side["words"]] == [side["side"]], side
        for word, px in side["words"]:
            assert px >= 12, f"{word!r} is {px:.1f}px on a 390px phone: {side}"
        if side["sign"]:
            drawn, hidden = side["sign"]
            assert drawn and hidden == "true", f"the sign is a drawn path, hidden: {side}"
            assert 0 <= side["svgTop"] - side["badgeBottom"] < 16, "the badge sits above its side"


def test_a_pairs_words_stay_hidden_where_the_drawn_labels_are_big_enough(browser, base_url):
    """Where a side is wide enough for its drawn labels, the words don't
    repeat them."""
    page = open_page(browser, base_url, "faults/bending-at-the-waist/", viewport=PHONE)
    page.evaluate("""() => {
        const p = document.querySelector('article figure:has(svg.hh-fig--fault) > p');
        p.style.gridAutoColumns = '20rem'; p.style.width = '42rem';
    }""")
    shown = page.locator("article .hh-fig-words").evaluate_all(
        "ws => ws.map(w => getComputedStyle(w).display)")
    assert shown and set(shown) == {"none"}, shown


def test_a_tapped_box_keeps_no_ring_and_the_keyboard_gets_one(browser, base_url):
    """After a tap on a phone, focus stays on the box's title: the focus ring
    round the whole box stayed there too, like a box still selected."""
    page = open_page(browser, base_url, "movement/", viewport=PHONE, is_mobile=True,
                     has_touch=True)
    box = page.locator("details#rounded-back")
    box.locator("summary").tap()
    page.wait_for_timeout(300)  # past Material's box-shadow transition
    assert box.evaluate("e => getComputedStyle(e).boxShadow") == "none"
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    page.wait_for_timeout(300)
    assert page.evaluate("document.activeElement.matches(':focus-visible')")
    assert box.evaluate("e => getComputedStyle(e).boxShadow") != "none"
    page.context.close()


# Movement's nerve warning (tingling into the calf or foot, at the depth
# step) stands open: a sign to stop is never a tap away. It costs the page
# about a third of a screen, over the eight it had come down to. Its six
# step figures at the text's width (240 px tall, from 190: the faint figure
# behind each needs the size to read) and its three drill pictures over
# their words, not squeezed beside them, cost it most of another screen.
@pytest.mark.parametrize("path,most", [("progression/", 8), ("movement/", 9.5)])
def test_the_long_pages_fit_in_eight_phone_screens_until_you_open_more(
    browser, base_url, path, most
):
    """Progression and Movement were 17 and 13 phone screens long: the rungs
    and the details wait in boxes a reader opens, so the page itself is
    about eight screens at 390 x 844."""
    page = open_page(browser, base_url, path, viewport=PHONE)
    closed = page.evaluate("[...document.querySelectorAll('article details')]"
                           ".filter(d => !d.open).length")
    assert closed, f"{path} has no box for more detail"
    screens = page.evaluate("document.documentElement.scrollHeight") / PHONE["height"]
    assert screens <= most, f"{path} is {screens:.1f} phone screens long"


# The ladder climbs upward: the top rung is drawn at the top. And a reader
# meets where to start in the ladder's first screen: with a move-on and a
# step-back line on every rung, "You start here" sat 1,150 px below the
# ladder's heading, and a reader scrolled past the goal looking for it.

def test_the_ladder_climbs_upward_and_you_start_in_its_first_screen(browser, base_url):
    page = open_page(browser, base_url, "progression/", viewport=PHONE)
    tops = page.locator(".hh-ladder li").evaluate_all(
        "items => items.map(li => [li.textContent.match(/Rung (\\d+)/)[1], "
        "li.getBoundingClientRect().top])")
    numbers = [int(n) for n, _ in sorted(tops, key=lambda item: item[1])]
    rungs = method.load(ROOT)["rungs"]
    assert numbers == sorted((r["number"] for r in rungs), reverse=True), numbers
    heading = page.locator("h2#the-ladder-at-a-glance")
    heading.evaluate("h => h.scrollIntoView()")  # under the header, as a link to it puts it
    start = page.locator(".hh-ladder li", has=page.locator(".hh-chip--start"))
    assert "Rung 1" in start.inner_text()
    bottom = start.evaluate("e => e.getBoundingClientRect().bottom")
    assert bottom <= PHONE["height"], (
        f"the rung you start on ends {bottom:.0f} px down a {PHONE['height']} px screen "
        "that opens on the ladder")


def test_each_drill_shows_its_picture_before_its_box_is_opened(browser, base_url):
    """Movement's drills were a heading, a line and a closed box: a reader
    had to guess to tap to see what the drill was. Each drill's picture now
    shows with the box closed, over the words that say what it is and as
    wide as they are: beside them, about 130 px wide, the hands on the
    broomstick ran into a blob."""
    page = open_page(browser, base_url, "movement/", viewport=PHONE)
    drills = page.locator("article h2[id^='drill-']")
    assert drills.count() == 3
    for i in range(drills.count()):
        heading = drills.nth(i)
        seen = heading.evaluate("""h => {
            let figure = null, box = null;
            for (let e = h.nextElementSibling; e && e.tagName !== 'H2'; e = e.nextElementSibling) {
                figure = figure || e.querySelector('figure svg.hh-fig');
                if (!box && e.matches('details')) box = e;
            }
            const f = figure && figure.getBoundingClientRect();
            const words = figure && figure.closest('figure').querySelector('figcaption');
            const w = words && words.getBoundingClientRect();
            const text = h.parentElement.getBoundingClientRect();
            return {id: h.id, figure: !!figure, inBox: !!(figure && figure.closest('details')),
                    boxClosed: !!box && !box.open, height: f ? f.height : 0,
                    width: f ? f.width : 0, textWidth: text.width,
                    above: !!(f && w && w.top >= f.bottom - 1),
                    wordsPx: words ? parseFloat(getComputedStyle(words).fontSize) : 0};
        }""")
        assert seen["figure"] and not seen["inBox"], seen
        assert seen["boxClosed"], seen
        assert seen["height"] >= 200, seen
        assert seen["width"] >= seen["textWidth"] - 1, seen
        assert seen["above"] and seen["wordsPx"] >= 15, seen
    page.context.close()


# Movement's steps on a phone ---------------------------------------------------


def test_movement_step_figures_span_the_text_and_stand_240px_tall(browser, base_url):
    """Each step's figure draws its move over a faint figure of where the
    move starts; at about 150 px the faint one was a smudge. On a phone each
    spans the step's text and stands 240 px tall."""
    page = open_page(browser, base_url, "movement/", viewport=PHONE)
    seen = page.locator("article svg.hh-fig--step").evaluate_all("""svgs => svgs.map(svg => {
        const r = svg.getBoundingClientRect(), li = svg.closest('li').getBoundingClientRect();
        return {height: r.height, width: r.width, text: li.width};
    })""")
    assert len(seen) == 6, seen
    for figure in seen:
        assert figure["height"] >= 235, seen
        assert figure["width"] >= figure["text"] - 1, seen
    page.context.close()


def test_a_steps_faults_are_one_quiet_group_under_a_label(browser, base_url):
    """Each fault box under a step was a framed row with its red mark, one to
    three a step: on a phone, a wall of warnings. Now a small "If it goes
    wrong:" stands over each step's faults, the rows touch as one group, and
    their titles are in the page's own weight; the fault colour stays on
    each row's edge and mark."""
    page = open_page(browser, base_url, "movement/", viewport=PHONE)
    steps = page.locator("article h2#the-hinge-step-by-step + ol > li")
    groups = steps.evaluate_all("""items => items.map(li => {
        const faults = [...li.children].filter(e => e.matches('details.fault'));
        if (!faults.length) return null;
        const label = faults[0].previousElementSibling;
        const rows = faults.map(f => f.getBoundingClientRect());
        return {ids: faults.map(f => f.id),
                label: label && label.matches('.hh-faults-label') ? label.textContent.trim() : null,
                labelGap: label ? rows[0].top - label.getBoundingClientRect().bottom : null,
                gaps: rows.slice(1).map((r, i) => r.top - rows[i].bottom),
                weight: Number(getComputedStyle(faults[0].querySelector('summary')).fontWeight),
                closed: faults.every(f => !f.open)};
    }).filter(Boolean)""")
    ids = [fault for group in groups for fault in group["ids"]]
    # Every fault box the steps hold, as the page's HTML has them: a fault
    # added or renamed the documented way changes both.
    html = page.content()
    expected = [box["id"] for box in parsed(html).select(
        "article h2#the-hinge-step-by-step + ol > li > details.fault")]
    assert len(expected) >= 3 and ids == expected, (ids, expected)
    for group in groups:
        assert group["label"] == "If it goes wrong:", group
        assert 0 <= group["labelGap"] <= 10, group
        assert all(abs(gap) < 1 for gap in group["gaps"]), group
        assert group["weight"] < 700 and group["closed"], group
    page.context.close()


# Progression's rungs on a phone -----------------------------------------------


def test_the_ladder_thumbnails_are_big_enough_to_see_the_lift(browser, base_url):
    """At 60 px tall a rung's thumbnail didn't show which lift it was. Each
    is now 100 px wide and 84 px tall: taller, and the rung you start on
    leaves the ladder's first screen (test above)."""
    page = open_page(browser, base_url, "progression/", viewport=PHONE)
    sizes = page.locator(".hh-ladder svg.hh-fig").evaluate_all(
        "svgs => svgs.map(s => { const r = s.getBoundingClientRect(); "
        "return [r.width, r.height]; })")
    assert len(sizes) == len(method.load(ROOT)["rungs"]), sizes
    for width, height in sizes:
        assert width >= 96 and height >= 84, sizes
    page.context.close()


def test_each_rung_shows_its_picture_and_test_before_its_box_is_opened(browser, base_url):
    """Under the ladder, each rung was a heading and a closed box: its
    picture and its test were a tap away. Each rung's picture (at least
    96 px tall) and its test now stand under its heading, with the box of
    steps closed under them, and the picture isn't in the box as well."""
    page = open_page(browser, base_url, "progression/", viewport=PHONE)
    rungs = method.load(ROOT)["rungs"]
    seen = page.locator("article h2[id^='rung-']").evaluate_all("""hs => hs.map(h => {
        let figure = null, test = null, box = null;
        for (let e = h.nextElementSibling; e && e.tagName !== 'H2'; e = e.nextElementSibling) {
            if (e.matches('details')) { box = box || e; continue; }
            figure = figure || e.querySelector('figure svg.hh-fig');
            test = test || [...e.querySelectorAll('p')]
                .find(p => /^Your test:/.test(p.textContent));
        }
        const f = figure && figure.getBoundingClientRect();
        return {id: h.id, height: f ? f.height : 0,
                test: test ? test.textContent.trim() : null,
                testShown: !!test && test.getBoundingClientRect().height > 0,
                boxClosed: !!box && box.matches('.hh-rung-box') && !box.open,
                figureInBox: !!box && !!box.querySelector(`svg[class*="hh-rung-"]`),
                heading: h.getBoundingClientRect().bottom, top: f ? f.top : 0};
    })""")
    assert len(seen) == len(rungs), seen
    for rung, shown in zip(rungs, seen, strict=True):
        assert shown["id"].startswith(f"rung-{rung['number']}-"), shown
        assert shown["height"] >= 96 and 0 <= shown["top"] - shown["heading"] < 60, shown
        assert shown["test"] == f"Your test: {macros.move_on(rung)}.", shown
        assert shown["testShown"] and shown["boxClosed"] and not shown["figureInBox"], shown
    page.context.close()
