"""Fault boxes, and the fault index written from them.

Configured in mkdocs.yml as ``hinge_guide.faults``. A fault box is a block:

    /// fault | Rounded back
        attrs: {id: rounded-back}

    **What you see or feel:** ...

    **Why it matters:** ...

    **The fix:** ...
    ///

It renders as a closed ``<details class="fault" id="rounded-back">``: a link
to ``movement/#rounded-back`` opens it (Material opens the ``<details>``
that holds a link's target). The build stops, naming the file, when a box
has no title or no readable id, lacks one of its three parts, is not
closed, holds a macro (``{{ }}``: the index and the share page copy the
box as written, where no macro runs), or shares its id with another fault
or with a heading.

A fault that was merged into another keeps its old links working:
``attrs: {id: rounded-back, data-old-anchors: going-too-deep}`` puts an
empty element with the old id inside the surviving box.

The fault index is the page holding ``<!-- fault-index -->``: the marker
becomes a list of every fault on the site, page by page in nav order, each
with a link and the first sentence of its fix. It is read from the pages
themselves at every build, so it can't drift from them.
"""

from __future__ import annotations

import html
import posixpath
import re
import xml.etree.ElementTree as etree
from collections.abc import Callable
from copy import deepcopy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markdown import Markdown
from markdown.extensions.toc import render_inner_html, strip_tags
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import HTML_PLACEHOLDER_RE
from pymdownx.blocks import BlocksExtension
from pymdownx.blocks.block import Block

from .context import PageContext, page_context
from .document import document, forget_page
from .errors import ContentError
from .reader import heading_text, new_reader
from .site import THUMB_CLASS, is_homepage, load_config, markup_in, split_front_matter

INDEX_MARKER = "<!-- fault-index -->"
INDEX_PARAGRAPH = "hh-fault-index:"
# A fault's share page (docs/faults/<id>.md, written by python -m hinge_guide)
# holds this marker; the box's parts come in from its own page at build time.
SHARE_MARKER = re.compile(r"^<!-- fault: (?P<id>[a-z0-9-]+) -->$")
SHARE_FOLDER = "faults"
PARTS = ("What you see or feel", "Why it matters", "The fix")
FIX_CLASS = "hh-fix"
# A fault's anchor: lower-case words of letters and digits joined by
# hyphens, with at least one letter somewhere.
ANCHOR = re.compile(r"^(?=[a-z0-9-]*[a-z])[a-z0-9]+(-[a-z0-9]+)*$")
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
    parts: dict[str, etree.Element] = field(default_factory=dict)
    element: etree.Element | None = None

    md: Markdown | None = None  # the instance that rendered it: its stash holds its raw HTML

    def part_text(self, label: str) -> str:
        """A part's words, without its label, as plain text: rendered through
        the Markdown instance that stashed its raw HTML (an entity, a <kbd>,
        an icon), as toc does for headings, so no placeholder leaks out."""
        return plain_text(self.parts[label], self.md).removeprefix(f"{label}:").strip()

    @property
    def fix_line(self) -> str:
        """The first sentence of the fix, for the index and share previews."""
        fix = self.part_text("The fix")
        # A full stop ends the sentence unless it ends a short abbreviation
        # ("e.g.", "i.e.", "etc.", "approx."), which would leave "e.g." alone.
        match = re.match(r"(.+?(?<!\be\.g)(?<!\bi\.e)(?<!\betc)(?<!\bapprox)(?<!\bvs)[.!?])(\s|$)",
                         fix)
        return match.group(1) if match else fix


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


def _where(md: Markdown) -> str:
    return f"docs/{page_context(md).src}"


class FaultBlock(Block):
    """``/// fault | Title`` with ``attrs: {id: ...}`` and three parts."""

    NAME = "fault"
    ARGUMENT = None  # checked in on_validate, for a message that says what to do
    OPTIONS: dict[str, Any] = {}

    def on_validate(self, parent: etree.Element) -> bool:
        title = (self.argument or "").strip()
        if not title:
            raise ContentError(
                f"{_where(self.md)}: a fault box has no title. Write it on the first "
                "line: /// fault | Rounded back"
            )
        markup = markup_in(title)
        if markup:
            raise ContentError(
                f'{_where(self.md)}: the fault box "{title}" has {markup} in its title. '
                "A fault's title is also its share page's title and its link preview, "
                "which show it as typed: write it in plain words."
            )
        attrs = self.options["attrs"]
        fault_id = attrs.get("id", "")
        if fault_id in RESERVED_IDS:
            raise ContentError(
                f'{_where(self.md)}: the fault box "{title}" has the id "{fault_id}", '
                f"which is the address of the Common faults page ({SHARE_FOLDER}/). "
                "Name the fault instead, e.g. attrs: {id: rounded-back}."
            )
        if not isinstance(fault_id, str) or not ANCHOR.match(fault_id):
            raise ContentError(
                f'{_where(self.md)}: the fault box "{title}" needs a readable anchor: '
                "add the line `    attrs: {id: rounded-back}` under its title "
                "(lower-case words joined by hyphens). Coaches link to it, so keep it stable."
            )
        if fault_id.startswith("hh-"):
            raise ContentError(
                f'{_where(self.md)}: the fault box "{title}" has the id "{fault_id}": ids '
                "starting with hh- belong to the site's own parts (figures, buttons), so a "
                "link could land on one of those instead. Name the fault, e.g. "
                "attrs: {id: heels-lifting}."
            )
        old = tuple(str(attrs.pop("data-old-anchors", "")).split())
        if fault_id in old:
            raise ContentError(
                f'{_where(self.md)}: the fault box "{title}" lists its own id, {fault_id}, '
                "as an old anchor. List only ids it had before: "
                "attrs: {id: rounded-back, data-old-anchors: going-too-deep}."
            )
        for anchor in old:
            if not ANCHOR.match(anchor) or anchor in RESERVED_IDS:
                raise ContentError(
                    f'{_where(self.md)}: the fault box "{title}" lists the old anchor '
                    f'"{anchor}": write old anchors as lower-case words joined by hyphens.'
                )
        self.fault = Fault(src=page_context(self.md).src, id=fault_id, title=title,
                           old_anchors=old, md=self.md)
        return True

    def on_create(self, parent: etree.Element) -> etree.Element:
        details = etree.SubElement(parent, "details", {"class": "fault"})
        summary = etree.SubElement(details, "summary")
        summary.text = self.fault.title
        for anchor in self.fault.old_anchors:
            etree.SubElement(details, "span", {"id": anchor, "class": "hh-old-anchor"})
        self.fault.element = details
        registry(self.md).append(self.fault)
        return details


def find_parts(fault: Fault, where: str) -> None:
    """Each of the three labelled parts, once, as a paragraph of the box
    (read from the finished tree: <p><strong>The fix:</strong> ...)."""
    assert fault.element is not None
    # Markdown closes an open block at the end of the page, so a box missing
    # its /// line shows up as a box that swallowed what came after it.
    swallowed = [el for el in fault.element.iter() if el is not fault.element and (
        el.tag in ("h1", "h2", "h3", "h4", "h5", "h6", "details")
        or "admonition" in (el.get("class") or "").split())]
    nested = [el for el in swallowed if "fault" in (el.get("class") or "").split()]
    if nested:
        inner = nested[0].find("summary")
        raise ContentError(
            f'{where}: the fault box "{fault.title}" is not closed before the next '
            f'fault box, "{"".join(inner.itertext()) if inner is not None else "?"}", '
            "starts, so it holds it. End the first with /// on a line of its own, "
            "indented like its first line: fault boxes sit one after another, not "
            "one inside another."
        )
    if swallowed:
        raise ContentError(
            f'{where}: the fault box "{fault.title}" is not closed: it runs on into '
            "the next heading or box. End it with /// on a line of its own, indented "
            "like its first line."
        )
    for label in PARTS:
        found = [p for p in fault.element if p.tag == "p" and not (p.text or "").strip()
                 and len(p) and p[0].tag == "strong" and (p[0].text or "").strip() == f"{label}:"]
        if len(found) != 1:
            raise ContentError(
                f'{where}: the fault box "{fault.title}" ({fault.id}) needs exactly one '
                f'"{label}" part: a paragraph that starts with **{label}:** followed by '
                "its text. Every fault box has three parts: **What you see or feel:**, "
                "**Why it matters:** and **The fix:**."
            )
        fault.parts[label] = found[0]
        if not fault.part_text(label):
            raise ContentError(
                f'{where}: the fault box "{fault.title}" ({fault.id}) has nothing after '
                f'**{label}:**. Write its text on the same line or the next one.'
            )
    fault.parts["The fix"].set("class", FIX_CLASS)


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
        raise ContentError(
            f'{where}{_source_line(fault, found.group(0)[:2])}: the fault box "{fault.title}" '
            f'({fault.id}) has the macro "{macro}" in {inside}. The Common faults page and '
            f"the fault's share page copy the box as it is written, without running macros, "
            "so it would show there as typed. Take the macro out and write the number in "
            'words, e.g. "a slow count of three".'
        )


def _source_line(fault: Fault, opening: str) -> str:
    """", line N" of the first line from the box's title on that holds
    opening, in the file the reader read (SourceLines kept it)."""
    if fault.md is None:
        return ""
    lines = document(fault.md).source
    start = next((n for n, line in enumerate(lines) if line.lstrip().startswith("///")
                  and "fault" in line and fault.title in line), None)
    if start is None:
        return ""
    number = next((n for n in range(start, len(lines)) if opening in lines[n]), None)
    if number is None:
        return ""
    return f", line {number + 1 + document(fault.md).line_offset}"


class SourceLines(Preprocessor):
    """Keeps the page's lines as the reader got them (before any is stashed
    or joined), so its messages can name a line of the file."""

    def __init__(self, md: Markdown, extension: FaultExtension) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, lines: list[str]) -> list[str]:
        if self.extension.reading:
            document(self.md).source = list(lines)
        return lines


def registry(md: Markdown) -> list[Fault]:
    """The fault boxes of the page being rendered, in order."""
    return document(md).faults


def add_share_link(fault: Fault, src: str) -> None:
    """The box's last line: a link to the fault's own page, whose preview is
    the fault (a #anchor link previews as the whole page). share.js turns it
    into a share button; without JavaScript it stays a plain link."""
    assert fault.element is not None
    share = f"{SHARE_FOLDER}/{fault.id}.md"
    href = posixpath.relpath(share, posixpath.dirname(src) or ".")
    paragraph = etree.SubElement(fault.element, "p", {"class": "hh-share hh-share--fault"})
    link = etree.SubElement(paragraph, "a", {"class": "hh-share__link", "href": href})
    link.text = "Link to this fault"


class FaultChecks(Treeprocessor):
    """Per page: every box closed, and no anchor of a fault used twice (after
    toc has given the headings their ids)."""

    def __init__(self, md: Markdown, extension: FaultExtension) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, root: etree.Element) -> None:
        faults = registry(self.md)
        where = _where(self.md)
        page = page_context(self.md)
        for fault in faults:
            find_parts(fault, where)
            if self.extension.reading:
                refuse_macros(fault, where)
            add_share_link(fault, page.src)
        counts: dict[str, int] = {}
        for element in root.iter():
            if element.get("id"):
                counts[element.get("id")] = counts.get(element.get("id"), 0) + 1
        # toc quietly renames a heading whose id is taken (adding _1), which
        # would send the heading's links to the fault: count the id the
        # heading asked for, by toc's own slug rule.
        for slug in self.heading_slugs(root):
            counts[slug] = counts.get(slug, 0) + 1
        for fault in faults:
            for anchor in (fault.id, *fault.old_anchors):
                if counts.get(anchor, 0) > 1:
                    raise ContentError(
                        f'{where}: the fault box "{fault.title}" uses the anchor '
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
            if heading.tag in ("h1", "h2", "h3", "h4", "h5", "h6") and heading.get("id"):
                slug = toc.slugify(heading_text(heading, self.md), toc.sep)
                if re.fullmatch(re.escape(slug) + r"_\d+", heading.get("id")):
                    slugs.append(slug)
        return slugs


# The index -------------------------------------------------------------------

_collected: dict[tuple, list[Fault]] = {}


def site_pages(docs_dir: Path, nav: list[tuple[str, str]]) -> list[str]:
    """Every page that can hold a fault box: the menu's in order, then the
    others (a fault outside the menu still has a link that must lead to
    one place). Not the share pages, which hold no box of their own."""
    in_nav = [src for _, src in nav if (docs_dir / src).is_file()]
    others = sorted(path.relative_to(docs_dir).as_posix() for path in docs_dir.rglob("*.md"))
    return in_nav + [src for src in others if src not in in_nav
                     and not src.startswith(f"{SHARE_FOLDER}/")]


def read_faults(docs_dir: Path, srcs: list[str], new_reader: Callable[[], Markdown]
                ) -> list[Fault]:
    """The one fault reader, for the build and the generate step: the fault
    boxes of the pages srcs, in order, each page read by a fresh Markdown
    instance from new_reader(). Two faults with one anchor stop here."""
    faults: list[Fault] = []
    for src in srcs:
        path = docs_dir / src
        meta, body, offset = split_front_matter(_text(path, src), f"docs/{src}")
        reader = new_reader()
        read_only(reader)
        page = document(reader)
        page.src, page.line_offset = src, offset  # for its messages
        reader.convert(body)
        for fault in registry(reader):
            fault.src, fault.meta = src, meta
            faults.append(fault)
    check_unique(faults)
    return faults


def _text(path: Path, src: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise ContentError(
            f"docs/{src}: byte {error.start} is not UTF-8. Save the file as UTF-8."
        ) from None


def collect(page: PageContext, md: Markdown) -> list[Fault]:
    """Every fault box on the site, read with the reader the generate step
    uses (hinge_guide/reader.py, from mkdocs.yml); read again only when a
    page changes (mkdocs serve)."""
    docs = page.site.docs_dir
    srcs = site_pages(docs, page.site.nav)
    key = tuple((src, (docs / src).stat().st_mtime_ns, (docs / src).stat().st_size)
                for src in srcs)
    if key not in _collected:
        config = load_config(page.site.root_dir)
        _collected.clear()  # one site at a time: nothing piles up under serve
        _collected[key] = read_faults(docs, srcs, lambda: new_reader(config))
    return _collected[key]


def check_unique(faults: list[Fault]) -> None:
    seen: dict[str, Fault] = {}
    for fault in faults:
        for anchor in (fault.id, *fault.old_anchors):
            if anchor in seen:
                first = seen[anchor]
                raise ContentError(
                    f'docs/{fault.src}: the fault "{fault.title}" uses the anchor '
                    f'#{anchor}, which "{first.title}" in docs/{first.src} already '
                    "uses. Give one of them another id: each fault link must lead "
                    "to one place."
                )
            seen[anchor] = fault


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
                 md: Markdown | None = None) -> list[etree.Element]:
    """The fault index as elements, one section (an h2 and a list) per page
    in nav order. Built as a tree, never as Markdown from rendered text: a
    title keeps its markup as rendered, and the fix line is plain text."""
    here = posixpath.dirname(page_src) or "."
    elements: list[etree.Element] = []
    for page_title, src in nav:
        on_page = [f for f in faults if f.src == src]
        if not on_page:
            continue
        heading = etree.Element("h2")
        heading.text = page_title
        items = etree.Element("ul", {"class": "hh-fault-list"})
        for fault in on_page:
            item = etree.SubElement(items, "li", {"class": "hh-fault-row"})
            thumb = thumbnail_of(fault)
            if thumb:
                # Decorative: the title beside it says what it shows.
                etree.SubElement(item, "img", {
                    "src": posixpath.relpath(thumb, here), "alt": "", "class": THUMB_CLASS,
                    "width": "64", "height": "64", "loading": "lazy", "decoding": "async"})
            words = etree.SubElement(item, "div")
            link = etree.SubElement(words, "a", {
                "href": f"{posixpath.relpath(src, here)}#{fault.id}"})
            strong = etree.SubElement(link, "strong")
            title_of(fault, strong, md)
            strong.tail = None
            fix = etree.SubElement(words, "span", {"class": "hh-fault-row__fix"})
            fix.text = fault.fix_line
            # The fault's own page, made to be sent on: a share icon to tap,
            # whose name says where it goes and which fault it is.
            summary = fault.element.find("summary") if fault.element is not None else None
            title = plain_text(summary, fault.md) if summary is not None else fault.title
            share = etree.SubElement(item, "a", {
                "href": posixpath.relpath(f"{SHARE_FOLDER}/{fault.id}.md", here),
                "class": "hh-share-link", "title": SHARE_LINK_WORDS})
            name = etree.SubElement(share, "span", {"class": "hh-visually-hidden"})
            name.text = f"{SHARE_LINK_WORDS} ({title})"
        elements += [heading, items]
    return elements


SHARE_LINK_WORDS = "Open the one-page fix to share"


def thumbnail_of(fault: Fault) -> str | None:
    """The picture a fault's box shows, as a path under docs/: the fault
    side of a fault-beside-fix pair first, else the box's first picture."""
    if fault.element is None:
        return None
    here = posixpath.dirname(fault.src)
    srcs = [img.get("src", "") for img in fault.element.iter("img")]
    srcs = [s for s in srcs if s.endswith(".svg") and "://" not in s]
    if not srcs:
        return None
    chosen = next((s for s in srcs if s.endswith("-fault.svg")), srcs[0])
    return posixpath.normpath(posixpath.join(here, chosen))


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
    find (HTML comments would be stashed away)."""

    def run(self, lines: list[str]) -> list[str]:
        return [INDEX_PARAGRAPH if line.strip() == INDEX_MARKER else line for line in lines]


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
        parents = {child: parent for parent in root.iter() for child in parent}
        for marker in markers:
            parent = parents[marker]
            at = list(parent).index(marker)
            parent.remove(marker)
            found = collect(page, self.md)
            if page.engine != "bare":
                check_share_pages(found, page.site.docs_dir)
            index = render_index(found, page.site.nav, page.src, self.md)
            for offset, element in enumerate(index):
                parent.insert(at + offset, element)


class ShareMarker(Preprocessor):
    """Keeps the share page's marker as a paragraph of its own, for the
    treeprocessor below to find (HTML comments would be stashed away)."""

    def run(self, lines: list[str]) -> list[str]:
        return [f"hh-fault-share:{m.group('id')}" if (m := SHARE_MARKER.match(line.strip()))
                else line for line in lines]


class SharePage(Treeprocessor):
    """Puts a fault's box (its figure and three parts, from the page it sits
    on) where the share page's marker is, with a link back to it there.
    Links and images in the box are rewritten to work from the share page."""

    def __init__(self, md: Markdown, extension: FaultExtension) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, root: etree.Element) -> None:
        markers = [p for p in root.iter("p") if (p.text or "").startswith("hh-fault-share:")]
        if not markers or self.extension.reading:
            return
        page = page_context(self.md)
        by_id = {f.id: f for f in collect(page, self.md)}
        parents = {child: parent for parent in root.iter() for child in parent}
        for marker in markers:
            fault_id = marker.text.split(":", 1)[1]
            fault = by_id.get(fault_id)
            if fault is None or fault.element is None:
                raise ContentError(
                    f"docs/{page.src}: no fault box on the site has the id {fault_id}. "
                    "Run `python -m hinge_guide` to write the share pages anew."
                )
            parent = parents[marker]
            at = list(parent).index(marker)
            parent.remove(marker)
            box = etree.Element("div", {"class": "hh-fault-page fault"})
            for child in fault.element:
                classes = (child.get("class") or "").split()
                if child.tag != "summary" and not {"hh-old-anchor", "hh-share"} & set(classes):
                    copy = rebase(deepcopy(child), fault.src, page.src)
                    restash(copy, fault.md, self.md)
                    box.append(copy)
            # "#id" on the fault's own page, as that page would write it
            context_href = rebase_link(f"#{fault.id}", fault.src, page.src)
            parts = [share_intro(page, fault, context_href), box,
                     start_button(page), words_on_page(self.md, box)]
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
    from .author import author_name

    name = author_name(page.site.extra, page.site.site_author, page.site.site_name,
                       page.site.docs_dir)
    intro = etree.Element("p", {"class": "hh-share-intro"})
    intro.text = (f"One fix from {page.site.site_name}, a free beginner's guide to the "
                  f"hip hinge by {name}. ")
    link = etree.SubElement(intro, "a", {"class": "hh-fault-context", "href": context_href})
    link.text = "See it in context"
    link.tail = f": the step in {page_title(page, fault.src)} where it happens."
    return intro


def start_button(page: PageContext) -> etree.Element:
    """Right after the fix: the way into the guide from its first step."""
    paragraph = etree.Element("p", {"class": "hh-start"})
    link = etree.SubElement(paragraph, "a", {
        "class": "md-button md-button--primary hh-start__button",
        "href": posixpath.relpath(start_page(page.site.nav), posixpath.dirname(page.src) or ".")})
    link.text = "Learn the hinge from step 1"
    return paragraph


def words_on_page(md: Markdown, box: etree.Element) -> etree.Element | None:
    """The glossary's meaning of each term the box uses, on the page itself:
    a reader who starts here has not met them yet. None when it uses none."""
    from .glossary import GlossaryExtension, terms_in

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
    # A labelled region, not a heading: a heading would give the page a
    # contents list, which Material draws without its toggle on a page
    # outside the menu (invalid HTML), and repeat one line of the page.
    section = etree.Element("section", {"class": "hh-share-terms",
                                        "aria-labelledby": "words-on-this-page"})
    heading = etree.SubElement(section, "p", {"class": "hh-share-terms__title",
                                              "id": "words-on-this-page"})
    heading.text = "Words on this page"
    listing = etree.SubElement(section, "dl")
    for term in sorted(used, key=str.lower):
        etree.SubElement(listing, "dt").text = term[0].upper() + term[1:]
        etree.SubElement(listing, "dd").text = used[term]
    return section


def page_title(page: PageContext, src: str) -> str:
    return next((title for title, nav_src in page.site.nav if nav_src == src), src)


def rebase_link(link: str, from_src: str, to_src: str) -> str:
    """A relative link written on page from_src, as page to_src must write it."""
    if not link or "://" in link or link.startswith(("/", "mailto:")):
        return link
    if link.startswith("#"):
        link = posixpath.basename(from_src) + link
    path, hash_, anchor = link.partition("#")
    target = posixpath.normpath(posixpath.join(posixpath.dirname(from_src), path))
    rebased = posixpath.relpath(target, posixpath.dirname(to_src) or ".")
    return rebased + hash_ + anchor


def rebase(element: etree.Element, from_src: str, to_src: str) -> etree.Element:
    for el in element.iter():
        for name in ("href", "src"):
            if el.get(name) is not None:
                el.set(name, rebase_link(el.get(name), from_src, to_src))
    return element


class FaultExtension(BlocksExtension):
    def __init__(self, **kwargs: Any) -> None:
        self.config = {
            "reading": [False, "Read the boxes only, as the fault reader does (reader.py, "
                               "read_faults): write no fault index and no share page, which "
                               "need the whole site, and refuse a macro in a box, which "
                               "the index and share page would show as typed."],
        }
        super().__init__(**kwargs)

    @property
    def reading(self) -> bool:
        return bool(self.getConfig("reading"))

    def extendMarkdownBlocks(self, md: Markdown, block_mgr: Any) -> None:
        block_mgr.register(FaultBlock, self.getConfigs())

    def extendMarkdown(self, md: Markdown) -> None:
        super().extendMarkdown(md)
        self.md = md
        forget_page(md)
        md.registerExtension(self)
        # First of all, while the lines are the file's (less its front matter).
        md.preprocessors.register(SourceLines(md, self), "hinge_fault_source_lines", 100)
        # The block-indent rule of the content checks, here too: the fault
        # index reads every page with this extension alone, and would meet a
        # misindented box first as one that is "not closed". Registered under
        # the checks' own name and priority, so with both it runs once.
        from .checks import BLOCK_INDENT_PRIORITY, BlockIndent

        md.preprocessors.register(BlockIndent(md), "hinge_block_indent", BLOCK_INDENT_PRIORITY)
        # Before Markdown stashes HTML comments (normalize_whitespace is 30,
        # html_block 20): the markers become paragraphs the tree can find.
        md.preprocessors.register(FaultIndex(md), "hinge_fault_index", 25)
        md.preprocessors.register(ShareMarker(md), "hinge_fault_share_marker", 26)
        # After inline (20) made the elements, before the glossary (7) marks
        # terms and the figures (6) are inlined, so the copy gets both.
        md.treeprocessors.register(SharePage(md, self), "hinge_fault_share", 15)
        md.treeprocessors.register(IndexTree(md, self), "hinge_fault_index", 14)
        # After toc (5) has given every heading its id.
        md.treeprocessors.register(FaultChecks(md, self), "hinge_fault_checks", 4)

    def reset(self) -> None:
        """A new page: forget the last page's fault boxes."""
        if self.md is not None:
            forget_page(self.md)


def read_only(md: Markdown) -> None:
    """Put md's fault extension in reading mode (its ``reading`` setting),
    whoever made md: read_faults reads boxes, never writes an index."""
    for extension in md.registeredExtensions:
        if isinstance(extension, FaultExtension):
            extension.setConfig("reading", True)


def makeExtension(**kwargs: Any) -> FaultExtension:
    return FaultExtension(**kwargs)
