"""Where a link-preview card's figures go: each body from the body model
(figures/cards.py) fitted to its panel, clear of the panel's edges and
never drawn larger than a standing body that fills the panel
(figure_panels); a fault's pair at one scale on one floor, the home card's
rep in a row. preview_cards.draw_card draws what this places; the tests
measure it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import palette
from .card_geometry import (
    FAULT_INK,
    FAULT_TINT,
    FIX_INK,
    FIX_TINT,
    PAIR_PANELS,
    PANEL,
    PANEL_BOX,
)

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
