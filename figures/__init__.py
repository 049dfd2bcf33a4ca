"""Figure generator for the Hip Hinge Guide: a side-view body model, named
poses and SVG drawings of them, and a front view of the legs for the one
fault seen from the front (figures/front.py). Run `python -m figures` from the project
root to write every figure to docs/images/."""

# The poses each fault-beside-fix figure shows, by its file name in
# docs/images/: the fault's share card draws the same two.
FAULT_FIGURE_POSES: dict[str, tuple[str, str]] = {
    "fault-rounded-back": ("fault_rounded_back", "bottom"),
    "fault-squatting-the-hinge": ("fault_squatting", "bottom"),
    "fault-bending-at-the-waist": ("fault_waist_bend", "bottom"),
    "fault-leaning-back": ("fault_leaning_back", "standing"),
    "fault-craned-neck": ("fault_craned_neck", "mid_hinge"),
    "fault-arched-back": ("fault_arched_back", "mid_hinge"),
    "fault-locked-knees": ("fault_locked_knees", "mid_hinge_soft_knees"),
    "fault-hips-rising-first": ("fault_hips_rising", "rising_together"),
    "fault-weight-drifting": ("fault_weight_forward", "rung6"),
    "fault-bent-arms": ("fault_bent_arms", "rung5"),
    "fault-knees-caving-in": ("front_knees_in", "front_knees_over_toes"),
    "fault-too-heavy": ("fault_too_heavy", "rung5"),
}
# The marks each side of those figures carries (figures/marks.py's MARKS, or
# figures/front.py's for a pair seen from the front):
# (fault side, fix side). The share card draws them too.
FAULT_FIGURE_MARKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "fault-rounded-back": (("back",), ("back",)),
    "fault-squatting-the-hinge": (("shin_line", "knees_forward"), ("shin_line", "hips_back")),
    "fault-bending-at-the-waist": (("heel_line", "weight"), ("heel_line", "weight")),
    "fault-leaning-back": (("back", "lean"), ("plumb", "back")),
    "fault-craned-neck": (("eyes",), ("eyes",)),
    "fault-arched-back": (("back",), ("back",)),
    "fault-locked-knees": (("leg_line",), ("leg_line",)),
    "fault-hips-rising-first": (("hips_up",), ("rise_together",)),
    "fault-weight-drifting": (("load_line",), ("load_line",)),
    "fault-bent-arms": (("elbow",), ("arm_line",)),
    "fault-knees-caving-in": (("knee_line", "knees_in", "inside_edges"), ("knee_line", "whole_feet")),
    "fault-too-heavy": (("back",), ("back",)),
}
