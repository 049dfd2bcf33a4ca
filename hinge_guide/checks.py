"""Content checks: stop the build when a page would ship broken or bare.

Configured in mkdocs.yml as ``hinge_guide.checks``. Every check names the
file and says what to do:

- the page has a front-matter ``description`` of at most 160 characters;
- it says when a coach last checked it: ``reviewed``, a date;
- ``preview_figure``, where given, is the name of a pose;
- every script the front matter names exists under docs/;
- every image has alt text;
- every admonition uses a type the site styles (plus, if it likes, hh-*
  classes of the site's own): the types configured for
  ``pymdownx.blocks.admonition`` in mkdocs.yml, plus ``fault``;
- no block marker (``///``) is left as text, which is what a misspelt block
  name such as ``/// faut`` turns into;
- once per build: ``site_url`` (from ``SITE_URL``) is set and well formed,
  every link in ``extra.social`` is a real https address, the inline copy
  of the stylesheet was written from the stylesheet as it is now, and the
  link to Material's stylesheet names the installed Material's file.

The checks that read the tree run last (priority 1), after every other
extension has built its part of the page.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import xml.etree.ElementTree as etree
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from .context import PageContext, Site, page_context
from .errors import ContentError

DESCRIPTION_MAX = 160
# Hosts that only ever appear in samples: a reader must never tap one.
PLACEHOLDER_HOSTS = ("example.com", "example.org", "example.net", "localhost",
                     "your-page", "your-account")
# Classes that Markdown or Material put on admonitions besides the type.
_LAYOUT_CLASSES = {"admonition", "inline", "end", "annotate"}


# Front matter ----------------------------------------------------------------

def check_description(meta: dict, src: str) -> None:
    description = meta.get("description")
    if not isinstance(description, str) or not description.strip():
        raise ContentError(
            f"docs/{src}: the page has no description. Add a front-matter "
            "line `description: ...` at the top: one sentence, at most "
            f"{DESCRIPTION_MAX} characters, saying what the reader gets here."
        )
    if len(description) > DESCRIPTION_MAX:
        raise ContentError(
            f"docs/{src}: the description has {len(description)} characters. "
            f"Shorten it to {DESCRIPTION_MAX} or fewer: search results and "
            "link previews cut longer ones off."
        )


def check_reviewed(meta: dict, src: str) -> None:
    reviewed = meta.get("reviewed")
    if reviewed is None:
        raise ContentError(
            f"docs/{src}: the page doesn't say when a coach last checked it. Add "
            "a front-matter line `reviewed: 2026-11-25` (year-month-day) under "
            "its description; readers and search engines see the date."
        )
    if isinstance(reviewed, dt.date):
        return
    try:
        dt.date.fromisoformat(str(reviewed))
    except ValueError:
        raise ContentError(
            f'docs/{src}: reviewed: "{reviewed}" is not a date. Write the day '
            "the page was last checked as year-month-day, e.g. reviewed: 2026-11-25."
        ) from None


def check_preview_figure(meta: dict, src: str, poses: set[str] | None) -> None:
    figure = meta.get("preview_figure")
    if figure is None:
        return
    if not isinstance(figure, str) or not figure.strip():
        raise ContentError(
            f"docs/{src}: preview_figure must be the name of one pose, e.g. "
            f"preview_figure: bottom (it is {type(figure).__name__} {figure!r})."
        )
    if poses is not None and figure not in poses:
        raise ContentError(
            f'docs/{src}: preview_figure: "{figure}" is not a pose: use one of '
            f"{', '.join(sorted(poses))}."
        )


def check_scripts(meta: dict, src: str, docs_dir: Path) -> None:
    scripts = meta.get("scripts") or []
    if isinstance(scripts, str) or not isinstance(scripts, list):
        raise ContentError(
            f"docs/{src}: scripts must be a list of paths under docs/, e.g. "
            "scripts: [javascripts/checklist.js]."
        )
    for script in scripts:
        if not isinstance(script, str) or not (docs_dir / script).is_file():
            raise ContentError(
                f"docs/{src}: the front matter names the script {script}, which "
                "is not in docs/. Fix the path (relative to docs/) or remove it."
            )


# Site settings ---------------------------------------------------------------

STYLESHEET = "stylesheets/extra.css"  # under docs/
INLINE_STYLESHEET = "overrides/partials/hh-extra-css.html"  # beside mkdocs.yml


def check_inline_stylesheet(docs_dir: Path, root_dir: Path) -> None:
    """Pages carry docs/stylesheets/extra.css inline, from a copy that
    `python -m hinge_guide` writes. An edit to the stylesheet without that
    step would show the old styles with no sign why; stop and say so."""
    source = docs_dir / STYLESHEET
    if not source.is_file():
        return
    inline = root_dir / INLINE_STYLESHEET
    if not inline.is_file() or not _is_copy(source, _stamp(source), inline, _stamp(inline)):
        raise ContentError(
            f"{INLINE_STYLESHEET} is not up to date with docs/{STYLESHEET}: pages "
            "carry the stylesheet inline from that copy. Run "
            "`.venv/bin/python -m hinge_guide` to write it again, then build."
        )


def check_material_styles(root_dir: Path) -> None:
    """The partial that links Material's main.css names it by the hash of
    the Material it was written from; after an update to Material that
    file no longer exists, and every page would lose its styles."""
    from . import theme_css

    partial = root_dir / theme_css.PARTIAL
    if not partial.is_file():
        return
    main = _material_stylesheet()
    if main is not None and not _links_to(partial, _stamp(partial), main):
        raise ContentError(
            f"{theme_css.PARTIAL} was written for another version of Material "
            f"(the installed one's stylesheet is {main}). Run "
            "`.venv/bin/python -m hinge_guide` to write it again, then build."
        )


@functools.lru_cache(maxsize=1)
def _material_stylesheet() -> str | None:
    """The installed Material's main.css (None without Material, where the
    partial isn't used); read once per process."""
    from . import theme_css

    try:
        templates = theme_css.material_templates()
    except ImportError:
        return None
    return theme_css.stylesheet_paths((templates / "base.html").read_text(encoding="utf-8"))[0]


@functools.lru_cache(maxsize=8)
def _links_to(partial: Path, stamp: tuple, stylesheet: str) -> bool:
    return f"'{stylesheet}'" in partial.read_text(encoding="utf-8")


def _stamp(path: Path) -> tuple[int, int]:
    status = path.stat()
    return status.st_mtime_ns, status.st_size


@functools.lru_cache(maxsize=8)
def _is_copy(source: Path, source_stamp: tuple, inline: Path, inline_stamp: tuple) -> bool:
    """Compared once per version of the two files, not once per page."""
    from .generate import inline_stylesheet

    expected = inline_stylesheet(source.read_text(encoding="utf-8"))
    return inline.read_text(encoding="utf-8") == expected


def check_site_url(site_url: str | None) -> None:
    """SITE_URL becomes every canonical and preview address: a build without
    it, or with one a browser would misread, ships wrong links."""
    if not site_url or not str(site_url).strip():
        raise ContentError(
            "mkdocs.yml: site_url is empty. Set SITE_URL to the address the site "
            "is published at, e.g. SITE_URL=https://you.github.io/hip-hinge/ "
            "mkdocs build (scripts/serve sets a local one for you)."
        )
    parts = urlsplit(site_url)
    if parts.scheme not in ("http", "https") or not parts.netloc or re.search(
        r"[\s\"'<>`\\]", site_url
    ):
        raise ContentError(
            f'mkdocs.yml: SITE_URL "{site_url}" is not a usable address. Give a '
            "full http(s) address with no spaces or quotes, ending in /, e.g. "
            "https://you.github.io/hip-hinge/."
        )


def check_social(social: Any) -> None:
    for entry in social or []:
        link = str((entry or {}).get("link", ""))
        host = urlsplit(link).hostname or ""
        if (
            not link.lower().startswith("https://")
            or re.search(r"[\s\"'<>`\\]", link)
            or any(sample in link.lower() for sample in PLACEHOLDER_HOSTS)
            or host.endswith(".invalid") or host.endswith(".test")
        ):
            raise ContentError(
                f'mkdocs.yml: the social link "{link}" is not a real https '
                "address. Set the coach's own page under extra.social, or remove "
                "the entry: a reader must never tap a dead link."
            )


# The built page --------------------------------------------------------------

def check_tree(root: etree.Element, src: str, admonition_types: set[str]) -> None:
    for element in root.iter():
        if element.tag == "img" and not (element.get("alt") or "").strip():
            raise ContentError(
                f"docs/{src}: the image {element.get('src', '?')} has no alt text. "
                "Write ![what the picture shows](file) in Markdown, e.g. "
                "![Side view: hips pushed back, back flat, hands at the knees](...)."
            )
        classes = set((element.get("class") or "").split())
        if element.tag in ("div", "details") and (
            "admonition" in classes or element.tag == "details"
        ):
            # hh-* classes are the site's own styling hooks, such as hh-cues.
            for kind in {c for c in classes - _LAYOUT_CLASSES if not c.startswith("hh-")}:
                if kind not in admonition_types:
                    raise ContentError(
                        f'docs/{src}: an admonition has the type "{kind}", which '
                        "the site does not style. Use one of: "
                        f"{', '.join(sorted(admonition_types))}."
                    )
        if element.tag == "p":
            text = "".join(element.itertext()).lstrip()
            if text.startswith("///"):
                raise ContentError(
                    f'docs/{src}: "{text.splitlines()[0]}" was left as text. The '
                    "block name is misspelt or the block is not closed: write "
                    "/// fault | Title, /// tip | Title, /// warning | Title or "
                    "/// note | Title, and close it with /// on a line of its own."
                )


def admonition_types(md: Markdown) -> set[str]:
    """The admonition types mkdocs.yml configures for pymdownx.blocks.admonition
    (one source for the vocabulary), plus the fault box."""
    from pymdownx.blocks.admonition import Admonition

    types = {"fault"}
    if "blocks" in md.parser.blockprocessors:
        for name, block in md.parser.blockprocessors["blocks"].blocks.items():
            if issubclass(block, Admonition) and name != "admonition":
                types.add(name)
    return types


class ChecksTreeprocessor(Treeprocessor):
    def __init__(self, md: Markdown, poses: set[str] | None):
        super().__init__(md)
        self.poses = poses
        self.checked_site: set[tuple] = set()

    def run(self, root: etree.Element) -> None:
        page = page_context(self.md)
        if page.engine != "bare":
            self.check_page(page)
        check_tree(root, page.src, admonition_types(self.md))

    def check_page(self, page: PageContext) -> None:
        site: Site = page.site
        key = (site.site_url, repr(site.extra.get("social")), site.docs_dir, site.root_dir)
        if key not in self.checked_site:
            check_site_url(site.site_url)
            check_social(site.extra.get("social"))
            check_inline_stylesheet(site.docs_dir, site.root_dir)
            check_material_styles(site.root_dir)
            self.checked_site.add(key)
        check_description(page.meta, page.src)
        check_reviewed(page.meta, page.src)
        check_preview_figure(page.meta, page.src, self.poses)
        check_scripts(page.meta, page.src, site.docs_dir)


def pose_names() -> set[str] | None:
    """The poses of the body model, when it can be imported (it sits beside
    mkdocs.yml); None where it can't, so only the type is checked."""
    try:
        from figures import poses
    except ImportError:
        return None
    return set(poses.POSES)


class ChecksExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(ChecksTreeprocessor(md, pose_names()), "hinge_checks", 1)


def makeExtension(**kwargs: Any) -> ChecksExtension:
    return ChecksExtension(**kwargs)
