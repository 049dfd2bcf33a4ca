"""Figure generator for the Hip Hinge Guide: a side-view body model, named
poses and SVG drawings of them. Run `python -m figures` from the project
root to write every figure to docs/images/."""

# The poses each fault-beside-fix figure shows, by its file name in
# docs/images/: the fault's share card draws the same two.
FAULT_FIGURE_POSES: dict[str, tuple[str, str]] = {
    "fault-rounded-back": ("fault_rounded_back", "bottom"),
    "fault-squatting-the-hinge": ("fault_squatting", "bottom"),
    "fault-bending-at-the-waist": ("fault_waist_bend", "bottom"),
    "fault-leaning-back": ("fault_leaning_back", "standing"),
}
# The marks each side of those figures carries (figures/marks.py, MARKS):
# (fault side, fix side). The share card draws them too.
FAULT_FIGURE_MARKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "fault-rounded-back": (("back",), ("back",)),
    "fault-squatting-the-hinge": (("shin_line", "knees_forward"), ("shin_line", "hips_back")),
    "fault-bending-at-the-waist": (("heel_line", "weight"), ("heel_line", "weight")),
    "fault-leaning-back": (("plumb", "back"), ("plumb", "back")),
}
