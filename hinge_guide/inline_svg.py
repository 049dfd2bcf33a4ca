"""Inline figures: the site's SVG figures go into the page instead of <img>.

Configured in mkdocs.yml as ``hinge_guide.inline_svg``. The figures in
docs/images/ are drawn with currentColor and the theme's CSS custom
properties; inside an <img> an SVG sees neither, so it couldn't follow the
light/dark switch, and the animated rep couldn't be paused from the page.
Markdown stays plain:
``![What the figure shows](images/movement-stop-at-stretch.svg)``.

The SVG is parsed and edited as XML, never as text: the alt text becomes its
<title> (its accessible name), the image's title, if any, its <desc> (read
after the name, as an <img>'s title is), a class on the image (``{ .hh-fig--wide }``)
joins the SVG's classes, and ids stay apart on a page: a figure's own ids
(all but the site's hh- ones) get its name in front, and a figure whose ids
would still repeat one on the page (a second copy) gets fresh ones, with
every reference to them (``url(#...)``, ``href="#..."``, ARIA lists, an
animation's ``begin``) following. A figure's <style> applies to the whole
page, so ``check_svg`` (hinge_guide/svg_safety.py) refuses a rule that
reaches past the figure, and the figure's own class names (all but the
site's hh- ones) get its name in front, so two drawings' ``.st0`` don't
fight on one page. An image without alt text stops the build
here, whatever runs before or after.
"""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as etree
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from . import priorities
from .addresses import is_external
from .context import page_context
from .errors import ContentError
from .line_numbers import LineOf, no_line
from .site import THUMB_CLASS, is_site_name
from .svg_safety import CSS_CLASS, INTERNAL_URL, SVG, check_svg, css_rules, is_svg

XLINK = "http://www.w3.org/1999/xlink"

_ARIA_LISTS = ("aria-labelledby", "aria-describedby")


def load(path: Path, where: str | None = None) -> etree.Element:
    data = path.read_bytes()
    check_svg(data, where or str(path))
    return etree.fromstring(data)


# An animation's begin="a.end; b.click+1s" names other animations by id.
_TIMING = re.compile(r"(?<![\w.-])([A-Za-z_][\w-]*)(?=\.)")


def rename_ids(svg: etree.Element, rename: Callable[[str], str]) -> None:
    """Rename every id in the figure, and every reference to one with it:
    url(#id) in any attribute and in <style>, quoted or not (svg_safety's
    INTERNAL_URL, the grammar the check lets through), href="#id" (plain
    and xlink), the ARIA lists and an animation's begin/end."""
    ids = {el.get("id") for el in svg.iter() if el.get("id")}
    if not ids:
        return

    def reference(match: re.Match[str]) -> str:
        name, quote = match.group("id"), match.group("quote")
        return f"url({quote}#{rename(name)}{quote})" if name in ids else match.group(0)

    def fix(value: str) -> str:
        return INTERNAL_URL.sub(reference, value)

    for el in svg.iter():
        for name, value in list(el.attrib.items()):
            if name == "id":
                el.set(name, rename(value))
            elif name in _ARIA_LISTS:
                el.set(name, " ".join(rename(v) if v in ids else v for v in value.split()))
            elif name in ("href", f"{{{XLINK}}}href") and value.startswith("#") \
                    and value[1:] in ids:
                el.set(name, f"#{rename(value[1:])}")
            elif name in ("begin", "end"):
                el.set(name, _TIMING.sub(
                    lambda m: rename(m.group(1)) if m.group(1) in ids else m.group(1), value))
            elif INTERNAL_URL.search(value):
                el.set(name, fix(value))
        if el.tag == f"{{{SVG}}}style" and el.text:
            el.text = fix(el.text)


def renumber(svg: etree.Element, suffix: str) -> None:
    """Give every id in the figure a suffix, and every reference with it."""
    rename_ids(svg, lambda name: name + suffix)


def figure_prefix(figure: str) -> str:
    """What a figure's own classes and ids get in front: its name under
    docs/images/ ("sub/hands" gives hh-svg-sub-hands-)."""
    return "hh-svg-" + re.sub(r"[^A-Za-z0-9_-]+", "-", figure).strip("-") + "-"


def own_ids(svg: etree.Element, figure: str) -> etree.Element:
    """Put the figure's name in front of its own ids (all but the site's
    hh- ones), as own_classes does for classes: drawing programs call a
    clip path clip0 in every file, and two figures on one page would share
    the first one's. The site's figures name theirs hh-<name>-... already.
    A figure without a <title> gets one, named the same way, for the alt
    text. The page makes sure of the rest (unique_ids)."""
    prefix = figure_prefix(figure)
    rename_ids(svg, lambda name: name if is_site_name(name) else prefix + name)
    if svg.find(f"{{{SVG}}}title") is None:
        # The alt text goes in here: its id, like the others, is the figure's own.
        ids = {el.get("id") for el in svg.iter() if el.get("id")}
        svg.insert(0, etree.Element(f"{{{SVG}}}title",
                                    {"id": _fresh(prefix + "title", lambda name: name in ids)}))
    return svg


def own_classes(svg: etree.Element, figure: str) -> etree.Element:
    """Put the figure's name in front of its own classes, in its elements
    and its <style> alike: drawing programs call theirs .st0 in every file,
    and an inlined <style> applies to the whole page. hh- classes are the
    site's and stay (the page styles .hh-fig--wide and runs .hh-anim).
    check_svg has made sure every rule starts with a class, so once renamed
    a coach's rules reach only their own figure's elements."""
    prefix = figure_prefix(figure)

    def rename(name: str) -> str:
        return name if is_site_name(name) else prefix + name

    for el in svg.iter():
        if el.get("class"):
            el.set("class", " ".join(rename(name) for name in el.get("class", "").split()))
        if isinstance(el.tag, str) and el.tag.rsplit("}", 1)[-1].lower() == "style" and el.text:
            el.text = _rename_classes(el.text, rename)
    return svg


def _rename_classes(css: str, rename: Callable[[str], str]) -> str:
    """The CSS with every class in its selectors renamed."""
    out, done = [], 0
    for start, prelude, in_keyframes in css_rules(css):
        if in_keyframes or prelude.lstrip().startswith("@"):
            continue
        for found in CSS_CLASS.finditer(prelude):
            out += [css[done:start + found.start(1)], rename(found.group(1))]
            done = start + found.end(1)
    return "".join(out) + css[done:]


def inline_svg(svg: etree.Element, alt: str, extra_class: str,
               taken: set[str] | None = None, description: str = "") -> str:
    """The figure as markup for the page: named by the alt text, with the
    image's classes. taken holds the ids already on the page: a figure
    whose ids would repeat one (a second copy of it, or another figure's
    clash) gets fresh ones, -2, -3, ..., and taken gains the figure's.
    description, the image's title (``![alt](x.svg "title")``), becomes the
    figure's <desc>, read after its name, as an <img>'s title is."""
    svg = _copy(svg)
    title = svg.find(f"{{{SVG}}}title")
    if title is None:
        ids = element_ids(svg)
        title = etree.Element(f"{{{SVG}}}title",
                              {"id": _fresh("hh-fig-title", lambda name: name in ids)})
        svg.insert(0, title)
    title.text = alt
    svg.set("role", "img")
    # Search reads the page's text: a figure's name and its labels ran into
    # the words around it ("...with the knee boxedsoft knees:15-20° bend").
    # The figure's caption, which is page text, is still found.
    svg.set("data-search-exclude", "")
    if title_id := title.get("id"):
        svg.set("aria-labelledby", title_id)
    if description.strip():
        describe(svg, title, description.strip())
    if taken is not None:
        unique_ids(svg, taken)
    if extra_class:
        svg.set("class", " ".join(filter(None, [svg.get("class", ""), extra_class])))
    return serialise(svg)


def serialise(svg: etree.Element) -> str:
    """The figure as markup, the SVG namespace as the default one (<svg
    xmlns=...>, as a page writes it), without registering it in
    ElementTree's process-wide map: that changed how every other tree in
    the process was written. (tostring's default_namespace can't be used:
    it refuses every attribute without a namespace, class and id among
    them.) So the SVG's own tags lose their namespace in this copy and the
    root says it once. An xlink:href becomes a plain href, which browsers
    read in SVG; written by ElementTree its prefix would be a made-up ns0:
    that a page's HTML parser does not know. Changes the tree it is given."""
    prefix = f"{{{SVG}}}"
    for element in svg.iter():
        if isinstance(element.tag, str) and element.tag.startswith(prefix):
            element.tag = element.tag[len(prefix):]
        link = element.attrib.pop(f"{{{XLINK}}}href", None)
        if link is not None and "href" not in element.attrib:
            element.set("href", link)
    attributes = dict(svg.attrib)
    svg.attrib.clear()
    svg.attrib.update({"xmlns": SVG, **attributes})  # first, where ElementTree wrote it
    return etree.tostring(svg, encoding="unicode")


def describe(svg: etree.Element, title: etree.Element, words: str) -> None:
    """Put words in the figure's <desc> (its own, or a new one after its
    <title>), and point aria-describedby at it."""
    desc = svg.find(f"{{{SVG}}}desc")
    if desc is None:
        ids = element_ids(svg)
        base = (title.get("id") or "hh-fig-title") + "-desc"
        desc = etree.Element(f"{{{SVG}}}desc", {"id": _fresh(base, lambda name: name in ids)})
        svg.insert(list(svg).index(title) + 1, desc)
    elif not desc.get("id"):
        ids = element_ids(svg)
        desc.set("id", _fresh("hh-fig-desc", lambda name: name in ids))
    for child in list(desc):
        desc.remove(child)
    desc.text = words
    svg.set("aria-describedby", desc.get("id", ""))


def element_ids(root: etree.Element) -> set[str]:
    """Every id in root's tree."""
    return {anchor for el in root.iter() if (anchor := el.get("id"))}


def unique_ids(svg: etree.Element, taken: set[str]) -> None:
    """Renumber the figure's ids, references following, until none is in
    taken; then add them to it."""
    ids = element_ids(svg)
    suffix = _fresh("", lambda end: any(name + end in taken for name in ids), first=2)
    if suffix:
        renumber(svg, suffix)
    taken.update(name + suffix for name in ids)


def _fresh(base: str, used: Callable[[str], bool], first: int = 1) -> str:
    """base, or else base-2, base-3 ... (from first): the first one not used."""
    if not used(base):
        return base
    number = first
    while used(f"{base}-{number}"):
        number += 1
    return f"{base}-{number}"


# The two sides of a fault pair (figures/draw.py, verdict_figure).
_SIDES = {"hh-fig--fault": "fault", "hh-fig--fix": "fix"}


def panel_words(svg: etree.Element) -> str:
    """For one side of a fault pair, its labels again as HTML under it:
    side by side on a phone, each side is about 145 px wide, and the labels
    drawn in it would be about 7 px tall. The page's CSS shows these words
    instead where the pair is narrow (docs/stylesheets/extra.css). Hidden
    from screen readers: the figure's title says it all already. Empty for
    any other figure, or a side without labels."""
    side = next((_SIDES[c] for c in svg.get("class", "").split() if c in _SIDES), None)
    if side is None:
        return ""
    words = [" ".join(" ".join(text.itertext()).split()) for text in svg.iter(f"{{{SVG}}}text")
             if "hh-fig-label" in text.get("class", "").split()]
    lines = "".join(f'<span class="hh-fig-words__line">{escape(word)}</span>'
                    for word in words if word)
    return (f'<span class="hh-fig-words hh-fig-words--{side}" aria-hidden="true">{lines}</span>'
            if lines else "")


def panel_verdict(svg: etree.Element) -> str:
    """For one side of a fault pair, its badge ("Fault" or "Fix") again as
    HTML above it: drawn in the figure, the word shrank to 8-11 px on a
    phone. The page's CSS shows this one and hides the drawn one; its tick
    or cross is a path, never a glyph a font may lack. The
    word is the figure's own badge word (figures/draw.py, VERDICT). Hidden
    from screen readers: the figure's title starts with it already. Empty
    for any other figure."""
    side = next((_SIDES[c] for c in svg.get("class", "").split() if c in _SIDES), None)
    if side is None:
        return ""
    word = next((" ".join("".join(text.itertext()).split()) for text in svg.iter(f"{{{SVG}}}text")
                 if "hh-fig-badge-word" in text.get("class", "").split()), "")
    if not word:
        return ""
    return (f'<span class="hh-fig-verdict hh-fig-words--{side}" aria-hidden="true">'
            f'<svg viewBox="0 0 12 12" width="10" height="10" fill="none" stroke="currentColor" '
            f'stroke-width="2.6" stroke-linecap="round"><path d="{_SIGNS[side]}"/></svg>'
            f'{escape(word)}</span>')


# The badge's sign as a path, stroked in the side's colour: a cross, a tick.
_SIGNS = {"fault": "M2 2l8 8M10 2l-8 8", "fix": "M1.5 6.5l3 3 6-7"}


def require_alt(img: etree.Element, src: str,
                line_of: LineOf = no_line) -> str:
    """An image's alt text; the one rule for it, here and in the checks. A
    thumbnail in the fault index is decorative (its fault's name stands
    beside it), so its alt is empty on purpose."""
    if THUMB_CLASS in (img.get("class") or "").split():
        return ""
    alt = (img.get("alt") or "").strip()
    if not alt:
        address = img.get("src") or "?"
        # ![](...) first, else any use of the picture
        line = line_of(f"![]({address}") or line_of(f"]({address}") or line_of(address)
        raise ContentError(
            f"docs/{src}{line}: the image {address} has no alt text. Write "
            "![what the picture shows](file) in Markdown, e.g. "
            "![Side view: hips pushed back, back flat, hands at the knees](...)."
        )
    return alt


def _copy(element: etree.Element) -> etree.Element:
    return etree.fromstring(etree.tostring(element))


class InlineFigures(Treeprocessor):
    def __init__(self, md: Markdown, folder: str):
        super().__init__(md)
        self.folder = folder.strip("/") + "/"

    def run(self, root: etree.Element) -> None:
        page = page_context(self.md)
        # Every id on the page so far (faults, the figures inlined above)
        taken = element_ids(root)
        parents = {child: parent for parent in root.iter() for child in parent}
        for img in [el for el in root.iter("img")]:
            if THUMB_CLASS in (img.get("class") or "").split():
                continue  # a thumbnail, decorative (alt=""), loaded as an image
            src = img.get("src", "")
            alt = require_alt(img, page.src, page.line_of)
            # images/x.svg?v=2 is the file images/x.svg
            file = src.split("#", 1)[0].split("?", 1)[0]
            if is_external(src) or not is_svg(file):
                continue
            target = posixpath.normpath(posixpath.join(posixpath.dirname(page.src), file))
            if not target.startswith(self.folder):
                continue
            path = page.site.docs_dir / target
            if not path.is_file():
                continue  # the engine reports the missing file
            svg = self.figure(path, f"docs/{target}", target[len(self.folder):-len(".svg")])
            markup = (panel_verdict(svg)
                      + inline_svg(svg, alt, img.get("class", ""), taken,
                                   description=img.get("title") or "")
                      + panel_words(svg))
            self.replace(img, parents[img], self.md.htmlStash.store(markup))

    def figure(self, path: Path, where: str, name: str) -> etree.Element:
        """The figure, checked, with its classes and ids its own. Read for
        each use: MkDocs makes a new Markdown instance (so a new
        InlineFigures) for every page, and a cache kept across pages saved
        no measurable time (a few milliseconds a figure), so none is kept
        and an edit under ``mkdocs serve`` is always seen."""
        return own_ids(own_classes(load(path, where), name), name)

    @staticmethod
    def replace(img: etree.Element, parent: etree.Element, placeholder: str) -> None:
        """Put the placeholder where the image was, in the text around it."""
        index = list(parent).index(img)
        text = placeholder + (img.tail or "")
        if index == 0:
            parent.text = (parent.text or "") + text
        else:
            before = parent[index - 1]
            before.tail = (before.tail or "") + text
        parent.remove(img)


class FiguresExtension(Extension):
    def __init__(self, **kwargs: Any):
        self.config = {"folder": ["images/", "The folder under docs/ whose SVGs are inlined"]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        # When it runs, and why: hinge_guide/priorities.py.
        md.treeprocessors.register(InlineFigures(md, self.getConfig("folder")),
                                   "hinge_figures", priorities.FIGURES)


def makeExtension(**kwargs: Any) -> FiguresExtension:
    return FiguresExtension(**kwargs)
