"""Render poses as small, theme-aware SVG strings.

Colours: the body is `currentColor`, so it takes the page's text colour when
the SVG is inlined; accents use CSS custom properties: `--hh-figure-accent`
(correct pose), `--hh-figure-fault` (fault), `--hh-figure-prop` (dowel,
wall, weights, band) and `--hh-figure-bg` (the page background, for the
halos that keep lines and labels readable where they cross the body). Their
values are set once, per colour scheme, in docs/stylesheets/extra.css; the
fallbacks written into each SVG are read from there too (`palette`), for an
SVG loaded through <img>, which cannot see the page's CSS: a
`prefers-color-scheme: dark` rule scoped to `svg.hh-fig:root` (which matches
only when the SVG is its own document) sets the dark ones. Every id is
prefixed with the figure's slug, and every class with `hh-`, so several
figures can be inlined in one page.

Coordinates: the body model works in body heights (H = 1, y up); the SVG
uses centimetres of a 1.75 m person (y down), rounded to 0.1.
Words in a figure are few and short (a badge, a label on a key line); the
page's alt text and caption say what the figure shows.
"""

from __future__ import annotations

import re
from functools import cache
from html import escape
from math import atan2, cos, degrees, hypot, pi, radians, sin
from pathlib import Path
from collections.abc import Callable

from .body import (
    BALL_X, DOWEL_RADIUS, HEEL_X, LOADS, RADIUS, TOE_X, add, back_points, capsules,
    centre_of_mass, directions, distance_to_segment, dowel_line, joints,
    lerp, rearmost_x, unit,
)

SCALE = 175.0                 # SVG units (cm) per body height
FRAME_X = (-0.50, 0.40)       # every panel spans the same x range: same scale
GROUND_MARGIN = 0.05          # below the floor line
TOP_MARGIN = 0.04             # above the highest drawn point
ARM_GAP = 0.012               # knocked out around the arm where it crosses the body

ACCENT, FAULT = "accent", "fault"

EXTRA_CSS = Path(__file__).resolve().parent.parent / "docs" / "stylesheets" / "extra.css"
COLOURS = ("body", "accent", "fault", "prop")
# Material's page background per scheme (its default and slate palettes):
# the halo colour when the page doesn't set --hh-figure-bg.
PAGE_BG = {"light": "#fff", "dark": "hsl(225,15%,14%)"}


@cache
def palette(css_path: Path = EXTRA_CSS) -> dict[str, dict[str, str]]:
    """{"light": {...}, "dark": {...}}: the --hh-figure-* colours as set in
    extra.css, the one place they are defined. The light ones are in the rule
    for `[data-md-color-scheme="default"]`, the dark ones in the rule for
    `[data-md-color-scheme="slate"]` that sets --hh-figure-body."""
    css = re.sub(r"/\*.*?\*/", "", css_path.read_text(encoding="utf-8"), flags=re.S)
    found: dict[str, dict[str, str]] = {}
    for selector, block in re.findall(r"([^{}]+)\{([^{}]*--hh-figure-body\s*:[^{}]*)\}", css):
        scheme = "dark" if "slate" in selector else "light"
        values = dict(re.findall(r"--hh-figure-([\w-]+)\s*:\s*([^;]+?)\s*(?:;|$)", block))
        found[scheme] = {name: values[name] for name in COLOURS}
    if set(found) != {"light", "dark"}:
        raise ValueError(f"{css_path}: no --hh-figure-* colours for both schemes")
    return found


def _style() -> str:
    c = palette()
    light, dark = c["light"], c["dark"]

    def var(name, scheme=light):
        return f"var(--hh-figure-{name},{scheme[name]})"
    return (
        ".hh-fig-body{fill:currentColor;stroke:currentColor;stroke-linecap:round}"
        f".hh-fig-ground{{stroke:{var('prop')};stroke-width:1.2}}"
        f".hh-fig-prop{{stroke:{var('prop')};fill:none;stroke-linecap:round}}"
        f".hh-fig-prop-fill{{fill:{var('prop')}}}"
        f".hh-fig-accent{{stroke:{var('accent')};fill:none;"
        "stroke-width:1.6;stroke-linecap:round;stroke-linejoin:round}"
        f".hh-fig-fault{{stroke:{var('fault')};fill:none;"
        "stroke-width:1.6;stroke-linecap:round;stroke-linejoin:round}"
        f".hh-fig-halo{{stroke:var(--hh-figure-halo,var(--hh-figure-bg,{PAGE_BG['light']}));fill:none;"
        "stroke-linecap:round;stroke-linejoin:round}"
        ".hh-fig-dash{stroke-dasharray:3 3}"
        ".hh-fig-label{font:600 7.2px system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
        f"paint-order:stroke;stroke:var(--hh-figure-halo,var(--hh-figure-bg,{PAGE_BG['light']}));"
        "stroke-width:2.6px;"
        "stroke-linejoin:round}"
        f".hh-fig-label-accent{{fill:{var('accent')}}}.hh-fig-label-fault{{fill:{var('fault')}}}"
        f".hh-fig-contact-accent{{fill:{var('accent')}}}.hh-fig-contact-fault{{fill:{var('fault')}}}"
        ".hh-fig-label-body{fill:currentColor}"
        f"svg.hh-fig:root{{color:{light['body']}}}"
        "@media (prefers-color-scheme:dark){svg.hh-fig:root{"
        f"color:{dark['body']};--hh-figure-accent:{dark['accent']};--hh-figure-fault:{dark['fault']};"
        f"--hh-figure-prop:{dark['prop']};--hh-figure-bg:{PAGE_BG['dark']}}}}}"
    )


STYLE = _style()


# --- Numbers and points ---------------------------------------------------

def num(v: float) -> str:
    """A coordinate rounded to 0.1, without a trailing .0 or a minus zero."""
    text = f"{v:.1f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def pt(p, dx: float = 0.0) -> str:
    """Body point (x, y in H) -> 'x y' in SVG units, shifted by dx (H)."""
    return f"{num((p[0] + dx) * SCALE)} {num(-p[1] * SCALE)}"


def line(a, b, dx=0.0) -> str:
    return f"M{pt(a, dx)}L{pt(b, dx)}"


def width(r: float) -> str:
    return num(2 * r * SCALE)


def circle(p, r: float, dx: float = 0.0, attrs: str = "") -> str:
    """A circle at body point p with radius r (both in H)."""
    return f'<circle{attrs} cx="{num((p[0] + dx) * SCALE)}" cy="{num(-p[1] * SCALE)}" r="{num(r * SCALE)}"/>'


# --- Body -------------------------------------------------------------------

ARM_PARTS = ("upper_arm", "forearm")


def _capsule(a, b, r, dx) -> str:
    """A round-ended stroke from a to b of radius r (a circle if a == b)."""
    if a == b:
        return circle(a, r, dx)
    return f'<path d="{line(a, b, dx)}" stroke-width="{width(r)}"/>'


SMOOTH_SPINE = 15.0           # spine flexion (degrees) from which the back is drawn as an arc
TRUNK_ARC_RADIUS = 0.052      # drawn half-width of the curved trunk (between lumbar and thorax)


def spine_arc(pose: dict):
    """A rounded back drawn as one smooth curve: (centre, radius) of the
    circle through the pelvis centre, T12-L1 (the waist) and the shoulder,
    or None for a spine flexed less than SMOOTH_SPINE (drawn as the two
    straight capsules). The model bends the spine at one joint; a real
    rounded back bends along its length, so the drawing spreads the bend
    over the whole trunk. The arc runs through the model's joints, so the
    balance (computed on the capsules) is unchanged; the curve lies at most
    a few millimetres behind the capsules."""
    if pose["spine"] < SMOOTH_SPINE:
        return None
    c = capsules(pose)
    (ax, ay), _, _ = c["pelvis"]
    (bx, by), (cx, cy), _ = c["thorax"]
    d = 2 * (ax * (by - cy) + bx * (cy - ay) + cx * (ay - by))
    ux = ((ax * ax + ay * ay) * (by - cy) + (bx * bx + by * by) * (cy - ay) + (cx * cx + cy * cy) * (ay - by)) / d
    uy = ((ax * ax + ay * ay) * (cx - bx) + (bx * bx + by * by) * (ax - cx) + (cx * cx + cy * cy) * (bx - ax)) / d
    return (ux, uy), ((ax - ux) ** 2 + (ay - uy) ** 2) ** 0.5


def _arc(start, end, radius: float, dx=0.0) -> str:
    """SVG path of the minor arc of a circle of `radius` from start to end,
    bending backwards (the body faces +x): a flexed back's curve."""
    # sweep flag 1 is clockwise on the page (y down): from the pelvis up and
    # over the back to the shoulders of a person facing right
    return f'M{pt(start, dx)}A{num(radius * SCALE)} {num(radius * SCALE)} 0 0 1 {pt(end, dx)}'


def curved_trunk(pose: dict, dx=0.0) -> str:
    """The trunk as one thick arc from the pelvis to the shoulders, drawn
    over the capsules when the spine is rounded (see spine_arc)."""
    arc = spine_arc(pose)
    if arc is None:
        return ""
    c = capsules(pose)
    return (f'<path fill="none" d="{_arc(c["pelvis"][0], c["thorax"][1], arc[1], dx)}" '
            f'stroke-width="{width(TRUNK_ARC_RADIUS)}"/>')


def halo_mask(mask_id: str, parts, box, dx=0.0) -> str:
    """A mask that knocks a thin gap (ARM_GAP) out around `parts` (capsules)."""
    x, y, w, h = box
    cut = "".join(_capsule(a, b, r + ARM_GAP, dx) for a, b, r in parts)
    return (f'<mask id="{mask_id}" maskUnits="userSpaceOnUse" x="{x}" y="{y}" width="{w}" height="{h}">'
            f'<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="#fff"/>'
            f'<g stroke="#000" stroke-linecap="round">{cut}</g></mask>')


def body(pose: dict, uid: str, dx: float = 0.0, box=None) -> tuple[str, str]:
    """(defs, elements) for the body: trunk, legs and head in one group, then
    the near arm. A thin gap is knocked out of the body around the arm so it
    stays readable where it crosses the thigh or the trunk. A rounded back
    is drawn as a smooth curve (curved_trunk)."""
    parts = capsules(pose)
    trunk = "".join(_capsule(a, b, r, dx) for n, (a, b, r) in parts.items() if n not in ARM_PARTS)
    trunk += curved_trunk(pose, dx)
    arm = "".join(_capsule(*parts[n], dx) for n in ARM_PARTS)
    defs = halo_mask(f"{uid}-cut", [parts[n] for n in ARM_PARTS], box, dx)
    return defs, (f'<g class="hh-fig-body" mask="url(#{uid}-cut)">{trunk}</g>'
                  f'<g class="hh-fig-body">{arm}</g>')


# --- Props --------------------------------------------------------------------

def ground(dx=0.0, frame=FRAME_X) -> str:
    return f'<path class="hh-fig-ground" d="{line((frame[0] + 0.02, 0), (frame[1] - 0.02, 0), dx)}"/>'


DUMBBELL_HALF = 0.055         # handle centre to a head's centre (H), about 10 cm
HAND_RADIUS = 0.024           # a fist around a stick, drawn over it


def dowel(pose: dict, dx=0.0) -> str:
    """A stick on the back through sacrum, upper back and back of the head,
    with the three contact points circled, and the hands that hold it
    (both, when the pose has a far arm) drawn over it."""
    low, high = dowel_line(pose)
    b = back_points(pose)
    j = joints(pose)
    stick = f'<path class="hh-fig-prop" stroke-width="{width(DOWEL_RADIUS)}" d="{line(low, high, dx)}"/>'
    fists = "".join(circle(j[h], HAND_RADIUS, dx, ' class="hh-fig-body"')
                    for h in ("hand", "far_hand") if h in j)
    return (stick + "".join(circle(b[p], 0.018, dx, ' class="hh-fig-accent"')
                            for p in ("sacrum", "upper_back", "head")) + fists)


WALL_HEIGHT = 0.78
WALL_DEPTH = 0.07             # how much of the wall's thickness is drawn (H)


def wall(x: float, dx=0.0) -> str:
    """A wall whose face is at x (H), drawn behind it: a tinted slab with a
    solid face line and hatching, so it reads as a surface."""
    x0, top = x - WALL_DEPTH, WALL_HEIGHT
    slab = (f'<path class="hh-fig-prop-fill" fill-opacity=".18" '
            f'd="M{pt((x0, 0), dx)}L{pt((x, 0), dx)}L{pt((x, top), dx)}L{pt((x0, top), dx)}Z"/>')
    hatch = "".join(line((x0, y), (x, y + WALL_DEPTH), dx)
                    for y in [i * 0.06 for i in range(int(top / 0.06))])
    return (slab + f'<path class="hh-fig-prop" stroke-width=".8" d="{hatch}"/>'
            + f'<path class="hh-fig-prop" stroke-width="1.8" d="{line((x, 0), (x, top), dx)}"/>')


def load(pose: dict, dx=0.0) -> tuple[str, str]:
    """(behind the body, in front) for a carried weight."""
    kind = pose["load"]["kind"]
    hand = joints(pose)["hand"]
    r = LOADS[kind]["radius"]
    if kind == "kettlebell":
        # Between the feet, which in a side view is beside the near foot: a
        # see-through bell with a solid rim, so the foot and shin show through.
        bell = (hand[0], hand[1] - LOADS[kind]["drop"])
        handle = (f'M{pt((hand[0] - 0.035, bell[1] + 0.03), dx)}'
                  f'C{pt((hand[0] - 0.04, hand[1] + 0.02), dx)} {pt((hand[0] + 0.04, hand[1] + 0.02), dx)} '
                  f'{pt((hand[0] + 0.035, bell[1] + 0.03), dx)}')
        return "", (f'<path class="hh-fig-prop" stroke-width="4" d="{handle}"/>'
                    + circle(bell, r, dx, ' class="hh-fig-prop hh-fig-prop-fill" fill-opacity=".4" stroke-width="3.5"')
                    + circle(hand, HAND_RADIUS, dx, ' class="hh-fig-body"'))
    if kind == "dumbbell":
        # the near dumbbell in profile (a neutral grip, beside the thigh):
        # two heads on a short handle, the fist round the handle
        heads = "".join(
            f'<rect class="hh-fig-prop hh-fig-prop-fill" stroke-width="1.5" x="{num((hand[0] + off - 0.02 + dx) * SCALE)}" '
            f'y="{num(-(hand[1] + 0.045) * SCALE)}" width="{num(0.04 * SCALE)}" height="{num(0.09 * SCALE)}" rx="3"/>'
            for off in (-DUMBBELL_HALF, DUMBBELL_HALF))
        handle = line((hand[0] - DUMBBELL_HALF, hand[1]), (hand[0] + DUMBBELL_HALF, hand[1]), dx)
        bar = f'<path class="hh-fig-prop" stroke-width="3" d="{handle}"/>'
        return "", bar + heads + circle(hand, HAND_RADIUS, dx, ' class="hh-fig-body"')
    # barbell: the near plate (see-through, so the legs stay visible) and the sleeve
    return "", (circle(hand, r, dx, ' class="hh-fig-prop" stroke-width="3"')
                + circle(hand, r * 0.55, dx, ' class="hh-fig-prop" stroke-width="1"')
                + circle(hand, 0.025, dx, ' class="hh-fig-prop-fill"'))


BAND_ANCHOR = (-0.46, 0.07)


def band(pose: dict, dx=0.0) -> str:
    """A band from the hands, back between the legs, to a low anchor (a post)."""
    hand = joints(pose)["hand"]
    ax, ay = BAND_ANCHOR
    post = f'<path class="hh-fig-prop" stroke-width="{width(0.014)}" stroke-linecap="butt" d="{line((ax - 0.016, 0), (ax - 0.016, 0.22), dx)}"/>'
    return post + f'<path class="hh-fig-prop" stroke-width="2.5" d="{line(hand, (ax, ay), dx)}"/>'


# --- Marks: what a coach would point at ------------------------------------

HALO = 2.6                    # SVG units of page colour either side of a mark


def _cls(kind: str, dashed: bool = False) -> str:
    return f'hh-fig-{kind}' + (" hh-fig-dash" if dashed else "")


def _mark(d: str, kind: str, dashed: bool = False, stroke: float = 1.6) -> str:
    """A mark's path over a halo of the page's colour, so it stays visible
    where it crosses the body."""
    return (f'<path class="hh-fig-halo" stroke-width="{num(stroke + 2 * HALO)}" d="{d}"/>'
            f'<path class="{_cls(kind, dashed)}" d="{d}"/>')


def mark_back(pose: dict, kind: str, dx=0.0) -> str:
    """A line just off the back from sacrum to shoulders: straight for a flat
    back; for a rounded back (spine_arc), an arc around the drawn curve."""
    off = 0.03
    arc = spine_arc(pose)
    if arc is not None:
        centre, radius = arc
        c = capsules(pose)
        ends = []
        for p in (c["pelvis"][0], c["thorax"][1]):
            n = hypot(p[0] - centre[0], p[1] - centre[1])
            ends.append(add(centre, ((p[0] - centre[0]) / n, (p[1] - centre[1]) / n),
                            radius + TRUNK_ARC_RADIUS + off))
        return _mark(_arc(*ends, radius + TRUNK_ARC_RADIUS + off, dx), kind)
    b = back_points(pose)
    c = capsules(pose)
    d = directions(pose)
    start = add(b["sacrum"], unit(d["lumbar"] - 90), off)
    middle = add(add(c["thorax"][0], unit(d["lumbar"] - 90), RADIUS["thorax"]), unit(d["lumbar"] - 90), off)
    end = add(add(c["thorax"][1], unit(d["thorax"] - 90), RADIUS["thorax"]), unit(d["thorax"] - 90), off)
    control = (2 * middle[0] - (start[0] + end[0]) / 2, 2 * middle[1] - (start[1] + end[1]) / 2)
    return _mark(f"M{pt(start, dx)}Q{pt(control, dx)} {pt(end, dx)}", kind)


def mark_vertical(x: float, y0: float, y1: float, kind: str, dx=0.0) -> str:
    """A dashed plumb line at x (H) from y0 to y1."""
    return _mark(line((x, y0), (x, y1), dx), kind, dashed=True)


def mark_arrow(start, end, kind: str, dx=0.0) -> str:
    """An arrow from start to end (H)."""
    vx, vy = end[0] - start[0], end[1] - start[1]
    n = (vx * vx + vy * vy) ** 0.5
    ux, uy = vx / n, vy / n
    size = 0.03
    left = (end[0] - size * (ux - uy * 0.7), end[1] - size * (uy + ux * 0.7))
    right = (end[0] - size * (ux + uy * 0.7), end[1] - size * (uy - ux * 0.7))
    return _mark(f"{line(start, end, dx)}M{pt(left, dx)}L{pt(end, dx)}L{pt(right, dx)}", kind, stroke=2.4) \
        .replace(f'class="{_cls(kind)}" d=', f'class="{_cls(kind)}" stroke-width="2.4" d=')


def mark_com(pose: dict, kind: str, dx=0.0) -> str:
    """The centre of mass, with a plumb line to the floor."""
    x, y = centre_of_mass(pose)
    return (mark_vertical(x, 0.0, y - 0.02, kind, dx)
            + circle((x, y), 0.02, dx, f' class="{_cls(kind)}"')
            + circle((x, y), 0.007, dx, ' class="hh-fig-body"'))


def mark_weight(pose: dict, kind: str, dx=0.0) -> str:
    """Where the weight presses into the foot: a dot on the floor under the
    centre of mass, and the foot's length from heel to toe."""
    x, _ = centre_of_mass(pose)
    return (_mark(line((HEEL_X, -0.022), (TOE_X, -0.022), dx), kind)
            + circle((x, -0.022), 0.014, dx, f' class="{_cls(kind)} hh-fig-dot"'))


def mark_contacts(pose: dict, kind: str, dx=0.0) -> str:
    """The foot's contact with the floor: heel, ball and toes, as dots."""
    return "".join(circle((x, 0.0), 0.012, dx, f' class="hh-fig-contact-{kind}"')
                   for x in (HEEL_X + 0.012, BALL_X, TOE_X - 0.008))


# The marks a figure can carry, by name: each draws one cue on a pose in the
# given colour (accent or fault). Add a mark by writing a function here with
# @mark("name"); figures name their marks in figures/__main__.py and
# figures/steps.py.
MARKS: dict[str, Callable[[dict, dict, str, float], str]] = {}


def mark(name: str):
    """Register the function below as the mark called `name`. It is called
    with (pose, joints of the pose, kind, dx)."""
    def register(draw_mark):
        if name in MARKS:
            raise ValueError(f"two marks called {name!r}")
        MARKS[name] = draw_mark
        return draw_mark
    return register


@mark("back")
def _back(pose, j, kind, dx):
    return mark_back(pose, kind, dx)


@mark("heel_line")
def _heel_line(pose, j, kind, dx):  # are the hips behind the heels?
    return mark_vertical(HEEL_X, 0.0, 0.66, kind, dx)


@mark("shin_line")
def _shin_line(pose, j, kind, dx):  # are the shins upright?
    return mark_vertical(0.0, 0.0, 0.36, kind, dx)


@mark("plumb")
def _plumb(pose, j, kind, dx):  # ear over shoulder over hip over ankle?
    return mark_vertical(0.0, 0.0, 1.0, kind, dx)


@mark("knees_forward")
def _knees_forward(pose, j, kind, dx):
    k = add(j["knee"], (1, 0), RADIUS["shank"] + 0.025)
    return mark_arrow(k, add(k, (1, 0), 0.08), kind, dx)


@mark("hips_back")
def _hips_back(pose, j, kind, dx):
    h = add(j["hip"], (-1, 0), RADIUS["pelvis"] + 0.05)
    return mark_arrow(add(h, (1, 0), 0.07), h, kind, dx)


@mark("hips_forward")
def _hips_forward(pose, j, kind, dx):
    h = add(j["hip"], (-1, 0), RADIUS["pelvis"] + 0.04)
    return mark_arrow(add(h, (-1, 0), 0.07), h, kind, dx)


@mark("com")
def _com(pose, j, kind, dx):
    return mark_com(pose, kind, dx)


@mark("knee_point")
def _knee_point(pose, j, kind, dx):  # an arrow to the front of the bent knee
    k = add(j["knee"], (1, 0), RADIUS["shank"] + 0.02)
    return mark_arrow(add(k, (1, 0.35), 0.12), k, kind, dx)


@mark("knee_angle")
def _knee_angle(pose, j, kind, dx):  # the bend from straight, drawn in front of the knee
    # A straight leg would carry the thigh's line on down past the kneecap
    # (dashed); the shin leaves that line by the knee's bend (the arc).
    d = directions(pose)
    straight, shin = d["thigh"] + 180, d["shank"] + 180
    kneecap = add(j["knee"], unit(d["shank"] + 90), RADIUS["shank"] + 0.012)
    radius = 0.09
    arc = [add(kneecap, unit(straight + (shin - straight) * i / 8), radius) for i in range(9)]
    return (_mark(line(kneecap, add(kneecap, unit(straight), radius + 0.03), dx), kind, dashed=True)
            + _mark(line(kneecap, add(kneecap, unit(shin), radius + 0.03), dx), kind)
            + _mark("M" + "L".join(pt(p, dx) for p in arc), kind))


@mark("hands")
def _hands(pose, j, kind, dx):  # a ring round the hand on the thigh
    return _mark(_ring(j["hand"], 0.04, dx), kind)


@mark("shoulders")
def _shoulders(pose, j, kind, dx):  # back and down
    s_ = j["shoulder"]
    return mark_arrow((s_[0] - 0.06, s_[1] + 0.07), (s_[0] - 0.115, s_[1] + 0.0), kind, dx)


@mark("brace")
def _brace(pose, j, kind, dx):  # a band round the middle
    return _mark(_ellipse(lerp(j["hip"], j["waist"], 0.75), 0.085, 0.028,
                          directions(pose)["lumbar"], dx), kind)


@mark("gaze")
def _gaze(pose, j, kind, dx):  # eyes on the floor 3 to 5 m ahead (22 degrees down)
    eye = add(j["head"], unit(directions(pose)["head"] + 90), RADIUS["head"] + 0.012)
    end = (FRAME_X[1] - 0.03, eye[1] - (FRAME_X[1] - 0.03 - eye[0]) * 0.40)
    return mark_arrow(eye, end, kind, dx)


@mark("palms_slide")
def _palms_slide(pose, j, kind, dx):  # from the hand down the front of the thigh
    front = unit(directions(pose)["thigh"] + 90)
    return mark_arrow(add(j["hand"], front, 0.04),
                      add(lerp(j["knee"], j["hip"], 0.1), front, RADIUS["thigh"] + 0.04),
                      kind, dx)


@mark("stretch")
def _stretch(pose, j, kind, dx):  # along the back of the thigh
    back = unit(directions(pose)["thigh"] - 90)
    return _mark(line(add(lerp(j["knee"], j["hip"], 0.15), back, RADIUS["thigh"] + 0.02),
                      add(lerp(j["knee"], j["hip"], 0.85), back, RADIUS["thigh"] + 0.02), dx),
                 kind, stroke=3.2).replace(f'class="{_cls(kind)}" d=',
                                           f'class="{_cls(kind)}" stroke-width="3.2" d=')


@mark("weight")
def _weight(pose, j, kind, dx):
    return mark_weight(pose, kind, dx)


@mark("contacts")
def _contacts(pose, j, kind, dx):
    return mark_contacts(pose, kind, dx)


def marks(pose: dict, names, kind: str, dx=0.0) -> str:
    """The named marks for one pose, in the given colour (accent or fault)."""
    unknown = [name for name in names if name not in MARKS]
    if unknown:
        raise ValueError(f"unknown mark {unknown[0]!r}: the marks are {sorted(MARKS)}")
    j = joints(pose)
    return "".join(MARKS[name](pose, j, kind, dx) for name in names)


def _ring(c, r: float, dx=0.0) -> str:
    """A circle as a path (so it takes a mark's halo)."""
    return (f"M{pt((c[0] - r, c[1]), dx)}A{num(r * SCALE)} {num(r * SCALE)} 0 1 0 {pt((c[0] + r, c[1]), dx)}"
            f"A{num(r * SCALE)} {num(r * SCALE)} 0 1 0 {pt((c[0] - r, c[1]), dx)}")


def _ellipse(c, rx: float, ry: float, tilt: float, dx=0.0) -> str:
    """An ellipse across a segment at `tilt` degrees from vertical (its rx
    across the segment), as a path."""
    across, along = unit(tilt + 90), unit(tilt)
    pts = [add(add(c, across, rx * cos(radians(a))), along, ry * sin(radians(a))) for a in range(0, 360, 15)]
    return "M" + "L".join(pt(p, dx) for p in pts) + "Z"


def label(text: str, at, kind: str = ACCENT, anchor: str = "start", dx=0.0) -> str:
    """A short label at `at` (H, the text's baseline), in the mark's colour
    over a halo of the page's colour."""
    return (f'<text class="hh-fig-label hh-fig-label-{kind}" x="{num((at[0] + dx) * SCALE)}" '
            f'y="{num(-at[1] * SCALE)}" text-anchor="{anchor}">{escape(text)}</text>')


def labels(items, kind: str, dx=0.0) -> str:
    """Labels from (text, (x, y)[, anchor]) tuples."""
    return "".join(label(item[0], item[1], kind, *(item[2:] or ("start",)), dx=dx) for item in items)


# --- Whole figures ----------------------------------------------------------

def top_of(pose: dict) -> float:
    return max(max(a[1], b[1]) + r for a, b, r in capsules(pose).values())


def panel(pose: dict, uid: str, dx: float, box, props=(), mark_names=(), kind=ACCENT,
          label_items=()) -> tuple[str, str]:
    """(defs, elements) for one pose with its props, marks and labels, shifted by dx."""
    behind, front = [], []
    for prop in props:
        if prop == "dowel":
            front.append(dowel(pose, dx))
        elif prop == "wall":
            behind.append(wall(rearmost_x(pose), dx))
        elif prop == "load":
            b, f = load(pose, dx)
            behind.append(b)
            front.append(f)
        elif prop == "band":
            behind.append(band(pose, dx))
        else:
            raise ValueError(f"unknown prop {prop!r}")
    defs, figure = body(pose, uid, dx, box)
    return defs, ("".join(behind) + figure + "".join(front) + marks(pose, mark_names, kind, dx)
                  + labels(label_items, kind, dx))


def viewbox(tops, panels: int = 1, frame=FRAME_X, bottom: float = GROUND_MARGIN):
    """(x, y, w, h) in SVG units for `panels` side by side."""
    w = (frame[1] - frame[0]) * SCALE
    top = max(max(tops) + TOP_MARGIN, 0.0)
    return (num(frame[0] * SCALE), num(-top * SCALE), num(w * panels),
            num((top + bottom) * SCALE))


def svg(box, uid: str, title: str, defs: str, content: str, style: str = STYLE,
        classes: str = "hh-fig") -> str:
    x, y, w, h = box
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="{classes}" viewBox="{x} {y} {w} {h}" '
            f'role="img" aria-labelledby="{uid}-title">'
            f'<title id="{uid}-title">{escape(title)}</title><style>{style}</style>'
            f'<defs>{defs}</defs>{content}</svg>\n')


def _tops(pose, props):
    tops = [top_of(pose)]
    if "wall" in props:
        tops.append(WALL_HEIGHT)
    if "dowel" in props:
        tops.append(dowel_line(pose)[1][1] + DOWEL_RADIUS)
    return tops


def figure(pose: dict, uid: str, title: str, props=(), mark_names=(), label_items=(),
           frame=FRAME_X, top: float | None = None) -> str:
    """One pose in one SVG, with its marks and labels (accent colour). `frame`
    crops it (x range, H); `top` fixes the height (H above the floor)."""
    box = viewbox([top] if top is not None else _tops(pose, props), frame=frame)
    defs, content = panel(pose, uid, 0.0, box, props, mark_names, ACCENT, label_items)
    return svg(box, uid, title, defs, ground(frame=frame) + content)


# Fault and fix: one SVG each, on a lightly tinted panel with a badge in words.

VERDICT = {FAULT: "Fault", ACCENT: "Fix"}
BADGE_H = 0.085               # badge height (H)
BADGE_AT = (FRAME_X[0] + 0.025, 0.02)   # badge's top-left corner: x, and gap below the top (H)
PANEL_TINT = 0.08             # the panel's fill opacity: a light tint of the verdict's colour


def badge(kind: str, top: float, dx=0.0) -> str:
    """"✗ Fault" or "✓ Fix": a pill in the verdict's colour, the sign drawn
    as a path and the word as text, both in the page's colour."""
    word = VERDICT[kind]
    h = BADGE_H
    x0, y0 = BADGE_AT[0] + dx, top - BADGE_AT[1]
    w = 0.075 + 0.055 * len(word)
    pill = (f'<rect class="hh-fig-badge-{kind}" x="{num(x0 * SCALE)}" y="{num(-y0 * SCALE)}" '
            f'width="{num(w * SCALE)}" height="{num(h * SCALE)}" rx="{num(h / 2 * SCALE)}"/>')
    cx, cy, r = x0 + 0.045, y0 - h / 2, 0.018
    if kind == FAULT:
        sign = line((cx - r, cy + r), (cx + r, cy - r)) + line((cx - r, cy - r), (cx + r, cy + r))
    else:
        sign = f"M{pt((cx - r, cy))}L{pt((cx - 0.3 * r, cy - 0.75 * r))}L{pt((cx + r, cy + r))}"
    return (pill + f'<path class="hh-fig-badge-sign" d="{sign}"/>'
            f'<text class="hh-fig-badge-word" x="{num((cx + 0.035) * SCALE)}" '
            f'y="{num(-(cy - 0.019) * SCALE)}">{word}</text>')


def verdict_style() -> str:
    c = palette()["light"]
    bg = f"var(--hh-figure-bg,{PAGE_BG['light']})"
    out = ""
    for kind in (FAULT, ACCENT):
        colour = f"var(--hh-figure-{kind},{c[kind]})"
        # halos on the panel take the panel's tint (where color-mix() is known)
        out += (f".hh-fig-on-{kind}{{--hh-figure-halo:color-mix(in srgb,{colour} {num(PANEL_TINT * 100)}%,"
                f"var(--hh-figure-bg,{PAGE_BG['light']}))}}"
                f".hh-fig-panel-{kind}{{fill:{colour};fill-opacity:{PANEL_TINT}}}"
                f".hh-fig-badge-{kind}{{fill:{colour}}}")
    return (out + f".hh-fig-badge-sign{{fill:none;stroke:{bg};stroke-width:2.6;stroke-linecap:round;"
            "stroke-linejoin:round}"
            f".hh-fig-badge-word{{fill:{bg};font:700 10px system-ui,-apple-system,'Segoe UI',Roboto,"
            "sans-serif}")


def _verdict_panel(pose, kind, uid, top, box, mark_names, label_items, dx=0.0):
    w = (FRAME_X[1] - FRAME_X[0]) * SCALE
    x, y, _, h = box
    tint = (f'<rect class="hh-fig-panel-{kind}" x="{num(float(x) + dx * SCALE)}" y="{y}" '
            f'width="{num(w)}" height="{h}" rx="6"/>')
    defs, content = panel(pose, uid, dx, box, (), mark_names, kind, label_items)
    return defs, (f'<g class="hh-fig-on-{kind}">{tint}{ground(dx)}{content}'
                  f'{badge(kind, top + TOP_MARGIN, dx)}</g>')


def verdict_figure(pose: dict, kind: str, uid: str, title: str, top: float,
                   mark_names=(), label_items=()) -> str:
    """One side of a fault pair in its own SVG: the tinted panel, the badge,
    the body, and its marks and labels in the verdict's colour. `top` (H) is
    shared by both sides so they are drawn at the same scale. The root has
    the class hh-fig--fault or hh-fig--fix, which the page's CSS lays out."""
    box = viewbox([top])
    defs, content = _verdict_panel(pose, kind, uid, top, box, mark_names, label_items)
    side = "fault" if kind == FAULT else "fix"
    return svg(box, uid, title, defs, content, STYLE + verdict_style(),
               classes=f"hh-fig hh-fig--{side}")


def pair_top(fault: dict, fix: dict) -> float:
    """The height both sides of a pair share: the taller body, and room for
    the badge above the lower one's head."""
    return max(top_of(fault), top_of(fix)) + BADGE_H * 0.6


# A strip of poses side by side, numbered: narrower panels than a figure's.
STRIP_FRAME = (-0.24, 0.34)


def number(n: int, dx: float, top: float) -> str:
    """The step's number in a circle at the panel's top-left."""
    cx, cy, r = STRIP_FRAME[0] + 0.065, top - 0.022, 0.058
    return (circle((cx, cy), r, dx, ' class="hh-fig-num"')
            + f'<text class="hh-fig-num-text" x="{num((cx + dx) * SCALE)}" y="{num(-(cy - 0.032) * SCALE)}" '
              f'text-anchor="middle">{n}</text>')


def strip(poses_, uid: str, title: str, mark_names=()) -> str:
    """Poses side by side in one SVG, each numbered, on one floor. mark_names
    is one tuple of marks per pose."""
    step = STRIP_FRAME[1] - STRIP_FRAME[0]
    top = max(top_of(p) for p in poses_) + 0.07
    box = viewbox([top], panels=len(poses_), frame=STRIP_FRAME)
    defs, content = [], []
    for i, pose in enumerate(poses_):
        d, c = panel(pose, f"{uid}-p{i}", i * step, box, (), mark_names[i] if mark_names else ())
        defs.append(d)
        content.append(c + number(i + 1, i * step, top))
    ends = (STRIP_FRAME[0] + 0.02, 0), (STRIP_FRAME[0] + step * len(poses_) - 0.02, 0)
    floor = f'<path class="hh-fig-ground" d="{line(*ends)}"/>'
    # shown small: the marks drawn bolder than in a single figure
    style = (STYLE + ".hh-fig-accent{stroke-width:3.2}.hh-fig-halo{stroke-width:8}"
             f".hh-fig-num{{fill:var(--hh-figure-accent,{palette()['light']['accent']})}}"
             f".hh-fig-num-text{{fill:var(--hh-figure-bg,{PAGE_BG['light']});"
             "font:700 16px system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}")
    return svg(box, uid, title, "".join(defs), floor + "".join(content), style)


# --- The animated rep -------------------------------------------------------

STILL_OUTLINE = 0.007         # an outlined still's line (H): about 2.5 px on a phone


def outline_body(pose: dict, uid: str, box, grow: float = STILL_OUTLINE) -> tuple[str, str]:
    """(defs, element): the body's outline only, in the prop colour: the
    union of its capsules grown by `grow`, minus the capsules."""
    x, y, w, h = box
    area = f'x="{x}" y="{y}" width="{w}" height="{h}"'
    parts = capsules(pose)
    solid = "".join(_capsule(a, b, r, 0.0) for a, b, r in parts.values())
    grown = "".join(_capsule(a, b, r + grow, 0.0) for a, b, r in parts.values())
    defs = (f'<mask id="{uid}-edge" maskUnits="userSpaceOnUse" {area}>'
            f'<g fill="#fff" stroke="#fff" stroke-linecap="round">{grown}</g>'
            f'<g fill="#000" stroke="#000" stroke-linecap="round">{solid}</g></mask>')
    return defs, f'<rect class="hh-fig-prop-fill" {area} mask="url(#{uid}-edge)"/>'


# Which drawn part moves with which: a circle (pelvis, head) rides on the
# capsule it sits on.
RIGID = {"pelvis": "lumbar", "head": "neck"}


def _angle(a, b) -> float:
    """Direction of a->b on the page (y down), degrees clockwise from +x."""
    return degrees(atan2(-(b[1] - a[1]), b[0] - a[0]))


def rigid_transform(rest, now) -> tuple[float, float, float]:
    """(tx, ty, degrees) in SVG units that carry the segment `rest` (a, b in
    H) onto `now`: rotate about the SVG origin, then translate. Segments keep
    their length, so this is exact."""
    (a0, b0), (a1, b1) = rest, now
    turn = _angle(a1, b1) - _angle(a0, b0)
    c, s_ = cos(radians(turn)), sin(radians(turn))
    x0, y0 = a0[0] * SCALE, -a0[1] * SCALE
    x1, y1 = a1[0] * SCALE, -a1[1] * SCALE
    return x1 - (c * x0 - s_ * y0), y1 - (s_ * x0 + c * y0), (turn + 180.0) % 360.0 - 180.0


def _segment_ends(pose: dict) -> dict[str, tuple]:
    c = capsules(pose)
    return {n: (a, b) for n, (a, b, _) in c.items() if a != b}


def rep_animation(frames, waypoints, still, title: str, alternate: bool = False) -> str:
    """One hinge rep as a CSS animation that moves the body: each part
    (shin, thigh, trunk, neck and head, upper arm, forearm) is drawn once,
    in the pose of the last frame (the bottom), and keyframes carry it
    through every frame by a rotation and a shift. Between keyframes the
    browser interpolates, so the body moves; there is one body, never two.

    frames     poses, in order from standing to the bottom
    waypoints  [(seconds, frame index)], one loop from 0 to its length:
               where the body is at each moment; the loop should end where
               it starts, unless `alternate`: then the waypoints are the
               way there, and the browser plays them back for the way back
    still      frame indexes for the still picture for reduced motion and
               for print: the last drawn solid, the others before it as
               outlines in the prop colour (3:1 like the rest, which a
               faded copy is not), like a multiple-exposure photo of the rep

    Every animated element has the class `hh-anim`, so a page that inlines
    the SVG can pause it with `.hh-anim{animation-play-state:paused}`. Ids,
    classes and keyframes are prefixed `hh-rep-`. A renderer without CSS
    shows the moving body at rest (the bottom), on top of the stills'
    bottom frame, which it matches.
    """
    uid = "hh-rep"
    total = waypoints[-1][0]
    rest = frames[-1]
    tops = [top_of(p) for p in frames]
    box = viewbox(tops)
    x, y, w, h = box
    parts = capsules(rest)
    ends = [_segment_ends(f) for f in frames]
    moving = [n for n in parts if n != "foot" and n not in RIGID]
    css, groups, halos, arms = [], [], [], []
    for i, name in enumerate(moving):
        keys = []
        for t, f in waypoints:
            tx, ty, deg = rigid_transform(ends[-1][name], ends[f][name])
            keys.append(f"{num(t / total * 100)}%{{transform:translate({num(tx)}px,{num(ty)}px) "
                        f"rotate({num(deg)}deg)}}")
        css.append(f"@keyframes {uid}-k{i}{{{''.join(keys)}}}"
                   f".{uid}-s{i}{{animation:{uid}-k{i} {num(total)}s linear infinite"
                   f"{' alternate' if alternate else ''}}}")
        a, b, r = parts[name]
        shape = _capsule(a, b, r, 0.0) + "".join(
            circle(parts[c][0], parts[c][2]) for c, host in RIGID.items() if host == name)
        cls = f"hh-anim {uid}-s{i}"
        if name in ARM_PARTS:      # the arm's halo: a gap of page colour around it
            halos.append(f'<path class="{cls} hh-fig-halo" d="{line(a, b)}" '
                         f'stroke-width="{width(r + ARM_GAP)}"/>')
            arms.append(f'<g class="{cls}">{shape}</g>')
        else:
            groups.append(f'<g class="{cls}">{shape}</g>')
    foot = _capsule(*parts["foot"], 0.0)
    puppet = (f'<g class="{uid}-body hh-fig-body">{foot}{"".join(groups)}</g>'
              f'{"".join(halos)}<g class="hh-fig-body">{"".join(arms)}</g>')
    defs, stills = [], []
    for i in sorted(still):
        if i == max(still):
            d, content = panel(frames[i], f"{uid}-f{i}", 0.0, box)
        else:
            d, content = outline_body(frames[i], f"{uid}-f{i}", box)
        defs.append(d)
        stills.append(f'<g class="{uid}-frame {uid}-f{i}">{content}</g>')
    style = (STYLE + "".join(css)
             + f".{uid}-puppet *{{transform-origin:0 0;transform-box:view-box}}"
             + f".{uid}-stills{{display:none}}"
             + "".join(f"@media {media}{{.{uid}-puppet{{display:none}}.{uid}-puppet *{{animation:none}}"
                       f".{uid}-stills{{display:inline}}}}"
                       for media in ("(prefers-reduced-motion:reduce)", "print")))
    heel = marks(frames[0], ("heel_line",), ACCENT)
    return svg(box, uid, title, "".join(defs),
               ground() + heel + f'<g class="{uid}-stills">{"".join(stills)}</g>'
               + f'<g class="{uid}-puppet">{puppet}</g>', style)


# --- Where you should feel it ---------------------------------------------------
#
# Coloured shapes laid along the body's capsules, over a faded body: the
# hamstrings and glutes do the work (solid accent), the abdominals brace
# (light accent, dashed edge) and the lower back only holds still (prop
# colour, dashed edge). Each shape hugs the body's surface on one side of a
# segment's axis: its outer edge just outside the silhouette, its inner edge
# a little way in, tapering at both ends like a muscle belly.

def feel_style() -> str:
    c = palette()["light"]
    accent, prop = f"var(--hh-figure-accent,{c['accent']})", f"var(--hh-figure-prop,{c['prop']})"
    return (
        ".hh-feel-it-ghost{fill:currentColor;opacity:.16}"
        ".hh-feel-it-edge{fill:currentColor}"
        f".hh-feel-it-work{{fill:{accent};stroke:{accent};stroke-width:1;stroke-linejoin:round}}"
        f".hh-feel-it-brace{{fill:{accent};fill-opacity:.45;stroke:{accent};stroke-width:1.5;"
        "stroke-dasharray:3 2;stroke-linejoin:round}"
        f".hh-feel-it-still{{fill:{prop};fill-opacity:.25;stroke:{prop};stroke-width:1.8;"
        "stroke-dasharray:3 2;stroke-linejoin:round}"
        ".hh-feel-it-lead{stroke:currentColor;stroke-width:1;fill:none}"
    )


FEEL_STYLE = feel_style()
# The labels: (region, words, where the words sit (H), anchor). Each has a
# leader line from the words to the middle of its region.
FEEL_LABELS = (
    ("low_back", "Lower back: holds still", (-0.47, 0.78), "start"),
    ("glutes", "Glutes: work", (-0.47, 0.56), "start"),
    ("hamstrings", "Hamstrings: work", (-0.47, 0.2), "start"),
    ("abs", "Belly: braced", (0.38, 0.27), "end"),
)
TEXT_WIDTH = 0.025           # a label's average character width (H), for leader lines
OUTLINE = 0.0065              # the body's outline (H): full colour, so it meets 3:1


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
        "low_back": ("still", muscle(j["hip"], top, +1, trunk, 0.26, 0.86, 0.026, 0.012)),
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
    """The pose as a light silhouette with a full-colour outline, where the
    work is felt drawn on it, and each region named in words with a leader
    line. The silhouette is one shape (a mask of the capsules filled with
    currentColor), so a translucent text colour doesn't darken where parts
    overlap; the outline is the same mask grown by OUTLINE, minus the body.
    The near arm stays in front of the shapes, with the usual gap."""
    box = viewbox([top_of(pose)])
    x, y, w, h = box
    parts = capsules(pose)

    def caps(names, grow=0.0):
        return "".join(_capsule(a, b, r + grow, 0.0) for a, b, r in (parts[n] for n in names))
    rest = [n for n in parts if n not in ARM_PARTS]
    trunk, arm = caps(rest), caps(ARM_PARTS)
    cut = caps(ARM_PARTS, ARM_GAP)
    area = f'x="{x}" y="{y}" width="{w}" height="{h}"'
    white, black = 'fill="#fff" stroke="#fff" stroke-linecap="round"', 'fill="#000" stroke="#000" stroke-linecap="round"'
    defs = (f'<mask id="{uid}-body" maskUnits="userSpaceOnUse" {area}>'
            f'<g {white}>{trunk}</g><g {black}>{cut}</g><g {white}>{arm}</g></mask>'
            f'<mask id="{uid}-edge" maskUnits="userSpaceOnUse" {area}>'
            f'<g {white}>{caps(rest, OUTLINE)}</g><g {black}>{trunk}</g>'
            f'<g {black}>{caps(ARM_PARTS, ARM_GAP)}</g>'
            f'<g {white}>{caps(ARM_PARTS, OUTLINE)}</g><g {black}>{arm}</g></mask>'
            f'<mask id="{uid}-cut" maskUnits="userSpaceOnUse" {area}><rect {area} fill="#fff"/>'
            f'<g {black}>{cut}</g></mask>')
    regions = feel_regions(pose)
    shapes = "".join(f'<path class="hh-feel-it-{kind} hh-feel-it-{name.replace("_", "-")}" '
                     f'd="{outline(points)}"/>'
                     for name, (kind, points) in regions.items())
    words = []
    for name, text, at, anchor in FEEL_LABELS:
        target = _middle(regions[name][1])
        length = TEXT_WIDTH * len(text) + 0.015      # from the words' far end
        start = (at[0] + (length if anchor == "start" else -length), at[1] + 0.012)
        words.append(f'<path class="hh-feel-it-lead" d="{line(start, target)}"/>'
                     + circle(target, 0.008, 0.0, ' class="hh-fig-body"'))
        words.append(label(text, at, "body", anchor))
    return svg(box, uid, title, defs,
               ground() + f'<rect class="hh-feel-it-ghost" {area} mask="url(#{uid}-body)"/>'
               + f'<rect class="hh-feel-it-edge" {area} mask="url(#{uid}-edge)"/>'
               + f'<g mask="url(#{uid}-cut)">{shapes}</g>' + "".join(words), STYLE + FEEL_STYLE)
