"""Where you should feel it (figures/feel.py)."""

from __future__ import annotations

import re
from math import atan2, degrees, hypot

import pytest

from figure_helpers import (
    CM,
    FILES,
    P,
    capsule_ends,
    check_legs,
    root_tag,
    side_of,
)
from figures import (
    IMAGES,
    body,
    svg,
)
from figures.__main__ import main
from figures.silhouette import ARM_GAP, ARM_PARTS

pytestmark = pytest.mark.unit

# --- Where you should feel it ----------------------------------------------------

FEEL = FILES["feel-it.svg"]
FEEL_POSE = P["bottom"]


def _feel_shape(part: str) -> list[tuple[float, float]]:
    """The points of one highlight, read back from the SVG, in body units."""
    d = re.search(rf'<path class="hh-feel-it-\w+ hh-feel-it-{part}" d="([^"]+)"', FEEL).group(1)
    assert d.startswith("M") and d.endswith("Z")
    return [(float(x) / svg.SCALE, -float(y) / svg.SCALE)
            for x, y in re.findall(r"(-?[\d.]+) (-?[\d.]+)", d)]


def _shape_d(part: str) -> str:
    return re.search(rf'<path class="hh-feel-it-\w+ hh-feel-it-{part}" d="([^"]+)"', FEEL).group(1)


def _along(p, a, b) -> float:
    """How far along a->b the point p projects (0 at a, 1 at b)."""
    vx, vy = b[0] - a[0], b[1] - a[1]
    return ((p[0] - a[0]) * vx + (p[1] - a[1]) * vy) / (vx * vx + vy * vy)


def test_feel_it_is_drawn_accessible_and_checked(tmp_path, capsys):
    assert (IMAGES / "feel-it.svg").read_text() == FEEL
    root = root_tag(FEEL)
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
    check_legs(FEEL, "bottom")
    width = round(2 * body.RADIUS["lumbar"] * CM, 1)
    hip, waist = capsule_ends(FEEL, width)
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
    # the body in the figures' usual colour, drawn before the highlights: the
    # caption's "Grey: holds still" is the lower back's patch alone, not a
    # grey body
    assert rules["hh-feel-it-body"] == "fill:currentColor"
    assert FEEL.index('class="hh-feel-it-body"') < FEEL.index("hh-feel-it-hamstrings")
    assert [r for r, rule in rules.items() if "--hh-figure-prop" in rule] == ["hh-feel-it-still"]
    # the light shapes lie on the page's colour, so they read light over the body
    assert "--hh-figure-bg" in rules["hh-feel-it-under"]
    for part in ("abs", "low-back"):
        under = FEEL.index('class="hh-feel-it-under" d="' + _shape_d(part))
        assert under < FEEL.index(f"hh-feel-it-{part}\""), part


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
    # the lines, drawn behind the near arm, then the words in the same order
    leads = re.findall(r'<path class="hh-feel-it-lead" d="M(-?[\d.]+) (-?[\d.]+)L(-?[\d.]+) (-?[\d.]+)"/>',
                       FEEL)
    texts = re.findall(r'<circle[^>]*/><text class="hh-fig-label[^"]*"[^>]*>([^<]+)', FEEL)
    assert len(leads) == len(texts) == 4
    pairs = [(*lead, text) for lead, text in zip(leads, texts, strict=True)]
    (x0, y0, x1, y1, text), = [p for p in pairs if p[4].startswith(words)]
    end = (float(x1) / CM, -float(y1) / CM)
    assert _in_polygon(end, _feel_shape(part)), f"{words}: the line ends off its shape"
    for other in ("hamstrings", "glutes", "abs", "low-back"):
        if other != part:
            assert not _in_polygon(end, _feel_shape(other)), other


def test_feel_it_lines_pass_behind_the_arm_not_along_it():
    """A line that runs along the arm reads as naming the arm: each line
    is drawn behind the near arm (in its cut) and spends little of its
    length near it."""
    cut = re.search(r'<g mask="url\(#hh-feel-it-cut\)">(.*?)</g>', FEEL).group(1)
    leads = re.findall(r'<path class="hh-feel-it-lead" d="M(-?[\d.]+) (-?[\d.]+)L(-?[\d.]+) (-?[\d.]+)"/>',
                       FEEL)
    assert len(leads) == 4 and all(cut.count(" ".join(lead[:2])) for lead in leads)
    arm = [body.capsules(FEEL_POSE)[n] for n in ARM_PARTS]
    for x0, y0, x1, y1 in leads:
        a, b = (float(x0) / CM, -float(y0) / CM), (float(x1) / CM, -float(y1) / CM)
        samples = [(a[0] + (b[0] - a[0]) * i / 100, a[1] + (b[1] - a[1]) * i / 100) for i in range(101)]
        near = sum(min(body.distance_to_segment(p, s, e) - r for s, e, r in arm) < ARM_GAP for p in samples)
        assert near <= 35, f"the line from {(x0, y0)} runs along the arm for {near}% of its length"


def _on_body(points, parts, margin):
    c = body.capsules(FEEL_POSE)
    for p in points:
        assert min(body.distance_to_segment(p, a, b) - r for a, b, r in (c[n] for n in parts)) <= margin, p


def test_hamstrings_on_the_back_of_the_thigh_from_hip_to_above_the_knee():
    j = body.joints(FEEL_POSE)
    points = _feel_shape("hamstrings")
    assert points and all(side_of(p, j["knee"], j["hip"]) > 0 for p in points), "behind the thigh's axis"
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
    assert side_of((cx, cy), j["hip"], j["waist"]) > 0, "behind the trunk's axis"
    assert cx < centre[0] - r / 4, "the rear of the pelvis"
    for p in points:      # behind the trunk, or down where the buttock meets the thigh, behind that
        assert side_of(p, j["hip"], j["waist"]) > 0 or side_of(p, j["knee"], j["hip"]) > 0, p
    assert min(p[0] for p in points) < body.rearmost_x(FEEL_POSE) + 0.01, "out to the backside"
    _on_body(points, ["pelvis", "thigh"], 0.006)


@pytest.mark.parametrize("part,sign", [("abs", -1), ("low-back", +1)])
def test_trunk_highlights_front_and_back_of_the_lumbar_part(part, sign):
    j = body.joints(FEEL_POSE)
    points = _feel_shape(part)
    assert points and all(sign * side_of(p, j["hip"], j["waist"]) > 0 for p in points), \
        "abs in front of the trunk's axis, low back behind it"
    along = [_along(p, j["hip"], j["waist"]) for p in points]
    # along the lumbar part: from above the hip to about the waist (T12-L1);
    # the lower back's patch no farther, or it reads as the upper back
    assert 0.1 < min(along) and 0.8 < max(along) < (1.4 if part == "abs" else 1.15)
    _on_body(points, ["pelvis", "lumbar", "thorax"], 0.015)
