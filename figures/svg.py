"""The SVG basics every figure shares: its scale and frame, numbers and
points, the one style sheet, and the <svg> element itself.

Colours: the body is `currentColor`, so it takes the page's text colour when
the SVG is inlined; accents use CSS custom properties: `--hh-figure-accent`
(correct pose), `--hh-figure-fault` (fault), `--hh-figure-prop` (dowel,
wall, weights, band) and `--hh-figure-bg` (the page background, for the
halos that keep lines and labels readable where they cross the body). The
page sets them per colour scheme (docs/stylesheets/extra.css, written from
hinge_guide/palette.py). The fallbacks written into each SVG come from the
same palette (`palette`), for an SVG loaded through <img>, which cannot see
the page's CSS: a `prefers-color-scheme: dark` rule scoped to
`svg.hh-fig:root` (which matches only when the SVG is its own document) sets
the dark ones. Every id is prefixed with the figure's slug, and every class
with `hh-`, so several figures can be inlined in one page.

Coordinates: the body model works in body heights (H = 1, y up); the SVG
uses centimetres of a 1.75 m person (y down), rounded to 0.1.
"""

from __future__ import annotations

from html import escape

from hinge_guide import palette as site_palette
from hinge_guide.palette import PAGE_BG

SCALE = 175.0                 # SVG units (cm) per body height
FRAME_X = (-0.50, 0.40)       # every panel spans the same x range: same scale
GROUND_MARGIN = 0.05          # below the floor line
TOP_MARGIN = 0.04             # above the highest drawn point
MARK_STROKE = 1.6             # a mark's line width (SVG units), unless it sets its own

ACCENT, FAULT = "accent", "fault"

# A ghost: another moment of the same body drawn behind it (where a step
# starts from, where a drill starts), as a thin outline only: filled, even
# faint, it sat almost on top of the body in front, two heads and doubled
# arms that read as a smudge on a phone. GHOST_LINE is the outline's width
# (H); GHOST_OPACITY is low enough that the body in front, its marks and
# its words stand clear of it (tests/test_figure_contrast.py holds them to
# 3:1 against it).
GHOST_LINE = 0.007
GHOST_OPACITY = 0.35

# Labels: drawn LABEL_SIZE units high, which is small where a figure is
# shown small. A figure that knows the height it is shown at on a phone
# (its CSS max-height) draws its labels at least LABEL_PX tall there.
LABEL_SIZE = 7.2              # SVG units
LABEL_HALO = 2.6              # the halo round a label's letters, at LABEL_SIZE
LABEL_PX = 13.5               # the smallest a label is read at on a 390 px phone


def label_size(box, shown_height: float | None) -> float:
    """The label size (SVG units) for a figure of viewBox `box` shown
    `shown_height` CSS px tall: LABEL_PX on the screen, never smaller
    than LABEL_SIZE."""
    if not shown_height:
        return LABEL_SIZE
    return round(max(LABEL_SIZE, LABEL_PX * float(box[3]) / shown_height), 1)


def label_style(scope: str, size: float) -> str:
    """A rule sizing the labels of the figure whose root carries the class
    `scope` (figures inlined in one page share their style sheets)."""
    if size == LABEL_SIZE:
        return ""
    return (f".{scope} .hh-fig-label{{font-size:{num(size)}px;"
            f"stroke-width:{num(LABEL_HALO * size / LABEL_SIZE)}px}}")

COLOURS = ("body", "accent", "fault", "prop")


def palette() -> dict[str, dict[str, str]]:
    """{"light": {...}, "dark": {...}}: the figure colours (body, accent,
    fault, prop) from the site's one palette."""
    schemes = {"light": site_palette.LIGHT, "dark": site_palette.DARK}
    return {scheme: {name: values[f"--hh-figure-{name}"] for name in COLOURS}
            for scheme, values in schemes.items()}


def _style() -> str:
    c = palette()
    light, dark = c["light"], c["dark"]

    def var(name, scheme=light):
        return f"var(--hh-figure-{name},{scheme[name]})"
    return (
        ".hh-fig-body{fill:currentColor;stroke:currentColor;stroke-linecap:round}"
        f".hh-fig-ground{{stroke:{var('prop')};stroke-width:1.2}}"
        f".hh-fig-prop{{stroke:{var('prop')};fill:none;stroke-linecap:round}}"
        f".hh-fig-prop-fill{{fill:{var('prop')}}}"
        f".hh-fig-accent{{stroke:{var('accent')};fill:none;"
        f"stroke-width:{MARK_STROKE:g};stroke-linecap:round;stroke-linejoin:round}}"
        f".hh-fig-fault{{stroke:{var('fault')};fill:none;"
        f"stroke-width:{MARK_STROKE:g};stroke-linecap:round;stroke-linejoin:round}}"
        f".hh-fig-halo{{stroke:var(--hh-figure-halo,var(--hh-figure-bg,{PAGE_BG['light']}));fill:none;"
        "stroke-linecap:round;stroke-linejoin:round}"
        ".hh-fig-dash{stroke-dasharray:3 3;stroke-linecap:butt}"
        f".hh-fig-label{{font:600 {LABEL_SIZE:g}px system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
        f"paint-order:stroke;stroke:var(--hh-figure-halo,var(--hh-figure-bg,{PAGE_BG['light']}));"
        f"stroke-width:{LABEL_HALO:g}px;"
        "stroke-linejoin:round}"
        f".hh-fig-label-accent{{fill:{var('accent')}}}.hh-fig-label-fault{{fill:{var('fault')}}}"
        f".hh-fig-contact-accent{{fill:{var('accent')}}}.hh-fig-contact-fault{{fill:{var('fault')}}}"
        ".hh-fig-label-body{fill:currentColor}"
        f"svg.hh-fig:root{{color:{light['body']}}}"
        "@media (prefers-color-scheme:dark){svg.hh-fig:root{"
        f"color:{dark['body']};--hh-figure-accent:{dark['accent']};--hh-figure-fault:{dark['fault']};"
        f"--hh-figure-prop:{dark['prop']};--hh-figure-bg:{PAGE_BG['dark']}}}}}"
    )


STYLE = _style()
# Only a figure with a ghost carries its rule.
GHOST_STYLE = f".hh-fig-ghost{{opacity:{GHOST_OPACITY:g}}}.hh-fig-ghost-line{{fill:currentColor}}"


# --- Numbers and points ---------------------------------------------------

def num(v: float) -> str:
    """A coordinate rounded to 0.1, without a trailing .0 or a minus zero."""
    text = f"{v:.1f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def pt(p, dx: float = 0.0) -> str:
    """Body point (x, y in H) -> 'x y' in SVG units, shifted by dx (H)."""
    return f"{num((p[0] + dx) * SCALE)} {num(-p[1] * SCALE)}"


def line(a, b, dx=0.0) -> str:
    return f"M{pt(a, dx)}L{pt(b, dx)}"


def width(r: float) -> str:
    return num(2 * r * SCALE)


def circle(p, r: float, dx: float = 0.0, attrs: str = "") -> str:
    """A circle at body point p with radius r (both in H)."""
    return f'<circle{attrs} cx="{num((p[0] + dx) * SCALE)}" cy="{num(-p[1] * SCALE)}" r="{num(r * SCALE)}"/>'


def viewbox(tops, panels: int = 1, frame=FRAME_X, bottom: float = GROUND_MARGIN):
    """(x, y, w, h) in SVG units for `panels` side by side."""
    w = (frame[1] - frame[0]) * SCALE
    top = max(max(tops) + TOP_MARGIN, 0.0)
    return (num(frame[0] * SCALE), num(-top * SCALE), num(w * panels),
            num((top + bottom) * SCALE))


def ghost_outline(mask: str, mask_id: str, box) -> tuple[str, str]:
    """(defs, elements) of a ghost: the page's body colour let through
    `mask` (the band round a body's outline, with id `mask_id`), faint."""
    x, y, w, h = box
    return mask, (f'<g class="hh-fig-ghost"><rect class="hh-fig-ghost-line" x="{x}" y="{y}" '
                  f'width="{w}" height="{h}" mask="url(#{mask_id})"/></g>')


def svg(box, uid: str, title: str, defs: str, content: str, style: str = STYLE,
        classes: str = "hh-fig") -> str:
    x, y, w, h = box
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="{classes}" viewBox="{x} {y} {w} {h}" '
            f'role="img" aria-labelledby="{uid}-title">'
            f'<title id="{uid}-title">{escape(title)}</title><style>{style}</style>'
            f'<defs>{defs}</defs>{content}</svg>\n')
