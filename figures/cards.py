"""The body model as shapes for the link-preview cards (hinge_guide/preview_cards.py).

The cards are PNGs drawn with Pillow, which can't read SVG, so they take the
same capsules the SVG figures are drawn from: (start, end, radius) in body
units, y up, for a pose named in figures.poses.POSES (seen from the side) or
figures.front.POSES (from the front): figures/views.py says which. A fault card also
needs what makes the fault visible: the rounded back's curve and the
figure's marks (the "back rounds" arc, a plumb line, an arrow). Those are
read from the very paths figures/marks.py and figures/silhouette.py write into the SVGs, sampled into
polylines, so a card can never show a mark the page's figure doesn't.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from dataclasses import dataclass
from math import cos, pi, sin

from svgelements import Move
from svgelements import Path as SvgPath

from . import svg, views
from .props import load

Point = tuple[float, float]
SAMPLES = 24  # points per path segment: smooth at card size


@dataclass(frozen=True)
class Mark:
    """One stroke of a mark, in body units (y up)."""

    points: list[Point]
    dashed: bool = False


def _pose(name: str) -> dict:
    return views.pose(name)


def shapes(name: str) -> dict[str, tuple]:
    """Capsules of the named pose by body part, back to front (a side view's
    arm last), seen the way its figure sees it (figures/views.py); KeyError
    names the poses there are."""
    return dict(views.view_of(name).capsules(_pose(name)))


def _polylines(d: str) -> list[list[Point]]:
    """An SVG path's subpaths as polylines, in body units (svg.pt flips y
    and scales by svg.SCALE; this undoes it). A move only says where the
    line starts; a close (Z) is the straight edge back to the start, drawn
    like any line, so a closed mark stays closed."""
    lines: list[list[Point]] = []
    for sub in SvgPath(d).as_subpaths():
        points: list[Point] = []
        for segment in sub:
            if isinstance(segment, Move):
                continue
            for i in range(SAMPLES + 1):
                p = segment.point(i / SAMPLES)
                points.append((p.x / svg.SCALE, -p.y / svg.SCALE))
        if len(points) > 1:
            lines.append(points)
    return lines


def _strokes(svg_fragment: str, css_class: str) -> list[Mark]:
    """The <path>s of a fragment that carry css_class, sampled."""
    root = etree.fromstring(f"<g>{svg_fragment}</g>")
    found = []
    for path in root.iter("path"):
        classes = (path.get("class") or "").split()
        if css_class in classes:
            dashed = "hh-fig-dash" in classes
            found += [Mark(points, dashed) for points in _polylines(path.get("d", ""))]
    return found


def marks(name: str, mark_names: tuple[str, ...]) -> list[Mark]:
    """The named marks (figures/marks.py: "back", "plumb", ...; figures/front.py's
    for a front view) of a pose as strokes."""
    return _strokes(views.view_of(name).marks(_pose(name), mark_names, svg.FAULT), "hh-fig-fault")


def curved_trunk(name: str) -> list[Point] | None:
    """A rounded back's trunk as one curve (silhouette.curved_trunk), or None when
    the pose's back is drawn straight."""
    fragment = views.view_of(name).trunk(_pose(name))
    if not fragment:
        return None
    root = etree.fromstring(fragment)
    lines = _polylines(root.get("d", ""))
    return lines[0] if lines else None


def _circle(cx: float, cy: float, r: float) -> list[Point]:
    """A circle in SVG units as a closed polyline in body units."""
    return [((cx + r * cos(2 * pi * i / SAMPLES)) / svg.SCALE,
             -(cy + r * sin(2 * pi * i / SAMPLES)) / svg.SCALE) for i in range(SAMPLES + 1)]


def props(name: str) -> list[Mark]:
    """The weight the pose carries (figures/props.py's load) as outlines: its
    stroked paths, rims and heads, read from the shapes the figure draws.
    Small filled parts (a bar's sleeve) and the fist are left out."""
    pose = _pose(name)
    if not pose.get("load"):
        return []
    behind, front = load(pose)
    root = etree.fromstring(f"<g>{behind}{front}</g>")
    found: list[Mark] = []
    for element in root:
        classes = (element.get("class") or "").split()
        if "hh-fig-prop" not in classes:
            continue
        if element.tag == "path":
            found += [Mark(points) for points in _polylines(element.get("d", ""))]
        elif element.tag == "circle":
            found.append(Mark(_circle(*(float(element.attrib[k]) for k in ("cx", "cy", "r")))))
        elif element.tag == "rect":
            x, y, w, h = (float(element.attrib[k]) for k in ("x", "y", "width", "height"))
            corners = [(x, y), (x + w, y), (x + w, y + h), (x, y + h), (x, y)]
            found.append(Mark([(px / svg.SCALE, -py / svg.SCALE) for px, py in corners]))
    return found
