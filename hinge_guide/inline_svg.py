"""Inline figures: the site's SVG figures go into the page instead of <img>.

Configured in mkdocs.yml as ``hinge_guide.inline_svg``. The figures in
docs/images/ are drawn with currentColor and the theme's CSS custom
properties; inside an <img> an SVG sees neither, so it couldn't follow the
light/dark switch, and the animated rep couldn't be paused from the page.
Markdown stays plain:
``![What the figure shows](images/movement-stop-at-stretch.svg)``.

The SVG is parsed and edited as XML, never as text: the alt text becomes its
<title> (its accessible name), a class on the image (``{ .hh-fig--wide }``)
joins the SVG's classes, and ids stay apart on a page: a figure's own ids
(all but the site's hh- ones) get its name in front, and a figure whose ids
would still repeat one on the page (a second copy) gets fresh ones, with
every reference to them (``url(#...)``, ``href="#..."``, ARIA lists, an
animation's ``begin``) following. A figure's <style> applies to the whole
page, so ``check_svg`` refuses a rule that reaches past the figure, and the figure's own class
names (all but the site's hh- ones) get its name in front, so two drawings'
``.st0`` don't fight on one page. An image without alt text stops the build
here, whatever runs before or after.
"""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as etree
from collections.abc import Callable, Iterator
from html import escape
from pathlib import Path
from typing import Any
from xml.parsers import expat

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from .context import page_context
from .errors import ContentError
from .site import THUMB_CLASS

SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
etree.register_namespace("", SVG)
etree.register_namespace("xlink", XLINK)

_REFERENCE = re.compile(r"url\(#([^)]+)\)")
_ARIA_LISTS = ("aria-labelledby", "aria-describedby")


# A figure is a drawing: far below this many elements (the largest has
# about a hundred) and bytes. More is a mistake that would bloat the page.
MAX_ELEMENTS = 5_000
MAX_BYTES = 500_000
_EVENT = re.compile(r"^on", re.IGNORECASE)
_FORBIDDEN = ("script", "foreignobject", "iframe", "object", "embed")
# What makes CSS fetch: url() to anything but #id (spaces and a quote may
# come before the #), @import, and image-set()/image(), which also take a
# bare string as an address. Matched on the text as the browser reads it.
_LOADS = re.compile(r"url\((?!\s*['\"]?\s*#)|@import|image-set\(|\bimage\(", re.IGNORECASE)
# A CSS escape: a backslash and 1-6 hex digits (and one space that ends
# them), or a backslash and any other character, which stands for itself.
_CSS_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})[ \t\n\f]?|(.))", re.DOTALL)

# CSS comments and strings, blanked before rules are read: a { or ; in
# them is not a rule's edge.
_COMMENT_OR_STRING = re.compile(r"/\*.*?(?:\*/|\Z)|\"(?:[^\"\\\n]|\\.)*\"?|'(?:[^'\\\n]|\\.)*'?",
                                re.DOTALL)
_IDENT = r"(?:--|-?[^\W\d])[\w-]*"
_CLASS = re.compile(rf"\.({_IDENT})")
# A selector scoped to the figure starts with one of its classes, perhaps
# after an element name: ".arm", "path.arm", "svg.hh-fig:root".
_LEADING_CLASS = re.compile(rf"(?:[a-zA-Z][\w-]*)?\.({_IDENT})")

_DRAWING = ("Figures in docs/images/ are drawings only: redraw it with "
            "`python -m figures`, or save it from a drawing program as plain SVG.")
_OTHER_SITES = ("The site loads nothing from other sites, so a figure may point only at its "
                "own parts: url(#id), href=\"#id\". Fix: use a colour, or a gradient, pattern, "
                "mask or filter drawn inside the figure, and delete the address.")
_PAGE_WIDE = ("A figure is inlined into its page, and its <style> applies to the whole page, "
              "so a rule that reaches past the figure restyles or hides the page. Fix: start "
              "every selector with a class the figure's own elements carry, as in .arm {...} "
              "with class=\"arm\" (a drawing program's .st0 is fine: each figure's classes are "
              "renamed apart); use no bare element names, *, :root, ids, + or ~, and no "
              "at-rules but @media and @keyframes hh-name.")


def check_svg(data: bytes, where: str) -> None:
    """Refuse a figure that could run code or fetch from elsewhere: the site
    publishes docs/images/ and inlines its SVGs into pages. Read with expat,
    element by element, so a huge or entity-laden file stops early.

    Checked as the browser reads it: expat decodes XML entities (``&#117;``
    is "u"), but hands text over in pieces split at each entity, so an
    element's text is joined before it is checked; ``css_unescape`` decodes
    CSS escapes (``\\75 `` is "u" too). Every attribute is checked, not only
    style="": fill, filter, mask, clip-path and marker-* take url() too."""
    if len(data) > MAX_BYTES:
        raise ContentError(f"{where}: the figure is {len(data):,} bytes, too big for a "
                           f"page (at most {MAX_BYTES:,}). " + _DRAWING)
    problems: list[tuple[int, str]] = []   # (line, what is wrong and how to fix it)
    open_elements: list[tuple[str, int, list[str]]] = []   # (name, line, text pieces)
    styles: list[tuple[int, str]] = []     # each <style>'s line and text
    classes: set[str] = set()              # every class an element carries
    count = 0

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal count
        count += 1
        line = parser.CurrentLineNumber
        name = tag.rsplit(" ", 1)[-1]
        if count == 1 and tag != f"{SVG} svg":
            problems.append((line, f"it is not SVG (it starts with <{name}>). " + _DRAWING))
        if open_elements and open_elements[-1][0].lower() == "style":
            # The page reads a <style>'s own text only; keep it all in one piece.
            problems.append((line, f"its <style> holds a <{name}> element. A <style> holds "
                                   "CSS only: move the element out of it."))
        classes.update(attrs.get("class", "").split())
        in_svg = " " not in tag or tag.startswith(f"{SVG} ")
        found = [_element_problem(name, in_svg), _animation_problem(name, attrs)]
        found += [_attribute_problem(name, key.rsplit(" ", 1)[-1], value)
                  for key, value in attrs.items()]
        problems.extend((line, problem) for problem in found if problem)
        open_elements.append((name, line, []))
        if count > MAX_ELEMENTS:
            raise _Stop

    def end(tag: str) -> None:
        name, line, pieces = open_elements.pop()
        problem = _text_problem(name, "".join(pieces))
        if problem:
            problems.append((line + problem[1], problem[0]))
        if name.lower() == "style":    # the page's HTML parser lowercases tag names
            styles.append((line, "".join(pieces)))

    def text(data: str) -> None:
        if open_elements:
            open_elements[-1][2].append(data)

    def refuse(*args: object) -> None:
        problems.append((parser.CurrentLineNumber,
                         "it declares a DOCTYPE or entities. " + _DRAWING))
        raise _Stop

    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    try:
        parser.Parse(data, True)
    except _Stop:
        if count > MAX_ELEMENTS:
            problems.append((0, f"it has more than {MAX_ELEMENTS:,} elements. " + _DRAWING))
    except expat.ExpatError as error:
        problems.append((error.lineno, f"it is not valid SVG "
                                       f"({expat.ErrorString(error.code)}). " + _DRAWING))
    # After the whole file: a rule may style a class that comes after it.
    for line, css in styles:
        in_style = _style_problem(css, classes)
        if in_style:
            problems.append((line + in_style[1], in_style[0]))
    if problems:
        line, first = problems[0]
        at = f", line {line}" if line else ""
        raise ContentError(f"{where}{at}: the figure can't go on the site: {first}")


# The elements a drawing is made of. Anything else (an <img>, a <p>) becomes
# a page element once the figure is inlined: an <img> there fetches.
_SVG_ELEMENTS = frozenset("""
    svg g defs symbol use title desc metadata style switch a view
    path rect circle ellipse line polyline polygon text tspan textpath
    lineargradient radialgradient stop pattern mask clippath marker image
    filter feblend fecolormatrix fecomponenttransfer fecomposite feconvolvematrix
    fediffuselighting fedisplacementmap fedistantlight fedropshadow feflood fefunca
    fefuncb fefuncg fefuncr fegaussianblur feimage femerge femergenode femorphology
    feoffset fepointlight fespecularlighting fespotlight fetile feturbulence
    animate animatemotion animatetransform set mpath
""".split())


def _element_problem(name: str, in_svg: bool = True) -> str | None:
    """An element that runs code, embeds another document, or isn't part of
    a drawing. Elements of a drawing program's own namespace (Inkscape's
    sodipodi:namedview) pass: the page's parser leaves them inert."""
    if name.lower() in _FORBIDDEN:
        return f"it holds a <{name}> element. " + _DRAWING
    if in_svg and name.lower() not in _SVG_ELEMENTS:
        return (f"it holds a <{name}> element, which is not part of an SVG drawing: inlined "
                "into the page it would become a page element (an <img> there fetches). "
                + _DRAWING)
    return None


def _animation_problem(element: str, attrs: dict[str, str]) -> str | None:
    """SMIL that changes a link: <set attributeName="href" to="https://...">
    would turn a checked href="#id" into a link out once the page runs it.
    Animated values that fetch (values="url(https://...)") are caught with
    every other attribute."""
    target = attrs.get("attributeName", "")
    if target.rsplit(":", 1)[-1].strip().lower() != "href":
        return None
    value = next((attrs[key] for key in ("to", "values", "from", "by") if key in attrs), "")
    return (f'<{element}> animates a link (attributeName="{target}"'
            + (f', to "{value[:60]}"' if value else "") + "). The site loads nothing from "
            "other sites, so a figure's links point only at its own parts, href=\"#id\", and "
            "an animation must not change them. Fix: animate shapes, colours or positions "
            f"only, and delete this <{element}>.")


def _attribute_problem(element: str, attr: str, value: str) -> str | None:
    """An event handler, a link out of the figure, or a value that fetches:
    any attribute, since presentation attributes (fill="url(...)") are CSS."""
    if _EVENT.match(attr):
        return f'<{element}> has the event handler {attr}="...". ' + _DRAWING
    if attr.lower() == "href" and not value.startswith("#"):   # HTML lowercases HREF
        return f'<{element}> links to "{value[:60]}", outside the figure. ' + _OTHER_SITES
    found = _fetch(value)
    if found:
        return f'<{element}> has {attr}="{found[0]}", which points outside the figure. ' \
            + _OTHER_SITES
    return None


def _text_problem(element: str, text: str) -> tuple[str, int] | None:
    """CSS in an element's text (a <style>) that fetches, and how many lines
    into the text it is."""
    found = _fetch(text)
    if not found:
        return None
    quote, lines = found
    return f'its <{element}> has "{quote}", which points outside the figure. ' \
        + _OTHER_SITES, lines


def _fetch(css: str) -> tuple[str, int] | None:
    """The first thing in the CSS that would fetch, as the browser reads it
    (escapes decoded): a short quote, and how many lines into the text."""
    plain = css_unescape(css)
    found = _LOADS.search(plain)
    if not found:
        return None
    quote = " ".join(plain[found.start():].split())
    quote = ("..." if plain[:found.start()].strip() else "") + quote[:50] \
        + ("..." if len(quote) > 50 else "")
    return quote, plain.count("\n", 0, found.start())


def _style_problem(css: str, classes: set[str]) -> tuple[str, int] | None:
    """The first rule in a <style> that reaches past the figure, and how
    many lines into the text it starts. An inlined SVG's <style> is a style
    sheet of the whole HTML page: body{display:none} blanks it."""
    for start, prelude, in_keyframes in _rules(css):
        problem = None if in_keyframes else _prelude_problem(prelude.strip(), classes)
        if problem:
            quote = " ".join(css[start:start + len(prelude)].split())
            quote = quote if len(quote) <= 60 else quote[:60] + "..."
            lines = css.count("\n", 0, start + len(prelude) - len(prelude.lstrip()))
            return f'its <style> has the rule "{quote}": {problem}. ' + _PAGE_WIDE, lines
    return None


def _prelude_problem(prelude: str, classes: set[str]) -> str | None:
    """Why a rule's selectors (or at-rule) reach past the figure, or None."""
    if "\\" in prelude:
        return "it is written with CSS escapes, which hide what it picks"
    if prelude.startswith("@"):
        return _at_rule_problem(prelude)
    for selector in _selectors(prelude):
        lead = _LEADING_CLASS.match(selector)
        if not lead:
            return "it does not start with a class of the figure's own elements"
        name = lead.group(1)
        if name.startswith("hh-") and name not in classes \
                and not (name == "hh-fig" or name.startswith("hh-fig-")):
            # hh- classes are the site's and are not renamed: one the figure
            # doesn't carry (.hh-card) is the page's. hh-fig-* is the figures'
            # shared vocabulary, and the page adds hh-fig--wide and the like.
            return f'".{name}" is a class of the site\'s pages, and no element of this ' \
                "figure carries it"
        if re.search(r"[+~]", _flat(selector)):
            return "+ and ~ pick elements next to the figure's, which may be the page's"
        if "#" in selector:
            return "it picks by id, and ids change when a figure is on a page twice"
    return None


def _at_rule_problem(prelude: str) -> str | None:
    """@media and @charset keep to the figure's own rules; @keyframes names
    are shared by the whole page, so a figure's carry the site's hh- prefix.
    Every other at-rule (@font-face, @page, @property, @layer, ...) acts on
    the page."""
    words = prelude[1:].split()
    name = words[0].lower() if words else ""
    if name in ("media", "charset"):
        return None
    if name in ("keyframes", "-webkit-keyframes"):
        if len(words) > 1 and words[1].startswith("hh-"):
            return None
        return "animation names are shared by the whole page, so a figure's start with hh-"
    return f"@{name} acts on the whole page"


def _rules(css: str) -> Iterator[tuple[int, str, bool]]:
    """Each rule's prelude (its selectors, or an at-rule) with where it
    starts, and whether it is a keyframe (0%, to) rather than selectors.

    Read the way browsers recover: a prelude runs to the next {, and any
    ; or } starts a new one, so this finds every prelude a browser could
    apply, and a few it would drop, never fewer."""
    plain = _COMMENT_OR_STRING.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), css)
    blocks: list[str] = []    # the preludes of the blocks we are inside
    start = 0
    for mark in re.finditer(r"[{};]", plain):
        prelude = plain[start:mark.start()]
        if mark.group() == "{":
            yield start, prelude, bool(blocks) and _is_keyframes(blocks[-1])
            blocks.append(prelude.strip())
        elif mark.group() == "}":
            if blocks:
                blocks.pop()
        elif prelude.strip().startswith("@"):        # @import, @layer, @namespace ...;
            yield start, prelude, False
        start = mark.end()
    if plain[start:].strip().startswith("@"):         # an at-rule the file ends in
        yield start, plain[start:], False


def _is_keyframes(prelude: str) -> bool:
    return re.match(r"@(-webkit-)?keyframes\b", prelude, re.IGNORECASE) is not None


def _selectors(prelude: str) -> list[str]:
    """A selector list split at its top-level commas, not those in
    :is(a, b) or [a=","]."""
    flat, pieces, start = _flat(prelude), [], 0
    for comma in re.finditer(",", flat):
        pieces.append(prelude[start:comma.start()].strip())
        start = comma.end()
    return [*pieces, prelude[start:].strip()]


def _flat(selector: str) -> str:
    """The selector with what is inside (...) and [...] blanked, same length."""
    while True:
        inner = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", lambda m: "_" * len(m.group()), selector)
        if inner == selector:
            return inner
        selector = inner


def css_unescape(css: str) -> str:
    """CSS text as the browser reads it: ``\\75 rl(`` and ``\\u\\r\\l(`` are
    both ``url(``, so a check of the plain text can't be slipped past."""
    def char(escape: re.Match[str]) -> str:
        if escape.group(1):
            code = int(escape.group(1), 16)
            # Zero, surrogates and beyond Unicode stand for U+FFFD, as in CSS.
            valid = 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF
            return chr(code) if valid else "\ufffd"
        return "" if escape.group(2) == "\n" else escape.group(2)   # \ + newline: nothing
    return _CSS_ESCAPE.sub(char, css)


class _Stop(Exception):
    pass


def load(path: Path, where: str | None = None) -> etree.Element:
    data = path.read_bytes()
    check_svg(data, where or str(path))
    return etree.fromstring(data)


def check_folder(folder: Path, where: str) -> None:
    """Every SVG under docs/, inlined or not: each is published, and opened
    on its own an SVG runs its scripts. The vendored tracker is checked
    against its own manifest instead."""
    for path in sorted(folder.rglob("*.svg")):
        if "vendor" in path.relative_to(folder).parts:
            continue
        stamp = (str(path), path.stat().st_mtime_ns, path.stat().st_size)
        if stamp not in _checked:
            check_svg(path.read_bytes(), f"{where}/{path.relative_to(folder).as_posix()}")
            _checked.add(stamp)


_checked: set[tuple] = set()


# An animation's begin="a.end; b.click+1s" names other animations by id.
_TIMING = re.compile(r"(?<![\w.-])([A-Za-z_][\w-]*)(?=\.)")


def rename_ids(svg: etree.Element, rename: Callable[[str], str]) -> None:
    """Rename every id in the figure, and every reference to one with it:
    url(#id) in any attribute and in <style>, href="#id" (plain and xlink),
    the ARIA lists and an animation's begin/end."""
    ids = {el.get("id") for el in svg.iter() if el.get("id")}
    if not ids:
        return

    def fix(value: str) -> str:
        return _REFERENCE.sub(
            lambda m: f"url(#{rename(m.group(1))})" if m.group(1) in ids else m.group(0), value
        )

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
            elif "url(#" in value:
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
    rename_ids(svg, lambda name: name if name.startswith("hh-") else prefix + name)
    if svg.find(f"{{{SVG}}}title") is None:
        # The alt text goes in here: its id, like the others, is the figure's own.
        ids = {el.get("id") for el in svg.iter() if el.get("id")}
        svg.insert(0, etree.Element(f"{{{SVG}}}title",
                                    {"id": _fresh(prefix + "title", lambda name: name in ids)}))
    return svg


def own_classes(svg: etree.Element, figure: str) -> etree.Element:
    """Rename the figure's own classes apart from every other figure's.

    Drawing programs call their classes .st0, .st1 in every file, and an
    inlined figure's <style> applies to the whole page, so two figures on
    one page would both take the last one's .st0. Each class not starting
    with hh- gets the figure's name in front, in its elements and its
    <style> alike. hh- classes are the site's and stay: the generated
    figures share .hh-fig-body, and the page styles .hh-fig--wide and runs
    .hh-anim. check_svg has made sure every rule starts with a class, so
    once renamed a coach's rules reach only their own figure's elements."""
    prefix = figure_prefix(figure)

    def rename(name: str) -> str:
        return name if name.startswith("hh-") else prefix + name

    for el in svg.iter():
        if el.get("class"):
            el.set("class", " ".join(rename(name) for name in el.get("class", "").split()))
        if isinstance(el.tag, str) and el.tag.rsplit("}", 1)[-1].lower() == "style" and el.text:
            el.text = _rename_classes(el.text, rename)
    return svg


def _rename_classes(css: str, rename: Callable[[str], str]) -> str:
    """The CSS with every class in its selectors renamed."""
    out, done = [], 0
    for start, prelude, in_keyframes in _rules(css):
        if in_keyframes or prelude.lstrip().startswith("@"):
            continue
        for found in _CLASS.finditer(prelude):
            out += [css[done:start + found.start(1)], rename(found.group(1))]
            done = start + found.end(1)
    return "".join(out) + css[done:]


def inline_svg(svg: etree.Element, alt: str, extra_class: str,
               taken: set[str] | None = None) -> str:
    """The figure as markup for the page: named by the alt text, with the
    image's classes. taken holds the ids already on the page: a figure
    whose ids would repeat one (a second copy of it, or another figure's
    clash) gets fresh ones, -2, -3, ..., and taken gains the figure's."""
    svg = _copy(svg)
    title = svg.find(f"{{{SVG}}}title")
    if title is None:
        ids = element_ids(svg)
        title = etree.Element(f"{{{SVG}}}title",
                              {"id": _fresh("hh-fig-title", lambda name: name in ids)})
        svg.insert(0, title)
    title.text = alt
    svg.set("role", "img")
    if title_id := title.get("id"):
        svg.set("aria-labelledby", title_id)
    if taken is not None:
        unique_ids(svg, taken)
    if extra_class:
        svg.set("class", " ".join(filter(None, [svg.get("class", ""), extra_class])))
    return etree.tostring(svg, encoding="unicode")


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


def require_alt(img: etree.Element, src: str) -> str:
    """An image's alt text; the one rule for it, here and in the checks. A
    thumbnail in the fault index is decorative (its fault's name stands
    beside it), so its alt is empty on purpose."""
    if THUMB_CLASS in (img.get("class") or "").split():
        return ""
    alt = (img.get("alt") or "").strip()
    if not alt:
        raise ContentError(
            f"docs/{src}: the image {img.get('src') or '?'} has no alt text. Write "
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
        if page.engine != "bare":
            check_folder(page.site.docs_dir, "docs")
        # Every id on the page so far (faults, the figures inlined above)
        taken = element_ids(root)
        parents = {child: parent for parent in root.iter() for child in parent}
        for img in [el for el in root.iter("img")]:
            if THUMB_CLASS in (img.get("class") or "").split():
                continue  # a thumbnail, decorative (alt=""), loaded as an image
            src = img.get("src", "")
            alt = require_alt(img, page.src)
            if "://" in src or not src.endswith(".svg"):
                continue
            target = posixpath.normpath(posixpath.join(posixpath.dirname(page.src), src))
            if not target.startswith(self.folder):
                continue
            path = page.site.docs_dir / target
            if not path.is_file():
                continue  # the engine reports the missing file
            svg = self.figure(path, f"docs/{target}", target[len(self.folder):-len(".svg")])
            markup = inline_svg(svg, alt, img.get("class", ""), taken) + panel_words(svg)
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
        md.registerExtension(self)
        # After inline (20) has made the <img> elements and the glossary (7)
        # has marked the text; before the checks (1).
        md.treeprocessors.register(InlineFigures(md, self.getConfig("folder")),
                                   "hinge_figures", 6)


def makeExtension(**kwargs: Any) -> FiguresExtension:
    return FiguresExtension(**kwargs)
