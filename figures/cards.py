"""The body model as shapes for the link-preview cards (hooks/previews.py).

The cards are PNGs drawn with Pillow, which can't read SVG, so they take the
same capsules the SVG figures are drawn from: (start, end, radius) in body
units, y up, for a pose named in figures.poses.POSES.
"""

from __future__ import annotations

from .body import capsules
from .poses import POSES


def shapes(name: str) -> dict[str, tuple]:
    """Capsules of the named pose by body part, back to front (the arm last);
    KeyError names the poses there are."""
    if name not in POSES:
        raise KeyError(f"unknown figure pose {name!r}; use one of: {', '.join(POSES)}")
    return dict(capsules(POSES[name]))
