"""The session log on a phone (docs/session-log.md, javascripts/session-log.js),
in Chromium: a line added on the page stays on this device, newest first;
whatever is stored, or when storage is blocked, the form keeps working;
without JavaScript and on paper the page is the sheet to print."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

from browser_helpers import DESKTOP, PHONE, axe, open_page
from conftest import wait_for_material
from test_storage import BLOCK_STORAGE

PATH = "session-log/"
KEY = "hh-session-log:/session-log/"
# Two sessions, entered with the later one first: the list sorts by date.
LINES = [
    {"date": "2026-12-04", "rung": "5", "weight": "16 kg", "sets": "3 × 8", "clean": "no",
     "pain": "2", "notes": ""},
    {"date": "2026-12-01", "rung": "5", "weight": "12 kg", "sets": "3 × 10", "clean": "yes",
     "pain": "1", "notes": "Film next time"},
]
TITLES = ["Fri 4 Dec 2026", "Tue 1 Dec 2026"]


def opened(browser, base_url, *, init_script=None, viewport=PHONE, scheme="light"):
    """The log as a reader opens it, with init_script run before the page's own."""
    return open_page(browser, base_url, PATH, init_script=init_script, viewport=viewport,
                     scheme=scheme)


def add(page, line):
    page.get_by_label("Date").fill(line["date"])
    page.get_by_label("Rung", exact=True).select_option(line["rung"])
    page.get_by_label("Weight").fill(line["weight"])
    page.get_by_label("Sets × reps").fill(line["sets"])
    page.get_by_role("radio", name=line["clean"].capitalize()).check()
    page.get_by_label("Pain (0–10)").fill(line["pain"])
    page.get_by_label("Notes").fill(line["notes"])
    page.get_by_role("button", name="Add to my log").click()


def cards(page):
    return page.locator(".hh-log-mine__lines > li")


def card_titles(page):
    return cards(page).locator("h3").all_text_contents()


def test_lines_stay_after_a_reload_newest_first_and_one_can_be_deleted(browser, base_url):
    page = opened(browser, base_url)
    form = page.locator("form.hh-log-form")
    expect(form).to_be_visible()
    # Today's date to start, and the rung the ladder starts at.
    assert page.get_by_label("Date").input_value() == page.evaluate(
        "() => { const d = new Date(); return [d.getFullYear(), d.getMonth() + 1, d.getDate()]"
        ".map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-'); }")
    assert page.get_by_label("Rung", exact=True).input_value() == "1"
    options = page.get_by_label("Rung", exact=True).locator("option").all_text_contents()
    assert options[0] == "Rung 0: easier drills" and options[-1] == "Rung 8: deadlift"
    add(page, LINES[0])
    add(page, LINES[1])
    expect(cards(page)).to_have_count(2)
    page.reload()
    wait_for_material(page)
    expect(cards(page)).to_have_count(2)
    assert card_titles(page) == TITLES
    # Each card's entries under the paper sheet's own column names.
    first = cards(page).first
    names = page.locator(".hh-log__sheet thead th").all_text_contents()[1:]
    assert first.locator("dt").all_text_contents() == names
    assert first.locator("dd").all_text_contents() == [
        "Rung 5: kettlebell deadlift", "16 kg", "3 × 8", "no", "2", "–"]
    # The rung of the newest line is ready for the next session.
    assert page.get_by_label("Rung", exact=True).input_value() == "5"

    page.get_by_role("button", name="Delete the line of Tue 1 Dec 2026").click()
    expect(cards(page)).to_have_count(1)
    assert card_titles(page) == TITLES[:1]
    undo = page.get_by_role("button", name="Undo")
    expect(undo).to_be_focused()
    undo.click()
    expect(cards(page)).to_have_count(2)
    page.get_by_role("button", name="Delete the line of Tue 1 Dec 2026").click()
    expect(cards(page)).to_have_count(1)
    page.reload()
    wait_for_material(page)
    expect(cards(page)).to_have_count(1)
    assert card_titles(page) == TITLES[:1]
    stored = json.loads(page.evaluate(f"localStorage.getItem({KEY!r})"))
    assert [line["date"] for line in stored["lines"]] == ["2026-12-04"]
    assert page.errors == []
    page.context.close()


def test_a_pain_over_10_or_a_date_the_log_cannot_sort_adds_no_line(browser, base_url):
    page = opened(browser, base_url)
    add(page, {**LINES[0], "pain": "11"})
    assert page.get_by_label("Pain (0–10)").evaluate("e => e.validity.rangeOverflow")
    expect(cards(page)).to_have_count(0)
    # A browser with no date picker gives a plain box, as this one is made.
    page.get_by_label("Date").evaluate("e => { e.type = 'text'; }")
    add(page, {**LINES[0], "date": "4/12/2026"})
    expect(page.get_by_text("Write the date as year-month-day")).to_be_visible()
    expect(page.get_by_label("Date")).to_be_focused()
    expect(cards(page)).to_have_count(0)
    assert page.errors == []
    page.context.close()


def test_an_empty_form_adds_no_line(browser, base_url):
    """One stray tap on Add kept a line of dashes (fresh design review): a
    line says at least what you did, or whether it was clean."""
    page = opened(browser, base_url)
    page.get_by_role("button", name="Add to my log").click()
    expect(page.get_by_text("Write what you did (sets × reps)")).to_be_visible()
    expect(page.get_by_label("Sets × reps")).to_be_focused()
    expect(cards(page)).to_have_count(0)
    page.get_by_label("Yes").check()
    page.get_by_role("button", name="Add to my log").click()
    expect(cards(page)).to_have_count(1)
    assert page.errors == []
    page.context.close()


@pytest.mark.parametrize("stored", ["42", "true", "[]", "{broken"])
def test_a_stored_log_of_the_wrong_type_reads_as_empty_and_the_form_still_works(
        browser, base_url, stored):
    # Written once, before the page's first script; a reload keeps what
    # the page then stores.
    page = opened(browser, base_url, init_script=(
        f"if (!sessionStorage.getItem('seeded')) {{ sessionStorage.setItem('seeded', '1');"
        f" localStorage.setItem({KEY!r}, {stored!r}); }}"))
    assert page.evaluate(f"localStorage.getItem({KEY!r})") == stored
    expect(page.locator(".hh-log-mine__empty")).to_be_visible()
    expect(cards(page)).to_have_count(0)
    add(page, LINES[1])
    expect(cards(page)).to_have_count(1)
    page.reload()
    wait_for_material(page)
    assert card_titles(page) == TITLES[1:]
    assert json.loads(page.evaluate(f"localStorage.getItem({KEY!r})"))["lines"][0]["notes"] \
        == "Film next time"
    # Storage works here: the note about blocked storage stays hidden.
    expect(page.locator(".hh-log-form__blocked")).to_be_hidden()
    assert page.errors == []
    page.context.close()


def test_blocked_storage_says_so_once_and_keeps_lines_for_the_visit(browser, base_url):
    page = opened(browser, base_url, init_script=BLOCK_STORAGE)
    note = page.get_by_text("your lines last only while this page is open")
    expect(note).to_have_count(1)
    expect(note).to_be_visible()
    add(page, LINES[0])
    add(page, LINES[1])
    assert card_titles(page) == TITLES
    expect(note).to_be_visible()
    assert page.errors == []
    page.context.close()


def test_without_javascript_the_page_is_the_sheet_to_print(browser, base_url):
    page = open_page(browser, base_url, PATH, viewport=PHONE, java_script_enabled=False)
    expect(page.locator(".hh-log-here")).to_be_hidden()
    expect(page.get_by_role("button", name="Add to my log")).to_have_count(0)
    expect(page.get_by_text("Log each session here")).to_be_hidden()
    expect(page.get_by_text("Print this page and keep it with your gym kit.")).to_be_visible()
    expect(page.locator(".hh-log__sheet")).to_be_visible()
    page.context.close()


def test_on_paper_the_form_and_the_lines_hide_and_the_sheet_prints(browser, base_url):
    page = opened(browser, base_url)
    add(page, LINES[0])
    expect(cards(page)).to_have_count(1)
    page.emulate_media(media="print")
    expect(page.locator("form.hh-log-form")).to_be_hidden()
    expect(page.locator(".hh-log-mine")).to_be_hidden()
    expect(page.get_by_text("Log each session here")).to_be_hidden()
    expect(page.get_by_text("Print this page and keep it with your gym kit.")).to_be_visible()
    sheet = page.locator(".hh-log__sheet")
    expect(sheet).to_be_visible()
    assert sheet.locator("tbody tr").count() >= 10
    page.context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_phone_log_has_no_axe_violations(browser, base_url, scheme):
    page = opened(browser, base_url, scheme=scheme)
    add(page, LINES[0])
    add(page, LINES[1])
    page.get_by_role("button", name="Delete the line of Tue 1 Dec 2026").click()
    expect(page.get_by_role("button", name="Undo")).to_be_visible()
    violations = axe(page).response["violations"]
    assert violations == [], [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations]
    page.context.close()


def test_every_control_is_labelled_and_a_thumb_wide(browser, base_url):
    page = opened(browser, base_url)
    add(page, LINES[0])
    controls = page.locator(".hh-log-here :is(input, select, textarea, button):visible")
    unnamed = controls.evaluate_all("""all => all.filter(e =>
        !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.textContent.trim())
        .map(e => e.outerHTML)""")
    assert unnamed == []
    # A radio's target is its label: the round box is its smaller part.
    targets = page.locator(".hh-log-here :is(input:not([type=radio]), select, textarea, button,"
                           " .hh-log-form__choice label):visible")
    small = targets.evaluate_all("""all => all.map(e => [e.outerHTML.slice(0, 60),
        e.getBoundingClientRect().height]).filter(([, h]) => h < 44)""")
    assert small == []
    # Buttons span the phone, as the site's other buttons there do.
    for name in ["Add to my log", "Copy my log"]:
        box = page.get_by_role("button", name=name).bounding_box()
        assert box["width"] >= PHONE["width"] - 2 * 24, (name, box)
    page.context.close()


def test_copy_my_log_copies_the_lines_or_selects_them(browser, base_url):
    page = opened(browser, base_url, init_script="""
        window.__copied = [];
        Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {
            writeText: text => window.__refuse ? Promise.reject(new Error('no'))
                : (window.__copied.push(text), Promise.resolve())}});""")
    add(page, LINES[0])
    add(page, LINES[1])
    page.get_by_role("button", name="Copy my log").click()
    expect(page.get_by_text("Copied. Paste your log")).to_be_visible()
    text = page.evaluate("window.__copied[0]")
    assert text.splitlines() == [
        "My session log",
        "Fri 4 Dec 2026: Rung 5: kettlebell deadlift. Weight 16 kg, Sets × reps 3 × 8, "
        "Clean? no, Pain (0–10) 2. Notes: –",
        "Tue 1 Dec 2026: Rung 5: kettlebell deadlift. Weight 12 kg, Sets × reps 3 × 10, "
        "Clean? yes, Pain (0–10) 1. Notes: Film next time",
    ]
    # Refused: the text shows, selected, with a line saying to press and hold.
    page.evaluate("window.__refuse = true; document.execCommand = () => false;")
    page.get_by_role("button", name="Copy my log").click()
    field = page.get_by_role("textbox", name="Your log as text")
    expect(field).to_be_visible()
    expect(field).to_be_focused()
    assert field.input_value() == text
    assert page.evaluate("() => { const f = document.activeElement;"
                         " return f.selectionEnd - f.selectionStart; }") == len(text)
    expect(page.get_by_text(re.compile("press and hold it, then choose Copy"))).to_be_visible()
    page.context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_screenshots_of_the_log_with_two_lines(browser, base_url, screenshot_dir, scheme, size):
    page = opened(browser, base_url, scheme=scheme,
                  viewport=PHONE if size == "phone" else DESKTOP)
    add(page, LINES[0])
    add(page, LINES[1])
    expect(cards(page)).to_have_count(2)
    page.locator(".hh-log-form").scroll_into_view_if_needed()
    page.screenshot(path=str(screenshot_dir / f"session-log-{size}-{scheme}.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]
    page.context.close()
