"""Write the files drawn or derived from other sources, for both engines.

``python -m hinge_guide`` writes them; ``python -m hinge_guide --check``
lists the ones that no longer match their sources and exits 1 (a test runs
it). All of them are committed, so neither engine needs this code to build:

- docs/assets/previews/<page>.png: a link-preview card per page;
- docs/assets/*.png and favicon.svg: the app icons;
- docs/site.webmanifest: the app manifest;
- overrides/partials/hh-theme-color.html: the browser's theme colour;
- the palette block of docs/stylesheets/extra.css.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from . import cards, palette
from .context import flatten_nav

PREVIEWS = "assets/previews"


@dataclass(frozen=True)
class Page:
    src: str
    url: str
    title: str
    description: str
    figure: str | None


def read_config(root: Path) -> dict:
    class Loader(yaml.SafeLoader):
        pass

    # Tags only the engines resolve (!ENV, python/name) don't matter here.
    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    return yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)


def front_matter(text: str) -> tuple[dict, str]:
    match = re.match(r"^---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*\n", text, re.DOTALL)
    if not match:
        return {}, text
    return yaml.safe_load(match.group(1)) or {}, text[match.end():]


def page_url(src: str) -> str:
    """The address MkDocs and Zensical give a page (directory URLs)."""
    stem = src[: -len(".md")]
    if stem == "index":
        return ""
    return (stem[: -len("/index")] if stem.endswith("/index") else stem) + "/"


def pages(root: Path) -> list[Page]:
    config = read_config(root)
    docs = root / config.get("docs_dir", "docs")
    nav_titles = {src: title for title, src in flatten_nav(config.get("nav"))}
    found = []
    for path in sorted(docs.rglob("*.md")):
        src = path.relative_to(docs).as_posix()
        meta, body = front_matter(path.read_text(encoding="utf-8"))
        heading = re.search(r"^# (.+)$", body, re.MULTILINE)
        url = page_url(src)
        if url == "":
            title = config["site_name"]  # the share-title rule: see overrides/main.html
        else:
            title = (nav_titles.get(src) or meta.get("title")
                     or (heading.group(1) if heading else src))
        found.append(Page(src, url, str(title), str(meta.get("description", "")),
                          meta.get("preview_figure")))
    return found


def outputs(root: Path) -> dict[Path, bytes]:
    """Every generated file and what it should hold."""
    from figures import cards as figure_cards  # the body model, beside this package

    config = read_config(root)
    site_name = config["site_name"]
    docs = root / config.get("docs_dir", "docs")
    files: dict[Path, bytes] = {}
    for page in pages(root):
        shapes = figure_cards.shapes(page.figure) if page.figure else None
        card = cards.draw_card(page.title, page.description, site_name, shapes)
        files[docs / PREVIEWS / f"{cards.card_name(page.url)}.png"] = cards.png_bytes(card)
    for name, size in cards.ICONS.items():
        files[docs / "assets" / name] = cards.png_bytes(cards.draw_icon(size), colours=None)
    files[docs / "assets/favicon.svg"] = cards.favicon_svg(site_name).encode()
    manifest = {
        "name": site_name,
        "short_name": "Hip Hinge",
        "description": "Learn the hip hinge: setup, movement, faults and a progression.",
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "background_color": palette.WHITE,
        "theme_color": palette.GREEN,
        "icons": [
            {"src": "assets/icon-192.png", "sizes": "192x192", "type": "image/png"},
            {"src": "assets/icon-512.png", "sizes": "512x512", "type": "image/png"},
            {"src": "assets/favicon.svg", "sizes": "any", "type": "image/svg+xml"},
        ],
    }
    files[docs / "site.webmanifest"] = (json.dumps(manifest, indent=2) + "\n").encode()
    files[root / "overrides/partials/hh-theme-color.html"] = (
        "{#- Written by `python -m hinge_guide` from hinge_guide/palette.py -#}\n"
        f'<meta name="theme-color" content="{palette.GREEN}"'
        ' media="(prefers-color-scheme: light)">\n'
        f'<meta name="theme-color" content="{palette.DEEP_GREEN}"'
        ' media="(prefers-color-scheme: dark)">\n'
    ).encode()
    stylesheet = docs / "stylesheets/extra.css"
    files[stylesheet] = palette.with_css_block(stylesheet.read_text(encoding="utf-8")).encode()
    return files


def stale_cards(root: Path, wanted: set[Path]) -> list[Path]:
    """Cards left over from pages that are gone."""
    folder = root / read_config(root).get("docs_dir", "docs") / PREVIEWS
    return [p for p in sorted(folder.glob("*.png")) if p not in wanted] if folder.is_dir() else []


def main(argv: list[str]) -> int:
    root = Path.cwd()
    if not (root / "mkdocs.yml").is_file():
        print("Run this from the project's top folder (where mkdocs.yml is).", file=sys.stderr)
        return 2
    files = outputs(root)
    leftovers = stale_cards(root, set(files))
    if "--check" in argv:
        stale = [p for p, data in files.items() if not p.is_file() or p.read_bytes() != data]
        for path in stale + leftovers:
            print(f"stale: {path.relative_to(root)}")
        if stale or leftovers:
            print("Run `python -m hinge_guide` and commit what it writes.", file=sys.stderr)
            return 1
        return 0
    for path, data in files.items():
        if cards.write_if_changed(path, data):
            print(f"wrote {path.relative_to(root)}")
    for path in leftovers:
        path.unlink()
        print(f"removed {path.relative_to(root)}")
    return 0
