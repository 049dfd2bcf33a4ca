"""The site-wide checks, run once per change of what they read.

Every page runs the checks (MkDocs makes a new Markdown instance per page,
so nothing else would run them), but what they check is the site's, not
the page's: the site URL, mkdocs.yml, every SVG under docs/, the files the
theme loads, the pages the templates link to, the coach, the two
generated partials and the preview card of each page a link may share.
``check_site`` runs them all when the settings or a file they read changed
since the last run, and otherwise does nothing. What they read:

- the settings the engine loaded (site URL, names, menu, ``extra``) and
  the ``SITE_URL`` it was given;
- every file under docs/ and under the theme's ``custom_dir``, with its
  stamp (hinge_guide/file_cache.py): an edit, a new file or a removed one
  renews the entry, so ``mkdocs serve`` sees it at the next page;
- mkdocs.yml and the two generated partials;
- the installed Material, read once per process.

A run that stops the build is not kept: the next page checks again.
"""

from __future__ import annotations

import os
from pathlib import Path

from .. import published, theme_css
from ..author import author_name
from ..config import check_nav, config_path
from ..context import SiteSettings
from ..file_cache import FileCache
from ..site import INLINE_STYLESHEET
from .pages import check_pages, check_preview_cards, check_published_pages
from .settings import (
    check_config_file,
    check_folder,
    check_inline_stylesheet,
    check_material_styles,
    check_plain_names,
    check_report_link,
    check_site_url,
    check_social,
    check_written_settings,
)
from .template_pages import check_template_pages
from .theme_files import check_theme_files, custom_dir

# One site at a time: nothing piles up under serve.
_checked: FileCache[None] = FileCache(size=1)


def check_site(site: SiteSettings) -> None:
    """Every site-wide check, unless nothing they read changed since the
    last run that passed."""
    _checked.get(_inputs(site), lambda: run_site_checks(site), tag=_settings(site))


def run_site_checks(site: SiteSettings) -> None:
    """Every site-wide check, now."""
    check_site_url(site.site_url)
    check_config_file(site.root_dir)
    check_folder(site.docs_dir, "docs")  # every SVG, inlined or not
    check_pages(site.docs_dir)  # names that make clean addresses; no blank page
    check_plain_names(site)
    check_nav(site.root_dir)  # each menu page a file, listed once
    check_published_pages(site.root_dir, site.docs_dir)  # no posted link left leading nowhere
    check_social(site.extra.get("social"), site.root_dir)
    check_report_link(site.extra.get("report_link"), site.root_dir)
    check_written_settings(site.root_dir)
    check_theme_files(site.root_dir)
    check_template_pages(site.root_dir, site.docs_dir)  # each page a template links to
    # Every page shows the coach: checked here, not only where a share
    # page names them (a site without fault boxes has none).
    author_name(site.extra, site.site_author, site.site_name, site.docs_dir)
    check_inline_stylesheet(site.docs_dir, site.root_dir)
    check_material_styles(site.root_dir)
    # Last: a new page's other mistakes come first, and the generate step
    # that draws its card would stop at them too.
    check_preview_cards(site.docs_dir, site.nav)


def _inputs(site: SiteSettings) -> tuple[Path, ...]:
    """The files the checks read (those there now): mkdocs.yml, every file
    under docs/ and the theme's own folder, the generated partials and
    published-links.txt."""
    root = site.root_dir
    files = [config_path(root), root / INLINE_STYLESHEET, root / theme_css.PARTIAL,
             root / published.FILE]
    for folder in dict.fromkeys([site.docs_dir, custom_dir(root)]):
        if folder is not None and folder.is_dir():
            files += sorted(path for path in folder.rglob("*") if path.is_file())
    return tuple(dict.fromkeys(path for path in files if path.is_file()))


def _settings(site: SiteSettings) -> str:
    """What the checks read of the engine's settings, as one key."""
    return repr((site.site_url, site.site_name, site.site_author, site.copyright, site.nav,
                 site.extra, os.environ.get("SITE_URL")))
