"""Pasted-HTML safety: a page loads nothing from another site and runs no
pasted code (no <script>, <iframe>, event handler, or picture from
elsewhere), checked on the tree and on every raw HTML block.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from html.parser import HTMLParser

from ..errors import ContentError

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
