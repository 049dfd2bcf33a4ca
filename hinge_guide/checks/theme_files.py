"""Files mkdocs.yml names that the theme loads: icons, the favicon and the
extra stylesheets and scripts. A misspelt icon stopped the build with the
theme's own error (Jinja's TemplateNotFound, with its traceback); a missing
favicon or stylesheet built without a word and shipped a link to nothing.
Each is checked here, named by its key, with the fix. So are a page's
front-matter settings that the theme reads (template, icon, hide, status),
against what the installed theme has.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Any

from ..addresses import is_external
from ..config import DOCS_DIR
from ..errors import ContentError
from ..file_cache import per_process
from ..line_numbers import LineOf, no_line
from ..page_meta import key_line
from ..pins import not_as_pinned
from ..site import STYLESHEET
from ..text_file import read_text
from ..theme_css import material_templates, stylesheet_paths
from .settings import section, written_config


@per_process
def _material_templates() -> Path | None:
    """The installed Material's templates folder (None without Material:
    material_templates imports it only when called)."""
    try:
        return material_templates()
    except ImportError:
        return None


def _custom_dir(root_dir: Path, theme: dict[str, Any]) -> Path | None:
    custom = theme.get("custom_dir")
    return root_dir / custom if isinstance(custom, str) else None


def _theme_dirs(root_dir: Path, theme: dict[str, Any]) -> list[Path]:
    """Where the theme finds its files: custom_dir first, then Material's."""
    custom = _custom_dir(root_dir, theme)
    dirs = [custom] if custom is not None else []
    material = _material_templates()
    if material is not None:
        dirs.append(material)
    return dirs


def _icon_names(folder: Path) -> tuple[str, ...]:
    """Every icon under a theme's .icons folder, as mkdocs.yml names them
    (fontawesome/brands/instagram): Material's read once per process, the
    project's own (custom_dir) each time, as a coach may add one under serve."""
    if folder == _material_templates():
        return _material_icon_names(folder)
    return _icons_in(folder)


@per_process
def _material_icon_names(folder: Path) -> tuple[str, ...]:
    return _icons_in(folder)


def _icons_in(folder: Path) -> tuple[str, ...]:
    icons = folder / ".icons"
    if not icons.is_dir():
        return ()
    return tuple(sorted(str(p.relative_to(icons).with_suffix("")) for p in icons.rglob("*.svg")))


def _has_icon(folder: Path, icon: str) -> bool:
    """Whether a theme folder has the icon mkdocs.yml names as `icon`."""
    icons = folder / ".icons"
    path = (icons / f"{icon}.svg").resolve()
    return path.is_relative_to(icons.resolve()) and path.is_file()


def _icon_settings(config: dict[str, Any]) -> list[tuple[str, str]]:
    """(key, icon) for every icon mkdocs.yml names."""
    found: list[tuple[str, str]] = []
    extra = section(config, "extra")
    social = extra.get("social")
    for number, entry in enumerate(social if isinstance(social, list) else [], 1):
        if isinstance(entry, dict) and entry.get("icon") is not None:
            found.append((f"extra.social, entry {number}, icon", str(entry["icon"])))
    theme = section(config, "theme")

    def walk(value: Any, key: str) -> None:
        if isinstance(value, dict):
            for name, inner in value.items():
                walk(inner, f"{key}.{name}")
        elif isinstance(value, str):
            found.append((key, value))

    walk(theme.get("icon"), "theme.icon")
    palette = theme.get("palette")
    for number, scheme in enumerate(palette if isinstance(palette, list) else [], 1):
        toggle = scheme.get("toggle") if isinstance(scheme, dict) else None
        if isinstance(toggle, dict) and isinstance(toggle.get("icon"), str):
            found.append((f"theme.palette, entry {number}, toggle.icon", toggle["icon"]))
    return found


def check_icons(config: dict[str, Any], root_dir: Path) -> None:
    """Every icon mkdocs.yml names is one the theme has."""
    theme = section(config, "theme")
    dirs = _theme_dirs(root_dir, theme)
    if _material_templates() is None:
        return  # without Material's icons to compare with, there's nothing to say
    for key, icon in _icon_settings(config):
        # A file check per icon: listing Material's ten thousand icons costs
        # a noticeable part of a build, so only a missing one lists them,
        # for the names close to it.
        if any(_has_icon(folder, icon) for folder in dirs):
            continue
        known = {name for folder in dirs for name in _icon_names(folder)}
        family = icon.rsplit("/", 1)[0] + "/" if "/" in icon else ""
        close = difflib.get_close_matches(icon, sorted(n for n in known if n.startswith(family))
                                          or sorted(known), n=3, cutoff=0.85)
        hint = (f" Did you mean {' or '.join(close)}?" if close else
                " Icons are named like material/web, fontawesome/brands/instagram or "
                "fontawesome/brands/facebook.")
        raise ContentError(
            f"mkdocs.yml: {key} is {icon}, an icon the theme doesn't have, so every page "
            f"would fail to build.{hint} Every icon is listed at "
            "https://squidfunk.github.io/mkdocs-material/reference/icons-emojis/."
        )


def _published(path: str, docs_dir: Path, dirs: list[Path]) -> bool:
    return (docs_dir / path).is_file() or any((folder / path).is_file() for folder in dirs)


def check_site_files(config: dict[str, Any], root_dir: Path) -> None:
    """The favicon and every local extra_css and extra_javascript file
    exist: each is linked from every page, and a missing one is a 404."""
    theme = section(config, "theme")
    docs = root_dir / DOCS_DIR
    dirs = _theme_dirs(root_dir, theme)
    favicon = theme.get("favicon")
    if isinstance(favicon, str) and favicon and not is_external(favicon) \
            and not _published(favicon.lstrip("/"), docs, dirs):
        raise ContentError(
            f"mkdocs.yml: theme.favicon is {favicon}, and there is no {docs.name}/{favicon}: "
            "every page would link a missing icon. Put the file there, or set favicon: to "
            f"the path of the icon under {docs.name}/."
        )
    for key in ("extra_css", "extra_javascript"):
        for entry in config.get(key) or []:
            address = entry.get("path", "") if isinstance(entry, dict) else str(entry)
            if not address or is_external(address):
                continue  # another site's: refused with its own message (settings.py)
            path = address.split("?", 1)[0].split("#", 1)[0].lstrip("/")
            if key == "extra_css" and path == STYLESHEET:
                raise ContentError(
                    f"mkdocs.yml: extra_css lists {address}, which every page already carries "
                    "inline (and which is not published, so the link would be a 404). "
                    "Remove the entry."
                )
            if not _published(path, docs, dirs):
                raise ContentError(
                    f"mkdocs.yml: {key} lists {address}, and there is no "
                    f"{docs.name}/{path}: every page would link a missing file. Put the "
                    f"file there, correct the path (it is written from {docs.name}/), "
                    "or remove the entry."
                )


def check_theme_files(root_dir: Path) -> None:
    """check_icons, check_site_files and check_theme_settings on mkdocs.yml
    as it is now."""
    config = written_config(root_dir)
    if config is not None:
        check_icons(config, root_dir)
        check_site_files(config, root_dir)
        check_theme_settings(config, root_dir)


# How the theme's files name what mkdocs.yml can set: a feature its
# templates test ({% if "navigation.top" in features %}) or its script
# asks for (a call such as V("search.highlight") in the minified bundle),
# a colour scheme or palette colour its stylesheets style.
_TEMPLATE_FEATURE = re.compile(r"""["']([a-z]+(?:\.[a-z]+)+)["']\s+in\s+features\b""")
_SCRIPT_FEATURE = re.compile(r"""[\w$]+\("([a-z]+(?:\.[a-z]+)+)"\)""")
_SCHEME = re.compile(r"""\[data-md-color-scheme=["']?([\w-]+)""")
_COLOUR = re.compile(r"""\[data-md-color-(primary|accent)=["']?([\w-]+)""")


# Material has no Python API for what it knows: the hide: values its
# templates test, the statuses it styles, its features, languages, colour
# schemes and colours are listed in its documentation and written only in
# its own files (templates, stylesheet, script). So they are read from those
# files, with what the pinned Material has as the floor: a Material that
# writes them otherwise stops the build naming this file, instead of every
# page's hide: or status: being refused as the coach's mistake.
_MATERIAL_HAS = {
    "hide": {"navigation", "toc", "footer", "tags", "path", "feedback"},
    "status": {"new", "deprecated"},
    "features": {"navigation.top", "search.highlight", "content.tooltips", "toc.follow"},
    "language": {"en", "de", "fr"},
    "scheme": {"default", "slate"},
    "primary": {"custom", "teal", "indigo"},
    "accent": {"custom", "teal"},
}


def _as_material_has(what: str, found: set[str]) -> frozenset[str]:
    """found, read from Material's files, once it holds what the pinned
    Material has there."""
    missing = _MATERIAL_HAS[what] - found
    if missing:
        raise ContentError(
            not_as_pinned("mkdocs-material", "Material")
            + f" Its files no longer show its {what} values "
            f"where hinge_guide/checks/theme_files.py reads them ({', '.join(sorted(missing))} "
            f"not found), so every {what} a coach writes would be refused. Install the "
            "pinned requirements (scripts/serve and scripts/test do), or, moving to a new "
            "Material on purpose, update how theme_files.py reads them.")
    return frozenset(found)


@per_process
def material_vocabulary() -> dict[str, frozenset[str]]:
    """What the installed Material knows, read from its own files: its
    features, languages, colour schemes, primary and accent colours."""
    templates = material_templates()
    base = (templates / "base.html").read_text(encoding="utf-8")
    main, palette = stylesheet_paths(base)
    css = (templates / main).read_text(encoding="utf-8") + \
        (templates / palette).read_text(encoding="utf-8")
    features = {name for path in templates.rglob("*.html")
                for name in _TEMPLATE_FEATURE.findall(path.read_text(encoding="utf-8"))}
    # The script asks for its translations the same way: those are not features.
    english = (templates / "partials/languages/en.html").read_text(encoding="utf-8")
    translations = set(re.findall(r'"([a-z]+(?:\.[a-z]+)+)"\s*:', english))
    for script in (templates / "assets/javascripts").glob("bundle.*.min.js"):
        features |= set(_SCRIPT_FEATURE.findall(script.read_text(encoding="utf-8"))) \
            - translations
    colours: dict[str, set[str]] = {"primary": {"custom"}, "accent": {"custom"}}
    for key, name in _COLOUR.findall(css):
        colours[key].add(name)
    return {
        "features": _as_material_has("features", features),
        "language": _as_material_has(
            "language", {p.stem for p in (templates / "partials/languages").glob("*.html")}),
        "scheme": _as_material_has("scheme", set(_SCHEME.findall(css))),
        "primary": _as_material_has("primary", colours["primary"]),
        "accent": _as_material_has("accent", colours["accent"]),
    }


def check_theme_settings(config: dict[str, Any], root_dir: Path) -> None:
    """theme.language, theme.features and each palette's scheme, primary and
    accent name what the installed Material has: a misspelt language stopped
    the build with Jinja's TemplateNotFound and its traceback; a misspelt
    feature, scheme or colour built without a word, and the site went
    without it (no dark mode for `scheme: slat`)."""
    if _material_templates() is None:
        return
    known = material_vocabulary()
    theme = section(config, "theme")
    stylesheet = root_dir / DOCS_DIR / STYLESHEET
    own_schemes = set(_SCHEME.findall(read_text(stylesheet, f"docs/{STYLESHEET}"))) \
        if stylesheet.is_file() else set()

    def refuse(key: str, value: Any, names: frozenset[str] | set[str], what: str,
               then: str = "the site would go without it") -> None:
        hint = _close(str(value), sorted(names))
        raise ContentError(
            f"mkdocs.yml: {key} is {value!r}, which is not {what} the theme has, so {then}."
            f"{hint} Use one of: {', '.join(sorted(names))} "
            "(git checkout -- mkdocs.yml restores the file)."
        )

    language = theme.get("language")
    if language is not None and language not in known["language"]:
        refuse("theme.language", language, known["language"], "a language",
               "the build would stop on the theme's own error (languages go by their "
               "code: en for English)")
    features = theme.get("features") or []
    for feature in features if isinstance(features, list) else [features]:
        if feature not in known["features"]:
            refuse("theme.features", feature, known["features"], "a feature")
    palette = theme.get("palette")
    schemes = palette if isinstance(palette, list) else [palette] if palette else []
    for number, scheme in enumerate(schemes, 1):
        if not isinstance(scheme, dict):
            continue
        where = f"theme.palette, entry {number},"
        value = scheme.get("scheme")
        if value is not None and value not in known["scheme"] | own_schemes:
            refuse(f"{where} scheme", value, known["scheme"] | own_schemes, "a colour scheme")
        for key in ("primary", "accent"):
            value = scheme.get(key)
            if value is not None and str(value).replace(" ", "-").lower() not in known[key]:
                refuse(f"{where} {key}", value, known[key], f"a{'n' * (key == 'accent')} "
                                                            f"{key} colour")


def theme_folders(root_dir: Path) -> list[Path]:
    """Where the theme's files come from, as mkdocs.yml sets it now: its
    custom_dir, then Material's own."""
    config = written_config(root_dir) or {}
    theme = section(config, "theme")
    return _theme_dirs(root_dir, theme)


def custom_dir(root_dir: Path) -> Path | None:
    """The project's own theme folder (custom_dir), as mkdocs.yml sets it now."""
    return _custom_dir(root_dir, section(written_config(root_dir) or {}, "theme"))


def _close(name: str, known: list[str]) -> str:
    close = difflib.get_close_matches(name, known, n=3, cutoff=0.75)
    return f" Did you mean {' or '.join(close)}?" if close else ""


def check_page_theme_settings(meta: dict[str, Any], src: str, root_dir: Path,
                              line_of: LineOf = no_line
                              ) -> None:
    """A page's `template:` and `icon:` name a template and an icon the theme
    has: a misspelt one stopped the build with Jinja's TemplateNotFound and
    its traceback, naming neither the page nor the key. Its `hide:` and
    `status:` name what the theme reads (check_hide, check_status)."""
    dirs = theme_folders(root_dir)
    if _material_templates() is None:
        return
    template = meta.get("template")
    if template is not None:
        known = sorted({str(p.relative_to(folder)) for folder in dirs
                        for p in folder.rglob("*.html")})
        if not isinstance(template, str) or template not in known:
            raise ContentError(
                f"docs/{src}{line_of(key_line('template'))}: template: {template!r} is not "
                f"a template the theme has, so the page would fail to build."
                f"{_close(str(template), known)} Remove the line to use the usual page "
                "layout, or put the file in the theme's custom_dir (overrides/)."
            )
    icon = meta.get("icon")
    if icon is not None:
        known = sorted({name for folder in dirs for name in _icon_names(folder)})
        if not isinstance(icon, str) or icon not in known:
            raise ContentError(
                f"docs/{src}{line_of(key_line('icon'))}: icon: {icon!r} is not an icon the "
                f"theme has, so the page would fail to build.{_close(str(icon), known)} Icons "
                "are named like material/dumbbell; every one is listed at "
                "https://squidfunk.github.io/mkdocs-material/reference/icons-emojis/."
            )
    check_hide(meta, src, hide_values(dirs), line_of)
    check_status(meta, src, status_values(root_dir), line_of)
    check_tags(meta, src, written_config(root_dir) or {}, line_of)


def check_tags(meta: dict[str, Any], src: str, config: dict[str, Any],
               line_of: LineOf = no_line) -> None:
    """`tags:` shows only with Material's tags plugin on: without it the
    page is built without them, without a word."""
    if not meta.get("tags"):
        return
    plugins = config.get("plugins") or []
    names = {str(next(iter(p))) if isinstance(p, dict) and p else str(p) for p in plugins}
    if not names & {"tags", "material/tags"}:
        raise ContentError(
            f"docs/{src}{line_of(key_line('tags'))}: the page sets tags:, but the theme "
            "shows tags only with its tags plugin, which mkdocs.yml doesn't list, so the "
            "page would show none. Remove the line, or add `- tags` under plugins in "
            "mkdocs.yml."
        )



# How a template asks whether a page hides a part: {% if "toc" in page.meta.hide %}
_HIDE_TEST = re.compile(r"""["']([\w-]+)["']\s+in\s+page\.meta\.hide\b""")
# Each status the theme styles: .md-status--new
_STATUS_CLASS = re.compile(r"\.md-status--([\w-]+)")


def _hide_tests(folder: Path) -> set[str]:
    """The parts the templates in folder (Material's, or the site's own
    custom_dir) hide on request; each read as a coach's file is, since the
    site's own may be one."""
    return {name for path in sorted(folder.rglob("*.html"))
            for name in _HIDE_TEST.findall(
                read_text(path, f"{folder.name}/{path.relative_to(folder).as_posix()}"))}


@per_process
def _material_hide_values(folder: Path) -> frozenset[str]:
    return _as_material_has("hide", _hide_tests(folder))


def hide_values(dirs: list[Path]) -> frozenset[str]:
    """What a page's `hide:` can list: every part a template of the theme
    hides when the page lists it, read from the templates themselves
    (Material's once per process, the project's custom_dir each time)."""
    found: set[str] = set()
    for folder in dirs:
        found |= _material_hide_values(folder) if folder == _material_templates() \
            else _hide_tests(folder)
    return frozenset(found)


@per_process
def material_statuses() -> frozenset[str]:
    """The statuses Material draws a mark for: each .md-status--<name> its
    stylesheet styles (the stylesheet its base.html links)."""
    templates = material_templates()
    main, _ = stylesheet_paths((templates / "base.html").read_text(encoding="utf-8"))
    return _as_material_has(
        "status", set(_STATUS_CLASS.findall((templates / main).read_text(encoding="utf-8"))))


def status_values(root_dir: Path) -> frozenset[str]:
    """What a page's `status:` can be: Material's, and any of the site's own
    under extra.status in mkdocs.yml."""
    extra = section(written_config(root_dir) or {}, "extra")
    own = extra.get("status")
    return material_statuses() | frozenset(map(str, own if isinstance(own, dict) else {}))


def check_hide(meta: dict[str, Any], src: str, known: frozenset[str],
               line_of: LineOf = no_line) -> None:
    """`hide:` is a list of parts the theme can hide: the theme ignores a
    misspelt one (the part shows anyway), and reads a single word as letters
    (`hide: toc` happens to hide the contents, `hide: tocs` too)."""
    hide = meta.get("hide")
    if hide is None or hide == []:
        return
    where = f"docs/{src}{line_of(key_line('hide'))}"
    listed = ", ".join(sorted(known))
    if not isinstance(hide, list):
        example = f"hide: [{hide}]" if isinstance(hide, str) and hide.strip() \
            else "hide: [toc]"
        raise ContentError(
            f"{where}: hide: {hide!r} is one word, not a list: the theme looks for each "
            "part's name inside the word, so it may hide the wrong part or none. Write it "
            f"in brackets, e.g. {example}; the parts the theme can hide are {listed}."
        )
    for value in hide:
        if value not in known:
            close = difflib.get_close_matches(str(value), sorted(known), n=1, cutoff=0.6)
            hint = f" Did you mean {close[0]}?" if close else ""
            raise ContentError(
                f"{where}: hide: lists {value!r}, which is not a part the theme can hide, so "
                f"the page would show it anyway.{hint} Use any of {listed}, e.g. "
                "hide: [toc]."
            )


def check_status(meta: dict[str, Any], src: str, known: frozenset[str],
                 line_of: LineOf = no_line) -> None:
    """`status:` is one the theme draws: any other name gets no mark in the
    menu, without a word."""
    status = meta.get("status")
    if status is None or isinstance(status, str) and status in known:
        return
    close = difflib.get_close_matches(str(status), sorted(known), n=1, cutoff=0.6)
    hint = f" Did you mean {close[0]}?" if close else ""
    raise ContentError(
        f"docs/{src}{line_of(key_line('status'))}: status: {status!r} is not a status the "
        f"theme shows, so the menu would show no mark beside the page.{hint} Use one of "
        f"{', '.join(sorted(known))}, or name your own under extra.status in mkdocs.yml "
        "(with its style in docs/stylesheets/extra.css)."
    )
