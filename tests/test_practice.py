"""Practice tools: session plans, the film-yourself checklist, the cue card,
the glossary and its tooltips, home substitutes."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from browser_helpers import DESKTOP, PHONE, open_page
from conftest import ROOT, page_url, parsed
from hinge_guide.glossary import read_terms

TERMS = read_terms((ROOT / "includes/glossary.md").read_text(encoding="utf-8"), "glossary")


def html(site, src):
    html = (site / page_url(src) / "index.html").read_text(encoding="utf-8")
    return parsed(html)


def links_from(site, src):
    return {a["href"].split("#")[0].strip("./") for a in html(site, src).select("article a[href]")}


@pytest.mark.parametrize("tool,pages", [
    ("session-plans", ["progression.md", "movement.md", "index.md"]),
    ("film-yourself", ["progression.md", "movement.md", "session-plans.md"]),
    ("cue-card", ["movement.md", "index.md"]),
    ("glossary", ["index.md"]),
])
def test_each_tool_is_linked_from_the_pages_it_serves(site, tool, pages):
    for src in pages:
        assert tool in links_from(site, src), f"{src} doesn't link to {tool}"


def test_cue_card_faults_are_led_by_their_fault_box_names(site):
    """The card names each fault by what you see ("Knees slide forward,
    hips sink"); the pages by its name ("Squatting the hinge"). Each row is
    led by that name, as its box is titled, linked to the box."""
    table = html(site, "cue-card.md").select_one("h2#faults-and-fixes").find_next("table")
    rows = table.select("tbody tr")
    assert len(rows) >= 5
    for row in rows:
        name = row.select_one("td:first-child > a.hh-card__fault:first-child")
        assert name, f"a fault on the cue card without its name: {row.get_text(' ', strip=True)}"
        page, _, anchor = name["href"].partition("#")
        target = (site / "cue-card" / page / "index.html").resolve()
        box = parsed(target.read_text(encoding="utf-8")).select_one(
            f"details.fault#{anchor}")
        assert box, name["href"]
        assert name.get_text() == box.summary.get_text(" ", strip=True), name


def test_session_plans_match_the_progression(site):
    text = " ".join(html(site, "session-plans.md").select_one("article").get_text().split())
    assert "10-minute" in text
    for week in range(1, 5):
        assert f"Week {week}" in text
    # Week 3's goal is the progression's rung 3 pass mark, word for word in its numbers.
    rung3 = html(site, "progression.md").select_one("#rung-3-broomstick-hinge").find_next(
        string=re.compile("Move on when")).find_parent("p").get_text()
    rung3 = " ".join(rung3.split())
    assert "3 sets of 10" in rung3 and "3 sets of 10" in text


def test_glossary_page_lists_every_term(built):
    site = built  # each engine's build in turn
    page = html(site, "glossary.md")
    listed = set()
    for dt in page.select("article dt"):
        text = dt.get_text(" ", strip=True).lower()
        name, _, also = text.partition(" (also: ")
        listed |= {name} | {t.strip() for t in also.rstrip(")").split(",") if t.strip()}
    assert listed == {t.lower() for t in TERMS}
    for required in ["hinge", "brace", "neutral spine", "hamstrings", "glutes", "dowel",
                     "romanian deadlift", "rep", "sets", "soreness"]:
        assert required in listed


@pytest.mark.parametrize("src", ["index.md", "setup.md", "movement.md", "progression.md"])
def test_terms_carry_their_definitions_on_the_pages(built, src):
    site = built  # each engine's build in turn
    abbrs = html(site, src).select("article abbr[title]")
    assert len(abbrs) >= 3, f"{src}: terms are not marked"
    for abbr in abbrs:
        # Matching is exact, so the marked words are a term, with its meaning.
        term = abbr.get_text()
        assert term in TERMS, f"{src}: {term!r} is marked but is no glossary term"
        assert abbr["title"] == TERMS[term], f"{src}: {term!r} carries another meaning"


@pytest.mark.parametrize("src", ["index.md", "setup.md", "movement.md", "progression.md"])
def test_each_term_is_marked_once_and_never_in_headings_titles_or_links(built, src):
    site = built  # each engine's build in turn
    article = html(site, src).select_one("article")
    meanings = [abbr["title"] for abbr in article.select("abbr[title]")]
    assert meanings, f"{src}: no term is marked"
    assert len(meanings) == len(set(meanings)), f"{src}: a term is marked twice"
    inside = article.select("h1 abbr, h2 abbr, h3 abbr, h4 abbr, summary abbr, a abbr")
    assert not inside, f"{src}: {[a.get_text() for a in inside]}"


def test_a_term_shows_its_definition_on_hover_and_tap(browser, base_url):
    for viewport, action in [(DESKTOP, "hover"), (PHONE, "tap")]:
        page = open_page(browser, base_url, "movement/", viewport=viewport,
                         has_touch=(action == "tap"))
        # A term is marked on its first use only: take the first one in view.
        term = page.locator("article abbr:visible").first
        meaning = term.get_attribute("title")
        assert meaning
        term.scroll_into_view_if_needed()
        term.hover() if action == "hover" else term.tap()
        tip = page.locator(".md-tooltip2, .md-tooltip").filter(has_text=meaning[:30])
        tip.first.wait_for(state="visible", timeout=5000)


def test_home_substitutes_as_tabs_on_the_loaded_rungs(site):
    page = html(site, "progression.md")
    for rung in ["rung-3-broomstick-hinge", "rung-4-band-pull-through",
                 "rung-5-kettlebell-deadlift", "rung-6-dumbbell-romanian-deadlift"]:
        tabs = page.select_one(f"#{rung}").find_next("div", class_="tabbed-set")
        labels = [label.get_text(strip=True) for label in tabs.select(".tabbed-labels label")]
        assert labels == ["In a gym", "At home"], rung


def checklist_boxes() -> int:
    """The boxes written in film-yourself.md: one per "- [ ]" line."""
    text = (ROOT / "docs/film-yourself.md").read_text(encoding="utf-8")
    return sum(1 for line in text.splitlines() if line.startswith("- [ ] "))


def test_checklist_ticks_survive_a_reload_and_clear(browser, base_url):
    page = open_page(browser, base_url, "film-yourself/", viewport=PHONE)
    boxes = page.get_by_role("checkbox")
    count = boxes.count()
    assert count == checklist_boxes() >= 12, "a box for each line of both checklists"
    # Each checkbox has an accessible name: the words of its line.
    assert "hips moved back" in boxes.nth(0).evaluate("e => e.labels[0].textContent")
    page.get_by_text("hips moved back").click()  # tapping the words ticks the box
    page.get_by_role("checkbox", name=re.compile("stopped when my hips stopped")).focus()
    page.keyboard.press("Space")  # and so does the keyboard
    labels = boxes.evaluate_all("all => all.map(e => e.labels[0].textContent)")
    ticked = {0, next(i for i, t in enumerate(labels) if "stopped when my hips" in t)}
    page.reload()
    # The page script restores the ticks after loading: wait for them.
    for i in range(count):
        expect(boxes.nth(i)).to_be_checked(checked=i in ticked)
    page.get_by_role("button", name="Clear my ticks").click()
    for i in range(count):
        expect(boxes.nth(i)).not_to_be_checked()
    page.reload()
    for i in range(count):
        expect(boxes.nth(i)).not_to_be_checked()


def test_checklist_reads_as_a_list_without_javascript(browser, base_url):
    page = open_page(browser, base_url, "film-yourself/", java_script_enabled=False)
    items = page.locator(".hh-checklist li")
    assert items.count() == checklist_boxes() >= 12
    assert all(items.nth(i).is_visible() for i in range(items.count()))
    assert not page.get_by_role("button", name="Clear my ticks").is_visible()


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_cue_card_prints_on_one_page(browser, base_url, pdf_dir, paper):
    page = open_page(browser, base_url, "cue-card/")
    pdf = page.pdf(path=str(pdf_dir / f"cue-card-{paper}.pdf"), format=paper, print_background=True)
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert pages == 1, f"the cue card prints on {pages} {paper} pages"
    # It still holds every part.
    page.emulate_media(media="print")
    for part in ["Set up", "Move", "Broomstick: three points", "Faults and fixes"]:
        assert page.get_by_role("heading", name=part).is_visible()


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_session_log_prints_its_sheet_on_one_page(browser, base_url, pdf_dir, paper):
    page = open_page(browser, base_url, "session-log/", viewport={"width": 390, "height": 844})
    # On a phone, where the sheet's seven columns fit only in 12 px type, its
    # filled-in line shows as a card, each entry by its column's name, with
    # no scrolling sideways, and the page says to print the sheet.
    sheet = page.locator(".hh-log__sheet")
    names = sheet.locator("thead th").all_text_contents()
    assert len(names) == 7
    card = sheet.locator(".hh-log__example")
    labels = card.locator("td").evaluate_all(
        "tds => tds.map(td => getComputedStyle(td, '::before').content)")
    assert labels[1:] == [f'"{name}"' for name in names[1:]], labels
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    box = card.bounding_box()
    assert box["x"] + box["width"] <= 390 - 8, f"the card reaches {box}"
    assert page.locator(".hh-log__phone", has_text="print the sheet").is_visible()
    pdf = page.pdf(path=str(pdf_dir / f"session-log-{paper}.pdf"), format=paper,
                   print_background=True)
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert pages == 1, f"the session log prints on {pages} {paper} pages"
    page.emulate_media(media="print")
    sheet = page.locator(".hh-log__sheet")
    assert sheet.is_visible() and sheet.locator("tbody tr").count() >= 10
    assert not page.locator(".hh-log__phone", has_text="print the sheet").is_visible()


@pytest.mark.parametrize("path", ["cue-card/", "session-log/"])
def test_pages_for_paper_have_a_print_button(browser, base_url, path):
    """A phone's browser hides print in a menu; an app's own browser has
    none, and there the page says to open it in the phone's browser."""
    page = open_page(browser, base_url, path, viewport=PHONE)
    page.evaluate("() => { window.__printed = 0;"
                  " window.print = () => { window.__printed += 1; }; }")
    button = page.get_by_role("button", name="Print or save as PDF")
    button.click()
    assert page.evaluate("window.__printed") == 1
    assert not page.locator(".hh-print__in-app").is_visible()
    page.emulate_media(media="print")
    assert not button.is_visible(), "the button prints"

    context = browser.new_context(viewport=PHONE, user_agent=(
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 "
        "(KHTML, like Gecko) Mobile/15E148 Instagram 300.0.0.0"))
    in_app = context.new_page()
    in_app.goto(base_url + path)
    in_app.wait_for_load_state("load")
    assert in_app.locator(".hh-print__in-app").is_visible()
    assert not in_app.get_by_role("button", name="Print or save as PDF").is_visible()
    context.close()
