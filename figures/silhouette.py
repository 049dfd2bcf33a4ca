"""The body drawn: capsules for the limbs, an arc for a rounding back, and
the knock-outs that keep an arm readable where it crosses the trunk."""

from __future__ import annotations

from .body import (
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


def curved_trunk(pose: dict, dx=0.0) -> str:
    """The trunk as one thick arc from the pelvis to the shoulders, drawn
    over the capsules when the spine is rounded (see spine_arc)."""
    arc = spine_arc(pose)
    if arc is None:
        return ""
    c = capsules(pose)
    return (f'<path fill="none" d="{arc_path(c["pelvis"][0], c["thorax"][1], arc[1], dx)}" '
            f'stroke-width="{width(TRUNK_ARC_RADIUS)}"/>')


def halo_mask(mask_id: str, parts, box, dx=0.0) -> str:
    """A mask that knocks a thin gap (ARM_GAP) out around `parts` (capsules)."""
    x, y, w, h = box
    cut = "".join(capsule(a, b, r + ARM_GAP, dx) for a, b, r in parts)
    return (f'<mask id="{mask_id}" maskUnits="userSpaceOnUse" x="{x}" y="{y}" width="{w}" height="{h}">'
            f'<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="#fff"/>'
            f'<g stroke="#000" stroke-linecap="round">{cut}</g></mask>')


def body(pose: dict, uid: str, dx: float = 0.0, box=None) -> tuple[str, str]:
    """(defs, elements) for the body: trunk, legs and head in one group, then
    the near arm. A thin gap is knocked out of the body around the arm so it
    stays readable where it crosses the thigh or the trunk. A rounded back
    is drawn as a smooth curve (curved_trunk)."""
    parts = capsules(pose)
    trunk = "".join(capsule(a, b, r, dx) for n, (a, b, r) in parts.items() if n not in ARM_PARTS)
    trunk += curved_trunk(pose, dx)
    arm = "".join(capsule(*parts[n], dx) for n in ARM_PARTS)
    defs = halo_mask(f"{uid}-cut", [parts[n] for n in ARM_PARTS], box, dx)
    return defs, (f'<g class="hh-fig-body" mask="url(#{uid}-cut)">{trunk}</g>'
                  f'<g class="hh-fig-body">{arm}</g>')
