"""Which line a message names (context.PageContext.line_of): the line the
mistake is on, not the first line holding the same words."""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

import pytest

from hinge_guide.context import flatten_nav
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


def _mkdocs_page(tmp_path, body: str):
    """A page as MkDocs hands it to Markdown: the front matter and the blank
    lines after it dropped (mkdocs.utils.meta.get_data)."""
    import markdown

    from hinge_guide.context import PageContext, SiteSettings
    from hinge_guide.document import document

    (tmp_path / "a.md").write_text(FRONT + body, encoding="utf-8")
    md = markdown.Markdown()
    document(md).page = PageContext(src="a.md", meta={}, site=SiteSettings(docs_dir=tmp_path),
                                    engine="mkdocs", line_offset=4)
    return md, body.lstrip("\n").split("\n")


def test_a_typo_after_a_pasted_line_separator_is_named_on_its_own_line(tmp_path):
    """The review's case: text pasted from Word into docs/setup.md carries
    U+2028 (a soft line break), which str.splitlines counted as a line
    break and Markdown doesn't, so a misspelt emoji two lines below was
    named two lines too far down."""
    import markdown
    from material.extensions.emoji import to_svg, twemoji

    from hinge_guide.checks.emoji_names import check_emoji_names
    from hinge_guide.context import PageContext, SiteSettings
    from small_inputs import ROOT

    text = (ROOT / "docs" / "setup.md").read_text(encoding="utf-8")
    end = text.index("\n\n", text.index("# "))
    text = text[:end] + " A\u2028B\u2028C" + text[end:] + "\nGo :thumbsupp:\n"
    (tmp_path / "setup.md").write_text(text, encoding="utf-8")
    typo = text.split("\n").index("Go :thumbsupp:") + 1  # as an editor numbers it
    page = PageContext(src="setup.md", meta={}, site=SiteSettings(docs_dir=tmp_path),
                       engine="mkdocs")
    md = markdown.Markdown(extensions=["pymdownx.emoji"], extension_configs={
        "pymdownx.emoji": {"emoji_index": twemoji, "emoji_generator": to_svg}})
    root = etree.fromstring(f"<div>{md.convert('Go :thumbsupp:')}</div>")
    with pytest.raises(ContentError, match=rf"^docs/setup\.md, line {typo}: "):
        check_emoji_names(root, md, "setup.md", page.line_of)


@pytest.mark.parametrize("separator,name", [("\u2028", "U+2028"), ("\u2029", "U+2029")])
def test_a_pasted_line_separator_is_named_on_its_line(tmp_path, separator, name):
    """A soft line break pasted from a word processor: Markdown doesn't break
    the line there, and an editor may not show it."""
    from hinge_guide.checks.source import UnclosedMarkup

    md, lines = _mkdocs_page(tmp_path, f"\n# A\n\nKeep your back long.\nHips back{separator}now.\n")
    expected = (rf"^docs/a\.md, line 9: the line holds an invisible line break "
                rf'\({re.escape(name)}.*right after "Hips back"')
    with pytest.raises(ContentError, match=expected):
        UnclosedMarkup(md).run(lines)


def test_a_second_unclosed_div_is_named_on_its_own_line(tmp_path):
    """The file was searched for the line's words and the first match taken:
    the first <div markdown>, closed, was named for the second."""
    from hinge_guide.checks.source import UnclosedMarkup

    md, lines = _mkdocs_page(tmp_path, "\n# A\n\n<div markdown>\nA\n</div>\n\n<div markdown>\nB\n")
    with pytest.raises(ContentError, match=r"^docs/a\.md, line 12: a <div>"):
        UnclosedMarkup(md).run(lines)


def test_a_misindented_block_is_named_on_its_line_after_a_blank_line(tmp_path):
    """A block's line was its Markdown line plus the front matter: MkDocs
    also drops the blank line after the front matter, so it named the line
    above."""
    from hinge_guide.blocks import BlockIndent

    md, lines = _mkdocs_page(tmp_path, "\n# A\n\n1. Step\n\n   /// note\n   Hi.\n   ///\n")
    with pytest.raises(ContentError, match=r"^docs/a\.md, line 10: the block line"):
        BlockIndent(md).run(lines)


def test_an_unclosed_box_is_named_on_its_opening_line_not_where_its_title_is_first_said(
        tmp_path):
    """The first line holding the box's title was named: here a sentence
    above the box."""
    from hinge_guide.checks.tree import check_tree
    from hinge_guide.context import PageContext, SiteSettings

    (tmp_path / "a.md").write_text(
        FRONT + "# A\n\nThe Grip matters.\n\n/// note | Grip\nText.\n\n## Next\n", encoding="utf-8")
    page = PageContext(src="a.md", meta={}, site=SiteSettings(docs_dir=tmp_path), engine="mkdocs",
                       line_offset=4)
    root = etree.fromstring(
        '<div><h1>A</h1><p>The Grip matters.</p><div class="admonition note">'
        '<p class="admonition-title">Grip</p><p>Text.</p><h2>Next</h2></div></div>')
    with pytest.raises(ContentError, match=r'^docs/a\.md, line 9: the box "Grip" is not closed'):
        check_tree(root, "a.md", {"note"}, None, page.line_of)


def test_a_fault_box_in_a_tab_is_named_on_its_opening_line(tmp_path):
    """Named at the first line holding its title (the tab's own, here),
    though the fault extension knows the box's line exactly. The fault
    extension makes the check: it owns the boxes and their lines."""
    import markdown

    from hinge_guide.context import PageContext, SiteSettings
    from hinge_guide.document import document

    box = ("/// fault | Rounded back\n    attrs: {id: rounded-back}\n\n"
           "**What you see or feel:** It curves.\n\n**Why it matters:** It loads it.\n\n"
           "**The fix:** Go less deep.\n///\n")
    body = "# A\n\n/// tab | Rounded back\n\n" + box + "\n///\n"
    (tmp_path / "a.md").write_text(FRONT + body, encoding="utf-8")
    md = markdown.Markdown(extensions=["attr_list", "pymdownx.blocks.tab", "hinge_guide.faults"])
    document(md).page = PageContext(src="a.md", meta={},
                                    site=SiteSettings(docs_dir=tmp_path, root_dir=tmp_path),
                                    engine="mkdocs", line_offset=4)
    with pytest.raises(ContentError, match=r'^docs/a\.md, line 9: the fault box "Rounded back" '
                                           "sits inside a tab"):
        md.convert(body)


def test_line_of_skips_fenced_code(tmp_path):
    """A stray `/// faut` was named at an example of it in a code block
    higher up the page."""
    from hinge_guide.context import PageContext, SiteSettings

    (tmp_path / "a.md").write_text(
        FRONT + "# A\n\n```\n/// faut\n```\n\n/// faut\n", encoding="utf-8")
    page = PageContext(src="a.md", meta={}, site=SiteSettings(docs_dir=tmp_path), engine="mkdocs",
                       line_offset=4)
    assert page.line_of("/// faut") == ", line 11"
    assert page.line_of("/// faut", nth=2) == ""


def test_a_page_read_for_its_title_names_lines_of_its_file(tmp_path):
    """generate.py threw the front matter's line count away, so a mistake
    found while reading a page's title was named lines too high."""
    from hinge_guide import reader

    config = {"markdown_extensions": ["hinge_guide.faults", "pymdownx.blocks.admonition"]}
    body = "# T\n\n1. One\n\n  /// note\n  x\n  ///\n"
    with pytest.raises(ContentError, match=r"^docs/a\.md, line 9: the block line"):
        reader.page_title(config, "a.md", {}, body, 4)


# The menu, read in both engines' forms ---------------------------------------------

def test_a_page_listed_twice_in_the_menu_is_one_page():
    assert flatten_nav([{"A": "a.md"}, {"B": "a.md"}, {"C": "c.md"}]) == [("A", "a.md"),
                                                                          ("C", "c.md")]


def test_nav_is_read_in_both_engines_forms():
    mkdocs = [{"Home": "index.md"}, {"Part": [{"A": "a.md"}]}, "b.md"]
    zensical = [{"title": "Home", "url": "index.md", "children": []},
                {"title": "Part", "url": None, "children": [
                    {"title": "A", "url": "a.md", "children": []}]}]
    assert flatten_nav(mkdocs) == [("Home", "index.md"), ("A", "a.md"), ("", "b.md")]
    assert flatten_nav(zensical) == [("Home", "index.md"), ("A", "a.md")]


def test_both_engines_read_a_pages_front_matter_alike(tmp_path):
    """The checks see one page's front matter the same under either engine:
    read by the site's strict reader, a reviewed: date is a date in both,
    where Zensical's own parser hands it over as a string."""
    import datetime as dt
    from types import SimpleNamespace

    from hinge_guide.context import _from_mkdocs, _from_zensical

    text = "---\ndescription: Setup.\nreviewed: 2026-11-25\n---\n\n# Setup\n"
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/setup.md").write_text(text, encoding="utf-8")
    file = SimpleNamespace(content_string=text, src_uri="setup.md")
    config = SimpleNamespace(config_file_path=None, site_name="T", site_author=None,
                             copyright=None, site_url=None, docs_dir=str(tmp_path / "docs"),
                             nav=None, extra={}, markdown_extensions=[], mdx_configs={})
    page = SimpleNamespace(path="setup.md", meta={"description": "Setup.",
                                                  "reviewed": "2026-11-25"})
    mkdocs = _from_mkdocs(file, config)
    zensical = _from_zensical(page, {"root_dir": str(tmp_path), "site_name": "T"})
    assert mkdocs.meta == zensical.meta == {"description": "Setup.",
                                            "reviewed": dt.date(2026, 11, 25)}
    assert mkdocs.line_offset == zensical.line_offset == 4
