"""Preview cards and app icons, drawn with Pillow.

Social apps show a 1200x630 image when someone posts a link, and chat apps
shrink it to about 600x315 or 300x157. Each page's card carries the site
name, the page's share title and description and, where the front matter
names one (``preview_figure: bottom``), a pose from the body model
(figures/). A fault's card shows the fault beside its fix: each side on a
panel of its own tint, the body and its marks (the rounded back's arc, a
plumb line) in that side's colour, under a badge whose tick or cross is
drawn as a shape. At chat size the two sides still look different.

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

The share title follows the rule in overrides/main.html: the site's name
for the home page, the page title elsewhere.
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from html import escape
from pathlib import Path

import font_lato
import manimgx_fonts
from fontTools.ttLib import TTFont
from PIL import Image, ImageDraw, ImageFont

from figures.silhouette import TRUNK_ARC_RADIUS

from . import palette

SIZE = (1200, 630)
COLOURS = 64
ICONS = {"apple-touch-icon.png": 180, "icon-192.png": 192, "icon-512.png": 512}
PANEL = palette.GREEN
MARGIN = 60
FIGURE_LEFT = 720  # text stops here on a card with a figure
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


def card_name(url: str) -> str:
    """The card's file name for a page address ("" is the home page): the
    rule overrides/main.html follows to point at it (hh_card; compared in
    tests/test_template_rules.py)."""
    return url.strip("/").replace("/", "-") or "index"


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
    return [*lines[: keep - 1], text]


def fits(lines: list[str], words: list[str], max_lines: int) -> bool:
    """Within the lines, and no word left alone on the last line (unless
    the text is one or two words)."""
    orphan = len(lines) > 1 and len(lines[-1].split()) == 1 and len(words) > 2
    return len(lines) <= max_lines and not orphan


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
    for size in sizes:
        max_lines = max(1, int((bottom - top) // (size * leading)))
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
        max_lines = max(1, int((bottom - top) // (size * leading)))
        pieces = split_long(words, width, size, bold)
        chosen = shorten(balanced(pieces, width, size, bold), max_lines, width, size, bold)
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
    block.bottom = round(top + step * len(chosen))
    return block


def run_box(run: Run) -> tuple[float, float, float, float]:
    """Where a run's ink lands on the card: (left, top, right, bottom)."""
    x0, y0, x1, y1 = run.face.getbbox(run.text, anchor="ls")
    x, y = run.xy
    return (x + x0, y + y0, x + x1, y + y1)


def layout_card(title: str, description: str, site_name: str, figure: bool) -> list[TextBlock]:
    """The text of a card: the site name (not on the home page, whose title
    is the name), the title and the description, each in its own box."""
    right = (FIGURE_LEFT - 30) if figure else SIZE[0] - MARGIN
    blocks = []
    top = 50
    if title != site_name:
        name = layout_text(site_name, (MARGIN, top, right, top + 46), (34,), True, palette.MINT)
        blocks.append(name)
        top = name.bottom + 24
    # Without a figure the title has the whole width: set it larger.
    sizes = (68, 60, 54, 48, 42) if figure else (80, 72, 64, 56, 48, 42)
    heading = layout_text(title, (MARGIN, top, right, top + 270), sizes, True,
                          palette.WHITE, leading=1.14, phrases=True)
    blocks.append(heading)
    body_top = heading.bottom + 22
    blocks.append(layout_text(description, (MARGIN, body_top, right, SIZE[1] - 40),
                              (34, 31, 28) if figure else (40, 36, 32, 28), False,
                              palette.MINT, leading=1.35))
    return blocks


def draw_card(title: str, description: str, site_name: str, shapes=None, fix_shapes=None,
              fault_art=None, fix_art=None, side: str | None = None) -> Image.Image:
    """A card; with fix_shapes, the figure panel shows the fault beside the
    fix. A lone figure with a side ("fault" or "fix") is drawn in that
    side's colours under its badge, else plain. *_art: (trunk curve or
    None, marks) from figures.cards; fault_art goes with a lone figure, so
    a page's card shows the weight its pose holds."""
    card = Image.new("RGB", SIZE, palette.DEEP_GREEN)
    draw = ImageDraw.Draw(card)
    for block in layout_card(title, description, site_name, bool(shapes)):
        for run in block.runs:
            draw.text(run.xy, run.text, font=run.face, fill=block.colour, anchor="ls")
    if shapes and fix_shapes:
        # One frame for both sides, as the page draws a pair in one view box:
        # the two bodies at one scale, on one floor, their marks inside.
        frame = union(extent(shapes, fault_art), extent(fix_shapes, fix_art))
        for left, part, art, ink, tint, fault in (
                (730, shapes, fault_art, FAULT_INK, FAULT_TINT, True),
                (950, fix_shapes, fix_art, FIX_INK, FIX_TINT, False)):
            draw.rounded_rectangle((left, 40, left + 210, 590), radius=24, fill=tint)
            side_label(draw, left, ink, fault)
            draw_body(draw, part, (left + 20, 150, left + 190, 548), ink, tint, art, frame)
    elif shapes and side in ("fault", "fix"):
        fault = side == "fault"
        ink, tint = (FAULT_INK, FAULT_TINT) if fault else (FIX_INK, FIX_TINT)
        draw.rounded_rectangle((740, 40, 1160, 590), radius=28, fill=tint)
        side_label(draw, 740, ink, fault)
        draw_body(draw, shapes, (790, 150, 1110, 548), ink, tint, fault_art)
    elif shapes:
        draw.rounded_rectangle((740, 40, 1160, 590), radius=28, fill=PANEL)
        draw_body(draw, shapes, (780, 80, 1120, 550), palette.WHITE, PANEL, fault_art)
    return card


def side_label(draw: ImageDraw.ImageDraw, left: int, ink: str, fault: bool) -> None:
    """A panel's badge and word ("Fault" or "Fix"), at its top left."""
    badge(draw, (left + 42, 90), ink, fault)
    draw.text((left + 78, 90), "Fault" if fault else "Fix", font=font(34, bold=True), fill=ink,
              anchor="lm")


def badge(draw: ImageDraw.ImageDraw, centre: tuple[float, float], ink: str, fault: bool) -> None:
    """A tick or a cross in a disc, drawn as lines (no font has to have them)."""
    x, y = centre
    r = 26
    draw.ellipse((x - r, y - r, x + r, y + r), fill=ink)
    if fault:
        d = 10
        for a, b in (((x - d, y - d), (x + d, y + d)), ((x - d, y + d), (x + d, y - d))):
            draw.line([a, b], fill=palette.WHITE, width=6)
            for px, py in (a, b):
                draw.ellipse((px - 3, py - 3, px + 3, py + 3), fill=palette.WHITE)
    else:
        points = [(x - 12, y + 1), (x - 4, y + 9), (x + 12, y - 9)]
        draw.line(points, fill=palette.WHITE, width=6, joint="curve")
        for px, py in (points[0], points[-1]):
            draw.ellipse((px - 3, py - 3, px + 3, py + 3), fill=palette.WHITE)


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


def draw_body(draw: ImageDraw.ImageDraw, shapes: dict, box: tuple[int, int, int, int],
              ink: str, ground: str, art=None, frame: Extent | None = None) -> None:
    """Fit the body's capsules (part -> start, end, radius; y up) and its marks
    into the box, on a floor; `frame` (an extent) fits a larger frame
    instead, the same for both sides of a pair. The arm gets a halo in the
    panel colour, as in the SVG figures, so it stays apart from the body
    behind it. art: the rounded back's curve and the marks, drawn like the
    page's figure."""
    x0, y0, x1, y1 = frame or extent(shapes, art)
    scale = min((box[2] - box[0]) / (x1 - x0), (box[3] - box[1]) / (y1 - y0))
    left = (box[0] + box[2]) / 2 - (x0 + x1) / 2 * scale

    def at(p):
        return (left + p[0] * scale, box[3] - (p[1] - y0) * scale)

    floor = at((0.0, 0.0))[1]
    line_colour = palette.MINT if ink == palette.WHITE else ink
    draw.line([(box[0] - 10, floor + 4), (box[2] + 10, floor + 4)], fill=line_colour, width=4)

    def capsule(a, b, w, colour):
        (x1, y1), (x2, y2) = at(a), at(b)
        draw.line([(x1, y1), (x2, y2)], fill=colour, width=max(2, round(2 * w)))
        for x, y in ((x1, y1), (x2, y2)):
            draw.ellipse((x - w, y - w, x + w, y + w), fill=colour)

    trunk, marks = art or (None, [])
    for part, (a, b, r) in shapes.items():
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
                draw.line(points[i:i + 2], fill=ink, width=6)
        else:
            draw.line(points, fill=ground, width=11, joint="curve")  # a thin halo, as in the SVGs
            draw.line(points, fill=ink, width=6, joint="curve")


# A dashed mark's halo on a card, in px: the 6 px dash and a sliver either
# side. The card's own width, not a copy of figures/marks.py's DASHED_HALO:
# that one is SVG units per side, and a card's scale varies with its figure.
DASHED_HALO_PX = 8

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
