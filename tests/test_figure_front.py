"""Seen from the front (figures/front.py): knees caving in."""

from __future__ import annotations

import re
from math import acos, degrees, hypot

import pytest

from figure_helpers import (
    CHAR_EM,
    CM,
    FILES,
    PAIR_POSES,
    P,
    svg_xy,
)
from figures import (
    body,
    front,
    views,
)

pytestmark = pytest.mark.unit

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
    assert "fault-knees-caving-in" in FRONT_PAIRS
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
                px, py = svg_xy(body.lerp(a, b, t / 20))
                gap = hypot(max(box[0] - px, 0.0, px - box[2]), max(box[1] - py, 0.0, py - box[3]))
                assert gap > r * CM, (words, "on the body")


# --- The whole body, so the legs read as a person's in a hinge ----------------

def _capsule_lines(svg: str, radius: float):
    """(x0, y0, x1, y1) of every capsule of `radius` (H) the SVG draws."""
    width = round(2 * radius * CM, 1)
    return [tuple(map(float, m)) for m in re.findall(
        rf'<path d="M(-?[\d.]+) (-?[\d.]+)L(-?[\d.]+) (-?[\d.]+)" stroke-width="{width:g}"/>', svg)]


@pytest.mark.parametrize("side", ["fault", "fix"])
def test_the_front_view_is_a_whole_person_in_the_hinge(side):
    """Legs alone read as a pair of trousers, and their A shape as feet set
    wide: each side draws a head, a trunk and two arms over the legs. The
    trunk is tipped toward the viewer, so it shows shorter than it is, and
    the head sits low in front of the chest: a hinge seen from the front.
    Read from the SVG: the head is a circle over the rest, above the
    chest, with a gap knocked out round it."""
    svg = FILES[f"fault-knees-caving-in-{side}.svg"]
    pose = front.POSES[PAIR_POSES["fault-knees-caving-in"][0 if side == "fault" else 1]]
    parts = front.capsules(pose)
    head, _, head_r = parts["head"]
    over = svg[svg.index('<g class="hh-fig-body">'):]
    assert f'cx="{head[0] * CM:g}" cy="{-head[1] * CM:.1f}" r="{head_r * CM:.1f}"' in over
    assert front.CHEST_R == front.PELVIS_R
    assert len(_capsule_lines(svg, front.CHEST_R)) == 4, "the pelvis, the chest and its two sides"
    assert len(_capsule_lines(svg, front.BELLY_R)) == 1, "the trunk down the middle"
    assert len(_capsule_lines(over, front.UPPER_ARM_R)) == len(_capsule_lines(over, front.FOREARM_R)) == 2
    side_view = body.joints(P[front.HINGE])
    (_, pelvis_y), (_, chest_y), _ = parts["belly"]
    assert chest_y - pelvis_y < 0.7 * body.TRUNK, "the trunk foreshortened: tipped forward"
    assert head[1] == pytest.approx(side_view["head"][1]) and head[1] - head_r < chest_y + front.CHEST_R
    # the arms hang clear of the knees, which the figure is about
    for s in front.LEGS:
        knee = front.leg(pose, s)["knee"]
        name = "left" if s < 0 else "right"
        for part in ("upper_arm", "forearm"):
            a, b, r = parts[f"{name}_{part}"]
            assert body.distance_to_segment(knee, a, b) > r + front.THIGH_R + 0.01, (name, part)


@pytest.mark.parametrize("side", ["fault", "fix"])
def test_the_faults_knees_fall_inside_the_feet_and_the_fixs_sit_over_them(side):
    """Read from the SVG: where each thigh starts (the knee) against where
    its shin starts (the ankle). In the fault the whole knee, its edge
    included, falls inside the ankle below it; in the fix the knee sits
    over the ankle, within the shin's width, and out toward the toes."""
    svg = FILES[f"fault-knees-caving-in-{side}.svg"]
    knees = sorted((x, y) for x, y, *_ in _capsule_lines(svg, front.THIGH_R))
    ankles = sorted((x, y) for x, y, *_ in _capsule_lines(svg, front.SHIN_R))
    assert len(knees) == len(ankles) == 2
    for (kx, _), (ax, _) in zip(knees, ankles, strict=True):
        if side == "fault":
            assert abs(kx) + front.THIGH_R * CM < abs(ax), "the knee inside the foot"
        else:
            assert abs(abs(kx) - abs(ax)) < front.SHIN_R * CM, "the knee over the foot"
            assert abs(kx) > front.HIP_HALF * CM, "out from under the hip, toward the toes"
