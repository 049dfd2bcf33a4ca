"""The props a figure may hold or stand by: the floor, a broomstick, a wall,
a weight (kettlebell, dumbbells, barbell) and a band."""

from __future__ import annotations

from .body import (
    DOWEL_RADIUS,
    back_points,
    dowel_line,
    joints,
    load_size,
)
from .svg import (
    FRAME_X,
    SCALE,
    circle,
    line,
    num,
    pt,
    width,
)


def ground(dx=0.0, frame=FRAME_X) -> str:
    return f'<path class="hh-fig-ground" d="{line((frame[0] + 0.02, 0), (frame[1] - 0.02, 0), dx)}"/>'


DUMBBELL_HALF = 0.055         # handle centre to a head's centre (H), about 10 cm
HAND_RADIUS = 0.024           # a fist around a stick, drawn over it


def dowel(pose: dict, dx=0.0) -> str:
    """A stick on the back through sacrum, upper back and back of the head,
    with the three contact points circled, and the hands that hold it
    (both, when the pose has a far arm) drawn over it."""
    low, high = dowel_line(pose)
    b = back_points(pose)
    j = joints(pose)
    stick = f'<path class="hh-fig-prop" stroke-width="{width(DOWEL_RADIUS)}" d="{line(low, high, dx)}"/>'
    fists = "".join(circle(j[h], HAND_RADIUS, dx, ' class="hh-fig-body"')
                    for h in ("hand", "far_hand") if h in j)
    return (stick + "".join(circle(b[p], 0.018, dx, ' class="hh-fig-accent"')
                            for p in ("sacrum", "upper_back", "head")) + fists)


WALL_HEIGHT = 0.78
WALL_DEPTH = 0.07             # how much of the wall's thickness is drawn (H)


def wall(x: float, dx=0.0) -> str:
    """A wall whose face is at x (H), drawn behind it: a tinted slab with a
    solid face line and hatching, so it reads as a surface."""
    x0, top = x - WALL_DEPTH, WALL_HEIGHT
    slab = (f'<path class="hh-fig-prop-fill" fill-opacity=".18" '
            f'd="M{pt((x0, 0), dx)}L{pt((x, 0), dx)}L{pt((x, top), dx)}L{pt((x0, top), dx)}Z"/>')
    hatch = "".join(line((x0, y), (x, y + WALL_DEPTH), dx)
                    for y in [i * 0.06 for i in range(int(top / 0.06))])
    return (slab + f'<path class="hh-fig-prop" stroke-width=".8" d="{hatch}"/>'
            + f'<path class="hh-fig-prop" stroke-width="1.8" d="{line((x, 0), (x, top), dx)}"/>')


def load(pose: dict, dx=0.0) -> tuple[str, str]:
    """(behind the body, in front) for a carried weight."""
    return load_at(pose["load"], joints(pose)["hand"], dx)


def resting_load(weight: dict, grip, dx=0.0) -> str:
    """A weight on the floor, not yet held, where the hands will take it
    (`grip`): drawn behind the body, as a held one is, without the fist."""
    behind, front = load_at(weight, grip, dx, held=False)
    return behind + front


def load_at(weight: dict, hand, dx=0.0, held: bool = True) -> tuple[str, str]:
    """(behind the body, in front) for a weight whose handle or bar is at
    `hand`; `held`, a fist round it."""
    kind = weight["kind"]
    drop, r = load_size(weight)
    fist = circle(hand, HAND_RADIUS, dx, ' class="hh-fig-body"') if held else ""
    if kind == "kettlebell":
        # Between the feet, so behind the near leg: a solid bell and its
        # handle drawn before the body, the near shin and foot over them in
        # full, and the fist on the handle over the arm. (Drawn in front and
        # see-through, the bell hid the foot and the gaps between the legs
        # showed through it as stray shapes.)
        bell = (hand[0], hand[1] - drop)
        k = weight.get("size", 1.0)   # a bigger bell has a wider handle
        handle = (f'M{pt((hand[0] - 0.035 * k, bell[1] + 0.03 * k), dx)}'
                  f'C{pt((hand[0] - 0.04 * k, hand[1] + 0.02), dx)} {pt((hand[0] + 0.04 * k, hand[1] + 0.02), dx)} '
                  f'{pt((hand[0] + 0.035 * k, bell[1] + 0.03 * k), dx)}')
        return ((f'<path class="hh-fig-prop" stroke-width="4" d="{handle}"/>'
                 + circle(bell, r, dx, ' class="hh-fig-prop hh-fig-prop-fill" stroke-width="3.5"')),
                fist)
    if kind == "dumbbell":
        # the near dumbbell in profile (a neutral grip, beside the thigh):
        # two heads on a short handle, the fist round the handle
        heads = "".join(
            f'<rect class="hh-fig-prop hh-fig-prop-fill" stroke-width="1.5" x="{num((hand[0] + off - 0.02 + dx) * SCALE)}" '
            f'y="{num(-(hand[1] + 0.045) * SCALE)}" width="{num(0.04 * SCALE)}" height="{num(0.09 * SCALE)}" rx="3"/>'
            for off in (-DUMBBELL_HALF, DUMBBELL_HALF))
        handle = line((hand[0] - DUMBBELL_HALF, hand[1]), (hand[0] + DUMBBELL_HALF, hand[1]), dx)
        bar = f'<path class="hh-fig-prop" stroke-width="3" d="{handle}"/>'
        return "", bar + heads + fist
    # barbell: seen from the side, the plate is a disc facing you. It is
    # drawn as one, a light disc with a firm rim, behind the legs, so the
    # shins and the feet under the bar stay whole on top of it (where the
    # bar sits over the foot is the point of the picture); the bar's end
    # in front, at the hands. (Drawn as two open rings, it read as a
    # target painted over the shins.)
    return ((circle(hand, r, dx, ' class="hh-fig-prop-fill" fill-opacity=".3"')
             + circle(hand, r, dx, ' class="hh-fig-prop" stroke-width="2.4"')),
            circle(hand, 0.025, dx, ' class="hh-fig-prop-fill"'))


BAND_ANCHOR = (-0.46, 0.07)


def band(pose: dict, dx=0.0) -> str:
    """A band from the hands, back between the legs, to a low anchor (a post)."""
    hand = joints(pose)["hand"]
    ax, ay = BAND_ANCHOR
    post = f'<path class="hh-fig-prop" stroke-width="{width(0.014)}" stroke-linecap="butt" d="{line((ax - 0.016, 0), (ax - 0.016, 0.22), dx)}"/>'
    return post + f'<path class="hh-fig-prop" stroke-width="2.5" d="{line(hand, (ax, ay), dx)}"/>'
