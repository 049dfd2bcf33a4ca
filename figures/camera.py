"""The camera set-up, for Check your hinge and Film yourself: where the
phone goes and what it should see, drawn with the figures' own body model
and style (solid body shapes, the prop colour for things, the accent for
what to aim at).

Two panels in one SVG, side by side, on one floor:

- The room, seen from in front of you: the phone on a pile of books on a
  chair, its lens at hip height, looking across at you three big steps away
  (a footprint a step), and you facing the viewer, so your side is to the
  phone: side-on. You are figures/front.py's body, in the middle of a
  hinge; what the phone sees opens from its lens over you, head to feet.
- On the phone: the phone upright and, on its screen, the side view it gets
  from there: the whole body in profile (figures/body.py's), head to feet,
  with room behind the hips for them to travel, at the room's scale (the
  phone drawn larger than life round it).

Coordinates: x to the right, y up, in body heights, as everywhere.
"""

from __future__ import annotations

from . import front
from .marks import label
from .poses import POSES
from .props import ground
from .silhouette import body
from .svg import ACCENT, SCALE, STYLE, circle, label_size, label_style, line, num, pt, svg

Point = tuple[float, float]

# --- The room (x H) --------------------------------------------------------------
CHAIR_X = (0.02, 0.24)                 # the seat's back and front edges
SEAT = 0.26                            # a chair seat's height (45 cm)
BOOKS = ((0.05, 0.2, 0.045), (0.06, 0.19, 0.045), (0.045, 0.205, 0.05))   # x0, x1, height each
PHONE_X = (0.1, 0.15)                  # the phone standing on them, seen edge-on...
PHONE_TALL = 0.085                     # ...as tall as a phone
YOU_X = 1.3                            # your midline: three big steps from the phone
STEPS = (0.5, 0.75, 1.0)               # the footprints, one a step
VIEW_REACH = YOU_X + 0.24              # where the phone's view is drawn to, past you

# You, in the room and on the screen: the middle of a hinge, knees over toes.
POSE = "mid_hinge"

# --- On the phone (x H) ----------------------------------------------------------
# The screen shows the body at the room's scale, on the room's floor line:
# the phone is drawn larger than life, round it.
PHONE_AT = 1.72                        # the phone's left edge
PHONE_W = 0.7
PHONE_Y = (-0.1, 1.1)                  # its bottom and top edges
BODY_AT = 0.38                         # the ankle on the screen, from the phone's left edge

LEFT, RIGHT, TOP, BOTTOM = -0.02, PHONE_AT + PHONE_W + 0.06, 1.26, -0.14
UNDER_FLOOR = -0.105                   # the baseline of the words under the floor

TITLE = ("Camera set-up. Left, the room seen from in front of you: the phone stands on books "
         "on a chair, its lens at hip height. It is three big steps to your side, and you "
         "stand side-on to it. Right, what the phone shows: your whole body from the side, "
         "head to feet, with room behind your hips")
SHOWN_PX = 175                         # about as tall as a 390 px phone shows it


def you() -> dict:
    """Your pose in the room, seen from the front (figures/front.py)."""
    return front.over_toes(POSE)


def lens() -> Point:
    """The phone's lens: near the top of the phone, facing you."""
    top = SEAT + sum(h for *_, h in BOOKS) + PHONE_TALL
    return PHONE_X[1], top - 0.02


def view_lines() -> tuple[Point, Point]:
    """Where the edges of what the phone sees end: past you over your
    head, and on the floor behind your feet."""
    head = max(max(a[1], b[1]) + r for a, b, r in front.capsules(you()).values())
    lx, ly = lens()
    over = (VIEW_REACH, ly + (head + 0.05 - ly) * (VIEW_REACH - lx) / (YOU_X - lx))
    return over, (VIEW_REACH, 0.0)


def _rect(x0: float, x1: float, y0: float, y1: float, attrs: str, rx: float = 0.0) -> str:
    return (f'<rect{attrs} x="{num(x0 * SCALE)}" y="{num(-y1 * SCALE)}" width="{num((x1 - x0) * SCALE)}" '
            f'height="{num((y1 - y0) * SCALE)}" rx="{num(rx * SCALE)}"/>')


def the_room(uid: str, box) -> tuple[str, str]:
    """(defs, elements): the chair, books and phone, the footprints, what
    the phone sees, and you."""
    back, edge = CHAIR_X
    chair = (f'<path class="hh-fig-prop" stroke-width="4" d="{line((back, 0), (back, SEAT + 0.24))}'
             f'{line((back, SEAT), (edge, SEAT))}{line((edge, SEAT), (edge, 0))}"/>')
    books, y = "", SEAT
    for x0, x1, h in BOOKS:
        books += _rect(x0, x1, y + 0.006, y + h - 0.006, ' class="hh-fig-prop-fill"', 0.008)
        y += h
    phone = _rect(*PHONE_X, y, y + PHONE_TALL, ' class="hh-fig-body"', 0.01)
    steps = "".join(f'<ellipse class="hh-fig-prop-fill" cx="{num(x * SCALE)}" cy="{num(-0.012 * SCALE)}" '
                    f'rx="{num(0.055 * SCALE)}" ry="{num(0.012 * SCALE)}"/>' for x in STEPS)
    high, low = view_lines()
    view = f'<path class="hh-fig-accent hh-fig-dash" d="M{pt(high)}L{pt(lens())}L{pt(low)}"/>'
    defs, person = front.body(you(), f"{uid}-you", YOU_X, box)
    return defs, chair + books + phone + steps + view + person


def on_the_phone(uid: str, box) -> tuple[str, str]:
    """(defs, elements): the phone upright and, on its screen, the side
    view the phone gets: the whole body in profile, on a floor."""
    x0, (y0, y1) = PHONE_AT, PHONE_Y
    frame = (_rect(x0, x0 + PHONE_W, y0, y1, ' class="hh-fig-phone" stroke-width="3"', 0.07)
             + circle((x0 + PHONE_W / 2, y1 - 0.04), 0.012, 0.0, ' class="hh-fig-body"'))
    dx = x0 + BODY_AT
    defs, person = body(POSES[POSE], f"{uid}-screen", dx, box)
    floor = ground(dx, frame=(-BODY_AT + 0.03, PHONE_W - BODY_AT - 0.03))
    return defs, frame + floor + person


def set_up(uid: str = "hh-check-set-up") -> str:
    """The whole figure: the room on the left, the phone's picture on the right."""
    box = (num(LEFT * SCALE), num(-TOP * SCALE), num((RIGHT - LEFT) * SCALE),
           num((TOP - BOTTOM) * SCALE))
    room_defs, room = the_room(uid, box)
    screen_defs, screen = on_the_phone(uid, box)
    words = (label("phone at\nhip height", (0.02, 1.0), "body")
             + label("3 big steps", (STEPS[-1] - 0.13, UNDER_FLOOR), "body", "end")
             + label("you, side-on", (YOU_X, UNDER_FLOOR), ACCENT, "middle")
             + label("what it sees", (PHONE_AT + PHONE_W / 2, PHONE_Y[1] + 0.035), ACCENT, "middle"))
    style = STYLE + ".hh-fig-phone{fill:none;stroke:currentColor}" + label_style(
        uid, label_size(box, SHOWN_PX))
    return svg(box, uid, TITLE, room_defs + screen_defs,
               ground(frame=(LEFT, YOU_X + 0.3)) + room + screen + words, style,
               classes=f"hh-fig hh-fig--wide {uid}")
