"""The colour palette block (palette.py) written into the stylesheet."""

from __future__ import annotations

import re

import pytest

from hinge_guide import palette
from small_inputs import ROOT

pytestmark = pytest.mark.unit


def test_the_palette_block_replaces_itself_and_keeps_the_rest():
    once = palette.with_css_block("a{}\n")
    # Every colour of both schemes is written into the block, by its name.
    for scheme in (palette.LIGHT, palette.DARK):
        assert scheme
        for name, value in scheme.items():
            assert f"{name}: {value}" in once or f"{name}:{value}" in once, name
    # Written again over a hand-edited block: the block comes back as it was,
    # and what stands outside it stays.
    edited = once.replace(palette.GREEN, "#123456")
    assert edited != once
    twice = palette.with_css_block("b{}\n" + edited)
    assert twice == "b{}\n" + once and twice.endswith("a{}\n")


CHECK_JS = ROOT / "docs/javascripts/hinge-check/check.js"
# A colour written out: #rgb to #rrggbbaa, rgb()/rgba(), hsl()/hsla(), or a
# CSS colour name a canvas takes.
COLOUR_LITERAL = re.compile(r"#[0-9a-fA-F]{3,8}\b|\b(?:rgba?|hsla?)\(|[\"'](?:white|black)[\"']")


def test_the_camera_checks_colours_come_from_the_palette():
    """Check your hinge draws the pose over the video in the palette's
    colours (palette.CAMERA), read from the page: check.js names each one
    and holds no colour of its own, so a palette change follows."""
    script = CHECK_JS.read_text(encoding="utf-8")
    literals = [m.group() for m in COLOUR_LITERAL.finditer(script)]
    assert not literals, (f"docs/javascripts/hinge-check/check.js writes the colours {literals}: "
                          "add them to CAMERA in hinge_guide/palette.py and read them with "
                          "colourOf()")
    read = {f"--hh-check-{name}" for name in re.findall(r"colourOf\(\"([a-z-]+)\"\)", script)}
    assert read == set(palette.CAMERA), "check.js reads the colours CAMERA lists, and no others"
    block = palette.camera_css_block()
    for name, value in palette.CAMERA.items():
        assert f"  {name}: {value};" in block, name
    # check.css (which check.js loads) carries them: python -m hinge_guide wrote it
    assert block in CHECK_JS.with_name("check.css").read_text(encoding="utf-8")
    assert palette.with_css_block("a{}\n" + block, block) == "a{}\n" + block


@pytest.mark.parametrize("scheme", ["LIGHT", "DARK"])
def test_each_tint_is_its_own_colour_see_through(scheme):
    """A tint written by hand stayed pink when its colour changed: a blue
    fault border on a pink box, with every other test green (code review)."""
    from hinge_guide import palette as colours

    values = getattr(colours, scheme)
    pairs = [("--hh-warning-tint", "--hh-warning-color"), ("--hh-fault-tint", "--hh-fault-color"),
             ("--md-accent-fg-color--transparent", "--md-accent-fg-color")]
    for tinted, base in pairs:
        rgb = values[tinted].removeprefix("rgba(").split(",")[:3]
        assert "#{:02x}{:02x}{:02x}".format(*map(int, rgb)) == values[base], (tinted, values)
    assert values["--hh-figure-fault"] == values["--hh-fault-color"]
    assert colours.see_through("#b0245a", 0.08) == "rgba(176, 36, 90, 0.08)"
