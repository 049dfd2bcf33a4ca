"""The site's own names and addresses (site.py): one rule each, which the
build, the generate step and the tests all use."""

from __future__ import annotations

import re

import pytest

from hinge_guide import site
from small_inputs import ROOT

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("src,url", [("index.md", ""), ("setup.md", "setup/"),
                                     ("sub/index.md", "sub/"), ("sub/page.md", "sub/page/")])
def test_page_urls_are_directory_urls(src, url):
    assert site.page_url(src) == url


def test_the_tests_use_the_sites_page_url():
    import conftest

    assert conftest.page_url is site.page_url


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


@pytest.mark.parametrize("src,home", [("index.md", True), ("setup.md", False),
                                      ("sub/index.md", False)])
def test_the_home_page_is_the_one_at_the_sites_own_address(src, home):
    assert site.is_homepage(src) is home


def test_a_share_page_is_titled_by_its_fault():
    assert site.share_title("Rounded back") == "Rounded back: the fix"


@pytest.mark.parametrize("text,kind", [
    ("Breathe out <script>", "HTML"), ("See [this](x.md)", "link"), ("Use `code`", "backtick"),
    ("A *big* breath", "emphasis"), ("_this_ one", "emphasis"), ("{{ tempo }}", "macro"),
    ("one\ntwo", "line break"),
])
def test_markup_in_a_coachs_sentence_is_named(text, kind):
    assert kind in (site.markup_in(text) or "")


def test_plain_words_and_a_name_with_an_underscore_are_not_markup():
    assert site.markup_in("Hinge at the hips & keep a flat back; floor_barbell.") is None
