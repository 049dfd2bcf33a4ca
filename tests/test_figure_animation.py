"""The rep animation (figures/animation.py): one body through interpolated
poses, still for reduced motion and print."""

from __future__ import annotations

import re
from math import cos, radians

import pytest

from figure_helpers import (
    CM,
    FILES,
    ROOT,
    P,
    svg_xy,
)
from figures import (
    body,
)
from hinge_guide.method import load as load_method

pytestmark = pytest.mark.unit

TEMPO = load_method(ROOT)["tempo"]


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
        groups = re.findall(rf'class="([^"]*\b{cls}\b[^"]*)"', puppet)
        assert groups, f"no element of the puppet carries {cls}"
        for group in groups:
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
    assert moved[0] == pytest.approx(svg_xy(j["knee"]), abs=0.3)
    assert moved[1] == pytest.approx(svg_xy(j["hip"]), abs=0.3)
    assert (x1, y1) == pytest.approx(svg_xy(body.joints(P["bottom"])["hip"]), abs=0.1)


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
