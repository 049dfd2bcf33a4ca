"""Start Material's script once the page has painted (MkDocs only).

Material loads its one script, assets/javascripts/bundle.*.min.js, at the
end of <body>. Nothing on the first screen needs it: the text, the
figures and the fault boxes are plain HTML and CSS, and the colour scheme
is set by Material's inline script in <head>. What it does (the colour
toggle, search, tooltips, the back-to-top button) can come a moment
later. Yet as a script tag, even a deferred one, it is fetched alongside
the stylesheet the first paint waits for, and on a phone with a weak
signal its 35 KB share that signal with the page itself.

So the hook swaps Material's tag for a small inline script that carries
the same address in data-src and adds Material's script to the page as
soon as the browser reports its first paint. Two visits start it at once,
as the deferred tag did: one that arrives at a place on the page (a link
to a fault, which Material opens and scrolls to) or from a search result
(Material highlights the words), and one in a browser that can't report
its paints.

Material starts when it hears DOMContentLoaded. A script added after that
event would never hear it, so when the page was parsed before Material's
script ran, the loader sends the event once more (Material listens for it
once; nothing else on these pages listens for it, and tests/test_hooks.py
keeps it so).

The tag is found with an HTML parser; if Material stops writing it, the
build stops and says so. Zensical ignores hooks and loads its script as
it always has: slower to paint, the same site.
"""

from __future__ import annotations

import html as html_lib
import re

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from theme_markup import StartTag, find_start_tags, is_html_page, replace_start_tag

# Material's script, by its path inside the theme; the hash changes with
# every release.
BUNDLE = re.compile(r"(^|/)assets/javascripts/bundle\.[0-9a-f]+\.min\.js$")

# Runs where Material's tag was; reads the address from its own data-src.
LOADER = """(function (me) {
  var started = false, parsed = false;
  document.addEventListener("DOMContentLoaded", function () { parsed = true; });
  function start() {
    if (started) return;
    started = true;
    var script = document.createElement("script");
    script.src = me.getAttribute("data-src");
    script.onload = function () {
      if (parsed) document.dispatchEvent(new Event("DOMContentLoaded"));
    };
    document.body.appendChild(script);
  }
  var Observer = window.PerformanceObserver;
  var paints = (Observer && Observer.supportedEntryTypes || []).indexOf("paint") >= 0;
  var arrived = location.hash || new URLSearchParams(location.search).has("h");
  if (arrived || !paints) start();
  else new Observer(function (list, observer) { observer.disconnect(); start(); })
    .observe({ type: "paint", buffered: true });
})(document.currentScript);"""


def _is_bundle(tag: StartTag) -> bool:
    return tag.name == "script" and bool(BUNDLE.search(tag.attrs.get("src") or ""))


def _is_loader(tag: StartTag) -> bool:
    return tag.name == "script" and bool(BUNDLE.search(tag.attrs.get("data-src") or ""))


def start_theme_script_after_paint(html: str) -> str:
    bundles = find_start_tags(html, _is_bundle)
    if not bundles:
        if find_start_tags(html, _is_loader):
            return html  # done already
        raise PluginError("hooks/theme_script_after_paint.py: Material's script tag "
                          "(assets/javascripts/bundle.*.min.js) is not in the page; "
                          "Material's markup changed, so find the tag anew.")
    tag = bundles[0]
    if not html.startswith("</script>", tag.stop):
        raise PluginError("hooks/theme_script_after_paint.py: Material's script tag "
                          "is no longer empty (<script src=...></script>); "
                          "Material's markup changed, so check what it holds.")
    src = html_lib.escape(tag.attrs["src"] or "", quote=True)
    # Material's tag is empty (<script src=...></script>): the loader goes
    # between it and its end tag.
    return replace_start_tag(html, tag, f'<script data-src="{src}">{LOADER}')


# After the minify plugin (priority 0 by default), so the tag is final.
@event_priority(-100)
def on_post_page(output, page, **kwargs):
    return start_theme_script_after_paint(output) if is_html_page(page.file.dest_uri) else output


@event_priority(-100)
def on_post_template(output_content, template_name, **kwargs):
    # The 404 page is a template, not a page.
    if not is_html_page(template_name):
        return output_content
    return start_theme_script_after_paint(output_content)
