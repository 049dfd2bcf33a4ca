"""Code shown in a page's Markdown, blanked (markdown_code.py)."""

from __future__ import annotations

import pytest

from hinge_guide.markdown_code import without_code

pytestmark = pytest.mark.unit


def test_fenced_code_and_spans_are_blanked_line_for_line():
    lines = ["Text with `/// note` in it", "```md", "/// fault | Shown", "```", "/// tip"]
    assert without_code(lines) == ["Text with  in it", "", "", "", "/// tip"]
    assert without_code(lines, spans=False)[0] == lines[0]


def test_a_fence_closes_only_on_its_own_kind_at_least_as_long():
    """A ~~~ or a shorter fence inside a ```` fence is part of the code."""
    lines = ["````", "~~~", "```", "inside", "````", "after"]
    assert without_code(lines) == ["", "", "", "", "", "after"]
