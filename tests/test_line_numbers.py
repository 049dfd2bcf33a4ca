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


@pytest.mark.parametrize("text,lines", [
    ("a\u2028b\nc\n", ["a\u2028b", "c"]),
    ("a\u2029b\x85c\x0cd\x1ce\nf", ["a\u2029b\x85c\x0cd\x1ce", "f"]),
    ("a\r\nb\r\n", ["a", "b"]),
    ("a\n\nb\n\n", ["a", "", "b", ""]),
    ("", []),
])
def test_lines_break_at_newlines_only_as_markdown_and_editors_count(text, lines):
    """str.splitlines broke at U+2028 (which text pasted from a word
    processor carries) and the other separators too, so every message after
    one named the line below the one meant."""
    from hinge_guide.line_numbers import file_lines

    assert file_lines(text) == lines


def test_a_pasted_line_separator_does_not_shift_later_lines():
    assert lines_line_of("# Setup\nA\u2028B\u2028C\nGo :thumbsupp:\n")("thumbsupp") == ", line 3"
