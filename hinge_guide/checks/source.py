"""Checks of a page's source text, before Markdown reads it: HTML a page opens
and never closes, and blocks (``///``) indented off the four-space grid.
Fenced code and code spans are blanked first: markup shown as an example is
not markup.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from markdown.preprocessors import Preprocessor

from ..context import page_context
from ..errors import ContentError

# Blocks of HTML a page may open around Markdown: left open, the rest of the
# page ships as raw text (every heading and link after it gone).
_BLOCK_TAGS = frozenset({"div", "details", "section", "aside", "figure", "table", "dl",
                         "fieldset", "noscript", "nav", "ul", "ol"})


class _Balance(HTMLParser):
    """Which block tags a page's source opens and never closes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, int]] = []  # (tag, line in the source)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _BLOCK_TAGS:
            self.open.append((tag, self.getpos()[0]))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.open) - 1, -1, -1):
            if self.open[i][0] == tag:
                del self.open[i:]
                return


def _without_code(lines: list[str]) -> list[str]:
    """The lines with fenced code and `code spans` blanked, so markup shown
    as an example is not read as markup."""
    out, fence = [], None
    for line in lines:
        marker = re.match(r"\s*(`{3,}|~{3,})", line)
        if fence:
            out.append("")
            if marker and marker.group(1)[0] == fence[0] and len(marker.group(1)) >= len(fence):
                fence = None
            continue
        if marker:
            fence = marker.group(1)
            out.append("")
            continue
        out.append(re.sub(r"`[^`]*`", "", line))
    return out


def unclosed_markup(lines: list[str]) -> tuple[str, int] | None:
    """(what is left open, its line, counted from 1 in `lines`), or None."""
    text = "\n".join(_without_code(lines))
    comment = text.find("<!--")
    while comment != -1:
        end = text.find("-->", comment + 4)
        if end == -1:
            line = text.count("\n", 0, comment) + 1
            return "an HTML comment (<!--) that never closes with -->", line
        comment = text.find("<!--", end + 3)
    parser = _Balance()
    parser.feed(text)
    parser.close()
    if parser.open:
        tag, line = parser.open[0]
        return f"a <{tag}> that is never closed with </{tag}>", line
    return None


def style_in_source(lines: list[str]) -> int | None:
    """The line of the first <style> a page's own text holds, or None. A
    <style> in a page, even inside a pasted drawing, styles the whole page:
    `.hh-fig-body{fill:red}` turned every figure red. Drawings shown with
    ![...](images/x.svg) are checked with their styles (inline_svg.py);
    they are not in the page's text."""
    for number, line in enumerate(_without_code(lines), 1):
        if re.search(r"<style[\s>]", line, re.I):
            return number
    return None


class UnclosedMarkup(Preprocessor):
    """Stops the build at HTML a page opens and never closes, and at a
    <style> pasted into a page."""

    def run(self, lines: list[str]) -> list[str]:
        style = style_in_source(lines)
        if style:
            page = page_context(self.md)
            where = page.line_of(lines[style - 1]) if page.engine != "bare" else f", line {style}"
            raise ContentError(
                f"docs/{page.src}{where}: a <style> in the page styles every page element, "
                "every figure's too. Put styles in docs/stylesheets/extra.css; show a drawing "
                "with ![what it shows](images/name.svg), which checks its own styles."
            )
        found = unclosed_markup(lines)
        if found:
            page = page_context(self.md)
            what, line = found
            # The file's own line, found by its words: the engines strip
            # front matter and blank lines before the Markdown sees the page.
            where = page.line_of(lines[line - 1]) if page.engine != "bare" else f", line {line}"
            raise ContentError(
                f"docs/{page.src}{where}: {what}. Everything "
                "after it would show as raw text. Close it, or remove it."
            )
        return lines


# After normalize_whitespace (30), before the fence stash (25): see below.
BLOCK_INDENT_PRIORITY = 27


class BlockIndent(Preprocessor):
    """A block (``///``) indented by other than a multiple of four spaces
    falls out of the numbered step it sits under, and the steps after it
    are numbered anew, silently: stop and say how to indent it. Every
    block, not only fault boxes; a ``///`` in fenced code is code."""

    def run(self, lines: list[str]) -> list[str]:
        for number, line in enumerate(_without_code(lines), 1):
            indent = len(line) - len(line.lstrip(" "))
            if line.lstrip(" ").startswith("///") and indent % 4:
                page = page_context(self.md)
                raise ContentError(
                    f"docs/{page.src}, line {number + page.line_offset}: the block line "
                    f'"{line.strip()[:40]}" is indented {indent} spaces. Under a numbered '
                    "step, indent a block and its closing /// by 4 spaces (8 under a step "
                    "inside a step); outside a list, don't indent it."
                )
        restart = restarted_list(_without_code(lines))
        if restart:
            number, step = restart
            page = page_context(self.md)
            raise ContentError(
                f"docs/{page.src}, line {number + page.line_offset}: step {step} starts a new "
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
