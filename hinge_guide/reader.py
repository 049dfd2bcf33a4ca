"""The one Markdown reader for reading a page outside the engine's own
render of it: the fault boxes of every page, for the build's fault index
and share pages and for the generate step's share pages and cards, and a
page's title from its H1, for the cards.

Both the build and the generate step make it from mkdocs.yml as
``config.load_config`` reads it, with ``new_reader``, so an emoji shortcode
or a code block in a fix reads the same in the index, on the share page and
in its description. The build used to take the engine's own list of
extensions and the generate step the file's, and the two differed: MkDocs
adds toc, tables and fenced_code to every site, and the file's
``!!python/name`` settings (emoji's) read as nothing.
"""

from __future__ import annotations

import html
import importlib
import posixpath
import xml.etree.ElementTree as etree
from copy import deepcopy
from typing import Any

from markdown import Markdown
from markdown.extensions.toc import render_inner_html, strip_tags
from markdown.treeprocessors import Treeprocessor

from . import priorities
from .config import PythonName
from .context import flatten_nav, read_outside_engine
from .document import document
from .errors import ContentError

# What MkDocs puts first in every site's list of extensions.
BUILTINS = ("toc", "tables", "fenced_code")
# The one extension of this package the reader takes: the fault boxes'.
FAULTS = "hinge_guide.faults"


def reads_fault_boxes(name: str, options: Any = None) -> bool:
    """Whether the extension called `name` (with these settings) goes into
    the reader. Left out: the engines' own, this package's others (the boxes
    need only the blocks they sit among, and a title only its heading), and
    settings only an engine resolves (an ``!ENV`` tag reads as None)."""
    if name.startswith(("zensical", "mkdocs", "material")):
        return False
    if name.startswith("hinge_guide") and name != FAULTS:
        return False
    return not (isinstance(options, dict) and None in options.values())


def extensions(config: dict[str, Any]) -> tuple[list[str], dict[str, dict[str, Any]]]:
    """The reader's extensions and their settings, from mkdocs.yml: MkDocs'
    own three first, then the file's, in its order, as MkDocs lists them."""
    listed: dict[str, dict[str, Any]] = {name: {} for name in BUILTINS}
    for entry in config.get("markdown_extensions") or []:
        name, options = (entry, None) if isinstance(entry, str) else next(iter(entry.items()))
        options = {key: resolve_setting(name, key, value) for key, value in (options or {}).items()}
        if reads_fault_boxes(name, options):
            listed.setdefault(name, {}).update(options)
    return list(listed), {name: options for name, options in listed.items() if options}


def resolve_setting(extension: str, key: str, value: Any) -> Any:
    """A ``!!python/name:module.thing`` setting, imported as the engines do."""
    if not isinstance(value, PythonName):
        return value
    module, _, attribute = str(value).rpartition(".")
    try:
        return getattr(importlib.import_module(module), attribute)
    except (ImportError, AttributeError, ValueError):
        raise ContentError(
            f"mkdocs.yml: {extension}'s setting {key} names {value}, which can't be "
            "imported. Check the spelling, or install the package that holds it "
            "(requirements.in)."
        ) from None


def new_reader(config: dict[str, Any]) -> Markdown:
    """A fresh reader for one page. It never writes the fault index or a
    share page (those need the whole site: the fault extension's ``reading``
    setting), and it keeps the page's title from its H1
    (``document(md).title``)."""
    names, configs = extensions(config)
    if FAULTS in names:
        configs[FAULTS] = {**configs.get(FAULTS, {}), "reading": True}
    md = Markdown(extensions=names, extension_configs=configs)
    FirstHeading(md).register()
    return md


class FirstHeading(Treeprocessor):
    """The title a page's text gives it, as MkDocs reads it: the words of
    its first element when that is an H1, rendered (no markup, no {#id}, no
    permalink), after toc."""

    def register(self) -> None:
        document(self.md).title = None
        # When it runs, and why: hinge_guide/priorities.py.
        self.md.treeprocessors.register(self, "hinge_first_heading", priorities.FIRST_HEADING)

    def run(self, root: etree.Element) -> None:
        # Set on every page, heading or not: a reader used again keeps no
        # title from the last page.
        first = next(iter(root), None)
        heading = first if first is not None and first.tag == "h1" else None
        document(self.md).title = heading_text(heading, self.md) if heading is not None else None


def heading_text(heading: etree.Element, md: Markdown) -> str:
    """A heading's words as a reader sees them: tags gone, its permalink
    left out, entities read."""
    bare = deepcopy(heading)
    for link in [c for c in bare if "headerlink" in (c.get("class") or "").split()]:
        bare.remove(link)
    return " ".join(html.unescape(strip_tags(render_inner_html(bare, md))).split())


def page_title(config: dict[str, Any], src: str, meta: dict[str, Any], body: str,
               line_offset: int) -> str:
    """A page's title as MkDocs gives it: its title in the menu, else its
    front matter's title, else its H1 when the page starts with one, else
    its file's name ("warm-up.md" is "Warm up"). body follows line_offset
    lines of front matter (split_front_matter's count), for messages."""
    in_nav = next((title for title, nav_src in flatten_nav(config.get("nav"))
                   if nav_src == src and title), None)
    if in_nav:
        return str(in_nav)
    if meta.get("title"):  # no need to read the page
        return own_title(src, meta, None)
    return own_title(src, meta, document(_read(config, src, body, line_offset)).title)


def top_heading(config: dict[str, Any], src: str, body: str, line_offset: int) -> str | None:
    """The words of a page's first heading when it is an H1, as both
    engines' table of contents (page.toc) hold them, entities read; else
    None. The home page is shared by them (overrides/main.html's hh_title),
    where the menu calls it Home."""
    tokens = getattr(_read(config, src, body, line_offset), "toc_tokens", [])
    if not tokens or tokens[0]["level"] != 1:
        return None
    return " ".join(html.unescape(tokens[0]["name"]).split()) or None


def _read(config: dict[str, Any], src: str, body: str, line_offset: int) -> Markdown:
    """A fresh reader that has read the page's Markdown."""
    md = new_reader(config)
    read_outside_engine(md, src, line_offset)  # for error messages
    md.convert(body)
    return md


def own_title(src: str, meta: dict[str, Any], heading: str | None) -> str:
    """A page's title where the menu gives it none, by MkDocs' rule: its
    front matter's title, else heading (its H1's words, when it starts with
    one), else its file's name ("warm-up.md" is "Warm up")."""
    if meta.get("title"):
        return str(meta["title"])
    if heading:
        return heading
    name = posixpath.splitext(posixpath.basename(src))[0].replace("-", " ").replace("_", " ")
    return name.capitalize() if name.lower() == name else name
