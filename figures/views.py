"""Which way a figure sees the body: from the side (the body model in
figures/body.py, for every figure but one) or from the front
(figures/front.py, for knees caving in).

A pose's name says which: names are unique across the views. A fault pair
(figures/catalogue.py) and a share card (figures/cards.py) ask the pose's
view for its body, marks and height, so a card draws what the page draws,
whichever way the figure looks at the lifter.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass

from . import draw, front, marks, silhouette
from .body import capsules
from .poses import POSES


def _no_trunk(pose: dict) -> str:
    return ""


@dataclass(frozen=True)
class View:
    """What a figure needs from one way of seeing the body."""

    name: str
    poses: Mapping[str, dict]
    # pose -> {part: (start, end, radius)}, in body heights, y up
    capsules: Callable[[dict], Mapping[str, tuple]]
    # (pose, mark names, kind, dx) -> SVG; and the names it knows
    marks: Callable[..., str]
    mark_names: Collection[str]
    # draws a pose, its marks and labels on a panel: figures/draw.py's panel
    panel: Callable[..., tuple[str, str]]
    top_of: Callable[[dict], float]
    # a rounded back drawn as one curve (SVG), or ""
    trunk: Callable[[dict], str] = _no_trunk


SIDE = View("side", POSES, capsules, marks.marks, marks.MARKS, draw.panel, draw.top_of,
            silhouette.curved_trunk)
FRONT = View("front", front.POSES, front.capsules, front.marks, front.MARKS, front.panel,
             front.top_of)
VIEWS = (SIDE, FRONT)

_shared = set(SIDE.poses) & set(FRONT.poses)
if _shared:
    raise ValueError(f"poses named in two views: {sorted(_shared)}")


def pose_names() -> list[str]:
    """Every pose a figure or a card can draw, in every view."""
    return [name for view in VIEWS for name in view.poses]


def view_of(name: str) -> View:
    """The view a pose is drawn in; KeyError names the poses there are."""
    for view in VIEWS:
        if name in view.poses:
            return view
    raise KeyError(f"unknown figure pose {name!r}; use one of: {', '.join(pose_names())}")


def pose(name: str) -> dict:
    return view_of(name).poses[name]
