"""The figure generator: every pose is physically possible, every fault shows
the fault that names it, and the SVGs in docs/images are what the model draws."""

from __future__ import annotations

import gzip
import re
import subprocess
import sys
from math import hypot
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from figures import body, draw, poses  # noqa: E402
from figures.__main__ import FIGURES, IMAGES, main, render_all  # noqa: E402

P = poses.POSES
EPS = 1e-9
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
    for j, (x, y) in body.joints(pose).items():
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
    assert fault["spine"] >= fix["spine"] + 20
    assert 45 <= fault["spine"] <= 55, "a clear C, within the spine's range"
    assert fault["neck"] >= 20, "the head hangs"
    # posterior pelvic tilt: the lumbar part more upright than in the fix
    assert body.directions(fault)["lumbar"] <= body.directions(fix)["lumbar"] - 5
    assert joint("fault_rounded_back", "hand")[1] < joint("bottom", "hand")[1], "hands lower"


def _sagitta(arc, a, b) -> float:
    """How far the arc (centre, radius) bulges beyond the chord a-b."""
    (cx, cy), r = arc
    half = hypot(b[0] - a[0], b[1] - a[1]) / 2
    return r - (r * r - half * half) ** 0.5


def test_rounded_back_is_drawn_as_a_c():
    """The fault's trunk is one smooth arc from the pelvis to the shoulders,
    bulging backwards; the fix's back stays two straight capsules in line."""
    fault = P["fault_rounded_back"]
    c = body.capsules(fault)
    pelvis, shoulder = c["pelvis"][0], c["thorax"][1]
    arc = draw.spine_arc(fault)
    assert arc is not None and draw.spine_arc(P["bottom"]) is None
    (cx, cy), r = arc
    for p in (pelvis, c["thorax"][0], shoulder):          # through pelvis, waist, shoulder
        assert hypot(p[0] - cx, p[1] - cy) == pytest.approx(r)
    chord = hypot(shoulder[0] - pelvis[0], shoulder[1] - pelvis[1])
    assert _sagitta(arc, pelvis, shoulder) > 0.1 * chord, "a visible C, not a kink"
    # the bulge is on the back: the circle's centre is in front of (below) the chord
    assert _side((cx, cy), pelvis, shoulder) < 0
    svg = FILES["fault-rounded-back.svg"]
    assert f'd="{draw._arc(pelvis, shoulder, r)}" stroke-width="{draw.width(draw.TRUNK_ARC_RADIUS)}"' in svg
    # the fault mark is an arc too, the fix's a straight-ish line
    assert re.search(r'class="hh-fig-fault" d="M[^"]*A', svg)
    assert not re.search(r'class="hh-fig-accent" d="M[^"]*A', svg)
    # the head hangs below the shoulders, not held in line as in the fix
    assert joint("fault_rounded_back", "head")[1] < joint("fault_rounded_back", "shoulder")[1]
    assert joint("bottom", "head")[1] > joint("bottom", "shoulder")[1]


PAIRS = ("fault-rounded-back", "fault-squatting-the-hinge", "fault-bending-at-the-waist",
         "fault-leaning-back")
PAIR_POSES = {"fault-rounded-back": ("fault_rounded_back", "bottom"),
              "fault-squatting-the-hinge": ("fault_squatting", "bottom"),
              "fault-bending-at-the-waist": ("fault_waist_bend", "bottom"),
              "fault-leaning-back": ("fault_leaning_back", "standing")}


@pytest.mark.parametrize("name", PAIRS)
def test_cross_and_tick_are_large_and_clear_of_the_body(name):
    svg = FILES[f"{name}.svg"]
    assert draw.VERDICT_SIZE >= 0.1 and draw.VERDICT_WIDTH >= 4.8, "twice the old 0.05 H and 2.4"
    cross = re.search(r'<path class="hh-fig-fault hh-fig-verdict" stroke-width="([\d.]+)" d="([^"]+)"', svg)
    tick = re.search(r'<path class="hh-fig-accent hh-fig-verdict" stroke-width="([\d.]+)" d="([^"]+)"', svg)
    assert cross and tick
    shift = (draw.FRAME_X[1] - draw.FRAME_X[0]) * draw.SCALE
    for mark, dx in ((cross, 0.0), (tick, shift)):
        xs = [float(x) - dx for x in re.findall(r"[ML](-?[\d.]+) ", mark.group(2))]
        ys = [float(y) for y in re.findall(r"[ML]-?[\d.]+ (-?[\d.]+)", mark.group(2))]
        assert max(xs) - min(xs) >= 0.1 * draw.SCALE and max(ys) - min(ys) >= 0.09 * draw.SCALE
        assert float(mark.group(1)) >= 4.8
    # clear of both bodies, with room to spare
    x0, y0, x1, y1 = draw.verdict_box()
    assert draw.FRAME_X[0] < x0 and x1 < draw.FRAME_X[1] and y0 > 0
    for pose in PAIR_POSES[name]:
        for a, b, r in body.capsules(P[pose]).values():
            for t in range(11):
                px, py = a[0] + (b[0] - a[0]) * t / 10, a[1] + (b[1] - a[1]) * t / 10
                gx = max(x0 - px, 0.0, px - x1)
                gy = max(y0 - py, 0.0, py - y1)
                assert hypot(gx, gy) - r > 0.03, (pose, a, b)


def test_squatting_the_hinge():
    fault, fix = P["fault_squatting"], P["bottom"]
    assert fault["knee"] > 60 and fix["knee"] < 25
    assert fault["ankle"] >= 15, "shins tilted forward"
    assert joint("fault_squatting", "knee")[0] > joint("bottom", "knee")[0] + 0.05
    assert joint("fault_squatting", "hip")[1] < joint("bottom", "hip")[1] - 0.05, "hips lower"


def test_bending_at_the_waist():
    fault = P["fault_waist_bend"]
    hip = joint("fault_waist_bend", "hip")
    assert hip[0] >= body.HEEL_X, "hips not behind the heels"
    assert hip[0] > joint("bottom", "hip")[0] + 0.05, "hips not moved back"
    assert body.trunk_angle(fault) > 35, "trunk still tips forward"
    x = body.centre_of_mass(fault)[0]
    front_share = (x - body.HEEL_X) / body.FOOT_LENGTH
    assert 0.75 < front_share < 1, "weight near the toes, still on the foot"
    assert front_share > (body.centre_of_mass(P["bottom"])[0] - body.HEEL_X) / body.FOOT_LENGTH + 0.3


def test_leaning_back():
    fault = P["fault_leaning_back"]
    assert body.trunk_angle(fault) < -8, "trunk behind vertical"
    assert abs(body.trunk_angle(P["standing"])) < 2
    assert joint("fault_leaning_back", "hip")[0] > joint("standing", "hip")[0] + 0.02, "hips forward"
    assert joint("fault_leaning_back", "shoulder")[0] < joint("fault_leaning_back", "hip")[0]


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
    # the near hand holds the stick
    assert _off_line(body.joints(pose)["hand"], low, high) < 1e-6
    assert body.trunk_angle(pose) == pytest.approx(body.trunk_angle(P["bottom"]), abs=1)


def test_wall_drill_backside_touches_the_wall():
    pose = P["wall_bottom"]
    x = body.rearmost_x(pose)
    # the rearmost point is the backside: at hip height, not the back or head
    a, b, r = min(body.capsules(pose).values(), key=lambda c: min(c[0][0], c[1][0]) - c[2])
    rear_y = a[1] if a[0] <= b[0] else b[1]
    assert abs(rear_y - joint("wall_bottom", "hip")[1]) < 0.05
    assert x < body.HEEL_X - 0.05
    svg = draw.figure(pose, "hh-t", "t", props=("wall",))
    face = (x - 0.012) * draw.SCALE        # wall drawn with its face on the backside
    assert f'd="M{draw.num(face)} 0L' in svg


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
    assert draw.BAND_ANCHOR[0] < body.HEEL_X and draw.BAND_ANCHOR[1] < hand[1]


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
    assert arm_tilt - d["shank"] > 10, "arm and shin cross at an angle, not parallel"
    assert abs(pose["ankle"]) <= 8, "shins near vertical: a hinge, not a squat"
    assert pose["knee"] > P["rung7"]["knee"] + 15, "more knee bend than the RDL"
    # all along the shin, a strip at least 0.015 H wide (6 px on a phone)
    # shows beside the arm and its gap; most of the knee is clear of both
    c = body.capsules(pose)

    def shown(f):
        p = body.lerp(j["ankle"], j["knee"], f)
        return min(body.distance_to_segment(p, a, b) - r - draw.ARM_GAP
                   for a, b, r in (c[n] for n in draw.ARM_PARTS)) + body.RADIUS["shank"]
    for f in (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        assert shown(f) > 0.015, f
    assert shown(1.0) > 0.7 * 2 * body.RADIUS["shank"], "the knee"
    svg = FILES["rung-5.svg"]
    bell = re.search(r'<circle class="hh-fig-prop hh-fig-prop-fill" fill-opacity="(\.\d+)"[^>]*/>', svg)
    assert bell and float(bell.group(1)) <= 0.5, "see-through bell"
    # drawn over the legs (after the body) with the foot showing through
    assert svg.index('class="hh-fig-body" mask=') < svg.index(bell.group(0))


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


# --- The SVG files ------------------------------------------------------------------

FILES = render_all()


def test_every_named_figure_is_drawn():
    expected = {"setup-standing", "hinge-mid", "hinge-bottom", "drill-dowel", "drill-wall",
                "fault-rounded-back", "fault-squatting-the-hinge",
                "fault-bending-at-the-waist", "fault-leaning-back", "hinge-rep", "feel-it",
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
    assert 'role="img"' in root
    title_id = re.search(r'aria-labelledby="([^"]+)"', root).group(1)
    title = re.search(rf'<title id="{title_id}">([^<]+)</title>', svg)
    assert title and len(title.group(1)) > 20
    assert len(gzip.compress(svg.encode(), mtime=0)) < 8192
    assert "<text" not in svg and "<metadata" not in svg
    assert "currentColor" in svg and "var(--hh-figure-" in svg
    # every id is prefixed, so several figures can be inlined in one page
    assert all(i.startswith("hh-") for i in re.findall(r'\bid="([^"]+)"', svg))
    # hard-coded colours only in the knock-out masks and the dark fallback
    for colour in re.findall(r'(?:fill|stroke)="(#[0-9a-f]+)"', svg):
        assert colour in ("#fff", "#000")


def test_ids_are_unique_across_all_figures():
    ids = [i for svg in FILES.values() for i in re.findall(r'\bid="([^"]+)"', svg)]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("name", sorted(FILES))
def test_drawing_stays_inside_the_view_box(name):
    svg = FILES[name]
    x, y, w, h = map(float, re.search(r'viewBox="([^"]+)"', _root(svg)).group(1).split())
    coords = re.findall(r"[ML](-?[\d.]+) (-?[\d.]+)", svg)
    coords += re.findall(r'cx="(-?[\d.]+)" cy="(-?[\d.]+)"', svg)
    assert coords
    for cx, cy in coords:
        assert x <= float(cx) <= x + w and y <= float(cy) <= y + h, (cx, cy)


@pytest.mark.parametrize("file,pose", [("hinge-bottom.svg", "bottom"), ("rung-8.svg", "rung8"),
                                       ("setup-standing.svg", "standing")])
def test_drawing_follows_the_model(file, pose):
    j = body.joints(P[pose])
    assert f'd="{draw.line(j["knee"], j["hip"])}"' in FILES[file]
    assert f'd="{draw.line(j["ankle"], j["knee"])}"' in FILES[file]


def test_fault_pairs_use_both_colours():
    for name in ("fault-rounded-back", "fault-squatting-the-hinge",
                 "fault-bending-at-the-waist", "fault-leaning-back"):
        svg = FILES[f"{name}.svg"]
        assert 'class="hh-fig-fault' in svg and 'class="hh-fig-accent' in svg
        assert svg.count('class="hh-fig-body" mask=') == 2, "two figures"


def test_rep_animation_is_pausable_prefixed_and_calm():
    svg = FILES["hinge-rep.svg"]
    style = re.search(r"<style>(.*)</style>", svg, re.S).group(1)
    animated = re.findall(r"\.([\w-]+)\{animation:([\w-]+) ([\d.]+)s", style)
    assert len(animated) == len(poses.rep_frames()) >= 5
    for cls, keyframes, seconds in animated:
        assert cls.startswith("hh-rep-") and keyframes.startswith("hh-rep-")
        assert 3.5 <= float(seconds) <= 4.5
        group = re.search(rf'<g class="([^"]*\b{cls}\b[^"]*)"', svg).group(1)
        assert "hh-anim" in group.split()
        assert f"@keyframes {keyframes}{{" in style
    assert re.search(r"@media \(prefers-reduced-motion:reduce\)\{\.hh-rep-frame\{animation:none\}\}", style)
    # the still shown without animation: standing faint, bottom solid
    stills = [float(v) for v in re.findall(r'<g class="hh-anim[^"]*" opacity="([\d.]+)"', svg)]
    assert stills[0] < 1 and stills[-1] == 1 and sum(v > 0 for v in stills) == 3
    assert all(i.startswith("hh-rep-") for i in re.findall(r'\bid="([^"]+)"', svg))


def test_output_is_deterministic():
    assert render_all() == FILES


def test_committed_figures_match_the_model():
    result = subprocess.run([sys.executable, "-m", "figures", "--check"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
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
    return [(float(x) / draw.SCALE, -float(y) / draw.SCALE)
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
    assert all(i.startswith("hh-feel-it-") for i in re.findall(r'\bid="([^"]+)"', FEEL))
    # it is one of the files --check compares
    assert main(["--out", str(tmp_path)]) == 0
    (tmp_path / "feel-it.svg").write_text(FEEL.replace("hh-feel-it-work", "hh-feel-it-x"))
    capsys.readouterr()
    assert main(["--check", "--out", str(tmp_path)]) == 1
    assert "feel-it.svg" in capsys.readouterr().out


def test_feel_it_draws_the_bottom_of_the_hinge():
    c = body.capsules(FEEL_POSE)
    for name in ("thigh", "shank", "lumbar", "thorax"):
        a, b, r = c[name]
        assert f'd="{draw.line(a, b)}" stroke-width="{draw.width(r)}"' in FEEL, name


def test_feel_it_treatments():
    style = re.search(r"<style>(.*)</style>", FEEL, re.S).group(1)
    rules = dict(re.findall(r"\.(hh-feel-it-\w+)\{([^}]*)\}", style))
    accent, prop = "var(--hh-figure-accent,#00695c)", "var(--hh-figure-prop,#767676)"
    assert f"fill:{accent}" in rules["hh-feel-it-work"]
    assert "dasharray" not in rules["hh-feel-it-work"] and "opacity" not in rules["hh-feel-it-work"]
    assert f"stroke:{accent}" in rules["hh-feel-it-brace"] and "stroke-dasharray" in rules["hh-feel-it-brace"]
    assert re.search(r"fill-opacity:\.\d", rules["hh-feel-it-brace"]), "lighter than the work"
    assert f"stroke:{prop}" in rules["hh-feel-it-still"] and "stroke-dasharray" in rules["hh-feel-it-still"]
    assert "accent" not in rules["hh-feel-it-still"]
    for part, kind in (("hamstrings", "work"), ("glutes", "work"), ("abs", "brace"), ("low-back", "still")):
        assert f'class="hh-feel-it-{kind} hh-feel-it-{part}"' in FEEL, part
    # the body is faded so the highlights stand out, and drawn before them
    assert "hh-feel-it-ghost{fill:currentColor;opacity:" in style
    assert FEEL.index("hh-feel-it-ghost\"") < FEEL.index("hh-feel-it-hamstrings")
    assert "<text" not in FEEL


def _on_body(points, parts, margin):
    c = body.capsules(FEEL_POSE)
    for p in points:
        assert min(body.distance_to_segment(p, a, b) - r for a, b, r in (c[n] for n in parts)) <= margin, p


def test_hamstrings_on_the_back_of_the_thigh_from_hip_to_above_the_knee():
    j = body.joints(FEEL_POSE)
    points = _feel_shape("hamstrings")
    assert all(_side(p, j["knee"], j["hip"]) > 0 for p in points), "behind the thigh's axis"
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
    assert all(sign * _side(p, j["hip"], j["waist"]) > 0 for p in points), \
        "abs in front of the trunk's axis, low back behind it"
    along = [_along(p, j["hip"], j["waist"]) for p in points]
    # along the lumbar part: from above the hip to about the waist (T12-L1)
    assert 0.1 < min(along) and 0.8 < max(along) < 1.4
    _on_body(points, ["pelvis", "lumbar", "thorax"], 0.015)


def test_feel_it_highlights_are_drawn_from_the_model():
    """The shapes in the SVG are feel_regions() of the bottom pose."""
    regions = draw.feel_regions(FEEL_POSE)
    assert set(regions) == {"hamstrings", "glutes", "abs", "low_back"}
    for name, (kind, points) in regions.items():
        assert f'class="hh-feel-it-{kind} hh-feel-it-{name.replace("_", "-")}" d="{draw.outline(points)}"' in FEEL
