"""Accessibility fixes to markup the theme and extensions write, at build time.

Task lists (pymdownx.tasklist) put each checkbox in a label of its own and
the item's words after it, so the checkbox has no accessible name. The
words are moved into the label: the checkbox gets its name, and tapping the
words ticks the box, which a thumb on a phone will thank you for.

Material 9.8 renders its search panel as role="dialog" with no accessible
name (axe: aria-dialog-name), so a screen reader announces an unnamed
dialog. The label is added to the finished HTML here rather than by copying
Material's search partial, which would drift when the theme updates. The
pattern accepts attributes with or without quotes, since the minify plugin
runs first and drops them.
"""

import re

from mkdocs.exceptions import PluginError

SEARCH_DIALOG = re.compile(r'<div class="?md-search"? data-md-component="?search"? role="?dialog"?(?=[ >])')


def name_search_dialog(html: str) -> str:
    named, count = SEARCH_DIALOG.subn(r'\g<0> aria-label="Search this site"', html, count=1)
    if count == 0 and 'data-md-component="search"' in html.replace("=search", '="search"'):
        raise PluginError("hooks/a11y_fixes.py: Material's search markup changed; update SEARCH_DIALOG")
    return named


TASK_ITEM = re.compile(
    r'(<li class="task-list-item"><label class="task-list-control">.*?)</label>(.*?)</li>',
    re.DOTALL,
)


def label_task_items(html: str) -> str:
    return TASK_ITEM.sub(r"\1\2</label></li>", html)


def on_page_content(html, **kwargs):
    return label_task_items(html)


def on_post_page(output, **kwargs):
    return name_search_dialog(output)


def on_post_template(output_content, **kwargs):
    # The 404 page is a template, not a page.
    return name_search_dialog(output_content)
