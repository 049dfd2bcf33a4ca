"""Write every figure to docs/images/, or check that they are up to date.

    python -m figures            write the SVGs
    python -m figures --check    exit 1 and list the files that differ from
                                 what the model draws (missing ones included)
    --out DIR                    another folder instead of docs/images/
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import draw
from .poses import POSES, rep_frames

IMAGES = Path(__file__).resolve().parent.parent / "docs" / "images"


def rep() -> str:
    """4 s loop: 0.95 s standing (split across the loop's seam), 1.35 s down
    through five in-between frames, 0.6 s pause at the bottom, 1.1 s up."""
    frames = rep_frames()
    last = len(frames) - 1
    down = [(i, 0.27) for i in range(1, last)]
    up = [(i, 0.22) for i in range(last - 1, 0, -1)]
    schedule = [(0, 0.475)] + down + [(last, 0.6)] + up + [(0, 0.475)]
    return draw.rep_animation(
        frames, schedule, still={0: 0.3, last // 2: 0.5, last: 1.0},
        title="One hip hinge rep, seen from the side: hips travel back, the "
              "chest tips forward with a flat back, then the hips drive "
              "forward to stand tall")


def single(name, pose, title, props=(), mark_names=()):
    return name, lambda: draw.figure(POSES[pose], f"hh-{name}", title, props, mark_names)


def pair(name, fault, fix, title, fault_marks=(), fix_marks=()):
    return name, lambda: draw.fault_beside_fix(
        POSES[fault], POSES[fix], f"hh-{name}", title, fault_marks, fix_marks)


# File name (without .svg) -> function drawing it.
FIGURES = dict([
    single("setup-standing", "standing",
           "Setup, side view: standing tall, knees slightly bent, hands on the thighs"),
    single("hinge-mid", "mid_hinge",
           "Halfway down the hinge: hips moving back, chest tipping forward, back flat",
           mark_names=("hips_back",)),
    single("hinge-bottom", "bottom",
           "Bottom of the hinge: hips behind the heels, back flat, shins upright, "
           "hands at the knees", mark_names=("heel_line", "back")),
    single("drill-dowel", "dowel_bottom",
           "Broomstick drill: a stick along the back touches the back of the head, "
           "the upper back and the tailbone", props=("dowel",)),
    single("drill-wall", "wall_bottom",
           "Wall drill: hinging until the backside touches a wall behind", props=("wall",)),
    pair("fault-rounded-back", "fault_rounded_back", "bottom",
         "Rounded back beside the fix: on the left the back curves and the pelvis "
         "tucks; on the right the back stays flat",
         fault_marks=("back",), fix_marks=("back",)),
    pair("fault-squatting-the-hinge", "fault_squatting", "bottom",
         "Squatting the hinge beside the fix: on the left the knees slide forward "
         "and the hips sink; on the right the shins stay upright and the hips go back",
         fault_marks=("shin_line", "knees_forward"), fix_marks=("shin_line",)),
    pair("fault-bending-at-the-waist", "fault_waist_bend", "bottom",
         "Bending at the waist beside the fix: on the left the hips stay over the "
         "heels and the weight moves to the toes; on the right the hips go back "
         "behind the heels and the weight stays mid-foot",
         fault_marks=("heel_line", "com"), fix_marks=("heel_line", "com")),
    pair("fault-leaning-back", "fault_leaning_back", "standing",
         "Leaning back at the top beside the fix: on the left the shoulders end "
         "behind the hips; on the right ear, shoulder, hip and ankle stack in one line",
         fault_marks=("plumb", "back"), fix_marks=("plumb", "back")),
    single("rung-0", "rung0",
           "Rung 0, kneeling hinge: kneeling, palms resting on the thighs, hips "
           "pushed back toward the heels"),
    single("rung-1", "rung1",
           "Rung 1, hands-on-thighs hinge: hips go back while the palms slide down "
           "the thighs to the knees", mark_names=("hips_back",)),
    single("rung-2", "rung2", "Rung 2, wall hinge: the backside reaches back to a wall",
           props=("wall",)),
    single("rung-3", "rung3",
           "Rung 3, broomstick hinge: head, upper back and tailbone stay on the stick",
           props=("dowel",)),
    single("rung-4", "rung4",
           "Rung 4, band pull-through: a band from a low anchor behind runs between "
           "the legs to the hands", props=("band",)),
    single("rung-5", "rung5",
           "Rung 5, kettlebell deadlift: hands on a kettlebell between the feet, "
           "just off the floor", props=("load",)),
    single("rung-6", "rung6",
           "Rung 6, dumbbell Romanian deadlift: dumbbells a little below the knees, "
           "close to the legs", props=("load",)),
    single("rung-7", "rung7",
           "Rung 7, barbell Romanian deadlift: the bar a little below the knees, "
           "touching the legs", props=("load",)),
    single("rung-8", "rung8",
           "Rung 8, deadlift: the bar on the floor over the middle of the foot, "
           "knees bent more, arms straight", props=("load",)),
    ("hinge-rep", rep),
    ("feel-it", lambda: draw.feel_it(
        POSES["bottom"], "hh-feel-it",
        "Where you should feel it, at the bottom of the hinge, side view: the "
        "backs of the thighs and the buttocks do the work, the belly is braced, "
        "and the lower back holds still")),
])


def render_all() -> dict[str, str]:
    """File name -> SVG text for every figure."""
    return {f"{name}.svg": make() for name, make in FIGURES.items()}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m figures", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="list files that differ from the model's drawing; exit 1 if any")
    parser.add_argument("--out", type=Path, default=IMAGES, help="folder (default docs/images)")
    args = parser.parse_args(argv)
    figures = render_all()
    if args.check:
        stale = [name for name, text in figures.items()
                 if not (args.out / name).is_file()
                 or (args.out / name).read_bytes() != text.encode()]
        for name in stale:
            print(f"out of date: {name}")
        if stale:
            print("Run `python -m figures` to redraw them.")
        return 1 if stale else 0
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in figures.items():
        (args.out / name).write_bytes(text.encode())
    print(f"wrote {len(figures)} figures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
