"""One figure per step on Setup and Movement (figures/steps.py)."""

from __future__ import annotations

import re

import pytest

from figure_helpers import (
    FILES,
    ROOT,
    STEPS,
    P,
    check_legs,
    joint,
    root_box,
)
from figures import (
    body,
    poses,
)

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
