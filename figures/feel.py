"""Where you should feel it: coloured shapes along the body's muscles, over
the body in the figures' usual colour, with labelled leader lines."""

from __future__ import annotations

from math import atan2, degrees, pi, sin

from hinge_guide.palette import PAGE_BG

from .body import (
    add,
    capsules,
    directions,
    distance_to_segment,
    joints,
    lerp,
    unit,
)
from .draw import top_of
from .marks import label
from .props import ground
from .silhouette import ARM_GAP, ARM_PARTS, capsule
from .svg import (
    STYLE,
    circle,
    line,
    palette,
    pt,
    svg,
    viewbox,
)

#
# Coloured shapes laid along the body's capsules, over the body drawn as in
# every other figure: the hamstrings and glutes do the work (solid accent),
# the abdominals brace (light accent, dashed edge) and the lower back only
# holds still (grey, dashed edge), so the grey the caption names is that
# patch alone. The light shapes are laid on the page's colour first, so they
# read as light over a dark body (and as dark over a light one). Each shape hugs the body's surface on one side of a
# segment's axis: its outer edge just outside the silhouette, its inner edge
# a little way in, tapering at both ends like a muscle belly.

def feel_style() -> str:
    c = palette()["light"]
    accent, prop = f"var(--hh-figure-accent,{c['accent']})", f"var(--hh-figure-prop,{c['prop']})"
    return (
        ".hh-feel-it-body{fill:currentColor}"
        f".hh-feel-it-under{{fill:var(--hh-figure-bg,{PAGE_BG['light']})}}"
        f".hh-feel-it-work{{fill:{accent};stroke:{accent};stroke-width:1;stroke-linejoin:round}}"
        f".hh-feel-it-brace{{fill:{accent};fill-opacity:.45;stroke:{accent};stroke-width:1.5;"
        "stroke-dasharray:3 2;stroke-linejoin:round}"
        f".hh-feel-it-still{{fill:{prop};fill-opacity:.25;stroke:{prop};stroke-width:1.8;"
        "stroke-dasharray:3 2;stroke-linejoin:round}"
        ".hh-feel-it-lead{stroke:currentColor;stroke-width:1;fill:none}"
        f".hh-feel-it-rim{{stroke:var(--hh-figure-bg,{PAGE_BG['light']});stroke-width:3;fill:none;"
        "stroke-linecap:round}"
        f".hh-feel-it-dot{{stroke:var(--hh-figure-bg,{PAGE_BG['light']});stroke-width:1}}"
    )


FEEL_STYLE = feel_style()
# The labels: (region, words, where the words sit (H), anchor). Each has a
# leader line from the words to the middle of its region.
FEEL_LABELS = (
    ("low_back", "Lower back: holds still", (-0.47, 0.78), "start"),
    ("glutes", "Glutes: work", (-0.47, 0.56), "start"),
    ("hamstrings", "Hamstrings: work", (-0.47, 0.2), "start"),
    # right of the arm, so its line crosses the forearm once, behind it
    ("abs", "Belly:\nbraced", (0.38, 0.3), "end"),
)
TEXT_WIDTH = 0.025           # a label's average character width (H), for leader lines


SKIN_OUT = 0.004              # a shape's outer edge sits this far outside the skin
SKIN_STEP = 0.0005            # resolution of the search for the skin


def skin(parts, point, normal, limit: float = 0.12) -> float:
    """Distance from `point` to the body's outline going along `normal`:
    the outermost point of the union of `parts` (capsules) on that ray."""
    out = 0.0
    for i in range(int(limit / SKIN_STEP) + 1):
        p = add(point, normal, i * SKIN_STEP)
        if any(distance_to_segment(p, a, b) <= r for a, b, r in parts):
            out = i * SKIN_STEP
    return out


def muscle(start, end, side: int, parts, s0: float, s1: float, depth: float,
           out: float = SKIN_OUT, steps: int = 10, full_end: bool = False) -> list[tuple[float, float]]:
    """Closed outline of a muscle along the axis start->end, from fraction
    s0 to s1 of its length, on one side of the axis (+1 = the back, -1 =
    the front): the outer edge just outside the outline of `parts`, the
    inner edge `depth` in from it at the middle, tapering to both ends (or
    only to the start, if `full_end`: for a muscle that runs on under
    another shape). The outer edge stands `out` proud of the skin at the
    middle, so a dashed edge lies on the page, not on the faded body."""
    normal = unit(degrees(atan2(end[0] - start[0], end[1] - start[1])) - 90.0 * side)
    outer, inner = [], []
    for i in range(steps + 1):
        u = i / steps
        p = lerp(start, end, s0 + (s1 - s0) * u)
        edge = skin(parts, p, normal)
        bulge = sin(pi * (min(u, 0.5) if full_end else u))
        outer.append(add(p, normal, edge + out * bulge ** 0.5))
        inner.append(add(p, normal, edge - depth * bulge ** 0.6))
    return outer + inner[::-1][1:-1]


def buttock(pose: dict, steps: int = 16) -> list[tuple[float, float]]:
    """The back of the pelvis circle: an arc facing between the backs of the
    thigh and the lumbar part, just outside the skin (where the thigh's end
    pokes past the circle too), closed by a chord through the circle."""
    c = capsules(pose)
    centre, _, r = c["pelvis"]
    d = directions(pose)
    facing = (d["thigh"] + d["lumbar"]) / 2 - 90.0
    low, high = facing - 100.0, facing + 115.0   # thigh side, lumbar side
    parts = [c["pelvis"], c["thigh"]]
    rays = [unit(low + (high - low) * i / steps) for i in range(steps + 1)]
    return [add(centre, ray, skin(parts, centre, ray, limit=r + 0.008) + SKIN_OUT)
            for ray in rays]


def feel_regions(pose: dict) -> dict[str, tuple[str, list]]:
    """Name -> (treatment, outline in body units) for the feel-it figure,
    in drawing order: still (lower back), brace (abdominals), work
    (hamstrings, then the glutes over their top end)."""
    c = capsules(pose)
    j = joints(pose)
    trunk = [c["pelvis"], c["lumbar"], c["thorax"]]
    # the trunk's axis from the hip, along the lumbar part, into the thorax
    top = add(j["hip"], unit(directions(pose)["lumbar"]), 0.24)
    return {
        # just above the glutes, where the lumbar part is: not up the thorax
        "low_back": ("still", muscle(j["hip"], top, +1, trunk, 0.3, 0.72, 0.026, 0.012)),
        "abs": ("brace", muscle(j["hip"], top, -1, trunk, 0.16, 0.86, 0.028, 0.010)),
        "hamstrings": ("work", muscle(j["knee"], j["hip"], +1, [c["thigh"]], 0.14, 1.0, 0.032,
                                     full_end=True)),
        "glutes": ("work", buttock(pose)),
    }


def outline(points, dx=0.0) -> str:
    return "M" + "L".join(pt(p, dx) for p in points) + "Z"


def _middle(points):
    return sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points)


def feel_it(pose: dict, uid: str, title: str) -> str:
    """The pose in the figures' usual body colour, where the work is felt
    drawn on it, and each region named in words with a leader line. The
    body is one shape (a mask of the capsules filled with currentColor); the
    near arm stays in front of the shapes, with the usual gap. A light shape
    is laid on the page's colour first, and each leader line and its dot
    have a rim of the page's colour, so they show over the body."""
    box = viewbox([top_of(pose)])
    x, y, w, h = box
    parts = capsules(pose)

    def caps(names, grow=0.0):
        return "".join(capsule(a, b, r + grow, 0.0) for a, b, r in (parts[n] for n in names))
    rest = [n for n in parts if n not in ARM_PARTS]
    trunk, arm = caps(rest), caps(ARM_PARTS)
    cut = caps(ARM_PARTS, ARM_GAP)
    area = f'x="{x}" y="{y}" width="{w}" height="{h}"'
    white, black = 'fill="#fff" stroke="#fff" stroke-linecap="round"', 'fill="#000" stroke="#000" stroke-linecap="round"'
    defs = (f'<mask id="{uid}-body" maskUnits="userSpaceOnUse" {area}>'
            f'<g {white}>{trunk}</g><g {black}>{cut}</g><g {white}>{arm}</g></mask>'
            f'<mask id="{uid}-cut" maskUnits="userSpaceOnUse" {area}><rect {area} fill="#fff"/>'
            f'<g {black}>{cut}</g></mask>')
    regions = feel_regions(pose)
    shapes = "".join((f'<path class="hh-feel-it-under" d="{outline(points)}"/>' if kind != "work" else "")
                     + f'<path class="hh-feel-it-{kind} hh-feel-it-{name.replace("_", "-")}" '
                     f'd="{outline(points)}"/>'
                     for name, (kind, points) in regions.items())
    leads, words = [], []
    for name, text, at, anchor in FEEL_LABELS:
        points = regions[name][1]
        target = _middle(points)
        if name == "abs":  # the half toward the hip: clear of the elbow
            target = _middle([p for p in points if p[0] <= target[0]])
        length = TEXT_WIDTH * max(map(len, text.split("\n"))) + 0.015  # from the words' far end
        start = (at[0] + (length if anchor == "start" else -length), at[1] + 0.012)
        leads.append(f'<path class="hh-feel-it-rim" d="{line(start, target)}"/>'
                     f'<path class="hh-feel-it-lead" d="{line(start, target)}"/>')
        words.append(circle(target, 0.008, 0.0, ' class="hh-fig-body hh-feel-it-dot"')
                     + label(text, at, "body", anchor))
    # The lines go behind the near arm (its cut), like the shapes.
    return svg(box, uid, title, defs,
               ground() + f'<rect class="hh-feel-it-body" {area} mask="url(#{uid}-body)"/>'
               + f'<g mask="url(#{uid}-cut)">{shapes}{"".join(leads)}</g>' + "".join(words),
               STYLE + FEEL_STYLE)
