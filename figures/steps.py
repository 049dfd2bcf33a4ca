"""Figures that teach one step each: the setup's close-ups, the broomstick
hold with both hands, the pelvic tilt, the rock-back and lifting a box.

Each reuses the body model (body.py, poses.py) and the drawing's pieces
(silhouette.py, marks.py, svg.py: capsules, marks, labels, one style sheet), so every figure keeps
the site's colours in light and dark, a <title>, a viewBox and ids
prefixed by its slug.

Close-ups crop a pose to the part one setup step changes (feet, knees,
hands, shoulders, brace, neck), so the page shows one full figure and then,
per step, only what that step changes; on the page they are no taller than
180 px (the class ``hh-fig--closeup``). Cropped, a shoulder or a middle
read as a shape: each close-up carries, left of the crop, the whole body
small, with a box round the part the crop shows. The lying and kneeling drills are
drawn from joint positions set here (the body model stands on its feet);
they are pictures of a shape, not balance studies.
"""

from __future__ import annotations

from math import atan2, ceil, degrees

from .body import (
    DOWEL_RADIUS,
    RADIUS,
    add,
    back_points,
    capsules,
    distance_to_segment,
    dowel_line,
    joints,
    lerp,
    unit,
)
from .draw import panel
from .marks import label, labels, mark_arrow, mark_path, marks
from .props import HAND_RADIUS
from .silhouette import (
    ARM_GAP,
    ARM_PARTS,
    TAPERED,
    body,
    capsule,
    face,
    profile,
    smooth_trunk,
    tapered,
)
from .svg import (
    ACCENT,
    FAULT,
    GHOST_LINE,
    GHOST_STYLE,
    LABEL_PX,
    PAGE_BG,
    SCALE,
    STYLE,
    circle,
    ghost_outline,
    label_size,
    label_style,
    line,
    num,
    palette,
    pt,
    svg,
)

# Marks and words in a close-up: the crop enlarges everything, so lines and
# words are drawn thinner and smaller, to look the same size as elsewhere.
# Scoped to the close-up's own class: figures inlined in one page share
# their style sheets.
# The inset (the whole body, small) is drawn in the prop colour on a card
# of the page's colour, so it reads as a guide beside the close-up, not as
# a second body; its box is the accent, as the close-up's marks are.
CLOSEUP_LABEL = 4.1           # SVG units: a close-up's words, at the least
CLOSEUP_STYLE = (STYLE + ".hh-fig--closeup .hh-fig-accent{stroke-width:.9}"
                 ".hh-fig--closeup .hh-fig-halo{stroke-width:2.2}"
                 f".hh-fig--closeup .hh-fig-label{{font-size:{CLOSEUP_LABEL:g}px;stroke-width:1.4px}}"
                 f".hh-fig-eye{{fill:var(--hh-figure-halo,var(--hh-figure-bg,{PAGE_BG['light']}))}}"
                 f".hh-fig-inset-card{{fill:var(--hh-figure-bg,{PAGE_BG['light']})}}"
                 f".hh-fig-inset-body{{fill:var(--hh-figure-prop,{palette()['light']['prop']});"
                 f"stroke:var(--hh-figure-prop,{palette()['light']['prop']});stroke-linecap:round}}")
CLOSEUP_CLASSES = "hh-fig hh-fig--closeup"

# The inset's size, in body heights of the close-up: the whole body (and the
# box, where the crop reaches past it) stands this much of the crop's
# height tall, on a card with this much room round it, this far from the
# crop's left edge. Small enough that the close-up keeps most of its tile.
INSET_HEIGHT = 0.62
INSET_PAD = 0.014
INSET_GAP = 0.02

# The tile a close-up is shown in on a 390 px phone, in CSS px: as wide as
# the text and 9rem tall (docs/stylesheets/extra.css, .hh-fig--closeup).
# The drawing fits it whole, so a wide one (the inset widens every crop)
# is shown smaller: its words are drawn larger to read at LABEL_PX there.
CLOSEUP_TILE_PX = (358.0, 180.0)


def closeup_label_size(box) -> float:
    """The label size (SVG units) at which a close-up of viewBox `box`
    shows its words LABEL_PX tall on a phone's tile; CLOSEUP_LABEL at the
    least."""
    shown = min(CLOSEUP_TILE_PX[0] / float(box[2]), CLOSEUP_TILE_PX[1] / float(box[3]))
    return max(CLOSEUP_LABEL, ceil(LABEL_PX / shown * 10) / 10)  # up, never under LABEL_PX


def crop_box(x0: float, x1: float, y0: float, y1: float) -> tuple[str, str, str, str]:
    """The viewBox (x, y, w, h in SVG units) of the body-unit window
    x0..x1 (left to right) and y0..y1 (floor up)."""
    return num(x0 * SCALE), num(-y1 * SCALE), num((x1 - x0) * SCALE), num((y1 - y0) * SCALE)


def body_extent(pose: dict) -> tuple[float, float, float, float]:
    """(x0, x1, y0, y1) in body units: the drawn body's bounding box, the
    floor (y = 0) at its foot."""
    parts = capsules(pose).values()
    return (min(min(a[0], b[0]) - r for a, b, r in parts),
            max(max(a[0], b[0]) + r for a, b, r in parts),
            0.0, max(max(a[1], b[1]) + r for a, b, r in parts))


def inset(pose: dict, window) -> tuple[float, str]:
    """(width, elements) of the orientation inset for a close-up of `pose`
    cropped to `window`: the whole body, small, standing on a short floor,
    with a box round the window, on a card whose right edge is INSET_GAP
    left of the window and whose middle is level with the window's; the
    width (body units) is the room it takes left of the window."""
    x0, _, y0, y1 = window
    bx0, bx1, by0, by1 = body_extent(pose)
    # The box may reach past the body (the feet's crop runs below the floor)
    ux0, ux1 = min(bx0, window[0]), max(bx1, window[1])
    uy0, uy1 = min(by0, y0), max(by1, y1)
    scale = INSET_HEIGHT * (y1 - y0) / (uy1 - uy0)
    card_w = (ux1 - ux0) * scale + 2 * INSET_PAD
    card_h = (uy1 - uy0) * scale + 2 * INSET_PAD
    card_x = x0 - INSET_GAP - card_w
    card_y = (y0 + y1) / 2 - card_h / 2

    def at(p):
        return (card_x + INSET_PAD + (p[0] - ux0) * scale, card_y + INSET_PAD + (p[1] - uy0) * scale)
    card = (f'<rect class="hh-fig-inset-card" x="{num(card_x * SCALE)}" '
            f'y="{num(-(card_y + card_h) * SCALE)}" width="{num(card_w * SCALE)}" '
            f'height="{num(card_h * SCALE)}" rx="1.5"/>')
    body = "".join(capsule(at(a), at(b), r * scale, 0.0) for a, b, r in capsules(pose).values())
    floor = line(at((bx0 - 0.03, 0)), at((bx1 + 0.03, 0)))
    (wx0, wy0), (wx1, wy1) = at((window[0], y0)), at((window[1], y1))
    frame = f"M{pt((wx0, wy0))}L{pt((wx1, wy0))}L{pt((wx1, wy1))}L{pt((wx0, wy1))}Z"
    return INSET_GAP + card_w + INSET_PAD, (
        f'<g class="hh-fig-inset">{card}<path class="hh-fig-ground" stroke-width=".6" d="{floor}"/>'
        f'<g class="hh-fig-inset-body">{body}</g>'
        f'<path class="hh-fig-accent hh-fig-inset-box" d="{frame}"/></g>')


# The gap round the arm, close: the crop enlarges it too (a close-up is
# shown about twice the whole figure's scale), and at the whole figure's
# width it read as a white bar between dark ones. Narrower, it is a little
# wider on a phone than the whole figure's gap, enough to keep the forearm
# apart from the thigh.
CLOSEUP_ARM_GAP = ARM_GAP * 0.6

# How a close-up draws the arm: in front of the body with a gap round it;
# left out, where it only crosses the part shown (across the middle, the
# arm and its gap cut the trunk into three bars; above the knee, the hand's
# gap notched the thigh); or in front, under a head drawn close
# (silhouette.profile and face).
ARM_FRONT, ARM_LEFT_OUT, HEAD_CLOSE = "arm in front", "arm left out", "head close"


def closeup_body(pose: dict, uid: str, crop, drawn: str) -> tuple[str, str]:
    """(defs, elements): the body as the close-up `drawn` (ARM_FRONT,
    ARM_LEFT_OUT or HEAD_CLOSE) shows it."""
    if drawn == ARM_LEFT_OUT:
        parts = {n: c for n, c in capsules(pose).items() if n not in ARM_PARTS}
        return body(pose, uid, 0.0, crop, parts=parts)
    if drawn == HEAD_CLOSE:
        defs, drawing = body(pose, uid, 0.0, crop, parts=profile(pose), arm_gap=CLOSEUP_ARM_GAP)
        return defs, drawing + face(pose)
    if drawn == ARM_FRONT:
        return body(pose, uid, 0.0, crop, arm_gap=CLOSEUP_ARM_GAP)
    raise ValueError(f"a close-up draws the body {ARM_FRONT!r}, {ARM_LEFT_OUT!r} or {HEAD_CLOSE!r},"
                     f" not {drawn!r}")


def closeup(pose: dict, uid: str, title: str, window, mark_names=(), label_items=(),
            drawn: str = ARM_FRONT) -> str:
    """One pose cropped to `window` (x0, x1, y0, y1 in body units), with its
    marks and labels, and the floor where the window reaches it; left of
    it, the inset (the whole body, the window boxed on it). The close-up
    is clipped at the gap before the inset, so no body runs on under it
    (a label may reach a little past the window, as it did before).
    `drawn` says how the body is drawn close (closeup_body)."""
    x0, x1, y0, y1 = window
    room, guide = inset(pose, window)
    crop = crop_box(*window)
    box = crop_box(x0 - room, x1, y0, y1)
    defs, figure = closeup_body(pose, uid, crop, drawn)
    content = figure + marks(pose, mark_names, ACCENT) + labels(label_items, ACCENT)
    cx, cy, cw, ch = crop_box(x0 - INSET_GAP, x1, y0, y1)
    clip = (f'<clipPath id="{uid}-crop"><rect x="{cx}" y="{cy}" width="{cw}" height="{ch}"/>'
            "</clipPath>")
    floor = (f'<path class="hh-fig-ground" d="{line((x0, 0), (x1, 0))}"/>' if y0 < 0 else "")
    return svg(box, uid, title, defs + clip,
               f'<g clip-path="url(#{uid}-crop)">{floor}{content}</g>{guide}',
               # Scoped to both classes: every close-up's sheet sets the
               # close-ups' size, and on a page the later sheets win a tie.
               CLOSEUP_STYLE + label_style(f"hh-fig--closeup.{uid}", closeup_label_size(box)),
               classes=f"{CLOSEUP_CLASSES} {uid}")


# --- The broomstick hold: both hands on the stick ---------------------------------

# The arms that hold the stick, drawn thin (H, radius), and their fists: at
# a standing arm's width and a full fist, in front of the trunk, they made
# loops and lumps over the head and the back the stick is there to show.
HOLD_ARM = 0.012
HOLD_FIST = 0.017


def dowel_hold(pose: dict, uid: str, title: str, labelled: bool = True,
               frame: tuple[float, float] = (-0.42, 0.40)) -> str:
    """The broomstick drill at the bottom of the hinge, both hands on the
    stick where the pose puts them (poses.hold_dowel): one just behind the
    neck, the other at the small of the back. Both arms are drawn thin, so
    the trunk's straight back line and the head stay whole: the far one,
    whose elbow points out to the side, behind the trunk, so only its
    forearm above the back and its fist show; the near one's forearm in
    front, with a gap of page colour round it (its upper arm, reaching
    round to the small of the back, is hidden by the trunk). The trunk is drawn tapered (as a standing
    body's is), one straight line from the sacrum to the shoulders. The
    three points the stick must touch (head, upper back, sacrum) are
    circled, and named when `labelled`."""
    j = joints(pose)
    c = capsules(pose)
    b = back_points(pose)
    shoulder = j["shoulder"]
    body_parts = "".join(capsule(a, b_, r, 0.0) for n, (a, b_, r) in c.items()
                         if n not in ARM_PARTS and n not in TAPERED and not n.startswith("far_"))
    body_parts += smooth_trunk(c)

    def in_front(arm):
        halo = "".join(f'<path class="hh-fig-halo" stroke-width="{num(2 * (r + 0.008) * SCALE)}" '
                       f'd="{line(a, b_)}"/>' for a, b_, r in arm)
        return (halo + '<g class="hh-fig-body">'
                + "".join(capsule(a, b_, r, 0.0) for a, b_, r in arm) + "</g>")
    # the far arm, behind the trunk: only its forearm above the back and
    # its fist on the stick show
    neck_arm = "".join(capsule(a, b_, HOLD_ARM, 0.0) for a, b_ in (
        (shoulder, j["far_elbow"]), (j["far_elbow"], j["far_hand"])))
    arms = in_front([(j["elbow"], j["hand"], HOLD_ARM)])
    low, high = dowel_line(pose)
    stick = (f'<path class="hh-fig-prop" stroke-width="{num(2 * DOWEL_RADIUS * SCALE)}" '
             f'd="{line(low, high)}"/>')
    fists = "".join(circle(j[h], HOLD_FIST, 0.0, ' class="hh-fig-body"') for h in ("hand", "far_hand"))
    rings = "".join(circle(b[p], 0.02, 0.0, ' class="hh-fig-accent"')
                    for p in ("sacrum", "upper_back", "head"))
    words = (label("head", add(b["head"], (-0.02, 1), 0.05), ACCENT, "end")
             + label("upper back", add(b["upper_back"], (-0.3, 1), 0.06), ACCENT, "end")
             + label("sacrum", add(b["sacrum"], (-0.2, 1), 0.055), ACCENT, "end")
             ) if labelled else ""
    (x0, x1), top = frame, max(high[1], j["head"][1]) + 0.08
    box = crop_box(x0, x1, -0.05, top)
    content = (f'<path class="hh-fig-ground" d="{line((x0 + 0.02, 0), (x1 - 0.02, 0))}"/>'
               + f'<g class="hh-fig-body">{neck_arm}{body_parts}</g>' + arms
               + stick + fists + rings + words)
    # Shown up to 280 px tall (a figure's max-height): labels sized to read there.
    return svg(box, uid, title, "", content, STYLE + label_style(uid, label_size(box, 280)),
               classes=f"hh-fig {uid}")


# --- Drills on the floor: lying and kneeling shapes ---------------------------------

R = RADIUS


def _parts(p: dict) -> list:
    """Legs, pelvis, trunk (straight from hip to shoulder, unless the
    points bend it at a waist), neck and head."""
    pelvis = p["hip"]
    if "waist" in p:
        trunk = [(p["hip"], p["waist"], R["lumbar"]), (p["waist"], p["shoulder"], R["thorax"])]
    else:
        trunk = [(p["hip"], p["shoulder"], R["thorax"])]
    return [(p["ankle"], p["toe"], R["foot"]), (p["knee"], p["ankle"], R["shank"]),
            (p["hip"], p["knee"], R["thigh"]), (pelvis, pelvis, R["pelvis"]),
            *trunk, (p["shoulder"], p["head"], R["neck"]), (p["head"], p["head"], R["head"])]


def _arm(p: dict) -> list:
    return [(p["shoulder"], p["elbow"], R["upper_arm"]), (p["elbow"], p["hand"], R["forearm"])]


def body_from(p: dict, cls: str = "hh-fig-body", arm_behind: bool = False) -> str:
    """A body from named joint points: trunk and legs, then the arm over a
    halo of the page's colour, so it stays apart from the trunk behind; or,
    lying down (arm_behind), the arm on the floor behind the trunk."""
    trunk = "".join(capsule(a, b, r, 0.0) for a, b, r in _parts(p))
    limb = "".join(capsule(a, b, r, 0.0) for a, b, r in _arm(p))
    if arm_behind:
        return f'<g class="{cls}">{limb}{trunk}</g>'
    halo = "".join(f'<path class="hh-fig-halo" stroke-width="{num(2 * (r + 0.01) * SCALE)}" '
                   f'd="{line(a, b)}"/>' for a, b, r in _arm(p))
    return f'<g class="{cls}">{trunk}</g>{halo}<g class="{cls}">{limb}</g>'


def figure_from(points: dict, uid: str, title: str, window, extra: str = "", ghost=None,
                style: str = STYLE, arm_behind: bool = False, classes: str = "hh-fig") -> str:
    """A body from named joint points (head, shoulder, hip, knee, ankle,
    toe, elbow, hand; floor at y = 0), with an optional `ghost`: the same
    body in another position drawn as a light outline behind it."""
    x0, x1, y0, y1 = window
    box = crop_box(*window)
    back, defs = "", ""
    if ghost:
        defs, back = ghost_outline(_outline_mask(f"{uid}-ghost", ghost, box), f"{uid}-ghost", box)
        style += GHOST_STYLE
    floor = f'<path class="hh-fig-ground" d="{line((x0 + 0.01, 0), (x1 - 0.01, 0))}"/>'
    return svg(box, uid, title, defs, floor + back + body_from(points, arm_behind=arm_behind) + extra,
               style, classes=classes)


def _outline_mask(mask_id: str, p: dict, box) -> str:
    """The band round a body from joint points, GHOST_LINE wide, as
    silhouette.outline_mask draws it round a posed body."""
    x, y, w, h = box
    area = f'x="{x}" y="{y}" width="{w}" height="{h}"'

    def drawn(grow):
        return "".join(capsule(a, b, r + grow, 0.0) for a, b, r in _parts(p) + _arm(p))
    return (f'<mask id="{mask_id}" maskUnits="userSpaceOnUse" {area}>'
            f'<g fill="#fff" stroke="#fff" stroke-linecap="round">{drawn(GHOST_LINE)}</g>'
            f'<g fill="#000" stroke="#000" stroke-linecap="round">{drawn(0.0)}</g></mask>')


def lying(gap: float, row: float = 0.0) -> dict:
    """On the back, knees bent, feet flat, facing up (head on the left),
    the arms along the floor by the sides; the floor at y = `row`. `gap`
    lifts the lower back off the floor (the pelvis tipped forward); 0
    presses it flat (tipped back)."""
    points = {
        "head": (-0.43, R["head"]), "shoulder": (-0.30, R["thorax"]),
        "waist": (-0.15, R["lumbar"] + gap), "hip": (0.0, R["pelvis"]),
        "knee": (0.17, 0.26), "ankle": (0.25, R["foot"] + 0.025), "toe": (0.37, R["foot"]),
        # the arm lies on the floor by the side, the hand past the hip
        "elbow": (-0.24, LYING_ARM), "hand": (0.13, LYING_ARM),
    }
    return {name: (x, y + row) for name, (x, y) in points.items()}


# The arm lying by the side, behind the trunk: its forearm's thickness,
# its centre this far (H) off the floor.
LYING_ARM_RADIUS = R["forearm"]
LYING_ARM = LYING_ARM_RADIUS
# How far above the flat shape the tipped-forward one lies (H): a row each,
# room above each body for its words.
PELVIC_ROW = 0.44
# The lower back's rise off the floor when the pelvis tips forward (H):
# more than a real one (a few centimetres), so the gap reads on a phone.
PELVIC_GAP = 0.075
# On a 390 px phone the drill's picture spans the text, 358 px
# (docs/stylesheets/extra.css, .hh-drill): its words are sized to read there.
PELVIC_SHOWN_PX = 358.0


def _lying_body(p: dict, gap: str = "") -> str:
    """A lying body, drawn smooth: the trunk tapered from the pelvis to the
    waist to the chest (as a standing body's is: silhouette.tapered), so
    the arch under the lower back is one clean curve, not a lump where
    circles meet. The arm lies on the floor by the side, behind the trunk:
    only the hand shows, past the hip, so nothing crosses the trunk.
    `gap` (drawn over the arm, before the trunk) is the space under an
    arched lower back, which hides the arm there as the trunk does."""
    trunk = (tapered(p["hip"], R["pelvis"], p["waist"], R["lumbar"])
             + tapered(p["waist"], R["lumbar"], p["shoulder"], R["thorax"]))
    rest = "".join(capsule(a, b, r, 0.0) for a, b, r in (
        (p["ankle"], p["toe"], R["foot"]), (p["knee"], p["ankle"], R["shank"]),
        (p["hip"], p["knee"], R["thigh"]), (p["shoulder"], p["head"], R["neck"]),
        (p["head"], p["head"], R["head"])))
    arm = capsule(p["elbow"], p["hand"], LYING_ARM_RADIUS, 0.0)
    return f'<g class="hh-fig-body">{arm}</g>{gap}<g class="hh-fig-body">{rest}{trunk}</g>'


def underside(p: dict, x: float) -> float:
    """Height (H, above the body's floor) of the lying trunk's underside
    at `x`: the lowest point inside its tapered parts, 0 where it rests
    on the floor."""
    row = p["hip"][1] - R["pelvis"]
    parts = ((p["hip"], R["pelvis"], p["waist"], R["lumbar"]),
             (p["waist"], R["lumbar"], p["shoulder"], R["thorax"]))

    def inside(y):
        for a, ra, b, rb in parts:
            ax, ay = b[0] - a[0], b[1] - a[1]
            t = max(0.0, min(1.0, ((x - a[0]) * ax + (y - a[1]) * ay) / (ax * ax + ay * ay)))
            if distance_to_segment((x, y), a, b) <= ra + (rb - ra) * t:
                return True
        return False
    y = row
    while y < row + 0.2 and not inside(y):
        y += 0.001
    return y - row


def gap_shape(p: dict) -> list[tuple[float, float]]:
    """The space between the floor and the lower back: the trunk's
    underside from where the chest leaves the floor to where the pelvis
    meets it, closed along the floor."""
    row = p["hip"][1] - R["pelvis"]
    xs = [p["shoulder"][0] + i * 0.005 for i in range(int((p["hip"][0] - p["shoulder"][0]) / 0.005) + 1)]
    under = [(x, underside(p, x)) for x in xs]
    lifted = [(x, h) for x, h in under if h > 0.004]
    return [(lifted[0][0], row)] + [(x, row + h) for x, h in lifted] + [(lifted[-1][0], row)]


def pelvic_tilt(uid: str, title: str) -> str:
    """The two shapes of the drill, one row each, each named in words above
    it: above, the pelvis tipped forward, the lower back arched off the
    floor and the gap under it shaded (the fault's colour); below, the
    pelvis tipped back and the lower back flat on the floor, where it
    touches marked (the accent's). The arms lie by the sides, on the floor,
    off the trunk. Drawn as one body with a ghost, the flat body hid the
    very gap the drill is about."""
    flat = lying(0.0)
    arched = lying(PELVIC_GAP, PELVIC_ROW)
    gap = gap_shape(arched)
    outline = f'M{"L".join(pt(q) for q in gap)}Z'
    # laid on the page's colour first, so the arm behind doesn't show through
    shade = (f'<path class="hh-fig-gap-under" d="{outline}"/>'
             f'<path class="hh-fig-fault hh-fig-gap" stroke-width="1" d="{outline}"/>')
    # the lower back on the floor: the stretch of floor the flat back
    # presses, drawn thick on the floor line, with no halo (a rim of page
    # colour above it read as a gap under the back)
    touch_x = (flat["shoulder"][0] + 0.05, flat["hip"][0] - 0.03)
    press = (f'<path class="hh-fig-accent" stroke-width="2.6" '
             f'd="{line((touch_x[0], 0.0), (touch_x[1], 0.0))}"/>')
    words_x = -0.2
    extra = (f'<path class="hh-fig-ground" d="{line((-0.51, PELVIC_ROW), (0.44, PELVIC_ROW))}"/>'
             + _lying_body(arched, shade)
             + label("tipped forward: gap", (words_x, PELVIC_ROW + 0.2), FAULT, "middle")
             + press + label("tipped back: flat", (words_x, 0.2), ACCENT, "middle"))
    window = (-0.52, 0.45, -0.045, 0.33 + PELVIC_ROW)
    box = crop_box(*window)
    size = label_size(box, PELVIC_SHOWN_PX * float(box[3]) / float(box[2]))
    floor = f'<path class="hh-fig-ground" d="{line((window[0] + 0.01, 0), (window[1] - 0.01, 0))}"/>'
    style = (STYLE + label_style(uid, size)
             + f".hh-fig-gap-under{{fill:var(--hh-figure-bg,{PAGE_BG['light']})}}"
             + f".hh-fig-gap{{fill:var(--hh-figure-fault,{palette()['light']['fault']});fill-opacity:.35}}")
    return svg(box, uid, title, "", floor + _lying_body(flat) + extra, style,
               classes=f"hh-fig {uid}")


def kneeling(hip_back: float) -> dict:
    """On hands and knees, facing right; `hip_back` (0 to 1) rocks the hips
    from over the knees back toward the heels, the back staying flat."""
    knee = (0.0, R["thigh"])
    ankle = (-0.24, R["shank"])
    hand = (0.40 - 0.06 * hip_back, 0.02)
    hip_top = (0.0, 0.27)
    hip_heel = (-0.17, 0.17)
    hip = lerp(hip_top, hip_heel, hip_back)
    shoulder = (hand[0] - 0.02 - 0.04 * hip_back, 0.30 - 0.08 * hip_back)
    head = add(shoulder, unit(degrees(atan2(shoulder[0] - hip[0], shoulder[1] - hip[1]))), 0.12)
    elbow = lerp(shoulder, hand, 0.5)
    return {"head": head, "shoulder": shoulder, "hip": hip, "knee": knee, "ankle": ankle,
            "toe": (-0.36, R["foot"]), "elbow": elbow, "hand": hand}


def rock_back(uid: str, title: str) -> str:
    """The rock-back: on hands and knees, the hips rock back toward the
    heels with a flat back; the start as a light ghost, an arrow at the hips."""
    start, end = kneeling(0.0), kneeling(0.85)
    extra = (mark_arrow(add(start["hip"], (-1, 0.4), 0.06), add(end["hip"], (-1, 0.6), 0.08), ACCENT)
             + label("hips back", add(end["hip"], (-1, 0.8), 0.13), ACCENT, "middle")
             + mark_path(line(add(end["hip"], (0.3, 1), 0.075), add(end["shoulder"], (0.3, 1), 0.075)),
                     ACCENT)
             # clear of the start's ghost, which sits higher
             + label("back flat", lerp(add(end["hip"], (0.3, 1), 0.17),
                                       add(end["shoulder"], (0.3, 1), 0.17), 0.45), ACCENT, "middle"))
    # Shown 300 px wide on Progression: labels sized to read there.
    window = (-0.45, 0.62, -0.04, 0.5)
    box = crop_box(*window)
    size = label_size(box, 300 * float(box[3]) / float(box[2]))
    return figure_from(end, uid, title, window, extra, ghost=start,
                       style=STYLE + label_style(uid, size), classes=f"hh-fig {uid}")


# --- Everyday lifting: a box off the floor --------------------------------------------

BOX = (0.07, 0.36, 0.0, 0.22)     # x from, x to, y from, y to (H): about 50 x 38 cm


def box_lift(pose: dict, uid: str, title: str) -> str:
    """Lifting a box with a hinge: hips back, knees bent, back long, the
    box close in front of the shins, hands on its lower corners."""
    x0, x1, y0, y1 = BOX
    box_shape = (f'<rect class="hh-fig-prop hh-fig-prop-fill" fill-opacity=".25" stroke-width="1.6" '
                 f'x="{num(x0 * SCALE)}" y="{num(-y1 * SCALE)}" width="{num((x1 - x0) * SCALE)}" '
                 f'height="{num((y1 - y0) * SCALE)}" rx="1"/>')
    window = (-0.36, 0.44, -0.05, 0.72)
    vb = crop_box(*window)
    defs, content = panel(pose, uid, 0.0, vb, (), ("back",), ACCENT,
                          (("back long", (-0.1, 0.66), "end"), ("box close", (0.22, 0.26), "middle")))
    floor = f'<path class="hh-fig-ground" d="{line((window[0] + 0.02, 0), (window[1] - 0.02, 0))}"/>'
    hand = circle(joints(pose)["hand"], HAND_RADIUS, 0.0, ' class="hh-fig-body"')
    return svg(vb, uid, title, defs, floor + box_shape + content + hand)


def lift_pose() -> dict:
    """The hinge that reaches a box's near lower corner: knees bent as for
    the kettlebell deadlift, straight arms, balanced over the feet."""
    from .poses import BALANCE_X, balanced, reach
    grip = (BOX[0] + 0.01, 0.16)

    def build(ankle):
        p = {"ankle": ankle, "knee": 80.0, "hip": 60.0, "spine": 0.0, "neck": 0.0,
             "shoulder": 0.0, "elbow": 0.0, "load": {"kind": "dumbbell", "kg": 8.0}}
        return reach(p, grip, "hip", 0.0, 125.0)
    return balanced(build, 5.0, 35.0, BALANCE_X)

