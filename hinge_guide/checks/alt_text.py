"""Alt text in words, not a file name. ``![squat.svg](images/squat.svg)`` or
``![IMG_2034](...)`` has alt text, so the rule that an image has some
passed, but a screen reader reads out "IMG underscore 2034", and a figure
inlined by the build takes the alt as its title.

Runs before the figures are inlined (inline_svg.py; hinge_guide/priorities.py), while each
picture is still an <img>; a picture in raw HTML is read from the stash.
"""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as etree
from html.parser import HTMLParser

from markdown.treeprocessors import Treeprocessor

from ..context import page_context
from ..errors import ContentError
from ..line_numbers import LineOf

_PICTURE_FILE = re.compile(r"\.(svg|png|jpe?g|gif|webp|avif|heic|tiff?|bmp)$", re.I)
# Names cameras, phones and screenshot tools give files: IMG_2034, DSC00123,
# PXL_20240101_123, "Screenshot 2024-05-01 at 10.00.00".
_CAMERA_NAME = re.compile(r"^(img|dsc[fn]?|dcim|pxl|mvimg|photo|image|picture|pic|scan|"
                          r"untitled)[ _-]?\d[\w.-]*$|^screen ?shot\b[\w\s.-]*\d[\w\s.-]*$",
                          re.I)


def alt_problem(alt: str, src: str) -> str | None:
    """Why alt is a file name rather than words, or None if it is words."""
    alt = alt.strip()
    if not alt:
        return None  # no alt at all: require_alt's to name
    name = posixpath.basename(src.split("?", 1)[0].split("#", 1)[0])
    stem = name.rsplit(".", 1)[0]
    if alt.lower() in (name.lower(), stem.lower()) and (" " not in alt):
        return "the picture's file name"
    if _PICTURE_FILE.search(alt) and " " not in alt:
        return "a file name"
    if _CAMERA_NAME.match(alt):
        return "the name a camera or phone gave the file"
    if " " not in alt and "_" in alt:
        return "a file name"
    return None


def alt_message(where: str, src: str, alt: str, problem: str) -> str:
    return (
        f'{where}: the image {src} has the alt text "{alt}", {problem}. Screen readers read '
        "the alt text out, and it shows where the picture can't load: write words that say "
        "what the picture shows, e.g. ![Side view: hips pushed back, back flat, hands at the "
        f"knees]({src})."
    )


class _RawImages(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.images: list[tuple[str, str]] = []  # (src, alt)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "img":
            found = dict(attrs)
            if found.get("alt") is not None:
                self.images.append((found.get("src") or "?", found.get("alt") or ""))

    handle_startendtag = handle_starttag


def check_alt_words(root: etree.Element, raw_html: list, src: str, line_of: LineOf) -> None:
    """Every picture's alt text, in the tree and in raw HTML, is words."""
    images = [(img.get("src") or "?", img.get("alt") or "") for img in root.iter("img")]
    for block in raw_html:
        parser = _RawImages()
        parser.feed(block if isinstance(block, str) else etree.tostring(block, "unicode"))
        parser.close()
        images += parser.images
    for image, alt in images:
        problem = alt_problem(alt, image)
        if problem:
            raise ContentError(alt_message(f"docs/{src}{line_of(alt)}", image, alt, problem))


class AltWords(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        page = page_context(self.md)
        check_alt_words(root, list(self.md.htmlStash.rawHtmlBlocks), page.src, page.line_of)
