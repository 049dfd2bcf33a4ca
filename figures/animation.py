"""The animated rep on the home page: one body moving through the rep's
frames (SMIL, no script), over outlined stills of its key positions."""

from __future__ import annotations

from math import atan2, cos, degrees, radians, sin

from .body import (
    capsules,
)
from .draw import panel, top_of
from .marks import marks
from .props import ground
from .silhouette import ARM_GAP, ARM_PARTS, capsule
from .svg import (
    ACCENT,
    SCALE,
    STYLE,
    circle,
    line,
    num,
    svg,
    viewbox,
    width,
)

STILL_OUTLINE = 0.007         # an outlined still's line (H): about 2.5 px on a phone


def outline_body(pose: dict, uid: str, box, grow: float = STILL_OUTLINE) -> tuple[str, str]:
    """(defs, element): the body's outline only, in the prop colour: the
    union of its capsules grown by `grow`, minus the capsules."""
    x, y, w, h = box
    area = f'x="{x}" y="{y}" width="{w}" height="{h}"'
    parts = capsules(pose)
    solid = "".join(capsule(a, b, r, 0.0) for a, b, r in parts.values())
    grown = "".join(capsule(a, b, r + grow, 0.0) for a, b, r in parts.values())
    defs = (f'<mask id="{uid}-edge" maskUnits="userSpaceOnUse" {area}>'
            f'<g fill="#fff" stroke="#fff" stroke-linecap="round">{grown}</g>'
            f'<g fill="#000" stroke="#000" stroke-linecap="round">{solid}</g></mask>')
    return defs, f'<rect class="hh-fig-prop-fill" {area} mask="url(#{uid}-edge)"/>'


# Which drawn part moves with which: a circle (pelvis, head) rides on the
# capsule it sits on.
RIGID = {"pelvis": "lumbar", "head": "neck"}


def _angle(a, b) -> float:
    """Direction of a->b on the page (y down), degrees clockwise from +x."""
    return degrees(atan2(-(b[1] - a[1]), b[0] - a[0]))


def rigid_transform(rest, now) -> tuple[float, float, float]:
    """(tx, ty, degrees) in SVG units that carry the segment `rest` (a, b in
    H) onto `now`: rotate about the SVG origin, then translate. Segments keep
    their length, so this is exact."""
    (a0, b0), (a1, b1) = rest, now
    turn = _angle(a1, b1) - _angle(a0, b0)
    c, s_ = cos(radians(turn)), sin(radians(turn))
    x0, y0 = a0[0] * SCALE, -a0[1] * SCALE
    x1, y1 = a1[0] * SCALE, -a1[1] * SCALE
    return x1 - (c * x0 - s_ * y0), y1 - (s_ * x0 + c * y0), (turn + 180.0) % 360.0 - 180.0


def _segment_ends(pose: dict) -> dict[str, tuple]:
    c = capsules(pose)
    return {n: (a, b) for n, (a, b, _) in c.items() if a != b}


def rep_animation(frames, waypoints, still, title: str, alternate: bool = False) -> str:
    """One hinge rep as a CSS animation that moves the body: each part
    (shin, thigh, trunk, neck and head, upper arm, forearm) is drawn once,
    in the pose of the last frame (the bottom), and keyframes carry it
    through every frame by a rotation and a shift. Between keyframes the
    browser interpolates, so the body moves; there is one body, never two.

    frames     poses, in order from standing to the bottom
    waypoints  [(seconds, frame index)], one loop from 0 to its length:
               where the body is at each moment; the loop should end where
               it starts, unless `alternate`: then the waypoints are the
               way there, and the browser plays them back for the way back
    still      frame indexes for the still picture for reduced motion and
               for print: the last drawn solid, the others before it as
               outlines in the prop colour (3:1 like the rest, which a
               faded copy is not), like a multiple-exposure photo of the rep

    Every animated element has the class `hh-anim`, so a page that inlines
    the SVG can pause it with `.hh-anim{animation-play-state:paused}`. Ids,
    classes and keyframes are prefixed `hh-rep-`. A renderer without CSS
    shows the moving body at rest (the bottom), on top of the stills'
    bottom frame, which it matches.
    """
    uid = "hh-rep"
    total = waypoints[-1][0]
    rest = frames[-1]
    tops = [top_of(p) for p in frames]
    box = viewbox(tops)
    x, y, w, h = box
    parts = capsules(rest)
    ends = [_segment_ends(f) for f in frames]
    moving = [n for n in parts if n != "foot" and n not in RIGID]
    css, groups, halos, arms = [], [], [], []
    for i, name in enumerate(moving):
        keys = []
        for t, f in waypoints:
            tx, ty, deg = rigid_transform(ends[-1][name], ends[f][name])
            keys.append(f"{num(t / total * 100)}%{{transform:translate({num(tx)}px,{num(ty)}px) "
                        f"rotate({num(deg)}deg)}}")
        css.append(f"@keyframes {uid}-k{i}{{{''.join(keys)}}}"
                   f".{uid}-s{i}{{animation:{uid}-k{i} {num(total)}s linear infinite"
                   f"{' alternate' if alternate else ''}}}")
        a, b, r = parts[name]
        shape = capsule(a, b, r, 0.0) + "".join(
            circle(parts[c][0], parts[c][2]) for c, host in RIGID.items() if host == name)
        cls = f"hh-anim {uid}-s{i}"
        if name in ARM_PARTS:      # the arm's halo: a gap of page colour around it
            halos.append(f'<path class="{cls} hh-fig-halo" d="{line(a, b)}" '
                         f'stroke-width="{width(r + ARM_GAP)}"/>')
            arms.append(f'<g class="{cls}">{shape}</g>')
        else:
            groups.append(f'<g class="{cls}">{shape}</g>')
    foot = capsule(*parts["foot"], 0.0)
    puppet = (f'<g class="{uid}-body hh-fig-body">{foot}{"".join(groups)}</g>'
              f'{"".join(halos)}<g class="hh-fig-body">{"".join(arms)}</g>')
    defs, stills = [], []
    for i in sorted(still):
        if i == max(still):
            d, content = panel(frames[i], f"{uid}-f{i}", 0.0, box)
        else:
            d, content = outline_body(frames[i], f"{uid}-f{i}", box)
        defs.append(d)
        stills.append(f'<g class="{uid}-frame {uid}-f{i}">{content}</g>')
    style = (STYLE + "".join(css)
             + f".{uid}-puppet *{{transform-origin:0 0;transform-box:view-box}}"
             + f".{uid}-stills{{display:none}}"
             + "".join(f"@media {media}{{.{uid}-puppet{{display:none}}.{uid}-puppet *{{animation:none}}"
                       f".{uid}-stills{{display:inline}}}}"
                       for media in ("(prefers-reduced-motion:reduce)", "print")))
    heel = marks(frames[0], ("heel_line",), ACCENT)
    return svg(box, uid, title, "".join(defs),
               ground() + heel + f'<g class="{uid}-stills">{"".join(stills)}</g>'
               + f'<g class="{uid}-puppet">{puppet}</g>', style)
