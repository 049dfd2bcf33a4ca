"""The poses (figures/poses.py, figures/body.py): every pose is physically
possible, and the correct hinge is what the guide teaches."""

from __future__ import annotations

import subprocess
import sys
from math import hypot

import pytest

from figure_helpers import (
    ROOT,
    P,
    joint,
)
from figures import (
    body,
    poses,
)

pytestmark = pytest.mark.unit

EPS = 1e-9
# Rung 0 kneels with its shins on the floor: its feet are not flat, so it is
# exempt from the feet-flat test and checked against its own base instead.
KNEELING = {"rung0"}
# Weight on the toes lifts the heels: the toes stay flat, checked on their own.
HEELS_UP = {n for n, p in P.items() if p.get("heel_lift")}
FEET_FLAT = sorted(set(P) - KNEELING - HEELS_UP)
LOADED = sorted(n for n, p in P.items() if p.get("load"))


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


def test_only_the_weight_on_toes_fault_lifts_its_heels():
    assert HEELS_UP == {"fault_on_toes"}


@pytest.mark.parametrize("name", sorted(HEELS_UP))
def test_a_lifted_heel_leaves_the_toes_on_the_floor(name):
    """The foot turns about the ball: the toes lie flat on the floor, the
    heel is up by enough to see on a phone (2 cm or more), and the body
    stands on the front of the foot, the ball to the toes."""
    pose = P[name]
    c = body.capsules(pose)
    (ball, tip, r) = c["toes"]
    assert ball[1] - r == pytest.approx(0.0) and tip[1] - r == pytest.approx(0.0)
    assert tip[0] + r == pytest.approx(body.TOE_X)
    heel, foot_ball, _ = c["foot"]
    assert foot_ball == pytest.approx(ball), "heel part and toes meet at the ball"
    assert heel[1] - r >= 0.02 / body.HEIGHT_M, "the heel visibly off the floor"
    assert body.support(pose) == pytest.approx((body.BALL_X, body.TOE_X))
    assert body.lowest_y(pose) == pytest.approx(0.0)


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


def test_the_build_lists_poses_without_solving_a_body():
    """The build checks a page's preview_figure against the pose names; it
    must not pay for solving every body (seconds per build) to list them."""
    script = ("from figures import poses\n"
              "from hinge_guide.checks.front_matter import figure_names\n"
              "names = figure_names()\n"
              "print(len(names), len(poses.POSES._solved))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout.split()
    assert int(out[0]) > 20 and out[1] == "0", out
    assert poses.POSES["bottom"] is poses.POSES["rung1"], "a shared pose is solved once"


# --- The root finder every pose solver uses ------------------------------------

@pytest.mark.parametrize("f,lo,hi,root", [
    (lambda x: x * x - 2, 0.0, 2.0, 2 ** 0.5),
    (lambda x: 2 - x * x, 0.0, 2.0, 2 ** 0.5),          # falling instead of rising
    (lambda x: x ** 3 - x - 1, 1.0, 2.0, 1.324717957244746),
    (lambda x: (1.0 if x > 0.3 else -1.0), 0.0, 1.0, 0.3),  # a step: only halving finds it
])
def test_root_between_finds_the_root_to_a_billionth(f, lo, hi, root):
    from figures.body import root_between

    assert abs(root_between(f, lo, hi) - root) <= 1e-9


def test_root_between_needs_far_fewer_tries_than_halving_on_a_smooth_curve():
    """The solvers nest it three deep: halving took about forty tries a
    root, cubed; Brent's method takes about ten on the body's smooth curves."""
    from figures.body import root_between

    tries = []
    root_between(lambda x: tries.append(x) or x ** 3 - x - 1, 1.0, 2.0)
    assert len(tries) <= 12, len(tries)


def test_root_between_refuses_a_range_without_a_root():
    from figures.body import root_between

    with pytest.raises(ValueError, match="no root between 0.0 and 1.0"):
        root_between(lambda x: x + 1, 0.0, 1.0)
