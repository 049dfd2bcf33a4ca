"""Material's stylesheets as this site loads them (MkDocs builds).

Material links two stylesheets in every page's <head>: main.css and
palette.css. palette.css is small, but it is a second request the page
must wait for before it can paint, and most of it defines the named
colour sets (red, indigo, teal...) that this site, with its own custom
colours, never uses. So `python -m hinge_guide` writes
overrides/partials/hh-material-styles.html: Material's link to main.css
as Material writes it, and palette.css inline, read with a CSS parser,
without the colour sets the site doesn't use, and minified.

Both file names carry a hash that changes with every Material release;
they are read from Material's own base.html. The build checks that the
partial was written from the Material that is installed
(hinge_guide.checks), and stops, saying what to run, when it wasn't.
"""

from __future__ import annotations

import re
from pathlib import Path

import tinycss2
from rcssmin import cssmin

from .errors import ContentError

PARTIAL = "overrides/partials/hh-material-styles.html"
# The colour sets in palette.css, by the attribute that selects them
_COLOUR_SET = re.compile(r"^\[data-md-color-(primary|accent)=([a-z-]+)\]")


def material_templates() -> Path:
    import material

    return Path(material.__file__).resolve().parent / "templates"


def stylesheet_paths(base_html: str) -> tuple[str, str]:
    """(main.css, palette.css), as Material's base.html names them."""
    names = re.findall(r"'(assets/stylesheets/(?:main|palette)\.[0-9a-f]+\.min\.css)'", base_html)
    main = [n for n in names if "/main." in n]
    palette = [n for n in names if "/palette." in n]
    if len(main) != 1 or len(palette) != 1:
        raise ContentError("Material's base.html no longer links main.css and palette.css "
                           "as expected: an upgrade of Material moved them. Pin the Material "
                           "that requirements.in names, or update hinge_guide/theme_css.py to "
                           "read its styles block.")
    return main[0], palette[0]


def _keep(rule, used: dict[str, set[str]]) -> bool:
    """False for a rule that only styles a colour set the site doesn't use."""
    if rule.type != "qualified-rule":
        return True
    prelude = tinycss2.serialize(rule.prelude).strip()
    selectors = [s.strip() for s in prelude.split(",")]
    unused = 0
    for selector in selectors:
        match = _COLOUR_SET.match(selector)
        if match and match.group(2) not in used[match.group(1)]:
            unused += 1
    return unused < len(selectors)


def used_palette(css: str, used: dict[str, set[str]]) -> str:
    """palette.css without the rules for colour sets not in `used`
    ({"primary": {...}, "accent": {...}}), inside @media blocks too."""
    out = []
    for rule in tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True):
        if rule.type == "at-rule" and rule.lower_at_keyword == "media" and rule.content:
            inner = [r for r in tinycss2.parse_rule_list(rule.content, skip_comments=True,
                                                        skip_whitespace=True)
                     if _keep(r, used)]
            if inner:
                out.append(f"@media{tinycss2.serialize(rule.prelude)}"
                           f"{{{''.join(r.serialize() for r in inner)}}}")
        elif _keep(rule, used):
            out.append(rule.serialize())
    return cssmin("".join(out))


def used_colours(config: dict) -> dict[str, set[str]]:
    """The primary and accent colours mkdocs.yml's palette names."""
    palette = (config.get("theme") or {}).get("palette") or []
    schemes = [palette] if isinstance(palette, dict) else palette
    used: dict[str, set[str]] = {"primary": set(), "accent": set()}
    for scheme in schemes:
        for key in used:
            used[key].add(str(scheme.get(key) or "indigo").replace(" ", "-").lower())
    return used


def material_stylesheets(templates: Path) -> tuple[str, str]:
    """The installed Material's main.css and palette.css, as its base.html
    links them (stylesheet_paths)."""
    return stylesheet_paths((templates / "base.html").read_text(encoding="utf-8"))


def material_styles(config: dict, templates: Path | None = None) -> str:
    """The partial: Material's main.css link, and its palette inline."""
    templates = templates or material_templates()
    main, palette = material_stylesheets(templates)
    css = (templates / palette).read_text(encoding="utf-8")
    return (
        "{#- Written by `python -m hinge_guide` from the installed Material's\n"
        "    base.html and palette.css (hinge_guide/theme_css.py): after\n"
        "    updating Material, run it again. -#}\n"
        f'<link rel="stylesheet" href="{{{{ {main!r} | url }}}}">\n'
        f"<style>{{% raw %}}{used_palette(css, used_colours(config))}{{% endraw %}}</style>\n"
    )
