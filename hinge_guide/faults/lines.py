"""Which line of its page's file a fault box, or a line in it, is on, for
messages that name the line.

A box's opening line (``/// fault | Title``) is found once, when the box is
read (``FaultBlock.on_validate``), by its exact title: the nth box with a
title on a page is the nth opening line with that title (fenced code
aside), so a box whose title holds another's ("Rounded back at the top",
"Rounded back") is never taken for it. A line in the box is then looked
for from there to the box's own closing ``///``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from markdown import Markdown

from ..context import page_context
from ..document import document
from ..line_numbers import file_lines
from ..markdown_code import without_code

if TYPE_CHECKING:
    from .box import Fault

_OPENING = re.compile(r"^\s*///\s*fault\s*(?:\|\s*(?P<title>.*?))?\s*$")


def page_lines(md: Markdown) -> tuple[list[str], int]:
    """The lines of the page md renders, and how many lines of its file
    come before them. The fault reader's are the lines it was given (after
    the front matter: SourceLines keeps them); an engine's are read from
    the page's file, once per page, as the engine's macros may have changed
    the Markdown's lines."""
    noted = document(md)
    if noted.source is None:
        noted.source, noted.source_offset = file_lines(page_context(md).file_text()), 0
    return noted.source, noted.source_offset


def box_start(md: Markdown, title: str, earlier: int) -> int | None:
    """The index, in page_lines(md), of the opening line of the box titled
    title that comes after ``earlier`` boxes with that title; None if not
    found (a box a macro wrote, say)."""
    lines, _ = page_lines(md)
    openings = [number for number, line in enumerate(without_code(lines))
                if (found := _OPENING.match(line)) and (found.group("title") or "") == title]
    return openings[earlier] if earlier < len(openings) else None


def opening_line(md: Markdown, start: int | None) -> str:
    """", line N" of the file for a box whose opening line is index start
    of page_lines(md) (box_start's answer); "" if not found."""
    if start is None:
        return ""
    _, offset = page_lines(md)
    return f", line {start + 1 + offset}"


def line_in_box(fault: Fault, needle: str | re.Pattern[str], nth: int = 1) -> str:
    """", line N" of the file for the nth line (from 1) of the box holding
    needle (words, or a pattern a line must match), from its opening line to
    its own closing ``///``; "" if not found."""
    return line_holding(fault, needle, nth)[0]


def _box_lines(fault: Fault) -> tuple[list[int], bool]:
    """The indexes, in page_lines, of the box's lines from its opening line
    up to (not with) its own closing ``///``, and whether that line was
    found: each ``/// name`` in it opens a block (/// caption) and each bare
    ``///`` closes the last one open. Lines in fenced code open and close
    nothing. ([], False) where the box's lines aren't known."""
    if fault.md is None or fault.start is None:
        return [], False
    lines, _ = page_lines(fault.md)
    markers = without_code(lines)
    inside: list[int] = []
    depth = 0
    for number in range(fault.start, len(lines)):
        marker = markers[number].strip()
        if marker.startswith("///"):
            depth += 1 if marker.strip("/").strip() else -1
            if depth == 0:
                return inside, True
        inside.append(number)
    return inside, False


def line_holding(fault: Fault, needle: str | re.Pattern[str],
                 nth: int = 1) -> tuple[str, str]:
    """line_in_box's ", line N", and that line as typed (stripped); ("", "")
    if not found."""
    lines, offset = page_lines(fault.md) if fault.md is not None else ([], 0)
    found = [number for number in _box_lines(fault)[0]
             if (needle.search(lines[number]) if isinstance(needle, re.Pattern)
                 else needle in lines[number])]
    if not 0 < nth <= len(found):
        return "", ""
    return f", line {found[nth - 1] + 1 + offset}", lines[found[nth - 1]].strip()


def runs_to_the_end(fault: Fault) -> bool:
    """Whether the box's own closing ``///`` is missing, so it runs to the
    end of its page (Markdown closes it there without a word). False where
    the box's lines aren't known."""
    inside, closed = _box_lines(fault)
    return bool(inside) and not closed
