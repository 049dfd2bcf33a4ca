"""The link-preview cards: every glyph exists, every line fits its box, every
word reads at chat-preview size, and a fault card shows its title and its
fix, and still tells the fault from the fix at that size.

Each check runs over every card the site has (hinge_guide.generate.pages)
and over titles a coach might paste in: emoji, Hebrew, Arabic, a very long
title and one very long word.
"""

from __future__ import annotations

import colorsys
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from PIL import Image, ImageChops, ImageColor

from colours import contrast
from conftest import ROOT
from figures import FAULT_FIGURES
from figures import cards as figure_cards
from hinge_guide import (
    card_figures,
    card_geometry,
    card_text,
    card_words,
    generate,
    icons,
    palette,
    preview_cards,
    site,
)

pytestmark = pytest.mark.unit

SITE_NAME = "Hip Hinge Guide"
HOSTILE = {
    "emoji": "Hinge day \U0001f4aa with a smile \U0001f600 and a lift \U0001f3cb",
    "hebrew": "\u05e6\u05d9\u05e8 \u05d4\u05d9\u05e8\u05da: \u05d4\u05de\u05d3\u05e8\u05d9\u05da",
    "arabic": "\u0645\u0641\u0635\u0644 \u0627\u0644\u0648\u0631\u0643: \u0627\u0644\u062f\u0644",
    "ticks": "Rounded back \u2713 or \u2717",
    "300 characters": ("Hinge back slowly and keep your back flat " * 8)[:300],
    "one 60-character word": "W" * 60,
}


SITE_PAGES = generate.pages(ROOT)
FAULT_CARDS = [page for page in SITE_PAGES if generate.is_share_page(page)]
# A card's words as layout_card takes them: title, description, whether
# there is a figure, whether the description is a fault's fix, whether the
# figure is a fault's pair of panels.
Case = tuple[str, str, bool, bool, bool]


def site_cards() -> dict[str, Case]:
    return {page.src: (page.title, page.description, bool(page.figure),
                       generate.is_share_page(page), bool(page.figure and page.fix_figure))
            for page in SITE_PAGES}


CASES: dict[str, Case] = {
    **site_cards(),
    **{name: (title, "A short line under the title.", False, False, False)
       for name, title in HOSTILE.items()},
    **{f"{name}, beside a figure": (title, "A short line.", True, False, False)
       for name, title in HOSTILE.items()},
    **{f"{name}, a fault's card": (title, "Keep your back flat and your hips back.", True, True,
                                   True)
       for name, title in HOSTILE.items()}}


def layout(case: str) -> card_words.CardText:
    title, description, figure, fix, pair = CASES[case]
    return card_words.layout_card(title, description, SITE_NAME, figure, fix, pair)


def cmap(path: str) -> set[int]:
    """The font's own table of characters, read afresh (not the drawer's)."""
    return set(TTFont(path).getBestCmap())


_CMAPS: dict[str, set[int]] = {}


@pytest.mark.parametrize("case", list(CASES))
def test_every_character_drawn_has_a_glyph_in_its_font(case):
    title = CASES[case][0]
    drawn = 0
    for block in layout(case).blocks:
        for run in block.runs:
            glyphs = _CMAPS.setdefault(run.path, cmap(run.path))
            missing = [f"U+{ord(c):04X}" for c in run.text if ord(c) not in glyphs]
            assert not missing, f"{case}: {run.text!r} in {run.path} lacks {missing}"
            drawn += len(run.text)
    assert drawn >= len(title.split()[0]), f"{case}: the title was not drawn"


@pytest.mark.parametrize("case", list(CASES))
def test_text_fits_inside_its_box(case):
    title, description, figure, _, pair = CASES[case]
    blocks = layout(case).blocks
    for block in blocks:
        left, top, right, bottom = block.box
        for run in block.runs:
            x0, y0, x1, y1 = card_text.run_box(run)
            # A letter such as Y may overhang its origin by a pixel, as type does.
            assert left - 2 <= x0 and x1 <= right, f"{case}: {run.text!r} runs out sideways"
            assert top - 4 <= y0 and y1 <= bottom + 4, f"{case}: {run.text!r} runs out of its box"
        assert block.bottom <= bottom + 1, case
    if figure:
        # nothing of the text in the figure's place (the panel at the right)
        fx0, fy0, fx1, fy1 = card_geometry.figure_area(pair)
        for block in blocks:
            for run in block.runs:
                x0, y0, x1, y1 = card_text.run_box(run)
                clear = x1 < fx0 or x0 > fx1 or y1 < fy0 or y0 > fy1
                assert clear, f"{case}: {run.text!r} runs into the figure"


@pytest.mark.parametrize("case", list(CASES))
def test_titles_leave_no_word_alone_on_their_last_line(case):
    title = CASES[case][0]
    heading = layout(case).title
    if len(heading.lines) > 1 and len(title.split()) > 2:
        assert len(heading.lines[-1].split()) > 1, f"{case}: {heading.lines}"


def test_the_layout_engine_sets_text_in_any_box_at_the_largest_size_that_fits():
    """card_text knows nothing of cards: given a box and sizes, it takes the
    largest size whose lines fit the box, and at the smallest cuts the text
    short with an ellipsis, every run inside the box."""
    box = (10, 20, 310, 200)
    few = card_text.layout_text("Hinge at the hips", box, (60, 40, 20), True, "#000")
    assert few.size == 60, few.lines
    many = card_text.layout_text("Send your hips back " * 20, box, (60, 40, 20), True, "#000")
    assert many.size == 20 and many.lines[-1].endswith(card_text.ELLIPSIS), many.lines
    for block in (few, many):
        assert block.bottom <= box[3], block.lines
        for run in block.runs:
            x0, y0, x1, _ = card_text.run_box(run)
            assert box[0] <= x0 and x1 <= box[2] and y0 >= box[1], (run.text, box)


@pytest.mark.parametrize("title,lines", [
    ("Rounded back: the fix", ["Rounded back:", "the fix"]),
    ("Knees caving in: the fix", ["Knees caving in:", "the fix"]),
    ("Bent arms: the fix", ["Bent arms:", "the fix"]),
])
def test_a_title_breaks_after_a_phrase_not_inside_one(title, lines):
    assert card_words.layout_card(title, "", SITE_NAME, True).title.lines == lines


def test_a_title_short_enough_for_one_line_takes_one():
    assert card_words.layout_card("Bent arms: the fix", "", SITE_NAME, False).title.lines == [
        "Bent arms: the fix"]


def test_a_title_too_long_for_the_card_ends_in_an_ellipsis():
    heading = card_words.layout_card(HOSTILE["300 characters"], "", SITE_NAME, False).title
    assert heading.lines[-1].endswith(card_text.ELLIPSIS), heading.lines
    long_word = card_words.layout_card(HOSTILE["one 60-character word"], "", SITE_NAME,
                                       True).title
    assert "".join(long_word.lines).rstrip(card_text.ELLIPSIS).startswith("W" * 20)


def card_path(page) -> Path:
    """The committed card of a page."""
    return ROOT / "docs" / generate.PREVIEWS / f"{site.card_name(page.url)}.png"


def inside_at_chat_size(panel) -> tuple[int, int, int, int]:
    """A panel (on the 1200x630 card) at 300x157, a few px inside its edge."""
    left, top, right, bottom = (round(v / 4) for v in panel)
    return left + 3, top + 4, right - 3, bottom - 3


def hue_of(image: Image.Image, box) -> tuple[float, float]:
    """(hue, lightness) of a region's average colour."""
    r, g, b = image.crop(box).resize((1, 1), Image.BOX).getpixel((0, 0))
    h, light, _ = colorsys.rgb_to_hls(r / 255, g / 255, b / 255)
    return h, light


@pytest.mark.parametrize("page", FAULT_CARDS, ids=lambda p: p.src)
def test_fault_and_fix_look_different_at_chat_size(page):
    """At 300x157, the fault's panel and the fix's differ in hue (the fault
    and fix colours) and the marks and badges are there to see."""
    image = Image.open(card_path(page))
    small = image.convert("RGB").resize((300, 157), Image.LANCZOS)
    fault_box, fix_box = (inside_at_chat_size(p) for p in card_geometry.PAIR_PANELS)
    fault, fix = hue_of(small, fault_box), hue_of(small, fix_box)
    gap = abs(fault[0] - fix[0])
    assert min(gap, 1 - gap) > 0.25, f"{page.src}: fault and fix panels share a colour"
    x0, y0, x1, y1 = fault_box
    inks = {small.getpixel((x, y)) for x in range(x0, x1) for y in range(y0, y1)}
    assert len(inks) > 4, f"{page.src}: the fault panel is empty"


def inked(image: Image.Image, box, ink: str) -> int:
    """How many px in the box are the ink (give or take what the card's few
    dozen colours make of it)."""
    crop = image.crop(box)
    red, green, blue = ImageChops.difference(crop, Image.new("RGB", crop.size, ink)).split()
    off = ImageChops.add(ImageChops.add(red, green), blue)  # summed over the channels
    return sum(off.histogram()[:30])


@pytest.mark.parametrize("page", FAULT_CARDS, ids=lambda p: p.src)
def test_every_fault_card_shows_the_fault_beside_the_fix(page):
    """Two figures on every fault's card: the fault, with its marks, in the
    fault's colour on its panel, and the fix in the fix's colour on the
    other. Rushing the rep's card once showed the fault's panel alone."""
    assert page.figure and page.fix_figure, f"{page.src}: its card draws one figure"
    names = FAULT_FIGURES[page.pair].fault_marks if page.pair else page.fault_marks
    assert figure_cards.marks(page.figure, names), f"{page.src}: the fault has no marks"
    image = Image.open(card_path(page)).convert("RGB")
    for panel, ink, side in ((card_geometry.PAIR_PANELS[0], card_geometry.FAULT_INK, "fault"),
                             (card_geometry.PAIR_PANELS[1], card_geometry.FIX_INK, "fix")):
        # a body at least: thousands of px in its colour, on its own panel
        assert inked(image, panel, ink) > 5000, f"{page.src}: no {side} drawn on its panel"


def test_every_fault_box_on_the_site_has_a_card():
    """The two tests above have every fault to check (a page kept at a
    fault's old anchor shares its fault's title)."""
    assert len({page.title for page in FAULT_CARDS}) == len(generate.fault_boxes(ROOT)) > 0


@pytest.mark.parametrize("page", FAULT_CARDS, ids=lambda p: p.src)
def test_every_fault_card_shows_its_title_and_its_fix(page):
    """Where draw_card sets the words (generate.card_text): the whole title
    at a reading size, and under it the fix, from its first word, whole or
    its cue (the words before its colon), or cut short with an ellipsis,
    and more than a word of it. Ten of the seventeen cards once dropped the
    fix under a three-line title."""
    text = generate.card_text(page, SITE_NAME)
    assert text.title.size >= card_geometry.READING_SIZE, f"{page.src}: {text.title.size} px"
    assert " ".join(text.title.lines) == page.title, f"{page.src}: {text.title.lines}"
    shown = " ".join(text.words.lines)
    assert shown, f"{page.src}: the card drops the fix"
    whole = page.description.removesuffix(".")  # a one-sentence fix shows without its stop
    if shown not in (page.description, whole) and not page.description.startswith(f"{shown}:"):
        kept = shown.removesuffix(card_text.ELLIPSIS)
        assert kept != shown and page.description.startswith(kept), f"{page.src}: {shown!r}"
    assert len(shown.split()) >= 2, f"{page.src}: the fix shows as {shown!r}"
    # one under the other, the site's name last
    assert text.title.bottom <= text.words.box[1] and text.words.bottom <= text.site.box[1]


RIGHT = card_words.text_right(True, pair=True)


@pytest.mark.parametrize("fix,shown", [
    # one sentence that fits: without its full stop, as a cue has none
    ("Grip the floor with your whole foot.", "Grip the floor with your whole foot"),
    ("Grip the floor. Then stand tall.", "Grip the floor. Then stand tall."),
    ("Stop higher: when your hips stop moving back, or the moment your back starts"
     " to round (with a stick, as a point leaves it).", "Stop higher"),
    # no colon, or one word before it: the whole fix, for the card to cut short
    ("Count three seconds down and pause for one second at the bottom before you"
     " stand up tall again.", None),
    ("Lower: when your hips stop moving back, or the moment your back starts to"
     " round (with a stick, as a point leaves it).", None),
])
def test_a_long_fix_shows_its_cue_where_it_opens_with_one(fix, shown):
    """Cut at the card's edge, "Stop higher: when your hips…" stopped
    mid-clause; the words before the colon are a whole cue."""
    assert card_words.fix_shown(fix, RIGHT) == (shown or fix)


@pytest.mark.parametrize("side", ["fault", "fix"])
def test_a_card_with_one_figure_says_which_side_it_shows(side):
    """A fault box with one figure (a coach's, say) shares it alone: in the
    site's neutral colours it read as the fault at chat size, so it is
    drawn on its side's tint."""
    card = preview_cards.draw_card("Rounded back: the fix", "Stop higher.", SITE_NAME,
                                   figure_cards.shapes("bottom"), side=side, fix=True)
    left, _, _, bottom = card_geometry.PANEL_BOX
    corner = card.getpixel((left + 20, bottom - 10))  # in the panel, below the body
    tint = card_geometry.FAULT_TINT if side == "fault" else card_geometry.FIX_TINT
    assert corner == ImageColor.getrgb(tint), f"{side}: panel is {corner}, not {tint}"


def gutters() -> list[tuple[int, int, int, int]]:
    """Around and between a fault card's two panels: strips of the card's
    own background, up to 9 px wide (the gap between the panels is less)."""
    (l0, top, r0, bottom), (l1, _, r1, _) = card_geometry.PAIR_PANELS
    return [(l0 - 9, top - 9, l0 - 1, bottom + 9), (r0 + 1, top - 9, l1 - 1, bottom + 9),
            (r1 + 1, top - 9, min(r1 + 9, card_geometry.SIZE[0] - 1), bottom + 9),
            (l0, top - 9, r1, top - 1), (l0, bottom + 1, r1, bottom + 9)]


GUTTERS = gutters()


@pytest.mark.parametrize("page", [p for p in generate.pages(ROOT) if p.fix_figure],
                         ids=lambda p: p.src)
def test_a_fault_cards_figures_stay_on_their_panels(page):
    """Nothing is drawn off the two panels: the body and every mark fit, as
    they do in the page's figure (an arrow from the eyes once ran off the
    fix's panel into the card's background)."""
    image = Image.open(card_path(page))
    image = image.convert("RGB")
    background = image.getpixel((5, 5))
    for left, top, right, bottom in GUTTERS:
        off = [(x, y) for x in range(left, right + 1) for y in range(top, bottom + 1)
               if image.getpixel((x, y)) != background]
        assert not off, f"{page.src}: drawn past the panels at {off[:3]}"


PAGE_CARDS = [page for page in SITE_PAGES if page.figure and not generate.is_share_page(page)]


def whole_bodies(page: generate.Page) -> list[card_figures.Placed]:
    """The bodies on a page's card with a head: a fault card of the knees
    draws the legs alone, close up."""
    return [body for panel in card_figures.figure_panels(**generate.card_figures(page))
            for body in panel.bodies if "head" in body.shapes]


# The largest a fault's card draws a whole body, in px to the body's height.
FAULT_SCALE = max(body.fit.scale for page in FAULT_CARDS for body in whole_bodies(page))


@pytest.mark.parametrize("page", PAGE_CARDS, ids=lambda p: p.src)
def test_a_pages_card_shows_its_whole_figure_no_larger_than_a_faults(page):
    """The body and what it holds (a bar and its plates, a kettlebell) stay
    inside the panel with a tenth of it clear at each side and above, and
    the floor clear of its bottom edge; and it is drawn no larger than the
    fault cards draw a body. Progression's, Session log's and Session
    plans' cards once scaled a deep hinge up until its hips and the plates
    reached the panel's edges: shapes, at chat size."""
    panels = card_figures.figure_panels(**generate.card_figures(page))
    assert [body for panel in panels for body in panel.bodies], f"{page.src}: no figure drawn"
    for panel in panels:
        left, top, right, bottom = panel.box
        side, above = 0.1 * (right - left), 0.1 * (bottom - top)
        for body in panel.bodies:
            x0, y0, x1, y1 = body.reach
            assert left + side <= x0 and x1 <= right - side, f"{page.src}: {x0:.0f}-{x1:.0f} px"
            assert top + above <= y0 and y1 <= bottom - 0.05 * (bottom - top), (
                f"{page.src}: {y0:.0f}-{y1:.0f} px")
            assert body.fit.scale <= FAULT_SCALE, (
                f"{page.src}: a body {body.fit.scale:.0f} px tall, where the fault cards' "
                f"are {FAULT_SCALE:.0f} px at most")


def test_the_home_card_shows_the_rep():
    """Standing, halfway and the bottom, on one floor at one scale."""
    home = next(page for page in PAGE_CARDS if page.url == "")
    bodies = whole_bodies(home)
    assert len(bodies) == len(generate.HOME_CARD_REP) + 1
    assert len({body.fit.scale for body in bodies}) == 1
    assert len({round(body.fit.at((0.0, 0.0))[1]) for body in bodies}) == 1


def test_the_favicon_stays_well_formed_whatever_the_site_is_called():
    """An & or < in site_name once made an SVG no browser would draw."""
    from xml.etree import ElementTree

    svg = ElementTree.fromstring(icons.favicon_svg('Hips & <Hinges> "club"'))
    title = svg.find("{http://www.w3.org/2000/svg}title")
    assert title is not None and title.text == 'Hips & <Hinges> "club"'


def test_a_card_draws_the_weight_its_figure_carries():
    """A fault card of a loaded rung shows the weight, as outlines read from
    the figure's own shapes, around the hands; a pose with no weight has none."""
    from figures import cards as figure_cards
    from figures.body import joints
    from figures.poses import POSES

    assert figure_cards.props("bottom") == []
    for name in ("fault_bent_arms", "fault_weight_forward", "fault_hips_rising"):
        outlines = figure_cards.props(name)
        assert outlines, name
        hand = joints(POSES[name])["hand"]
        near = min(abs(x - hand[0]) + abs(y - hand[1]) for m in outlines for x, y in m.points)
        assert near < 0.15, name


def test_a_closed_path_is_drawn_closed():
    """A path ending in Z comes back to its start: the closing edge is a
    straight segment, sampled like a line, not skipped (the brace's band,
    on the loose-brace card, ended short of where it began)."""
    triangle = figure_cards._polylines("M0 0L10 0L10 10Z")[0]
    assert triangle[0] == triangle[-1]
    midway = (5 / figure_cards.svg.SCALE, -5 / figure_cards.svg.SCALE)  # of the closing edge
    assert any(abs(x - midway[0]) + abs(y - midway[1]) < 1e-9 for x, y in triangle)
    assert figure_cards._polylines("M0 0L10 0L10 10")[0][-1] != triangle[0]  # open stays open
    band = figure_cards.marks("standing", ("brace",))
    assert band and all(stroke.points[0] == stroke.points[-1] for stroke in band)


@pytest.mark.parametrize("title,runs", [
    ("ظهر مستدير: the fix", ["ظهر مستدير", ": the fix"]),
    ("שלום, the fix", ["שלום", ", the fix"]),
    ("Rounded back: the fix", ["Rounded back: the fix"]),
])
def test_punctuation_after_right_to_left_words_stays_after_them(title, runs):
    """Inside the Arabic run, raqm set the colon and the space at its left
    end: the card read ":ظهر مستدير the fix"."""
    assert [text for text, _ in card_text.runs_of(title, True)] == runs


@pytest.mark.parametrize("page", [p for p in generate.pages(ROOT) if p.figure],
                         ids=lambda p: p.src)
def test_card_art_is_one_per_side(page):
    """card_art gives the fault's art and the fix's, by name: a lone
    figure's art is the first, the fix's is None without a fix figure."""
    fault_art, fix_art = generate.card_art(page)
    assert fault_art is not None
    assert (fix_art is not None) == bool(page.fix_figure)


# A chat app's small preview: the card at a quarter of its size.
CHAT = (300, 157)
# Capitals 13.5 px tall at that size or more: words read at a glance. (The
# cards' 68 px titles once measured 12.4 to 13.0 px here; their site name
# and description, until every word was set at the reading size, about 6.)
MIN_CAP_PX = 13.5


def rendered_cap_height(image: Image.Image, block: card_text.TextBlock) -> float:
    """The height in px of the block's first letter (a capital) on the card
    shrunk to CHAT, as a chat app shows it, measured on the pixels: each
    row counts as much as its inkiest pixel is of the block's colour (a
    row the letter half covers, half a px), looked for in the letter's own
    line only (from the baseline up to 0.85 of the size; the line above
    reaches no lower; a Q's tail below the baseline is left out). The ink
    must end at the baseline: ink elsewhere is not this letter, and
    measures as 0."""
    run = block.runs[0]
    scale = CHAT[0] / card_geometry.SIZE[0]
    small = image.convert("L").resize(CHAT, Image.LANCZOS)
    x0, _, x1, _ = card_text.run_box(card_text.Run(run.text[0], run.path, run.size,
                                                           run.bold, run.xy))
    baseline = run.xy[1] * scale
    ground = small.getpixel((2, 2))
    ink = ImageColor.getcolor(block.colour, "L")
    columns = range(int(x0 * scale), int(x1 * scale) + 1)
    cover = {y: max(min(1.0, max(0.0, (small.getpixel((x, y)) - ground) / (ink - ground)))
                    for x in columns)
             for y in range(int(baseline - 0.85 * run.size * scale), int(baseline) + 1)}
    rows = [y for y, c in cover.items() if c >= 0.5]
    if not rows or abs(rows[-1] + 1 - baseline) > 1.5:
        return 0.0
    return sum(cover.values())


@pytest.mark.parametrize("page", SITE_PAGES, ids=lambda p: p.src)
def test_every_word_reads_in_a_chat_apps_small_preview(page):
    """Measured on the committed card, shrunk as a chat app shrinks it: the
    first capital of the title, of the words under it and of the site's
    name. A title set at a last-resort size would come out 10 to 12 px
    tall, and the site's name and the description were about 6."""
    image = Image.open(card_path(page))
    for block in generate.card_text(page, SITE_NAME).blocks:
        if not block.runs:
            continue
        assert block.runs[0].text[0].isupper(), f"{page.src}: {block.lines[0]!r}"
        height = rendered_cap_height(image, block)
        assert height >= MIN_CAP_PX, f"{page.src}: {block.lines[0]!r}: capitals {height:.1f} px"


@pytest.mark.parametrize("page", SITE_PAGES, ids=lambda p: p.src)
def test_every_run_of_text_is_set_at_a_reading_size(page):
    """Every run on the card, not only each block's first letter: its font's
    capitals are 4 x MIN_CAP_PX tall or more on the 1200 px card."""
    for block in generate.card_text(page, SITE_NAME).blocks:
        for run in block.runs:
            cap = -run.face.getbbox("H", anchor="ls")[1]
            assert cap >= 4 * MIN_CAP_PX, f"{page.src}: {run.text!r}: capitals {cap} px"


@pytest.mark.parametrize("page", SITE_PAGES, ids=lambda p: p.src)
def test_every_word_stands_out_from_the_card(page):
    """Each block's colour is 4.5:1 or more on the card's green, the quieter
    site name too."""
    for block in generate.card_text(page, SITE_NAME).blocks:
        ratio = contrast(block.colour, palette.DEEP_GREEN)
        assert ratio >= 4.5, f"{page.src}: {block.colour} is {ratio:.1f}:1"
