"""The link-preview cards: every glyph exists, every line fits its box, and a
fault card still tells the fault from the fix at chat-preview size.

Each check runs over every card the site has (hinge_guide.generate.pages)
and over titles a coach might paste in: emoji, Hebrew, Arabic, a very long
title and one very long word.
"""

from __future__ import annotations

import colorsys
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from PIL import Image, ImageColor

from conftest import ROOT
from hinge_guide import generate, preview_cards

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


def site_cards() -> dict[str, tuple[str, str, bool]]:
    return {page.src: (page.title, page.description, bool(page.figure))
            for page in generate.pages(ROOT)}


CASES = {**site_cards(),
         **{name: (title, "A short line under the title.", figure)
            for name, title in HOSTILE.items() for figure in (False,)},
         **{f"{name}, beside a figure": (title, "A short line.", True)
            for name, title in HOSTILE.items()}}


def cmap(path: str) -> set[int]:
    """The font's own table of characters, read afresh (not the drawer's)."""
    return set(TTFont(path).getBestCmap())


_CMAPS: dict[str, set[int]] = {}


@pytest.mark.parametrize("case", list(CASES))
def test_every_character_drawn_has_a_glyph_in_its_font(case):
    title, description, figure = CASES[case]
    drawn = 0
    for block in preview_cards.layout_card(title, description, SITE_NAME, figure):
        for run in block.runs:
            glyphs = _CMAPS.setdefault(run.path, cmap(run.path))
            missing = [f"U+{ord(c):04X}" for c in run.text if ord(c) not in glyphs]
            assert not missing, f"{case}: {run.text!r} in {run.path} lacks {missing}"
            drawn += len(run.text)
    assert drawn >= len(title.split()[0]), f"{case}: the title was not drawn"


@pytest.mark.parametrize("case", list(CASES))
def test_text_fits_inside_its_box(case):
    title, description, figure = CASES[case]
    blocks = preview_cards.layout_card(title, description, SITE_NAME, figure)
    assert blocks, case
    for block in blocks:
        left, top, right, bottom = block.box
        for run in block.runs:
            x0, y0, x1, y1 = preview_cards.run_box(run)
            # A letter such as Y may overhang its origin by a pixel, as type does.
            assert left - 2 <= x0 and x1 <= right, f"{case}: {run.text!r} runs out sideways"
            assert top - 4 <= y0 and y1 <= bottom + 4, f"{case}: {run.text!r} runs out of its box"
        assert block.bottom <= bottom + 1, case
    text_right = max(preview_cards.run_box(r)[2] for b in blocks for r in b.runs)
    if figure:
        assert text_right < preview_cards.FIGURE_LEFT, f"{case}: text runs under the figure"


@pytest.mark.parametrize("case", list(CASES))
def test_titles_leave_no_word_alone_on_their_last_line(case):
    title, description, figure = CASES[case]
    heading = preview_cards.layout_card(title, description, SITE_NAME, figure)[-2]
    if len(heading.lines) > 1 and len(title.split()) > 2:
        assert len(heading.lines[-1].split()) > 1, f"{case}: {heading.lines}"


@pytest.mark.parametrize("title,lines", [
    ("Rounded back: the fix", ["Rounded back:", "the fix"]),
    ("Knees caving in: the fix", ["Knees caving in:", "the fix"]),
    ("Bent arms: the fix", ["Bent arms: the fix"]),  # one line needs no break
])
def test_a_title_breaks_after_a_phrase_not_inside_one(title, lines):
    assert preview_cards.layout_card(title, "", SITE_NAME, True)[-2].lines == lines


def test_a_title_too_long_for_the_card_ends_in_an_ellipsis():
    heading = preview_cards.layout_card(HOSTILE["300 characters"], "", SITE_NAME, False)[-2]
    assert heading.lines[-1].endswith(preview_cards.ELLIPSIS), heading.lines
    long_word = preview_cards.layout_card(HOSTILE["one 60-character word"], "", SITE_NAME, True)[-2]
    assert "".join(long_word.lines).rstrip(preview_cards.ELLIPSIS).startswith("W" * 20)


def card_path(page) -> Path:
    """The committed card of a page."""
    return ROOT / "docs" / generate.PREVIEWS / f"{preview_cards.card_name(page.url)}.png"


def hue_of(image: Image.Image, box) -> tuple[float, float]:
    """(hue, lightness) of a region's average colour."""
    r, g, b = image.crop(box).resize((1, 1), Image.BOX).getpixel((0, 0))
    h, light, _ = colorsys.rgb_to_hls(r / 255, g / 255, b / 255)
    return h, light


@pytest.mark.parametrize("page", [p for p in generate.pages(ROOT) if p.fix_figure],
                         ids=lambda p: p.src)
def test_fault_and_fix_look_different_at_chat_size(page):
    """At 300x157, the fault's panel and the fix's differ in hue (the fault
    and fix colours) and the marks and badges are there to see."""
    image = Image.open(card_path(page))
    small = image.convert("RGB").resize((300, 157), Image.LANCZOS)
    fault, fix = hue_of(small, (183, 12, 234, 147)), hue_of(small, (238, 12, 289, 147))
    gap = abs(fault[0] - fix[0])
    assert min(gap, 1 - gap) > 0.25, f"{page.src}: fault and fix panels share a colour"
    inks = {small.getpixel((x, y)) for x in range(183, 234) for y in range(12, 147)}
    assert len(inks) > 4, f"{page.src}: the fault panel is empty"


SHARE_PAGES_WITH_ONE_FIGURE = [p for p in generate.pages(ROOT)
                               if p.src.startswith("faults/") and p.figure and not p.fix_figure]


@pytest.mark.parametrize("page", SHARE_PAGES_WITH_ONE_FIGURE, ids=lambda p: p.src)
def test_a_fault_card_with_one_figure_says_which_side_it_shows(page):
    """A lone figure in the site's neutral colours read as the fault at chat
    size: it is drawn on the fix's tint (or the fault's, for a fault pose)."""
    image = Image.open(card_path(page))
    corner = image.convert("RGB").getpixel((760, 560))  # inside the panel, below the body
    tint = (preview_cards.FAULT_TINT if generate.card_side(page) == "fault"
            else preview_cards.FIX_TINT)
    assert corner == ImageColor.getrgb(tint), f"{page.src}: panel is {corner}, not {tint}"


def test_some_fault_cards_have_one_figure():
    # the test above has a case to check: most faults now show a pair,
    # and rushing the rep (a matter of time, not of a pose) shows one figure
    assert len(SHARE_PAGES_WITH_ONE_FIGURE) >= 1


# Around and between a fault card's two panels (fault: 730 to 940, fix: 950
# to 1160, both from 40 to 590 down): strips of the card's own background.
GUTTERS = [(721, 31, 729, 599), (941, 31, 949, 599), (1161, 31, 1169, 599),
           (730, 31, 1160, 39), (730, 591, 1160, 599)]


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


def test_the_favicon_stays_well_formed_whatever_the_site_is_called():
    """An & or < in site_name once made an SVG no browser would draw."""
    from xml.etree import ElementTree

    svg = ElementTree.fromstring(preview_cards.favicon_svg('Hips & <Hinges> "club"'))
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


@pytest.mark.parametrize("title,runs", [
    ("ظهر مستدير: the fix", ["ظهر مستدير", ": the fix"]),
    ("שלום, the fix", ["שלום", ", the fix"]),
    ("Rounded back: the fix", ["Rounded back: the fix"]),
])
def test_punctuation_after_right_to_left_words_stays_after_them(title, runs):
    """Inside the Arabic run, raqm set the colon and the space at its left
    end: the card read ":ظهر مستدير the fix"."""
    assert [text for text, _ in preview_cards.runs_of(title, True)] == runs


@pytest.mark.parametrize("page", [p for p in generate.pages(ROOT) if p.figure],
                         ids=lambda p: p.src)
def test_card_art_is_one_per_side(page):
    """card_art gives the fault's art and the fix's, by name: a lone
    figure's art is the first, the fix's is None without a fix figure."""
    fault_art, fix_art = generate.card_art(page)
    assert fault_art is not None
    assert (fix_art is not None) == bool(page.fix_figure)
