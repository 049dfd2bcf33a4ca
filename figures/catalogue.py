"""Every figure the site shows, by file name (without .svg): how each is
drawn, and which pose and marks a share card draws for it, so a fault's
card draws the same body as the figure in its box.

Nothing is drawn or read as this module is imported: build_catalogue()
lists the figures when first asked (a close-up's label reads method.yml,
and a bad number there is a message from the command that asked, not a
traceback from an import). `python -m figures` writes them all
(figures/__main__.py).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

from hinge_guide import method
from hinge_guide.checks.front_matter import nearest
from hinge_guide.errors import ContentError

from . import FAULT_FIGURES, animation, camera, draw, feel, marks, pair_files, steps, thumbs, views
from .body import HEEL_X, joints
from .poses import POSES, rep_frames
from .props import resting_load
from .svg import ACCENT, FAULT

ROOT = Path(__file__).resolve().parent.parent

# A pose's name and the marks drawn on it: what a share card draws.
Posed = tuple[str, tuple[str, ...]]


@dataclass(frozen=True)
class Figure:
    """One figure file, `name`.svg, and how to draw it. `card` is the pose
    and marks a share card draws for it (a fault box showing it shares
    that body), or None for a figure no card draws, whose box's card is
    words: every figure says which, so none goes without by accident."""

    name: str
    draw: Callable[[], str]
    card: Posed | None


@dataclass(frozen=True)
class Thumbnail:
    """`name`.svg, a fault's figure cropped close for the Common faults list
    (figures/thumbs.py; hinge_guide/faults/index.py shows it)."""

    name: str
    draw: Callable[[], str]


@dataclass(frozen=True)
class Catalogue:
    """The figures by file name (without .svg), the pose and marks a card
    draws for each that has one, and the thumbnails by file name."""

    figures: dict[str, Callable[[], str]]
    posed: dict[str, Posed]
    thumbnails: dict[str, Callable[[], str]]


def _named(figure: str, what: str, name: object, known: Collection[str]) -> None:
    """`name` is one of `known`: a typo here stopped the drawing much later
    with a bare KeyError from the body model."""
    if name not in known:
        raise ContentError(
            f'figures/catalogue.py: the figure "{figure}" names the {what} "{name}", which '
            f"the body model doesn't have.{nearest(str(name), known)} "
            f"The {what}s are {', '.join(sorted(known))}.")


def _side_pose(figure: str, pose: str, marks_: Iterable[str] = (), what: str = "pose") -> Posed:
    """A side-view pose and its marks, checked: (pose, marks)."""
    _named(figure, what, pose, POSES)
    named = tuple(marks_)
    for mark in named:
        _named(figure, "mark", mark, marks.MARKS)
    return pose, named


def _view_pose(figure: str, pose: str, marks_: Iterable[str] = ()) -> views.View:
    """The view a pose of a fault pair is seen in, its marks checked there."""
    _named(figure, "pose", pose, views.pose_names())
    view = views.view_of(pose)
    for mark in marks_:
        _named(figure, "mark", mark, view.mark_names)
    return view


def _ease(u: float) -> float:
    """Slow at both ends: smoothstep."""
    return u * u * (3 - 2 * u)


# Standing still between reps, split across the loop's seam, in seconds.
REP_REST = 0.95


def rep(tempo: dict | None = None) -> str:
    """One rep at the method's tempo (method.yml, `tempo`): standing still,
    down in tempo.down_seconds, a pause of tempo.pause_seconds at the
    bottom, up in tempo.up_seconds, standing still again. The body moves
    through every frame of rep_frames(), eased in and out of each phase."""
    tempo = tempo or method.load(ROOT)["tempo"]
    frames = rep_frames(steps=3)
    last = len(frames) - 1
    down, pause, up = tempo["down_seconds"], tempo["pause_seconds"], tempo["up_seconds"]
    start = REP_REST / 2
    waypoints = [(0.0, 0)]
    waypoints += [(start + down * _ease(k / last), k) for k in range(last + 1)]
    bottom_end = start + down + pause
    waypoints += [(bottom_end + up * _ease(k / last), last - k) for k in range(last + 1)]
    waypoints.append((bottom_end + up + start, 0))
    return animation.rep_animation(
        frames, waypoints, still=(0, last // 2, last),
        title="One hip hinge rep, seen from the side: hips travel back, the "
              "chest tips forward with a flat back, then the hips drive "
              "forward to stand tall")


def single(name, pose, title, props=(), mark_names=(), label_items=(), ghost=None, **kw):
    """One pose, and `ghost` (a pose's name), if any, faint behind it in
    outline; a card draws the pose with the same marks."""
    card = _side_pose(name, pose, mark_names)
    if ghost is not None:
        _side_pose(name, ghost, what="ghost pose")
    return Figure(name, lambda: draw.figure(
        POSES[pose], f"hh-{name}", title, props, mark_names, label_items,
        ghost=POSES[ghost] if ghost else None, **kw), card)


def pair(name, fault, fix, title, fault_marks=(), fix_marks=(), fault_labels=(), fix_labels=(),
         props=()):
    """A fault and its fix: `name`-fault.svg and `name`-fix.svg, one side each,
    drawn to the same height so they line up side by side on the page; both
    sides carry `props` (the weight, for a fault of a loaded rung). Both
    poses are seen the same way, from the side or from the front
    (figures/views.py), and each view draws its own. The fault side's body
    and marks, cropped close, are the pair's thumbnail."""
    view = _view_pose(name, fault, fault_marks)
    if _view_pose(name, fix, fix_marks) is not view:
        raise ContentError(f'figures/catalogue.py: the figure "{name}" pairs {fault} and {fix}, '
                           "which are seen from different sides: pick two poses of one view.")
    poses_ = view.poses

    def side(kind, pose, marks, labels, words):
        return lambda: draw.verdict_figure(
            poses_[pose], kind, f"hh-{name}-{'fault' if kind == FAULT else 'fix'}", words,
            draw.pair_top(poses_[fault], poses_[fix], view.top_of), marks, labels, props,
            draw_panel=view.panel)
    fault_title, fix_title = title
    files = pair_files(name)
    return [
        Figure(files.fault, side(FAULT, fault, fault_marks, fault_labels, fault_title),
               (fault, tuple(fault_marks))),
        Figure(files.fix, side(ACCENT, fix, fix_marks, fix_labels, fix_title),
               (fix, tuple(fix_marks))),
        Thumbnail(files.thumb, lambda: thumbs.thumbnail(poses_[fault], fault_marks, props,
                                                        view.panel)),
    ]


def fault_pair(name, title, **drawing):
    """pair() for a fault-beside-fix figure: its poses and marks from
    figures/__init__.py's FAULT_FIGURES, which the share cards draw too."""
    figure = FAULT_FIGURES[name]
    return pair(name, figure.fault, figure.fix, title, fault_marks=figure.fault_marks,
                fix_marks=figure.fix_marks, **drawing)


def knee_bend() -> str:
    """The soft-knee bend from the method, as the close-up's label says it."""
    knees = method.load(ROOT)["knees"]
    return f"{knees['standing_min_degrees']}-{knees['standing_max_degrees']}\u00b0"


# Each close-up's inset (figures/steps.py), in words, after what it shows.
INSET_WORDS = "Beside it, the whole body small, the part shown boxed on it"


def closeups():
    """The setup's six close-ups: (name, pose, what it shows, window (x0, x1,
    y0, y1 in body units), marks, labels, how the body is drawn close
    (steps.closeup_body)). Each title ends with its inset (INSET_WORDS)."""
    items = [
        ("setup-feet", "straight_legs", "Setup step 1, close-up of the foot, side view: heel, "
         "ball and toes all on the floor, the weight over the whole foot",
         (-0.2, 0.36, -0.06, 0.2), ("weight", "contacts"),
         (("heel, ball, toes:", (0.065, 0.13), "start"), ("all down", (0.065, 0.1), "start")),
         steps.ARM_LEFT_OUT),
        ("setup-knees", "soft_knees", "Setup step 2, close-up of the knee, side view: "
         "unlocked in a small bend", (-0.2, 0.3, 0.13, 0.41), ("knee_point", "knee_angle"),
         (("soft knees:", (0.12, 0.36), "start"), (f"{knee_bend()} bend", (0.12, 0.33), "start")),
         steps.ARM_LEFT_OUT),
        ("setup-hands", "standing", "Setup step 3, close-up of the hand, side view: the palm "
         "flat on the front of the thigh", (-0.2, 0.3, 0.34, 0.62), ("hands",),
         (("palm on", (0.15, 0.47), "start"), ("the thigh", (0.15, 0.44), "start")),
         steps.ARM_FRONT),
        ("setup-shoulders", "standing", "Setup step 4, close-up of the head, neck and shoulder, "
         "side view: the shoulder drawn back and down, the arm close to the side",
         (-0.36, 0.22, 0.66, 1.0), ("shoulders",),
         (("shoulders", (-0.105, 0.9), "end"), ("back and down", (-0.105, 0.87), "end")),
         steps.HEAD_CLOSE),
        ("setup-brace", "standing", "Setup step 5, close-up of the middle, side view, the arm "
         "left out: braced all the way round, a band wrapped round the trunk",
         (-0.32, 0.2, 0.45, 0.79), ("brace_wrapped",),
         (("brace all round", (-0.095, 0.72), "end"),), steps.ARM_LEFT_OUT),
        ("setup-neck", "standing", "Setup step 6, close-up of the head, side view: chin "
         "tucked, eyes on the floor a few metres ahead", (-0.2, 0.4, 0.76, 1.02), ("gaze",),
         (("eyes on the", (0.37, 0.95), "end"), ("floor ahead", (0.37, 0.92), "end")),
         steps.HEAD_CLOSE),
    ]
    # A close-up shows one part of a whole pose; the whole pose, with the
    # close-up's marks, is what a card draws for it.
    return [Figure(name, functools.partial(_closeup, name, pose, f"{title}. {INSET_WORDS}",
                                           window, marks_, labels_, drawn),
                   _side_pose(name, pose, marks_))
            for name, pose, title, window, marks_, labels_, drawn in items]


def _closeup(name, pose, title, window, marks_, labels, drawn) -> str:
    return steps.closeup(POSES[pose], f"hh-{name}", title, window, marks_, labels, drawn)


# The page shows the movement steps' figures as hh-fig--step: 12rem, 240 px,
# tall at most (docs/stylesheets/extra.css); their labels are sized for it.
STEP_PX = 240

# One rep's poses in order, down and back up. Four of the six steps show a
# partial hinge, and drawn alone they looked alike: each step's figure
# draws, in faint outline behind its pose, the pose the rep passes through just before
# it, so what the step changes shows at a glance: shallower on the way
# down, deeper on the way up. The two steps drawn at the bottom (2 and 4)
# both start from partway down, step 3's pose, as a rep passes it first;
# the last step, standing, starts from the way up.
REP_ORDER = ("standing", "mid_hinge", "palms_sliding", "bottom", "rising", "standing")
# The ghost in words, for the figure's title: "in faint outline behind, ..."
GHOST_WORDS = {"standing": "the body standing tall", "mid_hinge": "the body early in the hinge",
               "palms_sliding": "the body partway down", "bottom": "the body at the bottom",
               "rising": "the body on the way up"}


def rep_before(pose: str) -> str:
    """The pose the rep passes through just before `pose` (standing, where
    a rep ends, comes after rising)."""
    last = len(REP_ORDER) - 1 - REP_ORDER[::-1].index(pose)
    if last == 0:
        raise ValueError(f"{pose!r} starts the rep: nothing comes before it")
    return REP_ORDER[last - 1]


# Marks that already show the hips' move: a step with one needs no motion arrow.
HIP_ARROWS = frozenset({"hips_back", "hips_forward"})
# The motion arrow in words, for the title
MOTION_WORDS = "a small arrow at the hips shows which way they move"


def movement_step(name, pose, what, mark_names, label_items):
    """A movement step's figure: its pose, its marks and labels, sized for
    the page's step figures, over the pose before it as a ghost in outline,
    and, unless a mark shows it already, an arrow at the hips from the
    ghost's to the body's; the title says all of it."""
    _named(name, "rep pose", pose, REP_ORDER)
    ghost = rep_before(pose)
    motion = not HIP_ARROWS & set(mark_names)
    title = (f"{what}; in faint outline behind, {GHOST_WORDS[ghost]}, where the step starts"
             + (f"; {MOTION_WORDS}" if motion else ""))
    return single(name, pose, title, mark_names=mark_names, label_items=label_items,
                  shown_height=STEP_PX, ghost=ghost, motion=motion)


RUNG_FRAME = (-0.34, 0.38)     # rung figures: cropped close, so the body is larger
H = HEEL_X

# A loaded rung's strip: each panel wide enough for the hips pushed back
# and the plate in front of the shins, narrower than a rung's own figure.
LIFT_STRIP_FRAME = (-0.26, 0.33)


def lift_strip(rung: str, uid: str, title: str) -> str:
    """A loaded rung in three numbered side views: set up, standing over
    the weight on the floor (where the grip will take it, so it doesn't
    move between the panels); the grip, the rung's own pose; standing tall
    with the weight held."""
    grip_pose = POSES[rung]
    weight, grip = grip_pose["load"], joints(grip_pose)["hand"]
    return draw.strip(
        [POSES["standing"], grip_pose, POSES[f"{rung}_top"]], uid, title,
        props=[(), ("load",), ("load",)],
        behind=[lambda dx: resting_load(weight, grip, dx), None, None],
        frame=LIFT_STRIP_FRAME)


def _listed() -> list[Figure | Thumbnail]:
    """Every figure, each fault pair's thumbnail with it."""
    return [
        # The whole setup, each step's part numbered as the page numbers it,
        # so the close-ups below read as parts of this body
        single("setup-standing", "standing",
               "Setup, side view: standing tall, knees slightly bent, hands on the thighs; "
               "numbered as the steps below: 1 feet, 2 knees, 3 hands, 4 shoulders, "
               "5 middle, 6 neck",
               label_items=(("1 feet", (0.15, 0.03), "start"), ("2 knees", (0.12, 0.27), "start"),
                            ("3 hands", (0.15, 0.43), "start"), ("6 neck", (0.12, 0.88), "start"),
                            ("4 shoulders", (-0.1, 0.8), "end"), ("5 middle", (-0.1, 0.64), "end")),
               shown_height=280),
        # Setup, one close-up per step: only the part that step changes
        *closeups(),
        # Movement, one figure per step, over the pose it starts from
        movement_step("movement-hips-back", "mid_hinge",
                      "Movement step 1, side view: the hips push back first and the chest tips forward",
                      ("hips_back",), (("hips back", (-0.28, 0.66), "middle"),)),
        movement_step("movement-shins-upright", "bottom",
                      "Movement step 2, side view: the shins stay upright as the hips go back",
                      ("shin_line",), (("shins\nupright", (0.06, 0.17), "start"),)),
        movement_step("movement-palms-slide", "palms_sliding",
                      "Movement step 3, side view: the palms slide down the thighs toward the knees",
                      ("palms_slide",), (("palms\nslide\ndown", (0.1, 0.56), "start"),)),
        movement_step("movement-stop-at-stretch", "bottom",
                      "Movement step 4, side view: stopped at the first strong stretch behind the "
                      "thighs, back flat", ("stretch", "back"),
                      (("stretch\nhere", (-0.3, 0.22), "middle"), ("back flat", (-0.05, 0.76), "end"))),
        movement_step("movement-hips-forward", "rising",
                      "Movement step 5, side view: standing up by driving the hips forward",
                      ("hips_forward",), (("hips\nforward", (-0.3, 0.72), "middle"),)),
        movement_step("movement-finish-tall", "standing",
                      "Movement step 6, side view: standing tall, ear, shoulder, hip and ankle in one line",
                      ("plumb",), (("ear to\nankle in\none line", (-0.11, 0.78), "end"),)),
        # The drills' pictures sit small beside the words that name their parts
        # (Movement, .hh-drill): the broomstick's points are marked, not labelled;
        # the pelvic tilt names its two shapes, which the words beside it compare.
        # They draw a stick, a floor or a box no card has, so a card showing one
        # is words (card None), as are the camera's and the lift's.
        Figure("drill-dowel", lambda: steps.dowel_hold(
            POSES["dowel_bottom"], "hh-drill-dowel",
            "Broomstick drill at the bottom of the hinge: one hand holds the stick behind the "
            "neck, the other at the small of the back; the stick touches the back of the head, "
            "the upper back and the sacrum", labelled=False), None),
        Figure("drill-pelvic-tilt", lambda: steps.pelvic_tilt(
            "hh-drill-pelvic-tilt",
            "Pelvic tilt drill, lying on the back with knees bent, feet flat and arms by the "
            "sides. Above, labelled tipped forward: gap, the lower back arches off the floor "
            "with a shaded gap under it. Below, labelled tipped back: flat, the lower back "
            "pressed flat on the floor"), None),
        Figure("drill-rock-back", lambda: steps.rock_back(
            "hh-drill-rock-back",
            "Rock-back, on hands and knees: the hips rock back toward the heels while the back "
            "stays flat; in faint outline behind, the start with the hips over the knees"), None),
        Figure("lift-box", lambda: steps.box_lift(
            steps.lift_pose(), "hh-lift-box",
            "Lifting a box off the floor with a hinge: hips back, knees bent, back long, the box "
            "close in front of the shins, hands low on its sides"), None),
        single("drill-wall", "wall_bottom",
               "Wall drill: hinging until the backside touches a wall behind", props=("wall",)),
        *fault_pair("fault-rounded-back",
                    ("Fault, rounded back: the back curves into a C, the pelvis tucks and the head hangs",
                     "Fix: the back stays flat from tailbone to head"),
                    fault_labels=(("back rounds", (-0.2, 0.7), "middle"),),
                    fix_labels=(("back flat", (-0.12, 0.76), "middle"),)),
        *fault_pair("fault-squatting-the-hinge",
                    ("Fault, squatting the hinge: the knees shoot forward and the hips sink",
                     "Fix: the shins stay upright and the hips go back"),
                    fault_labels=(("knees forward", (0.38, 0.34), "end"), ("shins tilt", (0.025, 0.1), "start")),
                    fix_labels=(("hips back", (-0.26, 0.62), "middle"), ("shins upright", (0.025, 0.1), "start"))),
        *fault_pair("fault-bending-at-the-waist",
                    ("Fault, bending at the waist: legs straight, the hips stay over the heels, the "
                     "chest drops and the weight rolls to the toes",
                     "Fix: the hips travel back behind the heels and the weight stays mid-foot to heel"),
                    fault_labels=(("hips over heels", (H - 0.02, 0.69), "end"), ("weight on toes", (0.39, 0.06), "end")),
                    fix_labels=(("hips behind heels", (H - 0.02, 0.69), "end"), ("weight mid-foot\nto heel", (-0.07, 0.11), "end"))),
        *fault_pair("fault-leaning-back",
                    ("Fault, leaning back at the top: the shoulders end behind the hips",
                     "Fix: ear, shoulder, hip and ankle stack in one line"),
                    fault_labels=(("shoulders\nbehind hips", (-0.12, 0.86), "end"),),
                    fix_labels=(("ear to ankle\nin one line", (0.09, 0.86), "start"),)),
        *fault_pair("fault-craned-neck",
                    ("Fault, craned neck halfway down: the chin pokes up and the neck bends back, "
                     "so the eyes look ahead instead of down",
                     "Fix: the chin stays tucked, the head in line with the back, the eyes on the floor ahead"),
                    fault_labels=(("chin up", (0.38, 0.87), "end"),),
                    fix_labels=(("chin\ntucked", (0.38, 0.73), "end"),)),
        *fault_pair("fault-arched-back",
                    ("Fault, arched back halfway down: the low back sways in, the pelvis tips forward "
                     "and the chest and ribs push up",
                     "Fix: the back stays long and flat from the tailbone to the head"),
                    fault_labels=(("back arched", (-0.17, 0.83), "middle"),),
                    fix_labels=(("back long", (-0.17, 0.83), "middle"),)),
        *fault_pair("fault-locked-knees",
                    ("Fault, locked knees halfway down: the legs are dead straight",
                     "Fix: the knees keep a small bend, soft, all the way down"),
                    fault_labels=(("knees locked", (0.38, 0.2), "end"),),
                    fix_labels=(("knees soft", (0.38, 0.2), "end"),)),
        *fault_pair("fault-hips-rising-first",
                    ("Fault, hips rising first, as the bar leaves the floor: the legs have straightened "
                     "and the hips shot up, the chest still low",
                     "Fix: at the same moment, hips and shoulders rise together and the back keeps its angle"),
                    fault_labels=(("hips first", (-0.27, 0.39), "middle"),),
                    fix_labels=(("rise together", (-0.27, 0.33), "middle"),), props=("load",)),
        *fault_pair("fault-weight-drifting",
                    ("Fault, the weight drifts forward: the dumbbells hang out in front of the knees, "
                     "away from the legs",
                     "Fix: the dumbbells stay on the legs, over the middle of the foot"),
                    fault_labels=(("weight\naway", (0.19, 0.13), "start"),),
                    fix_labels=(("weight\nclose", (0.075, 0.13), "start"),),
                    props=("load",)),
        *fault_pair("fault-bent-arms",
                    ("Fault, bent arms in the kettlebell deadlift: the elbows bend and curl the bell up",
                     "Fix: the arms hang long and straight to the handle"),
                    fault_labels=(("arms bent", (-0.24, 0.55), "middle"),),
                    fix_labels=(("arms long", (-0.24, 0.55), "middle"),), props=("load",)),
        *fault_pair("fault-knees-caving-in",
                    ("Fault, knees caving in, the whole body seen from the front at the bottom of the "
                     "hinge: the knees drift in toward each other, inside the line of the feet, and the "
                     "weight rolls onto the inside edges of the feet",
                     "Fix, from the front: each knee stays on the line from the hip to the second toe, "
                     "over the foot, and the feet grip the floor edge to edge"),
                    fault_labels=(("knees in", (-0.1, 0.19), "end"), ("arches flat", (-0.145, 0.03), "end")),
                    fix_labels=(("knees over\ntoes", (-0.125, 0.22), "end"),
                                ("feet grip", (-0.145, 0.03), "end"))),
        *fault_pair("fault-weight-on-toes",
                    ("Fault, weight on the toes at the bottom of the hinge: the knees push forward "
                     "over the toes, the heels lift off the floor and the arms hang out in front",
                     "Fix: the whole foot on the floor, heels down, the shins upright and the hips back"),
                    fault_labels=(("heels up", (-0.1, 0.05), "end"), ("weight on toes", (0.39, 0.075), "end")),
                    fix_labels=(("heels down", (-0.1, 0.05), "end"),
                                ("weight mid-foot", (0.39, 0.075), "end"))),
        *fault_pair("fault-too-heavy",
                    ("Fault, adding weight too soon: with a kettlebell twice as heavy, the back rounds "
                     "and the head drops to lift it",
                     "Fix: back to the lighter kettlebell, the back flat and the arms long"),
                    fault_labels=(("too heavy:\nback rounds", (-0.34, 0.3), "middle"),),
                    fix_labels=(("lighter:\nback flat", (-0.34, 0.3), "middle"),), props=("load",)),
        *fault_pair("fault-loose-brace",
                    ("Fault, losing the brace, standing: the belly goes soft and pushes out, the ribs "
                     "flare up and the low back sags",
                     "Fix: braced all the way round, the ribs down and the back long"),
                    fault_labels=(("belly soft,\nribs up", (-0.12, 0.86), "end"),),
                    fix_labels=(("braced\nall round", (-0.12, 0.86), "end"),)),
        *fault_pair("fault-low-back",
                    ("Fault, the low back doing the work: the hips stay over the heels and the lower "
                     "back bends to take the chest down",
                     "Fix: the hips travel back behind the heels and the back stays still and flat"),
                    fault_labels=(("low back bends", (-0.2, 0.75), "middle"),),
                    fix_labels=(("hips go back", (-0.2, 0.75), "middle"),)),
        *fault_pair("fault-bar-away",
                    ("Fault, the bar away from the shins at the start of a deadlift: it sits out over "
                     "the toes, a gap between it and the legs",
                     "Fix: the bar over the middle of the foot, close to the shins"),
                    fault_labels=(("bar out\nover toes", (0.15, 0.36), "start"),),
                    fix_labels=(("bar close\nto shins", (0.12, 0.36), "start"),), props=("load",)),
        single("rung-0", "rung0",
               "Rung 0, kneeling hinge: kneeling, palms resting on the thighs, hips "
               "pushed back toward the heels", frame=RUNG_FRAME),
        single("rung-1", "rung1",
               "Rung 1, hands-on-thighs hinge: hips go back while the palms slide down "
               "the thighs to the knees", mark_names=("hips_back",), frame=RUNG_FRAME),
        single("rung-2", "rung2", "Rung 2, wall hinge: the backside reaches back to a wall",
               props=("wall",), frame=RUNG_FRAME),
        # Drawn as the broomstick drill is, so the two pictures of one hold agree.
        # The figures of more than one body (or a stick) name the one a card draws.
        Figure("rung-3", lambda: steps.dowel_hold(
            POSES["rung3"], "hh-rung-3",
            "Rung 3, broomstick hinge: one hand holds the stick behind the neck, the other at "
            "the small of the back; head, upper back and tailbone stay on the stick",
            labelled=False, frame=RUNG_FRAME), _side_pose("rung-3", "rung3")),
        single("rung-4", "rung4",
               "Rung 4, band pull-through: a band from a low anchor behind runs between "
               "the legs to the hands", props=("band",), frame=(-0.5, RUNG_FRAME[1])),
        single("rung-5", "rung5",
               "Rung 5, kettlebell deadlift: hands on a kettlebell between the feet, "
               "just off the floor, knees bent more", props=("load",), frame=RUNG_FRAME),
        single("rung-6", "rung6",
               "Rung 6, dumbbell Romanian deadlift: dumbbells a little below the knees, "
               "close to the legs", props=("load",), frame=RUNG_FRAME),
        single("rung-7", "rung7",
               "Rung 7, barbell Romanian deadlift: the bar a little below the knees, "
               "touching the legs", props=("load",), frame=RUNG_FRAME),
        single("rung-8", "rung8",
               "Rung 8, deadlift: the bar on the floor over the middle of the foot, "
               "knees bent more, arms straight", props=("load",), frame=RUNG_FRAME),
        # The loaded rungs from the floor, set up to standing (Progression):
        # a strip of three bodies, which no card draws
        Figure("rung-5-strip", lambda: lift_strip(
            "rung5", "hh-rung-5-strip",
            "The kettlebell deadlift in three side views: 1 standing tall over the bell, "
            "which sits on the floor between the feet; 2 hips back and knees bent, back flat, "
            "hands on the handle with long arms; 3 standing tall, the bell hanging from long "
            "arms close to the legs"), None),
        Figure("rung-8-strip", lambda: lift_strip(
            "rung8", "hh-rung-8-strip",
            "The deadlift in three side views: 1 standing tall, the bar on the floor over "
            "the middle of the foot; 2 hips back and knees bent, back flat, hands on the bar "
            "with long arms, the bar touching the shins; 3 standing tall, the bar resting on "
            "the thighs"), None),
        Figure("hinge-rep", rep, _side_pose("hinge-rep", "mid_hinge")),
        # Check your hinge and Film yourself: where the phone goes
        Figure("check-set-up", camera.set_up, None),
        Figure("cue-strip", lambda: draw.strip(
            [POSES["standing"], POSES["mid_hinge"], POSES["bottom"], POSES["standing"]], "hh-cue-strip",
            "One hinge in four side views: 1 set up tall, 2 hips back halfway, "
            "3 the bottom with a flat back, 4 stand tall again",
            mark_names=[(), ("hips_back",), ("heel_line",), ("hips_forward",)]),
            _side_pose("cue-strip", "mid_hinge")),
        Figure("feel-it", lambda: feel.feel_it(
            POSES["bottom"], "hh-feel-it",
            "Where you should feel it, at the bottom of the hinge, side view: the "
            "backs of the thighs and the buttocks do the work, the belly is braced, "
            "and the lower back holds still"), _side_pose("feel-it", "bottom")),
        *(Thumbnail(pair_files(name).thumb, _own_thumb(name, *drawn))
          for name, drawn in OWN_THUMBS.items()),
    ]


# A figure too busy to read on an 80 px tile gets a thumbnail of its own,
# which a fault's row shows in its place (hinge_guide/faults/index.py), and
# a pose and fault marks the fault's share card draws (hinge_guide/
# generate.py): the rep's four-figure strip, in the rushing-the-rep box, is
# one body dropped to the bottom with speed lines trailing its back and head.
OWN_THUMBS: dict[str, tuple[str, tuple[str, ...]]] = {"cue-strip": ("bottom", ("rush",))}


def _own_thumb(name: str, pose: str, marks_: tuple[str, ...]) -> Callable[[], str]:
    _side_pose(name, pose, marks_)
    return lambda: thumbs.thumbnail(POSES[pose], marks_, (), draw.panel)


@functools.cache
def build_catalogue() -> Catalogue:
    """The figures, the pose and marks of each a card draws, and the
    thumbnails: listed once, when first asked, each name checked."""
    figures: dict[str, Callable[[], str]] = {}
    posed: dict[str, Posed] = {}
    thumbnails: dict[str, Callable[[], str]] = {}
    for entry in _listed():
        files = thumbnails if isinstance(entry, Thumbnail) else figures
        if entry.name in files:
            raise ContentError(f"figures/catalogue.py: two figures are named "
                               f'"{entry.name}"; rename one.')
        files[entry.name] = entry.draw
        if isinstance(entry, Figure) and entry.card is not None:
            posed[entry.name] = entry.card
    return Catalogue(figures, posed, thumbnails)


def render_all() -> dict[str, str]:
    """File name -> SVG text for every figure."""
    return {f"{name}.svg": make() for name, make in build_catalogue().figures.items()}


def render_thumbnails() -> dict[str, str]:
    """File name -> SVG text for every fault pair's thumbnail."""
    return {f"{name}.svg": make() for name, make in build_catalogue().thumbnails.items()}
