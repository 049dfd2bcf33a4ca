"""Markdown the page would show as typed: the engines leave a line they
can't read as text, and the reader sees the markup instead of what it was
meant to make.

- an admonition in another site's syntax (``!!! note``, ``??? tip``);
- a table with no blank line above it, or no ``| --- |`` row under its header;
- an HTML comment inside a numbered step (indented), which Markdown shows
  as text (``<!--``) and does not hide;
- a link with no address, ``[words]()``, or to a reference that is never
  defined, ``[words][name]``;
- a footnote, ``[^1]``: the site has none, so it shows as typed;
- a heading with no words (a line of only ``##``);
- a macro with one brace, ``{ method.tempo.down_seconds }``, or one the
  macros plugin never ran (it is off in mkdocs.yml).

Code (spans and blocks) is left alone: markup shown as an example is code.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable, Iterator

from ..errors import ContentError
from ..line_numbers import LineOf, file_lines, no_line

_ADMONITION = re.compile(r"^(?P<marker>!!!|\?\?\?\+?)\s*(?P<type>[\w-]*)(?P<rest>.*)$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_REFERENCE = re.compile(r"\[[^\[\]\n]+\]\[[^\[\]\n]*\]")
_ONE_BRACE = re.compile(r"(?<!\{)\{\s*(?:method\.|word\s*\()[^{}\n]*\}(?!\})")
_MACRO = re.compile(r"\{\{\s*(?:method\.|word\s*\()")
_FOOTNOTE = re.compile(r"\[\^[^\]\s]+\]")
# Markup Markdown leaves as typed, in the order they are looked for: what
# the page shows, then why and what to write instead.
_SHOWN_AS_TYPED = (
    (_REFERENCE, "no line on the page defines that reference. Write the link with its "
                 "address, e.g. [words](setup.md)."),
    (_FOOTNOTE, "this site has no footnotes. Say where a fact comes from in the sentence, "
                "or link the source, e.g. [the sources](sources.md), and delete the "
                "footnote's own line."),
    (_ONE_BRACE, "a macro takes two braces each side, e.g. {{ method.tempo.down_seconds }}."),
)
_CODE = frozenset({"code", "pre", "kbd", "script", "style", "svg"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _text(element: etree.Element) -> str:
    """An element's words, code and the heading's permalink left out."""
    parts = [element.text or ""]
    for child in element:
        if child.tag not in _CODE and "headerlink" not in (child.get("class") or "").split():
            parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _blocks(root: etree.Element) -> Iterator[etree.Element]:
    """Every element outside code."""
    for child in root:
        if child.tag in _CODE:
            continue
        yield child
        yield from _blocks(child)


def check_left_as_text(root: etree.Element, src: str,
                       line_of: LineOf = no_line,
                       empty_heading_line: Callable[[], str] = lambda: "",
                       macros_ran: bool = False) -> None:
    """Stop at markup the page would show as typed. ``macros_ran``: the page
    was rendered by an engine whose macros run first, so a {{ }} left in it
    was never run (a plain Markdown call, or the fault reader, reads the
    text as it is)."""
    for element in _blocks(root):
        if element.tag in _HEADINGS and not _text(element).strip() \
                and not any(child.tag == "img" for child in element.iter()):
            raise ContentError(
                f"docs/{src}{empty_heading_line()}: a heading has no words (a line of only "
                f"{'#' * int(element.tag[1])}). Write its words after the #s, e.g. "
                "## Where to start, or delete the line."
            )
        if element.tag == "a" and element.get("href") == "":
            words = _text(element).strip()
            raise ContentError(
                f"docs/{src}{line_of(f'[{words}]()')}: the link [{words}]() has no address, "
                "so it leads nowhere. Put the page between the brackets, e.g. "
                f"[{words}](setup.md), or remove the link and keep the words."
            )
        if element.tag != "p" and element.tag not in _HEADINGS and element.tag != "li":
            continue
        text = _text(element)
        _check_paragraph(text, src, line_of, macros_ran)


def _check_paragraph(text: str, src: str, line_of: LineOf,
                     macros_ran: bool) -> None:
    lines = file_lines(text)
    first = lines[0].strip() if lines else ""
    admonition = _ADMONITION.match(first)
    if admonition and admonition.group("type"):
        kind = admonition.group("type")
        title = admonition.group("rest").strip().strip("\"'") or "Title"
        raise ContentError(
            f"docs/{src}{line_of(first)}: {first} shows as typed: this site writes boxes "
            f"with ///, not {admonition.group('marker')}. Write /// {kind} | {title} on "
            "its own line, the text under it (not indented), and /// on a line of its "
            "own to close it."
        )
    for line in lines:
        if _TABLE_RULE.match(line):
            raise ContentError(
                f"docs/{src}{line_of(line.strip())}: a table shows as typed, pipes and all: "
                "a table needs a blank line above its first row. Add one."
            )
    rows = [line for line in lines if _TABLE_ROW.match(line)]
    if len(rows) >= 2 and rows[0].count("|") >= 3:
        columns = rows[0].strip().strip("|").count("|") + 1
        rule = "| " + " | ".join(["---"] * columns) + " |"
        raise ContentError(
            f"docs/{src}{line_of(rows[0].strip())}: a table shows as typed, pipes and all: "
            f"it needs a line {rule} under its first row (the header), and a blank line "
            "above it."
        )
    for marker in ("<!--", "-->"):
        if marker in text:
            line = next(line for line in lines if marker in line).strip()
            raise ContentError(
                f"docs/{src}{line_of(line)}: the comment marker {marker} shows on the page "
                "as typed: Markdown does not hide a comment indented inside a numbered "
                "step with a blank line in it, so the reader sees it and whatever it "
                "was meant to hide. Delete the text instead (git keeps the old version), or "
                "keep the comment to one paragraph: no blank line between <!-- and -->."
            )
    for pattern, why_and_fix in _SHOWN_AS_TYPED:
        found_in = pattern.search(text)
        if found_in:
            found = found_in.group(0)
            raise ContentError(
                f"docs/{src}{line_of(found)}: {found} shows as typed: {why_and_fix}")
    if macros_ran and _MACRO.search(text):
        found = next(line for line in lines if _MACRO.search(line)).strip()
        raise ContentError(
            f"docs/{src}{line_of(found)}: the macro in {found!r} shows as typed: the "
            "macros plugin is not on. Put its entry back under plugins in mkdocs.yml "
            "(- macros: with module_name: hinge_guide/macros; git checkout -- mkdocs.yml "
            "restores it)."
        )
