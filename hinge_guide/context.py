"""What an extension knows about the page it is rendering, in either engine.

Python-Markdown hands an extension only the Markdown text. Both engines
leave the rest where an extension can find it while the page renders:

- MkDocs registers its link rewriter as the ``relpath`` treeprocessor, which
  holds the page's file and the whole config (private attributes of MkDocs
  1.6.1's: should they change, the build stops and says so, rather than
  skip every check). MkDocs strips the front matter
  before Markdown sees the page, so it is read again from the file here,
  with the site's own strict reader (page_meta.split_front_matter).
- Zensical registers a preprocessor holding the page (path, URL, front
  matter) and its config, found through its public
  ``ContextPreprocessor.from_markdown``.

Each lookup happens while a processor runs (``page_context(self.md)``):
MkDocs registers ``relpath`` after the extensions are loaded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from markdown import Markdown

from .config import DOCS_DIR, check_config_name
from .document import document
from .errors import ContentError
from .line_numbers import file_lines, line_in
from .markdown_code import without_code
from .page_meta import split_front_matter
from .pins import not_as_pinned, pinned
from .text_file import read_text


@dataclass(frozen=True)
class SiteSettings:
    """The settings the checks and generated content need."""

    site_name: str = ""
    site_author: str = ""
    copyright: str = ""
    site_url: str | None = None
    docs_dir: Path = Path("docs")
    root_dir: Path = Path(".")
    nav: list[tuple[str, str]] = field(default_factory=list)  # (title, src), in order
    extra: dict[str, Any] = field(default_factory=dict)
    # The Markdown extensions and their settings, as mkdocs.yml lists them
    markdown_extensions: list[Any] = field(default_factory=list)
    mdx_configs: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PageContext:
    """The page being rendered: the one owner of which page it is and where
    its Markdown starts in its file. From the engine, or, for a page read
    outside one, from read_outside_engine."""

    src: str  # the page's path under docs/, e.g. "movement.md"
    meta: dict[str, Any]
    site: SiteSettings
    engine: str  # "mkdocs", "zensical" or "bare" (a plain markdown.markdown call)
    # Lines of front matter before the Markdown the extensions see: add it to
    # a line number of the Markdown to name the line in the file.
    line_offset: int = 0

    @property
    def in_engine(self) -> bool:
        """Only under an engine are the page's file, the site's files and
        settings real and its macros run, so the checks of them are skipped
        outside one (a plain markdown.markdown call, the fault reader). Ask
        this rather than compare ``engine`` with "bare"."""
        return self.engine != "bare"

    def file_text(self) -> str:
        """The page's file as written (front matter and all), read as every
        coach's file is (text_file.read_text); "" when there is no such file
        (a page an engine was handed without one). Its lines are what
        messages count."""
        path = self.site.docs_dir / self.src
        return read_text(path, f"docs/{self.src}") if path.is_file() else ""

    def line_of(self, needle: str | re.Pattern[str], nth: int = 1) -> str:
        """The page's LineOf (line_numbers.LineOf). Lines in fenced code are
        skipped: an example shown as code is not what the message means.
        Outside an engine it names no line: the page has no file of its own
        to count in."""
        if not self.in_engine:
            return ""
        lines = file_lines(self.file_text())
        number = line_in(without_code(lines, spans=False), needle, nth)
        return f", line {number}" if number else ""

    def file_line(self, lines: list[str], number: int) -> str:
        """", line N" of the page's file for line ``number`` (from 1) of
        ``lines``, the Markdown the extensions see; "" if not found. Under an
        engine the count can't be added up: it dropped the blank lines after
        the front matter and its macros may have changed lines. So the line
        is found by its words, the kth line of the file's body holding them
        where it is the kth of the Markdown's (a second unclosed <div
        markdown> is named on its own line, not the first's)."""
        if not self.in_engine:
            return f", line {number + self.line_offset}"
        words = lines[number - 1].strip()
        if not words:
            return ""
        nth = sum(1 for line in lines[:number] if words in line)
        found = line_in(file_lines(self.file_text())[self.line_offset:], words, nth)
        return f", line {found + self.line_offset}" if found else ""


def flatten_nav(nav: Any) -> list[tuple[str, str]]:
    """(title, src) of every page in a nav, in order. Takes MkDocs' nav from
    mkdocs.yml (``- Title: page.md``) and Zensical's converted form
    (``{"title": ..., "url": ..., "children": [...]}``)."""
    pages: list[tuple[str, str]] = []
    for item in nav or []:
        if isinstance(item, str):
            pages.append(("", item))
        elif isinstance(item, dict) and "children" in item and "url" in item:
            if item.get("url"):
                pages.append((item.get("title") or "", item["url"]))
            pages.extend(flatten_nav(item.get("children")))
        elif isinstance(item, dict):
            for title, value in item.items():
                if isinstance(value, str):
                    pages.append((str(title), value))
                else:
                    pages.extend(flatten_nav(value))
    # A page listed twice in the menu is still one page: count it once.
    first: dict[str, str] = {}
    for title, src in pages:
        if src.endswith(".md"):
            first.setdefault(src, title)
    return [(title, src) for src, title in first.items()]


def page_context(md: Markdown) -> PageContext:
    """The page being rendered by ``md``, whichever engine renders it."""
    relpath = _registered(md.treeprocessors, "relpath")
    if relpath is not None:
        missing = _mkdocs_missing(relpath)
        if missing:
            raise _changed_mkdocs(missing)
        return _mkdocs_context(md, relpath.file, relpath.config)
    zensical = _zensical_context(md)
    if zensical is not None:
        return _from_zensical(zensical.page, zensical.config)
    # A plain markdown.markdown() call: unit tests, or the fault index
    # reading another page (it says which: read_outside_engine).
    return document(md).page or PageContext(src="(text)", meta={}, site=SiteSettings(),
                                            engine="bare")


def read_outside_engine(md: Markdown, src: str, line_offset: int = 0) -> None:
    """md is about to read the page src (its path under docs/) outside an
    engine, after line_offset lines of front matter: page_context(md) says
    so to every processor, for its messages."""
    document(md).page = PageContext(src=src, meta={}, site=SiteSettings(), engine="bare",
                                    line_offset=line_offset)


# What _from_mkdocs reads from the relpath treeprocessor: private to MkDocs.
_MKDOCS_READS = {
    "file": ("src_uri", "content_string"),
    "config": ("config_file_path", "site_name", "site_author", "copyright", "site_url",
               "docs_dir", "nav", "extra", "markdown_extensions", "mdx_configs"),
}


def _mkdocs_missing(relpath: Any) -> list[str]:
    """What the relpath treeprocessor lacks of what the site reads."""
    missing = []
    for holder, names in _MKDOCS_READS.items():
        if not hasattr(relpath, holder):
            missing.append(f".{holder}")
            continue
        missing += [f".{holder}.{name}" for name in names
                    if not hasattr(getattr(relpath, holder), name)]
    return missing


def _changed_mkdocs(missing: list[str]) -> ContentError:
    """MkDocs' link rewriter no longer holds what page_context reads: left
    unsaid, every page would read as a plain Markdown call, and every page
    and site check would be skipped."""
    return ContentError(
        not_as_pinned("mkdocs", "MkDocs") + " Its Markdown treeprocessor \"relpath\" (the link "
        f"rewriter) has no {', '.join(missing)}: MkDocs {pinned('mkdocs')} keeps the page's "
        "file (.file) and the site's settings (.config) there, and the site's extensions "
        "read them to check each page, so without them every check would be skipped. "
        "Install the pinned requirements (scripts/serve and scripts/test do), or, moving "
        "to a new MkDocs on purpose, update page_context in hinge_guide/context.py to "
        "where it keeps them."
    )


def _zensical_context(md: Markdown) -> Any:
    """Zensical's context for this page, by its public API; None under
    MkDocs or a plain Markdown call."""
    try:
        from zensical.extensions.context import ContextPreprocessor
    except ImportError:
        return None
    return ContextPreprocessor.from_markdown(md)


def _registered(registry: Any, name: str) -> Any:
    try:
        return registry[name]
    except (KeyError, IndexError):
        return None


# The page context each Markdown instance last read, with what it was read
# from. A page's processors ask for it a dozen times; reading the front
# matter and the config once per page is enough. Weak keys: an instance
# gone (MkDocs makes one per page) takes its entry with it.
_read: WeakKeyDictionary[Markdown, tuple[Any, Any, PageContext]] = WeakKeyDictionary()


def _mkdocs_context(md: Markdown, file: Any, config: Any) -> PageContext:
    """_from_mkdocs, once per page and config. MkDocs renders each page
    with a new Markdown instance, so an edit under `mkdocs serve` is read
    afresh; the file and config are compared too, in case that changes."""
    known = _read.get(md)
    if known is not None and known[0] is file and known[1] is config:
        return known[2]
    context = _from_mkdocs(file, config)
    _read[md] = (file, config, context)
    return context


def _from_mkdocs(file: Any, config: Any) -> PageContext:
    meta, _, offset = split_front_matter(file.content_string, f"docs/{file.src_uri}")
    if config.config_file_path:
        check_config_name(Path(config.config_file_path))
    root = Path(config.config_file_path).parent if config.config_file_path else Path(".")
    site = SiteSettings(
        site_name=config.site_name,
        site_author=config.site_author or "",
        copyright=config.copyright or "",
        site_url=config.site_url,
        docs_dir=Path(config.docs_dir),
        root_dir=root,
        nav=flatten_nav(config.nav),
        extra=dict(config.extra),
        markdown_extensions=list(config.markdown_extensions),
        mdx_configs=dict(config.mdx_configs),
    )
    return PageContext(src=file.src_uri, meta=meta, site=site, engine="mkdocs",
                       line_offset=offset)


def _from_zensical(page: Any, config: dict) -> PageContext:
    root = Path(config.get("root_dir") or ".")
    site = SiteSettings(
        site_name=config.get("site_name") or "",
        site_author=config.get("site_author") or "",
        copyright=config.get("copyright") or "",
        site_url=config.get("site_url"),
        docs_dir=root / DOCS_DIR,  # as mkdocs.yml must say (config.check_docs_dir)
        root_dir=root,
        nav=flatten_nav(config.get("nav")),
        extra=dict(config.get("extra") or {}),
        markdown_extensions=list(config.get("markdown_extensions") or []),
        mdx_configs=dict(config.get("mdx_configs") or {}),
    )
    src = str(page.path)
    path = site.docs_dir / src
    # The front matter as the site's strict reader reads it, as under MkDocs:
    # Zensical's own parser can give a value another type (a reviewed: date
    # as a string), and the checks would then see one page two ways. Its
    # meta only for a page with no file to read.
    meta, offset = dict(page.meta or {}), 0
    if path.is_file():
        meta, _, offset = split_front_matter(read_text(path, f"docs/{src}"), f"docs/{src}")
    return PageContext(src=src, meta=meta, site=site, engine="zensical", line_offset=offset)
