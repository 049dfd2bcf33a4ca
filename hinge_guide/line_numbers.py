"""How a message names the line of a page's file (", line N"): one search
for a line and one shape of finder, so any check takes any finder, whether
it has the engine's page (PageContext.line_of), a page's whole text
(``lines_line_of``) or no file at all (``no_line``)."""

from __future__ import annotations

import re
from typing import Protocol


class LineOf(Protocol):
    """``", line N"`` for the nth line (from 1) of a page's file holding
    needle (words, or a pattern a line must match), or "" where it can't be
    found."""

    def __call__(self, needle: str | re.Pattern[str], nth: int = 1) -> str: ...


def line_in(lines: list[str], needle: str | re.Pattern[str], nth: int = 1) -> int | None:
    """The number (from 1) of the nth line of lines holding needle; None if
    there is no such line."""
    if isinstance(needle, str):
        words = needle.strip()
        found = [n for n, line in enumerate(lines, 1) if words and words in line]
    else:
        found = [n for n, line in enumerate(lines, 1) if needle.search(line)]
    return found[nth - 1] if 0 < nth <= len(found) else None


def lines_line_of(text: str) -> LineOf:
    """A LineOf for a page whose whole text (front matter too) is ``text``."""
    lines = text.splitlines()

    def line_of(needle: str | re.Pattern[str], nth: int = 1) -> str:
        number = line_in(lines, needle, nth)
        return f", line {number}" if number else ""

    return line_of


def no_line(needle: str | re.Pattern[str], nth: int = 1) -> str:
    """A LineOf for a page read with no file behind it."""
    return ""
