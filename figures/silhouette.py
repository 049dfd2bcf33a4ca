"""The body drawn: capsules for the limbs, an arc for a rounding back, and
the knock-outs that keep an arm readable where it crosses the trunk."""

from __future__ import annotations

from .body import (
    RADIUS,
    capsules,
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


def halo_mask(mask_id: str, parts, box, dx=0.0) -> str:
    """A mask that knocks a thin gap (ARM_GAP) out around `parts` (capsules)."""
    x, y, w, h = box
    cut = "".join(capsule(a, b, r + ARM_GAP, dx) for a, b, r in parts)
    return (f'<mask id="{mask_id}" maskUnits="userSpaceOnUse" x="{x}" y="{y}" width="{w}" height="{h}">'
            f'<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="#fff"/>'
            f'<g stroke="#000" stroke-linecap="round">{cut}</g></mask>')


def shapes(pose: dict, dx: float = 0.0, grow: float = 0.0) -> tuple[str, str]:
    """(trunk, legs and head; the near arm) as drawn, every part's radius
    `grow` (H) wider: 0 for the body itself, more for a band round it."""
    parts = capsules(pose)
    trunk = "".join(capsule(a, b, r + grow, dx) for n, (a, b, r) in parts.items()
                    if n not in ARM_PARTS and n not in TAPERED)
    trunk += smooth_trunk(parts, dx, grow) + curved_trunk(pose, dx, grow)
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


def body(pose: dict, uid: str, dx: float = 0.0, box=None) -> tuple[str, str]:
    """(defs, elements) for the body: trunk, legs and head in one group, then
    the near arm. A thin gap is knocked out of the body around the arm so it
    stays readable where it crosses the thigh or the trunk. A rounded back
    is drawn as a smooth curve (curved_trunk)."""
    parts = capsules(pose)
    trunk, arm = shapes(pose, dx)
    defs = halo_mask(f"{uid}-cut", [parts[n] for n in ARM_PARTS], box, dx)
    return defs, (f'<g class="hh-fig-body" mask="url(#{uid}-cut)">{trunk}</g>'
                  f'<g class="hh-fig-body">{arm}</g>')
