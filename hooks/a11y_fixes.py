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

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from theme_markup import StartTag, add_attribute, find_start_tags, is_html_page

LABEL = "Search this site"


def _is_search_dialog(tag: StartTag) -> bool:
    return (tag.name == "div" and tag.attrs.get("data-md-component") == "search"
            and tag.attrs.get("role") == "dialog")


def name_search_dialog(html: str) -> str:
    if 'data-md-component="search"' not in html and "data-md-component=search" not in html:
        return html  # a page without search (the search plugin off)
    dialogs = find_start_tags(html, _is_search_dialog)
    if not dialogs:
        raise PluginError("hooks/a11y_fixes.py: Material's search markup changed; "
                          "find the search dialog's tag anew.")
    if "aria-label" in dialogs[0].attrs:
        return html
    return add_attribute(html, dialogs[0], "aria-label", LABEL)


# After the minify plugin (priority 0 by default), so the tag is final.
@event_priority(-100)
def on_post_page(output, page, **kwargs):
    return name_search_dialog(output) if is_html_page(page.file.dest_uri) else output


@event_priority(-100)
def on_post_template(output_content, template_name, **kwargs):
    # The 404 page is a template, not a page.
    if not is_html_page(template_name):
        return output_content
    return name_search_dialog(output_content)
