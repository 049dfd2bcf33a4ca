"""Checks of the finished page's tree: one H1, alt text, admonition types the
site styles, and no block marker (``///``) left
as text, with the reason it was (a misspelt name, bad settings, an
extension that is off).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Collection, Mapping

from markdown import Markdown

from ..blocks import ANCHOR, registered_blocks
from ..errors import ContentError
from ..inline_svg import require_alt
from ..line_numbers import LineOf, file_lines, no_line
from ..reader import heading_text
from ..site import is_site_name
from ..site_extensions import MATERIAL_ADMONITIONS, block_extension, missing_extension

# Classes that Markdown or Material put on admonitions besides the type.
_LAYOUT_CLASSES = {"admonition", "inline", "end", "annotate"}


def check_tree(root: etree.Element, src: str, admonition_types: set[str],
               blocks: Collection[str] | None = None, line_of: LineOf = no_line,
               md: Markdown | None = None) -> None:
    """The finished page: alt text, admonition types, no block left as text,
    one H1. ``blocks`` are the block names the page's Markdown knows."""
    h1s = [el for el in root.iter("h1")]
    if len(h1s) > 1:
        # Its words as a reader sees them: toc's permalink (whose ¶ read as
        # "amppara;") left out, entities and stashed markup read.
        second = _words(h1s[1], md)
        # Its own line: "# {second}" as a whole line, after as many such
        # lines as H1s with these words come before it.
        earlier = sum(1 for h1 in h1s[:1] if _words(h1, md) == second)
        own = re.compile(r"^#[ \t]+" + re.escape(second) + r"[ \t]*(?:\{[^}]*\})?[ \t#]*$")
        where = line_of(own, nth=earlier + 1) or line_of("# " + second)
        raise ContentError(
            f'docs/{src}{where}: the page has a second H1, "# {second}". '
            "A page has one title: make this one a section, ## " + second + "."
        )
    for element in root.iter():
        if element.tag == "img":
            require_alt(element, src, line_of)
        classes = set((element.get("class") or "").split())
        if element.tag in ("div", "details") and (
            "admonition" in classes or element.tag == "details"
        ):
            check_box_closed(element, classes, src, line_of, md, root)
            # hh-* classes are the site's own styling hooks, such as hh-cues.
            kinds = {c for c in classes - _LAYOUT_CLASSES if not is_site_name(c)}
            for kind in sorted(kinds - admonition_types):
                heading = next((child for child in element
                                if child.tag == "summary"
                                or "admonition-title" in (child.get("class") or "")), None)
                title = " ".join("".join(heading.itertext()).split()) if heading is not None \
                    else ""
                others = kinds & admonition_types
                which = f'the {next(iter(others))} box "{title}"' if others and title \
                    else f'the box "{title}"' if title else "a box"
                raise ContentError(
                    f'docs/{src}{_box_line(root, element, title, line_of)}: {which} has the class '
                    f'"{kind}" (its type, a `type:` setting or a class in its attrs), which '
                    "the site does not style. Use one of the types "
                    f"{', '.join(sorted(admonition_types))}; a class of your own starts "
                    "with hh- and is styled in docs/stylesheets/extra.css."
                )
        if element.tag == "pre":
            # The guide shows no code: a paragraph indented by accident (four
            # spaces, or a tab) turns into a grey box of typewriter text.
            text = "".join(element.itertext())
            first = next((line.strip() for line in file_lines(text) if line.strip()), "")
            raise ContentError(
                f"docs/{src}{line_of(first) if first else ''}: these lines are indented four "
                "spaces or more (or by a tab), so they show as code, a grey box of typewriter "
                "text this guide never uses. Take the spaces off the start of the lines; under "
                "a numbered step, indent them as the step's own text is."
            )
        if element.tag == "p":
            text = "".join(element.itertext()).lstrip()
            if text.startswith("///"):
                first = file_lines(text)[0]
                raise ContentError(f"docs/{src}{line_of(first)}: " + stray_block(
                    text, blocks, admonition_types))


def _box_line(root: etree.Element, box: etree.Element, title: str, line_of: LineOf) -> str:
    """", line N" of a box's opening line (``/// note | Title``): the nth
    such line with its title, where it is the nth box with it on the page;
    else the first line holding the title (a box written another way)."""
    if not title:
        return ""
    same = [el for el in root.iter() if el.tag in ("div", "details")
            and _box_title(el) == title]
    nth = same.index(box) + 1 if box in same else 1
    opening = re.compile(r"^\s*///\s*[\w-]+\s*\|\s*" + re.escape(title) + r"\s*$")
    return line_of(opening, nth) or line_of(title)


def _box_title(box: etree.Element) -> str:
    title = box.find("summary") if box.tag == "details" else next(
        (el for el in box if "admonition-title" in (el.get("class") or "").split()), None)
    return " ".join("".join(title.itertext()).split()) if title is not None else ""


def _words(heading: etree.Element, md: Markdown | None) -> str:
    """A heading's words as a reader sees them."""
    return heading_text(heading, md) if md is not None \
        else " ".join("".join(heading.itertext()).split())


# Box types Material styles: one of these left as text means mkdocs.yml's
# list of types lacks it (or misspells it), not the page.
_BLOCK_LINE = re.compile(r"^///\s*(?P<name>[\w-]*)\s*(?:\|\s*(?P<title>.*))?$")


def stray_block(text: str, blocks: Collection[str] | None, admonition_types: set[str]) -> str:
    """What to do about a block marker left as text: say which part is wrong
    (the name, the settings line under it, or a missing extension)."""
    lines = file_lines(text)
    first = lines[0].strip()
    admonitions = blocks is not None and "admonition" in blocks
    match = _BLOCK_LINE.match(first)
    name = match.group("name") if match else ""
    kinds = sorted(admonition_types - {"fault"})
    vocabulary = ", ".join(f"/// {kind} | Title" for kind in ["fault", *kinds[:-1]])
    vocabulary += f" or /// {kinds[-1]} | Title" if kinds else ""
    if not name:
        return (f'"{first}" closes no block. Remove it, or open the block above it '
                f"with {vocabulary}.")
    title = (match.group("title") or "").strip() if match else ""
    if isinstance(blocks, Mapping) and name in blocks and not title \
            and getattr(blocks[name], "ARGUMENT", None) is True:
        return (f'"{first}" was left as text: a {name} block needs a title after a |, '
                f"e.g. /// {name} | {_TITLE_EXAMPLES.get(name, 'Title')}.")
    if blocks is not None and name in blocks:
        return f'"{first}" was left as text: ' + bad_settings(name, lines[1:])
    extension = block_extension(name)
    if extension is not None and extension.name != "pymdownx.blocks.admonition" \
            or name == "admonition" or name in MATERIAL_ADMONITIONS and not admonitions:
        assert extension is not None
        return f'"{first}" was left as text: ' + missing_extension(extension, f"/// {name}")
    if name in MATERIAL_ADMONITIONS:
        return (f'"{first}" was left as text: "{name}" is not among the admonition '
                "types in mkdocs.yml (pymdownx.blocks.admonition, types: "
                f"{', '.join(kinds)}). Add it there, or check its spelling.")
    return (f'"{first}" was left as text: "{name}" is misspelt: it is not a block '
            "the site knows. "
            f"Write {vocabulary}, and close it with /// on a line of its own.")


# What YAML made of a value that should have been a word, as a coach reads it.
_YAML_KINDS = {"int": "a number", "float": "a number", "list": "a list",
               "dict": "a set of settings", "bool": "true or false (YAML reads yes and no so)"}


# A title to show, for a block that needs one
_TITLE_EXAMPLES = {"tab": "In a gym", "details": "How to do the broomstick drill"}


def bad_settings(name: str, option_lines: list[str]) -> str:
    """Why a known block refused the settings lines under its title."""
    import yaml

    options_text = "\n".join(line.strip() for line in option_lines if line.strip())
    example = "    attrs: {id: rounded-back}"
    try:
        options = yaml.safe_load(options_text) if options_text else {}
    except yaml.YAMLError:
        options = None
    if not isinstance(options, dict) or not isinstance(options.get("attrs"), dict):
        return (f"the line under its title, {options_text[:60]!r}, is not a setting. "
                f"Write it as `{example}` (attrs, a colon, then the braces), "
                "indented four spaces.")
    others = sorted(set(options) - {"attrs"})
    if others:
        return (f"a {name} box takes one setting, attrs:, not {', '.join(others)}. "
                f"Remove that line; keep `{example}`.")
    attrs = options.get("attrs", {})
    for key, value in attrs.items():
        if not isinstance(value, str):
            what = "the id" if key == "id" else key
            kind = _YAML_KINDS.get(type(value).__name__, type(value).__name__)
            return (f"{what} {value!r} reads as {kind}, not a word. "
                    "Anchors are lower-case words joined by hyphens, with at least one "
                    f"letter, e.g. `{example}`; old anchors the same, "
                    "e.g. data-old-anchors: going-too-deep.")
        if key == "id" and not ANCHOR.match(value):
            break
    return (f"its settings are not valid: {options_text[:80]!r}. Write `{example}`: "
            "the id in lower-case words of letters and digits joined by hyphens, "
            "with at least one letter (no spaces, /, # or dots).")


def admonition_types(md: Markdown) -> set[str]:
    """The admonition types mkdocs.yml configures for pymdownx.blocks.admonition
    (one source for the vocabulary), plus the fault box."""
    from pymdownx.blocks.admonition import Admonition

    types = {"fault"}
    for name, block in (registered_blocks(md) or {}).items():
        if issubclass(block, Admonition) and name != "admonition":
            types.add(name)
    return types


def check_box_closed(box: etree.Element, classes: set[str], src: str, line_of: LineOf,
                     md: Markdown | None = None, root: etree.Element | None = None) -> None:
    """A box (/// note, /// details ...) holds no heading. Markdown closes
    a block left open at the end of the page, so a box missing its ///
    line swallows every section after it into one box, and the page still
    builds. (Fault boxes have their own message: faults/box.py.)"""
    if "fault" in classes:
        return
    heading = next((el for el in box.iter() if el is not box
                    and el.tag in ("h1", "h2", "h3", "h4", "h5", "h6")), None)
    if heading is None:
        return
    title = _box_title(box)
    words = _words(heading, md)
    named = f'the box "{title}"' if title else "a box"
    raise ContentError(
        f"docs/{src}{_box_line(root if root is not None else box, box, title, line_of)}: "
        f"{named} is not closed: it runs on "
        f'into the section "{words}" and holds the rest of the page. End it with /// on a '
        "line of its own, indented like its first line."
    )
