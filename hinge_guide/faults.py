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
closed, or shares its id with another fault or with a heading.

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
from copy import deepcopy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markdown import Markdown
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from pymdownx.blocks import BlocksExtension
from pymdownx.blocks.block import Block

from .context import PageContext, page_context
from .errors import ContentError

INDEX_MARKER = "<!-- fault-index -->"
# A fault's share page (docs/faults/<id>.md, written by python -m hinge_guide)
# holds this marker; the box's parts come in from its own page at build time.
SHARE_MARKER = re.compile(r"^<!-- fault: (?P<id>[a-z0-9-]+) -->$")
SHARE_FOLDER = "faults"
PARTS = ("What you see or feel", "Why it matters", "The fix")
FIX_CLASS = "hh-fix"
_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@dataclass
class Fault:
    src: str  # the page under docs/ that holds the box
    id: str
    title: str
    old_anchors: tuple[str, ...] = ()
    parts: dict[str, etree.Element] = field(default_factory=dict)
    element: etree.Element | None = None

    def part_text(self, label: str) -> str:
        """A part's words, without its label."""
        paragraph = self.parts[label]
        text = " ".join("".join(paragraph.itertext()).split())
        return text.removeprefix(f"{label}:").strip()

    @property
    def fix_line(self) -> str:
        """The first sentence of the fix, for the index and share previews."""
        fix = self.part_text("The fix")
        match = re.match(r"(.+?[.!?])(\s|$)", fix)
        return match.group(1) if match else fix


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
        attrs = self.options["attrs"]
        fault_id = attrs.get("id", "")
        if not _ID.match(fault_id):
            raise ContentError(
                f'{_where(self.md)}: the fault box "{title}" needs a readable anchor: '
                "add the line `    attrs: {id: rounded-back}` under its title "
                "(lower-case words joined by hyphens). Coaches link to it, so keep it stable."
            )
        old = tuple(attrs.pop("data-old-anchors", "").split())
        for anchor in old:
            if not _ID.match(anchor):
                raise ContentError(
                    f'{_where(self.md)}: the fault box "{title}" lists the old anchor '
                    f'"{anchor}": write old anchors as lower-case words joined by hyphens.'
                )
        self.fault = Fault(src=page_context(self.md).src, id=fault_id, title=title,
                           old_anchors=old)
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
    fault.parts["The fix"].set("class", FIX_CLASS)


def registry(md: Markdown) -> list[Fault]:
    """The fault boxes of the page being rendered, in order."""
    if not hasattr(md, "hinge_faults"):
        md.hinge_faults = []  # type: ignore[attr-defined]
    return md.hinge_faults  # type: ignore[attr-defined]


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

    def run(self, root: etree.Element) -> None:
        faults = registry(self.md)
        where = _where(self.md)
        page = page_context(self.md)
        for fault in faults:
            find_parts(fault, where)
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
        toc = self.md.treeprocessors["toc"] if "toc" in self.md.treeprocessors else None
        if toc is None:
            return []
        slugs = []
        for heading in root.iter():
            if heading.tag in ("h1", "h2", "h3", "h4", "h5", "h6") and heading.get("id"):
                text = (heading.text or "") + "".join(
                    "".join(child.itertext()) + (child.tail or "") for child in heading
                    if child.get("class") != "headerlink")  # toc's own ¶ link
                text = text.strip()
                slug = toc.slugify(text, toc.sep)
                if slug != heading.get("id"):  # renamed: it wanted a taken id
                    slugs.append(slug)
        return slugs


# The index -------------------------------------------------------------------

_collected: dict[tuple, list[Fault]] = {}


def _source(path: Path, src: str) -> str:
    """A page's Markdown without its front matter."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise ContentError(
            f"docs/{src}: byte {error.start} is not UTF-8. Save the file as UTF-8."
        ) from None
    match = re.match(r"^---[ \t]*\n.*?\n(---|\.\.\.)[ \t]*\n", text, re.DOTALL)
    return text[match.end():] if match else text


def collect(page: PageContext, md: Markdown) -> list[Fault]:
    """Every fault box on the site, in nav order, read with the same
    Markdown extensions as the page (the engine's own ones left out)."""
    paths = [(src, page.site.docs_dir / src) for _, src in page.site.nav if src != page.src]
    key = tuple((src, p.stat().st_mtime_ns, p.stat().st_size) for src, p in paths if p.is_file())
    if key in _collected:
        return _collected[key]
    extensions, configs = reader_extensions(page)
    faults: list[Fault] = []
    for src, path in paths:
        if not path.is_file():
            continue
        reader = Markdown(extensions=extensions, extension_configs=configs)
        reader.hinge_src = src  # type: ignore[attr-defined]  # for error messages
        reader.convert(_source(path, src))
        for fault in registry(reader):
            fault.src = src
            faults.append(fault)
    check_unique(faults)
    _collected[key] = faults
    return faults


def reader_extensions(page: PageContext) -> tuple[list[Any], dict[str, Any]]:
    """The page's own Markdown extensions, for reading the other pages: all
    but the engine's and this package's others (the boxes need only the
    blocks they sit among)."""
    keep = []
    for extension in page.site.markdown_extensions:
        name = extension if isinstance(extension, str) else type(extension).__module__
        if name.startswith(("zensical", "mkdocs", "material")):
            continue
        if name.startswith("hinge_guide") and name != "hinge_guide.faults":
            continue
        keep.append(extension)
    return keep, {k: v for k, v in page.site.mdx_configs.items() if k in keep}


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


def render_index(faults: list[Fault], nav: list[tuple[str, str]]) -> str:
    """The fault index as Markdown, one section per page in nav order."""
    lines: list[str] = []
    for page_title, src in nav:
        on_page = [f for f in faults if f.src == src]
        if not on_page:
            continue
        lines += [f"## {page_title}", ""]
        for fault in on_page:
            # Every share link reads "Share this fault"; a screen reader's
            # list of links also hears which one.
            name = f'<span class="hh-visually-hidden"> ({html.escape(fault.title)})</span>'
            share = f"[Share this fault{name}]({SHARE_FOLDER}/{fault.id}.md){{ .hh-share-link }}"
            lines.append(f"- [**{fault.title}**]({src}#{fault.id}): {fault.fix_line} {share}")
        lines.append("")
    return "\n".join(lines)


class FaultIndex(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        self.md.hinge_faults = []  # type: ignore[attr-defined]  # a new page
        if INDEX_MARKER not in lines and not any(INDEX_MARKER in line for line in lines):
            return lines
        page = page_context(self.md)
        index = render_index(collect(page, self.md), page.site.nav)
        out: list[str] = []
        for line in lines:
            out.extend(index.splitlines() if line.strip() == INDEX_MARKER else [line])
        return out


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

    def run(self, root: etree.Element) -> None:
        markers = [p for p in root.iter("p") if (p.text or "").startswith("hh-fault-share:")]
        if not markers:
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
                    box.append(rebase(deepcopy(child), fault.src, page.src))
            context_href = rebase_link(f"{fault.src}#{fault.id}", fault.src, page.src)
            parts = [share_intro(page, fault, context_href), box,
                     start_button(page), words_on_page(self.md, box)]
            for offset, element in enumerate(e for e in parts if e is not None):
                parent.insert(at + offset, element)


# The page a newcomer starts the guide on, from a share page.
START_PAGE = "setup.md"


def share_intro(page: PageContext, fault: Fault, context_href: str) -> etree.Element:
    """Under the share page's title: what this is, who wrote it, and the way
    to the step where the fault happens."""
    from .author import coach

    name = coach(page.site.extra, f"{page.site.site_name} coaches", page.site.docs_dir).name
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
        "href": posixpath.relpath(START_PAGE, posixpath.dirname(page.src) or ".")})
    link.text = "Learn the hinge from step 1"
    return paragraph


def words_on_page(md: Markdown, box: etree.Element) -> etree.Element | None:
    """The glossary's meaning of each term the box uses, on the page itself:
    a reader who starts here has not met them yet. None when it uses none."""
    from .glossary import GlossaryExtension

    glossary = next((e for e in md.registeredExtensions if isinstance(e, GlossaryExtension)),
                    None)
    if glossary is None:
        return None
    from .glossary import _read_cached

    source = glossary.getConfig("source")
    terms = _read_cached(source, Path(source).read_text(encoding="utf-8"))
    # The words and the figures' descriptions (read out, and inlined as SVG
    # titles later in the build).
    alts = [img.get("alt", "") for img in box.iter("img")]
    text = " ".join(" ".join(["".join(box.itertext()), *alts]).split())
    used: dict[str, str] = {}
    for term, meaning in terms.items():
        if meaning not in used.values() and re.search(rf"\b{re.escape(term)}\b", text):
            used[term] = meaning
    if not used:
        return None
    section = etree.Element("div", {"class": "hh-share-terms"})
    heading = etree.SubElement(section, "h2", {"id": "words-on-this-page"})
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
    def extendMarkdownBlocks(self, md: Markdown, block_mgr: Any) -> None:
        block_mgr.register(FaultBlock, self.getConfigs())

    def extendMarkdown(self, md: Markdown) -> None:
        super().extendMarkdown(md)
        md.registerExtension(self)
        # Before Markdown stashes HTML comments (normalize_whitespace is 30,
        # html_block 20): the index is Markdown of its own.
        md.preprocessors.register(FaultIndex(md), "hinge_fault_index", 25)
        md.preprocessors.register(ShareMarker(md), "hinge_fault_share_marker", 26)
        # After inline (20) made the elements, before the glossary (7) marks
        # terms and the figures (6) are inlined, so the copy gets both.
        md.treeprocessors.register(SharePage(md), "hinge_fault_share", 15)
        # After toc (5) has given every heading its id.
        md.treeprocessors.register(FaultChecks(md), "hinge_fault_checks", 4)

    def reset(self) -> None:
        pass


def makeExtension(**kwargs: Any) -> FaultExtension:
    return FaultExtension(**kwargs)
