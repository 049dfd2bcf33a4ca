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
