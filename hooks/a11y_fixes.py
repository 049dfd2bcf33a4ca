"""Accessibility fixes to Material's own markup, made at build time.

Material 9.8 renders its search panel as role="dialog" with no accessible
name (axe: aria-dialog-name), so a screen reader announces an unnamed
dialog. The label is added to the finished HTML here rather than by copying
Material's search partial, which would drift when the theme updates.
"""

SEARCH_DIALOG = 'class="md-search" data-md-component="search" role="dialog"'


def name_search_dialog(html: str) -> str:
    return html.replace(SEARCH_DIALOG, SEARCH_DIALOG + ' aria-label="Search this site"', 1)


def on_post_page(output, **kwargs):
    return name_search_dialog(output)
