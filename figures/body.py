"""A 2D side-view body model: a person facing right (+x), y up, feet flat.

Lengths are fractions of body height H and masses fractions of body mass M,
so only proportions matter (H = 1 here; the drawing scales it). The numbers
come from D. A. Winter, *Biomechanics and Motor Control of Human Movement*,
4th ed., Wiley, 2009: segment lengths from Figure 4.1 and segment masses and
centre-of-mass positions from Table 4.1. Anything not in Winter (the
thickness of each part as drawn, where the heel sits behind the ankle) is
marked as our assumption.

A pose is a dict of joint angles in degrees:

    ankle     shin tilt from vertical, + = knee ahead of the ankle
    knee      knee flexion, 0 = straight leg
    hip       hip flexion: trunk (lumbar part) forward of the thigh's line
    spine     flexion between the lumbar and the thoracic part, + = rounding
    neck      head forward of the thoracic line, + = chin towards chest
    shoulder  arm forward of the trunk's line (0 = arm along the trunk)
    elbow     elbow flexion, 0 = straight arm (as seen from the side)

Optional keys: "kneeling" (shins on the floor instead of feet flat, rung 0),
"heel_lift" (degrees: the heel rises, the foot turning about the ball while
the toes stay flat, as when the weight tips onto the toes),
"load" ({"kind": ..., "kg": ...}, carried at the hands) and "forearm_reach"
(0 to 1, default 1: the forearm's length as seen from the side, shorter when
it points across the body, out of the picture plane, as when a hand holds a
stick against the small of the back). Seen from the side means projected
onto the side plane, which keeps every x, so the balance is still exact.

"far_arm" (optional, {"shoulder", "elbow", "upper_reach", "forearm_reach"}):
the far arm, when it is not in step with the near one (the broomstick drill:
one hand behind the neck, the other at the small of the back). Its angles
mean what the near arm's do; `upper_reach` foreshortens the upper arm as
`forearm_reach` does the forearm. Without it both arms move together.
"""

from __future__ import annotations

from math import acos, asin, atan2, cos, degrees, hypot, radians, sin

# --- Segment lengths, Winter Figure 4.1 (heights above the floor, x H) ------
ANKLE_HEIGHT = 0.039                    # ankle joint
KNEE_HEIGHT = 0.285
HIP_HEIGHT = 0.530                      # greater trochanter
SHOULDER_HEIGHT = 0.818                 # glenohumeral joint
EYE_HEIGHT = 0.936                      # used as the ear canal (head's COM)
FOOT_LENGTH = 0.152
SHANK = KNEE_HEIGHT - ANKLE_HEIGHT      # 0.246
THIGH = HIP_HEIGHT - KNEE_HEIGHT        # 0.245
TRUNK = SHOULDER_HEIGHT - HIP_HEIGHT    # 0.288, hip to shoulder
HEAD_REACH = EYE_HEIGHT - SHOULDER_HEIGHT  # 0.118, shoulder to ear canal
UPPER_ARM = 0.186
FOREARM = 0.146
GRIP = 0.050                            # wrist to the middle of the grip (hand 0.108)

# The trunk is split at T12-L1 into a lumbar part (Winter's "abdomen and
# pelvis") and a thoracic part ("thorax"). Winter gives no height for T12-L1;
# 0.548 of the hip-shoulder distance is where the two parts' centres of mass
# reproduce Winter's whole-trunk centre of mass (0.50 of its length).
LUMBAR = 0.548 * TRUNK
THORAX = TRUNK - LUMBAR

# Our assumption: the ankle sits a quarter of the foot length ahead of the heel.
HEEL_X = -0.25 * FOOT_LENGTH
TOE_X = HEEL_X + FOOT_LENGTH
BALL_X = HEEL_X + 0.75 * FOOT_LENGTH    # head of the 2nd metatarsal (assumed)

# --- Segment masses (fraction of M) and centre of mass, Winter Table 4.1 ----
# (mass, fraction of the segment from its proximal end). Limbs are counted
# twice: both legs and both arms move together in a side view.
FOOT = (0.0145, 0.50)        # lateral malleolus to head of metatarsal II
SHANK_M = (0.0465, 0.433)    # from the knee
THIGH_M = (0.100, 0.433)     # from the hip
LUMBAR_M = (0.281, 0.27)     # abdomen and pelvis, from T12-L1
THORAX_M = (0.216, 0.82)     # thorax, from C7-T1 (taken at the shoulder)
HEAD_M = (0.081, 1.0)        # head and neck: at the ear canal
UPPER_ARM_M = (0.028, 0.436)  # from the shoulder
FOREARM_M = (0.022, 0.682)   # forearm and hand, from the elbow (x forearm length)

# Model person for loads given in kilograms (the figures' stated loads).
BODY_MASS_KG = 70.0
HEIGHT_M = 1.75

# --- Drawn thickness (our assumption, radius x H): not part of the balance --
RADIUS = {
    "foot": 0.020, "shank": 0.028, "thigh": 0.040, "pelvis": 0.058,
    "lumbar": 0.046, "thorax": 0.058, "neck": 0.022, "head": 0.058,
    "upper_arm": 0.024, "forearm": 0.020,
}
PELVIS_UP = 0.025            # pelvis centre above the hip joint, along the trunk

# Carried loads: where the load's centre of mass sits relative to the grip,
# and its drawn size (x H). A 16 kg kettlebell's bell hangs below its handle;
# bar and dumbbell handles are in the hand. Plates are 450 mm across.
LOADS = {
    "kettlebell": {"drop": 0.100, "radius": 0.060},
    "dumbbell": {"drop": 0.0, "radius": 0.040},
    "barbell": {"drop": 0.0, "radius": 0.225 / HEIGHT_M},
}
BAR_RADIUS = 0.0125 / HEIGHT_M  # a 25 mm bar


def load_size(load: dict) -> tuple[float, float]:
    """(drop, radius) of a carried load: its kind's, scaled by the load's
    `size` (a heavier kettlebell is a bigger one: 1 is the 16 kg bell)."""
    dims = LOADS[load["kind"]]
    size = load.get("size", 1.0)
    return dims["drop"] * size, dims["radius"] * size

ANGLES = ("ankle", "knee", "hip", "spine", "neck", "shoulder", "elbow")

# Rough active ranges of motion, to keep every pose humanly possible. The
# spine extends up to 25 degrees (an arched back, as far as a beginner's
# low back goes when the chest is pushed up).
RANGE = {
    "ankle": (-20, 40), "knee": (0, 150), "hip": (-20, 135),
    "spine": (-25, 60), "neck": (-40, 50), "shoulder": (-50, 180),
    "elbow": (0, 145),
}


def unit(deg: float) -> tuple[float, float]:
    """Unit vector at `deg` from vertical-up, + leaning forward (+x)."""
    return sin(radians(deg)), cos(radians(deg))


def add(p, v, length=1.0):
    return p[0] + v[0] * length, p[1] + v[1] * length


def directions(pose: dict) -> dict[str, float]:
    """Absolute direction of every segment (degrees from vertical-up,
    + forward), each pointing away from the ankle."""
    shank = KNEEL_SHANK if pose.get("kneeling") else pose["ankle"]
    thigh = shank - pose["knee"]
    lumbar = thigh + pose["hip"]
    thorax = lumbar + pose["spine"]
    upper_arm = 180.0 + thorax - pose["shoulder"]
    return {
        "shank": shank, "thigh": thigh, "lumbar": lumbar, "thorax": thorax,
        "head": thorax + pose["neck"],
        "upper_arm": upper_arm, "forearm": upper_arm - pose["elbow"],
        **_far_directions(pose, thorax),
    }


def _far_directions(pose: dict, thorax: float) -> dict[str, float]:
    far = pose.get("far_arm")
    if not far:
        return {}
    upper = 180.0 + thorax - far["shoulder"]
    return {"far_upper_arm": upper, "far_forearm": upper - far["elbow"]}


# Rung 0 kneels: the shins lie on the floor with the knee just ahead of where
# the toes are when standing, and the feet point backwards, tops on the floor.
# The knee (as thick as the thigh) and the ankle (as thick as the shin) both
# touch the floor, so the shin rises a little toward the knee.
KNEEL_KNEE_X = 0.10
KNEEL_SHANK = 90.0 - degrees(asin((RADIUS["thigh"] - RADIUS["shank"]) / SHANK))


# A lifted heel turns the foot about the ball, at the height of the foot's
# drawn centre line, so the ball stays on the floor.
BALL_PIVOT = (BALL_X, RADIUS["foot"])


def heel_raised(point, lift: float):
    """Where a point of the foot (or the ankle) goes when the heel rises
    `lift` degrees, the foot turning about the ball (BALL_PIVOT)."""
    px, py = point[0] - BALL_PIVOT[0], point[1] - BALL_PIVOT[1]
    c, s = cos(radians(lift)), sin(radians(lift))
    return BALL_PIVOT[0] + px * c + py * s, BALL_PIVOT[1] - px * s + py * c


def joints(pose: dict) -> dict[str, tuple[float, float]]:
    """Forward kinematics from the ankle up: every joint's (x, y)."""
    d = directions(pose)
    if pose.get("kneeling"):
        ankle = (KNEEL_KNEE_X - SHANK * sin(radians(KNEEL_SHANK)), RADIUS["shank"])
        toe = (ankle[0] - TOE_X, 0.0)            # foot lies behind the ankle
        heel = (ankle[0], 0.0)                   # heel points up: no floor contact
    else:
        lift = pose.get("heel_lift", 0.0)
        ankle = heel_raised((0.0, ANKLE_HEIGHT), lift) if lift else (0.0, ANKLE_HEIGHT)
        heel = heel_raised((HEEL_X, 0.0), lift) if lift else (HEEL_X, 0.0)
        toe = (TOE_X, 0.0)
    knee = add(ankle, unit(d["shank"]), SHANK)
    hip = add(knee, unit(d["thigh"]), THIGH)
    waist = add(hip, unit(d["lumbar"]), LUMBAR)          # T12-L1
    shoulder = add(waist, unit(d["thorax"]), THORAX)
    head = add(shoulder, unit(d["head"]), HEAD_REACH)    # ear canal, head centre
    elbow = add(shoulder, unit(d["upper_arm"]), UPPER_ARM)
    reach = pose.get("forearm_reach", 1.0)
    wrist = add(elbow, unit(d["forearm"]), FOREARM * reach)
    hand = add(wrist, unit(d["forearm"]), GRIP * reach)
    out = {
        "heel": heel, "toe": toe, "ankle": ankle, "knee": knee, "hip": hip,
        "waist": waist, "shoulder": shoulder, "head": head,
        "elbow": elbow, "wrist": wrist, "hand": hand,
    }
    far = pose.get("far_arm")
    if far:
        f_elbow = add(shoulder, unit(d["far_upper_arm"]), UPPER_ARM * far.get("upper_reach", 1.0))
        f_reach = far.get("forearm_reach", 1.0)
        f_wrist = add(f_elbow, unit(d["far_forearm"]), FOREARM * f_reach)
        out.update(far_elbow=f_elbow, far_wrist=f_wrist,
                   far_hand=add(f_wrist, unit(d["far_forearm"]), GRIP * f_reach))
    return out


def support(pose: dict) -> tuple[float, float]:
    """The base of support along x: heel to toe, ball to toe with the heel
    lifted, or toes to knee when kneeling."""
    j = joints(pose)
    if pose.get("kneeling"):
        return j["toe"][0], j["knee"][0]
    if pose.get("heel_lift"):
        return BALL_X, j["toe"][0]
    return j["heel"][0], j["toe"][0]


def load_position(pose: dict):
    """Centre of mass of the carried load, or None."""
    load = pose.get("load")
    if not load:
        return None
    x, y = joints(pose)["hand"]
    return x, y - load_size(load)[0]


def lerp(a, b, f):
    """The point a fraction f of the way from a to b."""
    return a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f


def masses(pose: dict) -> list[tuple[float, tuple[float, float]]]:
    """(mass as fraction of M, centre of mass) for every part and the load."""
    j = joints(pose)
    ball = (j["ankle"][0] - BALL_X, 0.0) if pose.get("kneeling") else (BALL_X, 0.0)
    parts = [
        (2 * FOOT[0], lerp(j["ankle"], ball, FOOT[1])),
        (2 * SHANK_M[0], lerp(j["knee"], j["ankle"], SHANK_M[1])),
        (2 * THIGH_M[0], lerp(j["hip"], j["knee"], THIGH_M[1])),
        (LUMBAR_M[0], lerp(j["waist"], j["hip"], LUMBAR_M[1])),
        (THORAX_M[0], lerp(j["shoulder"], j["waist"], THORAX_M[1])),
        (HEAD_M[0], lerp(j["shoulder"], j["head"], HEAD_M[1])),
    ]
    arms = [("shoulder", "elbow", "wrist")]
    arms += [("shoulder", "far_elbow", "far_wrist")] if "far_elbow" in j else arms
    for shoulder, elbow, wrist in arms:      # each arm once, or the near arm twice
        parts += [(UPPER_ARM_M[0], lerp(j[shoulder], j[elbow], UPPER_ARM_M[1])),
                  (FOREARM_M[0], lerp(j[elbow], j[wrist], FOREARM_M[1]))]
    where = load_position(pose)
    if where is not None:
        parts.append((pose["load"]["kg"] / BODY_MASS_KG, where))
    return parts


def centre_of_mass(pose: dict) -> tuple[float, float]:
    """Whole-body centre of mass, including a carried load."""
    parts = masses(pose)
    total = sum(m for m, _ in parts)
    return (sum(m * p[0] for m, p in parts) / total,
            sum(m * p[1] for m, p in parts) / total)


def elbow_flexion(pose: dict) -> float:
    """True elbow flexion. The pose's "elbow" is the angle seen from the
    side; when the forearm points out of the picture plane (forearm_reach
    < 1) the real angle between upper arm and forearm is larger than 0 and
    follows from cos(true) = cos(seen) x reach."""
    seen = radians(pose["elbow"])
    return degrees(acos(max(-1.0, min(1.0, cos(seen) * pose.get("forearm_reach", 1.0)))))


def trunk_angle(pose: dict) -> float:
    """Hip-to-shoulder line from vertical, degrees, + = leaning forward."""
    j = joints(pose)
    dx = j["shoulder"][0] - j["hip"][0]
    dy = j["shoulder"][1] - j["hip"][1]
    return degrees(atan2(dx, dy))


Point = tuple[float, float]
Capsule = tuple[Point, Point, float]  # start, end, radius


def capsules(pose: dict) -> dict[str, Capsule]:
    """The drawn body as capsules: name -> (start, end, radius). A circle is a
    capsule whose ends coincide. Order is back to front for drawing."""
    j = joints(pose)
    d = directions(pose)
    r = RADIUS
    toes: dict[str, Capsule] = {}
    if pose.get("kneeling"):   # foot lies behind the ankle, top on the floor
        foot = ((j["toe"][0] + r["foot"], r["foot"]), (j["ankle"][0], r["foot"]))
    elif pose.get("heel_lift"):  # heel to ball lifted, the toes flat in front
        foot = (heel_raised((HEEL_X + r["foot"], r["foot"]), pose["heel_lift"]), BALL_PIVOT)
        toes = {"toes": (BALL_PIVOT, (TOE_X - r["foot"], r["foot"]), r["foot"])}
    else:
        foot = ((HEEL_X + r["foot"], r["foot"]), (TOE_X - r["foot"], r["foot"]))
    pelvis = add(j["hip"], unit(d["lumbar"]), PELVIS_UP)
    far: dict[str, Capsule] = {}
    if "far_elbow" in j:                      # the far arm, behind everything else
        far = {"far_upper_arm": (j["shoulder"], j["far_elbow"], r["upper_arm"]),
               "far_forearm": (j["far_elbow"], j["far_hand"], r["forearm"])}
    return {
        **far,
        "foot": (*foot, r["foot"]),
        **toes,
        "shank": (j["ankle"], j["knee"], r["shank"]),
        "thigh": (j["knee"], j["hip"], r["thigh"]),
        "pelvis": (pelvis, pelvis, r["pelvis"]),
        "lumbar": (j["hip"], j["waist"], r["lumbar"]),
        "thorax": (j["waist"], j["shoulder"], r["thorax"]),
        "neck": (j["shoulder"], j["head"], r["neck"]),
        "head": (j["head"], j["head"], r["head"]),
        "upper_arm": (j["shoulder"], j["elbow"], r["upper_arm"]),
        "forearm": (j["elbow"], j["hand"], r["forearm"]),
    }


def distance_to_segment(p, a, b) -> float:
    """Shortest distance from point p to the segment a-b."""
    ax, ay = b[0] - a[0], b[1] - a[1]
    length2 = ax * ax + ay * ay
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((p[0] - a[0]) * ax + (p[1] - a[1]) * ay) / length2))
    return hypot(p[0] - a[0] - t * ax, p[1] - a[1] - t * ay)


def rearmost_x(pose: dict) -> float:
    """x of the body's rearmost surface point (for the wall drill)."""
    return min(min(a[0], b[0]) - rad for a, b, rad in capsules(pose).values())


def lowest_y(pose: dict) -> float:
    """y of the body's lowest surface point: 0 means resting on the floor."""
    return min(min(a[1], b[1]) - rad for a, b, rad in capsules(pose).values())


def root_between(f, lo: float, hi: float, tolerance: float = 1e-9, steps: int = 100) -> float:
    """Root of f between lo and hi (f(lo) and f(hi) of opposite signs), to
    within `tolerance`, far finer than a figure draws (a hundredth of a
    unit). Brent's method (as scipy's brentq): secant and inverse quadratic
    steps where f is smooth, as the body's are, with a halving step
    whenever they stray, so it never does worse than halving. The pose
    solvers nest it three deep, so the evaluations it saves (about ten a
    root, not forty) are saved cubed."""
    a, b = lo, hi
    fa, fb = f(a), f(b)
    if fa * fb > 0:
        raise ValueError(f"no root between {lo} and {hi}")
    if fa == 0:
        return a
    if fb == 0:
        return b
    c, fc = a, fa          # c: the previous b, or the other end of the bracket
    d = e = b - a          # the last two steps
    for _ in range(steps):
        if fb * fc > 0:    # keep the root between b and c
            c, fc = a, fa
            d = e = b - a
        if abs(fc) < abs(fb):
            a, b, c = b, c, b
            fa, fb, fc = fb, fc, fb
        half = (c - b) / 2
        if abs(half) <= tolerance / 2 or fb == 0:
            return b
        if abs(e) >= tolerance / 2 and abs(fa) > abs(fb):
            s_ = fb / fa
            if a == c:     # secant
                p_, q_ = 2 * half * s_, 1 - s_
            else:          # inverse quadratic
                q_, r_ = fa / fc, fb / fc
                p_ = s_ * (2 * half * q_ * (q_ - r_) - (b - a) * (r_ - 1))
                q_ = (q_ - 1) * (r_ - 1) * (s_ - 1)
            if p_ > 0:
                q_ = -q_
            p_ = abs(p_)
            if 2 * p_ < min(3 * half * q_ - abs(tolerance / 2 * q_), abs(e * q_)):
                e, d = d, p_ / q_
            else:          # the step strays: halve instead
                d = e = half
        else:
            d = e = half
        a, fa = b, fb
        b += d if abs(d) > tolerance / 2 else (tolerance / 2 if half > 0 else -tolerance / 2)
        fb = f(b)
    return b


def back_normal(deg: float) -> tuple[float, float]:
    """Unit vector pointing out of the back of a segment at `deg`."""
    return unit(deg - 90.0)


def back_points(pose: dict) -> dict[str, tuple[float, float]]:
    """Points on the back surface where a stick along the back would touch:
    the sacrum (back of the pelvis), the upper back between the shoulder
    blades, and the back of the head; plus the small of the back."""
    c = capsules(pose)
    d = directions(pose)

    def out(centre, deg, radius):
        return add(centre, back_normal(deg), radius)

    pelvis, _, r_pelvis = c["pelvis"]
    waist, shoulder, r_thorax = c["thorax"]
    head, _, r_head = c["head"]
    return {
        "sacrum": out(pelvis, d["lumbar"], r_pelvis),
        "small_of_back": out(waist, d["lumbar"], RADIUS["lumbar"]),
        "upper_back": out(lerp(waist, shoulder, 0.5), d["thorax"], r_thorax),
        "head": out(head, d["head"], r_head),
    }


DOWEL_RADIUS = 0.008          # a broomstick, 28 mm across


def dowel_line(pose: dict) -> tuple[tuple[float, float], tuple[float, float]]:
    """Centre line of a stick lying on the back: it rests on the sacrum and
    the upper back, and runs from below the sacrum to above the head."""
    b = back_points(pose)
    (sx, sy), (ux, uy) = b["sacrum"], b["upper_back"]
    length = hypot(ux - sx, uy - sy)
    along = ((ux - sx) / length, (uy - sy) / length)
    out = (-along[1], along[0])          # left of "up the back" = away from the body
    low = add(add(b["sacrum"], along, -0.07), out, DOWEL_RADIUS)
    high = add(add(b["head"], along, 0.08), out, DOWEL_RADIUS)
    return low, high
