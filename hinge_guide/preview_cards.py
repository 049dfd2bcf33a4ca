"""Preview cards and app icons, drawn with Pillow.

Social apps show a 1200x630 image when someone posts a link, and chat apps
shrink it to about 600x315 or 300x157. Each page's card carries the page's
share title at the top, the site's name at the bottom and, where the front
matter names one (``preview_figure: bottom``), a pose from the body model
(figures/) on a panel at the right: the whole figure, with what it holds,
clear of the panel's edges and never drawn larger than a standing body
that fills the panel (figure_panels). Every word is set large enough to read
at 300x157 (READING_SIZE, 76 px, or more): a page's description is there
only where it fits whole at that size (the app prints it beside the card
anyway). The home card is laid out the same way, its panel showing the
rep: standing, halfway and the bottom. A fault's card shows the fault
beside its fix: each side on a panel of its own tint, the body and its
marks (the rounded back's arc, a plumb line) in that side's colour, under
a badge whose tick or cross is drawn as a shape. At chat size the two
sides still look different. Under its title it always shows the fix, cut
short with an ellipsis where it must be: the title steps down in size to
leave it room.

Text is set in Lato (SIL Open Font License, the font-lato package). Any
character Lato lacks (Hebrew, Arabic, other scripts, symbols, emoji) is
set in the Noto font that has it (OFL, the manimgx-fonts package, which
ships Noto Sans with its script faces and the one-colour Noto Emoji); a
character no font has is left out rather than drawn as a box. Titles are
balanced so no line ends up with one word alone, break after a phrase
("Rounded back:" / "the fix") rather than inside one, shrink to fit their box,
and end in an ellipsis when even the smallest size can't hold them.
layout_card() says where every piece of text goes and in which font; the
tests read it to check each glyph exists and each line fits its box.
Cards are reduced to a few dozen colours: flat artwork loses nothing and
the files shrink to a third.

The share title follows the rule in overrides/main.html (hh_title): the
home page's H1, the page title elsewhere (generate.pages reads them).
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from html import escape
from pathlib import Path
from typing import Any

import font_lato
import manimgx_fonts
from fontTools.ttLib import TTFont
from PIL import Image, ImageDraw, ImageFont

from figures.silhouette import TRUNK_ARC_RADIUS

from . import palette
from .site import card_name as card_name  # where the generate step names each card

SIZE = (1200, 630)
COLOURS = 64
ICONS = {"apple-touch-icon.png": 180, "icon-192.png": 192, "icon-512.png": 512}
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
ELLIPSIS = "\u2026"
# Signs no card font has, set as their heavy forms, which Noto Emoji has.
SUBSTITUTES = str.maketrans({"\u2713": "\u2714", "\u2717": "\u2716", "\u2718": "\u2716"})

_NOTO = Path(manimgx_fonts.__file__).parent
# Lato first; then the Noto faces, tried in this order for what Lato lacks.
FALLBACKS = ("NotoSans[wght].ttf", "NotoSansHebrew[wght].ttf", "NotoSansArabic[wght].ttf",
             "NotoSansSymbols[wght].ttf", "NotoEmoji[wght].ttf")


def font_paths(bold: bool) -> tuple[str, ...]:
    lato = font_lato.font_files["LatoBold" if bold else "Lato"]
    return (lato, *(str(_NOTO / name) for name in FALLBACKS))


@cache
def coverage(path: str) -> frozenset[int]:
    """The code points a font has a glyph for (its cmap)."""
    return frozenset(TTFont(path, lazy=True).getBestCmap())


@cache
def font(size: int, bold: bool = False, path: str | None = None) -> ImageFont.FreeTypeFont:
    face = ImageFont.truetype(path or font_paths(bold)[0], size)
    if path and "[wght]" in path:  # a variable Noto face: set its weight
        face.set_variation_by_axes([700 if bold else 400])
    return face


@cache  # asked once per character per trial line: thousands of times a card
def font_for(char: str, bold: bool) -> str | None:
    """The first font that has the character, or None."""
    return next((p for p in font_paths(bold) if ord(char) in coverage(p)), None)


@dataclass(frozen=True)
class Run:
    """Text in one font at one place (x, baseline)."""

    text: str
    path: str
    size: int
    bold: bool
    xy: tuple[float, float]

    @property
    def face(self) -> ImageFont.FreeTypeFont:
        return font(self.size, self.bold, self.path)


@dataclass
class TextBlock:
    box: tuple[int, int, int, int]
    colour: str
    lines: list[str] = field(default_factory=list)
    runs: list[Run] = field(default_factory=list)
    bottom: int = 0
    size: int = 0  # the size its lines are set at


def runs_of(text: str, bold: bool) -> list[tuple[str, str]]:
    """(text, font path) runs. Spaces and punctuation stay in the run they
    sit in when its font has them, so a Hebrew or Arabic phrase is one run
    and Pillow (raqm) sets it right to left. Characters no font has go."""
    out: list[tuple[str, str]] = []
    for char in text.translate(SUBSTITUTES):
        neutral = not unicodedata.category(char).startswith(("L", "M", "N", "S"))
        if out and neutral and ord(char) in coverage(out[-1][1]):
            out[-1] = (out[-1][0] + char, out[-1][1])
            continue
        path = font_for(char, bold)
        if path is None:
            continue
        if out and out[-1][1] == path:
            out[-1] = (out[-1][0] + char, path)
        else:
            out.append((char, path))
    return _neutrals_after_rtl(out)


def _is_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def _neutrals_after_rtl(runs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A right-to-left run's trailing spaces and punctuation, moved into the
    run after it: set inside the Arabic or Hebrew run, raqm put them at its
    left end, so "ظهر مستدير: the fix" lost its colon and its space."""
    out = list(runs)
    for i in range(len(out) - 1):
        text, path = out[i]
        if not _is_rtl(text):
            continue
        core = text.rstrip("".join(c for c in set(text)
                                   if unicodedata.bidirectional(c) not in ("R", "AL", "L",
                                                                           "EN", "AN", "NSM")))
        tail = text[len(core):]
        following, next_path = out[i + 1]
        if core and tail and all(ord(c) in coverage(next_path) for c in tail):
            out[i], out[i + 1] = (core, path), (tail + following, next_path)
    return out


@cache  # line breaking measures the same trial lines again at each width
def length(text: str, size: int, bold: bool) -> float:
    return sum(font(size, bold, p).getlength(t) for t, p in runs_of(text, bold))


def clean(text: str, bold: bool) -> str:
    return "".join(t for t, _ in runs_of(" ".join(text.split()), bold))


def greedy(words: list[str], width: float, size: int, bold: bool) -> list[str]:
    lines: list[str] = []
    for word in words:
        trial = f"{lines[-1]} {word}" if lines else word
        if lines and length(trial, size, bold) <= width:
            lines[-1] = trial
        else:
            lines.append(word)
    return lines


def balanced(words: list[str], width: float, size: int, bold: bool) -> list[str]:
    """As few lines as the width allows, as even as they can be: the
    narrowest width that still gives that many lines."""
    lines = greedy(words, width, size, bold)
    low, high = width / 2, width
    while high - low > 2:
        middle = (low + high) / 2
        if len(greedy(words, middle, size, bold)) <= len(lines):
            high = middle
        else:
            low = middle
    return greedy(words, high, size, bold)


# A word ending a phrase: a title breaks after it before anywhere else.
_PHRASE_END = re.compile(r"[:;]$|^[\u2013\u2014]$")


def by_phrase(words: list[str], width: float, size: int, bold: bool) -> list[str] | None:
    """Lines that break only after a phrase ("Rounded back:" / "the fix"),
    each phrase balanced on its own lines; None for one phrase."""
    phrases: list[list[str]] = [[]]
    for word in words:
        phrases[-1].append(word)
        if _PHRASE_END.search(word):
            phrases.append([])
    phrases = [p for p in phrases if p]
    if len(phrases) < 2:
        return None
    return [line for phrase in phrases for line in balanced(phrase, width, size, bold)]


def split_long(words: list[str], width: float, size: int, bold: bool) -> list[str]:
    """Words wider than the box, cut into pieces that fit."""
    out: list[str] = []
    for word in words:
        while length(word, size, bold) > width and len(word) > 1:
            cut = len(word) - 1
            while cut > 1 and length(word[:cut], size, bold) > width:
                cut -= 1
            out.append(word[:cut])
            word = word[cut:]
        out.append(word)
    return out


def shorten(lines: list[str], keep: int, width: float, size: int, bold: bool) -> list[str]:
    """The first `keep` lines, the last ending in an ellipsis that fits."""
    if len(lines) <= keep:
        return lines
    last = lines[keep - 1].split()
    while True:
        text = " ".join(last).rstrip(" .,:;!?-") + ELLIPSIS
        if length(text, size, bold) <= width or not last:
            break
        if len(last) > 1:
            last.pop()
        else:
            last = [last[0][:-1]] if len(last[0]) > 1 else []
    return [*lines[: keep - 1], _at_a_clause(last, lines[: keep - 1]) or text]


_CLAUSE_END = re.compile(r"[,:;.]$")


def _at_a_clause(last: list[str], before: list[str]) -> str | None:
    """The last line cut after a clause in it ("…a little higher" rather
    than "…a little higher: shins on"), when that keeps three quarters of
    the words shown or more; else None ("Send your hips back, not down…"
    would lose the words that matter)."""
    shown = sum(len(line.split()) for line in before) + len(last)
    for end in range(len(last) - 1, 0, -1):
        if _CLAUSE_END.search(last[end - 1]) and 4 * (shown - len(last) + end) > 3 * shown:
            return " ".join(last[:end]).rstrip(" .,:;!?-") + ELLIPSIS
    return None


def fits(lines: list[str], words: list[str], max_lines: int) -> bool:
    """Within the lines, and no word left alone on the last line (unless
    the text is one or two words)."""
    orphan = len(lines) > 1 and len(lines[-1].split()) == 1 and len(words) > 2
    return len(lines) <= max_lines and not orphan


def _whole_phrases(words: list[str], width: float, height: float, sizes: tuple[int, ...],
                   bold: bool, leading: float) -> tuple[list[str] | None, int]:
    """A title of phrases ("Rounded back:" / "the fix") one phrase a line, at
    the largest of the reading sizes (down to three quarters of the first)
    where each fits whole: rather a size smaller than a phrase broken in
    two. (None, 0) when no reading size does it, or the title is one
    phrase: that takes the largest size, on as many lines as it needs."""
    phrase_count = sum(1 for w in words if _PHRASE_END.search(w)) + 1
    if phrase_count < 2:
        return None, 0
    for size in sizes:
        if size < 0.75 * sizes[0]:
            break
        if length(" ".join(words), size, bold) <= width:
            return [" ".join(words)], size  # all of it on one line
        phrased = by_phrase(words, width, size, bold)
        if (phrased and len(phrased) <= phrase_count
                and all(length(line, size, bold) <= width for line in phrased)
                and fits(phrased, words, lines_in(height, size, leading, words, bold))):
            return phrased, size
    return None, 0


def lines_in(height: float, size: int, leading: float, words: list[str], bold: bool) -> int:
    """How many lines of these words a box this tall holds (one at least)."""
    return max(1, int((height - extra_depth(" ".join(words), size, bold)) // (size * leading)))


@cache
def extra_depth(text: str, size: int, bold: bool) -> float:
    """How much deeper than Lato's own descenders the text's ink reaches:
    a line's leading leaves room for Lato's, and a fallback font's (an
    Arabic title's) went below its box."""
    deepest = max((font(size, bold, path).getbbox(part, anchor="ls")[3]
                   for part, path in runs_of(text, bold)), default=0)
    return max(0.0, deepest - font(size, bold).getbbox("gjpqy", anchor="ls")[3])


def layout_text(text: str, box: tuple[int, int, int, int], sizes: tuple[int, ...],
                bold: bool, colour: str, leading: float = 1.2,
                phrases: bool = False) -> TextBlock:
    """Text set in the box: the largest size at which it fits, balanced
    (breaking after a phrase where `phrases`, as titles do); at the
    smallest, long words cut and the end shortened with an ellipsis."""
    left, top, right, bottom = box
    width = right - left
    text = clean(text, bold)
    words = text.split()
    block = TextBlock(box, colour)
    if not words:
        block.bottom = top
        return block
    chosen: list[str] | None = None
    if phrases:
        chosen, size = _whole_phrases(words, width, bottom - top, sizes, bold, leading)
    for size in sizes if chosen is None else ():
        max_lines = lines_in(bottom - top, size, leading, words, bold)
        if all(length(w, size, bold) <= width for w in words):
            lines = balanced(words, width, size, bold)
            # Broken mid-phrase ("Rounded / back: the fix"), break after the
            # phrase instead when that costs at most one more line.
            phrased = by_phrase(words, width, size, bold) if phrases and len(lines) > 1 else None
            if phrased and len(phrased) <= len(lines) + 1 and fits(phrased, words, max_lines):
                lines = phrased
            if fits(lines, words, max_lines):
                chosen = lines
                break
    if chosen is None:
        size = sizes[-1]
        max_lines = lines_in(bottom - top, size, leading, words, bold)
        pieces = split_long(words, width, size, bold)
        # Cut short, each line is filled (not balanced: even lines would
        # leave room unused on every line before the ellipsis).
        lines = balanced(pieces, width, size, bold)
        if len(lines) > max_lines:
            lines = greedy(pieces, width, size, bold)
        chosen = shorten(lines, max_lines, width, size, bold)
        # Cut short (at a clause, say), the words left may sit on fewer, even lines.
        even = balanced(" ".join(chosen).split(), width, size, bold)
        if len(even) < len(chosen) and all(length(line, size, bold) <= width for line in even):
            chosen = even
    step = size * leading
    ascent = font(size, bold).getmetrics()[0]
    y: float = top + ascent
    for line in chosen:
        x = float(left)
        for part, path in runs_of(line, bold):
            block.runs.append(Run(part, path, size, bold, (x, y)))
            x += font(size, bold, path).getlength(part)
        block.lines.append(line)
        y += step
    block.bottom = round(top + step * len(chosen) + extra_depth(text, size, bold))
    block.size = size
    return block


def run_box(run: Run) -> tuple[float, float, float, float]:
    """Where a run's ink lands on the card: (left, top, right, bottom)."""
    x0, y0, x1, y1 = run.face.getbbox(run.text, anchor="ls")
    x, y = run.xy
    return (x + x0, y + y0, x + x1, y + y1)


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


def figure_area(pair: bool = False) -> tuple[int, int, int, int]:
    """Where a card's figure goes (left, top, right, bottom): the panel at
    the right, or a fault's two."""
    return (PAIR_PANELS[0][:2] + PAIR_PANELS[1][2:]) if pair else PANEL_BOX


Box = tuple[int, int, int, int]  # left, top, right, bottom, in card px

# A figure on its panel keeps a tenth of the panel clear at each side and
# above it, and stands on a floor FLOOR_GAP px above the panel's bottom. It
# is never drawn larger than a standing body that fills that space: a deep
# hinge, less tall than standing, was scaled up until it filled the panel,
# half as large again as a standing body, and at chat size its hips and the
# bar's plates ran to the panel's edges as shapes. (The body model is one
# unit tall: figures/body.py.)
FIGURE_MARGIN = 0.1
FLOOR_GAP = 40
STATURE = 1.0
BADGE_ROW = 120  # a panel's badge sits in this many px at its top, the body under it
ROW_GAP = 24  # between the bodies of a row (the home card's rep)


@dataclass(frozen=True)
class Fit:
    """Body units (y up) to card px: `scale` px to the unit, the body's
    x = 0 at card x `left`, its y = 0 at card y `base`."""

    scale: float
    left: float
    base: float

    def at(self, point: tuple[float, float]) -> tuple[float, float]:
        return (self.left + point[0] * self.scale, self.base - point[1] * self.scale)

    def reach(self, where: Extent) -> tuple[float, float, float, float]:
        """An extent's box on the card: (left, top, right, bottom)."""
        (left, top), (right, bottom) = self.at((where[0], where[3])), self.at((where[2], where[1]))
        return (left, top, right, bottom)


def fit(frame: Extent, box: Box, max_scale: float = float("inf")) -> Fit:
    """The frame (an extent) as large as the box holds, up to max_scale,
    centred across the box and standing on its bottom edge."""
    x0, y0, x1, y1 = frame
    scale = min((box[2] - box[0]) / (x1 - x0), (box[3] - box[1]) / (y1 - y0), max_scale)
    return Fit(scale, (box[0] + box[2]) / 2 - (x0 + x1) / 2 * scale, box[3] + y0 * scale)


@dataclass(frozen=True)
class Placed:
    """A body as a card draws it: its capsules, its art (the rounded back's
    curve and its marks and props, or None), where they go, and the box
    they were fitted to (a floor line runs under it)."""

    shapes: dict
    art: Any
    fit: Fit
    box: Box

    @property
    def reach(self) -> tuple[float, float, float, float]:
        """Where the body and its art land on the card (left, top, right, bottom)."""
        return self.fit.reach(extent(self.shapes, self.art))


@dataclass(frozen=True)
class Panel:
    """A rounded panel and the bodies on it, in its ink on its tint, under a
    badge where it shows a side (`fault`: True for the cross, False for the
    tick, None for no badge); a row's bodies share one floor line."""

    box: Box
    tint: str
    ink: str
    fault: bool | None
    bodies: list[Placed]
    radius: int = 28
    row: bool = False


def figure_box(panel: Box, top: int | None = None) -> Box:
    """Where a figure may go on a panel (FIGURE_MARGIN clear at the sides
    and above, or from `top` down, under a badge), standing FLOOR_GAP px
    above its bottom."""
    left, panel_top, right, bottom = panel
    side = round(FIGURE_MARGIN * (right - left))
    above = panel_top + round(FIGURE_MARGIN * (bottom - panel_top))
    return (left + side, above if top is None else top, right - side, bottom - FLOOR_GAP)


def largest_scale(box: Box) -> float:
    """A standing body filling the box's height: no figure is drawn larger."""
    return (box[3] - box[1]) / STATURE


def figure_panels(shapes=None, fix_shapes=None, fault_art=None, fix_art=None,
                  side: str | None = None, sequence: list[dict] | None = None) -> list[Panel]:
    """The panels of a card and where each body goes on them (draw_card's
    arguments; the tests measure the result). A fault's pair: the two
    bodies at one scale, on one floor, their marks inside, as the page
    draws a pair in one view box, each side in its colours under its
    badge. A lone figure with a side ("fault" or "fix") in that side's
    colours under its badge; a sequence (the home card's rep) in a row on
    one floor; else the figure plain. All but the pair's are framed by
    figure_box and largest_scale."""
    if shapes and fix_shapes:
        frame = union(extent(shapes, fault_art), extent(fix_shapes, fix_art))
        panels = []
        for panel, part, art, ink, tint, fault in (
                (PAIR_PANELS[0], shapes, fault_art, FAULT_INK, FAULT_TINT, True),
                (PAIR_PANELS[1], fix_shapes, fix_art, FIX_INK, FIX_TINT, False)):
            left, top, right, bottom = panel
            box = (left + 16, top + BADGE_ROW, right - 16, bottom - 22)
            panels.append(Panel(panel, tint, ink, fault, [Placed(part, art, fit(frame, box), box)],
                                radius=24))
        return panels
    if not shapes:
        return []
    if side in ("fault", "fix"):
        fault = side == "fault"
        ink, tint = (FAULT_INK, FAULT_TINT) if fault else (FIX_INK, FIX_TINT)
        box = figure_box(PANEL_BOX, top=PANEL_BOX[1] + BADGE_ROW)
        placed = Placed(shapes, fault_art, fit(extent(shapes, fault_art), box, largest_scale(box)),
                        box)
        return [Panel(PANEL_BOX, tint, ink, fault, [placed])]
    box = figure_box(PANEL_BOX)
    if sequence:
        return [Panel(PANEL_BOX, PANEL, palette.WHITE, None, in_a_row(sequence, box), row=True)]
    placed = Placed(shapes, fault_art, fit(extent(shapes, fault_art), box, largest_scale(box)), box)
    return [Panel(PANEL_BOX, PANEL, palette.WHITE, None, [placed])]


def in_a_row(bodies: list[dict], box: Box, gap: int = ROW_GAP) -> list[Placed]:
    """Bodies side by side at one scale (up to largest_scale) on one floor,
    centred in the box."""
    extents = [extent(b) for b in bodies]
    low, high = min(e[1] for e in extents), max(e[3] for e in extents)
    widths = [e[2] - e[0] for e in extents]
    room = box[2] - box[0] - gap * (len(bodies) - 1)
    scale = min(room / sum(widths), (box[3] - box[1]) / (high - low), largest_scale(box))
    x = box[0] + (room - scale * sum(widths)) / 2
    placed = []
    for body, (x0, _, _, _), width in zip(bodies, extents, widths, strict=True):
        placed.append(Placed(body, None, Fit(scale, x - x0 * scale, box[3] + low * scale), box))
        x += width * scale + gap
    return placed


def draw_card(title: str, description: str, site_name: str, shapes=None, fix_shapes=None,
              fault_art=None, fix_art=None, side: str | None = None,
              sequence: list[dict] | None = None, fix: bool = False,
              text: CardText | None = None) -> Image.Image:
    """A card: its words (layout_card) and its figure's panels
    (figure_panels, which says what the figure arguments draw). *_art:
    (trunk curve or None, marks) from figures.cards; fault_art goes with a
    lone figure, so a page's card shows the weight its pose holds.
    sequence: bodies drawn in a row on one floor, the home card's rep. fix:
    the description is a fault's fix (layout_card). text: the words as
    layout_card set them for this card, where the caller has them."""
    card = Image.new("RGB", SIZE, palette.DEEP_GREEN)
    draw = ImageDraw.Draw(card)
    pair = bool(shapes and fix_shapes)
    text = text or layout_card(title, description, site_name, bool(shapes), fix, pair)
    for block in text.blocks:
        for run in block.runs:
            draw.text(run.xy, run.text, font=run.face, fill=block.colour, anchor="ls")
    for panel in figure_panels(shapes, fix_shapes, fault_art, fix_art, side, sequence):
        draw.rounded_rectangle(panel.box, radius=panel.radius, fill=panel.tint)
        if panel.fault is not None:
            side_label(draw, panel.box, panel.ink, panel.fault)
        for body in panel.bodies:
            draw_body(draw, body, panel.ink, panel.tint, floor=not panel.row)
        if panel.row and panel.bodies:
            reaches = [body.reach for body in panel.bodies]
            floor = panel.bodies[0].fit.at((0.0, 0.0))[1] + 4
            draw.line([(min(r[0] for r in reaches) - 20, floor),
                       (max(r[2] for r in reaches) + 20, floor)], fill=palette.MINT, width=4)
    return card


def side_label(draw: ImageDraw.ImageDraw, panel: tuple[int, int, int, int], ink: str,
               fault: bool) -> None:
    """A panel's badge, a cross or a tick, centred at its top. No word
    beside it: one that fits the panel would be too small to read at chat
    size, and the two panels' colours and badges say fault and fix there."""
    left, top, right, _ = panel
    badge(draw, ((left + right) / 2, top + 54), ink, fault)


BADGE_RADIUS = 36


def badge(draw: ImageDraw.ImageDraw, centre: tuple[float, float], ink: str, fault: bool) -> None:
    """A tick or a cross in a disc, drawn as lines (no font has to have them)."""
    x, y = centre
    r = BADGE_RADIUS
    k = r / 30  # the strokes below are drawn for a disc of radius 30
    width, end = round(7 * k), 3.5 * k
    draw.ellipse((x - r, y - r, x + r, y + r), fill=ink)
    if fault:
        d = 12 * k
        for a, b in (((x - d, y - d), (x + d, y + d)), ((x - d, y + d), (x + d, y - d))):
            draw.line([a, b], fill=palette.WHITE, width=width)
            for px, py in (a, b):
                draw.ellipse((px - end, py - end, px + end, py + end), fill=palette.WHITE)
    else:
        points = [(x - 14 * k, y + 1 * k), (x - 5 * k, y + 10 * k), (x + 14 * k, y - 10 * k)]
        draw.line(points, fill=palette.WHITE, width=width, joint="curve")
        for px, py in (points[0], points[-1]):
            draw.ellipse((px - end, py - end, px + end, py + end), fill=palette.WHITE)


Extent = tuple[float, float, float, float]  # left, bottom, right, top (body units, y up)


def extent(shapes: dict, art=None) -> Extent:
    """Where a body's capsules and its marks reach: a mark such as an arrow
    in front of the eyes reaches past the body, and must stay on the panel."""
    xs = [p[0] + s * r for a, b, r in shapes.values() for p in (a, b) for s in (-1, 1)]
    ys = [p[1] + s * r for a, b, r in shapes.values() for p in (a, b) for s in (-1, 1)]
    _, marks = art or (None, [])
    xs += [x for mark in marks for x, _ in mark.points]
    ys += [y for mark in marks for _, y in mark.points]
    return min(xs), min(ys), max(xs), max(ys)


def union(*extents: Extent) -> Extent:
    return (min(e[0] for e in extents), min(e[1] for e in extents),
            max(e[2] for e in extents), max(e[3] for e in extents))


def draw_body(draw: ImageDraw.ImageDraw, body: Placed, ink: str, ground: str,
              floor: bool = True) -> None:
    """A body's capsules (part -> start, end, radius; y up) and its art where
    `body` places them, on a floor line across its box. The arm gets a
    halo in the panel colour, as in the SVG figures, so it stays apart from
    the body behind it; the rounded back's curve and the marks are drawn
    like the page's figure."""
    at, scale, box = body.fit.at, body.fit.scale, body.box
    if floor:
        y = at((0.0, 0.0))[1]
        line_colour = palette.MINT if ink == palette.WHITE else ink
        draw.line([(box[0] - 10, y + 4), (box[2] + 10, y + 4)], fill=line_colour, width=4)

    def capsule(a, b, w, colour):
        (x1, y1), (x2, y2) = at(a), at(b)
        draw.line([(x1, y1), (x2, y2)], fill=colour, width=max(2, round(2 * w)))
        for x, y in ((x1, y1), (x2, y2)):
            draw.ellipse((x - w, y - w, x + w, y + w), fill=colour)

    trunk, marks = body.art or (None, [])
    for part, (a, b, r) in body.shapes.items():
        if part in ("upper_arm", "forearm"):
            capsule(a, b, r * scale + 6, ground)
        capsule(a, b, r * scale, ink)
        if part == "thorax" and trunk:
            width = round(2 * TRUNK_ARC_RADIUS * scale)
            draw.line([at(p) for p in trunk], fill=ink, width=width, joint="curve")
    for mark in marks:
        points = [at(p) for p in mark.points]
        if mark.dashed:
            # As in the SVGs, a dashed line's halo is dashed too, and thinner:
            # a solid band would cut the body it runs along in two.
            for i in range(0, len(points) - 1, 2):
                draw.line(points[i:i + 2], fill=ground, width=DASHED_HALO_PX)
                draw.line(points[i:i + 2], fill=ink, width=8)
        else:
            draw.line(points, fill=ground, width=14, joint="curve")  # a thin halo, as in the SVGs
            draw.line(points, fill=ink, width=8, joint="curve")


# A dashed mark's halo on a card, in px: the 6 px dash and a sliver either
# side. The card's own width, not a copy of figures/marks.py's DASHED_HALO:
# that one is SVG units per side, and a card's scale varies with its figure.
DASHED_HALO_PX = 10

def draw_icon(size: int) -> Image.Image:
    """The site icon: a hinge (a flat back meeting a leg) on the brand green,
    the same shape as favicon_svg()."""
    icon = Image.new("RGB", (size, size), palette.DEEP_GREEN)
    draw = ImageDraw.Draw(icon)
    s = size / 32
    width = max(2, round(3 * s))
    draw.line([(9 * s, 9 * s), (17 * s, 17 * s), (17 * s, 26 * s)], fill=palette.WHITE,
              width=width, joint="curve")
    r = 3.2 * s
    draw.ellipse((6 * s - r, 6 * s - r, 6 * s + r, 6 * s + r), fill=palette.WHITE)
    return icon


def favicon_svg(site_name: str) -> str:
    """The site icon as SVG, titled with the site's name (escaped: a name
    like "Hips & Hinges" must still make a well-formed file)."""
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">'
        f"<title>{escape(site_name)}</title>"
        f'<rect width="32" height="32" rx="6" fill="{palette.DEEP_GREEN}"/>'
        f'<path d="M9 9l8 8v9" fill="none" stroke="{palette.WHITE}" stroke-width="3" '
        'stroke-linecap="round" stroke-linejoin="round"/>'
        f'<circle cx="6" cy="6" r="3.2" fill="{palette.WHITE}"/></svg>\n'
    )


def png_bytes(image: Image.Image, colours: int | None = COLOURS) -> bytes:
    """PNG bytes, the same for the same picture on every run."""
    if colours:
        image = image.quantize(colours, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def write_if_changed(path: Path, data: bytes) -> bool:
    if path.is_file() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True
