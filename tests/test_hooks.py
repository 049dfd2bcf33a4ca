"""The hooks that fix Material's own markup, as units (MkDocs only)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError

HOOKS = Path(__file__).resolve().parent.parent / "hooks"
sys.path.insert(0, str(HOOKS))  # as MkDocs does while it loads a hook

import a11y_fixes  # noqa: E402
import defer_theme_script  # noqa: E402
from theme_markup import add_attribute, find_start_tags  # noqa: E402

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


def test_the_theme_script_is_deferred_and_nothing_else_changes():
    out = defer_theme_script.defer_theme_script(PAGE)
    assert '<script src="../assets/javascripts/bundle.a5f9d56c.min.js" defer></script>' in out
    assert out.replace('.min.js" defer>', '.min.js">', 1) == PAGE
    # Text and inline scripts that merely mention the path are left alone.
    assert 'var src="assets/javascripts/bundle.0000.min.js"' in out
    assert "bundle.deadbeef.min.js in it</p>" in out


def test_deferring_twice_adds_nothing():
    once = defer_theme_script.defer_theme_script(PAGE)
    assert defer_theme_script.defer_theme_script(once) == once


def test_a_page_without_the_theme_script_stops_the_build():
    page = PAGE.replace("bundle.a5f9d56c.min.js", "app.js")
    with pytest.raises(PluginError, match="defer_theme_script.py"):
        defer_theme_script.defer_theme_script(page)


def test_files_that_are_not_pages_pass_through():
    assert defer_theme_script.on_post_template("User-agent: *\n", template_name="robots.txt") \
        == "User-agent: *\n"


def test_the_search_dialog_gets_its_name_once():
    out = a11y_fixes.name_search_dialog(PAGE)
    assert 'role=dialog aria-label="Search this site">' in out
    assert a11y_fixes.name_search_dialog(out) == out


def test_a_search_dialog_that_moved_stops_the_build():
    page = PAGE.replace("role=dialog", "role=region")
    with pytest.raises(PluginError, match="a11y_fixes.py"):
        a11y_fixes.name_search_dialog(page)


def test_every_built_page_defers_the_theme_script(site):
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 20  # the nav pages, the fault pages and the 404 page
    for path in pages:
        html = path.read_text(encoding="utf-8")
        bundles = find_start_tags(html, defer_theme_script._is_bundle)
        assert len(bundles) == 1, f"{path}: {len(bundles)} theme scripts"
        assert "defer" in bundles[0].attrs, f"{path}: Material's script blocks the first paint"
