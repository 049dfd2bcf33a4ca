"""Rules every block (``///``) shares, for the fault boxes (faults/) and
the content checks (checks/) both: what an anchor may be, the block
indent rule, and which blocks a Markdown instance knows. Here, outside
both packages, so neither imports the other.
"""

from __future__ import annotations

import re

from markdown import Markdown
from markdown.preprocessors import Preprocessor

from .context import page_context
from .errors import ContentError
from .markdown_code import without_code
from .pins import not_as_pinned

# A fault's anchor: lower-case words of letters and digits joined by
# hyphens, with at least one letter somewhere.
ANCHOR = re.compile(r"^(?=[a-z0-9-]*[a-z])[a-z0-9]+(-[a-z0-9]+)*$")


# The line that puts the list of every fault on a page (faults/index.py).
INDEX_MARKER = "<!-- fault-index -->"
# The marker as a writer might mistype it: other spacing or case, "_" or a
# space for the hyphen, or words beside it on its line.
INDEX_MARKER_LIKE = re.compile(r"<!--\s*fault[\s_-]*index\s*-->", re.IGNORECASE)


def is_index_marker(line: str) -> bool:
    """Whether line is the fault-index marker: exactly INDEX_MARKER on a
    line of its own. The one test every reader of the marker uses."""
    return line.strip() == INDEX_MARKER


def near_index_marker(line: str) -> bool:
    """Whether line nearly is the marker (INDEX_MARKER_LIKE) but is not it:
    rendered as a plain comment, it would leave the fault list empty."""
    return not is_index_marker(line) and bool(INDEX_MARKER_LIKE.search(line))


class BlockIndent(Preprocessor):
    """A block (``///``) indented by other than a multiple of four spaces
    falls out of the numbered step it sits under, and the steps after it
    are numbered anew, silently: stop and say how to indent it. Every
    block, not only fault boxes; a ``///`` in fenced code is code."""

    def run(self, lines: list[str]) -> list[str]:
        for number, line in enumerate(without_code(lines), 1):
            indent = len(line) - len(line.lstrip(" "))
            if line.lstrip(" ").startswith("///") and indent % 4:
                page = page_context(self.md)
                raise ContentError(
                    f"docs/{page.src}{page.file_line(lines, number)}: the block line "
                    f'"{line.strip()[:40]}" is indented {indent} spaces. Under a numbered '
                    "step, indent a block and its closing /// by 4 spaces (8 under a step "
                    "inside a step); outside a list, don't indent it."
                )
        restart = restarted_list(without_code(lines))
        if restart:
            number, step = restart
            page = page_context(self.md)
            raise ContentError(
                f"docs/{page.src}{page.file_line(lines, number)}: step {step} starts a new "
                "numbered list, which Markdown numbers from 1, so the steps would read 1, 2... "
                "again. Something above it, not indented, ended the list (a box or a "
                "paragraph at the start of the line): indent it by 4 spaces so it stays "
                f"inside step {step - 1}."
            )
        return lines


_STEP = re.compile(r"^(\d+)[.)]\s")


def restarted_list(lines: list[str]) -> tuple[int, int] | None:
    """(line number, step) of the first numbered list that starts past 1:
    Markdown numbers every list from 1, so "3." after a box at the start of
    the line shows as "1.". None if every list starts at 1."""
    in_list, blank_before = False, True
    for number, line in enumerate(lines, 1):
        step = _STEP.match(line)
        if step:
            if not in_list and int(step.group(1)) > 1:
                return number, int(step.group(1))
            in_list = True
        elif line.strip() and not line.startswith((" ", "\t")):
            # A block or a heading at the start of the line ends the list; so
            # does a paragraph after a blank line (right under a step, it
            # only continues the step's own words).
            if blank_before or line.startswith(("///", "#", "<", "!!!", "???")):
                in_list = False
        blank_before = not line.strip()
    return None


def registered_blocks(md: Markdown) -> dict[str, type] | None:
    """The ``///`` blocks this Markdown knows (name -> class), or None where
    pymdownx.blocks isn't loaded. pymdownx keeps them in an undocumented
    attribute: should it go, stop and say so, rather than fail with an
    AttributeError or skip the block checks."""
    if "blocks" not in md.parser.blockprocessors:
        return None
    blocks = getattr(md.parser.blockprocessors["blocks"], "blocks", None)
    if not isinstance(blocks, dict):
        raise ContentError(
            not_as_pinned("pymdown-extensions", "pymdown-extensions") + " Its blocks "
            "processor lists its blocks as .blocks, and the site's checks read that list. "
            "Install the pinned requirements (scripts/serve and scripts/test do), or, "
            "moving to a new version on purpose, update registered_blocks in hinge_guide/blocks.py."
        )
    return blocks
