"""Links and pictures written as raw HTML (``<a href="...">``, ``<img
src="...">``) lead somewhere. The engine checks and rewrites Markdown links
(``[words](setup.md)``) only: raw HTML ships as written, so its address is
read from the page's own address in the built site (setup/ for setup.md),
and a broken one shipped without a word.

Each relative address is resolved the way a browser does, from the page's
address, and must name a page or a file the built site has; an anchor on
the same page (``#rounded-back``) must be an id on the page.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as etree
from html.parser import HTMLParser
from pathlib import Path

from ..addresses import is_external
from ..errors import ContentError
from ..line_numbers import LineOf
from ..site import STYLESHEET, page_url

# Attributes that hold an address, by tag
_ADDRESS_ATTRS = {"a": ("href",), "area": ("href",), "img": ("src",), "source": ("src",),
                  "video": ("src", "poster"), "audio": ("src",), "track": ("src",)}
# Files the engine writes that no page names as a source
_GENERATED = frozenset({"404.html", "sitemap.xml", "sitemap.xml.gz",
                        "search/search_index.json"})


class _Addresses(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str, str]] = []  # (tag, attribute, address)
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list) -> None:
        values = {name: value or "" for name, value in attrs}
        if values.get("id"):
            self.ids.add(values["id"])
        if tag == "a" and values.get("name"):
            self.ids.add(values["name"])
        for name in _ADDRESS_ATTRS.get(tag, ()):
            if values.get(name, "").strip():
                self.found.append((tag, name, values[name].strip()))

    handle_startendtag = handle_starttag


def page_exists(path: str, docs_dir: Path) -> bool:
    """Whether the built site has a page at the address path (under the
    site's root, "" for the home page)."""
    folder = path.rstrip("/")
    candidates = ([f"{folder}.md", f"{folder}/index.md", f"{folder}/README.md"] if folder
                  else ["index.md", "README.md"])
    return any((docs_dir / candidate).is_file() for candidate in candidates)


def address_problem(address: str, src: str, docs_dir: Path, theme_dirs: list[Path],
                    ids: set[str]) -> str | None:
    """What is wrong with a raw-HTML address on the page src, or None."""
    if is_external(address):
        return None  # another site's (or mailto:): the pasted-markup check has its say
    base, _, fragment = address.partition("#")
    base = base.split("?", 1)[0]
    if not base:
        if fragment and fragment not in ids:
            return f"leads to #{fragment}, which is not an id on this page"
        return None
    if base.startswith("/"):
        return ("starts with /, which leads to the top of the host, outside the site on "
                "GitHub Pages: write it from this page's address, e.g. ../setup/")
    here = page_url(src)
    target = posixpath.normpath(posixpath.join(here, base))
    if target.startswith(".."):
        return "leads above the site's own address (too many ../)"
    target = "" if target == "." else target
    if base.endswith(".md"):
        return (f"names the Markdown file {base}: raw HTML isn't rewritten, so from this "
                f"page's address, {here or 'the home page'}, it leads to {target}, which is "
                "not a page. Write the page's address (e.g. ../setup/ for setup.md), or "
                "a Markdown link, [words](setup.md)")
    if base.endswith("/") or "." not in posixpath.basename(target):
        if page_exists(target, docs_dir):
            return None
        return (f"leads to {target or 'the home page'} (read from this page's address, "
                f"{here or 'the home page'}), and there is no such page")
    if target == STYLESHEET:
        return f"leads to {target}, which is not published (pages carry it inline)"
    if target in _GENERATED or (docs_dir / target).is_file() \
            or any((folder / target).is_file() for folder in theme_dirs):
        return None
    return (f"leads to {target} (read from this page's address, {here or 'the home page'}), "
            f"and there is no docs/{target}")


def check_raw_links(root: etree.Element, raw_html: list, src: str, docs_dir: Path,
                    theme_dirs: list[Path], line_of: LineOf) -> None:
    """Every address in the page's raw HTML leads to something."""
    parsers = []
    for block in raw_html:
        parser = _Addresses()
        parser.feed(block if isinstance(block, str) else etree.tostring(block, "unicode"))
        parser.close()
        parsers.append(parser)
    ids = {str(el.get("id")) for el in root.iter() if el.get("id")}
    for parser in parsers:
        ids |= parser.ids
    for parser in parsers:
        for tag, attribute, address in parser.found:
            problem = address_problem(address, src, docs_dir, theme_dirs, ids)
            if problem:
                raise ContentError(
                    f'docs/{src}{line_of(address)}: the <{tag}> {attribute}="{address}" '
                    f"{problem}. Raw HTML links are not checked by the engine, and a "
                    "broken one would ship."
                )
