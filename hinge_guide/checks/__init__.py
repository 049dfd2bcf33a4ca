"""Content checks: stop the build when a page would ship broken or bare.

Configured in mkdocs.yml as ``hinge_guide.checks``. A coach's slip (a
missing description, alt text that is a file name, a misspelt block or
icon, pasted HTML that loads from another site) would otherwise build
without a word, or fail with a traceback; every check names the file and
the line and says what to do. What each one refuses, and why, is in its
module's docstring; ``ChecksTreeprocessor.run`` is the list of what runs
on a page.

The checks, by concern, one module each: ``front_matter``, ``alt_text``
(alt text in words), ``emoji_names``, ``raw_links`` (raw HTML's links and
pictures), ``pasted`` (raw HTML that loads or runs something), ``source``
(the page's text), ``left_as_text`` (markup the page would show as typed),
``tree`` (the built page), ``settings`` (the site's settings and files),
``pages`` (page file names and blank pages), ``theme_files`` (the files
mkdocs.yml has the theme load), ``template_pages`` (the pages the
templates link to) and ``site_wide`` (which runs the site's checks once
per change of what they read, not once per page: MkDocs makes a new
Markdown instance per page). ``macro_text`` is not run by this extension:
hinge_guide/macros.py runs it when the macros plugin is about to render a
page, to name a mistake in a page's macros by its line.

The checks that read the tree run last (priorities.CHECKS), after every
other extension has built its part of the page.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from typing import Any

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from .. import glossary, priorities
from ..blocks import BlockIndent, registered_blocks
from ..context import PageContext, SiteSettings, page_context
from ..site_extensions import ExtensionsUsed, require_extension
from .alt_text import AltWords
from .emoji_names import check_emoji_names
from .front_matter import (
    check_description,
    check_front_matter_keys,
    check_preview_figure,
    check_reviewed,
    check_scripts,
    check_title,
    figure_names,
)
from .left_as_text import check_left_as_text
from .pasted import check_loads_nothing_foreign
from .raw_links import check_raw_links
from .site_wide import check_site
from .source import UnclosedMarkup
from .theme_files import check_page_theme_settings, theme_folders
from .tree import admonition_types, check_tree

# The package's surface is the extension; each check is imported from the
# module that owns it (listed in the docstring above).
__all__ = ["ChecksExtension", "ChecksTreeprocessor", "makeExtension"]


class ChecksTreeprocessor(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        page = page_context(self.md)
        if page.in_engine:
            if (page.site.root_dir / glossary.SOURCE).is_file():
                require_extension(self.md, "hinge_guide.glossary")
            self.check_page(page)
        blocks = registered_blocks(self.md)  # name -> block class, or None without pymdownx.blocks
        line_of = page.line_of
        check_tree(root, page.src, admonition_types(self.md), blocks, line_of, self.md)
        check_emoji_names(root, self.md, page.src, line_of)
        check_left_as_text(root, page.src, line_of, lambda: line_of(_EMPTY_HEADING),
                           macros_ran=page.in_engine)
        if page.in_engine:
            check_raw_links(root, list(self.md.htmlStash.rawHtmlBlocks), page.src,
                            page.site.docs_dir, theme_folders(page.site.root_dir), line_of)
        check_loads_nothing_foreign(root, list(self.md.htmlStash.rawHtmlBlocks), page.src,
                                    line_of)

    def check_page(self, page: PageContext) -> None:
        site: SiteSettings = page.site
        # The site's settings and files too, once per change of them.
        check_site(site)
        check_front_matter_keys(page.meta, page.src, page.line_of)
        check_description(page.meta, page.src, page.line_of)
        check_title(page.meta, page.src, page.line_of,
                    menu_title={src: title for title, src in page.site.nav}.get(page.src))
        check_reviewed(page.meta, page.src, line_of=page.line_of)
        check_preview_figure(page.meta, page.src, figure_names, page.line_of)
        check_scripts(page.meta, page.src, site.docs_dir, page.line_of)
        check_page_theme_settings(page.meta, page.src, site.root_dir, page.line_of)


# A heading with no words: its first line is named.
_EMPTY_HEADING = re.compile(r"^\s*#{1,6}[ \t#]*$")


class ChecksExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        # When each runs, and why: hinge_guide/priorities.py.
        md.treeprocessors.register(ChecksTreeprocessor(md), "hinge_checks", priorities.CHECKS)
        md.treeprocessors.register(AltWords(md), "hinge_alt_words", priorities.ALT_WORDS)
        md.preprocessors.register(UnclosedMarkup(md), "hinge_unclosed_markup",
                                  priorities.UNCLOSED_MARKUP)
        md.preprocessors.register(BlockIndent(md), "hinge_block_indent", priorities.BLOCK_INDENT)
        md.preprocessors.register(ExtensionsUsed(md), "hinge_extensions_used",
                                  priorities.EXTENSIONS_USED)


def makeExtension(**kwargs: Any) -> ChecksExtension:
    return ChecksExtension(**kwargs)
