"""The body drawn: capsules for the limbs, an arc for a rounding back, and
the knock-outs that keep an arm readable where it crosses the trunk."""

from __future__ import annotations

from .body import (
    RADIUS,
    Capsule,
    add,
    capsules,
    directions,
    joints,
    unit,
)
from .svg import (
    SCALE,
    circle,
    line,
    num,
    pt,
    width,
)

ARM_GAP = 0.012               # knocked out around the arm where it crosses the body
ARM_PARTS = ("upper_arm", "forearm")


def capsule(a, b, r, dx) -> str:
    """A round-ended stroke from a to b of radius r (a circle if a == b)."""
    if a == b:
        return circle(a, r, dx)
    return f'<path d="{line(a, b, dx)}" stroke-width="{width(r)}"/>'


def tapered(a, ra: float, b, rb: float, dx=0.0) -> str:
    """A part that narrows or widens from a (radius ra) to b (radius rb),
    filled: both round ends and the two lines tangent to them. Where two
    capsules of different widths meet, the wider one's round end stands out
    as a bump; drawn tapered, the outline runs on smoothly."""
    ux, uy = b[0] - a[0], b[1] - a[1]
    d = (ux * ux + uy * uy) ** 0.5
    ux, uy = ux / d, uy / d
    s = (ra - rb) / d                     # the tangents' tilt toward the narrower end
    c = (1 - s * s) ** 0.5
    # each tangent touches both circles at the same angle from their centres
    left, right = (ux * s - uy * c, uy * s + ux * c), (ux * s + uy * c, uy * s - ux * c)

    def at(p, r, e):
        return (p[0] + r * e[0], p[1] + r * e[1])
    # round each end clockwise, as it looks on the page (sweep 1); the wider
    # end's cap is more than half a turn
    big_b, big_a = int(rb > ra), int(ra > rb)
    return (f'<path d="M{pt(at(a, ra, left), dx)}L{pt(at(b, rb, left), dx)}'
            f'A{num(rb * SCALE)} {num(rb * SCALE)} 0 {big_b} 1 {pt(at(b, rb, right), dx)}'
            f'L{pt(at(a, ra, right), dx)}A{num(ra * SCALE)} {num(ra * SCALE)} 0 {big_a} 1 '
            f'{pt(at(a, ra, left), dx)}Z"/>')


# Drawn tapered (smooth_trunk, and the forearm in body) in place of their
# capsules, whose round ends stood out as bumps behind the seat, at the
# waist and at the elbow. The pelvis's circle lies inside its tapers.
TAPERED = ("pelvis", "lumbar", "thorax")


def smooth_trunk(parts, dx=0.0, grow: float = 0.0) -> str:
    """The trunk drawn tapered, so its outline runs smoothly where a wide
    part meets a narrow one: the pelvis runs on into the top of the thigh
    (whose round end stood out behind the seat), narrows to the waist, then
    widens to the chest, in place of the lumbar and thoracic capsules."""
    (pelvis, _, r_pelvis), (_, waist, _) = parts["pelvis"], parts["lumbar"]
    _, shoulder, r_thorax = parts["thorax"]
    hip, r_thigh = parts["thigh"][1], parts["thigh"][2]
    g, r_lumbar = grow, RADIUS["lumbar"]
    return (tapered(pelvis, r_pelvis + g, hip, r_thigh + g, dx)
            + tapered(pelvis, r_pelvis + g, waist, r_lumbar + g, dx)
            + tapered(waist, r_lumbar + g, shoulder, r_thorax + g, dx))


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


def arc_path(start, end, radius: float, dx=0.0) -> str:
    """SVG path of the minor arc of a circle of `radius` from start to end,
    bending backwards (the body faces +x): a flexed back's curve."""
    # sweep flag 1 is clockwise on the page (y down): from the pelvis up and
    # over the back to the shoulders of a person facing right
    return f'M{pt(start, dx)}A{num(radius * SCALE)} {num(radius * SCALE)} 0 0 1 {pt(end, dx)}'


def curved_trunk(pose: dict, dx=0.0, grow: float = 0.0) -> str:
    """The trunk as one thick arc from the pelvis to the shoulders, drawn
    over the capsules when the spine is rounded (see spine_arc)."""
    arc = spine_arc(pose)
    if arc is None:
        return ""
    c = capsules(pose)
    return (f'<path fill="none" d="{arc_path(c["pelvis"][0], c["thorax"][1], arc[1], dx)}" '
            f'stroke-width="{width(TRUNK_ARC_RADIUS + grow)}"/>')


def halo_mask(mask_id: str, parts, box, dx=0.0, gap: float = ARM_GAP) -> str:
    """A mask that knocks a thin gap (`gap`, H) out around `parts` (capsules)."""
    x, y, w, h = box
    cut = "".join(capsule(a, b, r + gap, dx) for a, b, r in parts)
    return (f'<mask id="{mask_id}" maskUnits="userSpaceOnUse" x="{x}" y="{y}" width="{w}" height="{h}">'
            f'<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="#fff"/>'
            f'<g stroke="#000" stroke-linecap="round">{cut}</g></mask>')


def shapes(pose: dict, dx: float = 0.0, grow: float = 0.0,
           parts: dict[str, Capsule] | None = None) -> tuple[str, str]:
    """(trunk, legs and head; the near arm, or "" where `parts` leave it
    out) as drawn, every part's radius `grow` (H) wider: 0 for the body
    itself, more for a band round it. `parts`, the capsules to draw, are the
    pose's unless given."""
    parts = capsules(pose) if parts is None else parts
    trunk = "".join(capsule(a, b, r + grow, dx) for n, (a, b, r) in parts.items()
                    if n not in ARM_PARTS and n not in TAPERED)
    trunk += smooth_trunk(parts, dx, grow) + curved_trunk(pose, dx, grow)
    if not all(n in parts for n in ARM_PARTS):
        return trunk, ""
    (shoulder, elbow, r_upper), (_, hand, r_fore) = parts["upper_arm"], parts["forearm"]
    arm = (capsule(shoulder, elbow, r_upper + grow, dx)
           + tapered(elbow, r_upper + grow, hand, r_fore + grow, dx))
    return trunk, arm


def outline_mask(mask_id: str, pose: dict, box, line_width: float, dx: float = 0.0) -> str:
    """A mask that lets through a band `line_width` (H) wide just outside
    the body's outline (the whole body's: trunk, legs, head and arm as one
    shape), and nothing inside it: a body drawn as an outline only."""
    x, y, w, h = box
    area = f'x="{x}" y="{y}" width="{w}" height="{h}"'
    return (f'<mask id="{mask_id}" maskUnits="userSpaceOnUse" {area}>'
            f'<g fill="#fff" stroke="#fff" stroke-linecap="round">{"".join(shapes(pose, dx, line_width))}</g>'
            f'<g fill="#000" stroke="#000" stroke-linecap="round">{"".join(shapes(pose, dx))}</g></mask>')


def body(pose: dict, uid: str, dx: float = 0.0, box=None, parts: dict[str, Capsule] | None = None,
         arm_gap: float = ARM_GAP) -> tuple[str, str]:
    """(defs, elements) for the body: trunk, legs and head in one group, then
    the near arm. A gap (`arm_gap`) is knocked out of the body around the
    arm so it stays readable where it crosses the thigh or the trunk. A
    rounded back is drawn as a smooth curve (curved_trunk). `parts`, the
    capsules to draw, are the pose's unless given (a close-up draws the head
    in profile, or leaves the arm out: then the body is one shape, no gap)."""
    parts = capsules(pose) if parts is None else parts
    trunk, arm = shapes(pose, dx, parts=parts)
    if not arm:
        return "", f'<g class="hh-fig-body">{trunk}</g>'
    defs = halo_mask(f"{uid}-cut", [parts[n] for n in ARM_PARTS], box, dx, arm_gap)
    return defs, (f'<g class="hh-fig-body" mask="url(#{uid}-cut)">{trunk}</g>'
                  f'<g class="hh-fig-body">{arm}</g>')


# The head drawn close (a close-up of the neck or the shoulders), in H. The
# whole body's head is a ball on the trunk's round top: enlarged, with the
# arm's gap below it, it read as a keyhole. Close, a face in profile shows
# which way the head looks and where the chin is, an eye where the gaze
# starts, and the trunk stops at the shoulders' line, so a neck shows
# between it and the head.
NECK_RADIUS = 0.03            # the neck as thick as it looks from the side
SHOULDER_DROP = 0.022         # the trunk's top this far below the shoulder joint
# The face's outline from the brow, down the nose, lips and chin, and back
# under the jaw to the neck: (forward, up) from the ear, along the head.
FACE = ((0.05, 0.03), (0.057, 0.008), (0.071, -0.012), (0.061, -0.02), (0.061, -0.033),
        (0.059, -0.04), (0.06, -0.056), (0.048, -0.068), (0.028, -0.064), (0.0, -0.03))
EYE = (0.038, 0.01)           # from the ear
EYE_RADIUS = 0.006


def _along(origin, deg: float, at) -> tuple[float, float]:
    """The point `at` (forward, up) from `origin` in the frame of a part
    pointing `deg` from vertical: forward is the way the body faces."""
    return add(add(origin, unit(deg + 90), at[0]), unit(deg), at[1])


def profile(pose: dict) -> dict[str, Capsule]:
    """The pose's capsules for a head drawn close (with face()): a neck
    that shows, the trunk's top at the shoulders' line."""
    parts = dict(capsules(pose))
    d, j = directions(pose), joints(pose)
    waist, _, r_thorax = parts["thorax"]
    parts["thorax"] = (waist, add(j["shoulder"], unit(d["thorax"]), -SHOULDER_DROP), r_thorax)
    parts["neck"] = (j["shoulder"], j["head"], NECK_RADIUS)
    return parts


def eye_at(pose: dict) -> tuple[float, float]:
    """Where the eye is, on a head drawn close (and where it would be on
    the whole body's plain head)."""
    return _along(joints(pose)["head"], directions(pose)["head"], EYE)


def face(pose: dict, dx=0.0) -> str:
    """The face in profile on a head drawn close, and its eye: a dot of the
    page's colour."""
    head, deg = joints(pose)["head"], directions(pose)["head"]
    outline = "M" + "L".join(pt(_along(head, deg, p), dx) for p in FACE) + "Z"
    return (f'<path class="hh-fig-body" d="{outline}"/>'
            + circle(eye_at(pose), EYE_RADIUS, dx, ' class="hh-fig-eye"'))
