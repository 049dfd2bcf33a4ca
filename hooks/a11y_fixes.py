"""Name Material's search dialog (MkDocs only: it fixes Material's markup).

Material 9.8 renders its search panel as role="dialog" with no accessible
name (axe: aria-dialog-name), so a screen reader announces an unnamed
dialog. The name is added to the finished page rather than by copying
Material's search partial, which would drift when the theme updates. The
page is read with an HTML parser to find the tag; the build stops if
Material's markup changes so that the tag can't be found.

Zensical writes its own search markup, so this hook has nothing to do
there (README.md, "Moving on from Material").
"""

from __future__ import annotations

from html.parser import HTMLParser

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

LABEL = "Search this site"


class _SearchDialog(HTMLParser):
    """Finds where the search dialog's start tag ends."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.end: int | None = None
        self._lines: list[int] = []

    def find(self, html: str) -> int | None:
        offset = 0
        for line in html.splitlines(keepends=True):
            self._lines.append(offset)
            offset += len(line)
        self.feed(html)
        self.close()
        return self.end

    def handle_starttag(self, tag, attrs):
        found = dict(attrs)
        if self.end is None and tag == "div" and found.get("data-md-component") == "search" \
                and found.get("role") == "dialog" and "aria-label" not in found:
            line, column = self.getpos()
            start = self._lines[line - 1] + column
            text = self.get_starttag_text() or ""
            self.end = start + len(text) - (2 if text.endswith("/>") else 1)


def name_search_dialog(html: str) -> str:
    if 'data-md-component="search"' not in html and "data-md-component=search" not in html:
        return html
    end = _SearchDialog().find(html)
    if end is None:
        raise PluginError("hooks/a11y_fixes.py: Material's search markup changed; "
                          "find the search dialog's tag anew.")
    return f'{html[:end]} aria-label="{LABEL}"{html[end:]}'


# After the minify plugin (priority 0 by default), so the tag is final.
@event_priority(-100)
def on_post_page(output, **kwargs):
    return name_search_dialog(output)


@event_priority(-100)
def on_post_template(output_content, **kwargs):
    # The 404 page is a template, not a page.
    return name_search_dialog(output_content)
