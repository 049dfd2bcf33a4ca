"""The hooks that fix Material's own markup, as units (MkDocs only)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError

HOOKS = Path(__file__).resolve().parent.parent / "hooks"
sys.path.insert(0, str(HOOKS))  # as MkDocs does while it loads a hook

import a11y_fixes  # noqa: E402
import theme_script_after_paint as after_paint  # noqa: E402
from theme_markup import add_attribute, find_start_tags, replace_start_tag  # noqa: E402

pytestmark = pytest.mark.unit

PAGE = """<!doctype html><html class=no-js><head>
<script>var src="assets/javascripts/bundle.0000.min.js"</script></head><body>
<div class=md-search data-md-component=search
     role=dialog>
<img src=a.png alt="" />
<p>Text with assets/javascripts/bundle.deadbeef.min.js in it</p>
<script src="../assets/javascripts/bundle.a5f9d56c.min.js"></script>
<script src=../javascripts/share.js defer></script>
</body></html>"""


def test_start_tags_end_where_their_text_ends_across_lines():
    dialog, img = find_start_tags(PAGE, lambda tag: tag.name in ("div", "img"))
    assert PAGE[dialog.end] == ">" and PAGE[dialog.end - 6:dialog.end] == "dialog"
    assert PAGE[img.end:img.end + 3] == " />"
    assert dialog.attrs["data-md-component"] == "search"


def test_add_attribute_escapes_its_value():
    tag = find_start_tags(PAGE, lambda tag: tag.name == "img")[0]
    out = add_attribute(PAGE, tag, "title", 'a "b" & c')
    assert '<img src=a.png alt="" title="a &quot;b&quot; &amp; c" />' in out


def test_a_start_tag_can_be_replaced_whole():
    img = find_start_tags(PAGE, lambda tag: tag.name == "img")[0]
    assert PAGE[img.start:img.stop] == '<img src=a.png alt="" />'
    assert "<hr>\n<p>Text" in replace_start_tag(PAGE, img, "<hr>")


BUNDLE_TAG = '<script src="../assets/javascripts/bundle.a5f9d56c.min.js"></script>'


def test_the_theme_script_becomes_a_loader_and_nothing_else_changes():
    out = after_paint.start_theme_script_after_paint(PAGE)
    address = "../assets/javascripts/bundle.a5f9d56c.min.js"
    loader = f'<script data-src="{address}">{after_paint.LOADER}</script>'
    assert loader in out
    assert out.replace(loader, BUNDLE_TAG, 1) == PAGE
    # No tag left for the browser to fetch ahead of the first paint.
    assert not find_start_tags(out, after_paint._is_bundle)
    # Text and inline scripts that merely mention the path are left alone.
    assert 'var src="assets/javascripts/bundle.0000.min.js"' in out
    assert "bundle.deadbeef.min.js in it</p>" in out


def test_the_loader_address_is_escaped():
    page = PAGE.replace("bundle.a5f9d56c", 'x&quot;y/assets/javascripts/bundle.a5f9d56c')
    out = after_paint.start_theme_script_after_paint(page)
    assert find_start_tags(out, after_paint._is_loader)[0].attrs["data-src"] \
        == '../assets/javascripts/x"y/assets/javascripts/bundle.a5f9d56c.min.js'


def test_loading_twice_changes_nothing():
    once = after_paint.start_theme_script_after_paint(PAGE)
    assert after_paint.start_theme_script_after_paint(once) == once


def test_a_page_without_the_theme_script_stops_the_build():
    page = PAGE.replace("bundle.a5f9d56c.min.js", "app.js")
    with pytest.raises(PluginError, match="theme_script_after_paint.py"):
        after_paint.start_theme_script_after_paint(page)


def test_a_theme_script_with_content_stops_the_build():
    page = PAGE.replace(BUNDLE_TAG, BUNDLE_TAG.replace("></", ">start()</"))
    with pytest.raises(PluginError, match="no longer empty"):
        after_paint.start_theme_script_after_paint(page)


def _page_events() -> list[tuple[str, str]]:
    """(hook, event) for every event in hooks/ that hands a hook a built file."""
    import importlib

    return [(path.stem, event) for path in sorted(HOOKS.glob("*.py"))
            for event in ("on_post_page", "on_post_template")
            if hasattr(importlib.import_module(path.stem), event)]


def _hand_over(hook: str, event: str, html: str, name: str) -> str:
    """html handed to the hook's event as MkDocs hands it a file called name."""
    import importlib
    from types import SimpleNamespace

    handler = getattr(importlib.import_module(hook), event)
    if event == "on_post_page":
        return handler(html, page=SimpleNamespace(file=SimpleNamespace(dest_uri=name)),
                       config={})
    return handler(html, template_name=name, config={})


@pytest.mark.parametrize("hook,event", _page_events())
@pytest.mark.parametrize("name", ["sitemap.xml", "robots.txt", "feed.json"])
def test_no_hook_edits_a_file_that_is_not_an_html_page(hook, event, name):
    """Each hook skipped the sitemap and robots.txt its own way (a file
    name, the text "<body" in it, a tag Material writes): now one rule,
    theme_markup.is_html_page. A page any of them would edit is handed
    over under a name that isn't an HTML page's, and must come back as it
    went in."""
    assert _hand_over(hook, event, PAGE, "index.html") != PAGE, (
        f"{hook}.{event} left a page it should fix alone, so this test proves nothing")
    assert _hand_over(hook, event, PAGE, name) == PAGE, (
        f"hooks/{hook}.py's {event} edited {name}: skip it with theme_markup.is_html_page")


def test_the_search_dialog_gets_its_name_once():
    out = a11y_fixes.name_search_dialog(PAGE)
    assert 'role=dialog aria-label="Search this site">' in out
    assert a11y_fixes.name_search_dialog(out) == out


def test_a_search_dialog_that_moved_stops_the_build():
    page = PAGE.replace("role=dialog", "role=region")
    with pytest.raises(PluginError, match="a11y_fixes.py"):
        a11y_fixes.name_search_dialog(page)


def test_a_line_separator_in_the_text_does_not_shift_the_tags_after_it():
    """U+2028 ends a line for str.splitlines, not for the HTML parser."""
    html = '<p>one\u2028two</p>\n<div class="md-search" data-x>\n</div>'
    (tag,) = find_start_tags(html, lambda t: t.name == "div")
    assert html[tag.start:tag.stop] == '<div class="md-search" data-x>'
    assert add_attribute(html, tag, "role", "dialog").count("<div") == 1


# DOMContentLoaded and the after-paint loader -----------------------------------------

ROOT = HOOKS.parent
# Scripts that may listen for DOMContentLoaded, each with the reason it is
# safe. The loader sends the event a second time once Material's script has
# run, so any other listener would run twice; a script added after the page
# was parsed never hears the first one. A page script that must wait for the
# page checks document.readyState instead.
DOM_READY_ALLOWED: dict[str, str] = {}


def dom_ready_listeners() -> list[str]:
    """Every site script, file or inline in a template, that names
    DOMContentLoaded (the vendored tracker aside: not the site's code)."""
    files = [*sorted((ROOT / "docs").rglob("*.js")), *sorted((ROOT / "overrides").rglob("*.html"))]
    return [path.relative_to(ROOT).as_posix() for path in files
            if "vendor" not in path.relative_to(ROOT).parts
            and "DOMContentLoaded" in path.read_text(encoding="utf-8")]


def test_no_site_script_listens_for_dom_content_loaded():
    unexpected = [src for src in dom_ready_listeners() if src not in DOM_READY_ALLOWED]
    assert not unexpected, (
        f"{unexpected} listen for DOMContentLoaded, which hooks/theme_script_after_paint.py "
        "sends a second time for Material (so a listener runs twice) and which a script "
        "added after parsing never hears. Check document.readyState instead, or add the "
        "file to DOM_READY_ALLOWED with the reason it is safe.")
    stale = [src for src in DOM_READY_ALLOWED if src not in dom_ready_listeners()]
    assert not stale, f"{stale}: allowed, but no longer listens: remove it from the list"


def test_the_loader_is_the_one_that_sends_dom_content_loaded_again():
    """The rule above exists because of this line; if the loader stops
    re-sending the event, the allow-list can go."""
    assert 'dispatchEvent(new Event("DOMContentLoaded"))' in after_paint.LOADER
