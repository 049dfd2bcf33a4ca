"""Render poses as small, theme-aware SVG strings.

Colours: the body is `currentColor`, so it takes the page's text colour when
the SVG is inlined; accents use CSS custom properties with fallbacks:
`--hh-figure-accent` (correct pose), `--hh-figure-fault` (fault) and
`--hh-figure-prop` (dowel, wall, weights, band). Loaded through <img>, an SVG
cannot see the page's CSS, so a `prefers-color-scheme: dark` rule scoped to
`svg.hh-fig:root` (which matches only when the SVG is its own document) sets
light-on-dark colours there. Every id is prefixed with the figure's slug, and
every class with `hh-`, so several figures can be inlined in one page.

Coordinates: the body model works in body heights (H = 1, y up); the SVG
uses centimetres of a 1.75 m person (y down), rounded to 0.1.
No text is drawn: the page's caption says what the figure shows.
"""

from __future__ import annotations

from html import escape
from math import atan2, degrees, hypot, pi, sin

from .body import (
    DOWEL_RADIUS, HEEL_X, LOADS, RADIUS, add, back_points, capsules,
    centre_of_mass, directions, distance_to_segment, dowel_line, joints,
    lerp, rearmost_x, unit,
)

SCALE = 175.0                 # SVG units (cm) per body height
FRAME_X = (-0.50, 0.40)       # every panel spans the same x range: same scale
GROUND_MARGIN = 0.05          # below the floor line
TOP_MARGIN = 0.04             # above the highest drawn point
ARM_GAP = 0.012               # knocked out around the arm where it crosses the body

ACCENT, FAULT = "accent", "fault"

STYLE = (
    ".hh-fig-body{fill:currentColor;stroke:currentColor;stroke-linecap:round}"
    ".hh-fig-ground{stroke:currentColor;stroke-width:1.2;opacity:.45}"
    ".hh-fig-prop{stroke:var(--hh-figure-prop,#8a8a8a);fill:none;stroke-linecap:round}"
    ".hh-fig-prop-fill{fill:var(--hh-figure-prop,#8a8a8a)}"
    ".hh-fig-accent{stroke:var(--hh-figure-accent,#00695c);fill:none;"
    "stroke-width:1.6;stroke-linecap:round;stroke-linejoin:round}"
    ".hh-fig-fault{stroke:var(--hh-figure-fault,#b0245a);fill:none;"
    "stroke-width:1.6;stroke-linecap:round;stroke-linejoin:round}"
    ".hh-fig-dash{stroke-dasharray:3 3}"
    "@media (prefers-color-scheme:dark){svg.hh-fig:root{color:#e6e6e6;"
    "--hh-figure-accent:#4db6ac;--hh-figure-fault:#f48fb1;--hh-figure-prop:#9e9e9e}}"
)


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

def ground(dx=0.0) -> str:
    return f'<path class="hh-fig-ground" d="{line((FRAME_X[0] + 0.02, 0), (FRAME_X[1] - 0.02, 0), dx)}"/>'


def dowel(pose: dict, dx=0.0) -> str:
    """A stick on the back through sacrum, upper back and back of the head,
    with the three contact points circled."""
    low, high = dowel_line(pose)
    b = back_points(pose)
    stick = f'<path class="hh-fig-prop" stroke-width="{width(DOWEL_RADIUS)}" d="{line(low, high, dx)}"/>'
    return stick + "".join(circle(b[p], 0.018, dx, ' class="hh-fig-accent"')
                           for p in ("sacrum", "upper_back", "head"))


WALL_HEIGHT = 0.78


def wall(x: float, dx=0.0) -> str:
    """A wall whose face is at x (H), drawn behind it."""
    t = 0.012
    return f'<path class="hh-fig-prop" stroke-width="{width(t)}" stroke-linecap="butt" d="{line((x - t, 0), (x - t, WALL_HEIGHT), dx)}"/>'


def load(pose: dict, dx=0.0) -> tuple[str, str]:
    """(behind the body, in front) for a carried weight."""
    kind = pose["load"]["kind"]
    hand = joints(pose)["hand"]
    r = LOADS[kind]["radius"]
    if kind == "kettlebell":
        # Between the feet is beside the near foot in a side view: the bell is
        # see-through with a solid outline, so the foot and shin show through it.
        bell = (hand[0], hand[1] - LOADS[kind]["drop"])
        handle = (f'M{pt((hand[0] - 0.035, bell[1] + 0.03), dx)}'
                  f'C{pt((hand[0] - 0.04, hand[1] + 0.015), dx)} {pt((hand[0] + 0.04, hand[1] + 0.015), dx)} '
                  f'{pt((hand[0] + 0.035, bell[1] + 0.03), dx)}')
        return "", (f'<path class="hh-fig-prop" stroke-width="3" d="{handle}"/>'
                    + circle(bell, r, dx, ' class="hh-fig-prop hh-fig-prop-fill" fill-opacity=".3" stroke-width="2.5"'))
    if kind == "dumbbell":         # the near dumbbell's head, end on
        return "", circle(hand, r, dx, ' class="hh-fig-prop hh-fig-prop-fill" fill-opacity=".35" stroke-width="2"')
    # barbell: the near plate (see-through, so the legs stay visible) and the sleeve
    return "", (circle(hand, r, dx, ' class="hh-fig-prop" stroke-width="2.5"')
                + circle(hand, 0.022, dx, ' class="hh-fig-prop-fill"'))


BAND_ANCHOR = (-0.46, 0.07)


def band(pose: dict, dx=0.0) -> str:
    """A band from the hands, back between the legs, to a low anchor (a post)."""
    hand = joints(pose)["hand"]
    ax, ay = BAND_ANCHOR
    post = f'<path class="hh-fig-prop" stroke-width="{width(0.014)}" stroke-linecap="butt" d="{line((ax - 0.016, 0), (ax - 0.016, 0.22), dx)}"/>'
    return post + f'<path class="hh-fig-prop" stroke-width="2" d="{line(hand, (ax, ay), dx)}"/>'


# --- Marks: what a coach would point at ------------------------------------

def _cls(kind: str, dashed: bool = False) -> str:
    return f'hh-fig-{kind}' + (" hh-fig-dash" if dashed else "")


def mark_back(pose: dict, kind: str, dx=0.0) -> str:
    """A line just off the back from sacrum to shoulders: straight for a flat
    back; for a rounded back (spine_arc), an arc around the drawn curve."""
    off = 0.035
    arc = spine_arc(pose)
    if arc is not None:
        centre, radius = arc
        c = capsules(pose)
        ends = []
        for p in (c["pelvis"][0], c["thorax"][1]):
            n = hypot(p[0] - centre[0], p[1] - centre[1])
            ends.append(add(centre, ((p[0] - centre[0]) / n, (p[1] - centre[1]) / n),
                            radius + TRUNK_ARC_RADIUS + off))
        return f'<path class="{_cls(kind)}" d="{_arc(*ends, radius + TRUNK_ARC_RADIUS + off, dx)}"/>'
    b = back_points(pose)
    c = capsules(pose)
    d = directions(pose)
    start = add(b["sacrum"], unit(d["lumbar"] - 90), off)
    middle = add(add(c["thorax"][0], unit(d["lumbar"] - 90), RADIUS["thorax"]), unit(d["lumbar"] - 90), off)
    end = add(add(c["thorax"][1], unit(d["thorax"] - 90), RADIUS["thorax"]), unit(d["thorax"] - 90), off)
    control = (2 * middle[0] - (start[0] + end[0]) / 2, 2 * middle[1] - (start[1] + end[1]) / 2)
    return f'<path class="{_cls(kind)}" d="M{pt(start, dx)}Q{pt(control, dx)} {pt(end, dx)}"/>'


def mark_vertical(x: float, y0: float, y1: float, kind: str, dx=0.0) -> str:
    """A dashed plumb line at x (H) from y0 to y1."""
    return f'<path class="{_cls(kind, True)}" d="{line((x, y0), (x, y1), dx)}"/>'


def mark_arrow(start, end, kind: str, dx=0.0) -> str:
    """An arrow from start to end (H)."""
    vx, vy = end[0] - start[0], end[1] - start[1]
    n = (vx * vx + vy * vy) ** 0.5
    ux, uy = vx / n, vy / n
    size = 0.022
    left = (end[0] - size * (ux - uy * 0.7), end[1] - size * (uy + ux * 0.7))
    right = (end[0] - size * (ux + uy * 0.7), end[1] - size * (uy - ux * 0.7))
    return (f'<path class="{_cls(kind)}" d="{line(start, end, dx)}'
            f'M{pt(left, dx)}L{pt(end, dx)}L{pt(right, dx)}"/>')


def mark_com(pose: dict, kind: str, dx=0.0) -> str:
    """The centre of mass, with a plumb line to the floor."""
    x, y = centre_of_mass(pose)
    return (f'<path class="{_cls(kind, True)}" d="{line((x, y - 0.02), (x, 0.0), dx)}"/>'
            + circle((x, y), 0.02, dx, f' class="{_cls(kind)}"')
            + circle((x, y), 0.007, dx, ' class="hh-fig-body"'))


def marks(pose: dict, names, kind: str, dx=0.0) -> str:
    """The named marks for one pose, in the given colour (accent or fault)."""
    j = joints(pose)
    out = []
    for name in names:
        if name == "back":
            out.append(mark_back(pose, kind, dx))
        elif name == "heel_line":       # are the hips behind the heels?
            out.append(mark_vertical(HEEL_X, 0.0, 0.66, kind, dx))
        elif name == "shin_line":       # are the shins upright?
            out.append(mark_vertical(0.0, 0.0, 0.36, kind, dx))
        elif name == "plumb":           # ear over shoulder over hip over ankle?
            out.append(mark_vertical(0.0, 0.0, 1.0, kind, dx))
        elif name == "knees_forward":
            k = add(j["knee"], (1, 0), RADIUS["shank"] + 0.025)
            out.append(mark_arrow(k, add(k, (1, 0), 0.07), kind, dx))
        elif name == "hips_back":
            h = add(j["hip"], (-1, 0), RADIUS["pelvis"] + 0.05)
            out.append(mark_arrow(add(h, (1, 0), 0.06), h, kind, dx))
        elif name == "com":
            out.append(mark_com(pose, kind, dx))
        else:
            raise ValueError(f"unknown mark {name!r}")
    return "".join(out)


# --- Whole figures ----------------------------------------------------------

def top_of(pose: dict) -> float:
    return max(max(a[1], b[1]) + r for a, b, r in capsules(pose).values())


def panel(pose: dict, uid: str, dx: float, box, props=(), mark_names=(), kind=ACCENT) -> tuple[str, str]:
    """(defs, elements) for one pose with its props and marks, shifted by dx."""
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
    return defs, "".join(behind) + figure + "".join(front) + marks(pose, mark_names, kind, dx)


def viewbox(tops, panels: int = 1):
    """(x, y, w, h) in SVG units for `panels` side by side."""
    w = (FRAME_X[1] - FRAME_X[0]) * SCALE
    top = max(max(tops) + TOP_MARGIN, 0.0)
    return (num(FRAME_X[0] * SCALE), num(-top * SCALE), num(w * panels),
            num((top + GROUND_MARGIN) * SCALE))


def svg(box, uid: str, title: str, defs: str, content: str, style: str = STYLE) -> str:
    x, y, w, h = box
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="hh-fig" viewBox="{x} {y} {w} {h}" '
            f'role="img" aria-labelledby="{uid}-title">'
            f'<title id="{uid}-title">{escape(title)}</title><style>{style}</style>'
            f'<defs>{defs}</defs>{content}</svg>\n')


def figure(pose: dict, uid: str, title: str, props=(), mark_names=()) -> str:
    """One pose in one SVG."""
    tops = [top_of(pose)]
    if "wall" in props:
        tops.append(WALL_HEIGHT)
    if "dowel" in props:
        tops.append(dowel_line(pose)[1][1] + DOWEL_RADIUS)
    box = viewbox(tops)
    defs, content = panel(pose, uid, 0.0, box, props, mark_names, ACCENT)
    return svg(box, uid, title, defs, ground() + content)


VERDICT_SIZE = 0.11           # width and height of the cross and the tick (H)
VERDICT_WIDTH = 5.0           # their stroke width (SVG units)
VERDICT_AT = (0.305, 0.105)   # their centre in each panel (H): right of the feet, off the body


def verdict_box() -> tuple[float, float, float, float]:
    """(x0, y0, x1, y1) in body units of the cross or the tick in its panel,
    including half the stroke width."""
    cx, cy = VERDICT_AT
    half = VERDICT_SIZE / 2 + VERDICT_WIDTH / 2 / SCALE
    return cx - half, cy - half, cx + half, cy + half


def cross(dx=0.0) -> str:
    """A large ×, the fault's mark (shapes, no text)."""
    (cx, cy), h = VERDICT_AT, VERDICT_SIZE / 2
    return (f'<path class="hh-fig-fault hh-fig-verdict" stroke-width="{num(VERDICT_WIDTH)}" '
            f'd="{line((cx - h, cy + h), (cx + h, cy - h), dx)}{line((cx - h, cy - h), (cx + h, cy + h), dx)}"/>')


def tick(dx=0.0) -> str:
    """A large ✓, the fix's mark."""
    (cx, cy), h = VERDICT_AT, VERDICT_SIZE / 2
    return (f'<path class="hh-fig-accent hh-fig-verdict" stroke-width="{num(VERDICT_WIDTH)}" '
            f'd="M{pt((cx - h, cy + 0.05 * h), dx)}L{pt((cx - 0.3 * h, cy - 0.7 * h), dx)}'
            f'L{pt((cx + h, cy + h), dx)}"/>')


def fault_beside_fix(fault: dict, fix: dict, uid: str, title: str,
                     fault_marks=(), fix_marks=()) -> str:
    """Two panels in one SVG: the fault on the left (fault colour marks and a
    large cross beside its feet), the fix on the right (accent marks and a
    large tick)."""
    shift = FRAME_X[1] - FRAME_X[0]
    box = viewbox([top_of(fault), top_of(fix)], panels=2)
    d1, left = panel(fault, f"{uid}-l", 0.0, box, (), fault_marks, FAULT)
    d2, right = panel(fix, f"{uid}-r", shift, box, (), fix_marks, ACCENT)
    return svg(box, uid, title, d1 + d2, ground() + ground(shift) + left + right + cross() + tick(shift))


# --- The animated rep -------------------------------------------------------

def _opacity(t: float, slots, fade: float, total: float) -> float:
    """Opacity at time t of a frame shown in `slots` [(start, end)]. A frame
    fades in during the `fade` seconds before its slot and fades out during
    the `fade` seconds after it, so at every moment one frame is fully
    drawn (a brief double exposure, never a dimmed figure). The loop's start
    and end fall in the middle of a hold and have no fade."""
    value = 0.0
    for t0, t1 in slots:
        rise = 1.0 if t0 <= 0 else min(max((t - t0 + fade) / fade, 0.0), 1.0)
        fall = 1.0 if t1 >= total else min(max((t1 + fade - t) / fade, 0.0), 1.0)
        value = max(value, min(rise, fall))
    return value


def _keyframes(name: str, slots, fade: float, total: float) -> str:
    times = {0.0, total}
    for t0, t1 in slots:
        for t in (t0 - fade, t0, t1, t1 + fade):
            if 0 < t < total:
                times.add(round(t, 4))
    points = [(t, round(_opacity(t, slots, fade, total), 3)) for t in sorted(times)]
    # drop points in the middle of a flat stretch
    kept = [p for i, p in enumerate(points)
            if i in (0, len(points) - 1) or not (points[i - 1][1] == p[1] == points[i + 1][1])]
    steps = "".join(f"{num(t / total * 100)}%{{opacity:{num(v)}}}" for t, v in kept)
    return f"@keyframes {name}{{{steps}}}"


def rep_animation(frames, schedule, still, title: str, fade: float = 0.12) -> str:
    """One hinge rep as a CSS animation: one <g> per frame, cross-faded by
    opacity keyframes.

    frames    poses, in order from standing to the bottom
    schedule  [(frame index, seconds shown)], one loop; it should start and
              end on the same frame, mid-hold, so the loop has no seam
    still     {frame index: opacity} for the still picture

    Every animated group has the class `hh-anim`, so a page that inlines the
    SVG can pause it with `.hh-anim{animation-play-state:paused}`. Ids,
    classes and keyframes are prefixed `hh-rep-`.

    Reduced motion, and any renderer without CSS animation, get a still
    picture instead: each frame's `opacity` attribute draws the standing,
    halfway and bottom frames on top of each other, faint to solid, like a
    multiple-exposure photo of the rep. The reduced-motion rule only removes
    the animation; the attributes then show through.
    """
    uid = "hh-rep"
    total = sum(seconds for _, seconds in schedule)
    slots = {i: [] for i in range(len(frames))}
    t = 0.0
    for index, seconds in schedule:
        slots[index].append((t, t + seconds))
        t += seconds
    box = viewbox([top_of(p) for p in frames])
    defs, groups, css = [], [], []
    for i, pose in enumerate(frames):
        d, content = panel(pose, f"{uid}-f{i}", 0.0, box)
        defs.append(d)
        groups.append(f'<g class="hh-anim {uid}-frame {uid}-f{i}" opacity="{num(still.get(i, 0))}">{content}</g>')
        css.append(_keyframes(f"{uid}-k{i}", slots[i], fade, total)
                   + f".{uid}-f{i}{{animation:{uid}-k{i} {num(total)}s linear infinite}}")
    style = (STYLE + "".join(css)
             + f"@media (prefers-reduced-motion:reduce){{.{uid}-frame{{animation:none}}}}")
    heel = marks(frames[0], ("heel_line",), ACCENT)
    return svg(box, uid, title, "".join(defs), ground() + heel + "".join(groups), style)



# --- Where you should feel it ---------------------------------------------------
#
# Coloured shapes laid along the body's capsules, over a faded body: the
# hamstrings and glutes do the work (solid accent), the abdominals brace
# (light accent, dashed edge) and the lower back only holds still (prop
# colour, dashed edge). Each shape hugs the body's surface on one side of a
# segment's axis: its outer edge just outside the silhouette, its inner edge
# a little way in, tapering at both ends like a muscle belly.

FEEL_STYLE = (
    ".hh-feel-it-ghost{fill:currentColor;opacity:.3}"
    ".hh-feel-it-work{fill:var(--hh-figure-accent,#00695c);"
    "stroke:var(--hh-figure-accent,#00695c);stroke-width:1;stroke-linejoin:round}"
    ".hh-feel-it-brace{fill:var(--hh-figure-accent,#00695c);fill-opacity:.45;"
    "stroke:var(--hh-figure-accent,#00695c);stroke-width:1.5;stroke-dasharray:3 2;"
    "stroke-linejoin:round}"
    ".hh-feel-it-still{fill:var(--hh-figure-prop,#767676);fill-opacity:.25;"
    "stroke:var(--hh-figure-prop,#767676);stroke-width:1.8;"
    "stroke-dasharray:3 2;stroke-linejoin:round}"
)

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


def feel_it(pose: dict, uid: str, title: str) -> str:
    """The pose as a faded silhouette with where the work is felt drawn on
    it. The silhouette is one shape (a mask of the capsules filled with
    currentColor), so a translucent text colour doesn't darken where parts
    overlap. The near arm stays in front of the shapes, with the usual gap."""
    box = viewbox([top_of(pose)])
    x, y, w, h = box
    parts = capsules(pose)
    trunk = "".join(_capsule(a, b, r, 0.0) for n, (a, b, r) in parts.items() if n not in ARM_PARTS)
    arm = "".join(_capsule(*parts[n], 0.0) for n in ARM_PARTS)
    cut = "".join(_capsule(a, b, r + ARM_GAP, 0.0) for a, b, r in (parts[n] for n in ARM_PARTS))
    area = f'x="{x}" y="{y}" width="{w}" height="{h}"'
    defs = (f'<mask id="{uid}-body" maskUnits="userSpaceOnUse" {area}>'
            f'<g fill="#fff" stroke="#fff" stroke-linecap="round">{trunk}</g>'
            f'<g fill="#000" stroke="#000" stroke-linecap="round">{cut}</g>'
            f'<g fill="#fff" stroke="#fff" stroke-linecap="round">{arm}</g></mask>'
            f'<mask id="{uid}-cut" maskUnits="userSpaceOnUse" {area}><rect {area} fill="#fff"/>'
            f'<g fill="#000" stroke="#000" stroke-linecap="round">{cut}</g></mask>')
    shapes = "".join(f'<path class="hh-feel-it-{kind} hh-feel-it-{name.replace("_", "-")}" '
                     f'd="{outline(points)}"/>'
                     for name, (kind, points) in feel_regions(pose).items())
    return svg(box, uid, title, defs,
               ground() + f'<rect class="hh-feel-it-ghost" {area} mask="url(#{uid}-body)"/>'
               + f'<g mask="url(#{uid}-cut)">{shapes}</g>', STYLE + FEEL_STYLE)
