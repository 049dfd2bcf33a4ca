"""The fault index: the page holding ``<!-- fault-index -->`` gets a list of
every fault on the site, page by page in nav order (then pages outside the
menu), each with its picture, a link, the first sentence of its fix and a way
to its share page.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as etree
from copy import deepcopy
from pathlib import Path
from typing import TYPE_CHECKING

from markdown import Markdown
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from ..addresses import is_external
from ..blocks import FAULT_INDEX
from ..context import page_context
from ..errors import ContentError
from ..site import THUMB_CLASS
from ..svg_safety import is_svg
from .box import SHARE_FAULT, SHARE_FOLDER, Fault, page_title_of, plain_text, restash
from .read import collect

if TYPE_CHECKING:
    from . import FaultExtension

INDEX_PARAGRAPH = "hh-fault-index:"


def check_share_pages(faults: list[Fault], docs_dir: Path) -> None:
    """Each fault's share page is written by the generate step; a box added
    or renamed without it would leave the index linking to nothing."""
    missing = [f for f in faults if not (docs_dir / SHARE_FOLDER / f"{f.id}.md").is_file()]
    if missing:
        fault = missing[0]
        raise ContentError(
            f'docs/{fault.src}: the fault "{fault.title}" (#{fault.id}) has no share page '
            f"yet ({SHARE_FOLDER}/{fault.id}.md). Run `.venv/bin/python -m hinge_guide`, "
            "which writes it, then build again. (On GitHub, the Pages workflow runs it.)"
        )


def render_index(faults: list[Fault], nav: list[tuple[str, str]], page_src: str = "faults.md",
                 md: Markdown | None = None, docs_dir: Path | None = None) -> list[etree.Element]:
    """The fault index as elements, one section (an h2 and a list) per page
    in nav order, then any page outside the menu under its own title (a
    fault there is still a fault of the site). Built as a tree, never as
    Markdown from rendered text: a title keeps its markup as rendered, and
    the fix line is plain text. `docs_dir`, where known, is where a fault
    pair's thumbnail is looked for (thumbnail_of)."""
    here = posixpath.dirname(page_src) or "."
    elements: list[etree.Element] = []
    # The menu's pages, then any other page holding a fault (read_faults
    # reads them too, and their faults' links work), in the order read.
    in_nav = [src for _, src in nav]
    off_nav = [src for src in dict.fromkeys(f.src for f in faults) if src not in in_nav]
    for src in [*in_nav, *off_nav]:
        on_page = [f for f in faults if f.src == src]
        if not on_page:
            continue
        heading = etree.Element("h2")
        heading.text = page_title_of(on_page[0], nav)
        items = etree.Element("ul", {"class": "hh-fault-list"})
        for fault in on_page:
            item = etree.SubElement(items, "li", {"class": "hh-fault-row"})
            thumb = thumbnail_of(fault, docs_dir)
            if thumb:
                # Decorative: the title beside it says what it shows.
                etree.SubElement(item, "img", {
                    "src": posixpath.relpath(thumb, here), "alt": "", "class": THUMB_CLASS,
                    "width": "84", "height": "84", "loading": "lazy", "decoding": "async"})
            words = etree.SubElement(item, "div")
            link = etree.SubElement(words, "a", {
                "href": f"{posixpath.relpath(src, here)}#{fault.id}"})
            strong = etree.SubElement(link, "strong")
            title_of(fault, strong, md)
            strong.tail = None
            fix = etree.SubElement(words, "span", {"class": "hh-fault-row__fix"})
            fix.text = fault.fix_line
            # The fault's own page, made to be sent on: a share icon to tap,
            # named as every share control is (SHARE_FAULT), with the fault's
            # name. share.js opens the share sheet with it where there is
            # one; elsewhere it leads to the page, whose button copies it.
            summary = fault.element.find("summary") if fault.element is not None else None
            title = plain_text(summary, fault.md) if summary is not None else fault.title
            share = etree.SubElement(item, "a", {
                "href": posixpath.relpath(f"{SHARE_FOLDER}/{fault.id}.md", here),
                "class": "hh-share-link", "title": SHARE_FAULT})
            name = etree.SubElement(share, "span", {"class": "hh-visually-hidden"})
            name.text = f"{SHARE_FAULT} ({title})"
        elements += [heading, items]
    return elements



def thumbnail_of(fault: Fault, docs_dir: Path | None = None) -> str | None:
    """The picture for a fault's row, as a path under docs/: the fault
    side of a fault-beside-fix pair (x-fault.svg), else the box's first
    picture (x.svg); and in its place that figure's thumbnail, x-thumb.svg,
    where docs_dir holds one. `python -m figures` draws one per pair of its
    own (the body and the fault's marks cropped close, to read at a glance)
    and one for a figure too busy to read at tile size (the four-figure
    strip of a rep). A coach's own pair has no thumbnail, and its row shows
    the whole picture."""
    if fault.element is None:
        return None
    here = posixpath.dirname(fault.src)
    srcs = [img.get("src", "") for img in fault.element.iter("img")]
    srcs = [s for s in srcs if is_svg(s) and not is_external(s)]
    if not srcs:
        return None
    from figures import pair_files, pair_side  # the pair's file names: one rule

    def fault_side(src: str) -> str | None:
        found = pair_side(posixpath.splitext(posixpath.basename(src))[0])
        return found[0] if found and found[1] == "fault" else None

    chosen = next((s for s in srcs if fault_side(s)), srcs[0])
    path = posixpath.normpath(posixpath.join(here, chosen))
    if docs_dir is not None:
        folder, name = posixpath.split(posixpath.splitext(path)[0])
        thumb = posixpath.join(folder, pair_files(fault_side(path) or name).thumb + ".svg")
        if (docs_dir / thumb).is_file():
            return thumb
    return path


def title_of(fault: Fault, holder: etree.Element, md: Markdown | None) -> None:
    """The fault's title as its box renders it, copied into holder."""
    summary = fault.element.find("summary") if fault.element is not None else None
    if summary is None:
        holder.text = fault.title
        return
    copy = deepcopy(summary)
    if md is not None:
        restash(copy, fault.md, md)
    holder.text = copy.text
    holder.extend(list(copy))


class FaultIndex(Preprocessor):
    """Keeps the index marker as a paragraph of its own, for IndexTree to
    find (HTML comments would be stashed away). A marker typed nearly
    right would render as a plain comment and the list as nothing: stop
    and say how to write it."""

    def run(self, lines: list[str]) -> list[str]:
        FAULT_INDEX.refuse_near_misses(lines, self.md)
        return [INDEX_PARAGRAPH if FAULT_INDEX.matches(line) else line for line in lines]


class IndexTree(Treeprocessor):
    """Puts the fault index where the marker is."""

    def __init__(self, md: Markdown, extension: FaultExtension) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, root: etree.Element) -> None:
        markers = [p for p in root.iter("p") if (p.text or "").strip() == INDEX_PARAGRAPH]
        if not markers or self.extension.reading:
            return
        page = page_context(self.md)
        if len(markers) > 1:
            raise ContentError(
                f"docs/{page.src}{page.line_of(FAULT_INDEX.text, nth=2)}: the page holds "
                f"{FAULT_INDEX.text} {len(markers)} times, so it would list every fault "
                f"{len(markers)} times, with each anchor twice. Keep one: delete this line."
            )
        marker = markers[0]  # the one marker: more stopped above
        parent = next(el for el in root.iter() if marker in list(el))
        at = list(parent).index(marker)
        parent.remove(marker)
        found = collect(page)
        if page.in_engine:
            check_share_pages(found, page.site.docs_dir)
        docs_dir = page.site.docs_dir if page.in_engine else None
        index = render_index(found, page.site.nav, page.src, self.md, docs_dir)
        for offset, element in enumerate(index):
            parent.insert(at + offset, element)
