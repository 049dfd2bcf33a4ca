"""Which files the hooks that fix Material's own markup edit (HTML pages
only), and how they read and edit a start tag there, with an HTML parser.

Shared by a11y_fixes.py and theme_script_after_paint.py, so they skip the
sitemap and robots.txt by one rule. MkDocs puts a hook's own folder on the
import path while it loads the hook, so they import this module by its
name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser


def is_html_page(name: str) -> bool:
    """Whether the file the build writes as ``name`` (a page's dest_uri, a
    template's name) is an HTML page. robots.txt and sitemap.xml are
    templates too: Material's markup isn't in them, and an edit meant for a
    page would break them."""
    return name.endswith(".html")


@dataclass(frozen=True)
class StartTag:
    """One start tag: its name, its attributes, and where it sits in the
    page: start (its "<"), end (where its attributes end, before any space
    and the closing ">" or "/>") and stop (just after its ">")."""

    name: str
    attrs: dict[str, str | None]
    start: int
    end: int
    stop: int


class _StartTags(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=False)
        self.tags: list[StartTag] = []
        self._lines = [0]
        # The parser counts lines at "\n" only; str.splitlines would also
        # break at U+2028 and the like, and shift every offset after one.
        for line in html.split("\n"):
            self._lines.append(self._lines[-1] + len(line) + 1)
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        line, column = self.getpos()
        text = self.get_starttag_text() or ""
        inside = text[:-2] if text.endswith("/>") else text[:-1]
        start = self._lines[line - 1] + column
        end = start + len(inside.rstrip())
        self.tags.append(StartTag(name=tag, attrs=dict(attrs), start=start, end=end,
                                  stop=start + len(text)))

    handle_startendtag = handle_starttag


def find_start_tags(html: str, wanted: Callable[[StartTag], bool]) -> list[StartTag]:
    """The start tags in html that wanted() accepts, in page order."""
    return [tag for tag in _StartTags(html).tags if wanted(tag)]


def add_attribute(html: str, tag: StartTag, name: str, value: str | None = None) -> str:
    """html with name (and ="value", escaped, when given) added to tag."""
    if value is None:
        attribute = f" {name}"
    else:
        escaped = value.replace("&", "&amp;").replace('"', "&quot;")
        attribute = f' {name}="{escaped}"'
    return html[:tag.end] + attribute + html[tag.end:]


def replace_start_tag(html: str, tag: StartTag, text: str) -> str:
    """html with tag, from its "<" to its ">", replaced by text."""
    return html[:tag.start] + text + html[tag.stop:]
