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


def file_lines(text: str) -> list[str]:
    """text's lines as Python-Markdown and editors count them: broken at
    "\n" only (a "\r" before it dropped). str.splitlines also breaks at
    U+2028, U+2029, form feeds and other separators that text pasted from a
    word processor carries, and every message after one would name the
    wrong line; tests/test_code_layout.py keeps splitlines out of the
    package. A text ending in "\n" has no empty last line, as with
    splitlines."""
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    return [line.removesuffix("\r") for line in lines]


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
    lines = file_lines(text)

    def line_of(needle: str | re.Pattern[str], nth: int = 1) -> str:
        number = line_in(lines, needle, nth)
        return f", line {number}" if number else ""

    return line_of


def no_line(needle: str | re.Pattern[str], nth: int = 1) -> str:
    """A LineOf for a page read with no file behind it."""
    return ""
