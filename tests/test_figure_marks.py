"""The marks drawn on a figure (figures/marks.py)."""

from __future__ import annotations

import pytest

from figures import (
    marks,
    svg,
)

pytestmark = pytest.mark.unit


def test_a_mark_nobody_drew_is_named_with_the_marks_there_are():
    from figures.poses import POSES

    with pytest.raises(ValueError, match=r"unknown mark 'hips_sideways'.*'heel_line'"):
        marks.marks(POSES["standing"], ["back", "hips_sideways"], svg.ACCENT)
    assert {"back", "heel_line", "weight", "contacts"} <= set(marks.MARKS)
