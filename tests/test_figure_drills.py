"""The drills and the rungs (figures/props.py): the props touch the body
where the drill says, and the loads are big enough to read."""

from __future__ import annotations

import re
from math import acos, cos, degrees, hypot, radians

import pytest

from figure_helpers import (
    CM,
    FILES,
    ROOT,
    P,
    joint,
    root_box,
)
from figures import (
    body,
    poses,
    props,
    silhouette,
)

pytestmark = pytest.mark.unit

# --- Drills and rungs -----------------------------------------------------------

def _off_line(p, a, b) -> float:
    """Distance from p to the infinite line through a and b."""
    return abs((b[0] - a[0]) * (a[1] - p[1]) - (a[0] - p[0]) * (b[1] - a[1])) / hypot(b[0] - a[0], b[1] - a[1])


@pytest.mark.parametrize("name", ["dowel_bottom", "rung3"])
def test_dowel_touches_head_upper_back_and_sacrum(name):
    pose = P[name]
    low, high = body.dowel_line(pose)
    points = body.back_points(pose)
    for point in ("sacrum", "upper_back", "head"):
        assert _off_line(points[point], low, high) == pytest.approx(body.DOWEL_RADIUS, abs=0.002), point
    # the normal gap behind the small of the back
    assert _off_line(points["small_of_back"], low, high) > body.DOWEL_RADIUS + 0.005
    # both hands hold the stick: the near one at the small of the back, the
    # far one behind the neck, between the upper back and the head
    j = body.joints(pose)
    assert _off_line(j["hand"], low, high) < 1e-6
    assert _off_line(j["far_hand"], low, high) < 1e-6
    assert abs(j["hand"][1] - points["small_of_back"][1]) < 0.03
    up = (high[0] - low[0], high[1] - low[1])

    def height(p):
        return (p[0] - low[0]) * up[0] + (p[1] - low[1]) * up[1]
    assert height(points["upper_back"]) < height(j["far_hand"]) < height(points["head"])
    # the far arm really reaches: within its length, its elbow within range
    far = pose["far_arm"]
    assert 0 < far["forearm_reach"] <= 1 and 0 < far["upper_reach"] <= 1
    flex = degrees(acos(max(-1.0, min(1.0, cos(radians(far["elbow"])) * far["forearm_reach"]))))
    assert body.RANGE["elbow"][0] <= flex <= body.RANGE["elbow"][1]
    assert body.trunk_angle(pose) == pytest.approx(body.trunk_angle(P["bottom"]), abs=1)
    # both fists are drawn on the stick, in the SVG
    svg = FILES["drill-dowel.svg" if name == "dowel_bottom" else "rung-3.svg"]
    fists = [tuple(map(float, m)) for m in re.findall(
        r'<circle class="hh-fig-body" cx="(-?[\d.]+)" cy="(-?[\d.]+)" r="[\d.]+"/>', svg)]
    for hand in (j["hand"], j["far_hand"]):
        assert any(hypot(fx - hand[0] * CM, fy + hand[1] * CM) < 0.2 for fx, fy in fists)


def test_a_far_arm_counts_once_and_the_near_arm_once():
    """With a far arm, each arm is its own mass; without, the near arm
    stands for both. Moving only the far arm forward moves the centre of
    mass forward by the arm's share (Winter: 2.8 % + 2.2 % of the body)."""
    pose = P["dowel_bottom"]
    same = dict(pose, far_arm={"shoulder": pose["shoulder"], "elbow": pose["elbow"],
                               "forearm_reach": pose["forearm_reach"]})
    bare = {k: v for k, v in pose.items() if k != "far_arm"}
    assert body.centre_of_mass(same)[0] == pytest.approx(body.centre_of_mass(bare)[0])
    # the far arm held straight out in front, then straight out behind: the
    # centre of mass moves by twice the arm's moment about the shoulder
    thorax = body.directions(pose)["thorax"]
    arm = {"elbow": 0.0, "upper_reach": 1.0, "forearm_reach": 1.0}
    front = dict(pose, far_arm=dict(arm, shoulder=90.0 + thorax))
    back = dict(pose, far_arm=dict(arm, shoulder=270.0 + thorax))
    moment = 0.028 * 0.436 * 0.186 + 0.022 * (0.186 + 0.682 * 0.146)   # Winter, Table 4.1
    shift = body.centre_of_mass(front)[0] - body.centre_of_mass(back)[0]
    assert shift == pytest.approx(2 * moment, rel=1e-3)


def test_wall_drill_backside_touches_the_wall_a_surface():
    pose = P["wall_bottom"]
    x = body.rearmost_x(pose)
    # the rearmost point is the backside: at hip height, not the back or head
    a, b, r = min(body.capsules(pose).values(), key=lambda c: min(c[0][0], c[1][0]) - c[2])
    rear_y = a[1] if a[0] <= b[0] else b[1]
    assert abs(rear_y - joint("wall_bottom", "hip")[1]) < 0.05
    assert x < body.HEEL_X - 0.05
    for name in ("drill-wall.svg", "rung-2.svg"):
        svg = FILES[name]
        # the face: a vertical line where the backside is, from the floor up
        face = re.search(r'<path class="hh-fig-prop" stroke-width="[\d.]+" d="M(-?[\d.]+) 0L(-?[\d.]+) (-?[\d.]+)"/>', svg)
        assert face and float(face.group(1)) == float(face.group(2)) == pytest.approx(x * CM, abs=0.1)
        assert -float(face.group(3)) > joint("wall_bottom", "hip")[1] * CM, "taller than the hips"
        # a filled slab behind the face, wide enough to read as a wall, not a pole
        slab = re.search(r'<path class="hh-fig-prop-fill" fill-opacity="[\d.]+" d="M(-?[\d.]+) 0L(-?[\d.]+) 0L', svg)
        assert slab and float(slab.group(2)) == pytest.approx(x * CM, abs=0.1)
        assert float(slab.group(2)) - float(slab.group(1)) >= 0.05 * CM


def test_kneeling_hinge_rests_on_shins_and_pushes_hips_back():
    pose = P["rung0"]
    j = body.joints(pose)
    assert j["ankle"][1] == pytest.approx(body.RADIUS["shank"]), "ankle resting on the floor"
    assert j["knee"][1] == pytest.approx(body.RADIUS["thigh"]), "knee resting on the floor"
    assert body.lowest_y(pose) == pytest.approx(0.0, abs=1e-9)
    assert abs(body.trunk_angle(pose)) > 30
    assert pose["knee"] > 90 and j["hip"][0] < j["knee"][0], "hips back toward the heels"


def test_band_runs_from_between_the_legs_back_to_a_low_anchor():
    pose = P["rung4"]
    hand = body.joints(pose)["hand"]
    assert poses.leg_gap(pose, hand) == pytest.approx(-body.RADIUS["thigh"], abs=1e-4)
    assert props.BAND_ANCHOR[0] < body.HEEL_X and props.BAND_ANCHOR[1] < hand[1]


def test_kettlebell_between_the_feet_just_off_the_floor():
    pose = P["rung5"]
    x, y = body.load_position(pose)
    assert body.HEEL_X < x < body.TOE_X
    assert 0 < y - body.LOADS["kettlebell"]["radius"] < 0.03
    assert body.joints(pose)["hand"] == pytest.approx(poses.KETTLEBELL_GRIP)
    assert pose["elbow"] == 0


def test_kettlebell_deadlift_legs_stay_readable():
    """The shin crosses the near arm instead of hiding behind it, and the
    bell, between the feet, hangs behind the near leg, so the shin and the
    foot show whole in front of it."""
    pose = P["rung5"]
    j = body.joints(pose)
    d = body.directions(pose)
    arm_tilt = d["upper_arm"] - 180.0        # the arm's line, + = its top is forward
    assert abs(arm_tilt - d["shank"]) > 5, "arm and shin cross at an angle, not parallel"
    assert abs(pose["ankle"]) <= 22, "shins short of a squat's"
    assert pose["knee"] > P["rung7"]["knee"] + 15, "more knee bend than the RDL"
    # the arm crosses the shin once: below and above the crossing a strip of
    # the shin at least 0.01 H wide (4 px at 12rem) shows beside the arm and
    # its gap, and the knee stands out in front of the arm
    c = body.capsules(pose)

    def shown(f):
        p = body.lerp(j["ankle"], j["knee"], f)
        return min(body.distance_to_segment(p, a, b) - r - silhouette.ARM_GAP
                   for a, b, r in (c[n] for n in silhouette.ARM_PARTS)) + body.RADIUS["shank"]
    for f in (0.1, 0.2, 0.3, 0.8, 0.9):
        assert shown(f) > 0.01, f
    assert shown(1.0) > 0.02, "the knee"
    svg = FILES["rung-5.svg"]
    bell = re.search(r'<circle class="hh-fig-prop hh-fig-prop-fill"[^>]*/>', svg)
    assert bell and "opacity" not in bell.group(0), "a solid bell: nothing shows through it"
    # drawn before the body, so behind the near leg
    assert svg.index(bell.group(0)) < svg.index('class="hh-fig-body" mask=')
    assert float(re.search(r'stroke-width="([\d.]+)"', bell.group(0)).group(1)) >= 3, "a solid rim"


@pytest.mark.parametrize("name,radius", [("rung6", body.LOADS["dumbbell"]["radius"]),
                                         ("rung7", body.BAR_RADIUS)])
def test_romanian_deadlift_weight_against_the_legs_below_the_knees(name, radius):
    pose = P[name]
    hand, knee = body.joints(pose)["hand"], body.joints(pose)["knee"]
    assert poses.leg_gap(pose, hand) == pytest.approx(radius, abs=1e-4)
    assert knee[1] - 0.08 < hand[1] < knee[1]
    assert body.joints(pose)["hip"][0] < body.HEEL_X


def test_deadlift_bar_on_the_floor_over_the_middle_of_the_foot():
    pose = P["rung8"]
    j = body.joints(pose)
    bar = j["hand"]
    plate = body.LOADS["barbell"]["radius"]
    assert bar[1] == pytest.approx(plate, abs=1e-6), "plates on the floor"
    third = body.FOOT_LENGTH / 3
    assert body.HEEL_X + third < bar[0] < body.TOE_X - third, "bar over the middle of the foot"
    touching = body.RADIUS["shank"] + body.BAR_RADIUS
    assert body.distance_to_segment(bar, j["ankle"], j["knee"]) == pytest.approx(touching, abs=1e-6)
    assert pose["knee"] > P["rung7"]["knee"] + 20, "more knee bend than the RDL"
    assert pose["elbow"] == 0


RUNGS = [f"rung{i}" for i in range(9)]
FLOOR_PULLS, ROMANIAN = ("rung5", "rung8"), ("rung6", "rung7")


@pytest.mark.parametrize("name", RUNGS)
def test_no_rung_asks_for_the_chest_level_with_the_floor(name):
    """The depth rule: down to the first strong stretch, or until the back
    starts to give. Chest level with the floor is a trunk at 90 degrees;
    every rung stays at least 20 degrees short of it."""
    assert body.trunk_angle(P[name]) <= 70


def test_floor_pulls_bend_the_knees_more_than_the_romanian_hinge():
    for pull in FLOOR_PULLS:
        for rdl in ROMANIAN:
            assert P[pull]["knee"] >= P[rdl]["knee"] + 25, (pull, rdl)


@pytest.mark.parametrize("name,kind", [("rung-5", "kettlebell"), ("rung-6", "dumbbell"),
                                       ("rung-7", "barbell"), ("rung-8", "barbell")])
def test_rung_loads_are_big_enough_to_read(name, kind):
    """Shown 12rem (240 px) wide, the person is at least 240 px tall and the
    load at least 28 px across: read from the SVG's own shapes."""
    svg = FILES[f"{name}.svg"]
    x, y, w, h = root_box(svg)
    px = 240 / w
    pose = P[name.replace("-", "")]
    standing_height = CM * px
    assert standing_height >= 240, "the person as drawn at full height"
    if kind == "dumbbell":
        heads = re.findall(r'<rect class="hh-fig-prop hh-fig-prop-fill"[^>]*width="([\d.]+)" height="([\d.]+)"', svg)
        assert len(heads) == 2, "two heads on a handle, in profile"
        size = max(float(v) for v in heads[0])
    else:
        size = 2 * max(float(r) for r in re.findall(r'<circle class="hh-fig-prop[^"]*"[^>]*r="([\d.]+)"', svg))
    assert size * px >= 28, f"{kind}: {size * px:.0f} px"
    assert body.load_position(pose) is not None


@pytest.mark.parametrize("name", RUNGS)
def test_rung_figures_are_larger_than_before(name):
    """Shown under the rung's heading (extra.css, .hh-rung-lead), 12rem
    (240 px) tall on a wider screen and at least 96 px on a phone, where
    nine stand open on the page; inside the rung's box they were 131 px
    tall at first. The crop leaves little empty floor, so the body fills
    the height it is given."""
    css = (ROOT / "docs/stylesheets/extra.css").read_text()
    block = css[css.index("/* Progression: under each rung's heading"):]
    phone, wide = (float(rem) * 20 for rem in
                   re.findall(r"--hh-rung-figure: ([\d.]+)rem;", block)[:2])
    x, y, w, h = root_box(FILES[f"rung-{name[4:]}.svg"])
    assert phone >= 96 and wide >= 240, (phone, wide)
    assert h / w >= 0.9, f"rung-{name[4:]}.svg is {w:.0f} wide for {h:.0f} tall"


_NUM = r"(-?[\d.]+)"


def test_the_kettlebells_handle_is_one_clean_loop_over_the_hand():
    """The handle is one open curve, up from one side of the bell, over the
    fist and down to the other side, that never crosses itself: no closed
    or filled shape inside the bell (a see-through bell once showed the
    gaps between the legs through it as a stray triangle)."""
    svg = FILES["rung-5.svg"]
    hand = body.joints(P["rung5"])["hand"]
    load = svg[:svg.index('class="hh-fig-body" mask=')]
    handle = re.search(rf'<path class="hh-fig-prop" stroke-width="[\d.]+" d="M{_NUM} {_NUM}'
                       rf'C{_NUM} {_NUM} {_NUM} {_NUM} {_NUM} {_NUM}"/>', load)
    assert handle, "one cubic, open (no Z), unfilled (.hh-fig-prop has fill:none)"
    x0, y0, c1x, c1y, c2x, c2y, x1, y1 = map(float, handle.groups())
    assert y0 == y1 and x0 < hand[0] * CM < x1, "its two ends either side of the hand, level"
    assert min(c1y, c2y) < -hand[1] * CM < y0, "up over the fist, from below it"

    def at(t):
        u = 1 - t
        return (u ** 3 * x0 + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t ** 3 * x1,
                u ** 3 * y0 + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t ** 3 * y1)
    points = [at(i / 50) for i in range(51)]
    segments = list(zip(points, points[1:], strict=False))
    crossings = [(i, k) for i, a in enumerate(segments) for k, b in enumerate(segments)
                 if k > i + 1 and _cross(*a, *b)]
    assert not crossings, "the handle crosses itself"
    assert "fill-opacity" not in svg and "<polygon" not in svg


def _cross(p, q, r, s) -> bool:
    """Whether segment p-q properly crosses segment r-s."""
    def turn(a, b, c):
        return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    return turn(p, q, r) * turn(p, q, s) < 0 and turn(r, s, p) * turn(r, s, q) < 0


def _foot_box(pose: dict):
    """The drawn foot (and toes), (x0, y0, x1, y1) in SVG units."""
    parts = body.capsules(pose)
    feet = [parts[n] for n in ("foot", "toes") if n in parts]
    xs = [x for a, b, r in feet for x in (a[0] - r, b[0] - r, a[0] + r, b[0] + r)]
    ys = [y for a, b, r in feet for y in (a[1] - r, b[1] - r, a[1] + r, b[1] + r)]
    return min(xs) * CM, -max(ys) * CM, max(xs) * CM, -min(ys) * CM


def _drawn_box(element: str):
    """(x0, y0, x1, y1) of a circle, rect or path's points, stroke included."""
    half = float((re.search(r'stroke-width="([\d.]+)"', element) or re.search("()", "")).group(1) or 0) / 2
    if element.startswith("<circle"):
        cx, cy, r = (float(re.search(rf'\b{k}="{_NUM}"', element).group(1)) for k in ("cx", "cy", "r"))
        return cx - r - half, cy - r - half, cx + r + half, cy + r + half
    if element.startswith("<rect"):
        x, y, w, h = (float(re.search(rf'\b{k}="{_NUM}"', element).group(1))
                      for k in ("x", "y", "width", "height"))
        return x - half, y - half, x + w + half, y + h + half
    points = [tuple(map(float, m)) for m in re.findall(rf"{_NUM} {_NUM}", re.search(r'd="([^"]+)"', element).group(1))]
    return (min(x for x, _ in points) - half, min(y for _, y in points) - half,
            max(x for x, _ in points) + half, max(y for _, y in points) + half)


@pytest.mark.parametrize("name", ["rung-5", "rung-6", "rung-7", "rung-8", "fault-bar-away-fix",
                                  "fault-too-heavy-fault", "fault-bent-arms-fix"])
def test_the_weight_leaves_the_feet_in_sight(name):
    """"Bar over mid-foot" is the point of a deadlift's picture: whatever
    part of the weight is drawn in front of the body (after it) stays off
    the foot. The bell between the feet and the plates hang behind the
    legs; only the bar's end and the fist are drawn over them."""
    from figures.catalogue import build_catalogue
    svg = FILES[f"{name}.svg"]
    pose = P[build_catalogue().posed[name][0]]
    fx0, fy0, fx1, fy1 = _foot_box(pose)
    after = svg[svg.index('class="hh-fig-body" mask='):]
    weights = re.findall(r'<(?:circle|rect|path) class="hh-fig-prop[^"]*"[^>]*/>', after)
    for element in weights:
        x0, y0, x1, y1 = _drawn_box(element)
        assert x1 < fx0 or x0 > fx1 or y1 < fy0 or y0 > fy1, (element, "over the foot")


_TAPER = re.compile(rf'<path d="M{_NUM} {_NUM}L{_NUM} {_NUM}A{_NUM} {_NUM} 0 [01] 1 {_NUM} {_NUM}'
                    rf'L{_NUM} {_NUM}A{_NUM} {_NUM} 0 [01] 1 {_NUM} {_NUM}Z"/>')


def _tangent_at(start, end, radius: float, arc_end) -> bool:
    """Whether a line start->end meets the arc of `radius` from end to
    arc_end tangentially: the arc's centre, square to the line from end,
    is `radius` from both of the arc's ends (to the SVG's 0.1 rounding)."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    n = hypot(dx, dy)
    for side in (1, -1):
        centre = (end[0] - side * dy / n * radius, end[1] + side * dx / n * radius)
        if abs(hypot(arc_end[0] - centre[0], arc_end[1] - centre[1]) - radius) < 0.35:
            return True
    return False


@pytest.mark.parametrize("name", ["rung-5", "rung-6", "rung-7", "rung-8"])
def test_the_loaded_lifts_trunk_runs_smoothly_through_its_joints(name):
    """The trunk was two capsules and a circle, and each round end stood
    out as a bump: behind the seat, at the waist, at the chest. It is drawn
    tapered instead: no capsule for the lumbar or the thoracic part, and
    pelvis to seat, pelvis to waist, waist to chest as tapered shapes
    whose straight sides run on tangentially into their round ends, each
    as wide where it meets the next as the next is there."""
    svg = FILES[f"{name}.svg"]
    for part in ("lumbar", "thorax"):
        width = round(2 * body.RADIUS[part] * CM, 1)
        assert not re.search(rf'<path d="M[^"]+" stroke-width="{width:g}"/>', svg), part
    tapers = [tuple(map(float, m)) for m in _TAPER.findall(svg)]
    assert len(tapers) == 4, "seat, lower trunk, upper trunk and forearm"
    for ax, ay, bx, by, rb, _, cx, cy, dx, dy, ra, _, ex, ey in tapers:
        assert _tangent_at((ax, ay), (bx, by), rb, (cx, cy)), "into the far end"
        assert _tangent_at((cx, cy), (dx, dy), ra, (ex, ey)), "into the near end"
    r = {part: round(body.RADIUS[part] * CM, 1) for part in body.RADIUS}
    ends = [(ra, rb) for *_, rb, _, _, _, _, _, ra, _, _, _ in tapers]
    assert ends[:3] == [(r["pelvis"], r["thigh"]), (r["pelvis"], r["lumbar"]), (r["lumbar"], r["thorax"])]
    assert ends[3] == (r["upper_arm"], r["forearm"])


def test_pelvic_tilt_shows_a_shaded_gap_above_and_a_flat_back_below_each_named():
    """The tipped-forward body has a gap under its lower back, shaded and
    tall enough to see on a phone; the tipped-back one rests flat on the
    floor. Each says which it is in words, and no arm crosses a trunk:
    each arm is drawn before (behind) its body's trunk."""
    from figures import steps

    arched, flat = steps.lying(steps.PELVIC_GAP), steps.lying(0.0)
    waist_x = arched["waist"][0]
    assert steps.underside(arched, waist_x) > 0.05
    assert steps.underside(flat, waist_x) == pytest.approx(0.0, abs=0.002)
    svg = FILES["drill-pelvic-tilt.svg"]
    assert svg.count('class="hh-fig-fault hh-fig-gap"') == 1
    words = re.findall(r'<text class="hh-fig-label hh-fig-label-(\w+)"[^>]*>([^<]+)</text>', svg)
    assert ("fault", "tipped forward: gap") in words and ("accent", "tipped back: flat") in words
    bodies = re.findall(r'<g class="hh-fig-body">(.*?)</g>', svg)
    # per body: the arm alone (one capsule), then the rest with the trunk
    assert len(bodies) == 4 and all(bodies[i].count("<path") == 1 for i in (0, 2))


@pytest.mark.parametrize("name", ["dowel_bottom", "rung3"])
def test_the_hands_on_the_stick_leave_the_head_clear(name):
    """The hand behind the neck held its elbow up beside the head, and the
    arm and fist hid the head the stick must touch. Now its elbow lies
    within the chest (drawn behind it) and its fist sits on the stick
    below the head, clear of it; the arms are thin."""
    from figures import steps

    pose = P[name]
    j = body.joints(pose)
    head, _, r_head = body.capsules(pose)["head"]
    for point in ("far_elbow", "far_hand", "hand"):
        assert hypot(j[point][0] - head[0], j[point][1] - head[1]) > r_head + steps.HOLD_FIST, point
    waist, shoulder, r_thorax = body.capsules(pose)["thorax"]
    assert body.distance_to_segment(j["far_elbow"], waist, shoulder) < r_thorax, "elbow hidden"
    assert steps.HOLD_ARM < body.RADIUS["forearm"]


@pytest.mark.parametrize("rung", ["rung5", "rung8"])
def test_a_loaded_rung_from_the_floor_has_a_strip_set_up_grip_stand_tall(rung):
    """The kettlebell deadlift and the deadlift taught five or six steps in
    words only. Each has three numbered side views: standing over the
    weight on the floor, gripping it (the rung's own pose), standing tall
    with it. The weight doesn't move between the first two (the body comes
    to it), and on Progression the strip sits in the rung's box, above its
    numbered steps, with a caption."""
    name = f"rung-{rung[-1]}-strip"
    svg = FILES[f"{name}.svg"]
    assert svg.count('class="hh-fig-num"') == 3
    grip = body.joints(P[rung])["hand"]
    top = P[f"{rung}_top"]
    assert body.trunk_angle(top) == pytest.approx(0.0, abs=6) and top["knee"] < 10
    assert top["load"] == P[rung]["load"]
    step = 0.33 + 0.26                   # a panel's width (catalogue.LIFT_STRIP_FRAME)
    kind = P[rung]["load"]["kind"]
    drop = body.load_size(P[rung]["load"])[0]
    # the weight on the floor in panel 1 and in the hands in panel 2, at one place
    centre = [(grip[0] + i * step, grip[1] - drop) for i in (0, 1)]
    circles = [tuple(map(float, m)) for m in re.findall(
        r'<circle class="hh-fig-prop[^"]*"[^>]* cx="(-?[\d.]+)" cy="(-?[\d.]+)"', svg)]
    for x, y in centre:
        assert any(hypot(cx - x * CM, cy + y * CM) < 0.2 for cx, cy in circles), (kind, x)
    page = (ROOT / "docs/progression.md").read_text()
    heading = "## Rung 5: kettlebell deadlift" if rung == "rung5" else "## Rung 8: deadlift"
    box = page[page.index(heading):]
    box = box[box.index("//// details"):box.index("\n////\n")]
    figure = box.index(f"](images/{name}.svg)")
    assert figure < box.index("\n1. **"), "above the numbered steps"
    assert box[figure:].split("\n", 2)[1] == "/// caption"
