"""Contrast: every figure colour at 3:1 against the page (WCAG 1.4.11)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from colours import contrast
from figure_helpers import (
    FILES,
    ROOT,
)

pytestmark = pytest.mark.unit

# --- Contrast: every figure colour at 3:1 against the page (WCAG 1.4.11) -----------
#
# The figure colours are read from extra.css, where they are set once per
# scheme, and the page backgrounds from Material's own stylesheets, so the
# test follows any change to either.

EXTRA_CSS = ROOT / "docs/stylesheets/extra.css"


def _material_css() -> str:
    material = Path(pytest.importorskip("material").__file__).parent / "templates/assets/stylesheets"
    return "".join(p.read_text() for p in sorted(material.glob("*.min.css")))


def _rgb(colour: str, hue: float = 0.0) -> tuple[float, float, float]:
    """A CSS colour (#rgb, #rrggbb, #rrggbbaa, hsl()/hsla() with
    var(--md-hue)) as 0..1 sRGB."""
    colour = colour.strip()
    if colour.startswith("#"):
        h = colour[1:]
        if len(h) in (3, 4):
            h = "".join(c * 2 for c in h)
        return tuple(int(h[i:i + 2], 16) / 255 for i in (0, 2, 4))
    m = re.fullmatch(r"hsla?\((var\(--md-hue\)|[\d.]+)(?:deg)?,\s*([\d.]+)%,\s*([\d.]+)%(?:,\s*[\d.]+)?\)", colour)
    assert m, colour
    hh = (hue if m.group(1).startswith("var") else float(m.group(1))) / 360
    s_, light = float(m.group(2)) / 100, float(m.group(3)) / 100
    import colorsys
    return colorsys.hls_to_rgb(hh, light, s_)


def _blend(top, bottom, alpha):
    return tuple(alpha * t + (1 - alpha) * b for t, b in zip(top, bottom, strict=True))


def _figure_colours() -> dict[str, dict[str, tuple]]:
    """{"light"|"dark": {"body": rgb, ...}}: hinge_guide.palette's figure
    colours, as the stylesheet ships them: its palette block is the one
    palette.py writes, and no other rule of extra.css sets them."""
    from hinge_guide import palette

    css = EXTRA_CSS.read_text()
    assert palette.css_block() in css, "extra.css's palette block is stale: python -m hinge_guide"
    assert not re.search(r"--hh-figure-(body|accent|fault|prop)\s*:",
                         css.replace(palette.css_block(), "")), "a rule outside the palette block"
    prefix = "--hh-figure-"
    return {scheme: {name.removeprefix(prefix): _rgb(value) for name, value in values.items()
                     if name.startswith(prefix)}
            for scheme, values in (("light", palette.LIGHT), ("dark", palette.DARK))}


def _page_backgrounds() -> dict[str, tuple]:
    css = _material_css()
    hue = float(re.search(r"--md-hue:([\d.]+)deg", css).group(1))
    light = re.search(r"\[data-md-color-scheme=default\]\{[^}]*--md-default-bg-color:([^;}]+)", css).group(1)
    dark = re.search(r"\[data-md-color-scheme=slate\]\{[^}]*--md-default-bg-color:([^;}]+)", css).group(1)
    return {"light": _rgb(light, hue), "dark": _rgb(dark, hue)}


def _tint() -> float:
    """The panels' tint (fill-opacity), as the fault SVGs set it."""
    return float(re.search(r"\.hh-fig-panel-fault\{[^}]*fill-opacity:([\d.]+)",
                           FILES["fault-rounded-back-fault.svg"]).group(1))


def test_contrast_helpers_know_the_answers():
    assert contrast((0, 0, 0), (1, 1, 1)) == pytest.approx(21)
    assert contrast(_rgb("#767676"), _rgb("#fff")) == pytest.approx(4.54, abs=0.01)
    assert _rgb("hsla(var(--md-hue), 15%, 14%, 1)", 225) == pytest.approx((0.119, 0.131, 0.161), abs=0.002)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", ["body", "accent", "fault", "prop"])
def test_figure_colours_meet_3_to_1_against_the_page_and_the_tinted_panels(scheme, name):
    colours, bg = _figure_colours()[scheme], _page_backgrounds()[scheme]
    colour = colours[name]
    assert contrast(colour, bg) >= 3, f"{name} on the page, {scheme}"
    for panel in ("fault", "accent"):
        tinted = _blend(colours[panel], bg, _tint())
        assert contrast(colour, tinted) >= 3, f"{name} on the {panel} panel, {scheme}"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_words_in_figures_meet_4_5_to_1(scheme):
    """Labels are small text: 4.5:1 on the page and on the panels; the
    badges' words are the page colour on the verdict colour."""
    colours, bg = _figure_colours()[scheme], _page_backgrounds()[scheme]
    for name in ("body", "accent", "fault"):
        for ground in (bg, _blend(colours["fault"], bg, _tint()), _blend(colours["accent"], bg, _tint())):
            assert contrast(colours[name], ground) >= 4.5, (name, scheme)
    for badge in ("fault", "accent"):
        assert contrast(bg, colours[badge]) >= 4.5, (badge, scheme)


def test_svg_fallback_colours_are_the_ones_in_extra_css():
    """An SVG opened on its own (no page CSS) uses its fallbacks: the same
    colours, light in var() fallbacks and dark in its own media rule."""
    colours = _figure_colours()
    checked = 0
    for name, text in FILES.items():
        # Every use of a figure colour, however its fallback is written: one
        # the pattern can't read fails here rather than going unchecked.
        uses = re.findall(r"var\(--hh-figure-(accent|fault|prop)\b", text)
        fallbacks = re.findall(r"var\(--hh-figure-(accent|fault|prop)\s*,\s*([^)]*?)\s*\)", text)
        assert [var for var, _ in fallbacks] == uses, f"{name}: a figure colour without a fallback"
        for var, fallback in fallbacks:
            assert re.fullmatch(r"#[0-9a-f]{3,6}", fallback), (name, var, fallback)
            assert _rgb(fallback) == pytest.approx(colours["light"][var], abs=1e-9), (name, var)
        checked += len(fallbacks)
    assert checked >= 100, "the figures use the colour variables far less than they did"
    for name, text in FILES.items():
        dark = re.search(r"@media \(prefers-color-scheme:dark\)\{svg\.hh-fig:root\{color:(#[0-9a-f]+);"
                         r"--hh-figure-accent:(#[0-9a-f]+);--hh-figure-fault:(#[0-9a-f]+);"
                         r"--hh-figure-prop:(#[0-9a-f]+)", text)
        assert dark, name
        for var, value in zip(("body", "accent", "fault", "prop"), dark.groups(), strict=True):
            assert _rgb(value) == pytest.approx(colours["dark"][var], abs=1e-9), (name, var)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_body_and_its_marks_stand_clear_of_a_ghost(scheme):
    """A ghost (a movement step's start, the rock-back's) is the body's
    colour, faint, over the page. The body in front and its marks keep 3:1
    against it, so the ghost doesn't blur the figure it sits behind; its
    marks and words carry halos of the page's colour besides."""
    opacities = {float(m) for text in FILES.values()
                 for m in re.findall(r"\.hh-fig-ghost\{opacity:([\d.]+)\}", text)}
    assert opacities, "no figure has a ghost"
    colours, bg = _figure_colours()[scheme], _page_backgrounds()[scheme]
    for opacity in opacities:
        ghost = _blend(colours["body"], bg, opacity)
        for name in ("body", "accent"):
            assert contrast(colours[name], ghost) >= 3, (name, scheme, opacity)
