"""Where things go on a link-preview card, and at what size: the card's
size and margin, the type sizes every word is held to, the figure's
panels and the fault's and fix's colours (card_words.py and
card_figures.py place the words and figures within these)."""

from __future__ import annotations

from . import palette

SIZE = (1200, 630)
PANEL = palette.GREEN
MARGIN = 60
# At a chat app's 300x157 a card is a quarter of its size. Every word on it
# is set at READING_SIZE px or larger: Lato's capitals are 0.72 of its size,
# so they stand 54 px tall on the card and 13.5 px there (tests/test_cards.py
# measures them). Words that can't be set that large are left off (a
# page's description) or cut short (a fault's fix), never set smaller. The
# figure takes the right half, the body about 110 px tall there.
READING_SIZE = 76
# The words under a title, in Lato's regular weight: its thinner capitals
# measured 13.5 px there at 76 px, on the line; a size up gives them room.
WORDS_SIZE = 78
FIGURE_LEFT = 640  # text stops TEXT_GAP px before here on a card with a figure
TEXT_GAP = 24
PANEL_BOX = (FIGURE_LEFT, 30, SIZE[0] - 30, SIZE[1] - 30)  # one figure's panel
# A fault card's two panels, the fault's and the fix's, side by side at the
# right, a little narrower than one figure's panel: the text beside them
# holds a title and its fix, and a line of it "The weight drifts" at the
# reading size.
PAIR_LEFT = 670
PAIR_PANELS = ((PAIR_LEFT, 30, 915, SIZE[1] - 30), (925, 30, SIZE[0] - 30, SIZE[1] - 30))
TITLE_SIZES = (100, 92, 84, READING_SIZE)       # beside a figure
WIDE_TITLE_SIZES = (112, 100, 92, 84, READING_SIZE)  # across a card of words alone
# Smaller sizes only for a title no site page has (a 60-letter word, 300
# characters): set smaller rather than cut. tests/test_cards.py holds every
# page's title to the reading sizes.
LAST_RESORT_SIZES = (64, 54)
# The figures' fault and fix colours (light scheme), and pale panels of each.
FAULT_INK = palette.LIGHT["--hh-figure-fault"]
FIX_INK = palette.LIGHT["--hh-figure-accent"]
FAULT_TINT, FIX_TINT = palette.tint(FAULT_INK, 0.1), palette.tint(FIX_INK, 0.1)


def figure_area(pair: bool = False) -> tuple[int, int, int, int]:
    """Where a card's figure goes (left, top, right, bottom): the panel at
    the right, or a fault's two."""
    return (PAIR_PANELS[0][:2] + PAIR_PANELS[1][2:]) if pair else PANEL_BOX
