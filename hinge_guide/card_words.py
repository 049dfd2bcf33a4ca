"""Where a link-preview card's words go: the title, the description (a
fault's fix) under it and the site's name at the bottom, every word at the
reading size or larger (card_geometry.READING_SIZE). layout_card() says
where every piece of text goes; draw_card (preview_cards.py) sets it and the
tests read it. Each block is set by card_text.layout_text."""

from __future__ import annotations

from dataclasses import dataclass

from . import palette
from .card_geometry import (
    FIGURE_LEFT,
    LAST_RESORT_SIZES,
    MARGIN,
    PAIR_LEFT,
    READING_SIZE,
    SIZE,
    TEXT_GAP,
    TITLE_SIZES,
    WIDE_TITLE_SIZES,
    WORDS_SIZE,
)
from .card_text import ELLIPSIS, TextBlock, layout_text


@dataclass
class CardText:
    """A card's words, each in its own box: the title; under it the
    description (on a fault's card, its fix); and the site's name at the
    bottom. A block with no lines is left off the card."""

    title: TextBlock
    words: TextBlock
    site: TextBlock

    @property
    def blocks(self) -> list[TextBlock]:
        return [self.title, self.words, self.site]


# Where a card's words go, top to bottom: the title's box starts at TOP, the
# site's name's box ends at BOTTOM, and GAP px lie between two boxes (with
# the room a line keeps above its capitals, about 34 px between the ink).
TOP, BOTTOM, GAP = 30, 600, 14
WORDS_LEADING = 1.15
# A fault's fix takes FIX_LINES lines under the title where it is cut short,
# and up to WHOLE_FIX_LINES where that many hold it whole: the title steps
# down in size before it leaves the fix less room (and the fix keeps one
# line, at the least, under a title that needs the card's height).
FIX_LINES, WHOLE_FIX_LINES = 2, 3


def layout_card(title: str, description: str, site_name: str, figure: bool,
                fix: bool = False, pair: bool = False) -> CardText:
    """The text of a card: the title, the description under it and the
    site's name at the bottom, every word at READING_SIZE or larger. On a
    fault's card (`fix`) the description is the fix, always shown: the
    title steps down in size until the fix has a line (FIX_LINES where it
    needs them), and the fix ends in an ellipsis where it is cut. On any
    other card the description is there only when it fits whole (the app
    prints it beside the card anyway). pair: the figure is a fault's pair
    of panels (PAIR_PANELS)."""
    right = text_right(figure, pair)
    site = _site_line(site_name, right)
    bottom = site.box[1] - GAP if site.lines else BOTTOM
    sizes = (TITLE_SIZES if figure else WIDE_TITLE_SIZES) + LAST_RESORT_SIZES
    if not fix:
        heading = _title(title, bottom, right, sizes)
        words = _description(description, heading.bottom + GAP, right, bottom)
        return CardText(heading, words, site)
    description = fix_shown(description, right)
    needed = _lines_needed(description, right)
    tries = [needed] if needed <= WHOLE_FIX_LINES else []
    tries += [lines for lines in range(FIX_LINES, 0, -1) if lines < needed]
    for fix_lines in tries:
        heading = _title(title, bottom - GAP - _lines_height(fix_lines), right, sizes)
        if heading.size >= READING_SIZE:
            break
    words = _words_block(description, (MARGIN, heading.bottom + GAP, right, bottom))
    return CardText(heading, words, site)


def fix_shown(fix: str, right: int) -> str:
    """The part of a fault's fix its card shows: the whole fix where it
    fits in WHOLE_FIX_LINES, else its cue, the words before a colon ("Stop
    higher: when your hips stop…" shows "Stop higher"), where the fix
    opens with one that fits there; else the whole fix, which the
    card cuts short with an ellipsis. A cue is a whole thought, where a
    sentence cut at the card's edge can stop mid-clause. A one-sentence fix
    loses its full stop, as a cue has none: every card's line reads alike."""
    if _lines_needed(fix, right) <= WHOLE_FIX_LINES:
        return fix[:-1] if fix.endswith(".") and ". " not in fix else fix
    cue, colon, _ = fix.partition(":")
    if colon and len(cue.split()) >= 2 and _lines_needed(cue, right) <= WHOLE_FIX_LINES:
        return cue
    return fix


def _lines_needed(text: str, right: int) -> int:
    """How many lines of words text takes on a card whose text stops at right."""
    return max(1, len(_words_block(text, (MARGIN, 0, right, SIZE[1] * 4)).lines))


def text_right(figure: bool, pair: bool = False) -> int:
    """Where a card's text stops: before its figure, or at the margin."""
    if not figure:
        return SIZE[0] - MARGIN
    return (PAIR_LEFT if pair else FIGURE_LEFT) - TEXT_GAP


def _lines_height(count: int, size: int = WORDS_SIZE, leading: float = WORDS_LEADING) -> int:
    """The height layout_text gives `count` lines (a line and its leading each)."""
    return round(count * size * leading) + 1


def _title(title: str, bottom: int, right: int, sizes: tuple[int, ...]) -> TextBlock:
    return layout_text(title, (MARGIN, TOP, right, bottom), sizes, True, palette.WHITE,
                       leading=1.14, phrases=True)


def _words_block(text: str, box: tuple[int, int, int, int]) -> TextBlock:
    """The description (or fix) at the reading size, in as many lines as
    the box holds, the last ending in an ellipsis where it is cut."""
    return layout_text(text, box, (WORDS_SIZE,), False, palette.MINT, leading=WORDS_LEADING)


def _site_line(site_name: str, right: int) -> TextBlock:
    """The site's name on one bold line at the bottom of the card, or
    nothing when it can't be set whole at the reading size: a name too
    small to read, or cut short, is worse than none, and the app prints
    the site's name beside the card anyway."""
    top = BOTTOM - _lines_height(1, READING_SIZE)
    block = layout_text(site_name, (MARGIN, top, right, BOTTOM), (READING_SIZE,), True,
                        palette.SAGE, leading=WORDS_LEADING)
    if len(block.lines) != 1 or _cut(block, site_name):
        return TextBlock((MARGIN, BOTTOM, right, BOTTOM), palette.SAGE, bottom=BOTTOM)
    return block


def _cut(block: TextBlock, text: str) -> bool:
    """Whether layout_text shortened the text to fit its box."""
    return bool(block.lines) and block.lines[-1].endswith(ELLIPSIS) and not text.endswith(ELLIPSIS)


def _description(text: str, top: int, right: int, bottom: int) -> TextBlock:
    """The description in the box left under the title, or nothing when
    it doesn't fit there whole at the reading size: cut short, it read as a
    sentence broken off."""
    nothing = TextBlock((MARGIN, top, right, top), palette.MINT, bottom=top)
    if bottom - top < _lines_height(1):
        return nothing
    block = _words_block(text, (MARGIN, top, right, bottom))
    return nothing if _cut(block, text) else block
