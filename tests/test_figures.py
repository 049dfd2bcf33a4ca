"""The figure generator: every pose is physically possible, every fault shows
the fault that names it, and the SVGs in docs/images are what the model draws."""

from __future__ import annotations

import gzip
import os
import re
import subprocess
import sys
from math import acos, atan2, cos, degrees, hypot, pi, radians
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from figures import (  # noqa: E402
    FAULT_FIGURES,  # noqa: E402
    body,
    front,
    marks,
    poses,
    props,
    silhouette,
    svg,
    views,
)
from figures.__main__ import main  # noqa: E402
from figures.catalogue import FIGURES, IMAGES, render_all, render_thumbnails  # noqa: E402
from hinge_guide.method import load as load_method  # noqa: E402

TEMPO = load_method(ROOT)["tempo"]

P = poses.POSES
EPS = 1e-9
# The SVGs are in centimetres of the model person, y down (the README's and
# figures/svg.py's convention), so a body height is this many SVG units.
CM = body.HEIGHT_M * 100
# Rung 0 kneels with its shins on the floor: its feet are not flat, so it is
# exempt from the feet-flat test and checked against its own base instead.
KNEELING = {"rung0"}
FEET_FLAT = sorted(set(P) - KNEELING)
LOADED = sorted(n for n, p in P.items() if p.get("load"))


def joint(name: str, j: str):
    return body.joints(P[name])[j]


# --- Physically possible ------------------------------------------------------

def test_only_rung0_kneels():
    assert {n for n, p in P.items() if p.get("kneeling")} == KNEELING


@pytest.mark.parametrize("name", FEET_FLAT)
def test_feet_flat_on_the_floor_and_fixed(name):
    j = body.joints(P[name])
    ref = body.joints(P["standing"])
    assert j["heel"] == pytest.approx((body.HEEL_X, 0.0))
    assert j["toe"] == pytest.approx((body.TOE_X, 0.0))
    for point in ("heel", "toe", "ankle"):
        assert j[point] == pytest.approx(ref[point]), point
    # the drawn foot rests on the floor from heel to toe
    start, end, r = body.capsules(P[name])["foot"]
    assert start[1] - r == pytest.approx(0.0) and end[1] - r == pytest.approx(0.0)
    assert start[0] - r == pytest.approx(body.HEEL_X) and end[0] + r == pytest.approx(body.TOE_X)


@pytest.mark.parametrize("name", sorted(P))
def test_centre_of_mass_over_the_base_of_support(name):
    back, front = body.support(P[name])
    x, _ = body.centre_of_mass(P[name])
    assert back < x < front, f"{name}: centre of mass at {x:.3f}, base {back:.3f}..{front:.3f}"


def test_balance_check_can_fail():
    """A stiff-legged bend to horizontal, hips over the ankles, must fall over."""
    pose = {"ankle": 0, "knee": 0, "hip": 90, "spine": 0, "neck": 0, "shoulder": 90, "elbow": 0}
    assert body.centre_of_mass(pose)[0] > body.TOE_X


@pytest.mark.parametrize("name", LOADED)
def test_carried_load_counts_in_the_balance(name):
    pose = P[name]
    without = {k: v for k, v in pose.items() if k != "load"}
    with_load, bare = body.centre_of_mass(pose), body.centre_of_mass(without)
    share = pose["load"]["kg"] / (pose["load"]["kg"] + body.BODY_MASS_KG)
    load_x = body.load_position(pose)[0]
    assert with_load[0] == pytest.approx(bare[0] + share * (load_x - bare[0]))
    assert body.HEEL_X < with_load[0] < body.TOE_X


@pytest.mark.parametrize("name", sorted(P))
def test_nothing_below_the_floor(name):
    pose = P[name]
    for j, (_, y) in body.joints(pose).items():
        if j not in ("heel", "toe"):
            assert y > 0, f"{name}: {j} at y={y:.3f}"
    assert body.lowest_y(pose) >= -EPS
    if pose.get("load"):
        lx, ly = body.load_position(pose)
        assert ly - body.LOADS[pose["load"]["kind"]]["radius"] >= -EPS


@pytest.mark.parametrize("name", sorted(P))
def test_segments_keep_their_length(name):
    j = body.joints(P[name])
    for a, b, length in (("ankle", "knee", body.SHANK), ("knee", "hip", body.THIGH),
                         ("hip", "shoulder", body.TRUNK if P[name]["spine"] == 0 else None),
                         ("waist", "shoulder", body.THORAX), ("hip", "waist", body.LUMBAR),
                         ("shoulder", "elbow", body.UPPER_ARM)):
        if length is not None:
            assert hypot(j[b][0] - j[a][0], j[b][1] - j[a][1]) == pytest.approx(length), (a, b)


@pytest.mark.parametrize("name", sorted(P))
def test_joint_angles_within_human_range(name):
    pose = P[name]
    angles = dict(pose, elbow=body.elbow_flexion(pose))
    for angle in body.ANGLES:
        if angle == "ankle" and pose.get("kneeling"):
            continue
        lo, hi = body.RANGE[angle]
        assert lo <= angles[angle] <= hi, f"{name}: {angle} = {angles[angle]:.1f}"
    assert 0 < pose.get("forearm_reach", 1.0) <= 1.0


def test_winter_masses_add_up_to_one():
    assert sum(m for m, _ in body.masses(P["standing"])) == pytest.approx(1.0, abs=1e-3)


# --- The correct hinge --------------------------------------------------------

def test_standing_setup():
    pose = P["standing"]
    assert abs(body.trunk_angle(pose)) < 2
    assert 10 <= pose["knee"] <= 18
    hand = joint("standing", "hand")
    assert joint("standing", "knee")[1] < hand[1] < joint("standing", "hip")[1]
    assert poses.leg_gap(pose, hand) == pytest.approx(body.RADIUS["forearm"], abs=1e-4)


def test_bottom_of_the_hinge():
    pose = P["bottom"]
    assert 45 <= body.trunk_angle(pose) <= 55
    assert 15 <= pose["knee"] <= 20
    assert abs(pose["ankle"]) <= 5, "shins near vertical"
    assert joint("bottom", "hip")[0] < body.HEEL_X, "hips behind the heels"
    assert abs(joint("bottom", "hand")[1] - joint("bottom", "knee")[1]) < 0.06, "hands at the knees"
    assert poses.leg_gap(pose, joint("bottom", "hand")) == pytest.approx(body.RADIUS["forearm"], abs=1e-4)


def test_hips_travel_back_as_the_trunk_tips_forward():
    frames = poses.rep_frames()
    trunk = [body.trunk_angle(f) for f in frames]
    hips = [body.joints(f)["hip"][0] for f in frames]
    assert trunk == sorted(trunk) and trunk[-1] - trunk[0] > 40
    assert hips == sorted(hips, reverse=True)
    assert hips[-1] < body.HEEL_X < hips[0]
    assert frames[0] is P["standing"] and P["mid_hinge"] in frames and frames[-1] is P["bottom"]


# --- Each fault differs from the fix in the joint that defines it ----------------

def test_rounded_back():
    fault, fix = P["fault_rounded_back"], P["bottom"]
    assert fault["spine"] >= fix["spine"] + 45, "a C you see at phone size"
    assert fault["spine"] <= body.RANGE["spine"][1]
    assert fault["neck"] >= 25, "the head hangs"
    # posterior pelvic tilt: the lumbar part more upright than in the fix
    assert body.directions(fault)["lumbar"] <= body.directions(fix)["lumbar"] - 10
    assert joint("fault_rounded_back", "hand")[1] < joint("bottom", "hand")[1], "hands lower"


def _svg_xy(p):
    """Body point (H, y up) -> SVG units (cm, y down)."""
    return p[0] * CM, -p[1] * CM


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
    assert (x0, y0) == pytest.approx(_svg_xy(c["pelvis"][0]), abs=0.1)
    assert (x1, y1) == pytest.approx(_svg_xy(j["shoulder"]), abs=0.1)
    centre = _arc_centre((x0, y0), (x1, y1), r)
    waist = _svg_xy(j["waist"])
    assert hypot(waist[0] - centre[0], waist[1] - centre[1]) == pytest.approx(r, abs=0.3), "through T12-L1"
    chord = hypot(x1 - x0, y1 - y0)
    assert r - (r * r - chord * chord / 4) ** 0.5 > 0.1 * chord, "a visible C, not a kink"
    # the bulge is on the back: the waist lies behind the pelvis-shoulder chord
    assert _side(j["waist"], c["pelvis"][0], j["shoulder"]) > 0
    # the fix has no curved trunk: its back is two straight capsules in line
    assert not re.search(r'<path fill="none" d="M[^"]*A', FILES["fault-rounded-back-fix.svg"])
    # the head hangs below the shoulders, not held in line as in the fix
    assert joint("fault_rounded_back", "head")[1] < joint("fault_rounded_back", "shoulder")[1]
    assert joint("bottom", "head")[1] > joint("bottom", "shoulder")[1]


# The pairs as the figures and the share cards know them (figures/__init__.py).
PAIR_POSES = {name: (figure.fault, figure.fix) for name, figure in FAULT_FIGURES.items()}
PAIRS = tuple(PAIR_POSES)
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
        assert {f"{name}-fault", f"{name}-fix"} <= set(FIGURES), f"{name}: not drawn"
    for name, figure in FAULT_FIGURES.items():
        sides = (figure.fault_marks, figure.fix_marks)
        assert all(len(marks_) >= 1 for marks_ in sides), f"{name}: each side names its line"
        view = views.view_of(PAIR_POSES[name][0])
        assert all(set(marks_) <= set(view.mark_names) for marks_ in sides), name


def _root_box(svg: str):
    return tuple(map(float, re.search(r'viewBox="([^"]+)"', _root(svg)).group(1).split()))


def _rect(svg: str, cls: str):
    m = re.search(rf'<rect class="{cls}" x="(-?[\d.]+)" y="(-?[\d.]+)" width="([\d.]+)" height="([\d.]+)"', svg)
    assert m, cls
    return tuple(map(float, m.groups()))


@pytest.mark.parametrize("name", PAIRS)
@pytest.mark.parametrize("side,word", [("fault", "Fault"), ("fix", "Fix")])
def test_each_side_is_its_own_svg_with_a_badge_in_words_on_a_tinted_panel(name, side, word):
    svg = FILES[f"{name}-{side}.svg"]
    kind = "fault" if side == "fault" else "accent"
    assert f'class="hh-fig hh-fig--{side}"' in _root(svg)
    x, y, w, h = _root_box(svg)
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
            px, py = _svg_xy(body.lerp(a, b, t / 10))
            gx = max(bx - px, 0.0, px - bx - bw)
            gy = max(by - py, 0.0, py - by - bh)
            assert hypot(gx, gy) > r * CM, ("badge on the body", a, b)
    # each side is at least 200 px tall on a 390 px phone, where it gets
    # the width of a fault box inside a numbered step: about 280 px
    assert 280 * h / w >= 200
    # both sides are drawn to the same scale: the same view box
    other = FILES[f"{name}-{'fix' if side == 'fault' else 'fault'}.svg"]
    assert _root_box(other) == (x, y, w, h)


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


# --- Seen from the front: knees caving in (figures/front.py) --------------------

FRONT_PAIRS = [name for name, (fault, _) in PAIR_POSES.items()
               if views.view_of(fault) is views.FRONT]


def test_knees_caving_in():
    """The bottom of the hinge seen from the front: both sides have the same
    hips and feet, at the heights the side view gives, and legs of Winter's
    lengths (solved in 3D, before they are projected), bent as the side
    pose bends them. In the fault the knees swing in until they almost
    touch, well inside the line from the hip to the second toe; in the fix
    each knee sits on that line."""
    fault, fix = front.POSES["front_knees_in"], front.POSES["front_knees_over_toes"]
    assert FRONT_PAIRS == ["fault-knees-caving-in"]
    assert PAIR_POSES["fault-knees-caving-in"] == ("front_knees_in", "front_knees_over_toes")
    side_view = body.joints(P[front.HINGE])
    for pose in (fault, fix):
        assert pose["hinge"] == "bottom"
        for side in front.LEGS:
            assert front.leg_length_3d(pose, side) == pytest.approx((body.THIGH, body.SHANK))
            p3 = front.leg_3d(pose, side)
            thigh, shin = (_vec(p3["hip"], p3["knee"]), _vec(p3["knee"], p3["ankle"]))
            bend = degrees(acos(sum(a * b for a, b in zip(thigh, shin, strict=True))
                                / (body.THIGH * body.SHANK)))
            assert bend == pytest.approx(P[front.HINGE]["knee"], abs=1.5), "soft knees, as from the side"
            p = front.leg(pose, side)
            assert p["hip"] == pytest.approx((side * front.HIP_HALF, side_view["hip"][1]))
            assert p["ankle"] == pytest.approx((side * front.STANCE_HALF, body.ANKLE_HEIGHT))
            assert abs(p["toe"][0]) > abs(p["ankle"][0]), "the feet turn out"
    for part in ("left_foot", "right_foot", "pelvis"):
        assert front.capsules(fault)[part] == front.capsules(fix)[part], part
    for side in front.LEGS:
        assert front.off_line(fix, side) == pytest.approx(0.0, abs=1e-6), "knee over the toe"
        assert front.off_line(fault, side) < -0.03, "inside the line, by 5 px on a phone"
    assert 0 < front.knee_gap(fault) < 0.01, "the knees almost touch"
    assert front.knee_gap(fix) > 0.05


def _vec(a, b):
    return tuple(q - p for p, q in zip(a, b, strict=True))


def _dashed_lines(svg: str, kind: str):
    return [tuple(map(float, m)) for m in re.findall(
        rf'<path class="hh-fig-{kind} hh-fig-dash" d="M(-?[\d.]+) (-?[\d.]+)L(-?[\d.]+) (-?[\d.]+)"/>', svg)]


@pytest.mark.parametrize("side,kind", [("fault", "fault"), ("fix", "accent")])
def test_the_knee_line_runs_through_the_fixs_knees_and_outside_the_faults(side, kind):
    """Read from the SVG: each leg's dashed guide runs from its hip down to
    the toes; the drawn knee (where the thigh's capsule starts) sits on it
    in the fix and well inside it in the fault."""
    svg = FILES[f"fault-knees-caving-in-{side}.svg"]
    width = round(2 * front.THIGH_R * CM, 1)
    thighs = [tuple(map(float, m)) for m in re.findall(
        rf'<path d="M(-?[\d.]+) (-?[\d.]+)L(-?[\d.]+) (-?[\d.]+)" stroke-width="{width:g}"/>', svg)]
    lines = _dashed_lines(svg, kind)
    assert len(thighs) == len(lines) == 2
    for (kx, ky, hx, hy), (x0, y0, x1, y1) in zip(sorted(thighs), sorted(lines), strict=True):
        assert (x0, y0) == pytest.approx((hx, hy), abs=0.1), "from the hip"
        assert y1 == 0 and abs(x1) > abs(hx), "to the toes, out from under the hip"
        on_line = x0 + (x1 - x0) * (ky - y0) / (y1 - y0)
        inside = abs(on_line) - abs(kx)
        if side == "fix":
            assert abs(inside) < 0.3
        else:
            assert inside > 4, "the knee 4 cm inside its line"


@pytest.mark.parametrize("name", FRONT_PAIRS)
@pytest.mark.parametrize("side", ["fault", "fix"])
def test_front_view_labels_sit_beside_the_legs(name, side):
    """Each label's box (at the widest a bold font sets it) clears the legs and the pelvis."""
    svg = FILES[f"{name}-{side}.svg"]
    pose = PAIR_POSES[name][0 if side == "fault" else 1]
    size = float(re.search(r"\.hh-fig-label\{font:\d+ ([\d.]+)px", svg).group(1))
    found = re.findall(r'<text class="hh-fig-label[^"]*" x="(-?[\d.]+)" y="(-?[\d.]+)" '
                       r'text-anchor="(\w+)">([^<]+)</text>', svg)
    assert found
    for tx, ty, anchor, words in found:
        length = CHAR_EM * size * len(words)
        left = float(tx) - {"start": 0, "middle": length / 2, "end": length}[anchor]
        box = (left, float(ty) - size, left + length, float(ty))
        for a, b, r in front.capsules(front.POSES[pose]).values():
            for t in range(21):
                px, py = _svg_xy(body.lerp(a, b, t / 20))
                gap = hypot(max(box[0] - px, 0.0, px - box[2]), max(box[1] - py, 0.0, py - box[3]))
                assert gap > r * CM, (words, "on the body")


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
    bell, beside the near foot, is see-through so the foot shows."""
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
    bell = re.search(r'<circle class="hh-fig-prop hh-fig-prop-fill" fill-opacity="(\.\d+)"[^>]*/>', svg)
    assert bell and float(bell.group(1)) <= 0.5, "see-through bell"
    # drawn over the legs (after the body) with the foot showing through
    assert svg.index('class="hh-fig-body" mask=') < svg.index(bell.group(0))
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
    x, y, w, h = _root_box(svg)
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
    """Shown 12rem (240 px) wide (extra.css), each is at least 240 px tall,
    against 131 px before; the crop leaves less empty floor."""
    css = (ROOT / "docs/stylesheets/extra.css").read_text()
    block = css[css.index("/* Figures: fault beside fix"):]
    width = float(re.search(r"svg\.hh-fig--small \{\s*max-width: ([\d.]+)rem;", block).group(1)) * 20
    x, y, w, h = _root_box(FILES[f"rung-{name[4:]}.svg"])
    assert width >= 240 and width * h / w >= 200


# --- One figure per step: Setup and Movement ---------------------------------

STEPS = {
    "setup-feet": "straight_legs", "setup-knees": "soft_knees", "setup-hands": "standing",
    "setup-shoulders": "standing", "setup-brace": "standing", "setup-neck": "standing",
    "movement-hips-back": "mid_hinge", "movement-shins-upright": "bottom",
    "movement-palms-slide": "palms_sliding", "movement-stop-at-stretch": "bottom",
    "movement-hips-forward": "rising", "movement-finish-tall": "standing",
}


def test_a_figure_for_every_numbered_step():
    """Six numbered steps on Setup (## 1. ...) and six on Movement (1. **...**)."""
    setup = re.findall(r"^## (\d)\. ", (ROOT / "docs/setup.md").read_text(), re.M)
    move = (ROOT / "docs/movement.md").read_text()
    move = move[move.index("## The hinge, step by step"):move.index("## Drill")]
    steps = re.findall(r"^(\d)\. \*\*", move, re.M)
    assert len(setup) == len(steps) == 6
    names = sorted(STEPS)
    assert sum(n.startswith("setup-") for n in names) == len(setup)
    assert sum(n.startswith("movement-") for n in names) == len(steps)
    for name in names:
        assert f"{name}.svg" in FILES
        title = re.search(r"<title[^>]*>([^<]+)</title>", FILES[f"{name}.svg"]).group(1)
        assert re.search(r"step \d", title)


def test_setup_steps_build_up_the_setup():
    """Step 1 stands with straight legs and hanging arms; step 2 unlocks the
    knees to 15 degrees (the 15 to 20 of the page); from step 3 the palms
    rest on the thighs."""
    assert P["straight_legs"]["knee"] < 5
    assert 15 <= P["soft_knees"]["knee"] <= 20
    for name in ("straight_legs", "soft_knees"):
        d = body.directions(P[name])
        assert d["upper_arm"] == pytest.approx(180) and d["forearm"] == pytest.approx(180), "arms hang"
    assert poses.leg_gap(P["standing"], joint("standing", "hand")) == pytest.approx(body.RADIUS["forearm"], abs=1e-4)


def test_movement_steps_go_down_then_up():
    trunk = [body.trunk_angle(P[STEPS[n]]) for n in (
        "movement-hips-back", "movement-palms-slide", "movement-stop-at-stretch")]
    assert trunk == sorted(trunk) and trunk[-1] <= 60
    assert body.trunk_angle(P["rising"]) < trunk[-1]
    assert abs(body.trunk_angle(P["standing"])) < 2
    hands = [joint(STEPS[n], "hand")[1] for n in ("movement-hips-back", "movement-palms-slide",
                                                  "movement-stop-at-stretch")]
    assert hands == sorted(hands, reverse=True), "the palms slide down"


@pytest.mark.parametrize("name", sorted(STEPS))
def test_step_figures_draw_their_pose_and_name_what_to_look_at(name):
    svg = FILES[f"{name}.svg"]
    _check_legs(svg, STEPS[name])
    # A label's first line (a label of more lines goes on in <tspan>s)
    labels = re.findall(r'<text class="hh-fig-label hh-fig-label-accent"[^>]*>([^<]+)<', svg)
    assert labels, "the key point in words"
    assert re.search(r'class="hh-fig-accent[^"]*"', svg), "and a mark that shows it"


def test_cue_strip_is_four_numbered_poses_on_one_floor():
    svg = FILES["cue-strip.svg"]
    assert re.findall(r'<text class="hh-fig-num-text"[^>]*>(\d)</text>', svg) == ["1", "2", "3", "4"]
    assert svg.count('class="hh-fig-body" mask=') == 4
    assert svg.count('class="hh-fig-ground"') == 1
    x, y, w, h = _root_box(svg)
    assert w / h > 2, "a strip"
    # the four bodies, left to right: setup, halfway, bottom, tall again
    knees = [float(m) for m in re.findall(r'<path d="M(-?[\d.]+) -6.8L', svg)]
    assert len(knees) == 4 and knees == sorted(knees)


# --- The SVG files ------------------------------------------------------------------

FILES = render_all()


def test_every_named_figure_is_drawn():
    expected = {"setup-standing", "drill-dowel", "drill-wall", "drill-pelvic-tilt",
                "drill-rock-back", "lift-box",
                "hinge-rep", "feel-it", "cue-strip", *STEPS,
                *(f"{p}{side}" for p in PAIRS for side in ("-fault", "-fix")),
                *(f"rung-{i}" for i in range(9))}
    assert set(FIGURES) == expected


def _root(svg: str) -> str:
    return re.match(r"<svg\b[^>]*>", svg).group(0)


@pytest.mark.parametrize("name", sorted(FILES))
def test_svg_is_small_accessible_and_theme_aware(name):
    svg = FILES[name]
    root = _root(svg)
    assert re.search(r'viewBox="-?[\d.]+ -?[\d.]+ [\d.]+ [\d.]+"', root)
    assert not re.search(r"\s(width|height)=", root)
    assert 'role="img"' in root and re.search(r'class="hh-fig[ "]', root)
    title_id = re.search(r'aria-labelledby="([^"]+)"', root).group(1)
    title = re.search(rf'<title id="{title_id}">([^<]+)</title>', svg)
    assert title and len(title.group(1)) > 20
    assert len(gzip.compress(svg.encode(), mtime=0)) < 8192
    assert "<metadata" not in svg
    assert "currentColor" in svg and "var(--hh-figure-" in svg
    # words only in the named places: labels, badges, step numbers
    for cls in re.findall(r'<text class="([^"]+)"', svg):
        assert cls.split()[0] in ("hh-fig-label", "hh-fig-badge-word", "hh-fig-num-text"), cls
    assert svg.count("<text") == len(re.findall(r'<text class="', svg))
    # every id is prefixed, so several figures can be inlined in one page
    ids = re.findall(r'\bid="([^"]+)"', svg)
    assert ids and all(i.startswith("hh-") for i in ids)  # the title has one, at least
    # hard-coded colours only in the knock-out masks
    for colour in re.findall(r'(?:fill|stroke)="(#[0-9a-f]+)"', svg):
        assert colour in ("#fff", "#000")


def test_ids_are_unique_across_all_figures():
    ids = [i for svg in FILES.values() for i in re.findall(r'\bid="([^"]+)"', svg)]
    assert len(ids) == len(set(ids))



# --- The fault list's thumbnails ---------------------------------------------

THUMBS = render_thumbnails()


def test_every_fault_pair_has_a_thumbnail():
    assert set(THUMBS) == {f"{name}-thumb.svg" for name in PAIRS}


@pytest.mark.parametrize("name", PAIRS)
def test_a_thumbnail_is_the_fault_sides_body_and_marks_only(name):
    """At about 80 px a badge, labels and a tinted panel were noise round a
    small body: a thumbnail keeps the body, its props and the fault's own
    marks, in colours written in (an <img> SVG can't see the page's CSS)."""
    text, side = THUMBS[f"{name}-thumb.svg"], FILES[f"{name}-fault.svg"]
    assert "<text" not in text and "<title" not in text
    assert "badge" not in text and "panel" not in text and "fill-opacity:0.08" not in text
    assert "var(" not in text and "currentColor" not in text and "@media" not in text
    assert 'class="hh-fig-fault' in text and svg.palette()["light"]["fault"] in text
    assert ('class="hh-fig-prop' in text) == ('class="hh-fig-prop' in side)
    # the same body as the fault side: every capsule of it
    capsules = re.findall(r'<path d="M[^"]+" stroke-width="[\d.]+"/>', side)
    assert capsules and all(c in text for c in capsules)
    # the fault's marks drawn bolder than on the whole figure
    width = float(re.search(r"\.hh-fig-fault\{[^}]*stroke-width:([\d.]+)", text).group(1))
    assert width > 1.5 * svg.MARK_STROKE
    # small: a row of the list loads one
    assert len(text.encode()) < 2600 and len(gzip.compress(text.encode(), mtime=0)) < 1024


@pytest.mark.parametrize("name", PAIRS)
def test_a_thumbnail_is_cropped_square_round_the_body(name):
    """The body fills the tile: the view box is square, holds the whole
    body, and is at most a small margin wider than the body in its longer
    direction."""
    x, y, w, h = _root_box(THUMBS[f"{name}-thumb.svg"])
    assert w == h
    pose = FAULT_FIGURES[name].fault
    parts = views.view_of(pose).capsules(views.pose(pose)).values()
    left = min(min(a[0], b[0]) - r for a, b, r in parts) * CM
    right = max(max(a[0], b[0]) + r for a, b, r in parts) * CM
    top = max(max(a[1], b[1]) + r for a, b, r in parts) * CM
    bottom = min(min(a[1], b[1]) - r for a, b, r in parts) * CM
    assert x <= left and right <= x + w and y <= -top and -bottom <= y + h, name
    assert max(right - left, top - bottom) >= 0.8 * w, f"{name}: the body is small in its tile"

# A bold system font's average character is at most 0.62 em wide.
CHAR_EM = 0.62


@pytest.mark.parametrize("name", sorted(FILES))
def test_drawing_and_words_stay_inside_the_view_box(name):
    svg = FILES[name]
    x, y, w, h = _root_box(svg)
    closeup = "hh-fig--closeup" in _root(svg)
    if closeup:  # a close-up crops the body on purpose: its marks must show whole
        marks = "".join(re.findall(r'<path class="hh-fig-accent[^"]*"[^>]*? d="([^"]+)"', svg))
        coords = re.findall(r"[ML](-?[\d.]+) (-?[\d.]+)", marks)
        coords += re.findall(r'<circle class="hh-fig-[\w-]*accent[^"]*" cx="(-?[\d.]+)" '
                             r'cy="(-?[\d.]+)"', svg)
    else:
        coords = re.findall(r"[ML](-?[\d.]+) (-?[\d.]+)", svg)
        coords += re.findall(r'cx="(-?[\d.]+)" cy="(-?[\d.]+)"', svg)
    assert coords
    for cx, cy in coords:
        assert x <= float(cx) <= x + w and y <= float(cy) <= y + h, (cx, cy)
    sizes = dict(re.findall(r"\.(hh-fig-[\w-]+)\{[^}]*font:\d+ ([\d.]+)px", svg))
    if closeup:  # its words are drawn smaller, as they are enlarged with the crop
        sizes.update(re.findall(r"\.hh-fig--closeup \.(hh-fig-[\w-]+)\{font-size:([\d.]+)px", svg))
    for cls, tx, ty, anchor, words in re.findall(
            r'<text class="([\w-]+)[^"]*" x="(-?[\d.]+)" y="(-?[\d.]+)"(?: text-anchor="(\w+)")?>([^<]+)</text>', svg):
        size = float(sizes[cls])
        length = CHAR_EM * size * len(words)
        left = float(tx) - {"": 0, "start": 0, "middle": length / 2, "end": length}[anchor]
        assert x <= left and left + length <= x + w, (words, left, left + length, x, x + w)
        assert y <= float(ty) - size and float(ty) <= y + h, words


def _capsule_ends(svg: str, stroke: float):
    """Ends (SVG units) of the first straight capsule of that stroke width."""
    m = re.search(rf'<path d="M(-?[\d.]+) (-?[\d.]+)L(-?[\d.]+) (-?[\d.]+)" stroke-width="{stroke:g}"/>', svg)
    assert m, stroke
    x0, y0, x1, y1 = map(float, m.groups())
    return (x0, y0), (x1, y1)


def _check_legs(svg: str, pose: str):
    """The legs as drawn: Winter's lengths, the ankle where the model fixes it,
    and the knee flexion the pose asks for."""
    width = lambda part: round(2 * body.RADIUS[part] * CM, 1)  # noqa: E731
    ankle, knee = _capsule_ends(svg, width("shank"))
    knee2, hip = _capsule_ends(svg, width("thigh"))
    assert ankle == pytest.approx((0.0, -body.ANKLE_HEIGHT * CM), abs=0.06)
    assert knee == knee2, "the thigh starts where the shin ends"
    assert hypot(knee[0] - ankle[0], knee[1] - ankle[1]) == pytest.approx(body.SHANK * CM, abs=0.15)
    assert hypot(hip[0] - knee[0], hip[1] - knee[1]) == pytest.approx(body.THIGH * CM, abs=0.15)
    shin = degrees(atan2(knee[0] - ankle[0], ankle[1] - knee[1]))
    thigh = degrees(atan2(hip[0] - knee[0], knee[1] - hip[1]))
    assert shin - thigh == pytest.approx(P[pose]["knee"], abs=0.6)
    return ankle, knee, hip


@pytest.mark.parametrize("file,pose", [("movement-shins-upright.svg", "bottom"),
                                       ("rung-8.svg", "rung8"),
                                       ("setup-standing.svg", "standing"),
                                       ("fault-squatting-the-hinge-fault.svg", "fault_squatting"),
                                       ("fault-bending-at-the-waist-fault.svg", "fault_waist_bend")])
def test_drawn_legs_have_winters_lengths_and_the_poses_knee_angle(file, pose):
    _check_legs(FILES[file], pose)


def test_drawn_hips_are_behind_the_heels_in_the_fix_and_over_them_in_the_fault():
    heel = body.HEEL_X * CM
    *_, fix_hip = _check_legs(FILES["fault-bending-at-the-waist-fix.svg"], "bottom")
    *_, fault_hip = _check_legs(FILES["fault-bending-at-the-waist-fault.svg"], "fault_waist_bend")
    assert fix_hip[0] < heel - 8, "at least 8 cm behind the heels"
    assert heel <= fault_hip[0] <= body.TOE_X * CM


@pytest.mark.parametrize("name", PAIRS)
def test_fault_pairs_use_both_colours_and_label_their_lines(name):
    for side, kind in (("fault", "fault"), ("fix", "accent")):
        svg = FILES[f"{name}-{side}.svg"]
        assert re.search(rf'class="hh-fig-{kind}[ "]', svg)
        other = "accent" if kind == "fault" else "fault"
        assert not re.search(rf'class="hh-fig-{other}[ "]', svg)
        assert svg.count('class="hh-fig-body" mask=') == 1, "one figure"
        assert re.findall(rf'<text class="hh-fig-label hh-fig-label-{kind}"', svg), "lines named in words"
        # every mark sits on a halo of the page colour, drawn just before it;
        # a dashed mark's halo is dashed too, so the body shows between dashes
        marks = list(re.finditer(rf'<path class="hh-fig-{kind}( hh-fig-dash)?"[^>]*d="([^"]+)"', svg))
        assert marks, "no marks"
        for mark in marks:
            halo = svg.rfind('class="hh-fig-halo', 0, mark.start())
            assert halo >= 0, "a mark with no halo"
            dashed = svg[halo:].startswith('class="hh-fig-halo hh-fig-dash"')
            assert dashed == bool(mark.group(1)), svg[halo:mark.start()]
            assert f'd="{mark.group(2)}"' in svg[halo:mark.start()]


def _keyframes(style: str, name: str):
    body_ = re.search(rf"@keyframes {name}\{{((?:[\d.]+%\{{[^}}]*\}})+)\}}", style).group(1)
    return [(float(t), float(tx), float(ty), float(deg)) for t, tx, ty, deg in re.findall(
        r"([\d.]+)%\{transform:translate\((-?[\d.]+)px,(-?[\d.]+)px\) rotate\((-?[\d.]+)deg\)\}", body_)]


def test_rep_moves_one_body_through_interpolated_poses():
    """No cross-fade: one body whose parts the browser turns and shifts
    between keyframes. Applying the first keyframe to the drawn thigh (drawn
    at the bottom) puts it where the model has the standing thigh."""
    svg = FILES["hinge-rep.svg"]
    style = re.search(r"<style>(.*)</style>", svg, re.S).group(1)
    assert "opacity" not in "".join(re.findall(r"@keyframes[^{]*\{(?:[^{}]*\{[^}]*\})*\}", style))
    animated = re.findall(r"\.([\w-]+)\{animation:([\w-]+) ([\d.]+)s linear infinite( alternate)?\}", style)
    assert len(animated) >= 6, "shin, thigh, trunk, head, upper arm, forearm"
    alternate = {a[3] for a in animated}
    assert len(alternate) == 1, "every part on the same clock"
    there_and_back = 2 if alternate.pop() else 1
    assert svg.count('class="hh-rep-puppet"') == 1
    puppet = svg[svg.index('class="hh-rep-puppet"'):]
    for cls, frames, seconds, _ in animated:
        assert cls.startswith("hh-rep-") and frames.startswith("hh-rep-")
        assert there_and_back * float(seconds) >= sum(TEMPO.values()), "a rep at the method's tempo"
        for group in re.findall(rf'class="([^"]*\b{cls}\b[^"]*)"', puppet):
            assert "hh-anim" in group.split()
        keys = _keyframes(style, frames)
        assert len(keys) >= 8 and keys[0][0] == 0 and keys[-1][0] == 100
        if there_and_back == 1:
            assert keys[0][1:] == keys[-1][1:], "the loop closes"
        else:
            assert keys[-1][1:] == (0, 0, 0), "the way there ends at the bottom, as drawn"
    # The method's tempo: down, pause at the bottom (drawn as rest: 0, 0, 0), up.
    loop = there_and_back * float(animated[0][2])
    keys = [(t * loop / 100, tuple(k)) for t, *k in _keyframes(style, animated[0][1])]
    at_bottom = [t for t, k in keys if k == (0, 0, 0)]
    standing = keys[0][1]
    left_top = max(t for t, k in keys if k == standing and t < at_bottom[0])
    back_top = min(t for t, k in keys if k == standing and t > at_bottom[-1])
    assert at_bottom[0] - left_top == pytest.approx(TEMPO["down_seconds"], abs=0.05)
    assert at_bottom[-1] - at_bottom[0] == pytest.approx(TEMPO["pause_seconds"], abs=0.05)
    assert back_top - at_bottom[-1] == pytest.approx(TEMPO["up_seconds"], abs=0.05)
    # the thigh: drawn at the bottom pose, carried to standing at 0 %
    width = round(2 * body.RADIUS["thigh"] * CM, 1)
    m = re.search(rf'<g class="hh-anim (hh-rep-s\d+)"><path d="M(-?[\d.]+) (-?[\d.]+)L(-?[\d.]+) (-?[\d.]+)" '
                  rf'stroke-width="{width:g}"/>', puppet)
    cls, *ends = m.groups()
    x0, y0, x1, y1 = map(float, ends)
    frames = {c: f for c, f, *_ in animated}[cls]
    _, tx, ty, deg = _keyframes(style, frames)[0]
    c, s_ = cos(radians(deg)), sin_(deg)
    moved = [(c * x - s_ * y + tx, s_ * x + c * y + ty) for x, y in ((x0, y0), (x1, y1))]
    j = body.joints(P["standing"])
    assert moved[0] == pytest.approx(_svg_xy(j["knee"]), abs=0.3)
    assert moved[1] == pytest.approx(_svg_xy(j["hip"]), abs=0.3)
    assert (x1, y1) == pytest.approx(_svg_xy(body.joints(P["bottom"])["hip"]), abs=0.1)


def sin_(deg):
    from math import sin
    return sin(radians(deg))


def test_rep_is_still_for_reduced_motion_and_print_and_pausable():
    svg = FILES["hinge-rep.svg"]
    style = re.search(r"<style>(.*)</style>", svg, re.S).group(1)
    for media in ("(prefers-reduced-motion:reduce)", "print"):
        rule = re.search(rf"@media {re.escape(media)}\{{(.*?\}})\}}", style).group(1)
        assert ".hh-rep-puppet{display:none}" in rule and ".hh-rep-puppet *{animation:none}" in rule
        assert ".hh-rep-stills{display:inline}" in rule
    assert ".hh-rep-stills{display:none}" in style
    # the stills: standing and halfway as outlines, the bottom solid, all
    # at full strength (no faded copies under 3:1)
    stills = re.findall(r'<g class="hh-rep-frame [^"]*">(<rect class="hh-fig-prop-fill"[^>]*mask|<g class="hh-fig-body")', svg)
    assert len(stills) == 3
    assert [s_.startswith("<rect") for s_ in stills] == [True, True, False]
    assert 'opacity="' not in svg.split('class="hh-rep-stills"')[1]
    # the page's pause switch pauses everything that moves (extra.css)
    css = (ROOT / "docs/stylesheets/extra.css").read_text()
    assert re.search(r"\.hh-rep:has\(\.hh-rep__pause:checked\) \.hh-anim \{\s*animation-play-state: paused;", css)
    ids = re.findall(r'\bid="([^"]+)"', svg)
    assert ids and all(i.startswith("hh-rep-") for i in ids)


@pytest.mark.parametrize("seed", ["1", "2"])
def test_committed_figures_match_the_model(seed):
    """The committed SVGs are what the model draws, whatever order Python
    hashes strings in (so the output can't depend on set or hash order)."""
    result = subprocess.run([sys.executable, "-m", "figures", "--check"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, "PYTHONHASHSEED": seed})
    assert result.returncode == 0, result.stdout + result.stderr
    assert IMAGES == ROOT / "docs" / "images"


def test_check_lists_stale_and_missing_files(tmp_path, capsys):
    assert main(["--out", str(tmp_path)]) == 0
    assert main(["--check", "--out", str(tmp_path)]) == 0
    (tmp_path / "rung-3.svg").write_text("<svg/>")
    (tmp_path / "hinge-rep.svg").unlink()
    capsys.readouterr()
    assert main(["--check", "--out", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "rung-3.svg" in out and "hinge-rep.svg" in out and "rung-2.svg" not in out


def test_rung0_title_matches_the_hands():
    """Rung 0's palms rest on the thighs (see poses.kneeling_hinge)."""
    title = re.search(r"<title[^>]*>([^<]+)</title>", FILES["rung-0.svg"]).group(1)
    assert "hips" in title and "on the hips" not in title
    assert "thighs" in title


# --- Where you should feel it ----------------------------------------------------

FEEL = FILES["feel-it.svg"]
FEEL_POSE = P["bottom"]


def _feel_shape(part: str) -> list[tuple[float, float]]:
    """The points of one highlight, read back from the SVG, in body units."""
    d = re.search(rf'<path class="hh-feel-it-\w+ hh-feel-it-{part}" d="([^"]+)"', FEEL).group(1)
    assert d.startswith("M") and d.endswith("Z")
    return [(float(x) / svg.SCALE, -float(y) / svg.SCALE)
            for x, y in re.findall(r"(-?[\d.]+) (-?[\d.]+)", d)]


def _side(p, a, b) -> float:
    """+ behind (the posterior side of) the axis a->b drawn up the body, - in front."""
    return (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])


def _along(p, a, b) -> float:
    """How far along a->b the point p projects (0 at a, 1 at b)."""
    vx, vy = b[0] - a[0], b[1] - a[1]
    return ((p[0] - a[0]) * vx + (p[1] - a[1]) * vy) / (vx * vx + vy * vy)


def test_feel_it_is_drawn_accessible_and_checked(tmp_path, capsys):
    assert (IMAGES / "feel-it.svg").read_text() == FEEL
    root = _root(FEEL)
    assert 'class="hh-fig"' in root and 'role="img"' in root
    assert 'aria-labelledby="hh-feel-it-title"' in root
    assert re.search(r'viewBox="-?[\d.]+ -?[\d.]+ [\d.]+ [\d.]+"', root)
    title = re.search(r'<title id="hh-feel-it-title">([^<]+)</title>', FEEL).group(1)
    assert "feel" in title.lower()
    ids = re.findall(r'\bid="([^"]+)"', FEEL)
    assert ids and all(i.startswith("hh-feel-it-") for i in ids)
    # it is one of the files --check compares
    assert main(["--out", str(tmp_path)]) == 0
    (tmp_path / "feel-it.svg").write_text(FEEL.replace("hh-feel-it-work", "hh-feel-it-x"))
    capsys.readouterr()
    assert main(["--check", "--out", str(tmp_path)]) == 1
    assert "feel-it.svg" in capsys.readouterr().out


def test_feel_it_draws_the_bottom_of_the_hinge():
    """Legs of Winter's lengths at the bottom's knee angle, and the lumbar
    part at the angle the pose sets (ankle - knee + hip), read from the SVG."""
    _check_legs(FEEL, "bottom")
    width = round(2 * body.RADIUS["lumbar"] * CM, 1)
    hip, waist = _capsule_ends(FEEL, width)
    assert hypot(waist[0] - hip[0], waist[1] - hip[1]) == pytest.approx(body.LUMBAR * CM, abs=0.15)
    pose = P["bottom"]
    lumbar = degrees(atan2(waist[0] - hip[0], hip[1] - waist[1]))
    assert lumbar == pytest.approx(pose["ankle"] - pose["knee"] + pose["hip"], abs=0.5)


def test_feel_it_treatments():
    style = re.search(r"<style>(.*)</style>", FEEL, re.S).group(1)
    rules = dict(re.findall(r"\.(hh-feel-it-\w+)\{([^}]*)\}", style))
    accent = re.search(r"var\(--hh-figure-accent,#[0-9a-f]+\)", style).group(0)
    prop = re.search(r"var\(--hh-figure-prop,#[0-9a-f]+\)", style).group(0)
    assert f"fill:{accent}" in rules["hh-feel-it-work"]
    assert "dasharray" not in rules["hh-feel-it-work"] and "opacity" not in rules["hh-feel-it-work"]
    assert f"stroke:{accent}" in rules["hh-feel-it-brace"] and "stroke-dasharray" in rules["hh-feel-it-brace"]
    assert re.search(r"fill-opacity:\.\d", rules["hh-feel-it-brace"]), "lighter than the work"
    assert f"stroke:{prop}" in rules["hh-feel-it-still"] and "stroke-dasharray" in rules["hh-feel-it-still"]
    assert "accent" not in rules["hh-feel-it-still"]
    for part, kind in (("hamstrings", "work"), ("glutes", "work"), ("abs", "brace"), ("low-back", "still")):
        assert f'class="hh-feel-it-{kind} hh-feel-it-{part}"' in FEEL, part
    # the body is a light fill so the highlights stand out, drawn before
    # them, inside a full-colour outline (which carries the 3:1 contrast)
    assert "hh-feel-it-ghost{fill:currentColor;opacity:" in style
    assert "hh-feel-it-edge{fill:currentColor}" in style
    assert FEEL.index("hh-feel-it-ghost\"") < FEEL.index("hh-feel-it-hamstrings")
    assert FEEL.index('class="hh-feel-it-edge"') < FEEL.index("hh-feel-it-hamstrings")


def _in_polygon(p, poly) -> bool:
    inside = False
    for (x0, y0), (x1, y1) in zip(poly, poly[1:] + poly[:1], strict=True):
        if (y0 > p[1]) != (y1 > p[1]) and p[0] < x0 + (p[1] - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


@pytest.mark.parametrize("part,words", [("hamstrings", "Hamstrings"), ("glutes", "Glutes"),
                                        ("abs", "Belly"), ("low-back", "Lower back")])
def test_feel_it_names_each_muscle_with_a_line_to_it(part, words):
    """Labelled directly: the words, and a leader line from them that ends
    inside the shape it names (not only a legend)."""
    pairs = re.findall(r'<path class="hh-feel-it-lead" d="M(-?[\d.]+) (-?[\d.]+)L(-?[\d.]+) (-?[\d.]+)"/>'
                       r'<circle[^>]*/><text class="hh-fig-label[^"]*"[^>]*>([^<]+)</text>', FEEL)
    assert len(pairs) == 4
    (x0, y0, x1, y1, text), = [p for p in pairs if p[4].startswith(words)]
    end = (float(x1) / CM, -float(y1) / CM)
    assert _in_polygon(end, _feel_shape(part)), f"{words}: the line ends off its shape"
    for other in ("hamstrings", "glutes", "abs", "low-back"):
        if other != part:
            assert not _in_polygon(end, _feel_shape(other)), other


def _on_body(points, parts, margin):
    c = body.capsules(FEEL_POSE)
    for p in points:
        assert min(body.distance_to_segment(p, a, b) - r for a, b, r in (c[n] for n in parts)) <= margin, p


def test_hamstrings_on_the_back_of_the_thigh_from_hip_to_above_the_knee():
    j = body.joints(FEEL_POSE)
    points = _feel_shape("hamstrings")
    assert points and all(_side(p, j["knee"], j["hip"]) > 0 for p in points), "behind the thigh's axis"
    along = [_along(p, j["knee"], j["hip"]) for p in points]
    assert 0.05 < min(along) < 0.25, "stops just above the knee"
    assert max(along) > 0.9, "reaches the hip"
    _on_body(points, ["thigh"], 0.006)


def test_glutes_on_the_buttock():
    j = body.joints(FEEL_POSE)
    centre, _, r = body.capsules(FEEL_POSE)["pelvis"]
    points = _feel_shape("glutes")
    cx = sum(p[0] for p in points) / len(points)
    cy = sum(p[1] for p in points) / len(points)
    assert _side((cx, cy), j["hip"], j["waist"]) > 0, "behind the trunk's axis"
    assert cx < centre[0] - r / 4, "the rear of the pelvis"
    for p in points:      # behind the trunk, or down where the buttock meets the thigh, behind that
        assert _side(p, j["hip"], j["waist"]) > 0 or _side(p, j["knee"], j["hip"]) > 0, p
    assert min(p[0] for p in points) < body.rearmost_x(FEEL_POSE) + 0.01, "out to the backside"
    _on_body(points, ["pelvis", "thigh"], 0.006)


@pytest.mark.parametrize("part,sign", [("abs", -1), ("low-back", +1)])
def test_trunk_highlights_front_and_back_of_the_lumbar_part(part, sign):
    j = body.joints(FEEL_POSE)
    points = _feel_shape(part)
    assert points and all(sign * _side(p, j["hip"], j["waist"]) > 0 for p in points), \
        "abs in front of the trunk's axis, low back behind it"
    along = [_along(p, j["hip"], j["waist"]) for p in points]
    # along the lumbar part: from above the hip to about the waist (T12-L1)
    assert 0.1 < min(along) and 0.8 < max(along) < 1.4
    _on_body(points, ["pelvis", "lumbar", "thorax"], 0.015)


# --- Contrast: every figure colour at 3:1 against the page (WCAG 1.4.11) -----------
#
# The figure colours are read from extra.css, where they are set once per
# scheme, and the page backgrounds from Material's own stylesheets, so the
# test follows any change to either.

EXTRA_CSS = ROOT / "docs/stylesheets/extra.css"


def _material_css() -> str:
    material = Path(pytest.importorskip("material").__file__).parent / "templates/assets/stylesheets"
    return "".join(p.read_text() for p in sorted(material.glob("*.min.css")))


def _rgb(colour: str, hue: float = 0.0) -> tuple[float, float, float]:
    """A CSS colour (#rgb, #rrggbb, #rrggbbaa, hsl()/hsla() with
    var(--md-hue)) as 0..1 sRGB."""
    colour = colour.strip()
    if colour.startswith("#"):
        h = colour[1:]
        if len(h) in (3, 4):
            h = "".join(c * 2 for c in h)
        return tuple(int(h[i:i + 2], 16) / 255 for i in (0, 2, 4))
    m = re.fullmatch(r"hsla?\((var\(--md-hue\)|[\d.]+)(?:deg)?,\s*([\d.]+)%,\s*([\d.]+)%(?:,\s*[\d.]+)?\)", colour)
    assert m, colour
    hh = (hue if m.group(1).startswith("var") else float(m.group(1))) / 360
    s_, light = float(m.group(2)) / 100, float(m.group(3)) / 100
    import colorsys
    return colorsys.hls_to_rgb(hh, light, s_)


def _luminance(rgb) -> float:
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast(a, b) -> float:
    hi, lo = sorted([_luminance(a), _luminance(b)], reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _blend(top, bottom, alpha):
    return tuple(alpha * t + (1 - alpha) * b for t, b in zip(top, bottom, strict=True))


def _figure_colours() -> dict[str, dict[str, tuple]]:
    """{"light"|"dark": {"body": rgb, ...}}: hinge_guide.palette's figure
    colours, as the stylesheet ships them: its palette block is the one
    palette.py writes, and no other rule of extra.css sets them."""
    from hinge_guide import palette

    css = EXTRA_CSS.read_text()
    assert palette.css_block() in css, "extra.css's palette block is stale: python -m hinge_guide"
    assert not re.search(r"--hh-figure-(body|accent|fault|prop)\s*:",
                         css.replace(palette.css_block(), "")), "a rule outside the palette block"
    prefix = "--hh-figure-"
    return {scheme: {name.removeprefix(prefix): _rgb(value) for name, value in values.items()
                     if name.startswith(prefix)}
            for scheme, values in (("light", palette.LIGHT), ("dark", palette.DARK))}


def _page_backgrounds() -> dict[str, tuple]:
    css = _material_css()
    hue = float(re.search(r"--md-hue:([\d.]+)deg", css).group(1))
    light = re.search(r"\[data-md-color-scheme=default\]\{[^}]*--md-default-bg-color:([^;}]+)", css).group(1)
    dark = re.search(r"\[data-md-color-scheme=slate\]\{[^}]*--md-default-bg-color:([^;}]+)", css).group(1)
    return {"light": _rgb(light, hue), "dark": _rgb(dark, hue)}


def _tint() -> float:
    """The panels' tint (fill-opacity), as the fault SVGs set it."""
    return float(re.search(r"\.hh-fig-panel-fault\{[^}]*fill-opacity:([\d.]+)",
                           FILES["fault-rounded-back-fault.svg"]).group(1))


def test_contrast_helpers_know_the_answers():
    assert _contrast((0, 0, 0), (1, 1, 1)) == pytest.approx(21)
    assert _contrast(_rgb("#767676"), _rgb("#fff")) == pytest.approx(4.54, abs=0.01)
    assert _rgb("hsla(var(--md-hue), 15%, 14%, 1)", 225) == pytest.approx((0.119, 0.131, 0.161), abs=0.002)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", ["body", "accent", "fault", "prop"])
def test_figure_colours_meet_3_to_1_against_the_page_and_the_tinted_panels(scheme, name):
    colours, bg = _figure_colours()[scheme], _page_backgrounds()[scheme]
    colour = colours[name]
    assert _contrast(colour, bg) >= 3, f"{name} on the page, {scheme}"
    for panel in ("fault", "accent"):
        tinted = _blend(colours[panel], bg, _tint())
        assert _contrast(colour, tinted) >= 3, f"{name} on the {panel} panel, {scheme}"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_words_in_figures_meet_4_5_to_1(scheme):
    """Labels are small text: 4.5:1 on the page and on the panels; the
    badges' words are the page colour on the verdict colour."""
    colours, bg = _figure_colours()[scheme], _page_backgrounds()[scheme]
    for name in ("body", "accent", "fault"):
        for ground in (bg, _blend(colours["fault"], bg, _tint()), _blend(colours["accent"], bg, _tint())):
            assert _contrast(colours[name], ground) >= 4.5, (name, scheme)
    for badge in ("fault", "accent"):
        assert _contrast(bg, colours[badge]) >= 4.5, (badge, scheme)


def test_svg_fallback_colours_are_the_ones_in_extra_css():
    """An SVG opened on its own (no page CSS) uses its fallbacks: the same
    colours, light in var() fallbacks and dark in its own media rule."""
    colours = _figure_colours()
    for name, text in FILES.items():
        for var, fallback in re.findall(r"var\(--hh-figure-(accent|fault|prop),(#[0-9a-f]+)\)", text):
            assert _rgb(fallback) == pytest.approx(colours["light"][var], abs=1e-9), (name, var)
        dark = re.search(r"@media \(prefers-color-scheme:dark\)\{svg\.hh-fig:root\{color:(#[0-9a-f]+);"
                         r"--hh-figure-accent:(#[0-9a-f]+);--hh-figure-fault:(#[0-9a-f]+);"
                         r"--hh-figure-prop:(#[0-9a-f]+)", text)
        assert dark, name
        for var, value in zip(("body", "accent", "fault", "prop"), dark.groups(), strict=True):
            assert _rgb(value) == pytest.approx(colours["dark"][var], abs=1e-9), (name, var)


def test_a_mark_nobody_drew_is_named_with_the_marks_there_are():
    from figures.poses import POSES

    with pytest.raises(ValueError, match=r"unknown mark 'hips_sideways'.*'heel_line'"):
        marks.marks(POSES["standing"], ["back", "hips_sideways"], svg.ACCENT)
    assert {"back", "heel_line", "weight", "contacts"} <= set(marks.MARKS)


def test_the_build_lists_poses_without_solving_a_body():
    """The build checks a page's preview_figure against the pose names; it
    must not pay for solving every body (seconds per build) to list them."""
    script = ("from figures import poses, views\n"
              "names = views.pose_names()\n"
              "print(len(names), len(poses.POSES._solved))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout.split()
    assert int(out[0]) > 20 and out[1] == "0", out
    assert poses.POSES["bottom"] is poses.POSES["rung1"], "a shared pose is solved once"
