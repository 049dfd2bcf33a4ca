"""Pasted-HTML safety: a page loads nothing from another site, runs no
pasted code (no <script>, <iframe>, event handler, javascript: link, or
picture from elsewhere) and can't be taken over (no <base>, <meta>,
<form>, <link>, page-wide <style> or full-screen overlay), checked on the
tree (where Markdown's attribute lists put what they set) and on every raw
HTML block.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from html.parser import HTMLParser

from ..addresses import is_external
from ..errors import ContentError
from ..line_numbers import LineOf, no_line

# Markup a coach might paste that loads or runs something: the site loads
# nothing from any other site, and runs only its own scripts.
_EMBED_TAGS = frozenset({"script", "iframe", "object", "embed", "frame", "frameset"})
# Tags that take the page over rather than add to it: <base> re-points every
# link, <meta http-equiv> redirects, <form> sends what the reader types
# elsewhere, <link> and a <style> outside a drawing restyle the whole page.
# A drawing's own <style> is checked with the drawing (inline_svg.py).
_TAKEOVER_TAGS = frozenset({"base", "meta", "form", "link", "style"})
# Attributes that hold an address a tap or the browser follows.
_ADDRESSES = frozenset({"href", "src", "action", "formaction", "xlink:href", "data"})
# A style that lifts an element over the page (a full-screen overlay).
_OVERLAY = re.compile(r"position\s*:\s*(?:fixed|absolute|sticky)|z-index", re.I)


def _runs_code(url: str) -> bool:
    """A javascript: address, as a browser reads it (it ignores spaces,
    tabs and newlines inside the scheme)."""
    return re.sub(r"[\x00-\x20]", "", url).lower().startswith("javascript:")


def attribute_problem(tag: str, name: str, value: str) -> str | None:
    """What one attribute would run or take over, in words; None if nothing."""
    if name.startswith("on"):
        return f'an event handler ({name}="...") on <{tag}>'
    if name in _ADDRESSES and _runs_code(value):
        return f'a javascript: address on <{tag}>'
    if name == "style" and _OVERLAY.search(value):
        return f'a style that lifts <{tag}> over the page ({value[:60]})'
    return None


# Attributes that make the browser fetch what they name (a plain link's href
# doesn't: it waits for a tap).
_FETCHING = frozenset({"src", "srcset", "data", "poster", "background", "formaction"})


def _foreign(url: str) -> bool:
    """Whether the browser would fetch `url` from another site."""
    return is_external(url) and not url.strip().lower().startswith("data:")


class _PastedMarkup(HTMLParser):
    """Collects what a block of raw HTML would load or run."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str]] = []  # (problem, the value to find its line)

        self.svg_depth = 0  # inside a drawing, whose <style> is checked with it

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "svg":
            self.svg_depth += 1
        if tag in _EMBED_TAGS or (tag in _TAKEOVER_TAGS and not self.svg_depth):
            self.found.append((f"a <{tag}>", f"<{tag}"))
        for name, value in attrs:
            value = value or ""
            problem = attribute_problem(tag, name, value)
            if problem:
                self.found.append((problem, name if name.startswith("on") else value[:40]))
            elif (name in _FETCHING or (name == "href" and tag in ("link", "use", "image"))) \
                    and any(_foreign(part.split()[0]) for part in value.split(",") if part.strip()):
                self.found.append((f'<{tag} {name}="{value[:60]}">', value[:40]))
            elif name == "style" and re.search(r"url\(\s*['\"]?\s*(?:[a-z]+:|//)", value, re.I):
                self.found.append((f"a style that loads {value[:60]}", value[:40]))

    def handle_endtag(self, tag: str) -> None:
        if tag == "svg" and self.svg_depth:
            self.svg_depth -= 1


def check_loads_nothing_foreign(root: etree.Element, raw_html: list[str], src: str,
                                line_of: LineOf = no_line) -> None:
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
    # What Markdown made: an attribute list ({ onclick=... }), a fault's
    # attrs, a [link](javascript:...), or a tag md_in_html kept as an element.
    for element in root.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        problem = (f"a <{tag}>" if tag in _EMBED_TAGS | _TAKEOVER_TAGS else None) or next(
            (p for name, value in element.attrib.items()
             if (p := attribute_problem(tag, name, value or ""))), None)
        if problem:
            needle = next((n for n in element.attrib if n.startswith("on")), None) \
                or next((v[:40] for v in element.attrib.values() if v and v in problem), "")
            raise ContentError(
                f"docs/{src}{line_of(needle) if needle else ''}: the page holds {problem}. "
                "Pages run only the site's own scripts and keep the theme's layout: remove "
                "it. A link goes to a page or an address ([Setup](setup.md), "
                "[NHS](https://www.nhs.uk/)); a style goes in docs/stylesheets/extra.css."
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
