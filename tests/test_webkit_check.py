"""scripts/webkit-check, the optional check in WebKit, as units: where its
server puts the error collector, which pages it visits and what it names
their screenshots. The browser side runs only where WebKitGTK is
installed, outside the test run."""

from __future__ import annotations

import importlib.machinery
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.unit


def _load_script():
    # The script has no .py suffix (it is run, not imported): load it by path.
    path = str(ROOT / "scripts/webkit-check")
    loader = importlib.machinery.SourceFileLoader("webkit_check", path)
    spec = importlib.util.spec_from_loader("webkit_check", loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


check = _load_script()


def test_the_collector_comes_before_every_script_of_the_page():
    page = ('<!doctype html><html lang=en><!-- <head> in a comment --><head class=x>'
            '<meta charset=utf-8><script>a()</script></head><body></body></html>')
    out = check.with_collector(page)
    assert out.count(check.COLLECTOR) == 1
    assert out.index("<head class=x>" + check.COLLECTOR) < out.index("<script>a()")
    assert out.replace(check.COLLECTOR, "") == page


def test_the_collector_keeps_the_pages_line_numbers():
    """Errors name a line of the page as served; one line added before the
    page's own would shift them all."""
    assert "\n" not in check.COLLECTOR


def test_every_page_is_visited_but_the_vendored_files(tmp_path):
    for name in ("index.html", "404.html", "faults/index.html", "faults/rounded-back/index.html",
                 "vendor/tracker/index.html", "sw.js", "assets/x.css"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("")
    assert check.page_paths(tmp_path) == ["", "404.html", "faults/",
                                         "faults/rounded-back/"]


@pytest.mark.parametrize(("path", "name"), [("", "home"), ("404.html", "404"),
                                            ("faults/", "faults"),
                                            ("faults/rounded-back/", "faults_rounded-back")])
def test_screenshots_are_named_as_the_chromium_ones(path, name):
    assert check.shot_name(path) == name


@pytest.mark.parametrize(("address", "prefix"), [
    ("https://example.github.io/hip-hinge/", "/hip-hinge/"),
    ("http://127.0.0.1:8000/", "/"),
])
def test_the_site_is_served_at_the_path_it_was_built_for(tmp_path, address, prefix):
    """The 404 page's links start with that path: served at the top, a
    site built for /hip-hinge/ loses its 404 page's stylesheet."""
    (tmp_path / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{address}</loc></url><url><loc>{address}setup/</loc></url></urlset>")
    assert check.site_prefix(tmp_path) == prefix


def test_a_site_without_a_sitemap_is_served_at_the_top(tmp_path):
    assert check.site_prefix(tmp_path) == "/"
