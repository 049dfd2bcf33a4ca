"""The fault list's thumbnails (figures/thumbs.py)."""

from __future__ import annotations

import gzip
import re

import pytest

from figure_helpers import (
    CM,
    FILES,
    PAIRS,
    ROOT,
    root_box,
)
from figures import (
    FAULT_FIGURES,
    svg,
    views,
)
from figures.catalogue import render_thumbnails
from hinge_guide.faults.index import thumbnail_of
from hinge_guide.generate import fault_boxes

pytestmark = pytest.mark.unit

# --- The fault list's thumbnails ---------------------------------------------

THUMBS = render_thumbnails()


# Figures that aren't a pair but are too busy for a tile, with their own.
OWN_THUMBS = {"cue-strip-thumb.svg"}


def test_every_fault_pair_has_a_thumbnail():
    assert set(THUMBS) == {f"{name}-thumb.svg" for name in PAIRS} | OWN_THUMBS


def test_a_pairs_file_names_come_from_one_rule():
    """The -fault, -fix and -thumb names were spelt in the catalogue, the
    fault index and the generate step: pair_side reads what pair_files
    writes, and a name that is only a suffix is no pair."""
    from figures import pair_files, pair_side

    files = pair_files("x")
    assert (pair_side(files.fault), pair_side(files.fix)) == (("x", "fault"), ("x", "fix"))
    assert pair_side(files.thumb) is None and pair_side(pair_files("").fault) is None


def test_the_rushed_rep_reads_on_its_tile():
    """The rushing-the-rep row showed the rep's four-figure strip: four
    bodies about 20 px tall on an 80 px tile. Its thumbnail is one body,
    cropped close like a pair's, with speed lines in the fault colour, and
    the Common faults row shows it."""
    text = THUMBS["cue-strip-thumb.svg"]
    strip = FILES["cue-strip.svg"]
    assert text.count('<g class="hh-fig-body" mask=') == 1
    assert strip.count('<g class="hh-fig-body" mask=') == 4
    assert 'class="hh-fig-fault' in text and svg.palette()["light"]["fault"] in text
    assert text.count('class="hh-fig-fault"') >= 3, "the speed lines"
    assert "<text" not in text and len(text.encode()) < 2600
    x, y, w, h = root_box(text)
    assert w == h
    rushing = next(fault for _, fault in fault_boxes(ROOT) if fault.id == "rushing-the-rep")
    assert thumbnail_of(rushing) == "images/cue-strip.svg", "the box keeps the whole strip"
    assert thumbnail_of(rushing, ROOT / "docs") == "images/cue-strip-thumb.svg"


@pytest.mark.parametrize("name", PAIRS)
def test_a_thumbnail_is_the_fault_sides_body_and_marks_only(name):
    """At about 80 px a badge, labels and a tinted panel were noise round a
    small body: a thumbnail keeps the body, its props and the fault's own
    marks, in colours written in (an <img> SVG can't see the page's CSS)."""
    text, side = THUMBS[f"{name}-thumb.svg"], FILES[f"{name}-fault.svg"]
    assert "<text" not in text and "<title" not in text
    assert "badge" not in text and "panel" not in text and "fill-opacity:0.08" not in text
    assert "var(" not in text and "currentColor" not in text
    # Both palettes, written in: the dark one for the page's dark scheme
    # (the <img>'s color-scheme), the only @media there is
    assert text.count("@media") == 1 and "@media (prefers-color-scheme:dark){" in text
    dark_body = svg.palette()["dark"]["body"]
    assert f".hh-fig-body{{fill:{dark_body};" in text.split("@media", 1)[1]
    assert 'class="hh-fig-fault' in text and svg.palette()["light"]["fault"] in text
    assert ('class="hh-fig-prop' in text) == ('class="hh-fig-prop' in side)
    # the same body as the fault side: every capsule of it
    capsules = re.findall(r'<path d="M[^"]+" stroke-width="[\d.]+"/>', side)
    assert capsules and all(c in text for c in capsules)
    # the fault's marks drawn bolder than on the whole figure
    width = float(re.search(r"\.hh-fig-fault\{[^}]*stroke-width:([\d.]+)", text).group(1))
    assert width > 1.5 * svg.MARK_STROKE
    # small: a row of the list loads one (the front view's whole body, head,
    # trunk and arms round the legs, is the most capsules and the largest)
    assert len(text.encode()) < 3000 and len(gzip.compress(text.encode(), mtime=0)) < 1024


@pytest.mark.parametrize("name", PAIRS)
def test_a_thumbnail_is_cropped_square_round_the_body(name):
    """The body fills the tile: the view box is square, holds the whole
    body, and is at most a small margin wider than the body in its longer
    direction."""
    x, y, w, h = root_box(THUMBS[f"{name}-thumb.svg"])
    assert w == h
    pose = FAULT_FIGURES[name].fault
    parts = views.view_of(pose).capsules(views.pose(pose)).values()
    left = min(min(a[0], b[0]) - r for a, b, r in parts) * CM
    right = max(max(a[0], b[0]) + r for a, b, r in parts) * CM
    top = max(max(a[1], b[1]) + r for a, b, r in parts) * CM
    bottom = min(min(a[1], b[1]) - r for a, b, r in parts) * CM
    assert x <= left and right <= x + w and y <= -top and -bottom <= y + h, name
    assert max(right - left, top - bottom) >= 0.8 * w, f"{name}: the body is small in its tile"
