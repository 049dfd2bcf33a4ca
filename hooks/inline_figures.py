"""Inline figures: put our SVG figures into the page instead of <img>.

The figures in docs/images/ are drawn with currentColor and the theme's
CSS custom properties (--hh-figure-accent and friends, set per colour
scheme in extra.css). Inside an <img> an SVG can't see either, so it
wouldn't follow the light/dark switch; inline, it does, and the animated
rep can be paused from the page. Markdown stays plain:
``![What the figure shows](images/hinge-bottom.svg)``. The alt text becomes
the figure's accessible name.
"""

from __future__ import annotations

import re
from pathlib import Path

FOLDER = "images/"
_IMG = re.compile(r'<img (?P<attrs>[^>]*?)/?>')
_ATTR = re.compile(r'(\w[\w-]*)="([^"]*)"')
_TITLE = re.compile(r"<title( id=\"[^\"]*\")?>.*?</title>", re.DOTALL)


def inline(page_html: str, docs_dir: Path) -> str:
    seen: dict[str, int] = {}

    def swap(match: re.Match) -> str:
        attrs = dict(_ATTR.findall(match.group("attrs")))
        src = attrs.get("src", "")
        if not src.endswith(".svg") or FOLDER not in src:
            return match.group(0)
        file = docs_dir / FOLDER / src.rsplit(FOLDER, 1)[1]
        if not file.is_file():
            return match.group(0)  # MkDocs reports the missing file
        svg = file.read_text(encoding="utf-8")
        alt = attrs.get("alt", "")  # page_checks.py insists it is there
        title_id = re.search(r'<title id="([^"]*)"', svg)
        seen[file.name] = seen.get(file.name, 0) + 1
        if seen[file.name] > 1:  # the same figure twice: keep its ids unique
            svg = re.sub(r'id="([^"]*)"', rf'id="\1-{seen[file.name]}"', svg)
            svg = re.sub(r'aria-labelledby="([^"]*)"', rf'aria-labelledby="\1-{seen[file.name]}"', svg)
            title_id = re.search(r'<title id="([^"]*)"', svg)
        ident = f' id="{title_id.group(1)}"' if title_id else ""
        svg = _TITLE.sub(f"<title{ident}>{alt}</title>", svg, count=1)
        if attrs.get("class"):  # ![...](images/x.svg){ .hh-fig--wide } sizes the figure
            svg = svg.replace('class="hh-fig"', f'class="hh-fig {attrs["class"]}"', 1)
        return svg

    return _IMG.sub(swap, page_html)


def on_page_content(html_text, page, config, **kwargs):
    return inline(html_text, Path(config.docs_dir))
