"""The body seen from the front, for the one fault that shows from the
front: knees caving in.

The side-view model (figures/body.py) has no width. A front view keeps
every height a side view gives (it drops depth, as the side view drops
width), so a front pose names a side pose for its heights and adds what
only the front shows: how far apart the hips and feet are, how far the feet
turn out, and where the knees point. Each leg is solved in 3D: the hip and
ankle stay where the side pose puts them, the thigh and shin keep Winter's
lengths, and the knee swings about the line from hip to ankle, in toward the
other knee (the fault) or out over the second toe (the fix). Then the legs
are projected onto the frontal plane and drawn with the side figures'
capsules, colours, halos and labels, at their scale.

Above the legs the rest of the body keeps the side pose's heights too, so a
hinge reads from the front as a hinge: the trunk, tipped toward the viewer,
is foreshortened to a short, wide block, the head sits low in front of the
chest, and the arms hang straight from the shoulders, beside the legs,
where they leave the knees in sight.

Coordinates: u across, + to the viewer's right (the lifter faces the
viewer), and y up, both in body heights; `side` is -1 for the leg on the
viewer's left and +1 for the other.
"""

from __future__ import annotations

from collections.abc import Callable
from math import cos, hypot, radians, sin

from .body import RADIUS, SHANK, THIGH, TOE_X, joints, root_between
from .marks import labels as draw_labels
from .marks import mark_arrow, mark_path
from .poses import POSES as SIDE_POSES
from .poses import LazyPoses
from .silhouette import ARM_GAP, capsule
from .svg import ACCENT, SCALE, line, num

Point = tuple[float, float]
Vec = tuple[float, float, float]
Capsule = tuple[Point, Point, float]

# --- Widths (H), seen from the front ------------------------------------------
HIP_HALF = 0.05           # hip joints either side of the midline (our assumption)
STANCE_HALF = 0.075       # ankles: the feet about hip-width apart, as the setup asks
TURN_OUT = 12.0           # degrees each foot points outward (our assumption)
FOOT_WIDTH = 0.055        # across the toes: Winter, Figure 4.1
# Drawn thickness (our assumption, radius x H), as figures/body.py's RADIUS:
# each part one capsule, as in the side figures.
THIGH_R = 0.032
SHIN_R = 0.024
FOOT_R = 0.017
PELVIS_R = 0.05
PELVIS_UP = 0.02          # the pelvis's centre above the hip joints
LEGS = (-1, 1)
# Above the legs (our assumptions, x H, from the midline out): Winter's
# Figure 4.1 puts the shoulders 0.259 H across, so their joints sit a little
# inside half of it; the hands hang a little wider than the shoulders, clear
# of the knees however far out the knees track.
SHOULDER_HALF = 0.12
HAND_HALF = 0.15
BELLY_R = 0.06            # the trunk from the front: a band down the middle...
CHEST_HALF = 0.085        # ...under the chest, across the shoulders...
CHEST_R = 0.05
WAIST_HALF = 0.03         # ...and its sides tapering in to the hips
UPPER_ARM_R = 0.022
FOREARM_R = 0.019
HEAD_R = 0.058            # as the side view's head


# --- The pose ---------------------------------------------------------------

def _sub(a: Vec, b: Vec) -> Vec:
    return a[0] - b[0], a[1] - b[1], a[2] - b[2]


def _dot(a: Vec, b: Vec) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def _along(a: Vec, v: Vec, k: float) -> Vec:
    return a[0] + v[0] * k, a[1] + v[1] * k, a[2] + v[2] * k


def _norm(v: Vec) -> Vec:
    n = _dot(v, v) ** 0.5
    return v[0] / n, v[1] / n, v[2] / n


def _leg_3d(hinge: str, swing: float, side: int) -> dict[str, Vec]:
    """Hip, knee and ankle in 3D (x forward, y up, z = u): the knee on the
    circle where it keeps both segment lengths, `swing` degrees round from
    straight ahead toward the midline (negative: outward)."""
    j = joints(SIDE_POSES[hinge])
    hip = (j["hip"][0], j["hip"][1], side * HIP_HALF)
    ankle = (j["ankle"][0], j["ankle"][1], side * STANCE_HALF)
    axis = _sub(ankle, hip)
    d = _dot(axis, axis) ** 0.5
    e = _norm(axis)
    a = (THIGH ** 2 - SHANK ** 2 + d * d) / (2 * d)
    centre, rho = _along(hip, e, a), (THIGH ** 2 - a * a) ** 0.5
    ahead = _norm(_along((1.0, 0.0, 0.0), e, -e[0]))            # square to the axis
    inward = (0.0, 0.0, -float(side))
    inward = _norm(_along(_along(inward, e, -_dot(inward, e)), ahead, -_dot(inward, ahead)))
    s, c = sin(radians(swing)), cos(radians(swing))
    knee = (centre[0] + rho * (c * ahead[0] + s * inward[0]),
            centre[1] + rho * (c * ahead[1] + s * inward[1]),
            centre[2] + rho * (c * ahead[2] + s * inward[2]))
    return {"hip": hip, "knee": knee, "ankle": ankle}


def toe(side: int) -> Point:
    """The tip of the second toe on the floor, seen from the front."""
    return side * (STANCE_HALF + TOE_X * sin(radians(TURN_OUT))), 0.0


def leg_3d(pose: dict, side: int) -> dict[str, Vec]:
    """One leg's hip, knee and ankle before they are projected."""
    return _leg_3d(pose["hinge"], pose["swing"], side)


def leg(pose: dict, side: int) -> dict[str, Point]:
    """One leg seen from the front: hip, knee, ankle and second toe (u, y)."""
    seen = {name: (p[2], p[1]) for name, p in leg_3d(pose, side).items()}
    return {**seen, "toe": toe(side)}


def off_line(pose: dict, side: int) -> float:
    """How far the knee sits outside (+) or inside (-) the line from the hip
    to the second toe, across the picture (H), at the knee's height."""
    p = leg(pose, side)
    (hu, hy), (ku, ky), (tu, ty) = p["hip"], p["knee"], p["toe"]
    on_line = tu + (hu - tu) * (ky - ty) / (hy - ty)
    return side * (ku - on_line)


def over_toes(hinge: str) -> dict:
    """The fix: the knees swung until each sits on its hip-to-toe line."""
    swing = root_between(lambda s: off_line({"hinge": hinge, "swing": s}, 1), -60.0, 60.0)
    return {"hinge": hinge, "swing": swing}


# The side pose whose heights these take: the bottom of the hinge, hips back
# and knees softly bent. A pose is {"hinge": side pose, "swing": degrees}.
HINGE = "bottom"
POSES = LazyPoses({
    # The knees swung in until they almost touch, the feet where they were.
    "front_knees_in": lambda: {"hinge": HINGE, "swing": 50.0},
    "front_knees_over_toes": lambda: over_toes(HINGE),
})


# --- The body as capsules ---------------------------------------------------

def _foot(side: int) -> Capsule:
    """The foot end-on: from under the ankle out to the little toe's edge."""
    outer = abs(toe(side)[0]) + FOOT_WIDTH / 2 - FOOT_R
    return (side * (STANCE_HALF - 0.01), FOOT_R), (side * outer, FOOT_R), FOOT_R


def capsules(pose: dict) -> dict[str, Capsule]:
    """The drawn legs and pelvis: name -> (start, end, radius), as
    figures/body.py's capsules are, back to front."""
    out: dict[str, Capsule] = {}
    hips = []
    for side in LEGS:
        p = leg(pose, side)
        name = "left" if side < 0 else "right"
        out[f"{name}_foot"] = _foot(side)
        out[f"{name}_shin"] = (p["ankle"], p["knee"], SHIN_R)
        out[f"{name}_thigh"] = (p["knee"], p["hip"], THIGH_R)
        hips.append(p["hip"])
    (lu, ly), (ru, ry) = hips
    out["pelvis"] = ((lu + 0.01, ly + PELVIS_UP), (ru - 0.01, ry + PELVIS_UP), PELVIS_R)
    return {**out, **upper_body(pose)}


def upper_body(pose: dict) -> dict[str, Capsule]:
    """The trunk, arms and head seen from the front, at the side pose's
    heights, back to front: the head last, in front of the chest, as it is
    in a hinge."""
    j = joints(SIDE_POSES[pose["hinge"]])
    pelvis_y, shoulder_y = j["hip"][1] + PELVIS_UP, j["shoulder"][1]
    # the top of the trunk is the upper back, tipped up behind the head: as
    # high above the shoulder joints as the side view's thorax is thick
    chest_y = shoulder_y + RADIUS["thorax"] - CHEST_R
    out: dict[str, Capsule] = {
        "belly": ((0.0, pelvis_y), (0.0, chest_y), BELLY_R),
        "chest": ((-CHEST_HALF, chest_y), (CHEST_HALF, chest_y), CHEST_R),
        **{f"{'left' if side < 0 else 'right'}_flank":
           ((side * CHEST_HALF, chest_y), (side * WAIST_HALF, pelvis_y), CHEST_R) for side in LEGS},
    }
    for side in LEGS:
        name = "left" if side < 0 else "right"
        shoulder = (side * SHOULDER_HALF, shoulder_y)
        elbow = (side * (SHOULDER_HALF + HAND_HALF) / 2, j["elbow"][1])
        hand = (side * HAND_HALF, j["hand"][1])
        out[f"{name}_upper_arm"] = (shoulder, elbow, UPPER_ARM_R)
        out[f"{name}_forearm"] = (elbow, hand, FOREARM_R)
    head = (0.0, j["head"][1])
    return {**out, "head": (head, head, HEAD_R)}


# Drawn over the rest with a thin gap knocked out round them, as the side
# figures' arm is: the arms where they cross the chest, the head where it
# sits in front of it.
OVER = ("left_upper_arm", "left_forearm", "right_upper_arm", "right_forearm", "head")


def top_of(pose: dict) -> float:
    """The highest drawn point (H): the top of the head."""
    return max(max(a[1], b[1]) + r for a, b, r in capsules(pose).values())


def body(pose: dict, uid: str, dx: float, box: tuple[str, str, str, str]) -> tuple[str, str]:
    """(defs, elements): the legs and trunk in one group, then the arms and
    head over them. A thin gap is knocked out down the middle, so knees
    that touch still read as two, and round the arms and head, as round
    the side figures' arm."""
    x, y, w, h = box
    parts = capsules(pose)
    crotch = min(p[1] for p in (leg(pose, s)["hip"] for s in LEGS)) - PELVIS_R
    halos = "".join(capsule(a, b, r + ARM_GAP, dx) for a, b, r in (parts[n] for n in OVER))
    gap = (f'<mask id="{uid}-cut" maskUnits="userSpaceOnUse" x="{x}" y="{y}" width="{w}" '
           f'height="{h}"><rect x="{x}" y="{y}" width="{w}" height="{h}" fill="#fff"/>'
           f'<path stroke="#000" stroke-width="{num(2 * ARM_GAP * SCALE)}" '
           f'd="{line((0.0, 0.0), (0.0, crotch), dx)}"/>'
           f'<g stroke="#000" stroke-linecap="round">{halos}</g></mask>')
    under = "".join(capsule(a, b, r, dx) for n, (a, b, r) in parts.items() if n not in OVER)
    over = "".join(capsule(*parts[n], dx) for n in OVER)
    return gap, (f'<g class="hh-fig-body" mask="url(#{uid}-cut)">{under}</g>'
                 f'<g class="hh-fig-body">{over}</g>')


# --- Marks --------------------------------------------------------------------

MARKS: dict[str, Callable[[dict, str, float], str]] = {}


def mark(name: str):
    """Register the function below as the front-view mark called `name`; it
    is called with (pose, kind, dx)."""
    def register(draw_mark):
        if name in MARKS:
            raise ValueError(f"two front marks called {name!r}")
        MARKS[name] = draw_mark
        return draw_mark
    return register


@mark("knee_line")
def _knee_line(pose: dict, kind: str, dx: float) -> str:
    """Each leg's guide: a dashed line from the hip joint to the second toe,
    which the knee should sit on."""
    out = ""
    for side in LEGS:
        p = leg(pose, side)
        out += mark_path(line(p["hip"], p["toe"], dx), kind, dashed=True)
    return out


@mark("knees_in")
def _knees_in(pose: dict, kind: str, dx: float) -> str:
    """An arrow outside each knee, pointing in the way it has gone."""
    out = ""
    for side in LEGS:
        u, y = leg(pose, side)["knee"]
        start = u + side * (THIGH_R + 0.09)
        out += mark_arrow((start, y), (u + side * (THIGH_R + 0.03), y), kind, dx)
    return out


FLOOR_MARK_Y = -0.022     # a foot's marks sit just under the floor line, as the side's "weight" does


def _under_foot(side: int, start: float, end: float, kind: str, dx: float) -> str:
    """A bar under part of the foot's width (0 its inner edge, 1 its outer),
    just under the floor: where the weight presses."""
    (a, _), (b, _), r = _foot(side)
    inner, outer = a - side * r, b + side * r
    ends = ((inner + (outer - inner) * start, FLOOR_MARK_Y), (inner + (outer - inner) * end, FLOOR_MARK_Y))
    bar = f'class="hh-fig-{kind}" stroke-width="{num(BAR_STROKE)}" d='
    return mark_path(line(*ends, dx), kind, stroke=BAR_STROKE).replace(f'class="hh-fig-{kind}" d=', bar)


BAR_STROKE = 3.2          # as bold as the side figures' "stretch" mark


@mark("inside_edges")
def _inside_edges(pose: dict, kind: str, dx: float) -> str:
    """The weight on the inner edge of each foot: a bar under that edge only."""
    return "".join(_under_foot(side, 0.08, 0.4, kind, dx) for side in LEGS)


@mark("whole_feet")
def _whole_feet(pose: dict, kind: str, dx: float) -> str:
    """The weight across each foot, inner edge to outer: a bar under it all."""
    return "".join(_under_foot(side, 0.08, 0.92, kind, dx) for side in LEGS)


def marks(pose: dict, names, kind: str, dx: float = 0.0) -> str:
    """The named front-view marks, in the given colour (accent or fault)."""
    unknown = [name for name in names if name not in MARKS]
    if unknown:
        raise ValueError(f"unknown front mark {unknown[0]!r}: the marks are {sorted(MARKS)}")
    return "".join(MARKS[name](pose, kind, dx) for name in names)


def panel(pose: dict, uid: str, dx: float, box, props=(), mark_names=(), kind: str = ACCENT,
          label_items=()) -> tuple[str, str]:
    """(defs, elements) for one front pose with its marks and labels, as
    figures/draw.py's panel draws a side pose. A front view holds no props."""
    if props:
        raise ValueError(f"a front view draws no props (asked for {list(props)})")
    defs, legs = body(pose, uid, dx, box)
    return defs, legs + marks(pose, mark_names, kind, dx) + draw_labels(label_items, kind, dx)


def knee_gap(pose: dict) -> float:
    """The space between the knees (H): 0 when they touch."""
    (lu, _), (ru, _) = (leg(pose, s)["knee"] for s in LEGS)
    return ru - lu - 2 * THIGH_R


def leg_length_3d(pose: dict, side: int) -> tuple[float, float]:
    """(thigh, shin) as solved, before projecting: Winter's lengths."""
    p = leg_3d(pose, side)
    return (hypot(*_sub(p["knee"], p["hip"])), hypot(*_sub(p["ankle"], p["knee"])))

