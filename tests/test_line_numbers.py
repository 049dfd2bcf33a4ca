"""How a message names the line of a page's file (line_numbers.py)."""

from __future__ import annotations

import re

import pytest

from hinge_guide.line_numbers import line_in, lines_line_of, no_line

pytestmark = pytest.mark.unit

LINES = ["---", "description: Setup", "---", "", "# Setup", "Feet under hips.", "Setup again."]


def test_the_nth_line_holding_words_or_matching_a_pattern_is_found():
    assert line_in(LINES, "Setup") == 2
    assert line_in(LINES, "Setup", nth=3) == 7
    assert line_in(LINES, re.compile(r"^# ")) == 5
    assert line_in(LINES, "  Feet under  ".strip()) == 6


@pytest.mark.parametrize("needle,nth", [("Setup", 4), ("Setup", 0), ("", 1), ("   ", 1),
                                        ("knees", 1)])
def test_no_such_line_is_none_not_a_guess(needle, nth):
    """Blank words would be found on every line: they name none."""
    assert line_in(LINES, needle, nth) is None


def test_every_finder_answers_in_the_same_words():
    line_of = lines_line_of("\n".join(LINES))
    assert line_of("Feet") == ", line 6"
    assert line_of("knees") == ""
    assert no_line("Feet") == ""
