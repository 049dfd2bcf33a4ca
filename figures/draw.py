"""Whole figures: one pose with its props, marks and labels in one SVG; a
fault or its fix on a tinted panel with a badge; a numbered strip of poses.

The parts live by concern: figures/svg.py (scale, style sheet, the <svg>
element), figures/silhouette.py (the body), figures/props.py,
figures/marks.py (marks and labels), figures/animation.py (the animated
rep) and figures/feel.py (where you feel it). Words in a figure are few and
short (a badge, a label on a key line); the page's alt text and caption say
what the figure shows.
"""

from __future__ import annotations

from .body import (
    DOWEL_RADIUS,
    capsules,
    dowel_line,
    rearmost_x,
)
from .marks import labels, marks, motion_arrow
from .props import WALL_HEIGHT, band, dowel, ground, load, wall
from .silhouette import body, outline_mask
from .svg import (
    ACCENT,
    FAULT,
    FRAME_X,
    GHOST_LINE,
    GHOST_STYLE,
    PAGE_BG,
    SCALE,
    STYLE,
    TOP_MARGIN,
    circle,
    ghost_outline,
    label_size,
    label_style,
    line,
    num,
    palette,
    pt,
    svg,
    viewbox,
)


def top_of(pose: dict) -> float:
    return max(max(a[1], b[1]) + r for a, b, r in capsules(pose).values())


def panel(pose: dict, uid: str, dx: float, box, props=(), mark_names=(), kind=ACCENT,
          label_items=()) -> tuple[str, str]:
    """(defs, elements) for one pose with its props, marks and labels, shifted by dx."""
    behind, front = [], []
    for prop in props:
        if prop == "dowel":
            front.append(dowel(pose, dx))
        elif prop == "wall":
            behind.append(wall(rearmost_x(pose), dx))
        elif prop == "load":
            b, f = load(pose, dx)
            behind.append(b)
            front.append(f)
        elif prop == "band":
            behind.append(band(pose, dx))
        else:
            raise ValueError(f"unknown prop {prop!r}")
    defs, figure = body(pose, uid, dx, box)
    return defs, ("".join(behind) + figure + "".join(front) + marks(pose, mark_names, kind, dx)
                  + labels(label_items, kind, dx))


def _tops(pose, props):
    tops = [top_of(pose)]
    if "wall" in props:
        tops.append(WALL_HEIGHT)
    if "dowel" in props:
        tops.append(dowel_line(pose)[1][1] + DOWEL_RADIUS)
    return tops


def ghost_of(pose: dict, uid: str, box, dx: float = 0.0) -> tuple[str, str]:
    """(defs, elements) for `pose` drawn as a ghost: the body's outline
    alone, thin (GHOST_LINE), no props or marks, faint (GHOST_STYLE), to go
    behind the body in front."""
    mask_id = f"{uid}-ghost"
    return ghost_outline(outline_mask(mask_id, pose, box, GHOST_LINE, dx), mask_id, box)


def figure(pose: dict, uid: str, title: str, props=(), mark_names=(), label_items=(),
           frame=FRAME_X, top: float | None = None, shown_height: float | None = None,
           ghost: dict | None = None, motion: bool = False) -> str:
    """One pose in one SVG, with its marks and labels (accent colour). `frame`
    crops it (x range, H); `top` fixes the height (H above the floor);
    `shown_height` (CSS px, the page's max-height for it) sizes its labels
    to read at LABEL_PX there. `ghost`, another pose, is drawn faint behind
    it, in outline: where a movement step starts from, so the step's change
    shows; with `motion`, an arrow at the hips says which way they moved
    from there (figures/marks.py, motion_arrow)."""
    tops = [top] if top is not None else _tops(pose, props) + ([top_of(ghost)] if ghost else [])
    box = viewbox(tops, frame=frame)
    defs, content = panel(pose, uid, 0.0, box, props, mark_names, ACCENT, label_items)
    if ghost and motion:
        content += motion_arrow(ghost, pose, ACCENT)
    behind, style = "", STYLE
    if ghost:
        ghost_defs, behind = ghost_of(ghost, uid, box)
        defs, style = ghost_defs + defs, STYLE + GHOST_STYLE
    sized = label_style(uid, label_size(box, shown_height)) if label_items else ""
    return svg(box, uid, title, defs, ground(frame=frame) + behind + content, style + sized,
               classes=f"hh-fig {uid}" if sized else "hh-fig")


# Fault and fix: one SVG each, on a lightly tinted panel with a badge in words.

VERDICT = {FAULT: "Fault", ACCENT: "Fix"}
BADGE_H = 0.085               # badge height (H)
BADGE_AT = (FRAME_X[0] + 0.025, 0.02)   # badge's top-left corner: x, and gap below the top (H)
PANEL_TINT = 0.08             # the panel's fill opacity: a light tint of the verdict's colour


def badge(kind: str, top: float, dx=0.0) -> str:
    """"✗ Fault" or "✓ Fix": a pill in the verdict's colour, the sign drawn
    as a path and the word as text, both in the page's colour."""
    word = VERDICT[kind]
    h = BADGE_H
    x0, y0 = BADGE_AT[0] + dx, top - BADGE_AT[1]
    w = 0.075 + 0.055 * len(word)
    pill = (f'<rect class="hh-fig-badge-{kind}" x="{num(x0 * SCALE)}" y="{num(-y0 * SCALE)}" '
            f'width="{num(w * SCALE)}" height="{num(h * SCALE)}" rx="{num(h / 2 * SCALE)}"/>')
    cx, cy, r = x0 + 0.045, y0 - h / 2, 0.018
    if kind == FAULT:
        sign = line((cx - r, cy + r), (cx + r, cy - r)) + line((cx - r, cy - r), (cx + r, cy + r))
    else:
        sign = f"M{pt((cx - r, cy))}L{pt((cx - 0.3 * r, cy - 0.75 * r))}L{pt((cx + r, cy + r))}"
    return (pill + f'<path class="hh-fig-badge-sign" d="{sign}"/>'
            f'<text class="hh-fig-badge-word" x="{num((cx + 0.035) * SCALE)}" '
            f'y="{num(-(cy - 0.019) * SCALE)}">{word}</text>')


def verdict_style() -> str:
    c = palette()["light"]
    bg = f"var(--hh-figure-bg,{PAGE_BG['light']})"
    out = ""
    for kind in (FAULT, ACCENT):
        colour = f"var(--hh-figure-{kind},{c[kind]})"
        # halos on the panel take the panel's tint (where color-mix() is known)
        out += (f".hh-fig-on-{kind}{{--hh-figure-halo:color-mix(in srgb,{colour} {num(PANEL_TINT * 100)}%,"
                f"var(--hh-figure-bg,{PAGE_BG['light']}))}}"
                f".hh-fig-panel-{kind}{{fill:{colour};fill-opacity:{PANEL_TINT}}}"
                f".hh-fig-badge-{kind}{{fill:{colour}}}")
    return (out + f".hh-fig-badge-sign{{fill:none;stroke:{bg};stroke-width:2.6;stroke-linecap:round;"
            "stroke-linejoin:round}"
            f".hh-fig-badge-word{{fill:{bg};font:700 10px system-ui,-apple-system,'Segoe UI',Roboto,"
            "sans-serif}")


def _verdict_panel(pose, kind, uid, top, box, mark_names, label_items, dx=0.0, props=(),
                   draw_panel=panel):
    w = (FRAME_X[1] - FRAME_X[0]) * SCALE
    x, y, _, h = box
    tint = (f'<rect class="hh-fig-panel-{kind}" x="{num(float(x) + dx * SCALE)}" y="{y}" '
            f'width="{num(w)}" height="{h}" rx="6"/>')
    defs, content = draw_panel(pose, uid, dx, box, props, mark_names, kind, label_items)
    return defs, (f'<g class="hh-fig-on-{kind}">{tint}{ground(dx)}{content}'
                  f'{badge(kind, top + TOP_MARGIN, dx)}</g>')


def verdict_figure(pose: dict, kind: str, uid: str, title: str, top: float,
                   mark_names=(), label_items=(), props=(), draw_panel=panel) -> str:
    """One side of a fault pair in its own SVG: the tinted panel, the badge,
    the body, its props, and its marks and labels in the verdict's colour. `top` (H) is
    shared by both sides so they are drawn at the same scale. The root has
    the class hh-fig--fault or hh-fig--fix, which the page's CSS lays out.
    `draw_panel` draws the body, marks and labels: `panel` here for a side
    view, figures/front.py's for a front one (figures/views.py)."""
    box = viewbox([top])
    defs, content = _verdict_panel(pose, kind, uid, top, box, mark_names, label_items, props=props,
                                   draw_panel=draw_panel)
    side = "fault" if kind == FAULT else "fix"
    return svg(box, uid, title, defs, content, STYLE + verdict_style(),
               classes=f"hh-fig hh-fig--{side}")


def pair_top(fault: dict, fix: dict, top=top_of) -> float:
    """The height both sides of a pair share: the taller body (`top` gives a
    body's highest point), and room for the badge above the lower one's head."""
    return max(top(fault), top(fix)) + BADGE_H * 0.6


# A strip of poses side by side, numbered: narrower panels than a figure's.
STRIP_FRAME = (-0.24, 0.34)


def number(n: int, dx: float, top: float, frame=STRIP_FRAME) -> str:
    """The step's number in a circle at the panel's top-left."""
    cx, cy, r = frame[0] + 0.065, top - 0.022, 0.058
    return (circle((cx, cy), r, dx, ' class="hh-fig-num"')
            + f'<text class="hh-fig-num-text" x="{num((cx + dx) * SCALE)}" y="{num(-(cy - 0.032) * SCALE)}" '
              f'text-anchor="middle">{n}</text>')


def strip(poses_, uid: str, title: str, mark_names=(), props=(), behind=(),
          frame=STRIP_FRAME) -> str:
    """Poses side by side in one SVG, each numbered, on one floor. mark_names
    is one tuple of marks per pose, props one tuple of props per pose (a
    held weight: "load"), and behind, per pose, a function of the panel's
    shift (H) drawing what lies behind the body there (a weight on the
    floor, not yet held), or None. `frame` is each panel's x range (H)."""
    step = frame[1] - frame[0]
    top = max(top_of(p) for p in poses_) + 0.07
    box = viewbox([top], panels=len(poses_), frame=frame)
    defs, content = [], []
    for i, pose in enumerate(poses_):
        dx = i * step
        d, c = panel(pose, f"{uid}-p{i}", dx, box, props[i] if props else (),
                     mark_names[i] if mark_names else ())
        defs.append(d)
        under = behind[i](dx) if behind and behind[i] else ""
        content.append(under + c + number(i + 1, dx, top, frame))
    ends = (frame[0] + 0.02, 0), (frame[0] + step * len(poses_) - 0.02, 0)
    floor = f'<path class="hh-fig-ground" d="{line(*ends)}"/>'
    # Shown small: the marks drawn bolder than in a single figure. Scoped to
    # the strip's own class: figures inlined in one page share style sheets.
    style = (STYLE + ".hh-fig--strip-art .hh-fig-accent{stroke-width:3.2}"
             ".hh-fig--strip-art .hh-fig-halo{stroke-width:8}"
             f".hh-fig-num{{fill:var(--hh-figure-accent,{palette()['light']['accent']})}}"
             f".hh-fig-num-text{{fill:var(--hh-figure-bg,{PAGE_BG['light']});"
             "font:700 16px system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}")
    return svg(box, uid, title, "".join(defs), floor + "".join(content), style,
               classes="hh-fig hh-fig--strip-art")
