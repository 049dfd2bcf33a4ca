"""Write the files drawn or derived from other sources, for both engines.

``python -m hinge_guide`` writes them; ``python -m hinge_guide --check``
lists the ones that no longer match their sources and exits 1 (a test runs
it). All of them are committed, so neither engine needs this code to build:

- docs/faults/<id>.md: a share page per fault box, whose preview is the
  fault's own (the box's words come in from its page at build time), and
  one at each of its old anchors;
- published-links.txt: every page's and fault's links, new ones added at
  the end (published.py), after checking each listed one still leads
  somewhere;
- docs/assets/previews/<page>.png: a link-preview card per page;
- docs/assets/*.png and docs/assets/favicon.svg: the app icons;
- docs/site.webmanifest: the app manifest;
- overrides/partials/hh-theme-color.html: the browser's theme colour;
- the palette block of docs/stylesheets/extra.css;
- overrides/partials/hh-extra-css.html: that stylesheet, minified, which
  every page carries inline in its <head>;
- overrides/partials/hh-material-styles.html: Material's stylesheet link,
  and its palette inline, from the installed Material (theme_css.py);
- docs/javascripts/hinge-check/method.js: method.yml for the camera check;
- the palette block of docs/javascripts/hinge-check/check.css, the camera
  check's stylesheet (tracker.CHECK).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from figures import FAULT_FIGURES, pair_files, pair_side
from figures import cards as figure_cards  # the body model, beside this package
from figures.catalogue import OWN_THUMBS, build_catalogue

from . import icons, method, palette, preview_cards, published, reader, theme_css, tracker
from .card_words import CardText, layout_card
from .checks.front_matter import check_preview_figure, figure_names
from .config import DOCS_DIR, check_docs_dir, check_nav, config_path, load_config
from .context import flatten_nav
from .errors import ContentError
from .faults.box import SHARE_FOLDER, Fault
from .faults.read import read_faults, site_pages
from .line_numbers import lines_line_of
from .page_meta import DESCRIPTION_MAX, split_front_matter
from .site import (
    INLINE_STYLESHEET,
    STYLESHEET,
    card_name,
    inline_stylesheet,
    is_homepage,
    page_url,
    share_title,
)
from .site_extensions import check_extension_settings
from .text_file import read_text

PREVIEWS = "assets/previews"


if TYPE_CHECKING:
    from figures import FaultFigure
    from figures.cards import Mark, Point

    # What a card draws on one body: its rounded back's curve (or None) and
    # its props and marks (figures.cards).
    CardArt = tuple[list[Point] | None, list[Mark]]


@dataclass(frozen=True)
class Page:
    src: str
    url: str
    title: str
    description: str
    figure: str | None
    fix_figure: str | None = None
    pair: str | None = None  # the fault figure the two poses come from
    fault_marks: tuple[str, ...] = ()  # a lone figure drawn as a fault, with these marks


def pages(root: Path, generated: dict[Path, bytes] | None = None,
          config: dict | None = None) -> list[Page]:
    """Every page, from docs/ and from the pages about to be written. With
    `generated`, a share page this step wrote before but no longer writes
    (its fault renamed or gone) is left out: it is about to be removed, and
    a card made for it would outlive it by one more run. config: mkdocs.yml
    as the caller loaded it (read here without one)."""
    config = load_config(root) if config is None else config
    docs = root / DOCS_DIR
    found = []
    for path in sorted(set(docs.rglob("*.md")) | {p for p in generated or {} if p.suffix == ".md"}):
        src = path.relative_to(docs).as_posix()
        if generated is not None and path in generated:
            text = generated[path].decode()
        else:
            text = read_text(path, f"docs/{src}")
            if generated is not None and written_here(text):
                continue
        meta, body, offset = split_front_matter(text, f"docs/{src}")
        # The card is drawn from these names: the build's own check of them,
        # so a misspelt pose stops here with the line, not with a traceback.
        check_preview_figure(meta, src, figure_names, lines_line_of(text))
        url = page_url(src)
        if is_homepage(src):
            # The share-title rule (overrides/main.html's hh_title): its H1,
            # where the menu calls it Home; the site's name without one.
            title = reader.top_heading(config, src, body, offset) or config["site_name"]
        else:
            title = reader.page_title(config, src, meta, body, offset)
        found.append(Page(src, url, str(title), str(meta.get("description", "")),
                          meta.get("preview_figure"), meta.get("preview_fix_figure"),
                          meta.get("preview_pair"), tuple(meta.get("preview_fault_marks") or ())))
    return found


# The home card's picture: the rep from standing, through these poses, to
# the home page's own (its preview_figure, the bottom of the hinge).
HOME_CARD_REP = ("standing", "mid_hinge")


def outputs(root: Path, config: dict | None = None) -> dict[Path, bytes]:
    """Every generated file and what it should hold, in OUTPUTS' order.
    config: mkdocs.yml as the caller loaded it (read here without one)."""
    sources = Sources(root, load_config(root) if config is None else config)
    files: dict[Path, bytes] = {}
    for output in OUTPUTS:
        files.update(output.files(sources))
    return files


@dataclass
class Sources:
    """What the outputs are made from, each read once per run: mkdocs.yml,
    the fault boxes, the share pages about to be written and every page."""

    root: Path
    config: dict

    @property
    def docs(self) -> Path:
        return self.root / DOCS_DIR

    @property
    def site_name(self) -> str:
        return str(self.config["site_name"])

    @cached_property
    def boxes(self) -> list[tuple[dict, Fault]]:
        return fault_boxes(self.root, self.config)

    @cached_property
    def share_files(self) -> dict[Path, bytes]:
        return share_pages(self.root, self.boxes)

    @cached_property
    def pages(self) -> list[Page]:
        return pages(self.root, self.share_files, self.config)


@dataclass(frozen=True)
class File:
    """One output: its path under the project's top folder and its text."""

    path: str
    text: Callable[[Sources], str]

    def files(self, sources: Sources) -> dict[Path, bytes]:
        return {sources.root / self.path: self.text(sources).encode()}


@dataclass(frozen=True)
class Files:
    """Outputs made together (a share page per fault, a card per page):
    `what` names them as the module's docstring does."""

    what: str
    make: Callable[[Sources], dict[Path, bytes]]

    def files(self, sources: Sources) -> dict[Path, bytes]:
        return self.make(sources)


def share_files(sources: Sources) -> dict[Path, bytes]:
    return sources.share_files


def published_file(sources: Sources) -> str:
    return published_links(sources.root, sources.config, sources.pages, sources.boxes)


def card_files(sources: Sources) -> dict[Path, bytes]:
    """A link-preview card per page."""
    files = {}
    for page in sources.pages:
        card = preview_cards.draw_card(page.title, page.description, sources.site_name,
                                       **card_figures(page),
                                       text=card_text(page, sources.site_name))
        card_file = f"{card_name(page.url)}.png"
        files[sources.docs / PREVIEWS / card_file] = preview_cards.png_bytes(card)
    return files


def icon_files(sources: Sources) -> dict[Path, bytes]:
    """The app icons, at each size a phone asks for."""
    return {sources.docs / "assets" / name:
            preview_cards.png_bytes(icons.draw_icon(size), colours=None)
            for name, size in icons.ICONS.items()}


def favicon(sources: Sources) -> str:
    return icons.favicon_svg(sources.site_name)


def manifest(sources: Sources) -> str:
    """The app manifest, named and coloured as the site is."""
    site_name = sources.site_name
    fields = {
        "name": site_name,
        # A home-screen label: phones cut names longer than about 12 characters.
        "short_name": site_name if len(site_name) <= 12 else " ".join(site_name.split()[:2]),
        "description": " ".join(str(sources.config.get("site_description") or "").split()),
        "id": "./",
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
    return json.dumps(fields, indent=2) + "\n"


def theme_color(sources: Sources) -> str:
    return ("{#- Written by `python -m hinge_guide` from hinge_guide/palette.py -#}\n"
            f'<meta name="theme-color" content="{palette.GREEN}">\n')


def stylesheet(sources: Sources) -> str:
    """docs/stylesheets/extra.css with its palette block from palette.py."""
    css = read_text(sources.docs / STYLESHEET, f"{DOCS_DIR}/{STYLESHEET}")
    return palette.with_css_block(css)


def inline_css(sources: Sources) -> str:
    return inline_stylesheet(stylesheet(sources))


def check_css(sources: Sources) -> str:
    """The camera check's stylesheet with its palette block from palette.py."""
    where = f"{tracker.CHECK.as_posix()}/check.css"
    return palette.with_css_block(read_text(sources.root / where, where),
                                  palette.camera_css_block())


def material_styles(sources: Sources) -> str:
    return theme_css.material_styles(sources.config)


def method_script(sources: Sources) -> str:
    return method.script(method.load(sources.root))


# Every file this step writes, in the order it writes them: adding an output
# is one line here (and its name in the module's docstring, which a test holds
# to this list).
OUTPUTS: tuple[File | Files, ...] = (
    Files(f"{DOCS_DIR}/{SHARE_FOLDER}/<id>.md", share_files),
    File(published.FILE, published_file),
    Files(f"{DOCS_DIR}/{PREVIEWS}/<page>.png", card_files),
    Files(f"{DOCS_DIR}/assets/*.png", icon_files),
    File(f"{DOCS_DIR}/assets/favicon.svg", favicon),
    File(f"{DOCS_DIR}/site.webmanifest", manifest),
    File("overrides/partials/hh-theme-color.html", theme_color),
    File(f"{DOCS_DIR}/{STYLESHEET}", stylesheet),
    File(INLINE_STYLESHEET, inline_css),
    File(f"{tracker.CHECK.as_posix()}/check.css", check_css),
    File(theme_css.PARTIAL, material_styles),
    File(f"{DOCS_DIR}/{method.SCRIPT}", method_script),
)


def card_figures(page: Page) -> dict[str, Any]:
    """What a page's card draws as its figure: draw_card's figure arguments,
    as outputs() passes them (the tests place them with
    card_figures.figure_panels)."""
    shapes = figure_cards.shapes(page.figure) if page.figure else None
    fix = figure_cards.shapes(page.fix_figure) if page.fix_figure else None
    fault_art, fix_art = card_art(page)
    # The home card draws the rep, up to the home page's own pose.
    sequence = ([figure_cards.shapes(name) for name in HOME_CARD_REP] + [shapes]
                if shapes and is_homepage(page.src) else None)
    return {"shapes": shapes, "fix_shapes": fix, "fault_art": fault_art, "fix_art": fix_art,
            "side": card_side(page) if shapes and not fix else None, "sequence": sequence}


def card_side(page: Page) -> str | None:
    """Which side a card's one figure shows: "fault" for a fault's pose
    (the fault side of a pair in figures.FAULT_FIGURES), "fix" for the
    pose a fault's share page shows (the right way), else None (a page's
    own picture, drawn plain). A lone figure on a fault's card in the
    neutral colours read as the fault at chat size."""
    if page.fault_marks or page.figure in {figure.fault for figure in FAULT_FIGURES.values()}:
        return "fault"
    return "fix" if is_share_page(page) else None


def card_text(page: Page, site_name: str) -> CardText:
    """Where the words go on a page's card: what draw_card sets, as
    outputs() calls it (the tests read this)."""
    return layout_card(page.title, page.description, site_name,
                       bool(page.figure), fix=is_share_page(page),
                       pair=bool(page.figure and page.fix_figure))


def is_share_page(page: Page) -> bool:
    """Whether the page is a fault's share page, whose description is the
    fault's fix: its card always shows it (card_words.layout_card)."""
    return page.src.startswith(f"{SHARE_FOLDER}/")


def card_art(page: Page) -> tuple[CardArt | None, CardArt | None]:
    """The fault's and the fix's rounded-back curve, the weight they carry
    and their marks, as the fault figure draws them
    (figures.FAULT_FIGURES), for the share card: exactly two, so the
    caller can unpack them by name."""
    def art(pose: str | None, names: tuple[str, ...]) -> CardArt | None:
        if not pose:
            return None
        return (figure_cards.curved_trunk(pose),
                figure_cards.props(pose) + figure_cards.marks(pose, names))

    figure = FAULT_FIGURES.get(page.pair or "")
    if figure is None:
        return art(page.figure, page.fault_marks), art(page.fix_figure, ())
    return art(page.figure, figure.fault_marks), art(page.fix_figure, figure.fix_marks)


def fault_boxes(root: Path, config: dict | None = None) -> list[tuple[dict, Fault]]:
    """Every fault box on the site with its page's front matter, read by the
    build's own reader (hinge_guide.faults.read.read_faults), menu order first.
    config: mkdocs.yml as the caller loaded it (read here without one)."""
    config = load_config(root) if config is None else config
    docs = root / DOCS_DIR
    srcs = site_pages(docs, flatten_nav(config.get("nav")))
    found = read_faults(docs, srcs, config)
    return [(fault.meta, fault) for fault in found]


def preview_of(fault: Fault, pairs: dict[str, FaultFigure]) -> dict[str, str | list[str]]:
    """What a fault's share card draws, from the figures in its box: a
    fault-beside-fix pair when the box shows both sides of one, else the
    pose of the first figure it shows, else nothing (a card of words). A
    figure with a thumbnail of its own (figures.catalogue.OWN_THUMBS: the
    rep's strip) shares as that pose twice: with its fault marks as the
    fault, and still, without them, as the fix (the strip's bodies are
    still), so its card too shows the fault beside the fix."""
    images = fault.element.iter("img") if fault.element is not None else ()
    names = [Path(img.get("src", "")).stem for img in images]
    for stem in dict.fromkeys(side[0] for name in names if (side := pair_side(name))):
        files = pair_files(stem)
        if stem in pairs and {files.fault, files.fix} <= set(names):
            return {"preview_figure": pairs[stem].fault, "preview_fix_figure": pairs[stem].fix,
                    "preview_pair": stem}
    cards = build_catalogue().posed
    posed = [name for name in names if name in cards]
    if posed and posed[0] in OWN_THUMBS:
        pose, marks = OWN_THUMBS[posed[0]]
        return {"preview_figure": pose, "preview_fix_figure": pose,
                "preview_fault_marks": list(marks)}
    return {"preview_figure": cards[posed[0]][0]} if posed else {}


# The first line of every page this step writes (after the front matter's
# ---): how leftovers() and pages() tell its pages from a coach's own.
GENERATED_MARK = "# Written by `python -m hinge_guide`"


def written_here(text: str) -> bool:
    """Whether a page's text is one this step wrote (a share page)."""
    return text.startswith(f"---\n{GENERATED_MARK}")


def share_page(meta: dict, fault: Fault, poses: dict[str, FaultFigure],
               old_anchor: str | None = None) -> str:
    """The Markdown of a fault's share page: front matter for its preview,
    and the marker the faults extension fills from the box itself.
    With old_anchor, the page at that old address of the fault: the same
    page, whose canonical address (and so its preview's og:url) is the
    fault's own page (overrides/main.html, hh_canonical)."""
    description = fault.fix_line
    if len(description) > DESCRIPTION_MAX:
        description = description[:DESCRIPTION_MAX - 3].rsplit(" ", 1)[0] + "..."
    front = {
        "title": share_title(fault.title),
        "description": description,
        "reviewed": str(meta.get("reviewed", "")),
        "search": {"exclude": True},
    }
    front.update(preview_of(fault, poses))
    old = ""
    if old_anchor is not None:
        front["canonical"] = page_url(share_src(fault.id))
        old = (f"# {page_url(share_src(old_anchor))} was this fault's address (its box's "
               "data-old-anchors): kept, so links posted to it work.\n")
    head = yaml.safe_dump(front, sort_keys=False, allow_unicode=True, width=1000)
    return (
        f"---\n{GENERATED_MARK} from the fault box in docs/{fault.src}:\n"
        f"# edit the box there, not this file.\n{old}{head}---\n\n"
        f"# {share_title(fault.title)}\n\n<!-- fault: {fault.id} -->\n"
    )


def share_src(anchor: str) -> str:
    """The share page of a fault's anchor, under docs/: faults/<anchor>.md."""
    return f"{SHARE_FOLDER}/{anchor}.md"


def share_pages(root: Path, boxes: list[tuple[dict, Fault]] | None = None
                ) -> dict[Path, bytes]:
    """A share page for every fault, and one for each of its old anchors:
    a fault renamed by the book (data-old-anchors) keeps the share page
    coaches posted, which otherwise went with the old id. Nothing in the
    menu or search leads to either (not_in_nav, search: exclude)."""
    docs = root / DOCS_DIR
    # Two faults never share an anchor, an old one or not: the fault reader
    # refuses that across pages, so no page here is written twice.
    return {docs / share_src(anchor):
            share_page(meta, fault, FAULT_FIGURES, None if anchor == fault.id else anchor).encode()
            for meta, fault in (fault_boxes(root) if boxes is None else boxes)
            for anchor in (fault.id, *fault.old_anchors)}


def published_links(root: Path, config: dict, site_pages: list[Page],
                    boxes: list[tuple[dict, Fault]]) -> str:
    """published-links.txt as it should be: every link it lists checked
    against the pages and faults about to be (a published one that no
    longer leads anywhere stops here, naming its line), and the links of
    each page in the menu and each fault added at the end when missing."""
    path = root / published.FILE
    text = read_text(path, published.FILE) if path.is_file() else ""
    anchors: dict[str, set[str]] = {page.url: set() for page in site_pages}
    for _, fault in boxes:
        anchors.setdefault(page_url(fault.src), set()).update((fault.id, *fault.old_anchors))
    published.check_links(text, anchors)
    links = [published.address(page_url(src)) for _, src in flatten_nav(config.get("nav"))]
    for _, fault in boxes:
        links += [published.address(page_url(fault.src), fault.id),
                  published.address(page_url(share_src(fault.id)))]
    return published.with_new_links(text, links)


def leftovers(root: Path, wanted: set[Path]) -> list[Path]:
    """Cards and share pages left over from pages and faults that are gone.
    A page in docs/faults/ that this step didn't write is the coach's own:
    never removed, and named, since that folder is the share pages'."""
    docs = root / DOCS_DIR
    found = [*(docs / PREVIEWS).glob("*.png"), *(docs / SHARE_FOLDER).glob("*.md")]
    for path in found:
        where = f"docs/{path.relative_to(docs).as_posix()}"
        if (path.suffix == ".md" and path not in wanted
                and not written_here(read_text(path, where))):
            raise ContentError(
                f"{where}: docs/{SHARE_FOLDER}/ holds "
                "the fault share pages this step writes. Move your page to another "
                "folder under docs/ (and its link with it)."
            )
    return sorted(p for p in found if p not in wanted)


def main(argv: list[str]) -> int:
    """The command: a content error prints its message (which names the file
    and the fix) and exits 1, never a traceback."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m hinge_guide",
        description="Write the files drawn from other sources: share pages, preview "
                    "cards, icons, manifest, palette, the inline stylesheet.")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; list stale files and exit 1 if there are any")
    args = parser.parse_args(argv)  # an unknown option stops here, with usage
    try:
        return run(args.check)
    except ContentError as error:
        print(f"python -m hinge_guide: {error}", file=sys.stderr)
        return 1


def check_site_name(config: dict) -> None:
    """Every share card prints site_name: without one, or with a list or a
    number there, the cards can't be drawn. (MkDocs refuses such a name as
    it loads mkdocs.yml; this step runs first in the Pages workflow.)"""
    name = config.get("site_name")
    if not isinstance(name, str) or not name.strip():
        found = "missing" if name is None else f"{name!r}"
        raise ContentError(
            f"mkdocs.yml: site_name is {found}. Write the site's name in plain words on "
            "one line, e.g. site_name: Hip Hinge Guide: every page and share card prints it.")


def run(check: bool) -> int:
    root = Path.cwd()
    if not config_path(root).is_file():
        print("Run this from the project's top folder (where mkdocs.yml is).", file=sys.stderr)
        return 2
    # The Pages workflow runs this step before the build: a misspelt extension
    # or setting in mkdocs.yml is named here, where MkDocs prints a traceback.
    config = load_config(root)
    check_docs_dir(root, config)
    # Before published-links.txt gets a menu page's address: one that isn't
    # a file would be a link the file then never lets go.
    check_nav(root)
    check_extension_settings(config, reader.resolve_setting, root)
    check_site_name(config)
    files = outputs(root, config)
    left = leftovers(root, set(files))
    if check:
        stale = [p for p, data in files.items() if not p.is_file() or p.read_bytes() != data]
        for path in stale + left:
            print(f"stale: {path.relative_to(root)}")
        if stale or left:
            print("Run `python -m hinge_guide` and commit what it writes.", file=sys.stderr)
            return 1
        return 0
    for path, data in files.items():
        if write_if_changed(path, data):
            print(f"wrote {path.relative_to(root)}")
    for path in left:
        path.unlink()
        print(f"removed {path.relative_to(root)}")
    return 0


def write_if_changed(path: Path, data: bytes) -> bool:
    """Write the file unless it already holds the data (its date then stays)."""
    if path.is_file() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True
