"""The camera set-up (figures/camera.py): drawn with the body model, the
phone three steps to your side, and you side-on to it."""

from __future__ import annotations

import re
from math import atan2, degrees

import pytest

from figure_helpers import CM, FILES, ROOT, P
from figures import body, camera, front

pytestmark = pytest.mark.unit

SVG = FILES["check-set-up.svg"]


def _widths(svg: str) -> set[float]:
    return {float(w) for w in re.findall(r'<path d="M[^"]+" stroke-width="([\d.]+)"/>', svg)}


def test_the_set_up_is_drawn_with_the_body_model_not_a_stick_figure():
    """The one drawing that was a thin stick figure with an outline head
    now draws the bodies every other figure draws: solid capsules as wide
    as the model's parts, in the body's groups, and no stroke set on the
    whole drawing (which made every line as thin as the next)."""
    root = re.match(r"<svg\b[^>]*>", SVG).group(0)
    assert "stroke=" not in root and 'fill="none"' not in root
    assert SVG.count('<g class="hh-fig-body"') >= 2, "you in the room, and on the screen"
    drawn = _widths(SVG)
    # from the side on the screen: the model's thigh and shin
    assert {round(2 * body.RADIUS[p] * CM, 1) for p in ("thigh", "shank")} <= drawn
    # from the front in the room: figures/front.py's chest and thighs
    assert {round(2 * r * CM, 1) for r in (front.CHEST_R, front.THIGH_R)} <= drawn
    thinnest = min(front.FOOT_R, front.FOREARM_R, *body.RADIUS.values())
    assert min(drawn) >= round(2 * thinnest * CM, 1), "no line thinner than the body's thinnest part"


def test_you_stand_side_on_to_the_phone():
    """In the room you face the viewer (a front view: both arms and legs,
    mirror images either side of your midline), so your side is to the
    phone; the phone's lens is level with your hips and looks straight
    along the line across your shoulders; and the phone's picture is the
    side view, the body in profile, facing across the screen."""
    parts = front.capsules(camera.you())
    for name, (a, b, r) in parts.items():
        if name.startswith("left_"):
            (ma, mb, mr) = parts["right_" + name.removeprefix("left_")]
            assert (a[0], b[0], r) == pytest.approx((-ma[0], -mb[0], mr)), name
    (cx0, cy), (cx1, _), chest_r = parts["chest"]
    chest = (f'<path d="M{(cx0 + camera.YOU_X) * CM:.1f} {-cy * CM:.1f}L{(cx1 + camera.YOU_X) * CM:.1f} '
             f'{-cy * CM:.1f}" stroke-width="{2 * chest_r * CM:g}"/>')
    assert chest in SVG, "drawn from the front: the chest across, shoulder to shoulder"
    hips = front.leg(camera.you(), 1)["hip"][1]
    lx, ly = camera.lens()
    assert ly == pytest.approx(hips, abs=0.06), "the lens at hip height"
    assert lx < camera.YOU_X and abs(degrees(atan2(hips - ly, camera.YOU_X - lx))) < 5, \
        "looking level across at you, from your side"
    assert camera.YOU_X - lx > 1.0, "three big steps away"
    # the footprints between, one a step
    steps = [float(x) for x in re.findall(r'<ellipse class="hh-fig-prop-fill" cx="(-?[\d.]+)"', SVG)]
    assert len(steps) == 3 and all(lx * CM < x < camera.YOU_X * CM for x in steps)
    # on the screen: the side pose, its ankle behind its toes (facing right)
    j = body.joints(P[camera.POSE])
    dx = camera.PHONE_AT + camera.BODY_AT
    shin = f'<path d="M{(j["ankle"][0] + dx) * CM:.1f} {-j["ankle"][1] * CM:.1f}L'
    assert shin in SVG, "the side view's shin, on the screen"
    assert j["head"][0] > j["hip"][0], "facing across the screen, hips behind"


def test_the_whole_body_is_in_the_picture_and_in_the_phones_view():
    """What the phone sees opens from its lens over your head and down to
    the floor behind your feet; on its screen the whole body, head to
    feet and the hips' room behind, sits inside the phone's frame."""
    (hx, hy), (fx, fy) = camera.view_lines()
    lx, ly = camera.lens()
    top = max(max(a[1], b[1]) + r for a, b, r in front.capsules(camera.you()).values())

    def at(end, x):
        return ly + (end[1] - ly) * (x - lx) / (end[0] - lx)
    assert at((hx, hy), camera.YOU_X) > top and fy == 0 and fx > camera.YOU_X
    x0, (y0, y1) = camera.PHONE_AT, camera.PHONE_Y
    dx = x0 + camera.BODY_AT
    for a, b, r in body.capsules(P[camera.POSE]).values():
        for x, y in (a, b):
            assert x0 < x + dx - r and x + dx + r < x0 + camera.PHONE_W, "inside the frame"
            assert y0 < y - r and y + r < y1
    assert body.rearmost_x(P[camera.POSE]) + camera.BODY_AT > 0.1, "room behind the hips"


@pytest.mark.parametrize("page", ["check-your-hinge.md", "film-yourself.md"])
def test_both_camera_pages_show_the_set_up(page):
    """Film yourself explains where the camera goes, as Check your hinge
    does: both show the one drawing, with words for it."""
    text = (ROOT / "docs" / page).read_text(encoding="utf-8")
    found = re.search(r"!\[([^\]]+)\]\(images/check-set-up\.svg\)", text)
    assert found and "side-on" in found.group(1) and "head to feet" in found.group(1)
