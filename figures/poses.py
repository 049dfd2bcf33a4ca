"""Named poses as joint-angle dicts (see body.py for what each angle means).

Each pose is built, not typed in: we choose the angles a coach would cue
(knee bend, trunk angle, spine and neck) and let a root finder find the one
angle that balances the body, so that the whole-body centre of mass, with
any carried load, sits where quiet standing keeps it: 42 % of the way from
heel to toe (`BALANCE_X`). The hands are placed the same way: resting on the
front of the legs, or reaching a bar or handle. So a correct hinge comes out
with its hips BEHIND the heels because that is what balance demands once
the trunk tips forward. The chosen angles were tuned by computing the
resulting shin angle, hip position and hand height (see the tests).

Loads are stated for the model person (70 kg, 1.75 m): a 16 kg kettlebell,
two 10 kg dumbbells, and a 40 kg barbell (a 20 kg bar with two 10 kg bumper
plates, 450 mm across, so it sits at standard height on the floor).
The band of the pull-through is treated as weightless and its pull is left
out of the balance: a band pulling backwards only makes balance easier.

Rung 0 is the kneeling hinge: the shins lie on the floor, so its base of
support runs from the toes (behind) to the knees, not heel to toe. It is the
one pose exempt from the feet-flat rule.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from functools import cache, wraps
from itertools import pairwise
from math import acos, atan2, cos, degrees, hypot, radians, tan

from .body import (
    ANKLE_HEIGHT,
    BALL_X,
    BAR_RADIUS,
    FOREARM,
    GRIP,
    HEEL_X,
    HEIGHT_M,
    KNEEL_SHANK,
    LOADS,
    RADIUS,
    TOE_X,
    UPPER_ARM,
    add,
    back_points,
    centre_of_mass,
    directions,
    distance_to_segment,
    dowel_line,
    joints,
    lerp,
    load_size,
    root_between,
    trunk_angle,
    unit,
)

MID_FOOT = (HEEL_X + TOE_X) / 2      # middle of the foot, where a bar sits
BALANCE_X = HEEL_X + 0.42 * (TOE_X - HEEL_X)  # where quiet stance keeps the weight
ARM = UPPER_ARM + FOREARM + GRIP     # shoulder to grip, arm straight


def com_x(pose: dict) -> float:
    return centre_of_mass(pose)[0]


def balanced(build, lo: float, hi: float, target: float = BALANCE_X) -> dict:
    """build(v) -> pose; find v in [lo, hi] that puts the centre of mass at
    `target` (x), and return that pose."""
    return build(root_between(lambda v: com_x(build(v)) - target, lo, hi))


# --- Hands ----------------------------------------------------------------

def leg_gap(pose: dict, point) -> float:
    """Signed clearance between `point` and the front surface of the leg
    (thigh or shank, whichever is nearer): + in front, 0 touching."""
    j = joints(pose)
    # the nearer segment; the shank on a tie, as it is listed first
    d, a, b, name = min(((distance_to_segment(point, a, b), a, b, name)
                         for a, b, name in ((j["ankle"], j["knee"], "shank"),
                                            (j["knee"], j["hip"], "thigh"))),
                        key=lambda found: found[0])
    # which side of the segment's line the point is on: + = in front (facing +x)
    side = (b[0] - a[0]) * (point[1] - a[1]) - (b[1] - a[1]) * (point[0] - a[0])
    return (d if side < 0 else -d) - RADIUS[name]


def hands_on_legs(pose: dict, radius: float = RADIUS["forearm"]) -> dict:
    """Swing the arms (shoulder angle) until the hands, or what they hold
    (`radius`), rest on the front of the legs."""
    def gap(s):
        p = dict(pose, shoulder=s)
        return leg_gap(p, joints(p)["hand"]) - radius
    hang = directions(pose)["thorax"]        # shoulder angle for a vertical arm
    try:
        return dict(pose, shoulder=root_between(gap, hang - 70, hang + 30))
    except ValueError:                       # legs out of reach: let the arms hang
        return dict(pose, shoulder=hang)


def hands_between_legs(pose: dict) -> dict:
    """Arms hanging straight down between the thighs (band pull-through):
    the grip on the thigh's centre line."""
    def gap(s):
        p = dict(pose, shoulder=s)
        return leg_gap(p, joints(p)["hand"]) + RADIUS["thigh"]
    hang = directions(pose)["thorax"]
    return dict(pose, shoulder=root_between(gap, hang - 70, hang + 30))


def point_arm_at(pose: dict, target) -> dict:
    """Straight arm pointing from the shoulder at `target`."""
    sx, sy = joints(pose)["shoulder"]
    arm = degrees(atan2(target[0] - sx, target[1] - sy))
    thorax = directions(pose)["thorax"]
    return dict(pose, elbow=0.0, shoulder=(180.0 + thorax - arm + 180.0) % 360.0 - 180.0)


def reach(pose: dict, target, var: str, lo: float, hi: float) -> dict:
    """Solve `var` so a straight arm just reaches `target`, and point it there."""
    def short(v):
        sx, sy = joints(dict(pose, **{var: v}))["shoulder"]
        return hypot(target[0] - sx, target[1] - sy) - ARM
    return point_arm_at(dict(pose, **{var: root_between(short, lo, hi)}), target)


def arm_ik(pose: dict, target) -> dict:
    """Two-link arm: shoulder and elbow angles that put the grip on `target`,
    elbow bending the natural way."""
    sx, sy = joints(pose)["shoulder"]
    lower = FOREARM + GRIP
    dist = min(hypot(target[0] - sx, target[1] - sy), UPPER_ARM + lower - 1e-9)
    # interior angle at the elbow, then elbow flexion = 180 - interior
    interior = degrees(acos((UPPER_ARM ** 2 + lower ** 2 - dist ** 2) / (2 * UPPER_ARM * lower)))
    offset = degrees(acos((UPPER_ARM ** 2 + dist ** 2 - lower ** 2) / (2 * UPPER_ARM * dist)))
    to_target = degrees(atan2(target[0] - sx, target[1] - sy))
    upper = to_target + offset          # elbow on the side that flexes it
    thorax = directions(pose)["thorax"]
    return dict(pose, shoulder=(180.0 + thorax - upper + 180.0) % 360.0 - 180.0,
                elbow=180.0 - interior)


# --- Building blocks ------------------------------------------------------

def hinge(trunk: float, knee: float, spine: float = 0.0, neck: float = 0.0,
          elbow: float = 8.0, hands=hands_on_legs, target: float = BALANCE_X,
          **extra) -> dict:
    """A standing pose with the lumbar part at `trunk` degrees from vertical,
    balanced over `target` by the shin angle; hands placed by `hands`."""
    def build(ankle):
        pose = {"ankle": ankle, "knee": knee, "hip": trunk - (ankle - knee),
                "spine": spine, "neck": neck, "shoulder": 0.0, "elbow": elbow, **extra}
        return hands(pose) if hands else pose
    return balanced(build, -25.0, 40.0, target)


# --- Hand placements that need the body's own geometry --------------------

# Where the far hand holds the stick: this far from the upper back's
# contact toward the head's.
NECK_GRIP = 0.4


def hold_dowel(pose: dict, back_swing: float = 8.0, far_shoulder: float = 93.0,
               far_upper_reach: float = 0.2, *, shoulder: float | None = None) -> dict:
    """Both hands hold the stick. The near hand holds it against the small of
    the back: the upper arm hangs `back_swing` degrees behind vertical, and
    the forearm, which reaches round behind the back, is foreshortened to
    meet the stick. The far hand holds it just behind the neck: that elbow
    points out to the side and down (`far_shoulder`, the upper arm
    foreshortened by `far_upper_reach` as it points out of the picture),
    so seen from the side it sits within the chest, behind it, and the
    forearm comes back up to the stick. (Raised beside the head, as it
    was, the elbow and the fist hid the head the stick must touch.) `shoulder` (as before the
    far arm was added) sets the near upper arm's angle directly instead of
    `back_swing`."""
    low, high = dowel_line(pose)
    b = back_points(pose)
    ax, ay = high[0] - low[0], high[1] - low[1]

    def on_stick(p):
        t = ((p[0] - low[0]) * ax + (p[1] - low[1]) * ay) / (ax * ax + ay * ay)
        return low[0] + t * ax, low[1] + t * ay

    grip = on_stick(b["small_of_back"])        # level with the small of the back
    d = directions(pose)
    if shoulder is None:
        # Reaching round to the small of the back, the upper arm lies along
        # the side of the trunk, pointing toward the hips, tipped
        # `back_swing` degrees toward the back: whatever the trunk's angle,
        # it never hangs below the chest.
        shoulder = -back_swing
    elbow = joints(dict(pose, shoulder=shoulder))["elbow"]
    forearm = degrees(atan2(grip[0] - elbow[0], grip[1] - elbow[1]))
    upper_arm = 180.0 + d["thorax"] - shoulder
    pose = dict(pose, shoulder=shoulder, elbow=(upper_arm - forearm) % 360.0,
                forearm_reach=hypot(grip[0] - elbow[0], grip[1] - elbow[1]) / (FOREARM + GRIP))
    # the far hand: on the stick behind the neck, between the upper back and
    # the head, nearer the back, so the fist stays clear of the head
    neck_grip = on_stick(lerp(b["upper_back"], b["head"], NECK_GRIP))
    far = {"shoulder": far_shoulder, "elbow": 0.0, "upper_reach": far_upper_reach}
    f_elbow = joints(dict(pose, far_arm=far))["far_elbow"]
    f_forearm = degrees(atan2(neck_grip[0] - f_elbow[0], neck_grip[1] - f_elbow[1]))
    f_upper = 180.0 + d["thorax"] - far_shoulder
    far.update(elbow=(f_upper - f_forearm) % 360.0,
               forearm_reach=hypot(neck_grip[0] - f_elbow[0], neck_grip[1] - f_elbow[1]) / (FOREARM + GRIP))
    return dict(pose, far_arm=far)


def hands_hanging(pose: dict, forward: float = 0.0) -> dict:
    """Arms hanging straight down from the shoulders (plumb), or swung
    `forward` degrees out in front of plumb."""
    return dict(pose, shoulder=directions(pose)["thorax"] + forward, elbow=0.0)


def waist_bend(knee: float, target: float, hands=hands_on_legs) -> dict:
    """Bending at the waist: the shins set so the hip stays over the ankle,
    and the trunk tipped until the weight reaches `target` (near the toes)."""
    def build(trunk):
        def hip_x(ankle):
            return joints({"ankle": ankle, "knee": knee, "hip": 0, "spine": 0, "neck": 0,
                           "shoulder": 0, "elbow": 0})["hip"][0]
        ankle = root_between(hip_x, -20.0, 30.0)
        return hands({"ankle": ankle, "knee": knee, "hip": trunk - (ankle - knee),
                      "spine": 0.0, "neck": 0.0, "shoulder": 0.0, "elbow": 8.0})
    return balanced(build, 0.0, 89.0, target)


KETTLEBELL = {"kind": "kettlebell", "kg": 16.0}
DUMBBELLS = {"kind": "dumbbell", "kg": 20.0}          # two 10 kg dumbbells
BARBELL = {"kind": "barbell", "kg": 40.0}             # 20 kg bar + two 10 kg plates
# Too big a jump: a 32 kg bell, drawn 1.3 times the 16 kg one's size.
HEAVY_KETTLEBELL = {"kind": "kettlebell", "kg": 32.0, "size": 1.3}


def kettlebell_grip(load: dict = KETTLEBELL) -> tuple[float, float]:
    """Where the hands hold a bell just off the floor between the feet: the
    bell 2 cm up, the handle on top."""
    drop, radius = load_size(load)
    return MID_FOOT, 0.02 / HEIGHT_M + radius + drop


KETTLEBELL_GRIP = kettlebell_grip()


def kettlebell_deadlift(knee: float, spine: float = 0.0, neck: float = 0.0,
                        load: dict = KETTLEBELL) -> dict:
    """Hands on a kettlebell handle between the feet: the hips (hip angle)
    set so straight arms reach it, the shins set for balance. `spine` and
    `neck` round the back and drop the head, as a bell too heavy does."""
    def build(ankle):
        pose = {"ankle": ankle, "knee": knee, "hip": 60.0, "spine": spine, "neck": neck,
                "shoulder": 0.0, "elbow": 0.0, "load": load}
        return reach(pose, kettlebell_grip(load), "hip", 0.0, 125.0)
    return balanced(build, -10.0, 35.0)


def solved(solve: Callable[..., dict]) -> Callable[..., dict]:
    """Cache a pose solver whose arguments are plain numbers: the solvers
    nest root finders, and one start pose was solved again inside every step
    of another solve. Each caller gets its own copy of the pose to change."""
    cached = cache(solve)

    @wraps(solve)
    def own_copy(*args: float, **kwargs: float) -> dict:
        return dict(cached(*args, **kwargs))
    return own_copy


@solved
def deadlift_start(ankle: float) -> dict:
    """Bar on the floor (plates 450 mm across), touching the shins tilted at
    `ankle`; straight arms reach it (hip angle) and the knee bend balances."""
    plate = LOADS["barbell"]["radius"]
    # the bar's x where it touches the front of the shin at plate height
    rise = plate - ANKLE_HEIGHT
    bar_x = rise * tan(radians(ankle)) + (RADIUS["shank"] + BAR_RADIUS) / cos(radians(ankle))
    bar = (bar_x, plate)

    def build(knee):
        pose = {"ankle": ankle, "knee": knee, "hip": 60.0, "spine": 0.0, "neck": 0.0,
                "shoulder": 0.0, "elbow": 0.0, "load": BARBELL}
        return reach(pose, bar, "hip", 0.0, 135.0)
    return balanced(build, 20.0, 110.0)


def deadlift_bar_ahead(ahead: float, ankle: float) -> dict:
    """A deadlift start with the bar on the floor `ahead` (H) in front of
    the middle of the foot, out over the toes and clear of the shins,
    tilted at `ankle`: straight arms reach it (hip angle) and the knee
    bend balances the body and the bar."""
    bar = (MID_FOOT + ahead, LOADS["barbell"]["radius"])

    def build(knee):
        pose = {"ankle": ankle, "knee": knee, "hip": 60.0, "spine": 0.0, "neck": 0.0,
                "shoulder": 0.0, "elbow": 0.0, "load": BARBELL}
        return reach(pose, bar, "hip", 0.0, 135.0)
    return balanced(build, 30.0, 95.0)


@solved
def deadlift_rise(knee: float, lift: float) -> dict:
    """Early in a deadlift: the bar `lift` (H) off the floor, straight up
    from where it started (rung 8), with straight arms reaching it (hip
    angle) and the knees at `knee`; the shins tilt for balance."""
    start = deadlift_start(ankle=15.0)
    x, y = joints(start)["hand"]

    def build(ankle):
        pose = {"ankle": ankle, "knee": knee, "hip": 60.0, "spine": 0.0, "neck": 0.0,
                "shoulder": 0.0, "elbow": 0.0, "load": BARBELL}
        return reach(pose, (x, y + lift), "hip", 0.0, 135.0)
    return balanced(build, -20.0, 40.0)


def deadlift_rise_together(lift: float) -> dict:
    """The same moment done well: hips and shoulders rise together, so the
    trunk keeps the angle it had at the start (the knee bend that does so)."""
    kept = trunk_angle(deadlift_start(ankle=15.0))
    return deadlift_rise(root_between(lambda k: trunk_angle(deadlift_rise(k, lift)) - kept, 20.0, 110.0), lift)


def kettlebell_curl(lift: float) -> dict:
    """The kettlebell deadlift's body (rung 5) with the elbows bent, as if
    curling the bell up: the hands `lift` (H) above the handle's place on
    the floor, still between the feet; the shins tilt for balance."""
    start = kettlebell_deadlift(knee=80.0)
    lumbar = start["ankle"] - start["knee"] + start["hip"]
    target = (KETTLEBELL_GRIP[0], KETTLEBELL_GRIP[1] + lift)

    def build(ankle):
        pose = dict(start, ankle=ankle, hip=lumbar - (ankle - start["knee"]))
        return arm_ik(pose, target)
    return balanced(build, -10.0, 35.0)


def kneeling_hinge(trunk: float, knee: float) -> dict:
    """Rung 0: kneeling, shins on the floor, hips pushed back toward the
    heels (knee flexion past 90), palms resting on the thighs."""
    pose = {"kneeling": True, "ankle": KNEEL_SHANK, "knee": knee, "hip": trunk - (KNEEL_SHANK - knee),
            "spine": 0.0, "neck": 0.0, "shoulder": 0.0, "elbow": 0.0}
    j = joints(pose)
    on_thigh = add(lerp(j["knee"], j["hip"], 0.45), unit(directions(pose)["thigh"] + 90),
                   RADIUS["thigh"] + RADIUS["forearm"])
    return arm_ik(pose, on_thigh)


# --- The poses ------------------------------------------------------------

class LazyPoses(Mapping[str, dict]):
    """Pose name -> pose, each solved the first time it is asked for.
    Solving balances a body over its feet; all of them take seconds, and
    the site's build only needs their names (to check a page's
    preview_figure), so it never pays for the bodies."""

    def __init__(self, recipes: dict[str, Callable[[], dict]]):
        self._recipes = recipes
        self._solved: dict[str, dict] = {}

    def __getitem__(self, name: str) -> dict:
        if name not in self._solved:
            self._solved[name] = self._recipes[name]()
        return self._solved[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._recipes)

    def __len__(self) -> int:
        return len(self._recipes)


# Poses more than one name shows, solved once.

standing = cache(lambda: hinge(trunk=0.0, knee=15.0))
straight_legs = cache(lambda: hinge(trunk=0.0, knee=3.0, hands=hands_hanging))  # before the setup
soft_knees = cache(lambda: hinge(trunk=0.0, knee=15.0, hands=hands_hanging))
mid_hinge = cache(lambda: hinge(trunk=25.0, knee=15.0))
bottom = cache(lambda: hinge(trunk=53.0, knee=18.0))

# Faults drawn mid-lift. LIFT_OFF: the bar this far (H, about 9 cm) off the
# floor, early in the pull. CURL: bent arms lift the kettlebell's handle
# this far (H, about 7 cm). DRIFT: a drifting weight's arms this many
# degrees in front of plumb, held out "like a crane's". BAR_AHEAD: a bar
# this far (H, about 13 cm) in front of the middle of the foot, over the toes.
LIFT_OFF = 0.05
TOP_KNEE = 4.0  # degrees: "hips and knees straight" at the top of a lift, not locked
HEEL_LIFT = 22.0  # degrees: heels up enough to see at phone size, on the toes
BAR_AHEAD = 0.075
CURL = 0.04
DRIFT = 12.0

POSES = LazyPoses({
    "standing": standing,
    "mid_hinge": mid_hinge,
    "bottom": bottom,
    # Drills: the bottom of the hinge with a stick on the back, and with a wall
    # behind (the wall is drawn where the backside is: see figures/draw.py).
    "dowel_bottom": lambda: hinge(trunk=53.0, knee=18.0, hands=hold_dowel),
    "wall_bottom": bottom,
    # Steps of the setup and of the movement (one figure each)
    "straight_legs": straight_legs,
    "soft_knees": soft_knees,
    "palms_sliding": lambda: hinge(trunk=40.0, knee=16.0),
    "rising": lambda: hinge(trunk=30.0, knee=16.0),
    # Faults, each exaggerated in the body so it reads at phone size
    # A rounded back: the pelvis tucks (lumbar part more upright than in the
    # fix), the spine flexes into a C and the head hangs.
    "fault_rounded_back": lambda: hinge(trunk=38.0, knee=18.0, spine=55.0, neck=30.0),
    # Squatting the hinge: the knees shoot forward and the hips sink.
    "fault_squatting": lambda: hinge(trunk=30.0, knee=95.0),
    # Bending at the waist: locked legs, hips stacked over the heels, the
    # trunk tipped until the weight sits near the toes, arms dangling.
    "fault_waist_bend": lambda: waist_bend(knee=2.0, target=HEEL_X + 0.93 * (TOE_X - HEEL_X),
                                           hands=hands_hanging),
    # Leaning back at the top: the hips pushed forward past the ankles and
    # the trunk about 15 degrees behind vertical, the knees locked.
    "fault_leaning_back": lambda: hinge(trunk=-12.0, knee=4.0, spine=-8.0),
    # Craning the neck at mid hinge: the chin pokes up, the neck bent back
    # 40 degrees from the line of the back (the fix: mid_hinge).
    "fault_craned_neck": lambda: hinge(trunk=25.0, knee=15.0, neck=-40.0),
    # Arching the back at mid hinge: the pelvis tips forward (the lumbar
    # part steeper than the fix's) and the chest lifts, the spine extended.
    "fault_arched_back": lambda: hinge(trunk=40.0, knee=15.0, spine=-25.0),
    # Locked knees at mid hinge: legs dead straight. The fix: soft knees,
    # at the top of the method's range (knees.standing_max_degrees) so the
    # bend shows beside the straight legs.
    "fault_locked_knees": lambda: hinge(trunk=25.0, knee=0.0),
    "mid_hinge_soft_knees": lambda: hinge(trunk=25.0, knee=20.0),
    # Hips rising first, early in a deadlift (the bar LIFT_OFF up):
    # the knees have straightened and the hips shot up while the shoulders
    # stayed low; the fix is the same moment with the start's trunk angle.
    "fault_hips_rising": lambda: deadlift_rise(knee=25.0, lift=LIFT_OFF),
    "rising_together": lambda: deadlift_rise_together(lift=LIFT_OFF),
    # The weight drifting forward in the dumbbell Romanian deadlift: the
    # arms swung out in front of plumb, the dumbbells past the toes and well
    # clear of the legs (the fix: rung6, the dumbbells on the legs).
    "fault_weight_forward": lambda: hinge(trunk=61.0, knee=20.0, elbow=0.0, load=DUMBBELLS,
                                          hands=lambda p: hands_hanging(p, forward=DRIFT)),
    # Bent arms in the kettlebell deadlift: the rung 5 body, the elbows bent
    # and the bell curled up off the floor (the fix: rung5, arms long).
    "fault_bent_arms": lambda: kettlebell_curl(lift=CURL),
    # Adding weight too soon: the kettlebell deadlift (rung 5) with a bell
    # twice as heavy, and the back rounds and the head drops to lift it (the
    # fix: rung5, the lighter bell, back flat).
    "fault_too_heavy": lambda: kettlebell_deadlift(knee=65.0, spine=40.0, neck=20.0,
                                                   load=HEAVY_KETTLEBELL),
    # The low back doing the work, halfway down: the hips stay over the
    # heels (the lumbar part barely tips) and the back bends instead, the
    # spine flexing from the low back (the fix: bottom, the hips back).
    "fault_low_back": lambda: hinge(trunk=12.0, knee=18.0, spine=50.0, neck=15.0),
    # Losing the brace, standing: the ribs flare up and the low back sags,
    # the spine extended (the fix: standing, braced). The belly pushed out
    # is the "soft_belly" mark's to show: the body model has no belly.
    "fault_loose_brace": lambda: hinge(trunk=0.0, knee=15.0, spine=-12.0),
    # The bar away from the shins at the deadlift's start: out over the
    # toes, the shins more upright (the fix: rung8, the bar on the shins).
    "fault_bar_forward": lambda: deadlift_bar_ahead(ahead=BAR_AHEAD, ankle=6.0),
    # Weight on the toes at the bottom of the hinge: the knees pushed
    # forward over the toes, the shins tipped, the heels up off the floor
    # and the body balanced over the front of the foot, the arms hanging
    # ahead of it (the fix: bottom, the whole foot down, the shins upright).
    "fault_on_toes": lambda: hinge(trunk=40.0, knee=55.0, elbow=0.0, heel_lift=HEEL_LIFT,
                                   target=BALL_X + 0.4 * (TOE_X - BALL_X), hands=hands_hanging),
    # Progression rungs
    "rung0": lambda: kneeling_hinge(trunk=45.0, knee=130.0),
    "rung1": bottom,
    "rung2": bottom,
    "rung3": lambda: hinge(trunk=53.0, knee=18.0, hands=hold_dowel),
    "rung4": lambda: hinge(trunk=48.0, knee=18.0, hands=hands_between_legs, elbow=0.0),
    # Depth: down to the first strong stretch, or until the back starts to
    # give; no rung asks for the chest level with the floor (see
    # MAX_RUNG_TRUNK). The floor pulls bend the knees more than the
    # Romanian deadlifts to reach the floor.
    "rung5": lambda: kettlebell_deadlift(knee=80.0),
    "rung6": lambda: hinge(trunk=61.0, knee=20.0, elbow=0.0, load=DUMBBELLS,
                           hands=lambda p: hands_on_legs(p, LOADS["dumbbell"]["radius"])),
    "rung7": lambda: hinge(trunk=64.0, knee=20.0, elbow=0.0, load=BARBELL,
                           hands=lambda p: hands_on_legs(p, BAR_RADIUS)),
    "rung8": lambda: deadlift_start(ankle=15.0),
    # The loaded rungs' strips (set up, grip, stand tall): standing over the
    # weight on the floor is `standing`; gripping it is the rung's own
    # pose; at the top, standing tall with the knees straight, the bell
    # hanging from long arms, the bar resting on the thighs.
    "rung5_top": lambda: hinge(trunk=0.0, knee=TOP_KNEE, elbow=0.0, load=KETTLEBELL,
                               hands=hands_hanging),
    "rung8_top": lambda: hinge(trunk=0.0, knee=TOP_KNEE, elbow=0.0, load=BARBELL,
                               hands=lambda p: hands_on_legs(p, BAR_RADIUS)),
})


# The steepest trunk a rung may show (degrees from vertical): 20 degrees
# short of a chest level with the floor.
MAX_RUNG_TRUNK = 70.0


def lumbar_angle(pose: dict) -> float:
    """The lumbar part's angle from vertical (what `hinge` calls trunk)."""
    return pose["ankle"] - pose["knee"] + pose["hip"]


def rep_frames(steps: int = 3) -> list[dict]:
    """Frames of one rep from standing through mid_hinge to the bottom, with
    `steps` - 1 frames in between each pair, in even steps of trunk angle and
    knee bend. Each frame is balanced on its own, so the hips drift back as
    the trunk tips forward."""
    keys = [POSES["standing"], POSES["mid_hinge"], POSES["bottom"]]
    frames = [keys[0]]
    for a, b in pairwise(keys):
        for i in range(1, steps):
            f = i / steps
            frames.append(hinge(trunk=lumbar_angle(a) + f * (lumbar_angle(b) - lumbar_angle(a)),
                                knee=a["knee"] + f * (b["knee"] - a["knee"])))
        frames.append(b)
    return frames
