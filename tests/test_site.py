"""The site's shared rules (site.py, context.py): page addresses and the
menu, one rule the build and the tests both use."""

from __future__ import annotations

import pytest

from hinge_guide import site
from hinge_guide.context import flatten_nav

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
