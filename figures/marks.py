"""Marks: what a coach would point at on a pose (a line, an arrow, a ring),
in a registry by name, and the short labels beside them."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from math import acos, atan2, ceil, cos, degrees, hypot, radians, sin

from .body import (
    BALL_X,
    HEEL_X,
    RADIUS,
    TOE_X,
    add,
    back_points,
    capsules,
    centre_of_mass,
    directions,
    joints,
    lerp,
    load_size,
    unit,
)
from .silhouette import TRUNK_ARC_RADIUS, arc_path, eye_at, spine_arc
from .svg import (
    ACCENT,
    FRAME_X,
    MARK_STROKE,
    SCALE,
    circle,
    line,
    num,
    pt,
)

HALO = 2.6                    # SVG units of page colour either side of a mark
# A dashed guide line (a plumb line, the heel line) runs along or through the
# body: its halo is dashed too, and thinner, so the body shows between the
# dashes instead of being cut in two by a solid band.
DASHED_HALO = 0.8


def _cls(kind: str, dashed: bool = False) -> str:
    return f'hh-fig-{kind}' + (" hh-fig-dash" if dashed else "")


def mark_path(d: str, kind: str, dashed: bool = False, stroke: float = MARK_STROKE) -> str:
    """A mark's path over a halo of the page's colour, so it stays visible
    where it crosses the body. stroke: the mark's width, written on it
    where it isn't the style sheet's (MARK_STROKE); the halo follows it."""
    if dashed:
        halo = f'<path class="hh-fig-halo hh-fig-dash" stroke-width="{num(stroke + 2 * DASHED_HALO)}" d="{d}"/>'
    else:
        halo = f'<path class="hh-fig-halo" stroke-width="{num(stroke + 2 * HALO)}" d="{d}"/>'
    width = "" if stroke == MARK_STROKE else f' stroke-width="{num(stroke)}"'
    return halo + f'<path class="{_cls(kind, dashed)}"{width} d="{d}"/>'


def mark_back(pose: dict, kind: str, dx=0.0) -> str:
    """A line just off the back from sacrum to shoulders: straight for a flat
    back; for a rounded back (spine_arc), an arc around the drawn curve."""
    off = 0.03
    arc = spine_arc(pose)
    if arc is not None:
        centre, radius = arc
        c = capsules(pose)
        def on_arc(p):
            n = hypot(p[0] - centre[0], p[1] - centre[1])
            return add(centre, ((p[0] - centre[0]) / n, (p[1] - centre[1]) / n),
                       radius + TRUNK_ARC_RADIUS + off)

        ends = on_arc(c["pelvis"][0]), on_arc(c["thorax"][1])
        return mark_path(arc_path(*ends, radius + TRUNK_ARC_RADIUS + off, dx), kind)
    b = back_points(pose)
    c = capsules(pose)
    d = directions(pose)
    start = add(b["sacrum"], unit(d["lumbar"] - 90), off)
    middle = add(add(c["thorax"][0], unit(d["lumbar"] - 90), RADIUS["thorax"]), unit(d["lumbar"] - 90), off)
    end = add(add(c["thorax"][1], unit(d["thorax"] - 90), RADIUS["thorax"]), unit(d["thorax"] - 90), off)
    control = (2 * middle[0] - (start[0] + end[0]) / 2, 2 * middle[1] - (start[1] + end[1]) / 2)
    return mark_path(f"M{pt(start, dx)}Q{pt(control, dx)} {pt(end, dx)}", kind)


def mark_vertical(x: float, y0: float, y1: float, kind: str, dx=0.0) -> str:
    """A dashed plumb line at x (H) from y0 to y1."""
    return mark_path(line((x, y0), (x, y1), dx), kind, dashed=True)


def mark_arrow(start, end, kind: str, dx=0.0) -> str:
    """An arrow from start to end (H)."""
    vx, vy = end[0] - start[0], end[1] - start[1]
    n = (vx * vx + vy * vy) ** 0.5
    ux, uy = vx / n, vy / n
    size = 0.03
    left = (end[0] - size * (ux - uy * 0.7), end[1] - size * (uy + ux * 0.7))
    right = (end[0] - size * (ux + uy * 0.7), end[1] - size * (uy - ux * 0.7))
    return mark_path(f"{line(start, end, dx)}M{pt(left, dx)}L{pt(end, dx)}L{pt(right, dx)}", kind,
                     stroke=2.4)


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
    return (mark_path(line((HEEL_X, -0.022), (TOE_X, -0.022), dx), kind)
            + circle((x, -0.022), 0.014, dx, f' class="{_cls(kind)} hh-fig-dot"'))


def mark_contacts(pose: dict, kind: str, dx=0.0) -> str:
    """The foot's contact with the floor: heel, ball and toes, as dots."""
    return "".join(circle((x, 0.0), 0.012, dx, f' class="hh-fig-contact-{kind}"')
                   for x in (HEEL_X + 0.012, BALL_X, TOE_X - 0.008))


# The marks a figure can carry, by name: each draws one cue on a pose in the
# given colour (accent or fault). Add a mark by writing a function here with
# @mark("name"); figures name their marks in figures/catalogue.py (a fault
# pair's, in figures/__init__.py's FAULT_FIGURES, which the cards share).
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


@mark("rush")
def _rush(pose, j, kind, dx):  # speed lines trailing the upper body as it drops fast
    # Each line runs along the circle a point of the upper body travels
    # round the hips, from where it was a moment ago up to just behind it.
    hip = j["hip"]
    out = ""
    for point, end in ((j["head"], 14.0), (j["shoulder"], 22.0), (j["waist"], 32.0)):
        vx, vy = point[0] - hip[0], point[1] - hip[1]
        reach, angle = hypot(vx, vy), degrees(atan2(vx, vy))
        trail = [add(hip, unit(angle - end - 36.0 * k / 8), reach) for k in range(9)]
        out += mark_path("M" + "L".join(pt(p, dx) for p in trail), kind)
    return out


@mark("heel_up")
def _heel_up(pose, j, kind, dx):  # an arrow rising just behind the lifted heel
    x = j["heel"][0] - 0.03
    return mark_arrow((x, 0.0), (x, j["heel"][1] + 0.07), kind, dx)


MOTION_MIN = 0.06             # a motion arrow's least length (H): the shortest that reads
MOTION_GAP = 0.03             # its head stands this far (H) behind the buttocks


def motion_arrow(start: dict, end: dict, kind: str, dx=0.0) -> str:
    """Which way the hips moved from pose `start` (a ghost behind) to
    `end` (the body in front): an arrow at the height of the hips, just
    behind the buttocks, its head this side of the body in front, as
    long as the hips travelled, or MOTION_MIN where they moved less, so a
    small move still reads."""
    (sx, _), _, r = capsules(start)["pelvis"]
    (ex, ey), _, _ = capsules(end)["pelvis"]
    way = -1.0 if ex < sx else 1.0
    head = (ex - r - MOTION_GAP, ey)
    return mark_arrow((head[0] - way * max(abs(ex - sx), MOTION_MIN), ey), head, kind, dx)


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
    return (mark_path(line(kneecap, add(kneecap, unit(straight), radius + 0.03), dx), kind, dashed=True)
            + mark_path(line(kneecap, add(kneecap, unit(shin), radius + 0.03), dx), kind)
            + mark_path("M" + "L".join(pt(p, dx) for p in arc), kind))


@mark("leg_line")
def _leg_line(pose, j, kind, dx):  # a line down the front of the leg, bent where the knee is
    # Straight for a locked knee, a shallow ">" at the kneecap for a soft
    # one. It starts low on the thigh, below where the hands rest.
    d = directions(pose)
    gap = 0.018
    thigh = add(lerp(j["knee"], j["hip"], 0.4), unit(d["thigh"] + 90), RADIUS["thigh"] + gap)
    kneecap = add(j["knee"], unit((d["thigh"] + d["shank"]) / 2 + 90), RADIUS["thigh"] + gap)
    shin = add(lerp(j["knee"], j["ankle"], 0.75), unit(d["shank"] + 90), RADIUS["thigh"] + gap)
    return mark_path(f"M{pt(thigh, dx)}L{pt(kneecap, dx)}L{pt(shin, dx)}", kind)


@mark("elbow")
def _elbow(pose, j, kind, dx):  # a ring round the elbow
    return mark_path(_ring(j["elbow"], 0.045, dx), kind)


@mark("arm_line")
def _arm_line(pose, j, kind, dx):  # a straight line beside the arm, shoulder to hand
    side = unit(directions(pose)["upper_arm"] + 90)
    gap = RADIUS["upper_arm"] + 0.025
    return mark_path(line(add(j["shoulder"], side, gap), add(j["hand"], side, gap), dx), kind)


@mark("eyes")
def _eyes(pose, j, kind, dx):  # where the face points: an arrow from the eyes
    facing = directions(pose)["head"] + 90
    eye = add(j["head"], unit(facing), RADIUS["head"] + 0.015)
    return mark_arrow(eye, add(eye, unit(facing), 0.12), kind, dx)


@mark("lean")
def _lean(pose, j, kind, dx):  # a plumb line down from the back of the shoulders
    # Drawn with the "back" mark, from where that line ends at the
    # shoulders down to the floor: on a body leaning back, the back's line
    # leaves it at an angle, and the hips and heels end up in front of it.
    d = directions(pose)
    top = add(capsules(pose)["thorax"][1], unit(d["thorax"] - 90), RADIUS["thorax"] + 0.03)
    return mark_vertical(top[0], 0.0, top[1], kind, dx)


RISE = 0.09                   # length of an arrow up (H)


def _hips_rising(pose, j) -> tuple:
    """Where an arrow up beside the hips starts: behind the pelvis, below
    the hip joint's height."""
    pelvis = add(j["hip"], unit(directions(pose)["lumbar"]), 0.025)
    return pelvis[0] - RADIUS["pelvis"] - 0.04, pelvis[1] - RISE / 2


@mark("hips_up")
def _hips_up(pose, j, kind, dx):  # an arrow up behind the hips
    start = _hips_rising(pose, j)
    return mark_arrow(start, add(start, (0, 1), RISE), kind, dx)


@mark("rise_together")
def _rise_together(pose, j, kind, dx):  # arrows up behind the hips and above the shoulders, alike
    hips = _hips_rising(pose, j)
    shoulders = add(j["shoulder"], (0, 1), RADIUS["thorax"] + 0.03)
    return (mark_arrow(hips, add(hips, (0, 1), RISE), kind, dx)
            + mark_arrow(shoulders, add(shoulders, (0, 1), RISE), kind, dx))


@mark("load_line")
def _load_line(pose, j, kind, dx):  # a plumb line from the carried weight to the floor
    x, y = j["hand"]
    drop, radius = load_size(pose["load"])
    bottom = y - drop - radius
    return mark_vertical(x, 0.0, bottom - 0.015, kind, dx)


@mark("hands")
def _hands(pose, j, kind, dx):  # a ring round the hand on the thigh
    # round the whole hand, wrist to fingertips, with room inside: drawn
    # tight round the fingertips, its halo ran into the arm's gap, a white blob
    return mark_path(_ring(lerp(j["wrist"], j["hand"], 0.75), 0.052, dx), kind)


@mark("shoulders")
def _shoulders(pose, j, kind, dx):  # back and down
    s_ = j["shoulder"]
    return mark_arrow((s_[0] - 0.06, s_[1] + 0.07), (s_[0] - 0.115, s_[1] + 0.0), kind, dx)


# The brace's band: its half-axes across the trunk and along it (H), and the
# room left between the body and the band's far half where it goes behind.
BAND = (0.085, 0.028)
BAND_GAP = 0.006


@mark("brace")
def _brace(pose, j, kind, dx):  # a band round the middle
    return mark_path(_ellipse(lerp(j["hip"], j["waist"], 0.75), *BAND,
                              directions(pose)["lumbar"], dx), kind)


@mark("brace_wrapped")
def _brace_wrapped(pose, j, kind, dx):  # the same band, wrapped round the middle
    # The near half (the lower, as if seen a little from above) crosses in
    # front of the trunk; the far half goes behind it, so it shows only
    # either side. Close up, the band drawn whole over the body read as a
    # flat ring laid across it; on a whole body, small, the far half's ends
    # are too short to see, so the whole figures keep "brace".
    c = capsules(pose)
    centre, tilt = lerp(j["hip"], j["waist"], 0.75), directions(pose)["lumbar"]
    (pelvis, _, r_pelvis), waist = c["pelvis"], c["lumbar"][1]
    along = hypot(centre[0] - pelvis[0], centre[1] - pelvis[1]) / hypot(waist[0] - pelvis[0],
                                                                      waist[1] - pelvis[1])
    half = r_pelvis + (RADIUS["lumbar"] - r_pelvis) * along + BAND_GAP   # the trunk, drawn tapered
    hidden = degrees(acos(min(1.0, half / BAND[0])))   # the far half's part behind the trunk
    return (mark_path(_arc(centre, *BAND, tilt, 180, 360, dx), kind)
            + mark_path(_arc(centre, *BAND, tilt, 0, 90 - hidden, dx), kind)
            + mark_path(_arc(centre, *BAND, tilt, 90 + hidden, 180, dx), kind))


@mark("soft_belly")
def _soft_belly(pose, j, kind, dx):  # the belly pushed out: a bulge in front of the middle
    # The body model draws the trunk as a tube with no belly, so a soft
    # belly is drawn as the outline it would have: out from the lower ribs,
    # forward of the tube, and back in at the front of the pelvis.
    front = unit(directions(pose)["lumbar"] + 90)
    ribs = add(lerp(j["hip"], j["waist"], 1.1), front, RADIUS["lumbar"] + 0.012)
    pelvis = add(lerp(j["hip"], j["waist"], 0.2), front, RADIUS["pelvis"] + 0.008)
    bulge = add(lerp(pelvis, ribs, 0.5), front, 0.1)
    return mark_path(f"M{pt(ribs, dx)}Q{pt(bulge, dx)} {pt(pelvis, dx)}", kind)


def _bar_top(pose, j) -> float:
    """Just above a barbell's plates, held at the hands (H)."""
    return j["hand"][1] + load_size(pose["load"])[1] + 0.02


@mark("bar_line")
def _bar_line(pose, j, kind, dx):  # a plumb line through the bar, from the floor to over the plates
    return mark_vertical(j["hand"][0], 0.0, _bar_top(pose, j), kind, dx)


@mark("shin_gap")
def _shin_gap(pose, j, kind, dx):  # at the bar's height, from the front of the shin to the bar
    d = directions(pose)
    x, y = j["hand"]
    shank = unit(d["shank"])
    shin = add(add(j["ankle"], shank, (y - j["ankle"][1]) / shank[1]),
               (1, 0), RADIUS["shank"] / shank[1] + 0.006)
    return mark_path(line(shin, (x - 0.012, y), dx), kind, stroke=2.4)


GAZE_FROM = 0.045             # the gaze's arrow starts this far from the eye (H): past the nose


@mark("gaze")
def _gaze(pose, j, kind, dx):  # eyes on the floor 3 to 5 m ahead (22 degrees down)
    # the line from the eye (drawn on a head close up), shown from just
    # past the face
    eye = eye_at(pose)
    end = (FRAME_X[1] - 0.03, eye[1] - (FRAME_X[1] - 0.03 - eye[0]) * 0.40)
    return mark_arrow(lerp(eye, end, GAZE_FROM / hypot(end[0] - eye[0], end[1] - eye[1])), end,
                      kind, dx)


@mark("palms_slide")
def _palms_slide(pose, j, kind, dx):  # from the hand down the front of the thigh
    front = unit(directions(pose)["thigh"] + 90)
    return mark_arrow(add(j["hand"], front, 0.04),
                      add(lerp(j["knee"], j["hip"], 0.1), front, RADIUS["thigh"] + 0.04),
                      kind, dx)


@mark("stretch")
def _stretch(pose, j, kind, dx):  # along the back of the thigh
    back = unit(directions(pose)["thigh"] - 90)
    return mark_path(line(add(lerp(j["knee"], j["hip"], 0.15), back, RADIUS["thigh"] + 0.02),
                      add(lerp(j["knee"], j["hip"], 0.85), back, RADIUS["thigh"] + 0.02), dx),
                 kind, stroke=3.2)


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


def _arc(c, rx: float, ry: float, tilt: float, start: float, end: float, dx=0.0) -> str:
    """Part of an ellipse across a segment at `tilt` degrees from vertical
    (its rx across the segment, its ry along it), from angle `start` to
    `end` (degrees, 0 at the front end, 90 up the segment), as a path."""
    across, along = unit(tilt + 90), unit(tilt)
    steps = max(1, ceil((end - start) / 15))
    pts = [add(add(c, across, rx * cos(radians(a))), along, ry * sin(radians(a)))
           for a in (start + (end - start) * k / steps for k in range(steps + 1))]
    return "M" + "L".join(pt(p, dx) for p in pts)


LABEL_LINE = "1.14em"         # a label's line height: its font's, so a larger label keeps it


def label(text: str, at, kind: str = ACCENT, anchor: str = "start", dx=0.0) -> str:
    """A short label at `at` (H, the first line's baseline), in the mark's
    colour over a halo of the page's colour. A newline in `text` starts a
    second line under the first: one label stays one <text> element, which
    the page reads as one phrase (hinge_guide/inline_svg.py lists a pair's
    labels under it on a phone)."""
    x = num((at[0] + dx) * SCALE)
    first, *more = text.split("\n")
    lines = escape(first) + "".join(f'<tspan x="{x}" dy="{LABEL_LINE}">{escape(line)}</tspan>'
                                    for line in more)
    return (f'<text class="hh-fig-label hh-fig-label-{kind}" x="{x}" '
            f'y="{num(-at[1] * SCALE)}" text-anchor="{anchor}">{lines}</text>')


def labels(items, kind: str, dx=0.0) -> str:
    """Labels from (text, (x, y)[, anchor]) tuples."""
    return "".join(label(item[0], item[1], kind, item[2] if len(item) > 2 else "start", dx=dx)
                   for item in items)
