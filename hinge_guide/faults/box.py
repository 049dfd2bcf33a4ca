"""A fault box: the ``/// fault | Title`` block, its three parts, and the
checks a page's boxes must pass (each closed, each anchor once, no macro
where the index and share page copy it). Also the pieces the index and the
share page take from a box: its fix line, its words, its raw HTML moved to
another page's stash.
"""

from __future__ import annotations

import difflib
import html
import posixpath
import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markdown import Markdown
from markdown.extensions.toc import render_inner_html, strip_tags
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import HTML_PLACEHOLDER_RE
from pymdownx.blocks.block import Block

from ..blocks import ANCHOR
from ..context import page_context
from ..document import document
from ..errors import ContentError
from ..method import LADDER_PAGE
from ..reader import heading_text
from ..sentences import first_sentence
from ..site import SHARE_FOLDER, is_site_name, markup_in
from ..site_extensions import require_extension
from .lines import box_start, line_holding, line_in_box, opening_line, runs_to_the_end
from .part_order import check_part_order, part_label

if TYPE_CHECKING:
    from . import FaultExtension

# A box's parts, by their labels, in order: the one place they are spelled.
PARTS = ("What you see or feel", "Why it matters", "The fix")
FIX = PARTS[-1]  # the part the index, the share page and the card quote
FIX_CLASS = "hh-fix"
# Ids whose share page (faults/<id>.md) would be another page's address:
# faults/index.md is the Common faults page's.
RESERVED_IDS = {"index"}


@dataclass
class Fault:
    src: str  # the page under docs/ that holds the box
    id: str
    title: str
    old_anchors: tuple[str, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)  # its page's front matter
    # Its page's title where the menu gives it none (reader.own_title), set
    # by read_faults; page_title_of gives the menu's first.
    page_title: str = ""
    parts: dict[str, etree.Element] = field(default_factory=dict)
    element: etree.Element | None = None
    # Its opening line's index in its page's lines (faults/lines.py), for messages.
    start: int | None = None
    # ", line N" of its file for that line, or "": what a message about the
    # whole box names (the checks read it too, through document(md).faults).
    line: str = ""

    md: Markdown | None = None  # the instance that rendered it: its stash holds its raw HTML

    def part_text(self, label: str) -> str:
        """A part's words, without its label, as plain text: rendered through
        the Markdown instance that stashed its raw HTML (an entity, a <kbd>,
        an icon), as toc does for headings, so no placeholder leaks out."""
        return plain_text(self.parts[label], self.md).removeprefix(f"{label}:").strip()

    @property
    def fix_line(self) -> str:
        """The first sentence of the fix, for the index and share previews."""
        # A full stop ends the sentence unless it ends a common abbreviation
        # ("e.g.", "Dr.", "vs."), which would leave "Ask Dr." alone.
        return first_sentence(self.part_text(FIX))


def page_title_of(fault: Fault, nav: list[tuple[str, str]]) -> str:
    """The title of the page fault sits on, as MkDocs gives it: its title
    in the menu, else its own (its front matter's, its H1, its file name)."""
    return next((title for title, src in nav if src == fault.src and title),
                fault.page_title or fault.src)


def plain_text(element: etree.Element, md: Markdown | None) -> str:
    """An element's words as a reader sees them (tags gone, entities and
    backslash escapes resolved), through md, the instance that rendered it."""
    if md is None:
        text = "".join(element.itertext())
    else:
        text = strip_tags(render_inner_html(element, md))
    return " ".join(html.unescape(text).split())


def restash(element: etree.Element, source: Markdown | None, target: Markdown) -> None:
    """Move the raw HTML an element copied from another page refers to into
    target's stash, so its placeholders resolve there (each Markdown
    instance numbers its own stash)."""
    if source is None or source is target:
        return

    def move(text: str | None) -> str | None:
        if not text:
            return text
        return HTML_PLACEHOLDER_RE.sub(
            lambda m: target.htmlStash.store(source.htmlStash.rawHtmlBlocks[int(m.group(1))]),
            text)

    for el in element.iter():
        el.text, el.tail = move(el.text), move(el.tail)


def anchor_problem(anchor: str) -> str | None:
    """What keeps ``anchor`` from being a fault's id or one of its old
    anchors, or None: the one anchor rule for both, as a link may land on
    either."""
    if anchor in RESERVED_IDS:
        return f"that is the address of the Common faults page ({SHARE_FOLDER}/)"
    if not ANCHOR.match(anchor):
        return ("an anchor is lower-case letters a to z and digits, words joined by hyphens "
                "(no capitals, accents or spaces)")
    if is_site_name(anchor):
        return ("ids starting with hh- belong to the site's own parts (figures, buttons), "
                "so a link could land on one of those instead")
    return None


def _where(md: Markdown) -> str:
    return f"docs/{page_context(md).src}"


# The data-* settings a fault box reads from its attrs.
DATA_KEYS = ("data-old-anchors",)


def check_data_keys(attrs: dict[str, Any], box: str) -> None:
    """A data-* setting the box doesn't read (data-old-anchor, one letter
    short) would sit on the page unread, and the old link it was meant to
    keep would silently stop opening the box: refuse it, with the nearest
    setting the box reads. ``box`` names the box for the message."""
    for key in attrs:
        name = str(key)
        near = difflib.get_close_matches(name, DATA_KEYS, n=1, cutoff=0.7)
        if name in DATA_KEYS or not (name.lower().startswith("data") or near):
            continue
        fix = (f"Did you mean {near[0]}?" if near else
               f"A fault box reads only id and {', '.join(DATA_KEYS)}: remove it.")
        raise ContentError(f"{box} has {name}, which nothing reads. {fix}")


class FaultBlock(Block):
    """``/// fault | Title`` with ``attrs: {id: ...}`` and three parts."""

    NAME = "fault"
    ARGUMENT = None  # checked in on_validate, for a message that says what to do
    OPTIONS: dict[str, Any] = {}

    def on_validate(self, parent: etree.Element) -> bool:
        title = (self.argument or "").strip()
        # Its opening line, for every message about it (the nth box with
        # this title is the nth opening line with it; a box with no title
        # stops here, so it is the first without one).
        earlier = sum(1 for fault in faults_on_page(self.md) if fault.title == title)
        start = box_start(self.md, title, earlier)
        line = opening_line(self.md, start)
        where = _where(self.md) + line
        if not title:
            raise ContentError(
                f"{where}: a fault box has no title. Write it on the first "
                "line: /// fault | Rounded back"
            )
        markup = markup_in(title)
        if markup:
            raise ContentError(
                f'{where}: the fault box "{title}" has {markup} in its title. '
                "A fault's title is also its share page's title and its link preview, "
                "which show it as typed: write it in plain words."
            )
        attrs = self.options["attrs"]
        fault_id = attrs.get("id", "")
        if not isinstance(fault_id, str) or not fault_id:
            raise ContentError(
                f'{where}: the fault box "{title}" needs a readable anchor: '
                "add the line `    attrs: {id: rounded-back}` under its title "
                "(lower-case words joined by hyphens). Coaches link to it, so keep it stable."
            )
        problem = anchor_problem(fault_id)
        if problem:
            raise ContentError(
                f'{where}: the fault box "{title}" has the id "{fault_id}": {problem}. Name '
                "the fault, e.g. attrs: {id: rounded-back}. Coaches link to it, so keep it "
                "stable once published."
            )
        check_data_keys(attrs, f'{where}: the fault box "{title}"')
        old = tuple(str(attrs.pop("data-old-anchors", "")).split())
        if fault_id in old:
            raise ContentError(
                f'{where}: the fault box "{title}" lists its own id, {fault_id}, '
                "as an old anchor. List only ids it had before: "
                "attrs: {id: rounded-back, data-old-anchors: going-too-deep}."
            )
        for anchor in old:
            problem = anchor_problem(anchor)
            if problem:
                raise ContentError(
                    f'{where}: the fault box "{title}" lists the old anchor "{anchor}": '
                    f"{problem}. List the ids the box had before, e.g. "
                    "attrs: {id: rounded-back, data-old-anchors: going-too-deep}."
                )
        self.fault = Fault(src=page_context(self.md).src, id=fault_id, title=title,
                           old_anchors=old, md=self.md, start=start, line=line)
        return True

    def on_create(self, parent: etree.Element) -> etree.Element:
        details = etree.SubElement(parent, "details", {"class": "fault"})
        summary = etree.SubElement(details, "summary")
        summary.text = self.fault.title
        for anchor in self.fault.old_anchors:
            etree.SubElement(details, "span", {"id": anchor, "class": "hh-old-anchor"})
        self.fault.element = details
        faults_on_page(self.md).append(self.fault)
        return details


def near_label(box: etree.Element, label: str) -> str | None:
    """The words a paragraph of the box starts with when they are label
    written some other way (**The Fix:**, **The fix**:, The fix: without
    bold), as they read on the page; None if none does."""
    for paragraph in box:
        if paragraph.tag != "p":
            continue
        text = "".join(paragraph.itertext()).lstrip()
        if text[:len(label)].lower() == label.lower() and text[len(label):].lstrip()[:1] == ":":
            return text[:len(label)]
    return None


def find_parts(fault: Fault, where: str) -> None:
    """Each of the three labelled parts, once, as a paragraph of the box
    (read from the finished tree: <p><strong>The fix:</strong> ...)."""
    assert fault.element is not None
    at = where + fault.line  # a message about the box as a whole names its first line
    swallowing_caption(fault, where)
    # Markdown closes an open block at the end of the page, so a box missing
    # its /// line shows up as a box that swallowed what came after it.
    swallowed = [el for el in fault.element.iter() if el is not fault.element and (
        el.tag in ("h1", "h2", "h3", "h4", "h5", "h6", "details")
        or "admonition" in (el.get("class") or "").split())]
    nested = [el for el in swallowed if "fault" in (el.get("class") or "").split()]
    if nested:
        inner = nested[0].find("summary")
        raise ContentError(
            f'{at}: the fault box "{fault.title}" is not closed before the next '
            f'fault box, "{"".join(inner.itertext()) if inner is not None else "?"}", '
            "starts, so it holds it. End the first with /// on a line of its own, "
            "indented like its first line: fault boxes sit one after another, not "
            "one inside another."
        )
    if swallowed:
        raise ContentError(
            f'{at}: the fault box "{fault.title}" is not closed: it runs on into '
            "the next heading or box. End it with /// on a line of its own, indented "
            "like its first line."
        )
    if runs_to_the_end(fault):
        raise ContentError(
            f'{at}: the fault box "{fault.title}" is not closed: it runs to the end of the '
            "page. End it with /// on a line of its own, indented like its first line, "
            "under its **The fix:** part."
        )
    for label in PARTS:
        found = [p for p in fault.element if part_label(p) == label]
        near = near_label(fault.element, label) if not found else None
        if near:
            line, typed = line_holding(fault, near)
            typed = typed[:typed.index(near) + len(near) + 3] if near in typed else near
            raise ContentError(
                f'{where}{line}: the fault box "{fault.title}" ({fault.id}) starts a part '
                f'with {typed!r}, which is not read as its "{label}" part. Write the label '
                f"exactly as **{label}:** (in bold, the colon inside the stars, this "
                "capital only), followed by its text."
            )
        if len(found) != 1:
            raise ContentError(
                f'{at}: the fault box "{fault.title}" ({fault.id}) needs exactly one '
                f'"{label}" part: a paragraph that starts with **{label}:** followed by '
                f"its text. Every fault box has these parts, in this order: {_labels()}."
            )
        fault.parts[label] = found[0]
        if not fault.part_text(label) and _followed_by_list(fault.element, found[0]):
            line, _ = line_holding(fault, f"**{label}:**")
            first = (" (the fix's first sentence goes into the fault index and the share "
                     "page's preview)") if label == FIX else ""
            raise ContentError(
                f'{where}{line or fault.line}: the fault box "{fault.title}" ({fault.id}) '
                f'starts its "{label}" part with a list. Start it with one sentence on the '
                f"line of **{label}:**{first}, then the list."
            )
        if not fault.part_text(label):
            raise ContentError(
                f'{at}: the fault box "{fault.title}" ({fault.id}) has nothing after '
                f'**{label}:**. Write its text on the same line or the next one.'
            )
    fault.parts[FIX].set("class", FIX_CLASS)


def _followed_by_list(box: etree.Element, part: etree.Element) -> bool:
    """Whether the element right after a part's label in the box is a list."""
    children = list(box)
    at = children.index(part)
    return at + 1 < len(children) and children[at + 1].tag in ("ul", "ol")


# A caption's opening line: /// caption (pymdownx.blocks.caption), or a
# figure-caption or table-caption.
_CAPTION_LINE = re.compile(r"^\s*///\s*[\w-]*caption\b")


def swallowing_caption(fault: Fault, where: str) -> None:
    """A ``/// caption`` in the box left open takes the box's parts into the
    caption (the box's own /// closes it instead), and the box then seemed
    to lack its parts: name the caption's line."""
    assert fault.element is not None
    captions = [el for el in fault.element.iter() if el.tag == "figcaption"]
    for nth, caption in enumerate(captions, 1):
        held = next((label for el in caption.iter() if (label := part_label(el)) in PARTS), None)
        if held:
            line = line_in_box(fault, _CAPTION_LINE, nth) or fault.line
            raise ContentError(
                f'{where}{line}: the caption in the fault box "{fault.title}" is not '
                f'closed, so it holds the box\'s "{held}" part. End the caption with /// on '
                f"a line of its own, under the caption's words, before **{held}:**."
            )


def _labels() -> str:
    """The parts' labels as a box writes them: "**What you see or feel:**,
    **Why it matters:** and **The fix:**"."""
    written = [f"**{label}:**" for label in PARTS]
    return ", ".join(written[:-1]) + " and " + written[-1]


# A macro's opening ({{ word(...) }}, {% if %}): the engine's macros run on
# the page as the engine builds it, never on the box read from the file.
_MACRO = re.compile(r"\{[{%].*?(?:[}%]\}|$)")


def refuse_macros(fault: Fault, where: str) -> None:
    """The fault index and the share page copy the box as read from its
    file, where no macro has run: ``{{ word(method.tempo.down_seconds) }}``
    would show as typed there, though its own page shows "three". Stop,
    naming the box, the part and the line."""
    parts = {id(element): label for label, element in fault.parts.items()}
    for child in fault.element if fault.element is not None else []:
        if child.tag == "summary":
            continue  # the title: markup_in has refused its { and }
        texts = [plain_text(child, fault.md)]
        texts += [value for el in child.iter() for name, value in el.attrib.items()
                  if name in ("alt", "title")]
        found = next((m for m in map(_MACRO.search, texts) if m), None)
        if found is None:
            continue
        macro = found.group(0) if len(found.group(0)) <= 60 else found.group(0)[:57] + "..."
        label = parts.get(id(child))
        inside = f'its "{label}" part' if label else "its text"
        line = line_in_box(fault, found.group(0)[:2]) or fault.line
        raise ContentError(
            f'{where}{line}: the fault box "{fault.title}" '
            f'({fault.id}) has the macro "{macro}" in {inside}. The Common faults page and '
            f"the fault's share page copy the box as it is written, without running macros, "
            "so it would show there as typed. Take the macro out and write the number in "
            'words, e.g. "a slow count of three".'
        )


class SourceLines(Preprocessor):
    """Keeps the page's lines as the reader got them (before any is stashed
    or joined), so its messages can name a line of the file."""

    def __init__(self, md: Markdown, extension: FaultExtension) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, lines: list[str]) -> list[str]:
        if self.extension.reading:
            noted = document(self.md)
            noted.source, noted.source_offset = list(lines), page_context(self.md).line_offset
        return lines


def faults_on_page(md: Markdown) -> list[Fault]:
    """The fault boxes of the page being rendered, in order."""
    return document(md).faults


# The name of every control that shares a fault: its box's button (share.js
# keeps the link's words) and its row's icon in the fault index. A page's
# own control says "Share this page" (overrides/partials/hh-share.html).
SHARE_FAULT = "Share this fault"


def add_share_link(fault: Fault, src: str) -> None:
    """The box's last line: a link to the fault's own page, whose preview is
    the fault (a #anchor link previews as the whole page). share.js turns it
    into a share button; without JavaScript it stays a plain link."""
    assert fault.element is not None
    share = f"{SHARE_FOLDER}/{fault.id}.md"
    href = posixpath.relpath(share, posixpath.dirname(src) or ".")
    paragraph = etree.SubElement(fault.element, "p", {"class": "hh-share hh-share--fault"})
    link = etree.SubElement(paragraph, "a", {"class": "hh-share__link", "href": href})
    link.text = SHARE_FAULT


def refuse_in_tab(root: etree.Element, faults: list[Fault], where: str) -> None:
    """A fault box inside a tab: a link to it can't open a tab that isn't
    showing, so the reader would land on nothing."""
    in_tabs = {id(box) for tabs in root.iter()
               if "tabbed-set" in (tabs.get("class") or "").split()
               for box in tabs.iter("details")}
    for fault in faults:
        if id(fault.element) in in_tabs:
            raise ContentError(
                f'{where}{fault.line}: the fault box "{fault.title}" sits inside a tab. '
                "A link to it can't open a tab that isn't showing, so the reader would "
                "land on nothing. Move the box below the tabs."
            )


def is_the_guide(root: Path, docs: Path) -> bool:
    """A project with the guide's method and its ladder page: the site,
    whose pages every check must read. A small project built only to show
    a fault box (the tests') has the method for its share pages' lines,
    but not the ladder, and needn't pass every check."""
    return (root / "method.yml").is_file() and (root / docs / LADDER_PAGE).is_file()


class FaultChecks(Treeprocessor):
    """Per page: every box closed, none inside a tab, and no anchor of a
    fault used twice (after toc has given the headings their ids)."""

    def __init__(self, md: Markdown, extension: FaultExtension) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, root: etree.Element) -> None:
        faults = faults_on_page(self.md)
        where = _where(self.md)
        page = page_context(self.md)
        if page.in_engine and is_the_guide(page.site.root_dir, page.site.docs_dir):
            require_extension(self.md, "hinge_guide.checks")
        for fault in faults:
            check_part_order(fault, where, PARTS)
            find_parts(fault, where)
            # Only the site-wide fault reader (reading mode, reader.new_reader)
            # sees a box's text before the macros plugin has rendered it: a
            # {{ }} shows only there. Every build runs that reader (the fault
            # index and the share pages read every box through it), so every
            # build makes this check.
            if self.extension.reading:
                refuse_macros(fault, where)
            add_share_link(fault, page.src)
        refuse_in_tab(root, faults, where)
        counts: dict[str, int] = {}
        for element in root.iter():
            if anchor := element.get("id"):
                counts[anchor] = counts.get(anchor, 0) + 1
        # toc quietly renames a heading whose id is taken (adding _1), which
        # would send the heading's links to the fault: count the id the
        # heading asked for, by toc's own slug rule.
        for slug in self.heading_slugs(root):
            counts[slug] = counts.get(slug, 0) + 1
        for fault in faults:
            for anchor in (fault.id, *fault.old_anchors):
                if counts.get(anchor, 0) > 1:
                    raise ContentError(
                        f'{where}{fault.line}: the fault box "{fault.title}" uses the anchor '
                        f"#{anchor}, which another fault or a heading on the page also "
                        "has. Give the fault another id: each link must lead to one place."
                    )

    def heading_slugs(self, root: etree.Element) -> list[str]:
        """The ids headings asked for and didn't get. toc gives a heading
        its slugify of the heading's words and, when that id is taken,
        renames it by adding "_1", "_2"...; a heading whose id is its own
        ({#why-backs-round}) asked for nothing else."""
        toc = self.md.treeprocessors["toc"] if "toc" in self.md.treeprocessors else None
        if toc is None:
            return []
        slugs = []
        for heading in root.iter():
            given = heading.get("id")
            if heading.tag in ("h1", "h2", "h3", "h4", "h5", "h6") and given:
                slug = toc.slugify(heading_text(heading, self.md), toc.sep)
                if re.fullmatch(re.escape(slug) + r"_\d+", given):
                    slugs.append(slug)
        return slugs
