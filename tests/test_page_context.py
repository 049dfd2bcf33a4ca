"""Which line a message names (context.PageContext.line_of): the line the
mistake is on, not the first line holding the same words."""

from __future__ import annotations

import xml.etree.ElementTree as etree

import pytest

from hinge_guide.errors import ContentError

pytestmark = pytest.mark.unit


FRONT = "---\ndescription: A.\nreviewed: 2026-11-25\n---\n"


@pytest.mark.parametrize("first", ["Setup and feet", "Setup"])
def test_a_second_h1_is_named_on_its_own_line(tmp_path, first):
    """The first line holding "# Setup" was named: the first H1's."""
    from hinge_guide.checks.tree import check_tree
    from hinge_guide.context import PageContext, SiteSettings

    (tmp_path / "a.md").write_text(FRONT + f"# {first}\n\nText.\n\n# Setup\n", encoding="utf-8")
    page = PageContext(src="a.md", meta={}, site=SiteSettings(docs_dir=tmp_path), engine="mkdocs",
                       line_offset=4)
    root = etree.fromstring(f"<div><h1>{first}</h1><p>Text.</p><h1>Setup</h1></div>")
    with pytest.raises(ContentError, match=r"^docs/a\.md, line 9: the page has a second H1"):
        check_tree(root, "a.md", set(), None, page.line_of)


def test_line_of_finds_the_nth_line_holding_its_words(tmp_path):
    from hinge_guide.context import PageContext, SiteSettings

    (tmp_path / "a.md").write_text("one\ntwo\none\n", encoding="utf-8")
    page = PageContext(src="a.md", meta={}, site=SiteSettings(docs_dir=tmp_path), engine="mkdocs")
    assert page.line_of("one") == ", line 1"
    assert page.line_of("one", nth=2) == ", line 3"
    assert page.line_of("one", nth=3) == ""


def test_a_page_read_outside_an_engine_names_no_line(tmp_path):
    """Callers each spelt "no line for a bare page" as a lambda of their own
    shape; PageContext.line_of says it once, so a check takes page.line_of
    whatever the engine."""
    from hinge_guide.context import PageContext, SiteSettings

    (tmp_path / "a.md").write_text("one\n", encoding="utf-8")
    page = PageContext(src="a.md", meta={}, site=SiteSettings(docs_dir=tmp_path), engine="bare")
    assert page.line_of("one") == ""


def test_an_empty_heading_is_named_on_its_line(tmp_path):
    """The empty-heading finder is a pattern for page.line_of, not a file
    reader of its own."""
    from hinge_guide.checks import _EMPTY_HEADING
    from hinge_guide.checks.left_as_text import check_left_as_text
    from hinge_guide.context import PageContext, SiteSettings

    (tmp_path / "a.md").write_text(FRONT + "# A\n\nText.\n\n## \n", encoding="utf-8")
    page = PageContext(src="a.md", meta={}, site=SiteSettings(docs_dir=tmp_path), engine="mkdocs",
                       line_offset=4)
    root = etree.fromstring("<div><h1>A</h1><p>Text.</p><h2></h2></div>")
    with pytest.raises(ContentError, match=r"^docs/a\.md, line 9: "):
        check_left_as_text(root, "a.md", page.line_of, lambda: page.line_of(_EMPTY_HEADING))
