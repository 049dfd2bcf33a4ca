"""Site-settings checks: site_url, the site's plain names, the social
links, mkdocs.yml's settings, every SVG under docs/, and the two generated
partials (the inline stylesheet, the link to Material's stylesheet) being
current. Each checks what is there when called; site_wide.check_site runs
them once per change of what they read.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..addresses import is_external
from ..config import DOCS_DIR, check_docs_dir, config_line, config_path, load_config
from ..context import SiteSettings
from ..errors import ContentError
from ..file_cache import FileCache, per_process
from ..site import INLINE_STYLESHEET, STYLESHEET, inline_stylesheet
from ..svg_safety import check_svg, is_svg
from ..text_file import read_text

# Hosts that only ever appear in samples, with their subdomains, and the
# names reserved for samples and tests (RFC 2606): a reader must never tap one.
PLACEHOLDER_HOSTS = ("example.com", "example.org", "example.net", "localhost")
PLACEHOLDER_ENDINGS = (".test", ".example", ".invalid", ".localhost")
# What mkdocs.yml's sample links put where the coach's own page goes
# (https://www.instagram.com/your-account): refused as a whole part of the
# path, so a handle that only holds the words is taken.
PLACEHOLDER_PAGES = ("your-page", "your-account")


def is_placeholder(link: str) -> bool:
    """Whether a link leads to a sample host or a sample page."""
    parts = urlsplit(link)
    host = (parts.hostname or "").lower()
    if any(host == sample or host.endswith(f".{sample}") for sample in PLACEHOLDER_HOSTS):
        return True
    if host.endswith(PLACEHOLDER_ENDINGS):
        return True
    return any(part.lower() in PLACEHOLDER_PAGES for part in parts.path.split("/"))


def check_inline_stylesheet(docs_dir: Path, root_dir: Path) -> None:
    """Pages carry docs/stylesheets/extra.css inline, from a copy that
    `python -m hinge_guide` writes. An edit to the stylesheet without that
    step would show the old styles with no sign why; stop and say so."""
    source = docs_dir / STYLESHEET
    if not source.is_file():
        return
    inline = root_dir / INLINE_STYLESHEET
    if not inline.is_file() or not _is_copy(source, inline):
        raise ContentError(
            f"{INLINE_STYLESHEET} is not up to date with docs/{STYLESHEET}: pages "
            "carry the stylesheet inline from that copy. Run "
            "`.venv/bin/python -m hinge_guide` to write it again, then build."
        )


def check_material_styles(root_dir: Path) -> None:
    """The partial that links Material's main.css names it by the hash of
    the Material it was written from; after an update to Material that
    file no longer exists, and every page would lose its styles."""
    from .. import theme_css

    partial = root_dir / theme_css.PARTIAL
    if not partial.is_file():
        return
    main = _material_stylesheet()
    if main is not None and not _links_to(partial, main):
        raise ContentError(
            f"{theme_css.PARTIAL} was written for another version of Material "
            f"(the installed one's stylesheet is {main}). Run "
            "`.venv/bin/python -m hinge_guide` to write it again, then build."
        )
    config = written_config(root_dir)
    if main is not None and config is not None \
            and read_text(partial, theme_css.PARTIAL) != theme_css.material_styles(config):
        raise ContentError(
            f"{theme_css.PARTIAL} carries the colours of another palette: mkdocs.yml's "
            "theme.palette (primary or accent) changed since it was written, and every page "
            "would go without the new colours. Run `.venv/bin/python -m hinge_guide` to "
            "write it again, then build."
        )


@per_process
def _material_stylesheet() -> str | None:
    """The installed Material's main.css (None without Material, where the
    partial isn't used); read once per process."""
    from .. import theme_css

    try:
        templates = theme_css.material_templates()
    except ImportError:
        return None
    return theme_css.material_stylesheets(templates)[0]


def _links_to(partial: Path, stylesheet: str) -> bool:
    from .. import theme_css

    return f"'{stylesheet}'" in read_text(partial, theme_css.PARTIAL)


def _is_copy(source: Path, inline: Path) -> bool:
    expected = inline_stylesheet(read_text(source, f"docs/{STYLESHEET}"))
    return read_text(inline, INLINE_STYLESHEET) == expected


_LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
# The last part of an address that names a page's file, not a folder.
_PAGE_FILE = re.compile(r"\.(?:html?|xhtml|php\d?|aspx?|jsp|cgi|md|xml|txt|json)$",
                        re.IGNORECASE)


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
    # A path that doesn't end in / names a file: a folder's name may hold a
    # dot (a GitHub repository named hinge.guide). But MkDocs adds a / to
    # SITE_URL before any check reads it, so a page's file name (an address
    # copied from the browser's bar, .../index.html) is refused with or
    # without one.
    elif (re.search(r"\.[A-Za-z0-9]+$", parts.path)
          or _PAGE_FILE.search(parts.path.removesuffix("/"))):
        folder = parts.path.removesuffix("/").rpartition("/")[0] + "/"
        raise ContentError(
            # As typed, before MkDocs added its /.
            f'mkdocs.yml: SITE_URL "{site_url.removesuffix("/")}" ends in a file name; give '
            "the folder the site lives in, which every page's address is built from: "
            f"SITE_URL={parts.scheme}://{parts.netloc}{folder}"
        )
    if problem:
        raise ContentError(f'mkdocs.yml: SITE_URL "{site_url}" {problem}. ' + how)


def check_plain_names(site: SiteSettings) -> None:
    """The site's name, author, footer line and menu titles are printed into
    every page as they are written (Material treats them as HTML): a pasted
    tag would run on every page, or cut the name short. Plain words only;
    an & is fine."""
    named = [("site_name", site.site_name), ("site_author", site.site_author),
             ("copyright", site.copyright)]
    named += [(f"the nav title for {src}", title) for title, src in site.nav]
    for what, value in named:
        if re.search(r"[<>]", str(value or "")):
            raise ContentError(
                f'mkdocs.yml: {what}, "{str(value)[:60]}", holds HTML (a < or >). It is '
                "printed into every page as it is, so a tag would run there: write plain "
                "words."
            )
    if not str(site.site_name or "").strip():
        raise ContentError(
            "mkdocs.yml: site_name is empty, so the header, the browser tab, every link "
            "preview and the install name would show no name. Write the site's name, e.g. "
            "site_name: Hip Hinge Guide."
        )


def social_entry_name(number: int, entry: Any) -> str:
    """An entry of extra.social as a coach finds it in mkdocs.yml: by its
    place in the list and its icon: line, or its first words (never as
    Python writes a dict)."""
    place = f"the {ordinal(number + 1)} entry"
    if isinstance(entry, dict) and isinstance(entry.get("icon"), str):
        return f"{place} (icon: {entry['icon']})"
    if isinstance(entry, dict | list) or entry is None:
        return place
    return f'{place} ("{str(entry)[:60]}")'


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th, ... 11th, 12th, 13th, ... 21st."""
    teens = 10 <= number % 100 <= 20
    suffix = "th" if teens else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def check_social(social: Any, root: Path | None = None) -> None:
    """extra.social's links, each a real https address; with ``root`` (the
    folder of mkdocs.yml) a message names the entry's line."""
    def where(*keys: str | int) -> str:
        return "mkdocs.yml" + (config_line(root, "extra", "social", *keys) if root else "")

    if social and not isinstance(social, list):
        raise ContentError(
            f"{where()}: extra.social must be a list of links, one entry each: "
            "`- icon: material/web`, `name: Our website`, `link: https://...` "
            "(see README.md, \"Where readers ask questions\")."
        )
    for number, entry in enumerate(social or []):
        if not isinstance(entry, dict) or not isinstance(entry.get("link", ""), str):
            raise ContentError(
                f"{where(number)}: {social_entry_name(number, entry)} under extra.social is "
                "not a link. Write each entry as icon:, name: and link: lines under one `-`."
            )
        link = entry.get("link", "")
        if (
            not link.lower().startswith("https://")
            or re.search(r"[\s\"'<>`\\]", link)
            or is_placeholder(link)
        ):
            raise ContentError(
                f'{where(number, "link")}: the social link "{link}" is not a real https '
                "address. Set the coach's own page under extra.social, or remove "
                "the entry: a reader must never tap a dead link."
            )


def check_report_link(link: Any, root: Path | None = None) -> None:
    """extra.report_link, where the About page sends a reader who found a
    mistake: a real https address (an issue form, a contact page) or a
    mailto: address; with ``root`` a message names its line."""
    if link is None:
        return
    where = "mkdocs.yml" + (config_line(root, "extra", "report_link") if root else "")
    text = link if isinstance(link, str) else ""
    if _leads_somewhere(text):
        return
    # The one-word fix, when there is one: mailto: before a bare address,
    # https:// for http://.
    meant = next((fixed for fixed in (f"mailto:{text}", re.sub(r"^http://", "https://", text))
                  if fixed != text and _leads_somewhere(fixed)),
                 None)
    raise ContentError(
        f'{where}: the report link "{str(link)[:80]}" is not a real https or mailto: '
        "address. " + (f"Did you mean {meant}? " if meant else "") + "Set where readers "
        "report a mistake (your repository's new-issue page, a form, or mailto: and your "
        "address), or remove the line: the About page then asks readers to tell the person "
        "who shared the guide."
    )


def _leads_somewhere(text: str) -> bool:
    """Whether a report link is a real https or mailto: address (a mail
    address is checked as its domain's web address would be)."""
    _, at, domain = text.partition("@")
    page = f"https://{domain}/" if text.startswith("mailto:") and at else text
    return not (not page.lower().startswith("https://")
                or "." not in (urlsplit(page).hostname or "")
                or re.search(r"[\s\"'<>`\\]", text) or is_placeholder(page))


# Material settings that would break the site's promises or its scripts,
# with why, as the coach reads it.
_REFUSED_FEATURES = {
    "navigation.instant": "pages then load without a full page load, and each page's own "
                          "script (the checklist, the share buttons, the camera check) "
                          "never starts on pages reached by a tap",
}


def check_config_file(root_dir: Path) -> None:
    """Settings in mkdocs.yml that build without a word but ship a wrong
    site."""
    path = config_path(root_dir)
    if path.is_file():
        _check_config(path)


def section(config: dict[str, Any], key: str) -> dict[str, Any]:
    """A mapping of mkdocs.yml (theme:, extra:), or {} when it is not one
    (a `theme:` left blank reads as None)."""
    value = config.get(key)
    return value if isinstance(value, dict) else {}


def _check_config(path: Path) -> None:
    """Every setting of these at once, each on its line: a coach fixing one
    should not meet the next only on the next build."""
    config = load_config(path.parent)
    check_docs_dir(path.parent, config)  # first: the checks below look in docs/
    extra = section(config, "extra")
    problems: list[tuple[tuple[str | int, ...], str]] = []  # (the setting's keys, what to say)
    if extra.get("analytics"):
        problems.append((("extra", "analytics"), "extra.analytics loads Google's script on "
                         "every page. This site loads nothing from other sites: remove the "
                         "analytics block"))
    theme = section(config, "theme")
    if theme.get("font", False) is not False:
        problems.append((("theme", "font"), "theme.font loads its fonts from Google. This site "
                         "loads nothing from other sites: set `font: false` (the phone's own "
                         "fonts are used)"))
    for feature in theme.get("features") or []:
        if feature in _REFUSED_FEATURES:
            problems.append((("theme", "features", feature),
                             f"theme.features lists {feature}: {_REFUSED_FEATURES[feature]}. "
                             "Comment it out again"))
    for key in ("extra_javascript", "extra_css"):
        for number, entry in enumerate(config.get(key) or []):
            address = entry.get("path", "") if isinstance(entry, dict) else str(entry)
            if is_external(address):
                problems.append(((key, number), f"{key} lists {address}, on another site. This "
                                 "site loads nothing from elsewhere: save the file under docs/ "
                                 "and list its path from there"))
    if config.get("repo_url"):
        problems.append((("repo_url",), "repo_url makes Material fetch the repository's stars "
                         "and forks from its host's API on every first visit. This site loads "
                         "nothing from other sites: remove it, and set extra.report_link to "
                         "the repository's issues so readers can report a mistake"))
    if config.get("use_directory_urls") is False:
        problems.append((("use_directory_urls",), "use_directory_urls: false gives pages "
                         "addresses ending in .html; the share cards, the offline copy and the "
                         "links between pages are made for addresses ending in /. Remove the "
                         "line"))
    docs = path.parent / DOCS_DIR
    if docs.is_dir() and not (docs / "index.md").is_file():
        problems.append(((), f"{docs.name}/index.md is missing: it is the home page, the page "
                         "at the site's own address, so without it the address shows a 404. "
                         "Name the home page index.md"))
    if problems:
        raise ContentError("\n".join(
            f"mkdocs.yml{config_line(path.parent, *keys) if keys else ''}: {said}."
            for keys, said in problems))


def written_config(root_dir: Path) -> dict[str, Any] | None:
    """mkdocs.yml as written (an !ENV value reads as None), read once per
    version of the file, not once per page; None without the file."""
    path = config_path(root_dir)
    if not path.is_file():
        return None
    return _written.get(path, lambda: load_config(path.parent))


_written: FileCache[dict[str, Any]] = FileCache(size=4)


def check_nav_titles(nav: Any, where: str = "nav") -> None:
    """A menu entry written with an empty title ("": setup.md) shows as a
    blank line in the menu; one with no title at all (- setup.md) takes
    the page's own and is fine."""
    for item in nav if isinstance(nav, list) else []:
        if not isinstance(item, dict):
            continue
        for title, value in item.items():
            target = value if isinstance(value, str) else "a section"
            if title is None or not str(title).strip():
                raise ContentError(
                    f"mkdocs.yml: {where} has an entry with an empty title, for {target}: the "
                    f"menu would show a blank line there. Give it a title (- Setup: setup.md), "
                    "or write only the page (- setup.md) to use the page's own title."
                )
            check_nav_titles(value, f"the nav section {str(title).strip()!r}")


def check_site_url_source(written: Any, environ: Any = None) -> None:
    """SITE_URL is read only where mkdocs.yml says `site_url: !ENV SITE_URL`:
    with an address written there instead, a SITE_URL the coach sets is
    ignored without a word, and the site ships with the other address."""
    import os

    environ = os.environ if environ is None else environ
    given = (environ.get("SITE_URL") or "").strip()
    if not isinstance(written, str) or not written.strip() or not given:
        return
    if written.strip().rstrip("/") == given.rstrip("/"):
        return
    raise ContentError(
        f'mkdocs.yml: site_url is written there as "{written.strip()}", and SITE_URL is set to '
        f'"{given}": the build would use mkdocs.yml\'s and ignore SITE_URL. Keep one: write '
        "`site_url: !ENV SITE_URL` back in mkdocs.yml to take the address from SITE_URL (the "
        "Pages workflow sets it), or unset SITE_URL."
    )


def check_written_settings(root_dir: Path) -> None:
    """The checks that read mkdocs.yml as written (the engines' settings
    have SITE_URL filled in and the menu's titles changed)."""
    config = written_config(root_dir)
    if config is None:
        return
    check_nav_titles(config.get("nav"))
    check_site_url_source(config.get("site_url"))


def check_folder(folder: Path, where: str) -> None:
    """Every SVG under docs/, inlined or not: each is published, and opened
    on its own an SVG runs its scripts. The vendored tracker is checked
    against its own manifest instead."""
    for path in sorted(folder.rglob("*")):
        if not is_svg(path.name) or not path.is_file() \
                or "vendor" in path.relative_to(folder).parts:
            continue
        check_svg(path.read_bytes(), f"{where}/{path.relative_to(folder).as_posix()}")
