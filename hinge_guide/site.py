"""The site's shared rules, in one place: the build, the generate step and
the tests all read them from here, so they can't disagree.

A page's front matter:

- ``split_front_matter``: a page's front matter and body, strictly: front
  matter that isn't a mapping, isn't valid YAML, isn't closed or doesn't
  start on the first line stops with the file and the line
  (``check_front_matter_shape``, ``FRONT_MATTER``), instead of reading as
  "no description";
- ``body_start``: how many lines of a page's file come before the Markdown
  an engine renders (the front matter and the blank lines after it);
- ``DESCRIPTION_MAX``: the longest description a page may have;
- ``key_line``: the pattern of the front-matter line that sets a key;

Words and addresses:

- ``markup_in``: what markup a coach's sentence holds (``MARKUP``), where
  the site wants plain words (method.yml's sentences, the glossary's terms
  and meanings, a fault's title);
- ``page_url``: the address both engines give a page (directory URLs);
- ``is_homepage``: whether a page is the home page (its address is "");
- ``share_title``: the title of a fault's share page;

The stylesheet and figures:

- ``STYLESHEET``: the one stylesheet, under docs/; ``INLINE_STYLESHEET``:
  the copy every page carries inline, beside mkdocs.yml, which
  ``inline_stylesheet`` writes from it;
- ``THUMB_CLASS``: the class of an image the figures extension leaves as
  an image (the fault index's thumbnails);
- ``SITE_PREFIX``, ``is_site_name``: the prefix of the site's own classes,
  ids and animation names (hh-): a figure's own names are renamed apart
  unless they carry it, and a fault's id may not take it.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from .errors import ContentError
from .strict_yaml import load_yaml

FRONT_MATTER = re.compile(r"^---[ \t]*\n(?P<yaml>.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)", re.DOTALL)


# The one stylesheet (under docs/), and the copy pages carry inline (beside
# mkdocs.yml), written by `python -m hinge_guide`.
STYLESHEET = "stylesheets/extra.css"
# An image the figures extension leaves as an image (decorative, loaded
# lazily, not inlined): the fault index's thumbnails.
THUMB_CLASS = "hh-thumb"
SITE_PREFIX = "hh-"


def is_site_name(name: str) -> bool:
    """Whether a class, id or animation name is the site's own (figures,
    buttons, styling hooks such as hh-cues), not a coach's or a drawing
    program's."""
    return name.startswith(SITE_PREFIX)

INLINE_STYLESHEET = "overrides/partials/hh-extra-css.html"
# A page's description: search results and link previews cut longer ones.
DESCRIPTION_MAX = 160


def key_line(key: str) -> re.Pattern[str]:
    """The front-matter line that sets key (``key:`` at the start of a line;
    the front matter comes first, so the first such line is it)."""
    return re.compile(rf"^{re.escape(key)}[ \t]*:")


def check_front_matter_shape(text: str, where: str) -> None:
    """Front matter the engines would miss, said as what to fix: missed, it
    reads as no front matter at all, and the page as having no description."""
    lines = text.splitlines()
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    if first is None or lines[first].rstrip() != "---":
        return  # no front matter at all: the checks say what is missing
    if first > 0:
        raise ContentError(
            f"{where}, line {first + 1}: the front matter must start on the first line of "
            "the file. Remove the blank lines above its `---`."
        )
    last = next((n for n, line in enumerate(lines[1:], 1) if not line.strip()), len(lines))
    raise ContentError(
        f"{where}, line 1: the front matter isn't closed. Add a line `---` under its last "
        f"setting (line {last}), before the page's text."
    )


def split_front_matter(text: str, where: str) -> tuple[dict[str, Any], str, int]:
    """(front matter, body, number of lines before the body) of a page.
    ``where`` names the file in messages. A byte-order mark (which some
    Windows editors write) is dropped first, as the engines drop it."""
    text = text.removeprefix("\ufeff")
    match = FRONT_MATTER.match(text)
    if not match:
        check_front_matter_shape(text, where)
        return {}, text, 0
    offset = text[: match.end()].count("\n")
    try:
        meta = load_yaml(match.group("yaml") or "", where, first_line=2)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f", line {mark.line + 2}" if mark is not None else ""
        problem = getattr(error, "problem", None) or "it can't be read"
        raise ContentError(
            f"{where}{line}: the front matter is not valid YAML ({problem}). Write "
            "one `name: value` per line, and put a value holding a colon or a quote "
            "in quotes, e.g. description: 'Setup: feet, grip and brace.'"
        ) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise ContentError(
            f"{where}, line 2: the front matter must be `name: value` lines, such as "
            "description: ... and reviewed: 2026-11-25, not "
            f"{'a list' if isinstance(meta, list) else 'a sentence'}."
        )
    return meta, text[match.end():], offset


def body_start(text: str, where: str) -> int:
    """How many lines of a page's file come before the Markdown an engine
    renders: its front matter (split_front_matter's count) and the blank
    lines after it, which MkDocs drops too. The one count of them for a
    page the engine hands over as Markdown alone (the macros plugin)."""
    _, body, offset = split_front_matter(text, where)
    return offset + body[:len(body) - len(body.lstrip("\n"))].count("\n")


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


def page_url(src: str) -> str:
    """The address MkDocs and Zensical give a page under docs/ (directory
    URLs): index.md is "", sub/index.md is "sub/", setup.md is "setup/"."""
    stem = src[: -len(".md")]
    if stem == "index":
        return ""
    return (stem[: -len("/index")] if stem.endswith("/index") else stem) + "/"


def is_homepage(src: str) -> bool:
    """The home page: the page at the site's own address (docs/index.md).
    overrides/main.html follows the same rule, by the address both engines
    give the page (hh_is_home): Zensical's pages have no is_homepage.
    tests/test_template_rules.py compares the two on every page address."""
    return page_url(src) == ""


def share_title(fault_title: str) -> str:
    """A fault's share page title: its preview's headline."""
    return f"{fault_title}: the fix"


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
