"""Tables that stack into cards on a phone: each cell carries its column's
header as ``data-label``.

Configured in mkdocs.yml as ``hinge_guide.tables``. A three-column table
squeezed into a phone's width wraps every cell onto four or five lines; the
stylesheet turns each row into a card under 480 px instead, and each cell
shows its column's name above its words (``td::before``, from
``data-label``). The label is written here, at build time, so the cards read
right without JavaScript and both engines build the same page.

It edits what Python-Markdown's ``tables`` extension makes (``<table>``
with ``<thead>`` and ``<tbody>``); a table written as HTML gets the same
labels if it has a header row.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from html.parser import HTMLParser
from typing import Any

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor
from markdown.util import HTML_PLACEHOLDER_RE

from . import priorities


def text_of(element: etree.Element) -> str:
    """The words of a cell, inline markup and all, on one line."""
    return " ".join("".join(element.itertext()).split())


def header_names(table: etree.Element) -> list[str]:
    """The column names: the cells of the header row, in order."""
    row = table.find("thead/tr")
    if row is None:
        return []
    return [text_of(cell) for cell in row if cell.tag in ("th", "td")]


def label_cells(table: etree.Element) -> None:
    """Give every body cell its column's name; a cell whose column has no
    name (or a row longer than the header) stays as it is."""
    names = header_names(table)
    for row in table.iterfind("tbody/tr"):
        cells = [c for c in row if c.tag in ("td", "th")]
        for name, cell in zip(names, cells, strict=False):  # rows may be short or long
            if name:
                cell.set("data-label", name)


class _Words(HTMLParser):
    """The words of a piece of HTML: tags dropped, a <br> read as a space,
    entities read as the characters they stand for."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.words: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "br":
            self.words.append(" ")

    def handle_data(self, data: str) -> None:
        self.words.append(data)


def plain_label(label: str, stash: list[Any]) -> str:
    """A label with the page's own HTML in it (a <br> in a header, <b>, an
    entity: Markdown holds them as placeholders until the end) as the words
    a reader sees. Left in, the card would show "Rest<br>between sets" as
    typed: an attribute is text, never markup."""

    def words(match: Any) -> str:
        index = int(match.group(1))
        raw = stash[index] if index < len(stash) else ""
        if isinstance(raw, etree.Element):
            return " ".join(raw.itertext())
        parser = _Words()
        parser.feed(str(raw))
        parser.close()
        return "".join(parser.words)

    return " ".join(HTML_PLACEHOLDER_RE.sub(words, label).split())


class LabelledCells(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for table in root.iter("table"):
            label_cells(table)
            for cell in table.iterfind("tbody/tr/*[@data-label]"):
                label = cell.get("data-label", "")
                if HTML_PLACEHOLDER_RE.search(label):
                    cell.set("data-label", plain_label(label, self.md.htmlStash.rawHtmlBlocks))


class TablesExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        # When it runs, and why: hinge_guide/priorities.py.
        md.treeprocessors.register(LabelledCells(md), "hinge_tables", priorities.TABLES)


def makeExtension(**kwargs: Any) -> TablesExtension:
    return TablesExtension(**kwargs)
