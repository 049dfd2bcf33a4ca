"""Thumbnails: the fault side of a fault pair, drawn to be read at a glance in
the Common faults list (docs/faults.md), where it is shown as a small
<img> tile.

Only the body, its props and the fault's own marks: no badge, no labels
and no tinted panel, which at that size are noise. The view box is cropped
square round the drawing with a small margin, so the body fills the tile,
and the marks are drawn bolder than on a whole figure, at a width set in
CSS pixels of the tile (THUMB_PX) so they read alike on every thumbnail,
whatever the crop.

An <img> SVG can't see the page's CSS, so its colours are written in, from
the light palette: the tile stays light in both schemes
(docs/stylesheets/extra.css, .hh-thumb), so there is no dark variant.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as etree

from hinge_guide.palette import PAGE_BG

from .svg import FAULT, num, palette

# The tile's drawing area on a phone, CSS px (extra.css .hh-thumb: its
# width less padding and border).
THUMB_PX = 80
MARK_PX = 2.4                 # a fault mark's width on the tile
HALO_PX = 1.2                 # the page-coloured gap either side of a mark
DASHED_HALO_PX = 0.4          # ... and of a dashed guide line
DASH_PX = (4.0, 2.6)          # a dashed mark's dash and gap
GROUND_PX = 1.0               # the floor line
MARGIN = 0.05                 # the margin round the drawing, of the tile's side


def thumbnail(pose: dict, mark_names, props, draw_panel) -> str:
    """The SVG text of one thumbnail: `pose` with its `props` and its fault
    marks (`mark_names`), drawn by `draw_panel` (figures/draw.py's panel for
    a side view, figures/front.py's for a front one)."""
    # The body knocks a gap round the arm out of a mask as big as the view
    # box: draw once to measure, then again in the box found.
    probe = ("-1000", "-1000", "2000", "2000")
    _, content = draw_panel(pose, "t", 0.0, probe, props, mark_names, FAULT, ())
    x0, y0, x1, y1 = _bounds(content, _halo_units(content))
    side = max(x1 - x0, y1 - y0)
    side += 2 * MARGIN * side / (1 - 2 * MARGIN)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    box = (num(cx - side / 2), num(cy - side / 2), num(side), num(side))
    defs, content = draw_panel(pose, "t", 0.0, box, props, mark_names, FAULT, ())
    floor = (f'<path class="hh-fig-ground" d="M{box[0]} 0h{box[2]}"/>'
             if float(box[1]) + float(box[3]) > 0 else "")
    units = float(box[2]) / THUMB_PX       # SVG units per CSS px on the tile
    # Ids and classes kept short and the figure's own: a thumbnail is never
    # inlined, and every byte is loaded per row.
    defs = defs.replace('id="t-cut"', 'id="c"')
    content = content.replace("url(#t-cut)", "url(#c)")
    # a mark's width is the style sheet's here, in px of the tile
    content = re.sub(r'(class="hh-fig-(?:halo|fault|accent)[^"]*") stroke-width="[\d.]+"', r"\1",
                     content)
    style = _style(units, {c for cs in re.findall(r'class="([^"]+)"', floor + content)
                           for c in cs.split()})
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="hh-fig hh-fig--thumb" '
            f'viewBox="{" ".join(box)}"><style>{style}</style><defs>{defs}</defs>'
            f"{floor}{content}</svg>\n")


def _style(units: float, used: set[str]) -> str:
    """The rules for the classes the thumbnail uses, with its marks' widths
    in CSS px of the tile: in the light palette's colours, and in the dark
    one's where the page shows it in the dark scheme (an image follows the
    scheme of the element showing it: color-scheme on the <img>)."""
    light = _rules(units, "light")
    dark = "".join(f".{selector}{{{rule}}}" for selector, rule in _colours(units, "dark")
                   if set(selector.split(".")) <= used)
    return light(used) + (f"@media (prefers-color-scheme:dark){{{dark}}}" if dark else "")


def _colours(units: float, scheme: str) -> list[tuple[str, str]]:
    """The colour of each class in one scheme."""
    c = palette()[scheme]
    return [("hh-fig-body", f"fill:{c['body']};stroke:{c['body']}"),
            ("hh-fig-ground", f"stroke:{c['prop']}"),
            ("hh-fig-prop", f"stroke:{c['prop']}"),
            ("hh-fig-prop-fill", f"fill:{c['prop']}"),
            ("hh-fig-fault", f"stroke:{c['fault']}"),
            ("hh-fig-accent", f"stroke:{c['accent']}"),
            ("hh-fig-halo", f"stroke:{PAGE_BG[scheme]}"),
            ("hh-fig-contact-fault", f"fill:{c['fault']}"),
            ("hh-fig-contact-accent", f"fill:{c['accent']}")]


def _rules(units: float, scheme: str):
    """The thumbnail's whole style sheet in one scheme, for the classes used."""
    c = palette()[scheme]
    w = num(MARK_PX * units)
    dash = " ".join(num(d * units) for d in DASH_PX)
    thin = num((MARK_PX + 2 * DASHED_HALO_PX) * units)
    rules = [  # (selector, the rule)
        ("hh-fig-body", f"fill:{c['body']};stroke:{c['body']};stroke-linecap:round"),
        ("hh-fig-ground", f"stroke:{c['prop']};stroke-width:{num(GROUND_PX * units)}"),
        ("hh-fig-prop", f"stroke:{c['prop']};fill:none;stroke-linecap:round"),
        ("hh-fig-prop-fill", f"fill:{c['prop']}"),
        ("hh-fig-fault", f"stroke:{c['fault']};fill:none;stroke-width:{w};"
                         "stroke-linecap:round;stroke-linejoin:round"),
        ("hh-fig-accent", f"stroke:{c['accent']};fill:none;stroke-width:{w};"
                          "stroke-linecap:round;stroke-linejoin:round"),
        ("hh-fig-halo", f"stroke:{PAGE_BG[scheme]};fill:none;"
                        f"stroke-width:{num((MARK_PX + 2 * HALO_PX) * units)};"
                        "stroke-linecap:round;stroke-linejoin:round"),
        ("hh-fig-dash", f"stroke-dasharray:{dash};stroke-linecap:butt"),
        # a dashed guide line's halo stays thin, so the body shows between
        # its dashes (figures/marks.py)
        ("hh-fig-halo.hh-fig-dash", f"stroke-width:{thin}"),
        ("hh-fig-contact-fault", f"fill:{c['fault']}"),
        ("hh-fig-contact-accent", f"fill:{c['accent']}"),
    ]
    known = {name for selector, _ in rules for name in selector.split(".")}

    def sheet(used: set[str]) -> str:
        unknown = {u for u in used if u.startswith("hh-fig-") and u not in known} - {"hh-fig-dot"}
        if unknown:
            raise ValueError(f"a thumbnail has no style for {sorted(unknown)}")
        return "".join(f".{selector}{{{rule}}}" for selector, rule in rules
                       if set(selector.split(".")) <= used)
    return sheet


def _halo_units(content: str) -> float:
    """How far a mark reaches past its path, in SVG units: unknown before
    the crop is, so taken from the whole figure's (its halo is wider)."""
    widths = [float(w) for w in re.findall(r'class="hh-fig-halo[^"]*" stroke-width="([\d.]+)"',
                                           content)]
    return max(widths, default=0.0) / 2


# --- The drawing's extent -----------------------------------------------------

_NUMBER = r"-?\d*\.?\d+(?:e-?\d+)?"


def _bounds(content: str, halo: float) -> tuple[float, float, float, float]:
    """(x0, y0, x1, y1) of everything drawn, in SVG units, strokes included
    (a mark by its halo, `halo` either side of its line)."""
    xs: list[float] = []
    ys: list[float] = []

    def take(points, reach: float) -> None:
        for x, y in points:
            xs.extend((x - reach, x + reach))
            ys.extend((y - reach, y + reach))

    for el in etree.fromstring(f"<g>{content}</g>").iter():
        classes = el.get("class", "")
        reach = float(el.get("stroke-width", "0")) / 2
        if "hh-fig-fault" in classes or "hh-fig-accent" in classes or "hh-fig-halo" in classes:
            reach = max(reach, halo)
        if el.tag == "g":
            continue
        if el.tag == "circle":
            r = float(el.get("r", "0")) + reach
            take([(float(el.get("cx", "0")), float(el.get("cy", "0")))], r)
        elif el.tag == "rect":
            x, y = float(el.get("x", "0")), float(el.get("y", "0"))
            take([(x, y), (x + float(el.get("width", "0")), y + float(el.get("height", "0")))],
                 reach)
        elif el.tag == "path":
            take(_path_points(el.get("d", "")), reach)
        elif el.tag not in ("ellipse", "text"):
            raise ValueError(f"a thumbnail can't measure <{el.tag}>")
    return min(xs), min(ys), max(xs), max(ys)


def _path_points(d: str) -> list[tuple[float, float]]:
    """Points along a path of absolute M, L, H, V, C, Q, A and Z commands
    (the ones the figures write): its corners, and curves sampled."""
    out: list[tuple[float, float]] = []
    at = (0.0, 0.0)
    for command, args in re.findall(r"([MLHVCQAZmlhvcqaz])([^MLHVCQAZmlhvcqaz]*)", d):
        n = [float(v) for v in re.findall(_NUMBER, args)]
        if command in "ML":
            for i in range(0, len(n), 2):
                at = (n[i], n[i + 1])
                out.append(at)
        elif command == "h":
            at = (at[0] + n[0], at[1])
            out.append(at)
        elif command == "H":
            at = (n[0], at[1])
            out.append(at)
        elif command == "V":
            at = (at[0], n[0])
            out.append(at)
        elif command in "CQ":
            step = 6 if command == "C" else 4
            for i in range(0, len(n), step):
                ctrl = [at] + [(n[i + k], n[i + k + 1]) for k in range(0, step, 2)]
                out += [_bezier(ctrl, t / 16) for t in range(17)]
                at = ctrl[-1]
        elif command == "A":
            for i in range(0, len(n), 7):
                rx, _, _, large, sweep, x, y = n[i:i + 7]
                out += _arc(at, (x, y), rx, bool(large), bool(sweep))
                at = (x, y)
        elif command not in "Zz":
            raise ValueError(f"a thumbnail can't measure the path command {command!r}")
    return out


def _bezier(ctrl, t: float) -> tuple[float, float]:
    while len(ctrl) > 1:
        ctrl = [((1 - t) * a[0] + t * b[0], (1 - t) * a[1] + t * b[1])
                for a, b in zip(ctrl, ctrl[1:], strict=False)]
    return ctrl[0]


def _arc(start, end, r: float, large: bool, sweep: bool) -> list[tuple[float, float]]:
    """Points along a circular arc as SVG draws it (y down: sweep 1 turns
    clockwise on the page), from its end points and radius."""
    (x1, y1), (x2, y2) = start, end
    mx, my = (x1 + x2) / 2, (y1 + y2) / 2
    half = math.hypot(x2 - x1, y2 - y1) / 2
    if half == 0:
        return [start]
    r = max(r, half)                      # too small a radius is scaled up, as SVG does
    h = math.sqrt(max(r * r - half * half, 0.0))
    ux, uy = (x2 - x1) / (2 * half), (y2 - y1) / (2 * half)
    # the centre's side of the chord, as the SVG spec works it out (F.6.5)
    sign = 1 if large != sweep else -1
    cx, cy = mx - sign * uy * h, my + sign * ux * h
    a1, a2 = math.atan2(y1 - cy, x1 - cx), math.atan2(y2 - cy, x2 - cx)
    turn = a2 - a1
    if sweep and turn < 0:
        turn += 2 * math.pi
    if not sweep and turn > 0:
        turn -= 2 * math.pi
    return [(cx + r * math.cos(a1 + turn * k / 24), cy + r * math.sin(a1 + turn * k / 24))
            for k in range(25)]
