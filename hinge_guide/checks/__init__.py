"""Content checks: stop the build when a page would ship broken or bare.

Configured in mkdocs.yml as ``hinge_guide.checks``. Every check names the
file and says what to do:

- the page has a front-matter ``description`` of at most 160 characters;
- it says when a coach last checked it: ``reviewed``, a date;
- ``preview_figure``, where given, is the name of a pose;
- every script the front matter names exists under docs/;
- every image has alt text;
- every SVG under docs/, inlined or not, is a drawing that runs and fetches
  nothing (hinge_guide/svg_safety.py);
- every admonition uses a type the site styles (plus, if it likes, hh-*
  classes of the site's own): the types configured for
  ``pymdownx.blocks.admonition`` in mkdocs.yml, plus ``fault``;
- no block marker (``///``) is left as text, which is what a misspelt block
  name such as ``/// faut`` turns into;
- every block (``///``) is indented by a multiple of four spaces, so it
  stays inside the numbered step it sits under (fenced code aside);
- the site's settings, on every page (MkDocs makes a new Markdown instance
  per page, so nothing here lasts from one page to the next): ``site_url``
  (from ``SITE_URL``) is set and well formed, every link in ``extra.social``
  is a real https address, ``extra.coach`` can be shown
  (hinge_guide/author.py), the inline copy of the stylesheet was written
  from the stylesheet as it is now, and the link to Material's stylesheet
  names the installed Material's file. The files are compared once per
  version of them (hinge_guide/file_cache.py, keyed by their size and time), so
  under ``mkdocs serve`` an edit is seen at the next page.

The checks that read the tree run last (priority 1), after every other
extension has built its part of the page.

The checks, by concern: ``front_matter``, ``settings`` (the site's),
``tree`` (the built page), ``pasted`` (raw HTML that loads or runs
something), ``source`` (the page's text) and ``left_as_text`` (markup the
page would show as typed: ``!!! note``, a table without its blank line, a
comment Markdown doesn't hide). This module is the extension
that runs them.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from typing import Any

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from ..author import author_name
from ..blocks import BLOCK_INDENT_PRIORITY, BlockIndent
from ..context import PageContext, Site, page_context
from .alt_text import PRIORITY as ALT_WORDS_PRIORITY
from .alt_text import AltWords
from .emoji_names import check_emoji_names
from .front_matter import (
    check_description,
    check_front_matter_keys,
    check_preview_figure,
    check_reviewed,
    check_scripts,
    check_title,
    pose_names,
)
from .left_as_text import check_left_as_text
from .pages import check_pages
from .pasted import check_loads_nothing_foreign
from .raw_links import check_raw_links
from .settings import (
    check_config_file,
    check_folder,
    check_inline_stylesheet,
    check_material_styles,
    check_plain_names,
    check_site_url,
    check_social,
    check_written_settings,
)
from .source import UnclosedMarkup
from .theme_files import check_theme_files, theme_folders
from .tree import admonition_types, check_tree, registered_blocks

# The package's surface is the extension; each check is imported from the
# module that owns it (front_matter, settings, tree, pasted, source).
__all__ = ["ChecksExtension", "ChecksTreeprocessor", "makeExtension"]


class ChecksTreeprocessor(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        page = page_context(self.md)
        if page.engine != "bare":
            self.check_page(page)
        blocks = registered_blocks(self.md)
        known = set(blocks) if blocks is not None else None
        line_of = page.line_of if page.engine != "bare" else (lambda text: "")
        check_tree(root, page.src, admonition_types(self.md), known, line_of, self.md)
        check_emoji_names(root, self.md, page.src, line_of)
        check_left_as_text(root, page.src, line_of,
                           (lambda: _empty_heading_line(page)) if page.engine != "bare"
                           else (lambda: ""), macros_ran=page.engine != "bare")
        if page.engine != "bare":
            check_raw_links(root, list(self.md.htmlStash.rawHtmlBlocks), page.src,
                            page.site.docs_dir, theme_folders(page.site.root_dir), line_of)
        check_loads_nothing_foreign(root, list(self.md.htmlStash.rawHtmlBlocks), page.src,
                                    line_of)

    def check_page(self, page: PageContext) -> None:
        site: Site = page.site
        # The site's settings too: cheap, and seen by every page as it is now.
        check_site_url(site.site_url)
        check_config_file(site.root_dir)
        check_folder(site.docs_dir, "docs")  # every SVG, inlined or not
        check_pages(site.docs_dir)  # names that make clean addresses; no blank page
        check_plain_names(site)
        check_social(site.extra.get("social"))
        check_written_settings(site.root_dir)
        check_theme_files(site.root_dir)
        # Every page shows the coach: checked here, not only where a share
        # page names them (a site without fault boxes has none).
        author_name(site.extra, site.site_author, site.site_name, site.docs_dir)
        check_inline_stylesheet(site.docs_dir, site.root_dir)
        check_material_styles(site.root_dir)
        check_front_matter_keys(page.meta, page.src)
        check_description(page.meta, page.src)
        check_title(page.meta, page.src)
        check_reviewed(page.meta, page.src)
        check_preview_figure(page.meta, page.src, pose_names)
        check_scripts(page.meta, page.src, site.docs_dir)


def _empty_heading_line(page: PageContext) -> str:
    """", line N" of the first heading with no words in the page's file."""
    import re

    try:
        lines = (page.site.docs_dir / page.src).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return ""
    number = next((n for n, line in enumerate(lines, 1)
                   if re.fullmatch(r"#{1,6}[ \t#]*", line.strip())), None)
    return f", line {number}" if number else ""


class ChecksExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(ChecksTreeprocessor(md), "hinge_checks", 1)
        # Before the figures are inlined, while every picture is an <img>.
        md.treeprocessors.register(AltWords(md), "hinge_alt_words", ALT_WORDS_PRIORITY)
        # Before the HTML is stashed away, while the page is still its lines.
        md.preprocessors.register(UnclosedMarkup(md), "hinge_unclosed_markup", 35)
        # After normalize_whitespace (30) has turned tabs into spaces; before
        # superfences stashes fenced code (25), which joins a fence's lines
        # into one and would shift the line numbers after it. So fenced code
        # is blanked here instead (blocks.without_code): a /// in code is code.
        md.preprocessors.register(BlockIndent(md), "hinge_block_indent", BLOCK_INDENT_PRIORITY)


def makeExtension(**kwargs: Any) -> ChecksExtension:
    return ChecksExtension(**kwargs)
