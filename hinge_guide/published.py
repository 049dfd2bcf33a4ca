"""The links this site has published (published-links.txt, beside
mkdocs.yml): each page's address and each fault's two links, one a line.
A coach may have posted any of them, so none may stop working. The
generate step (``python -m hinge_guide``) adds the links of a new page or
fault at the end and never removes a line; it stops, naming the line, when
a link listed there no longer leads anywhere (``--check`` too, which
``scripts/test`` and the Pages workflow run).
"""

from __future__ import annotations

from collections.abc import Mapping, Set

from .addresses import is_external
from .errors import ContentError
from .faults.box import SHARE_FOLDER
from .line_numbers import file_lines

FILE = "published-links.txt"

HEADER = """\
# Links this site has published, one a line: a page's address, or a
# fault's link on its page (page/#fault-id), from the site's own address.
# A coach may have posted any of them, so each must keep working:
# `python -m hinge_guide` adds each new page's and fault's links at the end
# and stops, naming the line, when one no longer leads anywhere. Never
# remove a line; keep the link working instead (README.md, "Links to
# share"). An anchor here is a fault's: its id, or an old anchor its box
# carries (data-old-anchors).
"""

# How the home page's address is written here: "" would be a blank line.
HOME = "./"


def address(page_url: str, anchor: str = "") -> str:
    """A link as this file writes it: a page's address, with #anchor."""
    return (page_url or HOME) + (f"#{anchor}" if anchor else "")


def read(text: str) -> list[tuple[int, str]]:
    """The links the file lists, each with its line number: every line but
    blank ones and # comments."""
    return [(number, line.strip()) for number, line in enumerate(file_lines(text), 1)
            if line.strip() and not line.lstrip().startswith("#")]


def with_new_links(text: str, links: list[str]) -> str:
    """The file with the links it lacks added at the end, in order; a new
    file starts with its header."""
    listed = {link for _, link in read(text)}
    new = [link for link in dict.fromkeys(links) if link not in listed]
    if not text.strip():
        text = HEADER
    if not new:
        return text
    return text + ("" if text.endswith("\n") else "\n") + "".join(f"{link}\n" for link in new)


def check_pages(text: str, pages: Set[str]) -> None:
    """Every listed link's page is one of ``pages`` (addresses): the build's
    check, which knows the pages but not yet the faults on them (the fault
    boxes' own checks and check_links cover the anchors)."""
    check_links(text, {page: set() for page in pages}, anchors_known=False)


def check_links(text: str, anchors: Mapping[str, Set[str]], anchors_known: bool = True) -> None:
    """Every listed link leads somewhere: its page is one of ``anchors``'s
    (page address -> the fault anchors on it: ids and old anchors), and
    its anchor, if any, one of that page's (when ``anchors_known``)."""
    for number, link in read(text):
        where = f"{FILE}, line {number}: {link}"
        path, _, anchor = link.partition("#")
        page = "" if path == HOME else path
        if is_external(link) or link.startswith("/") or not (page == "" or page.endswith("/")):
            raise ContentError(
                f"{where} is not a link on this site as this file writes them: a page's "
                "address from the site's own, ending in / (setup/, or ./ for the home "
                "page), with #fault-id for a fault on it (movement/#rounded-back).")
        if page not in anchors and page.startswith(f"{SHARE_FOLDER}/"):
            old = page[len(SHARE_FOLDER) + 1:].rstrip("/")
            raise ContentError(
                f"{where} is a fault's share page this site has published, and no fault "
                f"has the id {old} any more. Keep it working: give the box that took its "
                f"place `data-old-anchors: {old}` (README.md, \"Writing a fault box\"), and "
                "its share page stays. Only if the link never went out (you added it since "
                "the last deploy) delete its line.")
        if page not in anchors:
            raise ContentError(
                f"{where} is a link this site has published, and no page has that address "
                "any more. Keep the page under its old file name, so the link keeps "
                "working. Only if the link never went out (you added it since the last "
                "deploy) delete its line.")
        if anchor and anchors_known and anchor not in anchors[page]:
            raise ContentError(
                f"{where} is a link this site has published, and no fault on that page "
                f"has the anchor {anchor} any more. Keep it working: give the box that took "
                f"its place `data-old-anchors: {anchor}` (README.md, \"Writing a fault "
                "box\"). Only if the link never went out (you added it since the last "
                "deploy) delete its line.")
