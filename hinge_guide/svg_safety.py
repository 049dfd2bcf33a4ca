"""The safety check of an SVG figure: the site publishes docs/images/ and
inlines its figures into pages, so a figure that could run code, fetch from
another site, or restyle the page past its own elements stops the build,
with the line and what to do (``check_svg``). Used by the inline figures
(hinge_guide/inline_svg.py) for each figure, and by the settings checks
(checks/settings.py, ``check_folder``) for every SVG under docs/.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from xml.parsers import expat

from .errors import ContentError
from .site import is_site_name

SVG = "http://www.w3.org/2000/svg"

# A figure is a drawing: far below this many elements (the largest has
# about a hundred) and bytes. More is a mistake that would bloat the page.
MAX_ELEMENTS = 5_000
MAX_BYTES = 500_000
_EVENT = re.compile(r"^on", re.IGNORECASE)
_FORBIDDEN = ("script", "foreignobject", "iframe", "object", "embed")
# A reference to one of the figure's own parts, url(#id), quoted or not
# and spaced as CSS allows: url(#g), url('#g'), url( "#g" ). The one
# grammar for it: the check lets these through, and the inliner renames the
# ids they name with the ids themselves (inline_svg.rename_ids).
_INTERNAL_ARGUMENT = r"\s*(?P<quote>['\"]?)\s*#(?P<id>[^'\"()\s]+)\s*(?P=quote)\s*\)"
INTERNAL_URL = re.compile(r"url\(" + _INTERNAL_ARGUMENT, re.IGNORECASE)
# What makes CSS fetch: url() that isn't one of those, @import, and
# image-set()/image(), which also take a bare string as an address.
# Matched on the text as the browser reads it.
_LOADS = re.compile(r"url\((?!" + _INTERNAL_ARGUMENT + r")|@import|image-set\(|\bimage\(",
                    re.IGNORECASE)
# A CSS escape: a backslash and 1-6 hex digits (and one space that ends
# them), or a backslash and any other character, which stands for itself.
_CSS_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})[ \t\n\f]?|(.))", re.DOTALL)

# CSS comments and strings, blanked before rules are read: a { or ; in
# them is not a rule's edge.
_COMMENT_OR_STRING = re.compile(r"/\*.*?(?:\*/|\Z)|\"(?:[^\"\\\n]|\\.)*\"?|'(?:[^'\\\n]|\\.)*'?",
                                re.DOTALL)
_IDENT = r"(?:--|-?[^\W\d])[\w-]*"
CSS_CLASS = re.compile(rf"\.({_IDENT})")
# A selector scoped to the figure starts with one of its classes, perhaps
# after an element name: ".arm", "path.arm", "svg.hh-fig:root".
_LEADINGCSS_CLASS = re.compile(rf"(?:[a-zA-Z][\w-]*)?\.({_IDENT})")

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


def is_svg(name: str) -> bool:
    """Whether a file name or address names an SVG: by its extension, in any
    case (a phone or a drawing program may save Figure.SVG, which the browser
    and the host treat as an SVG too). The one rule, for the safety check of
    every file, the figures inlined and the fault index's pictures."""
    return name.lower().endswith(".svg")


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
        if count == 1 and tag == "svg":
            problems.append((line, "its <svg> tag lacks the SVG namespace, which an SVG "
                                   "file needs to be drawn. Fix: write <svg xmlns="
                                   '"http://www.w3.org/2000/svg" ...> (drawing programs add '
                                   "it when they save as SVG)."))
        elif count == 1 and tag != f"{SVG} svg":
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

    def instruction(target: str, data: str) -> None:
        # <?xml-stylesheet href="https://..."?> loads a stylesheet when the
        # file is opened on its own; no drawing needs an instruction.
        problems.append((parser.CurrentLineNumber,
                         f"it holds a processing instruction (<?{target} ...?>), which can "
                         "load a file from elsewhere. Remove that line. " + _DRAWING))

    parser = expat.ParserCreate(namespace_separator=" ")
    parser.ProcessingInstructionHandler = instruction
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
    if attr.lower() == "href" and value.strip().lower().startswith("data:"):
        return (f'<{element}> holds a picture inside the drawing ("{value[:40]}..."), a photo '
                "or a scan the drawing program kept. Figures in docs/images/ are drawings "
                "only: save the picture as a file of its own (a .jpg or .png under "
                "docs/images/) and show it with ![what it shows](images/name.jpg), or "
                "redraw it.")
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
    for start, prelude, in_keyframes in css_rules(css):
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
        lead = _LEADINGCSS_CLASS.match(selector)
        if not lead:
            return "it does not start with a class of the figure's own elements"
        name = lead.group(1)
        if is_site_name(name) and name not in classes \
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
        if len(words) > 1 and is_site_name(words[1]):
            return None
        return "animation names are shared by the whole page, so a figure's start with hh-"
    return f"@{name} acts on the whole page"


def css_rules(css: str) -> Iterator[tuple[int, str, bool]]:
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
