"""Figure generator for the Hip Hinge Guide: a side-view body model, named
poses and SVG drawings of them, and a front view of the body for the one
fault seen from the front (figures/front.py). Run `python -m figures` from the project
root to write every figure to docs/images/.

Where each part lives (each module's docstring says more):

- The body: ``body`` (the side-view model, Winter's proportions), ``poses``
  (named, balanced poses), ``front`` (the body seen from the front) and
  ``views`` (which view draws a pose).
- The drawing: ``svg`` (scale, style sheet, the <svg> element),
  ``silhouette`` (the body's shapes), ``props`` (floor, broomstick, wall,
  weights, band), ``marks`` (what a coach points at, by name) and ``draw``
  (whole figures from those parts).
- The figures: ``catalogue`` (every figure by file name), ``steps`` (one per
  step), ``feel`` (where you feel it), ``animation`` (the rep), ``thumbs``
  (the Common faults list's tiles), ``camera`` (where the phone goes, for
  Check your hinge and Film yourself) and ``cards`` (the bodies on the share
  cards, for hinge_guide/preview_cards.py).
- ``__main__``: `python -m figures`, and `--check`.

The tests are named for the module they check: tests/test_figure_poses.py,
tests/test_figure_thumbs.py and so on.
"""

from dataclasses import dataclass
from pathlib import Path

# Where the figures are written: the site's pictures folder.
IMAGES = Path(__file__).resolve().parent.parent / "docs" / "images"


@dataclass(frozen=True)
class FaultFigure:
    """A fault-beside-fix figure, docs/images/<name>-fault.svg and
    <name>-fix.svg: the pose each side shows and the marks each carries
    (figures/marks.py's MARKS, or figures/front.py's for a pair seen from
    the front). The fault's share card draws the same poses and marks."""

    fault: str
    fix: str
    fault_marks: tuple[str, ...]
    fix_marks: tuple[str, ...]


@dataclass(frozen=True)
class PairFiles:
    """The file names in docs/images/, less .svg, of a fault-beside-fix
    figure: its fault side, its fix side and its thumbnail (the fault side
    cropped close, for the Common faults page's rows)."""

    fault: str
    fix: str
    thumb: str


def pair_files(stem: str) -> PairFiles:
    """The one rule for a pair's file names: figures/catalogue.py writes
    them, the fault index (hinge_guide/faults/index.py) and the share cards
    (hinge_guide/generate.py) read them. A figure with a thumbnail of its
    own (catalogue.OWN_THUMBS) names it as a pair would."""
    return PairFiles(f"{stem}-fault", f"{stem}-fix", f"{stem}-thumb")


def pair_side(name: str) -> tuple[str, str] | None:
    """(stem, "fault" or "fix") where name (less .svg) is one side of a
    pair by pair_files' rule; None for any other name."""
    for side in ("fault", "fix"):
        suffix = getattr(pair_files(""), side)
        if name.endswith(suffix) and len(name) > len(suffix):
            return name.removesuffix(suffix), side
    return None


# Every fault-beside-fix figure, by its file name in docs/images/ (less
# -fault.svg / -fix.svg): figures/catalogue.py draws each, the share cards
# (hinge_guide/generate.py) draw the same.
FAULT_FIGURES: dict[str, FaultFigure] = {
    # name: FaultFigure(fault pose, fix pose, fault side's marks, fix side's marks)
    "fault-rounded-back": FaultFigure("fault_rounded_back", "bottom", ("back",), ("back",)),
    "fault-squatting-the-hinge": FaultFigure("fault_squatting", "bottom", ("shin_line", "knees_forward"), ("shin_line", "hips_back")),
    "fault-bending-at-the-waist": FaultFigure("fault_waist_bend", "bottom", ("heel_line", "weight"), ("heel_line", "weight")),
    "fault-leaning-back": FaultFigure("fault_leaning_back", "standing", ("back", "lean"), ("plumb", "back")),
    "fault-craned-neck": FaultFigure("fault_craned_neck", "mid_hinge", ("eyes",), ("eyes",)),
    "fault-arched-back": FaultFigure("fault_arched_back", "mid_hinge", ("back",), ("back",)),
    "fault-locked-knees": FaultFigure("fault_locked_knees", "mid_hinge_soft_knees", ("leg_line",), ("leg_line",)),
    "fault-hips-rising-first": FaultFigure("fault_hips_rising", "rising_together", ("hips_up",), ("rise_together",)),
    "fault-weight-drifting": FaultFigure("fault_weight_forward", "rung6", ("load_line",), ("load_line",)),
    "fault-bent-arms": FaultFigure("fault_bent_arms", "rung5", ("elbow",), ("arm_line",)),
    "fault-knees-caving-in": FaultFigure("front_knees_in", "front_knees_over_toes", ("knee_line", "knees_in", "inside_edges"), ("knee_line", "whole_feet")),
    "fault-loose-brace": FaultFigure("fault_loose_brace", "standing", ("soft_belly", "back"), ("brace", "back")),
    "fault-low-back": FaultFigure("fault_low_back", "bottom", ("back", "heel_line"), ("back", "heel_line")),
    "fault-bar-away": FaultFigure("fault_bar_forward", "rung8", ("bar_line", "shin_gap"), ("bar_line",)),
    "fault-weight-on-toes": FaultFigure("fault_on_toes", "bottom", ("heel_up", "weight"), ("contacts", "weight")),
    "fault-too-heavy": FaultFigure("fault_too_heavy", "rung5", ("back",), ("back",)),
}
