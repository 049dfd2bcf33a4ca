"""Rules every block (``///``) shares, for the fault boxes (faults/) and
the content checks (checks/) both: what an anchor may be, the block
indent rule, which blocks a Markdown instance knows, and the markers
(``<!-- fault-index -->``, ``<!-- glossary -->``) a page holds. Here, outside
both packages, so neither imports the other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markdown import Markdown
from markdown.preprocessors import Preprocessor

from .context import page_context
from .errors import ContentError
from .markdown_code import without_code
from .pins import not_as_pinned

# A fault's anchor: lower-case words of letters and digits joined by
# hyphens, with at least one letter somewhere.
ANCHOR = re.compile(r"^(?=[a-z0-9-]*[a-z])[a-z0-9]+(-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Marker:
    """A line a coach writes to put something the build makes on a page
    (an HTML comment, so it shows nothing where no extension reads it).
    Typed nearly right, it would render as a plain comment and the page
    would silently lack what it stands for: every marker refuses its near
    misses the same way, here."""

    text: str  # the marker, exactly, on a line of its own
    like: re.Pattern[str]  # as a writer might mistype it
    name: str  # what the message calls it
    loss: str  # what a near miss would leave the page without

    def matches(self, line: str) -> bool:
        """Whether line is the marker: the one test every reader of it uses."""
        return line.strip() == self.text

    def nearly(self, line: str) -> bool:
        """Whether line nearly is the marker but is not it."""
        return not self.matches(line) and bool(self.like.search(line))

    def refuse_near_misses(self, lines: list[str], md: Markdown) -> None:
        """Stop at the first line outside code that nearly is the marker,
        naming its line and the marker as it must be written."""
        for number, line in enumerate(without_code(lines), 1):
            if self.nearly(line):
                page = page_context(md)
                raise ContentError(
                    f"docs/{page.src}{page.file_line(lines, number)}: \"{line.strip()[:60]}\" "
                    f"looks like {self.name} but is not it, so the page would {self.loss}. "
                    f"Write the marker exactly, on a line of its own: {self.text}"
                )


# The line that puts the list of every fault on a page (faults/index.py).
# Mistyped: other spacing or case, "_" or a space for the hyphen, or words
# beside it on its line.
FAULT_INDEX = Marker("<!-- fault-index -->",
                     re.compile(r"<!--\s*fault[\s_-]*index\s*-->", re.IGNORECASE),
                     "the fault-index marker", "list no faults")
# The line that puts every glossary term on a page (glossary.py).
GLOSSARY = Marker("<!-- glossary -->", re.compile(r"<!--\s*glossary\s*-->", re.IGNORECASE),
                  "the glossary marker", "list no terms")


# A block's line inside a quote: after any indent, one or more ">" (each
# with the spaces after it), then "///".
_QUOTED_BLOCK = re.compile(r"^[ ]*(?:>[ ]*)+///")


class BlockIndent(Preprocessor):
    """A block (``///``) indented by other than a multiple of four spaces
    falls out of the numbered step it sits under, and the steps after it
    are numbered anew, silently: stop and say how to indent it. A block
    inside a quote is refused too (quoted_block). Every block, not only
    fault boxes; a ``///`` in fenced code is code."""

    def run(self, lines: list[str]) -> list[str]:
        quoted = quoted_block(without_code(lines))
        if quoted:
            page = page_context(self.md)
            raise ContentError(
                f"docs/{page.src}{page.file_line(lines, quoted)}: a /// block inside a quote "
                "(a line starting '> '). Boxes don't go inside quotes: take the '> ' off "
                "the box's lines."
            )
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


def quoted_block(lines: list[str]) -> int | None:
    """The number of the first line that opens or closes a ``///`` block
    inside a quote (``> /// note``), or None. Such a block followed
    straight away by another block makes pymdown-extensions' block parser
    (13.1) loop for ever: the build would hang with no message. This runs
    before block parsing, so it must stop the page here; a box has no
    reason to sit in a quote, so every one is refused, not only the pair
    that hangs."""
    for number, line in enumerate(lines, 1):
        if _QUOTED_BLOCK.match(line):
            return number
    return None


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
