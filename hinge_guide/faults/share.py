"""A fault's share page (docs/faults/<id>.md, written by ``python -m
hinge_guide``): its marker becomes the fault's box, copied from the page it
sits on with its links rewritten, an intro saying whose guide it is, the way
into the guide, and the meaning of the words it uses.
"""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as etree
from copy import deepcopy
from pathlib import Path
from typing import TYPE_CHECKING

from markdown import Markdown
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from ..addresses import is_external
from ..blocks import FAULT_INDEX
from ..context import PageContext, page_context
from ..errors import ContentError
from ..file_cache import FileCache
from ..line_numbers import file_lines
from ..markdown_code import without_code
from ..method import fill, words
from ..site import is_homepage
from ..text_file import read_text
from .box import PARTS, Fault, page_title_of, restash
from .part_order import part_label
from .read import collect

if TYPE_CHECKING:
    from . import FaultExtension

# A fault's share page (docs/faults/<id>.md, written by python -m hinge_guide)
# holds this marker; the box's parts come in from its own page at build time.
# The id is read as any run of anchor characters: the generate step writes
# the marker from a box whose id already passed blocks.ANCHOR.
SHARE_MARKER = re.compile(r"^<!-- fault: (?P<id>[a-z0-9-]+) -->$")


class ShareMarker(Preprocessor):
    """Keeps the share page's marker as a paragraph of its own, for the
    treeprocessor below to find (HTML comments would be stashed away). A
    share page edited by hand is refused first (hand_edit)."""

    def run(self, lines: list[str]) -> list[str]:
        ids = [m.group("id") for line in lines if (m := SHARE_MARKER.match(line.strip()))]
        if ids:
            page = page_context(self.md)
            edited = hand_edit(lines, page.meta.get("title"))
            if edited:
                box = box_page(page, ids[0])
                raise ContentError(
                    f"docs/{page.src}{page.file_line(lines, edited)}: this page is written by "
                    "`python -m hinge_guide`, and this line was added or changed by hand. Edit "
                    "the fault box " + (f"in docs/{box} " if box else "itself ")
                    + "instead, then run `python -m hinge_guide`, which writes this page anew."
                )
        return [f"hh-fault-share:{m.group('id')}" if (m := SHARE_MARKER.match(line.strip()))
                else line for line in lines]


def box_page(page: PageContext, anchor: str) -> str | None:
    """The page (under docs/) of the fault box with this id or old anchor;
    None outside an engine (no site to read) or when no box has it."""
    if not page.in_engine:
        return None
    return next((fault.src for fault in collect(page) if anchor in (fault.id, *fault.old_anchors)),
                None)


def hand_edit(lines: list[str], title: object) -> int | None:
    """The number of the first line of a share page's Markdown that the
    generate step doesn't write there, or None. It writes the page's H1 (its
    front matter's title) and the marker, with blank lines between: words
    added under the marker ran into it and read as part of the fault's id,
    and words anywhere else were published as typed."""
    heading = f"# {title}" if title else None
    seen_heading = False
    for number, line in enumerate(lines, 1):
        text = line.strip()
        if not text or SHARE_MARKER.match(text):
            continue
        if not seen_heading and text.startswith("# ") and heading in (None, text):
            seen_heading = True
            continue
        return number
    return None


class SharePage(Treeprocessor):
    """Puts a fault's box (its figure and three parts, from the page it sits
    on) where the share page's marker is, with a link back to it there:
    the pictures and the fix first, then the start button, then what you
    see or feel and why it matters.
    Links and images in the box are rewritten to work from the share page."""

    def __init__(self, md: Markdown, extension: FaultExtension) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, root: etree.Element) -> None:
        markers = [p for p in root.iter("p") if (p.text or "").startswith("hh-fault-share:")]
        if not markers or self.extension.reading:
            return
        page = page_context(self.md)
        by_id = {f.id: f for f in collect(page)}
        parents = {child: parent for parent in root.iter() for child in parent}
        for marker in markers:
            fault_id = (marker.text or "").split(":", 1)[1]
            fault = by_id.get(fault_id)
            if fault is None or fault.element is None:
                raise ContentError(
                    f"docs/{page.src}: no fault box on the site has the id {fault_id}. "
                    "Run `python -m hinge_guide` to write the share pages anew."
                )
            parent = parents[marker]
            at = list(parent).index(marker)
            parent.remove(marker)
            copies = []
            for child in fault.element:
                classes = (child.get("class") or "").split()
                if child.tag != "summary" and not {"hh-old-anchor", "hh-share"} & set(classes):
                    copy = rebase(deepcopy(child), fault.src, page.src)
                    restash(copy, fault.md, self.md)
                    copies.append(copy)
            # The page is titled "<fault>: the fix", so the fix comes first,
            # right under the title, where a reader from a post sees the line
            # the card promised on the first screen, even in an app's small
            # browser; then the pictures of the fault and the fix; then what
            # this site is and the way into the guide; then what you see and
            # why it matters, for the reader who wants to know more.
            fix_box, why_box = (etree.Element("div", {"class": "hh-fault-page fault"}),
                                etree.Element("div", {"class": "hh-fault-page fault"}))
            # By the parts' labels (part_label, the one rule): from the fix
            # on first, then what came before the first part (the pictures);
            # from "What you see or feel" to the fix, after the button.
            pictures = etree.Element("div")
            into = pictures
            for copy in copies:
                label = part_label(copy)
                if label is not None:
                    into = fix_box if label == PARTS[-1] else why_box
                into.append(copy)
            fix_box.extend(pictures)
            # "#id" on the fault's own page, as that page would write it
            context_href = rebase_link(f"#{fault.id}", fault.src, page.src)
            both = etree.Element("div")
            both.extend([deepcopy(fix_box), deepcopy(why_box)])
            parts = [fix_box, share_intro(page, fault, context_href), start_button(page),
                     why_box, words_on_page(self.md, both), more_faults(page, len(by_id))]
            for offset, element in enumerate(e for e in parts if e is not None):
                parent.insert(at + offset, element)


def start_page(nav: list[tuple[str, str]]) -> str:
    """The page a newcomer starts the guide on, from a share page: the first
    page in nav after the home page (Setup), so renaming it in nav moves the
    button with it."""
    pages = [src for _, src in nav if not is_homepage(src)]
    return pages[0] if pages else "index.md"


def share_intro(page: PageContext, fault: Fault, context_href: str) -> etree.Element:
    """Under the share page's title: what this is, who wrote it, and the way
    to the step where the fault happens."""
    from ..author import author_name

    name = author_name(page.site.extra, page.site.site_author, page.site.site_name,
                       page.site.docs_dir)
    said = words(page.site.root_dir)
    intro = etree.Element("p", {"class": "hh-share-intro"})
    intro.text = fill(intro_words(said, str(page.site.site_name or ""), name),
                      site=page.site.site_name, author=name) + " "
    add_linked(intro, said["share_context"], said["share_context_link"],
               {"class": "hh-fault-context", "href": context_href},
               page=page_title_of(fault, page.site.nav))
    return intro


def intro_words(said: dict[str, str], site_name: str, author: str) -> str:
    """What this is and who wrote it, naming the site once: an author who
    goes by the site's own name ("Hip Hinge Guide coaches", the stand-in
    until a coach is named) already names it, and "from Hip Hinge Guide ...
    by Hip Hinge Guide coaches" read as a stutter."""
    if site_name and site_name.casefold() in author.casefold():
        return said["share_intro_by_site"]
    return said["share_intro"]


def add_linked(parent: etree.Element, sentence: str, link_words: str,
               attributes: dict[str, str], **values: str | int) -> None:
    """A template sentence of method.yml's words: (its {link} and other
    names, method.TEMPLATE_NAMES) added at the end of parent, with a link
    of link_words where {link} is."""
    before, _, after = sentence.partition("{link}")
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + fill(before, **values)
    else:
        parent.text = (parent.text or "") + fill(before, **values)
    link = etree.SubElement(parent, "a", attributes)
    link.text = link_words
    link.tail = fill(after, **values)


def start_button(page: PageContext) -> etree.Element:
    """Right after the fix: the way into the guide from its first step."""
    paragraph = etree.Element("p", {"class": "hh-start"})
    link = etree.SubElement(paragraph, "a", {
        "class": "md-button md-button--primary hh-start__button",
        "href": posixpath.relpath(start_page(page.site.nav), posixpath.dirname(page.src) or ".")})
    link.text = words(page.site.root_dir)["share_start_button"]
    return paragraph


# Which menu page holds the fault index, once per version of the menu's
# pages: every share page asks, and reading each menu page for each share
# page was 18 x 16 reads a build (and again on every serve rebuild). One
# site at a time.
_index_page: FileCache[str | None] = FileCache(size=1)


def fault_index_src(page: PageContext) -> str | None:
    """The page in the menu that lists every fault (it holds the index
    marker, outside fenced code), or None on a site without one."""
    docs_dir = page.site.docs_dir
    srcs = tuple(src for _, src in page.site.nav if (docs_dir / src).is_file())
    return _index_page.get(tuple(docs_dir / src for src in srcs),
                           lambda: _first_with_index(docs_dir, srcs), tag=srcs)


def _first_with_index(docs_dir: Path, srcs: tuple[str, ...]) -> str | None:
    for src in srcs:
        lines = file_lines(read_text(docs_dir / src, f"docs/{src}"))
        if any(FAULT_INDEX.matches(line) for line in without_code(lines)):
            return src
    return None


def more_faults(page: PageContext, count: int) -> etree.Element | None:
    """At the end: the way to the other faults, for a reader who came for
    one. None without a fault index page."""
    index = fault_index_src(page)
    if index is None or count < 2:
        return None
    said = words(page.site.root_dir)
    paragraph = etree.Element("p", {"class": "hh-share-more"})
    add_linked(paragraph, said["share_more"], fill(said["share_more_link"], count=count),
               {"href": posixpath.relpath(index, posixpath.dirname(page.src) or ".")})
    return paragraph


def words_on_page(md: Markdown, box: etree.Element) -> etree.Element | None:
    """The glossary's meaning of each term the box uses, on the page itself:
    a reader who starts here has not met them yet. None when it uses none."""
    from ..glossary import GlossaryExtension, terms_in

    glossary = next((e for e in md.registeredExtensions if isinstance(e, GlossaryExtension)),
                    None)
    if glossary is None:
        return None
    # The words and the figures' descriptions (read out, and inlined as SVG
    # titles later in the build), matched as the tooltips match them.
    alts = [img.get("alt", "") for img in box.iter("img")]
    text = " ".join(" ".join(["".join(box.itertext()), *alts]).split())
    used = terms_in(text, glossary.terms(md))
    if not used:
        return None
    # One closed box: open, the list ran to a screen or more on a phone and
    # pushed the coach's name and the share button far down; a reader who
    # needs a word opens it. A <details>, so it opens without JavaScript and
    # its words are in the page; "note" is a type Material draws as a
    # collapsible box. Not a heading: a heading would give the page a
    # contents list, which Material draws without its toggle on a page
    # outside the menu (invalid HTML), and repeat one line of the page.
    terms = etree.Element("details", {"class": "note hh-share-terms"})
    etree.SubElement(terms, "summary").text = words(page_context(md).site.root_dir)["share_terms"]
    listing = etree.SubElement(terms, "dl")
    for term in sorted(used, key=str.lower):
        etree.SubElement(listing, "dt").text = term[0].upper() + term[1:]
        etree.SubElement(listing, "dd").text = used[term]
    return terms


def rebase_link(link: str, from_src: str, to_src: str) -> str:
    """A relative link written on page from_src, as page to_src must write it.
    Another site's address (https:, mailto:, tel:, sms:, data:, //host) and
    one from the site's root (/) read the same from any page; a ?query or
    a #fragment alone means page from_src itself, and is kept as written."""
    if not link or is_external(link) or link.startswith("/"):
        return link
    cut = min((i for i in (link.find("?"), link.find("#")) if i >= 0), default=len(link))
    path, rest = link[:cut], link[cut:]
    target = posixpath.normpath(posixpath.join(posixpath.dirname(from_src),
                                               path or posixpath.basename(from_src)))
    return posixpath.relpath(target, posixpath.dirname(to_src) or ".") + rest


def rebase(element: etree.Element, from_src: str, to_src: str) -> etree.Element:
    for el in element.iter():
        for name in ("href", "src"):
            link = el.get(name)
            if link is not None:
                el.set(name, rebase_link(link, from_src, to_src))
    return element
