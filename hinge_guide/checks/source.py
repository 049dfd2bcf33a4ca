"""Checks of a page's source text, before Markdown reads it: an invisible
line break pasted from a word processor, HTML a page opens
and never closes, a <style> in the page, and a table row with more cells
than its table has columns (Markdown drops the rest). Fenced code and code spans are
blanked first: markup shown as an example is not markup. (Blocks (``///``)
indented off the four-space grid: hinge_guide/blocks.py, which the fault
boxes run too.)
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from markdown.preprocessors import Preprocessor

from ..context import page_context
from ..errors import ContentError
from ..markdown_code import without_code

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


def unclosed_markup(lines: list[str]) -> tuple[str, int] | None:
    """(what is left open, its line, counted from 1 in `lines`), or None."""
    text = "\n".join(without_code(lines))
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
    for number, line in enumerate(without_code(lines), 1):
        if re.search(r"<style[\s>]", line, re.I):
            return number
    return None


# Line breaks Markdown doesn't break at, which text pasted from Word, Google
# Docs or Notes carries (a soft line break is U+2028): the reader sees a
# break, or none, where the coach saw one, and an editor may not show them.
_SEPARATORS = {"\u2028": "U+2028, a line separator", "\u2029": "U+2029, a paragraph separator",
               "\x85": "U+0085, a next-line mark"}


def pasted_separator(lines: list[str]) -> tuple[int, str, str] | None:
    """(line from 1, the separator's name, the words before it) of the first
    invisible line break in lines, or None."""
    for number, line in enumerate(lines, 1):
        at = next((i for i, char in enumerate(line) if char in _SEPARATORS), None)
        if at is not None:
            return number, _SEPARATORS[line[at]], line[:at].strip()[-30:]
    return None


class UnclosedMarkup(Preprocessor):
    """Stops the build at an invisible line break pasted into a page, at
    HTML a page opens and never closes, and at a <style> pasted into a
    page."""

    def run(self, lines: list[str]) -> list[str]:
        separator = pasted_separator(lines)
        if separator:
            page = page_context(self.md)
            line, name, before = separator
            where = page.file_line(lines, line)
            place = f'right after "{before}"' if before else "at its start"
            raise ContentError(
                f"docs/{page.src}{where}: the line holds an invisible line break ({name}), "
                f"{place}. Text pasted from a word processor brings it, and each browser "
                "shows it its own way. Delete it: put your cursor there and press Delete, "
                "then type a space, or press Enter twice to start a new paragraph."
            )
        style = style_in_source(lines)
        if style:
            page = page_context(self.md)
            where = page.file_line(lines, style)
            raise ContentError(
                f"docs/{page.src}{where}: a <style> in the page styles every page element, "
                "every figure's too. Put styles in docs/stylesheets/extra.css; show a drawing "
                "with ![what it shows](images/name.svg), which checks its own styles."
            )
        found = unclosed_markup(lines)
        if found:
            page = page_context(self.md)
            what, line = found
            where = page.file_line(lines, line)
            raise ContentError(
                f"docs/{page.src}{where}: {what}. Everything "
                "after it would show as raw text. Close it, or remove it."
            )
        extra = extra_cells(lines)
        if extra:
            page = page_context(self.md)
            line, cells, columns = extra
            where = page.file_line(lines, line)
            raise ContentError(
                f"docs/{page.src}{where}: a table row has {cells} cells but the table has "
                f"{columns} columns, so the page would drop what comes after the last column "
                "without a word. A | inside a cell ends it: write it as \\| (or reword), "
                "or add the column to the header and the --- row."
            )
        return lines


_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _cells(line: str) -> int:
    """How many cells a table row holds: its unescaped pipes, less the ones
    at its edges (code spans were blanked already)."""
    row = re.sub(r"\\\|", "", line.strip())
    return row.strip("|").count("|") + 1


def extra_cells(lines: list[str]) -> tuple[int, int, int] | None:
    """(line, cells, columns) of the first table row with more cells than
    its table's header: Markdown drops the rest of the row. None if none."""
    text = without_code(lines)
    columns = 0
    for number, line in enumerate(text, 1):
        if "|" in line and number > 1 and _RULE.match(line) and "|" in text[number - 2]:
            columns = _cells(text[number - 2])
            continue
        if columns and "|" in line and line.strip():
            if _cells(line) > columns:
                return number, _cells(line), columns
        elif not line.strip():
            columns = 0
    return None
