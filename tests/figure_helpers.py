"""What the figure tests share: the poses, the SVG files as the model draws
them, the fault pairs and a few ways to read a drawn SVG back."""

from __future__ import annotations

import re
from math import atan2, degrees, hypot
from pathlib import Path

import pytest

from figures import FAULT_FIGURES, body, poses
from figures.catalogue import render_all

ROOT = Path(__file__).resolve().parent.parent
P = poses.POSES
# The SVGs are in centimetres of the model person, y down (the README's and
# figures/svg.py's convention), so a body height is this many SVG units.
CM = body.HEIGHT_M * 100


def joint(name: str, j: str):
    return body.joints(P[name])[j]


def svg_xy(p):
    """Body point (H, y up) -> SVG units (cm, y down)."""
    return p[0] * CM, -p[1] * CM


# The pairs as the figures and the share cards know them (figures/__init__.py).
PAIR_POSES = {name: (figure.fault, figure.fix) for name, figure in FAULT_FIGURES.items()}
PAIRS = tuple(PAIR_POSES)


def root_box(svg: str):
    return tuple(map(float, re.search(r'viewBox="([^"]+)"', root_tag(svg)).group(1).split()))


# Each step figure of Setup and Movement, and the pose it draws.
STEPS = {
    "setup-feet": "straight_legs", "setup-knees": "soft_knees", "setup-hands": "standing",
    "setup-shoulders": "standing", "setup-brace": "standing", "setup-neck": "standing",
    "movement-hips-back": "mid_hinge", "movement-shins-upright": "bottom",
    "movement-palms-slide": "palms_sliding", "movement-stop-at-stretch": "bottom",
    "movement-hips-forward": "rising", "movement-finish-tall": "standing",
}


# Every figure as the model draws it, by file name.
FILES = render_all()


def root_tag(svg: str) -> str:
    return re.match(r"<svg\b[^>]*>", svg).group(0)

# A bold system font's average character is at most 0.62 em wide.
CHAR_EM = 0.62


def capsule_ends(svg: str, stroke: float):
    """Ends (SVG units) of the first straight capsule of that stroke width."""
    m = re.search(rf'<path d="M(-?[\d.]+) (-?[\d.]+)L(-?[\d.]+) (-?[\d.]+)" stroke-width="{stroke:g}"/>', svg)
    assert m, stroke
    x0, y0, x1, y1 = map(float, m.groups())
    return (x0, y0), (x1, y1)


GHOST = '<g class="hh-fig-ghost">'


def ghosts(svg: str) -> list[str]:
    """Each ghost group (figures/draw.py's ghost_of) as drawn, whole: its
    <g> up to the </g> that closes it."""
    found = []
    for start in (m.start() for m in re.finditer(re.escape(GHOST), svg)):
        depth = 0
        for tag in re.finditer(r"<g\b|</g>", svg[start:]):
            depth += 1 if tag.group(0) == "<g" else -1
            if depth == 0:
                found.append(svg[start:start + tag.end()])
                break
    return found


def ghost_mask(svg: str, ghost: str) -> str:
    """The mask a ghost group draws its outline through (figures/
    silhouette.py's outline_mask): its <mask> element, whole."""
    mask_id = re.search(r'mask="url\(#([^)]+)\)"', ghost).group(1)
    found = re.search(rf'<mask id="{re.escape(mask_id)}".*?</mask>', svg)
    assert found, mask_id
    return found.group(0)


def without_ghosts(svg: str) -> str:
    """The SVG less its ghosts (and the masks they are drawn through): the
    body in front, its marks and props."""
    for ghost in ghosts(svg):
        svg = svg.replace(ghost_mask(svg, ghost), "").replace(ghost, "")
    return svg


def check_legs(svg: str, pose: str):
    """The legs as drawn: Winter's lengths, the ankle where the model fixes it,
    and the knee flexion the pose asks for (of the body in front, not a
    ghost behind it)."""
    svg = without_ghosts(svg)
    width = lambda part: round(2 * body.RADIUS[part] * CM, 1)  # noqa: E731
    ankle, knee = capsule_ends(svg, width("shank"))
    knee2, hip = capsule_ends(svg, width("thigh"))
    assert ankle == pytest.approx((0.0, -body.ANKLE_HEIGHT * CM), abs=0.06)
    assert knee == knee2, "the thigh starts where the shin ends"
    assert hypot(knee[0] - ankle[0], knee[1] - ankle[1]) == pytest.approx(body.SHANK * CM, abs=0.15)
    assert hypot(hip[0] - knee[0], hip[1] - knee[1]) == pytest.approx(body.THIGH * CM, abs=0.15)
    shin = degrees(atan2(knee[0] - ankle[0], ankle[1] - knee[1]))
    thigh = degrees(atan2(hip[0] - knee[0], knee[1] - hip[1]))
    assert shin - thigh == pytest.approx(P[pose]["knee"], abs=0.6)
    return ankle, knee, hip


def side_of(p, a, b) -> float:
    """+ behind (the posterior side of) the axis a->b drawn up the body, - in front."""
    return (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])
