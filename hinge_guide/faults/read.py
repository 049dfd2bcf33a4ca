"""Reading every fault box on the site: which pages can hold one, each
read by a fresh reader, the anchors checked across the site, and the
build's cache of it all (read again only when a page changes).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..config import config_path, load_config
from ..context import PageContext, read_outside_engine
from ..document import document
from ..errors import ContentError
from ..file_cache import FileCache
from ..page_meta import split_front_matter
from ..reader import new_reader, own_title
from ..text_file import read_text
from .box import SHARE_FOLDER, Fault, faults_on_page

# One site at a time: nothing piles up under serve.
_collected: FileCache[list[Fault]] = FileCache(size=1)


def site_pages(docs_dir: Path, nav: list[tuple[str, str]]) -> list[str]:
    """Every page that can hold a fault box: the menu's in order, then the
    others (a fault outside the menu still has a link that must lead to
    one place). Not the share pages, which hold no box of their own."""
    in_nav = [src for _, src in nav if (docs_dir / src).is_file()]
    others = sorted(path.relative_to(docs_dir).as_posix() for path in docs_dir.rglob("*.md"))
    return in_nav + [src for src in others if src not in in_nav
                     and not src.startswith(f"{SHARE_FOLDER}/")]


def read_faults(docs_dir: Path, srcs: list[str], config: dict[str, Any]) -> list[Fault]:
    """The fault boxes of the pages srcs, in order, for the build and the
    generate step alike, so the two can't disagree: each page read by a
    fresh reader.new_reader made from config (mkdocs.yml as
    config.load_config reads it). Two faults with one anchor stop here."""
    faults: list[Fault] = []
    for src in srcs:
        path = docs_dir / src
        meta, body, offset = split_front_matter(read_text(path, f"docs/{src}"), f"docs/{src}")
        reader = new_reader(config)
        read_outside_engine(reader, src, offset)  # for its messages
        reader.convert(body)
        title = own_title(src, meta, document(reader).title)
        for fault in faults_on_page(reader):
            fault.src, fault.meta, fault.page_title = src, meta, title
            faults.append(fault)
    check_unique(faults)
    return faults


def collect(page: PageContext) -> list[Fault]:
    """Every fault box on the site, read with the reader the generate step
    uses (hinge_guide/reader.py, from mkdocs.yml); read again only when a
    page or mkdocs.yml (the reader's extensions) changes (mkdocs serve)."""
    docs, root = page.site.docs_dir, page.site.root_dir
    srcs = site_pages(docs, page.site.nav)
    return _collected.get((config_path(root), *(docs / src for src in srcs)),
                          lambda: read_faults(docs, srcs, load_config(root)))


def check_unique(faults: list[Fault]) -> None:
    seen: dict[str, Fault] = {}
    for fault in faults:
        for anchor in (fault.id, *fault.old_anchors):
            if anchor in seen:
                first = seen[anchor]
                raise ContentError(
                    f'docs/{fault.src}: the fault "{fault.title}" uses the anchor '
                    f'#{anchor}, which "{first.title}" in docs/{first.src} already '
                    "uses. Give one of them another id: each fault link must lead "
                    "to one place."
                )
            seen[anchor] = fault
