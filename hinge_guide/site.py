"""The site's own names and addresses: the address both engines give a
page, the title of a fault's share page, where the share pages and each
page's link-preview card live, where the stylesheet lives, the
prefix that marks the site's own classes and ids, and the plain words it
wants from a coach. The build, the generate step and the tests all read
them from here, so they can't disagree."""

from __future__ import annotations

import re

# Addresses --------------------------------------------------------------------


def page_url(src: str) -> str:
    """The address MkDocs and Zensical give a page under docs/ (directory
    URLs): index.md is "", sub/index.md is "sub/", setup.md is "setup/"."""
    stem = src[: -len(".md")]
    if stem == "index":
        return ""
    return (stem[: -len("/index")] if stem.endswith("/index") else stem) + "/"


def is_homepage(src: str) -> bool:
    """overrides/main.html follows the same rule, by the address both engines
    give the page (hh_is_home): Zensical's pages have no is_homepage.
    tests/test_template_rules.py compares the two on every page address."""
    return page_url(src) == ""


# Under docs/: each fault's share page (faults/<id>.md), and each page's
# link-preview card, both written by `python -m hinge_guide`.
SHARE_FOLDER = "faults"
PREVIEW_FOLDER = "assets/previews"


def card_name(url: str) -> str:
    """The card's file name for a page address ("" is the home page): the
    rule overrides/main.html follows to point at it (hh_card; compared in
    tests/test_template_rules.py)."""
    return url.strip("/").replace("/", "-") or "index"


def card_file(src: str) -> str:
    """The card of the page src, under docs/ (assets/previews/setup.png)."""
    return f"{PREVIEW_FOLDER}/{card_name(page_url(src))}.png"


def share_title(fault_title: str) -> str:
    """A fault's share page title: its preview's headline."""
    return f"{fault_title}: the fix"


# The stylesheet ---------------------------------------------------------------

# The one stylesheet (under docs/), and the copy pages carry inline (beside
# mkdocs.yml), written by `python -m hinge_guide`.
STYLESHEET = "stylesheets/extra.css"
INLINE_STYLESHEET = "overrides/partials/hh-extra-css.html"


def inline_stylesheet(css: str) -> str:
    """The site's stylesheet as a <style> element for every page's <head>.

    Inline, a first visit on a slow network waits for one stylesheet
    (Material's) instead of two before it can paint. Minified by rcssmin,
    which leaves strings and SVG data URLs as written; raw, so that no "{{"
    in the CSS could ever be read as a template.
    """
    from rcssmin import cssmin

    return (
        "{#- Written by `python -m hinge_guide` from docs/stylesheets/extra.css:\n"
        "    edit that file, then run it again. -#}\n"
        f"<style>{{% raw %}}{cssmin(css)}{{% endraw %}}</style>\n"
    )


# The site's own names ---------------------------------------------------------

# A figure's own classes, ids and animation names are renamed apart unless
# they carry the prefix, and a fault's id may not take it.
SITE_PREFIX = "hh-"
# An image the figures extension leaves as an image (decorative, loaded
# lazily, not inlined): the fault index's thumbnails.
THUMB_CLASS = "hh-thumb"


def is_site_name(name: str) -> bool:
    """Whether a class, id or animation name is the site's own (figures,
    buttons, styling hooks such as hh-cues), not a coach's or a drawing
    program's."""
    return name.startswith(SITE_PREFIX)


# Plain words ------------------------------------------------------------------

# Markup a coach's sentence may not hold, and how to name it. A sentence from
# method.yml is printed into a page's Markdown, and a glossary term or meaning into
# the Glossary page, so each of these would run there (a <script>, an image
# from another site, emphasis) or show as typed: a macro ({{ }}) in the
# printed words is never run again.
MARKUP: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"[<>]"), "a < or > (HTML, such as <script>)"),
    (re.compile(r"!\[|\]\("), "a Markdown link or image, [words](address)"),
    (re.compile(r"`"), "a backtick (Markdown code)"),
    # `_` only at a word's edge: floor_barbell is a name, _this_ is emphasis
    (re.compile(r"\*|\b_|_\b"), "a * or _ (Markdown emphasis)"),
    (re.compile(r"[{}]"), "a { or } (a macro such as {{ method.tempo.down_seconds }} would "
                          "print as typed: write the number itself)"),
    (re.compile(r"[\r\n]"), "a line break"),
)


def markup_in(text: str) -> str | None:
    """The first kind of markup in text, in words; None for plain words."""
    return next((what for pattern, what in MARKUP if pattern.search(text)), None)
