"""The colour palette block (palette.py) written into the stylesheet."""

from __future__ import annotations

import pytest

from hinge_guide import palette

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
