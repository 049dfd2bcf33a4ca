"""Preview cards, drawn with Pillow.

Social apps show a 1200x630 image when someone posts a link, and chat apps
shrink it to about 600x315 or 300x157. Each page's card carries the page's
share title at the top, the site's name at the bottom and, where the front
matter names one (``preview_figure: bottom``), a pose from the body model
(figures/) on a panel at the right: the whole figure, with what it holds,
clear of the panel's edges and never drawn larger than a standing body
that fills the panel (card_figures.py). Every word is set large enough to read
at 300x157 (card_geometry.READING_SIZE, 76 px, or more): a page's description is there
only where it fits whole at that size (the app prints it beside the card
anyway). The home card is laid out the same way, its panel showing the
rep: standing, halfway and the bottom. A fault's card shows the fault
beside its fix: each side on a panel of its own tint, the body and its
marks (the rounded back's arc, a plumb line) in that side's colour, under
a badge whose tick or cross is drawn as a shape. At chat size the two
sides still look different. Under its title it always shows the fix, cut
short with an ellipsis where it must be: the title steps down in size to
leave it room (card_words.py).

This module composes and draws a card; where its words go is card_words.py
(set by the layout engine, card_text.py), where its figures go is
card_figures.py, and the app icons are icons.py. Cards are reduced to a few
dozen colours: flat artwork loses nothing and the files shrink to a third.

The share title follows the rule in overrides/main.html (hh_title): the
home page's H1, the page title elsewhere (generate.pages reads them).
"""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from figures.silhouette import TRUNK_ARC_RADIUS

from . import palette
from .card_figures import Placed, figure_panels
from .card_geometry import SIZE
from .card_words import CardText, layout_card

COLOURS = 64


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


def png_bytes(image: Image.Image, colours: int | None = COLOURS) -> bytes:
    """PNG bytes, the same for the same picture on every run."""
    if colours:
        image = image.quantize(colours, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
