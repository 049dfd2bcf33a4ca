"""The fault pairs (figures/views.py, FAULT_FIGURES): each fault differs
from its fix in the joint that names it, and each side is its own SVG."""

from __future__ import annotations

import re
from math import atan2, hypot, pi

import pytest

from figure_helpers import (
    CM,
    FILES,
    PAIR_POSES,
    PAIRS,
    ROOT,
    P,
    joint,
    root_box,
    root_tag,
    side_of,
    svg_xy,
)
from figures import (
    FAULT_FIGURES,
    body,
    marks,
    poses,
    views,
)
from figures.catalogue import build_catalogue
from hinge_guide.method import load as load_method

pytestmark = pytest.mark.unit

# --- Each fault differs from the fix in the joint that defines it ----------------

def test_rounded_back():
    fault, fix = P["fault_rounded_back"], P["bottom"]
    assert fault["spine"] >= fix["spine"] + 45, "a C you see at phone size"
    assert fault["spine"] <= body.RANGE["spine"][1]
    assert fault["neck"] >= 25, "the head hangs"
    # posterior pelvic tilt: the lumbar part more upright than in the fix
    assert body.directions(fault)["lumbar"] <= body.directions(fix)["lumbar"] - 10
    assert joint("fault_rounded_back", "hand")[1] < joint("bottom", "hand")[1], "hands lower"


def _arc_centre(start, end, r, sweep=1):
    """Centre of the minor SVG arc of radius r from start to end, drawn with
    `sweep` (1 = clockwise on the page, y down)."""
    mx, my = (start[0] + end[0]) / 2, (start[1] + end[1]) / 2
    half = hypot(end[0] - start[0], end[1] - start[1]) / 2
    d = (r * r - half * half) ** 0.5
    ux, uy = (end[0] - start[0]) / (2 * half), (end[1] - start[1]) / (2 * half)
    for sign in (1, -1):
        c = (mx - sign * uy * d, my + sign * ux * d)
        a0 = atan2(start[1] - c[1], start[0] - c[0])
        a1 = atan2(end[1] - c[1], end[0] - c[0])
        turn = (a1 - a0) % (2 * pi) if sweep else (a0 - a1) % (2 * pi)
        if turn < pi:
            return c
    raise AssertionError("no minor arc")


def test_rounded_back_is_drawn_as_a_c_in_the_body():
    """The fault's trunk is one thick arc, as thick as the trunk, from the
    pelvis to the shoulders through T12-L1, bulging backwards: read from the
    SVG and checked against the model's joints."""
    svg = FILES["fault-rounded-back-fault.svg"]
    trunk = re.search(r'<path fill="none" d="M(-?[\d.]+) (-?[\d.]+)A([\d.]+) [\d.]+ 0 0 1 '
                      r'(-?[\d.]+) (-?[\d.]+)" stroke-width="([\d.]+)"/>', svg)
    assert trunk, "no curved trunk in the body"
    x0, y0, r, x1, y1, thick = map(float, trunk.groups())
    assert thick >= 0.9 * 2 * body.RADIUS["lumbar"] * CM, "as thick as the body, not a thin mark"
    c = body.capsules(P["fault_rounded_back"])
    j = body.joints(P["fault_rounded_back"])
    assert (x0, y0) == pytest.approx(svg_xy(c["pelvis"][0]), abs=0.1)
    assert (x1, y1) == pytest.approx(svg_xy(j["shoulder"]), abs=0.1)
    centre = _arc_centre((x0, y0), (x1, y1), r)
    waist = svg_xy(j["waist"])
    assert hypot(waist[0] - centre[0], waist[1] - centre[1]) == pytest.approx(r, abs=0.3), "through T12-L1"
    chord = hypot(x1 - x0, y1 - y0)
    assert r - (r * r - chord * chord / 4) ** 0.5 > 0.1 * chord, "a visible C, not a kink"
    # the bulge is on the back: the waist lies behind the pelvis-shoulder chord
    assert side_of(j["waist"], c["pelvis"][0], j["shoulder"]) > 0
    # the fix has no curved trunk: its back is two straight capsules in line
    assert not re.search(r'<path fill="none" d="M[^"]*A', FILES["fault-rounded-back-fix.svg"])
    # the head hangs below the shoulders, not held in line as in the fix
    assert joint("fault_rounded_back", "head")[1] < joint("fault_rounded_back", "shoulder")[1]
    assert joint("bottom", "head")[1] > joint("bottom", "shoulder")[1]
# Pairs from a loaded rung: both sides carry the weight.
LOADED_PAIRS = ("fault-hips-rising-first", "fault-weight-drifting", "fault-bent-arms",
                "fault-bar-away")


def test_the_pairs_are_the_ones_the_share_cards_draw():
    """Every pair the cards know is drawn, both sides, from real poses, and
    names the marks each side carries."""
    assert len(PAIR_POSES) >= 4, "the pairs went missing"
    for name, (fault, fix) in PAIR_POSES.items():
        # real poses, both seen the same way (from the side or the front)
        assert views.view_of(fault) is views.view_of(fix), name
        assert {f"{name}-fault", f"{name}-fix"} <= set(build_catalogue().figures), f"{name}: not drawn"
    for name, figure in FAULT_FIGURES.items():
        sides = (figure.fault_marks, figure.fix_marks)
        assert all(len(marks_) >= 1 for marks_ in sides), f"{name}: each side names its line"
        view = views.view_of(PAIR_POSES[name][0])
        assert all(set(marks_) <= set(view.mark_names) for marks_ in sides), name


def _rect(svg: str, cls: str):
    m = re.search(rf'<rect class="{cls}" x="(-?[\d.]+)" y="(-?[\d.]+)" width="([\d.]+)" height="([\d.]+)"', svg)
    assert m, cls
    return tuple(map(float, m.groups()))


@pytest.mark.parametrize("name", PAIRS)
@pytest.mark.parametrize("side,word", [("fault", "Fault"), ("fix", "Fix")])
def test_each_side_is_its_own_svg_with_a_badge_in_words_on_a_tinted_panel(name, side, word):
    svg = FILES[f"{name}-{side}.svg"]
    kind = "fault" if side == "fault" else "accent"
    assert f'class="hh-fig hh-fig--{side}"' in root_tag(svg)
    x, y, w, h = root_box(svg)
    # the tinted panel covers the whole figure
    assert _rect(svg, f"hh-fig-panel-{kind}") == pytest.approx((x, y, w, h))
    assert re.search(rf"\.hh-fig-panel-{kind}\{{fill:var\(--hh-figure-{kind},#[0-9a-f]+\);fill-opacity:0?\.\d+\}}", svg)
    # the badge: a pill with the word, inside the figure and clear of the body
    assert re.search(rf'<text class="hh-fig-badge-word"[^>]*>{word}</text>', svg)
    bx, by, bw, bh = _rect(svg, f"hh-fig-badge-{kind}")
    assert x < bx and bx + bw < x + w and y < by and by + bh < y + h
    assert bw >= 0.12 * w and bh >= 0.06 * h, "big enough to read on a phone"
    pose = PAIR_POSES[name][0 if side == "fault" else 1]
    for a, b, r in views.view_of(pose).capsules(views.pose(pose)).values():
        for t in range(11):
            px, py = svg_xy(body.lerp(a, b, t / 10))
            gx = max(bx - px, 0.0, px - bx - bw)
            gy = max(by - py, 0.0, py - by - bh)
            assert hypot(gx, gy) > r * CM, ("badge on the body", a, b)
    # each side is at least 200 px tall on a 390 px phone, where it gets
    # the width of a fault box inside a numbered step: about 280 px
    assert 280 * h / w >= 200
    # both sides are drawn to the same scale: the same view box
    other = FILES[f"{name}-{'fix' if side == 'fault' else 'fault'}.svg"]
    assert root_box(other) == (x, y, w, h)


PHONE_WIDTH = 390


def test_squatting_the_hinge():
    fault, fix = P["fault_squatting"], P["bottom"]
    assert fault["knee"] >= 90 and fix["knee"] < 25
    assert fault["ankle"] >= 25, "shins tilted well forward"
    assert joint("fault_squatting", "knee")[0] > body.TOE_X, "knees shoot past the toes"
    assert joint("fault_squatting", "hip")[1] < joint("bottom", "hip")[1] - 0.08, "hips sink"


def test_bending_at_the_waist():
    fault = P["fault_waist_bend"]
    hip = joint("fault_waist_bend", "hip")
    assert body.HEEL_X <= hip[0] <= body.TOE_X, "hips stay over the feet"
    assert abs(hip[0]) < 0.01, "stacked over the heel and ankle"
    assert hip[0] > joint("bottom", "hip")[0] + 0.08, "hips not moved back"
    assert fault["knee"] <= 5, "legs near straight"
    assert body.trunk_angle(fault) > 40, "the chest drops"
    x = body.centre_of_mass(fault)[0]
    front_share = (x - body.HEEL_X) / body.FOOT_LENGTH
    assert 0.85 < front_share < 1, "weight near the toes, still on the foot"
    assert front_share > (body.centre_of_mass(P["bottom"])[0] - body.HEEL_X) / body.FOOT_LENGTH + 0.4


def test_the_two_bending_at_the_waist_figures_differ_at_a_glance():
    """Legs, hips and hands all differ, by amounts you see on a phone."""
    fault, fix = P["fault_waist_bend"], P["bottom"]
    thigh = {n: body.directions(P[n])["thigh"] for n in ("fault_waist_bend", "bottom")}
    assert thigh["fault_waist_bend"] - thigh["bottom"] > 15, "vertical legs against thighs leaning back"
    assert fix["knee"] - fault["knee"] >= 12
    assert poses.leg_gap(fault, joint("fault_waist_bend", "hand")) > 0.03, "the fault's arms dangle"
    assert poses.leg_gap(fix, joint("bottom", "hand")) == pytest.approx(body.RADIUS["forearm"], abs=1e-4)


def test_leaning_back():
    fault = P["fault_leaning_back"]
    assert body.trunk_angle(fault) < -8, "trunk behind vertical"
    assert abs(body.trunk_angle(P["standing"])) < 2
    assert joint("fault_leaning_back", "hip")[0] > joint("standing", "hip")[0] + 0.02, "hips forward"
    assert joint("fault_leaning_back", "shoulder")[0] < joint("fault_leaning_back", "hip")[0]


def test_leaning_back_shows_against_a_plumb_line_from_the_shoulders():
    """About 15 degrees back at the top, and drawn so it shows: a plumb line
    down from the back of the shoulders lands behind the heels, with the
    hips well in front of it."""
    fault = P["fault_leaning_back"]
    assert -20 < body.trunk_angle(fault) < -13
    svg = FILES["fault-leaning-back-fault.svg"]
    x0, y0, x1, y1 = map(float, re.search(
        r'<path class="hh-fig-fault hh-fig-dash" d="M(-?[\d.]+) (-?[\d.]+)L(-?[\d.]+) (-?[\d.]+)"', svg).groups())
    assert x0 == x1 and max(y0, y1) == 0, "upright, down to the floor"
    assert x0 < body.HEEL_X * CM, "behind the heels"
    assert joint("fault_leaning_back", "hip")[0] * CM - body.RADIUS["pelvis"] * CM > x0 + 3


def test_craned_neck():
    """Halfway down, the same trunk as the fix; the neck bent back 35 to 45
    degrees, so the face points above level while the fix's points at the
    floor ahead."""
    fault, fix = P["fault_craned_neck"], P["mid_hinge"]
    assert -45 <= fault["neck"] <= -35 and fix["neck"] == 0
    assert body.trunk_angle(fault) == pytest.approx(body.trunk_angle(fix))
    facing = {n: body.directions(P[n])["head"] + 90 for n in ("fault_craned_neck", "mid_hinge")}
    assert facing["fault_craned_neck"] < 90 < facing["mid_hinge"], "above level, below level"


def test_arched_back():
    """Halfway down: the spine extended, the pelvis tipped forward (the
    lumbar part steeper than the fix's) and the chest lifted (the thoracic
    part more upright), by amounts you see on a phone."""
    fault, fix = P["fault_arched_back"], P["mid_hinge"]
    assert fault["spine"] <= -20 and fix["spine"] == 0
    d_fault, d_fix = body.directions(fault), body.directions(fix)
    assert d_fault["lumbar"] > d_fix["lumbar"] + 10, "pelvis tips forward"
    assert d_fault["thorax"] < d_fault["lumbar"] - 20, "the back sways in"
    assert 20 < body.trunk_angle(fault) < 40, "still halfway down"


def test_locked_knees():
    fault, fix = P["fault_locked_knees"], P["mid_hinge_soft_knees"]
    knees = load_method(ROOT)["knees"]
    assert fault["knee"] == 0, "dead straight"
    assert knees["standing_min_degrees"] <= fix["knee"] <= knees["standing_max_degrees"]
    assert body.trunk_angle(fault) == pytest.approx(body.trunk_angle(fix))


def test_hips_rising_first():
    """The same moment, the bar a little off the floor straight above where
    it started: in the fault the legs have straightened and the hips shot up
    while the shoulders stayed low; in the fix the trunk keeps the start's
    angle. The bar never cuts into the shins."""
    fault, fix, start = P["fault_hips_rising"], P["rising_together"], P["rung8"]
    bars = [body.joints(p)["hand"] for p in (fault, fix, start)]
    assert bars[0] == pytest.approx(bars[1]) and bars[0][0] == pytest.approx(bars[2][0])
    assert bars[0][1] - bars[2][1] == pytest.approx(poses.LIFT_OFF)
    assert body.trunk_angle(fix) == pytest.approx(body.trunk_angle(start), abs=0.1)
    assert body.trunk_angle(fault) > body.trunk_angle(start) + 10, "chest still low"
    assert fault["knee"] < fix["knee"] - 25, "legs straightened"
    hip = {n: joint(n, "hip")[1] for n in ("fault_hips_rising", "rising_together")}
    assert hip["fault_hips_rising"] > hip["rising_together"] + 0.04, "hips shot up"
    assert joint("fault_hips_rising", "shoulder")[1] == pytest.approx(
        joint("rising_together", "shoulder")[1], abs=0.01), "shoulders no higher"
    for p in (fault, fix):
        j = body.joints(p)
        touching = body.RADIUS["shank"] + body.BAR_RADIUS
        assert body.distance_to_segment(j["hand"], j["ankle"], j["knee"]) >= touching - 1e-6
        assert p["elbow"] == 0


def test_weight_drifting_forward():
    """The dumbbells hang out past the toes, well clear of the legs; in the
    fix they rest on them."""
    fault = P["fault_weight_forward"]
    hand = joint("fault_weight_forward", "hand")
    assert hand[0] > body.TOE_X, "past the toes"
    assert poses.leg_gap(fault, hand) > 0.1
    assert body.trunk_angle(fault) == pytest.approx(body.trunk_angle(P["rung6"]))
    assert poses.leg_gap(P["rung6"], joint("rung6", "hand")) == pytest.approx(
        body.LOADS["dumbbell"]["radius"], abs=1e-4)


def test_bent_arms():
    """The kettlebell deadlift's body with the elbows bent and the bell
    curled up off the floor, still between the feet; the fix's arms are
    straight."""
    fault, fix = P["fault_bent_arms"], P["rung5"]
    assert body.elbow_flexion(fault) >= 40 and fix["elbow"] == 0
    assert body.trunk_angle(fault) == pytest.approx(body.trunk_angle(fix), abs=0.5)
    assert fault["knee"] == fix["knee"]
    (x, y), (_, y_fix) = body.load_position(fault), body.load_position(fix)
    assert body.HEEL_X < x < body.TOE_X
    assert y > y_fix + 0.03, "curled up"


def test_bar_away_from_the_shins():
    """The deadlift start with the bar on the floor out over the toes, a
    clear gap between it and the shins; in the fix it sits over the middle
    of the foot, touching them. Both lift the same bar with straight arms."""
    fault, fix = P["fault_bar_forward"], P["rung8"]
    bar = {n: joint(n, "hand") for n in ("fault_bar_forward", "rung8")}
    assert bar["fault_bar_forward"][1] == pytest.approx(bar["rung8"][1]), "both on the floor"
    assert bar["fault_bar_forward"][0] >= body.TOE_X - 0.005, "out over the toes"
    assert bar["fault_bar_forward"][0] > bar["rung8"][0] + 0.04
    touching = body.RADIUS["shank"] + body.BAR_RADIUS
    for name, pose in (("fault_bar_forward", fault), ("rung8", fix)):
        j = body.joints(pose)
        gap = body.distance_to_segment(j["hand"], j["ankle"], j["knee"]) - touching
        if name == "rung8":
            assert gap == pytest.approx(0, abs=0.003), "the fix's bar is close to the shins"
        else:
            assert gap > 0.04, f"the fault's bar is only {gap:.3f} H off the shins"
        assert pose["elbow"] == 0 and pose["load"] == fix["load"]
    # the gap is drawn, on the fault side only
    assert "shin_gap" in FAULT_FIGURES["fault-bar-away"].fault_marks
    assert "shin_gap" not in FAULT_FIGURES["fault-bar-away"].fix_marks


def test_weight_on_the_toes():
    """Its own pair, not bending at the waist's: on the fault side the
    heels are up, the shins tip well forward, the knees reach the toes and
    the hands hang ahead of the middle of the foot, the body balanced over
    the front of the foot; the fix is the hinge's bottom, the whole foot
    down. The Setup box and the share page show this pair."""
    fault, fix = P["fault_on_toes"], P["bottom"]
    assert fault["heel_lift"] >= 15 and not fix.get("heel_lift"), "heels up, then down"
    assert fault["ankle"] >= fix["ankle"] + 15, "the shins tip forward"
    assert joint("fault_on_toes", "knee")[0] >= body.TOE_X - 0.01, "the knees over the toes"
    assert joint("fault_on_toes", "hand")[0] > poses.MID_FOOT + 0.05, "hands ahead of mid-foot"
    assert body.centre_of_mass(fault)[0] > body.BALL_X, "the weight on the front of the foot"
    assert body.centre_of_mass(fix)[0] < poses.MID_FOOT
    figure = FAULT_FIGURES["fault-weight-on-toes"]
    assert (figure.fault, figure.fix) == ("fault_on_toes", "bottom")
    assert "heel_up" in figure.fault_marks and "heel_up" not in figure.fix_marks
    setup = (ROOT / "docs/setup.md").read_text(encoding="utf-8")
    box = setup[setup.index("/// fault | Weight on your toes"):]
    box = box[:box.index("\n///\n")]
    assert "images/fault-weight-on-toes-fault.svg" in box
    assert "images/fault-weight-on-toes-fix.svg" in box
    assert "fault-bending-at-the-waist" not in box
    share = (ROOT / "docs/faults/weight-on-toes.md").read_text(encoding="utf-8")
    assert "preview_pair: fault-weight-on-toes" in share


def test_low_back_doing_the_work():
    """The hips stay over the heels (the lumbar part barely tips) and the
    spine bends instead; in the fix the hips travel back behind the heels
    and the back stays flat."""
    fault, fix = P["fault_low_back"], P["bottom"]
    assert fault["spine"] >= fix["spine"] + 40, "the back bends"
    assert joint("fault_low_back", "hip")[0] > body.HEEL_X, "hips over the heels"
    assert joint("bottom", "hip")[0] < body.HEEL_X, "the fix's hips behind them"
    assert body.directions(fault)["lumbar"] <= 15, "the pelvis barely tips"
    assert body.directions(fault)["lumbar"] < body.directions(fix)["lumbar"] - 30
    # the chest still goes down: the shoulders as low as halfway down
    assert joint("fault_low_back", "shoulder")[1] < joint("mid_hinge", "shoulder")[1]


def test_loose_brace():
    """Standing, the ribs flare up and the low back sags (the spine
    extended); the fix stands braced, the spine neutral. Legs and hips
    match, so the middle is the one difference, and each side marks it."""
    fault, fix = P["fault_loose_brace"], P["standing"]
    assert fault["spine"] <= fix["spine"] - 10, "ribs up, low back sagging"
    assert fault["knee"] == fix["knee"]
    assert abs(body.directions(fault)["lumbar"] - body.directions(fix)["lumbar"]) < 3
    figure = FAULT_FIGURES["fault-loose-brace"]
    assert "soft_belly" in figure.fault_marks and "brace" in figure.fix_marks
    belly = FILES["fault-loose-brace-fault.svg"]
    # the soft belly bulges forward of the trunk's front, between pelvis and ribs
    j = body.joints(fault)
    front = max(j["hip"][0], j["waist"][0]) + body.RADIUS["pelvis"]
    drawn = marks.MARKS["soft_belly"](fault, j, "fault", 0.0)
    xs = [float(x) / CM for x in re.findall(r"(-?[\d.]+) -?[\d.]+", drawn)]
    assert max(xs) > front + 0.02, "the bulge shows in front of the body"
    assert 'class="hh-fig-fault"' in belly


@pytest.mark.parametrize("name", LOADED_PAIRS)
def test_pairs_from_a_loaded_rung_draw_the_weight_on_both_sides(name):
    for side in ("fault", "fix"):
        assert 'class="hh-fig-prop' in FILES[f"{name}-{side}.svg"], side
