"""Let the page paint before Material's script runs (MkDocs only).

Material loads its one script, assets/javascripts/bundle.*.min.js, at the
end of <body> without `defer`. Chrome fetches such a script at high
priority and treats it as render-blocking, so a phone on a slow network
waits for about 35 KB of script before it shows the first paragraph.
With `defer` the script is fetched alongside the page and runs once the
page is parsed, in the same order as before relative to the site's own
deferred scripts, and before DOMContentLoaded, so nothing that waits for
Material changes. Nothing inline after it needs it.

The tag is found with an HTML parser; if Material stops writing it, the
build stops and says so. Zensical ignores hooks and loads its script as
it always has: slower to paint, the same site.
"""

from __future__ import annotations

import re

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from theme_markup import StartTag, add_attribute, find_start_tags

# Material's script, by its path inside the theme; the hash changes with
# every release.
BUNDLE = re.compile(r"(^|/)assets/javascripts/bundle\.[0-9a-f]+\.min\.js$")


def _is_bundle(tag: StartTag) -> bool:
    return tag.name == "script" and bool(BUNDLE.search(tag.attrs.get("src") or ""))


def defer_theme_script(html: str) -> str:
    if "<body" not in html:
        return html  # sitemap, robots.txt: not pages
    bundles = find_start_tags(html, _is_bundle)
    if not bundles:
        raise PluginError("hooks/defer_theme_script.py: Material's script tag "
                          "(assets/javascripts/bundle.*.min.js) is not in the page; "
                          "Material's markup changed, so find the tag anew.")
    tag = bundles[0]
    if "defer" in tag.attrs or "async" in tag.attrs:
        return html
    return add_attribute(html, tag, "defer")


# After the minify plugin (priority 0 by default), so the tag is final.
@event_priority(-100)
def on_post_page(output, **kwargs):
    return defer_theme_script(output)


@event_priority(-100)
def on_post_template(output_content, template_name, **kwargs):
    # The 404 page is a template, not a page; robots.txt and the sitemap
    # are templates too, and have no script.
    return defer_theme_script(output_content) if template_name.endswith(".html") else output_content
