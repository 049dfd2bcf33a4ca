"""The glossary: tooltips on a term's first use on each page, and the
Glossary page.

Configured in mkdocs.yml as ``hinge_guide.glossary`` with ``source:``, the
file that holds every term once (``*[term]: plain-language meaning``; lines
``[//]: # (...)`` are comments). On each page, the first use of a term
becomes ``<abbr title="meaning" tabindex="0">`` (Material shows it as a
tooltip, on hover, tap or keyboard focus); later
uses stay plain, and so does a term in a heading, a fault's title, a link or
code. Terms that share a meaning (hinge, hip hinge) count as one term.

The page holding ``<!-- glossary -->`` gets the list of every term, so the
page and the tooltips can't disagree.
"""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as etree
from pathlib import Path
from typing import Any

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from . import priorities
from .blocks import GLOSSARY
from .context import page_context
from .errors import ContentError
from .file_cache import FileCache
from .line_numbers import file_lines
from .site import markup_in
from .text_file import read_text

# Where a tooltip would get in the way: headings and fault titles are read at
# a glance, a link already has an underline, code is code, and a term being
# defined (a <dt>, as on a share page's list of words) has its meaning below.
SKIP_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "summary", "a", "abbr", "code", "pre",
             "script", "style", "svg", "title", "button", "label", "dt"}
_ENTRY = re.compile(r"^\*\[(?P<term>[^\]]+)\]:[ \t]*(?P<meaning>\S.*)$")
_COMMENT = re.compile(r"^\[//\]: # \(.*\)$")



def _bare_term(term: str) -> str:
    """term without what can't start or end a word: a part in brackets goes
    whole ("RDL (Romanian)" is "RDL"), then stray marks at its edges."""
    bare = re.sub(r"\s*[(\[][^()\[\]]*[)\]]\s*$", "", term) or term
    return bare.strip(" .,;:!?()[]+*") or "term"

def read_terms(text: str, source: str) -> dict[str, str]:
    """term -> meaning, from the glossary file; any other line stops the
    build with the file, the line and the form to use."""
    terms: dict[str, str] = {}
    # A byte-order mark, which some Windows editors write, is not a character.
    for number, line in enumerate(file_lines(text.removeprefix("\ufeff")), 1):
        line = line.strip()
        if not line or _COMMENT.match(line):
            continue
        entry = _ENTRY.match(line)
        if not entry:
            # Nearly right: a space between "]" and ":", the one thing that
            # keeps the line from being an entry.
            nearly = _ENTRY.match(re.sub(r"^(\*\[[^\]]+\])\s+:", r"\1:", line))
            raise ContentError(
                f"{source}, line {number}: {line[:60]!r} is not a glossary entry. "
                + ("Remove the space between ] and :, as in *[term]: plain-language meaning"
                   if nearly else "Write one term per line as *[term]: plain-language meaning")
            )
        markup = markup_in(entry.group("term"))
        if markup:
            raise ContentError(
                f"{source}, line {number}: the term {entry.group('term')!r} holds {markup}. "
                "Write the term in plain words, as the pages spell it: it names its entry "
                "on the Glossary page, where markup would run."
            )
        meaning = entry.group("meaning").strip()
        markup = markup_in(meaning)
        if markup:
            raise ContentError(
                f"{source}, line {number}: the meaning of {entry.group('term')!r} holds "
                f"{markup}. Write it in plain words: it shows as a tooltip and on "
                "the Glossary page, where markup would run."
            )
        term = entry.group("term")
        if term != term.strip() or "  " in term:
            raise ContentError(
                f"{source}, line {number}: the term {term!r} has spaces at its edges or "
                "two in a row, so it would never match the words on a page. Write it "
                f"as it appears in the text: *[{' '.join(term.split())}]: ..."
            )
        if not (term[:1].isalnum() and term[-1:].isalnum()):
            raise ContentError(
                f"{source}, line {number}: the term {term!r} starts or ends with "
                f"{term[0] if not term[:1].isalnum() else term[-1]!r}. A term is found on a "
                "page as a whole word, and a word never starts or ends with that, so it "
                "would never get its tooltip. Write the term without it, e.g. "
                f"*[{_bare_term(term)}]: ..."
            )
        if term in terms and terms[term] != meaning:
            raise ContentError(
                f"{source}, line {number}: {term!r} is listed twice, with two meanings. "
                "Keep one line for it: a term has one meaning on every page."
            )
        terms[term] = meaning
    if not terms:
        raise ContentError(f"{source} has no terms. Write one per line: *[term]: meaning")
    return terms


def _entry_order(names: list[str]) -> list[str]:
    """The names sharing one entry, the one that heads it first: the longest
    ("hip hinge" before "hinge"), except that a plural follows its singular
    ("rep" before "reps"), as a dictionary lists a word."""
    lowered = {n.lower() for n in names}

    def plural(name: str) -> bool:
        return name.lower().endswith("s") and name.lower()[:-1] in lowered

    return sorted(names, key=lambda n: (plural(n), -len(n)))


def render(terms: dict[str, str]) -> str:
    """A definition list, alphabetical. Terms that share a meaning share an
    entry (a term and its plural, a term and its short form): one names it,
    the others follow in brackets; a term given in two cases is listed once."""
    by_meaning: dict[str, list[str]] = {}
    for term, meaning in terms.items():
        names = by_meaning.setdefault(meaning, [])
        if term.lower() not in (n.lower() for n in names):
            names.append(term)
    entries = []
    for meaning, names in by_meaning.items():
        names = _entry_order(names)
        head = names[0][0].upper() + names[0][1:]
        if len(names) > 1:
            head += f" (also: {', '.join(names[1:])})"
        entries.append((head, meaning))
    lines: list[str] = []
    for head, meaning in sorted(entries, key=lambda e: e[0].lower()):
        lines += [head, f":   {meaning}", ""]
    return "\n".join(lines)


def uses(text: str, terms: dict[str, str]) -> list[re.Match[str]]:
    """Every use of a term in text, in order: the one matching rule, for the
    tooltips and a share page's list of words. At each place the longest
    term wins, so "Romanian deadlift" is one use, not also "deadlift"; and
    where two terms overlap from different places ("Brace knee bend", with
    "Brace knee" and "knee bend" both terms), the longer one wins, whichever
    starts first, so the tooltip never goes to the part of a longer term."""
    if not terms:
        return []
    keys = tuple(terms)
    pattern = _pattern(keys)
    found = list(pattern.finditer(text))
    # Each place any term starts (overlaps included), with its longest term there
    starts = [m.start(1) for m in _anywhere(keys).finditer(text)]
    if len(starts) == len(found):
        return found  # no overlaps: the usual case
    candidates = [m for m in (pattern.match(text, start) for start in starts) if m]
    chosen: list[re.Match[str]] = []
    for match in sorted(candidates, key=lambda m: (-len(m.group(0)), m.start())):
        if all(match.end() <= c.start() or match.start() >= c.end() for c in chosen):
            chosen.append(match)
    return sorted(chosen, key=lambda m: m.start())


def terms_in(text: str, terms: dict[str, str]) -> dict[str, str]:
    """term -> meaning for each meaning text uses, under the term it first
    uses (terms that share a meaning count as one), in order of first use."""
    found: dict[str, str] = {}
    for match in uses(text, terms):
        meaning = terms[match.group(0)]
        if meaning not in found.values():
            found[match.group(0)] = meaning
    return found


@functools.lru_cache(maxsize=4)
def _anywhere(keys: tuple[str, ...]) -> re.Pattern[str]:
    """_pattern as a lookahead: finds a term at every place one starts, even
    inside another term's match."""
    return re.compile(r"(?=(" + _pattern(keys).pattern + r"))")


@functools.lru_cache(maxsize=4)
def _pattern(keys: tuple[str, ...]) -> re.Pattern[str]:
    longest_first = sorted(keys, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(k) for k in longest_first) + r")\b")


class FirstUse(Treeprocessor):
    """Wraps the first use of each term (by meaning) in <abbr>, in reading
    order."""

    def __init__(self, md: Markdown, extension: GlossaryExtension):
        super().__init__(md)
        self.extension = extension

    def run(self, root: etree.Element) -> None:
        self.terms = self.extension.terms(self.md)
        self.used: set[str] = set()
        self.visit(root)

    def visit(self, element: etree.Element) -> None:
        if element.tag in SKIP_TAGS:
            return
        children = list(element)  # before any <abbr> is added
        if element.text and not isinstance(element.text, AtomicString):
            element.text, marked = self.mark(element.text)
            for offset, abbr in enumerate(marked):
                element.insert(offset, abbr)
        for child in children:
            self.visit(child)
            if child.tail and not isinstance(child.tail, AtomicString):
                child.tail, marked = self.mark(child.tail)
                at = list(element).index(child) + 1
                for offset, abbr in enumerate(marked):
                    element.insert(at + offset, abbr)

    def mark(self, text: str) -> tuple[str, list[etree.Element]]:
        """The text before the first new term, and an <abbr> (with the text
        that follows it as its tail) for each term met for the first time."""
        lead, marked, last, last_end = text, [], None, 0
        for match in uses(text, self.terms):
            meaning = self.terms[match.group(0)]
            if meaning in self.used:
                continue
            self.used.add(meaning)
            # tabindex: a tap or Tab focuses the term, and focus opens its meaning
            abbr = etree.Element("abbr", {"title": meaning, "tabindex": "0"})
            abbr.text = AtomicString(match.group(0))
            if last is None:
                lead = text[:match.start()]
            else:
                last.tail = text[last_end:match.start()]
            last, last_end = abbr, match.end()
            marked.append(abbr)
        if last is not None:
            last.tail = text[last_end:]
        return lead, marked


class GlossaryPage(Preprocessor):
    def __init__(self, md: Markdown, extension: GlossaryExtension):
        super().__init__(md)
        self.extension = extension

    def run(self, lines: list[str]) -> list[str]:
        GLOSSARY.refuse_near_misses(lines, self.md)
        if not any(GLOSSARY.matches(line) for line in lines):
            return lines
        terms = self.extension.terms(self.md)
        out: list[str] = []
        for line in lines:
            out.extend(file_lines(render(terms)) if GLOSSARY.matches(line) else [line])
        return out


# The glossary file, beside mkdocs.yml, unless mkdocs.yml's `source:`
# setting of this extension names another. The checks look for it here too,
# to tell a glossary whose extension was dropped from mkdocs.yml.
SOURCE = "includes/glossary.md"


class GlossaryExtension(Extension):
    def __init__(self, **kwargs: Any):
        self.config = {"source": [SOURCE, "The glossary file, relative to mkdocs.yml"]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        # Registered to be found, not reset (it keeps no page's state): a share
        # page looks for it among md.registeredExtensions to list its words
        # (faults/share.py, words_on_page).
        md.registerExtension(self)
        # When each runs, and why: hinge_guide/priorities.py.
        md.preprocessors.register(GlossaryPage(md, self), "hinge_glossary_page",
                                  priorities.GLOSSARY_PAGE)
        md.treeprocessors.register(FirstUse(md, self), "hinge_glossary", priorities.GLOSSARY)

    def terms(self, md: Markdown) -> dict[str, str]:
        """The terms, from the source file beside mkdocs.yml (so a build from
        another folder finds it); read again only when the file changes."""
        source = self.getConfig("source")
        path = page_context(md).site.root_dir / source
        if not path.is_file():
            raise ContentError(
                f"mkdocs.yml: the glossary file {source} is missing. Put it back, or "
                "set hinge_guide.glossary's source: to where it is (from mkdocs.yml)."
            )
        return _terms.get(path, lambda: _read_file(path, source), tag=source)


def _read_file(path: Path, source: str) -> dict[str, str]:
    return read_terms(read_text(path, source), source)


# Read once per version of the file, not once per page.
_terms: FileCache[dict[str, str]] = FileCache(size=4)


def makeExtension(**kwargs: Any) -> GlossaryExtension:
    return GlossaryExtension(**kwargs)
