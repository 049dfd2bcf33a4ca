"""The brand colours, in one place.

Everything that shows a colour reads it from here, through
``python -m hinge_guide``, which writes the palette block at the top of
docs/stylesheets/extra.css, the web manifest, the favicon, the browser's
theme colour and the preview cards; a test fails when one of them no longer
matches. The figures take theirs from the CSS custom properties below,
and so does Check your hinge for the pose it draws over the video.

Every pair here was checked for contrast: text and links AA (4.5:1) on
their background, figure lines and shapes 3:1 (WCAG 1.4.11).
"""

from __future__ import annotations

# The header and app colour (light scheme), and the darker one the dark
# scheme's header, the icons and the cards use.
GREEN = "#00695c"
DEEP_GREEN = "#00564b"
WHITE = "#ffffff"
MINT = "#cdeee9"  # text on DEEP_GREEN in cards
SAGE = "#a4d0c9"  # the site's name on the cards: MINT, quieter, still 5:1 on DEEP_GREEN

# Each scheme's colours that have a tint or a second use, named once: a
# tint is its colour, see-through (see_through), so changing a colour changes its
# tint and its figures' marks with it.
TEAL_DARK, TEAL_MINT = "#004d40", "#a6ece2"     # the accent: hover, active, focus
WARNING_LIGHT, WARNING_DARK = "#b83f0a", "#ffb488"
FAULT_LIGHT, FAULT_DARK = "#b0245a", "#f48fb1"


def see_through(colour: str, alpha: float) -> str:
    """A #rrggbb colour, see-through: rgba(r, g, b, alpha), for a tint that
    lets the page's own background show (tint() blends one, opaque)."""
    red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red}, {green}, {blue}, {alpha:g})"


# CSS custom properties per colour scheme. --md-* are Material's; --hh-* ours.
LIGHT: dict[str, str] = {
    "--md-primary-fg-color": GREEN,
    "--md-primary-fg-color--light": "#2e7d72",
    "--md-primary-fg-color--dark": TEAL_DARK,
    # Material's accent is the one hover and active colour of links and
    # buttons (and the focus ring): a darker teal, never the warning colour.
    "--md-accent-fg-color": TEAL_DARK,
    "--md-accent-fg-color--transparent": see_through(TEAL_DARK, 0.1),
    # Burnt orange for safety warnings only
    "--hh-warning-color": WARNING_LIGHT,
    "--hh-warning-tint": see_through(WARNING_LIGHT, 0.1),
    "--hh-fault-color": FAULT_LIGHT,
    "--hh-fault-tint": see_through(FAULT_LIGHT, 0.08),
    "--hh-figure-body": "#2b2b2b",
    "--hh-figure-accent": GREEN,
    "--hh-figure-fault": FAULT_LIGHT,
    "--hh-figure-prop": "#767676",
    # Amber for "soreness" and other cautions (5.1:1 on white)
    "--hh-caution-color": "#9a6200",
    "--hh-note-color": "var(--md-primary-fg-color)",
    "--hh-heading-color": "var(--md-default-fg-color)",
    # Filled buttons: the header's green in light
    "--hh-button-color": "var(--md-primary-fg-color)",
}
DARK: dict[str, str] = {
    "--md-primary-fg-color": DEEP_GREEN,
    "--md-primary-fg-color--light": "#1b6f64",
    "--md-primary-fg-color--dark": "#003d35",
    "--md-typeset-a-color": "#6fd6c8",
    "--md-accent-fg-color": TEAL_MINT,
    "--md-accent-fg-color--transparent": see_through(TEAL_MINT, 0.1),
    "--hh-warning-color": WARNING_DARK,
    "--hh-warning-tint": see_through(WARNING_DARK, 0.1),
    "--hh-fault-color": FAULT_DARK,
    "--hh-fault-tint": see_through(FAULT_DARK, 0.1),
    "--hh-figure-body": "#e2e4e9",
    "--hh-figure-accent": "#6fd6c8",
    "--hh-figure-fault": FAULT_DARK,
    "--hh-figure-prop": "#a0a4ab",
    "--hh-caution-color": "#ffc45c",
    "--hh-note-color": "var(--md-typeset-a-color)",
    # Filled buttons: a lighter green than the dark header, so a button
    # stands out from the dark page (about 3:1), white text 5.3:1 on it
    "--hh-button-color": "#00796b",
    # Material's text colour without its transparency
    "--hh-heading-color": "hsl(var(--md-hue), 15%, 90%)",
}

# Check your hinge draws the pose it reads over the reader's own video:
# docs/javascripts/hinge-check/check.js reads these from the page, from its
# own check.css, where camera_css_block() writes them. The same in both
# schemes, as the video, not the page, is what they sit on: a light teal
# line on a dark halo shows on any video, with white joints; the still
# (reduced motion) is a paler teal than the live line.
CAMERA: dict[str, str] = {
    "--hh-check-live": "#26a69a",
    "--hh-check-still": "#4db6ac",
    "--hh-check-halo": "rgba(0, 0, 0, 0.55)",
    "--hh-check-joint": WHITE,
}

# Material's page background per scheme (its default and slate palettes:
# #ffffff and #1e2129), as the figures write it: their halo colour where a
# page doesn't set --hh-figure-bg (figures/svg.py).
PAGE_BG = {"light": "#fff", "dark": "hsl(225,15%,14%)"}



def tint(colour: str, share: float, over: str = WHITE) -> str:
    """`colour` (#rrggbb) laid at `share` opacity over `over`: the pale
    panels behind a fault or fix, in their own hue."""
    top, bottom = (tuple(int(c[i:i + 2], 16) for i in (1, 3, 5)) for c in (colour, over))
    mixed = (round(share * t + (1 - share) * b) for t, b in zip(top, bottom, strict=True))
    return "#" + "".join(f"{v:02x}" for v in mixed)


BEGIN = "/* BEGIN palette: written by `python -m hinge_guide` from hinge_guide/palette.py */"
END = "/* END palette */"


def _rules(selector: str, values: dict[str, str]) -> str:
    body = "\n".join(f"  {name}: {value};" for name, value in values.items())
    return f"{selector} {{\n{body}\n}}"


def css_block() -> str:
    """The palette block of extra.css."""
    rules = _rules
    return "\n".join([
        BEGIN,
        rules(':root,\n[data-md-color-scheme="default"]', LIGHT),
        rules('[data-md-color-scheme="slate"]', DARK),
        END,
    ])


def camera_css_block() -> str:
    """The palette block of Check your hinge's own stylesheet (check.css,
    which check.js loads): CAMERA, on the page only where the check runs,
    not in the stylesheet every page carries inline."""
    return "\n".join([BEGIN, _rules(":root", CAMERA), END])


def with_css_block(stylesheet: str, block: str | None = None) -> str:
    """The stylesheet with its palette block (css_block(), unless another
    is given) replaced, or put first."""
    block = css_block() if block is None else block
    if BEGIN in stylesheet and END in stylesheet:
        head, rest = stylesheet.split(BEGIN, 1)
        _, tail = rest.split(END, 1)
        return head + block + tail
    return block + "\n\n" + stylesheet
