"""The site's shared rules (site.py, context.py): page addresses, the menu
and the site's own names, one rule the build and the tests all use."""

from __future__ import annotations

import re

import pytest

from hinge_guide import site
from hinge_guide.context import flatten_nav
from small_inputs import ROOT

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("src,url", [("index.md", ""), ("setup.md", "setup/"),
                                     ("sub/index.md", "sub/"), ("sub/page.md", "sub/page/")])
def test_page_urls_are_directory_urls(src, url):
    assert site.page_url(src) == url


def test_the_tests_use_the_sites_page_url():
    import conftest

    assert conftest.page_url is site.page_url


def test_a_page_listed_twice_in_the_menu_is_one_page():
    assert flatten_nav([{"A": "a.md"}, {"B": "a.md"}, {"C": "c.md"}]) == [("A", "a.md"),
                                                                          ("C", "c.md")]


def test_the_sites_own_names_are_told_apart_by_one_rule():
    """hh- marks the site's own classes, ids and animation names: a figure's
    other names are renamed apart, a fault's id may not take it. The rule
    is site.is_site_name; a module that tests the prefix itself is found."""
    from hinge_guide.site import SITE_PREFIX, is_site_name

    assert is_site_name(f"{SITE_PREFIX}fig-body") and not is_site_name("st0")
    package = ROOT / "hinge_guide"
    own_test = re.compile(r"""startswith\(\s*["']hh-["']\s*\)""")
    found = [path.relative_to(package).as_posix() for path in sorted(package.rglob("*.py"))
             if path.name != "site.py" and own_test.search(path.read_text(encoding="utf-8"))]
    assert not found, f"use site.is_site_name in {found}"


def test_nav_is_read_in_both_engines_forms():
    mkdocs = [{"Home": "index.md"}, {"Part": [{"A": "a.md"}]}, "b.md"]
    zensical = [{"title": "Home", "url": "index.md", "children": []},
                {"title": "Part", "url": None, "children": [
                    {"title": "A", "url": "a.md", "children": []}]}]
    assert flatten_nav(mkdocs) == [("Home", "index.md"), ("A", "a.md"), ("", "b.md")]
    assert flatten_nav(zensical) == [("Home", "index.md"), ("A", "a.md")]
