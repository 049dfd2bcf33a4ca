"""One figure per step on Setup and Movement (figures/steps.py)."""

from __future__ import annotations

import re
from math import hypot

import pytest

from figure_helpers import (
    CM,
    FILES,
    ROOT,
    STEPS,
    P,
    check_legs,
    ghost_mask,
    ghosts,
    joint,
    root_box,
    svg_xy,
    without_ghosts,
)
from figures import (
    body,
    marks,
    poses,
    silhouette,
    steps,
)
from figures.catalogue import GHOST_WORDS, INSET_WORDS, rep_before
from figures.svg import GHOST_LINE, GHOST_OPACITY, LABEL_PX

pytestmark = pytest.mark.unit


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
    check_legs(svg, STEPS[name])
    # A label's first line (a label of more lines goes on in <tspan>s)
    labels = re.findall(r'<text class="hh-fig-label hh-fig-label-accent"[^>]*>([^<]+)<', svg)
    assert labels, "the key point in words"
    assert re.search(r'class="hh-fig-accent[^"]*"', svg), "and a mark that shows it"


def test_cue_strip_is_four_numbered_poses_on_one_floor():
    svg = FILES["cue-strip.svg"]
    assert re.findall(r'<text class="hh-fig-num-text"[^>]*>(\d)</text>', svg) == ["1", "2", "3", "4"]
    assert svg.count('class="hh-fig-body" mask=') == 4
    assert svg.count('class="hh-fig-ground"') == 1
    x, y, w, h = root_box(svg)
    assert w / h > 2, "a strip"
    # the four bodies, left to right: setup, halfway, bottom, tall again
    knees = [float(m) for m in re.findall(r'<path d="M(-?[\d.]+) -6.8L', svg)]
    assert len(knees) == 4 and knees == sorted(knees)


# --- Setup's close-ups: each carries the whole body small, its crop boxed --------

CLOSEUPS = sorted(n for n in STEPS if n.startswith("setup-"))


def _inset(svg: str) -> str:
    insets = re.findall(r'<g class="hh-fig-inset">.*?</g><path class="hh-fig-accent '
                        r'hh-fig-inset-box" d="[^"]+"/></g>', svg)
    assert len(insets) == 1, "one inset"
    return insets[0]


def _crop(svg: str, name: str):
    """(x, y, w, h) of the close-up's clip: where its body, marks and words are."""
    m = re.search(rf'<clipPath id="hh-{name}-crop"><rect x="(-?[\d.]+)" y="(-?[\d.]+)" '
                  r'width="([\d.]+)" height="([\d.]+)"/>', svg)
    assert m, "the close-up is clipped to its crop"
    return tuple(map(float, m.groups()))


@pytest.mark.parametrize("name", CLOSEUPS)
def test_every_close_up_shows_the_whole_body_small_with_its_crop_boxed(name):
    """Cropped close, a shoulder or a middle read as a shape: each close-up
    carries the whole body, small, and a box on it round the part the
    close-up shows, placed on the small body where the crop is on the
    body, beside the crop, not over it."""
    svg = FILES[f"{name}.svg"]
    pose = P[STEPS[name]]
    inset = _inset(svg)
    vx, vy, vw, vh = root_box(svg)
    cx, cy, cw, ch = _crop(svg, name)
    assert (cy, ch) == (vy, vh) and cx + cw == pytest.approx(vx + vw), "the crop runs to the right edge"
    # The whole body: every part, small (the head is its second circle)
    small = re.search(r'<g class="hh-fig-inset-body">(.*?)</g>', inset).group(1)
    assert small.count("<path") + small.count("<circle") == len(body.capsules(pose))
    circles = re.findall(r'<circle cx="(-?[\d.]+)" cy="(-?[\d.]+)" r="([\d.]+)"/>', small)
    head_x, head_y, head_r = map(float, circles[1])
    # The box, and the crop it stands for (the crop less the gap before the inset)
    box = [tuple(map(float, p)) for p in re.findall(r"[ML](-?[\d.]+) (-?[\d.]+)",
                                                      inset.rsplit('d="', 1)[1])]
    xs, ys = [p[0] for p in box], [p[1] for p in box]
    scale = (max(ys) - min(ys)) / vh
    assert head_r == pytest.approx(body.RADIUS["head"] * CM * scale, abs=0.1), "drawn to one scale"
    head = svg_xy(body.joints(pose)["head"])
    assert max(xs) - head_x == pytest.approx((vx + vw - head[0]) * scale, abs=0.25)
    assert min(ys) - head_y == pytest.approx((vy - head[1]) * scale, abs=0.25)
    assert max(xs) - min(xs) == pytest.approx((vw - (cx - vx) - steps.INSET_GAP * CM) * scale, abs=0.25)
    # Beside the crop, inside the figure
    card = re.search(r'<rect class="hh-fig-inset-card" x="(-?[\d.]+)" y="(-?[\d.]+)" '
                     r'width="([\d.]+)" height="([\d.]+)"', inset)
    kx, ky, kw, kh = map(float, card.groups())
    assert vx <= kx and kx + kw <= cx, "left of the crop"
    assert vy <= ky and ky + kh <= vy + vh
    assert kx <= min(xs) and max(xs) <= kx + kw and ky <= min(ys) and max(ys) <= ky + kh


@pytest.mark.parametrize("name", CLOSEUPS)
def test_close_up_words_read_at_label_px_on_a_phone(name):
    """The inset widens each crop, so on a phone's tile the drawing is shown
    smaller: its words are drawn larger to stay LABEL_PX tall there, in a
    rule scoped to the figure and the close-up class, which a later
    close-up's sheet on the page can't override."""
    svg = FILES[f"{name}.svg"]
    _, _, w, h = root_box(svg)
    size = float(re.search(rf"\.hh-fig--closeup\.hh-{name} \.hh-fig-label\{{font-size:([\d.]+)px",
                           svg).group(1))
    tile_w, tile_h = steps.CLOSEUP_TILE_PX
    assert size * min(tile_w / w, tile_h / h) >= LABEL_PX - 1e-9
    css = (ROOT / "docs/stylesheets/extra.css").read_text()
    tile = re.search(r"svg\.hh-fig--closeup \{[^}]*?\bheight: ([\d.]+)rem", css)
    assert float(tile.group(1)) * 20 == tile_h, "the tile's height is the stylesheet's (20 px a rem)"


def test_close_ups_alt_text_and_titles_name_the_inset():
    """What the picture shows, said in words: the page's alt text (the
    figure's name once inlined) and the title of the file itself."""
    page = (ROOT / "docs/setup.md").read_text()
    for name in CLOSEUPS:
        alt = re.search(rf"!\[([^\]]+)\]\(images/{name}\.svg\)", page).group(1)
        assert re.search(r"small whole body with .+ boxed", alt), (name, alt)
        title = re.search(r"<title[^>]*>([^<]+)</title>", FILES[f"{name}.svg"]).group(1)
        assert title.endswith(INSET_WORDS), name


# --- How a close-up draws the body, to read at a phone's width ------------------

def _title(name: str) -> str:
    return re.search(r"<title[^>]*>([^<]+)</title>", FILES[f"{name}.svg"]).group(1)


def _points(d: str):
    """A path's points, in body units (H, y up)."""
    return [(float(x) / CM, -float(y) / CM) for x, y in re.findall(r"(-?[\d.]+) (-?[\d.]+)", d)]


@pytest.mark.parametrize("name", ["setup-feet", "setup-knees", "setup-brace"])
def test_a_close_up_the_arm_only_crosses_leaves_it_out(name):
    """Across the middle, the arm in front and the gap round it cut the
    trunk into three dark bars; above the knee, the hand's gap notched the
    thigh. These close-ups leave the arm out: the body is one shape, with
    nothing knocked out of it."""
    svg = FILES[f"{name}.svg"]
    assert "<mask" not in svg
    close = svg.split('<g class="hh-fig-inset">')[0]
    assert len(re.findall(r'<g class="hh-fig-body"', close)) == 1


def test_the_middle_close_up_says_the_arm_is_left_out():
    alt = re.search(r"!\[([^\]]+)\]\(images/setup-brace\.svg\)",
                    (ROOT / "docs/setup.md").read_text()).group(1)
    assert "the arm left out" in alt and "the arm left out" in _title("setup-brace")


def test_the_brace_band_wraps_round_the_trunk():
    """Drawn whole over the trunk, the band read as a flat ring laid on it:
    its near half (the lower) crosses in front of the trunk, its far half
    shows only either side, where it goes behind."""
    pose = P["standing"]
    j = body.joints(pose)
    drawn = marks.marks(pose, ("brace_wrapped",), "accent")
    assert drawn in FILES["setup-brace.svg"]
    centre = body.lerp(j["hip"], j["waist"], 0.75)
    points = [p for d in re.findall(r'<path class="hh-fig-accent" d="([^"]+)"', drawn)
              for p in _points(d)]
    far = [x - centre[0] for x, y in points if y > centre[1] + 1e-3]
    near = [x - centre[0] for x, y in points if y < centre[1] - 1e-3]
    assert min(far) < 0 < max(far), "both sides"
    assert all(abs(x) > body.RADIUS["lumbar"] for x in far), "never over the trunk"
    assert min(abs(x) for x in near) < 0.01, "across the front of it"


def test_the_ring_round_the_hand_leaves_a_band_of_thigh_inside():
    """Tight round the fingertips, the ring's halo ran into the arm's gap
    round the hand, one white blob: the fingertips and their gap lie
    inside the ring's halo, with the thigh showing between them (the
    forearm runs on out of the ring, across it)."""
    pose = P["standing"]
    j = body.joints(pose)
    drawn = marks.marks(pose, ("hands",), "accent")
    assert drawn in FILES["setup-hands.svg"]
    ring = re.search(r'<path class="hh-fig-accent" d="M(-?[\d.]+) (-?[\d.]+)A([\d.]+) ', drawn)
    left, y, r = (float(v) / CM for v in ring.groups())
    centre = (left + r, -y)
    halo = float(re.search(r"\.hh-fig--closeup \.hh-fig-halo\{stroke-width:([\d.]+)\}",
                           steps.CLOSEUP_STYLE).group(1)) / 2 / CM
    tips = hypot(j["hand"][0] - centre[0], j["hand"][1] - centre[1])   # the hand's round end
    reach = tips + body.RADIUS["forearm"] + steps.CLOSEUP_ARM_GAP
    assert reach + 0.005 <= r - halo, "a band of thigh (about 1 cm) between them"


@pytest.mark.parametrize("name", ["setup-shoulders", "setup-neck"])
def test_a_head_close_up_has_a_face_an_eye_and_a_neck(name):
    """Enlarged, the whole body's head, a ball on the trunk's round top
    with the arm's gap under it, read as a keyhole. Drawn close, the head
    has a face in profile reaching forward of the ball (the way it looks),
    an eye on it, and a neck shows between the trunk's top and the head."""
    svg = FILES[f"{name}.svg"]
    pose = P["standing"]
    head, r_head = svg_xy(body.joints(pose)["head"]), body.RADIUS["head"] * CM
    face = re.search(r'<path class="hh-fig-body" d="(M[^"]+Z)"/>', svg).group(1)
    assert max(x for x, _ in _points(face)) * CM > head[0] + r_head + 1, "a nose, forward of the ball"
    eye = re.search(r'<circle class="hh-fig-eye" cx="(-?[\d.]+)" cy="(-?[\d.]+)"', svg)
    assert hypot(float(eye.group(1)) - head[0], float(eye.group(2)) - head[1]) < r_head
    parts = silhouette.profile(pose)
    _, top, r_thorax = parts["thorax"]
    assert svg_xy(top)[1] - r_thorax * CM - (head[1] + r_head) >= 3, "a neck 3 cm long, at least, shows"


def test_the_gaze_starts_at_the_eye_and_clears_the_face():
    svg = FILES["setup-neck.svg"]
    face = _points(re.search(r'<path class="hh-fig-body" d="(M[^"]+Z)"/>', svg).group(1))
    gaze = _points(re.search(r'<path class="hh-fig-accent"[^>]* d="([^"]+)"', svg).group(1))
    (x0, y0), (x1, y1) = gaze[0], gaze[1]
    eye = silhouette.eye_at(P["standing"])
    # on the line from the eye, and ahead of the nose
    assert (y1 - y0) * (eye[0] - x0) == pytest.approx((x1 - x0) * (eye[1] - y0), abs=1e-4)
    assert x0 > max(x for x, _ in face)


# --- Movement's steps: each over a ghost of the pose it starts from -------------

MOVES = [n for n in STEPS if n.startswith("movement-")]   # in the page's order


def test_each_movement_step_is_drawn_over_the_pose_before_it_in_the_rep():
    """Steps 1, 3 and 5 showed three alike partial hinges. Each step's
    figure now has one ghost, drawn behind the body (before it), of the
    pose the rep passes just before: shallower on the way down, deeper on
    the way up, so which way the step goes shows."""
    for name in MOVES:
        svg = FILES[f"{name}.svg"]
        found = ghosts(svg)
        assert len(found) == 1, name
        before = rep_before(STEPS[name])
        assert before != STEPS[name]
        mask = ghost_mask(svg, found[0])
        inner = mask[mask.index('<g fill="#000"'):]      # the body itself, cut out of the band
        check_legs(inner, before)  # the ghost's own legs
        front = without_ghosts(svg)
        assert svg.index(found[0]) < svg.index('<g class="hh-fig-body"', svg.index(found[0]) + len(found[0]))
        assert 'class="hh-fig-body"' in front, "the body in front is whole"
        trunk, ghost_trunk = body.trunk_angle(P[STEPS[name]]), body.trunk_angle(P[before])
        going_down = MOVES.index(name) < MOVES.index("movement-hips-forward")
        assert (ghost_trunk < trunk) if going_down else (ghost_trunk > trunk), name


def test_consecutive_step_figures_differ_in_their_ghost():
    drawn = [ghost_mask(FILES[f"{name}.svg"], ghosts(FILES[f"{name}.svg"])[0]).split('"', 2)[2]
             for name in MOVES]
    # The same poses at a figure's own scale: compare the ghosts' poses
    poses_ = [rep_before(STEPS[name]) for name in MOVES]
    for a, b, pa, pb in zip(drawn, drawn[1:], poses_, poses_[1:], strict=False):
        assert pa != pb and a != b


def test_a_ghost_is_a_thin_faint_outline_in_the_bodys_colour():
    """Filled, a ghost sat almost on top of the body in front: two heads
    and doubled arms, a smudge on a phone. It is an outline only: the
    body's colour (no colour of its own), faint, let through a band
    GHOST_LINE wide round the ghost's body (white), the body itself cut
    out of it (black), so nothing fills it."""
    for name in [*MOVES, "drill-rock-back"]:
        svg = FILES[f"{name}.svg"]
        assert f".hh-fig-ghost{{opacity:{GHOST_OPACITY:g}}}.hh-fig-ghost-line{{fill:currentColor}}" in svg
        ghost = ghosts(svg)[0]
        assert set(re.findall(r'class="([^"]+)"', ghost)) == {"hh-fig-ghost", "hh-fig-ghost-line"}
        assert not re.search(r"(fill|stroke|style|opacity)=", ghost)
        mask = ghost_mask(svg, ghost)
        band, inner = mask.split('<g fill="#000"')
        assert '<g fill="#fff"' in band
        grown = [float(w) for w in re.findall(r'stroke-width="([\d.]+)"', band)]
        plain = [float(w) for w in re.findall(r'stroke-width="([\d.]+)"', inner)]
        assert len(grown) == len(plain) > 0, name
        for g, p in zip(grown, plain, strict=True):
            assert g - p == pytest.approx(2 * GHOST_LINE * CM, abs=0.11), name


def test_a_small_arrow_at_the_hips_shows_which_way_they_moved():
    """Each step without an arrow of its own at the hips (hips back, hips
    forward) draws one from the ghost's hips to the body's, just behind the
    buttocks, pointing the way the hips went (back on the way down, forward
    on the way up), at least MOTION_MIN long; its title says so."""
    from figures import catalogue
    from figures.marks import MOTION_MIN

    arrow = re.compile(r'<path class="hh-fig-accent" stroke-width="2.4" '
                       r'd="M(-?[\d.]+) (-?[\d.]+)L(-?[\d.]+) (-?[\d.]+)M')
    for name in MOVES:
        svg = FILES[f"{name}.svg"]
        title = re.search(r"<title[^>]*>([^<]+)</title>", svg).group(1)
        marks = {"movement-hips-back": "hips_back", "movement-hips-forward": "hips_forward"}
        if name in marks:
            assert catalogue.MOTION_WORDS not in title, name
            continue
        assert title.endswith(catalogue.MOTION_WORDS), name
        pose, before = P[STEPS[name]], P[rep_before(STEPS[name])]
        hips, ghost_hips = body.capsules(pose)["pelvis"][0], body.capsules(before)["pelvis"][0]
        found = [tuple(map(float, m)) for m in arrow.findall(svg)]
        at_hips = [(x0, x1) for x0, y0, x1, y1 in found
                   if y0 == y1 == pytest.approx(-hips[1] * CM, abs=0.1)]
        assert len(at_hips) == 1, name
        (x0, x1), = at_hips
        assert (x1 < x0) == (hips[0] < ghost_hips[0]), name
        assert abs(x1 - x0) >= MOTION_MIN * CM - 0.1, name
        assert x1 < (hips[0] - body.RADIUS["pelvis"]) * CM, "behind the buttocks"


def test_movement_steps_alt_text_and_titles_name_the_ghost():
    page = (ROOT / "docs/movement.md").read_text()
    for name in MOVES:
        alt = re.search(rf"!\[([^\]]+)\]\(images/{name}\.svg\)", page).group(1)
        assert "In faint outline behind, the body" in alt, (name, alt)
        title = re.search(r"<title[^>]*>([^<]+)</title>", FILES[f"{name}.svg"]).group(1)
        assert f"in faint outline behind, {GHOST_WORDS[rep_before(STEPS[name])]}" in title, name
        assert ("arrow at the hips" in alt) == ("arrow at the hips" in title), name
