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
- every block (``///``) is indented by a multiple of four spaces, so it
  stays inside the numbered step it sits under (fenced code aside);
- the site's settings, on every page (MkDocs makes a new Markdown instance
  per page, so nothing here lasts from one page to the next): ``site_url``
  (from ``SITE_URL``) is set and well formed, every link in ``extra.social``
  is a real https address, ``extra.coach`` can be shown
  (hinge_guide/author.py), the inline copy of the stylesheet was written
  from the stylesheet as it is now, and the link to Material's stylesheet
  names the installed Material's file. The files are compared once per
  version of them (functools caches keyed by their size and time), so
  under ``mkdocs serve`` an edit is seen at the next page.

The checks that read the tree run last (priority 1), after every other
extension has built its part of the page.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import xml.etree.ElementTree as etree
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from .author import author_name
from .context import PageContext, Site, page_context
from .errors import ContentError
from .faults import ANCHOR
from .figures import require_alt
from .site import DESCRIPTION_MAX, INLINE_STYLESHEET, STYLESHEET, inline_stylesheet

# Hosts that only ever appear in samples: a reader must never tap one.
PLACEHOLDER_HOSTS = ("example.com", "example.org", "example.net", "localhost",
                     "your-page", "your-account")
# Classes that Markdown or Material put on admonitions besides the type.
_LAYOUT_CLASSES = {"admonition", "inline", "end", "annotate"}


# Front matter ----------------------------------------------------------------

# Front matter this site reads, and Material's own page settings.
FRONT_MATTER_KEYS = frozenset({
    "description", "reviewed", "scripts", "preview_figure", "preview_fix_figure",
    "preview_pair", "title", "search", "hide", "template", "status", "icon", "subtitle",
    "tags", "comments",
})


def check_front_matter_keys(meta: dict, src: str) -> None:
    """A misspelt setting is otherwise ignored without a word: `script:`
    for `scripts:` ships the page without its script. Refuse a key that is close to
    a known one; other keys of a coach's own pass."""
    import difflib

    for key in meta:
        if key in FRONT_MATTER_KEYS:
            continue
        close = difflib.get_close_matches(str(key), FRONT_MATTER_KEYS, n=1, cutoff=0.75)
        if close:
            raise ContentError(
                f"docs/{src}: the front matter has `{key}:`, which nothing reads. Did you "
                f"mean `{close[0]}:`? Correct it, or the page is built without it."
            )


def check_description(meta: dict, src: str) -> None:
    description = meta.get("description")
    if description is not None and not isinstance(description, str):
        raise ContentError(
            f"docs/{src}: description: {description!r} is not a sentence. Write one "
            f"sentence of words, at most {DESCRIPTION_MAX} characters, saying what the "
            "reader gets here (put it in quotes if it starts with a number or a bracket)."
        )
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


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# The guide began in 2026: a page "reviewed" before 2020 is a typo in the
# year (1926 for 2026), which the page would otherwise print as it is.
EARLIEST_REVIEW = dt.date(2020, 1, 1)


def check_reviewed(meta: dict, src: str, today: dt.date | None = None) -> None:
    """A calendar day, year-month-day: the page prints it and search engines
    read it, so a number, a week date, a time, a day to come or a year
    before the guide began is refused."""
    reviewed = meta.get("reviewed")
    if reviewed is None:
        raise ContentError(
            f"docs/{src}: the page doesn't say when a coach last checked it. Add "
            "a front-matter line `reviewed: 2026-11-25` (year-month-day) under "
            "its description; readers and search engines see the date."
        )
    day = reviewed if type(reviewed) is dt.date else None
    if day is None and isinstance(reviewed, str) and _DAY.match(reviewed.strip()):
        try:
            day = dt.date.fromisoformat(reviewed.strip())
        except ValueError:
            day = None
    if day is None:
        raise ContentError(
            f'docs/{src}: reviewed: "{reviewed}" is not a day. Write the day the '
            "page was last checked as year-month-day, with no time, e.g. "
            "reviewed: 2026-11-25."
        )
    if day < EARLIEST_REVIEW:
        raise ContentError(
            f"docs/{src}: reviewed: {day} is before {EARLIEST_REVIEW.year}, so it is likely "
            "a typo in the year (the guide began in 2026). Write the day a coach last "
            "checked the page, e.g. reviewed: 2026-11-25."
        )
    today = today or dt.datetime.now(dt.UTC).date()
    if day > today + dt.timedelta(days=1):
        raise ContentError(
            f"docs/{src}: reviewed: {day} is in the future. Write the day a coach "
            "last checked the page (today at the latest)."
        )


def check_preview_figure(meta: dict, src: str, poses=lambda: None) -> None:
    """``poses()`` lists the pose names (None where the body model can't be
    read): called only for a page that names a figure."""
    figure = meta.get("preview_figure")
    if figure is None:
        return
    if not isinstance(figure, str) or not figure.strip():
        raise ContentError(
            f"docs/{src}: preview_figure must be the name of one pose, e.g. "
            f"preview_figure: bottom (it is {type(figure).__name__} {figure!r})."
        )
    names = poses()
    if names is not None and figure not in names:
        raise ContentError(
            f'docs/{src}: preview_figure: "{figure}" is not a pose: use one of '
            f"{', '.join(sorted(names))}."
        )


_SCRIPT = re.compile(r"^[A-Za-z0-9_-]+(/[A-Za-z0-9_.-]+)*\.js$")


def check_scripts(meta: dict, src: str, docs_dir: Path) -> None:
    """Each script is a published .js file under docs/, named plainly: the
    name goes into a <script> tag on the page."""
    scripts = meta.get("scripts") or []
    if isinstance(scripts, str) or not isinstance(scripts, list):
        raise ContentError(
            f"docs/{src}: scripts must be a list of paths under docs/, e.g. "
            "scripts: [javascripts/checklist.js]."
        )
    for script in scripts:
        if not isinstance(script, str) or not _SCRIPT.match(script) or ".." in script.split("/"):
            raise ContentError(
                f"docs/{src}: the front matter names the script {script!r}. Name a .js "
                "file under docs/ by its path from there, in letters, digits, - and _, "
                "e.g. scripts: [javascripts/checklist.js]."
            )
        if not (docs_dir / script).is_file():
            raise ContentError(
                f"docs/{src}: the front matter names the script {script}, which "
                "is not in docs/. Fix the path (relative to docs/) or remove it."
            )


# Site settings ---------------------------------------------------------------


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
    expected = inline_stylesheet(source.read_text(encoding="utf-8"))
    return inline.read_text(encoding="utf-8") == expected


_LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def check_site_url(site_url: str | None) -> None:
    """SITE_URL becomes every canonical and preview address, robots.txt and
    the sitemap: a build without it, or with one a browser would misread or
    that leaks a password or a tracking query, ships wrong links."""
    if not site_url or not str(site_url).strip():
        raise ContentError(
            "mkdocs.yml: site_url is empty. Set SITE_URL to the address the site "
            "is published at, e.g. SITE_URL=https://you.github.io/hip-hinge/ "
            "mkdocs build (scripts/serve sets a local one for you)."
        )
    how = ("Give the address the site is published at: https://, the host and "
           "path only, ending in /, e.g. SITE_URL=https://you.github.io/hip-hinge/.")
    try:
        parts = urlsplit(site_url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises on a port that isn't a number
    except ValueError:
        raise ContentError(f'mkdocs.yml: SITE_URL "{site_url}" is not a usable address. '
                           + how) from None
    problem = None
    if re.search(r"[\s\"'<>`\\]", site_url) or not parts.netloc:
        problem = "is not a usable address"
    elif parts.scheme != "https" and not (parts.scheme == "http" and host in _LOCAL_HOSTS):
        problem = "must start with https:// (http:// only for this computer, 127.0.0.1)"
    elif parts.username is not None or parts.password is not None:
        problem = "holds a user name or password, which every page would show"
    elif parts.query or parts.fragment or "?" in site_url or "#" in site_url:
        problem = "has a ? or # part, which would end up in every link and preview"
    elif "//" in parts.path:
        problem = "has // in its path, which every link and preview would keep"
    elif re.search(r"\.[A-Za-z0-9]+/?$", parts.path):
        problem = ("ends in a file name; give the folder the site lives in, which "
                   "every page's address is built from")
    if problem:
        raise ContentError(f'mkdocs.yml: SITE_URL "{site_url}" {problem}. ' + how)


def check_plain_names(site: Site) -> None:
    """The site's name, author, footer line and menu titles are printed into
    every page as they are written (Material treats them as HTML): a pasted
    tag would run on every page, or cut the name short. Plain words only;
    an & is fine."""
    named = [("site_name", site.site_name), ("site_author", site.site_author),
             ("copyright", site.copyright)]
    named += [(f"the nav title for {src}", title) for title, src in site.nav]
    for what, value in named:
        if re.search(r"<\s*[a-zA-Z!/]|[<>]", str(value or "")):
            raise ContentError(
                f'mkdocs.yml: {what}, "{str(value)[:60]}", holds HTML (a < or >). It is '
                "printed into every page as it is, so a tag would run there: write plain "
                "words."
            )


def check_social(social: Any) -> None:
    if social and not isinstance(social, list):
        raise ContentError(
            "mkdocs.yml: extra.social must be a list of links, one entry each: "
            "`- icon: material/web`, `name: Our website`, `link: https://...` "
            "(see README.md, \"Where readers ask questions\")."
        )
    for entry in social or []:
        if not isinstance(entry, dict) or not isinstance(entry.get("link", ""), str):
            raise ContentError(
                f"mkdocs.yml: the extra.social entry {entry!r} is not a link. Write "
                "each entry as icon:, name: and link: lines under one `-`."
            )
        link = entry.get("link", "")
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

def check_tree(root: etree.Element, src: str, admonition_types: set[str],
               blocks: set[str] | None = None, line_of=lambda text: "") -> None:
    """The finished page: alt text, admonition types, no block left as text,
    one H1. ``blocks`` are the block names the page's Markdown knows;
    ``line_of(text)`` names the line of the file holding text."""
    h1s = [el for el in root.iter("h1")]
    if len(h1s) > 1:
        second = "".join(h1s[1].itertext()).strip()
        raise ContentError(
            f'docs/{src}{line_of("# " + second)}: the page has a second H1, "# {second}". '
            "A page has one title: make this one a section, ## " + second + "."
        )
    for tabs in (el for el in root.iter() if "tabbed-set" in (el.get("class") or "").split()):
        for box in tabs.iter("details"):
            if "fault" in (box.get("class") or "").split():
                title = "".join(box.find("summary").itertext()).strip() \
                    if box.find("summary") is not None else "a fault"
                raise ContentError(
                    f'docs/{src}{line_of(title)}: the fault box "{title}" sits inside a '
                    "tab. A link to it can't open a tab that isn't showing, so the "
                    "reader would land on nothing. Move the box below the tabs."
                )
    for element in root.iter():
        if element.tag == "img":
            require_alt(element, src)
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
                first = text.splitlines()[0]
                raise ContentError(f"docs/{src}{line_of(first)}: " + stray_block(
                    text, blocks, admonition_types))


# Box types Material styles: one of these left as text means mkdocs.yml's
# list of types lacks it (or misspells it), not the page.
_MATERIAL_ADMONITIONS = frozenset({
    "note", "abstract", "info", "tip", "success", "question", "warning", "failure",
    "danger", "bug", "example", "quote",
})

_BLOCK_LINE = re.compile(r"^///\s*(?P<name>[\w-]*)\s*(?:\|\s*(?P<title>.*))?$")


def stray_block(text: str, blocks: set[str] | None, admonition_types: set[str]) -> str:
    """What to do about a block marker left as text: say which part is wrong
    (the name, the settings line under it, or a missing extension)."""
    lines = text.splitlines()
    first = lines[0].strip()
    match = _BLOCK_LINE.match(first)
    name = match.group("name") if match else ""
    kinds = sorted(admonition_types - {"fault"})
    vocabulary = ", ".join(f"/// {kind} | Title" for kind in ["fault", *kinds[:-1]])
    vocabulary += f" or /// {kinds[-1]} | Title" if kinds else ""
    if not name:
        return (f'"{first}" closes no block. Remove it, or open the block above it '
                f"with {vocabulary}.")
    if blocks is not None and name in blocks:
        return f'"{first}" was left as text: ' + bad_settings(name, lines[1:])
    if name == "fault":
        return (f'"{first}" was left as text: the fault box extension is not on. Add '
                "`- hinge_guide.faults` under markdown_extensions in mkdocs.yml.")
    if name in _MATERIAL_ADMONITIONS:
        return (f'"{first}" was left as text: "{name}" is not among the admonition '
                "types in mkdocs.yml (pymdownx.blocks.admonition, types: "
                f"{', '.join(kinds)}). Add it there, or check its spelling.")
    return (f'"{first}" was left as text: "{name}" is misspelt: it is not a block '
            "the site knows. "
            f"Write {vocabulary}, and close it with /// on a line of its own.")


def bad_settings(name: str, option_lines: list[str]) -> str:
    """Why a known block refused the settings lines under its title."""
    import yaml

    options_text = "\n".join(line.strip() for line in option_lines if line.strip())
    example = "    attrs: {id: rounded-back}"
    try:
        options = yaml.safe_load(options_text) if options_text else {}
    except yaml.YAMLError:
        options = None
    if not isinstance(options, dict) or not isinstance(options.get("attrs"), dict):
        return (f"the line under its title, {options_text[:60]!r}, is not a setting. "
                f"Write it as `{example}` (attrs, a colon, then the braces), "
                "indented four spaces.")
    others = sorted(set(options) - {"attrs"})
    if others:
        return (f"a {name} box takes one setting, attrs:, not {', '.join(others)}. "
                f"Remove that line; keep `{example}`.")
    attrs = options.get("attrs", {})
    for key, value in attrs.items():
        if not isinstance(value, str):
            what = "the id" if key == "id" else key
            return (f"{what} {value!r} reads as a {type(value).__name__}, not a word. "
                    "Anchors are lower-case words joined by hyphens, with at least one "
                    f"letter, e.g. `{example}`; old anchors the same, "
                    "e.g. data-old-anchors: going-too-deep.")
        if key == "id" and not ANCHOR.match(value):
            break
    return (f"its settings are not valid: {options_text[:80]!r}. Write `{example}`: "
            "the id in lower-case words of letters and digits joined by hyphens, "
            "with at least one letter (no spaces, /, # or dots).")


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


# Markup a coach might paste that loads or runs something: the site loads
# nothing from any other site, and runs only its own scripts.
_EMBED_TAGS = frozenset({"script", "iframe", "object", "embed", "frame", "frameset"})
# Attributes that make the browser fetch what they name (a plain link's href
# doesn't: it waits for a tap).
_FETCHING = frozenset({"src", "srcset", "data", "poster", "background", "formaction"})


def _foreign(url: str) -> bool:
    """Whether the browser would fetch `url` from another site."""
    url = url.strip().lower()
    return url.startswith("//") or bool(re.match(r"[a-z][a-z0-9+.-]*:", url)) \
        and not url.startswith(("data:", "#"))


class _PastedMarkup(HTMLParser):
    """Collects what a block of raw HTML would load or run."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str]] = []  # (problem, the value to find its line)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _EMBED_TAGS:
            self.found.append((f"a <{tag}>", f"<{tag}"))
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.found.append((f'an event handler ({name}="...") on <{tag}>', name))
            elif (name in _FETCHING or (name == "href" and tag in ("link", "use", "image"))) \
                    and any(_foreign(part.split()[0]) for part in value.split(",") if part.strip()):
                self.found.append((f'<{tag} {name}="{value[:60]}">', value[:40]))
            elif name == "style" and re.search(r"url\(\s*['\"]?\s*(?:[a-z]+:|//)", value, re.I):
                self.found.append((f"a style that loads {value[:60]}", value[:40]))


def check_loads_nothing_foreign(root: etree.Element, raw_html: list[str], src: str,
                                line_of=lambda text: "") -> None:
    """Pictures, embeds and scripts a coach pastes into a page: refused when
    they would load from another site or run code, naming the file and line."""
    for img in root.iter("img"):
        if _foreign(img.get("src", "")):
            raise ContentError(
                f"docs/{src}{line_of(img.get('src', ''))}: the picture {img.get('src')} "
                "is on another site. This site loads nothing from elsewhere (a reader's "
                "privacy, and pages that work on a weak signal): save the picture under "
                "docs/images/ and link it from there."
            )
    # Every block, the inlined figures too: a pasted <svg> looks just like
    # one, and a figure that passed check_svg passes here (no handlers, no
    # links out), at the cost of reading it twice.
    for block in raw_html:
        parser = _PastedMarkup()
        parser.feed(block)
        parser.close()
        if parser.found:
            problem, needle = parser.found[0]
            raise ContentError(
                f"docs/{src}{line_of(needle)}: the page holds {problem}. This site loads "
                "nothing from other sites and runs no pasted code: remove it. For a video "
                "or a post, write a plain link instead, e.g. [Watch it on YouTube](https://...); "
                "for a drawing, save it under docs/images/ and show it with "
                "![what it shows](images/name.svg)."
            )


class ChecksTreeprocessor(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        page = page_context(self.md)
        if page.engine != "bare":
            self.check_page(page)
        blocks = self.md.parser.blockprocessors["blocks"] \
            if "blocks" in self.md.parser.blockprocessors else None
        known = set(blocks.blocks) if blocks is not None else None
        line_of = page.line_of if page.engine != "bare" else (lambda text: "")
        check_tree(root, page.src, admonition_types(self.md), known, line_of)
        check_loads_nothing_foreign(root, list(self.md.htmlStash.rawHtmlBlocks), page.src,
                                    line_of)

    def check_page(self, page: PageContext) -> None:
        site: Site = page.site
        # The site's settings too: cheap, and seen by every page as it is now.
        check_site_url(site.site_url)
        check_plain_names(site)
        check_social(site.extra.get("social"))
        # Every page shows the coach: checked here, not only where a share
        # page names them (a site without fault boxes has none).
        author_name(site.extra, site.site_author, site.site_name, site.docs_dir)
        check_inline_stylesheet(site.docs_dir, site.root_dir)
        check_material_styles(site.root_dir)
        check_front_matter_keys(page.meta, page.src)
        check_description(page.meta, page.src)
        check_reviewed(page.meta, page.src)
        check_preview_figure(page.meta, page.src, pose_names)
        check_scripts(page.meta, page.src, site.docs_dir)


@functools.cache
def pose_names() -> frozenset[str] | None:
    """The poses a card can draw, from the body model (figures/views.py:
    the side view's figures/poses.py and the front view's figures/front.py;
    only their names, so no body is solved); None where the package can't
    be imported, so only the type is checked."""
    try:
        from figures import views
    except ImportError:
        return None
    return frozenset(views.pose_names())


# Blocks of HTML a page may open around Markdown: left open, the rest of the
# page ships as raw text (every heading and link after it gone).
_BLOCK_TAGS = frozenset({"div", "details", "section", "aside", "figure", "table", "dl",
                         "fieldset", "noscript", "nav", "ul", "ol"})


class _Balance(HTMLParser):
    """Which block tags a page's source opens and never closes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, int]] = []  # (tag, line in the source)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _BLOCK_TAGS:
            self.open.append((tag, self.getpos()[0]))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.open) - 1, -1, -1):
            if self.open[i][0] == tag:
                del self.open[i:]
                return


def _without_code(lines: list[str]) -> list[str]:
    """The lines with fenced code and `code spans` blanked, so markup shown
    as an example is not read as markup."""
    out, fence = [], None
    for line in lines:
        marker = re.match(r"\s*(`{3,}|~{3,})", line)
        if fence:
            out.append("")
            if marker and marker.group(1)[0] == fence[0] and len(marker.group(1)) >= len(fence):
                fence = None
            continue
        if marker:
            fence = marker.group(1)
            out.append("")
            continue
        out.append(re.sub(r"`[^`]*`", "", line))
    return out


def unclosed_markup(lines: list[str]) -> tuple[str, int] | None:
    """(what is left open, its line, counted from 1 in `lines`), or None."""
    text = "\n".join(_without_code(lines))
    comment = text.find("<!--")
    while comment != -1:
        end = text.find("-->", comment + 4)
        if end == -1:
            line = text.count("\n", 0, comment) + 1
            return "an HTML comment (<!--) that never closes with -->", line
        comment = text.find("<!--", end + 3)
    parser = _Balance()
    parser.feed(text)
    parser.close()
    if parser.open:
        tag, line = parser.open[0]
        return f"a <{tag}> that is never closed with </{tag}>", line
    return None


class UnclosedMarkup(Preprocessor):
    """Stops the build at HTML a page opens and never closes."""

    def run(self, lines: list[str]) -> list[str]:
        found = unclosed_markup(lines)
        if found:
            page = page_context(self.md)
            what, line = found
            # The file's own line, found by its words: the engines strip
            # front matter and blank lines before the Markdown sees the page.
            where = page.line_of(lines[line - 1]) if page.engine != "bare" else f", line {line}"
            raise ContentError(
                f"docs/{page.src}{where}: {what}. Everything "
                "after it would show as raw text. Close it, or remove it."
            )
        return lines


# After normalize_whitespace (30), before the fence stash (25): see below.
BLOCK_INDENT_PRIORITY = 27


class BlockIndent(Preprocessor):
    """A block (``///``) indented by other than a multiple of four spaces
    falls out of the numbered step it sits under, and the steps after it
    are numbered anew, silently: stop and say how to indent it. Every
    block, not only fault boxes; a ``///`` in fenced code is code."""

    def run(self, lines: list[str]) -> list[str]:
        for number, line in enumerate(_without_code(lines), 1):
            indent = len(line) - len(line.lstrip(" "))
            if line.lstrip(" ").startswith("///") and indent % 4:
                page = page_context(self.md)
                raise ContentError(
                    f"docs/{page.src}, line {number + page.line_offset}: the block line "
                    f'"{line.strip()[:40]}" is indented {indent} spaces. Under a numbered '
                    "step, indent a block and its closing /// by 4 spaces (8 under a step "
                    "inside a step); outside a list, don't indent it."
                )
        return lines


class ChecksExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(ChecksTreeprocessor(md), "hinge_checks", 1)
        # Before the HTML is stashed away, while the page is still its lines.
        md.preprocessors.register(UnclosedMarkup(md), "hinge_unclosed_markup", 35)
        # After normalize_whitespace (30) has turned tabs into spaces; before
        # superfences stashes fenced code (25), which joins a fence's lines
        # into one and would shift the line numbers after it. So fenced code
        # is blanked here instead (_without_code): a /// in code is code.
        md.preprocessors.register(BlockIndent(md), "hinge_block_indent", BLOCK_INDENT_PRIORITY)


def makeExtension(**kwargs: Any) -> ChecksExtension:
    return ChecksExtension(**kwargs)
