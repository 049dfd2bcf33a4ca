"""What a coach types on a page that shipped wrong or gave a wrong message,
found on the second bad-input pass: a footnote, a tab without a title, two
checklist items alike, tags without the tags plugin, and a glossary term
ending in a bracket."""

from __future__ import annotations

import re

import markdown
import pytest

from hinge_guide import glossary
from hinge_guide.checks.theme_files import check_tags
from hinge_guide.errors import ContentError

pytestmark = pytest.mark.unit

CHECKS = ["attr_list", "md_in_html", "hinge_guide.checks"]


@pytest.mark.parametrize("text", ["A claim.[^1]\n\n[^1]: The source.", "A claim[^source]."])
def test_a_footnote_is_refused_as_shown_as_typed(text):
    """The site has no footnotes extension: [^1] shipped as typed."""
    with pytest.raises(ContentError, match=r"\[\^\w+\] shows as typed: this site has no "
                                           r"footnotes"):
        markdown.markdown(f"# T\n\n{text}\n", extensions=CHECKS)


def test_a_tab_without_a_title_says_so():
    """It said to write `attrs: {id: rounded-back}`, a fault box's setting."""
    with pytest.raises(ContentError, match=r'"/// tab" was left as text: a tab block needs a '
                                           r"title after a \|, e\.g\. /// tab \| In a gym"):
        markdown.markdown("# T\n\n/// tab\nA gym.\n///\n",
                          extensions=[*CHECKS, "pymdownx.blocks.tab"])


def test_two_checklist_items_alike_are_refused():
    """Ticks are kept by an item's words: ticking one ticked both."""
    text = "# T\n\n- [ ] Hips back first.\n- [ ] Back flat.\n- [x] Hips back first.\n"
    with pytest.raises(ContentError, match=r'two checklist items read "Hips back first\."'):
        markdown.markdown(text, extensions=[*CHECKS, "hinge_guide.tasklist"])
    markdown.markdown("# T\n\n- [ ] Hips back first.\n- [ ] Back flat.\n",
                      extensions=[*CHECKS, "hinge_guide.tasklist"])


def test_tags_without_the_tags_plugin_are_refused():
    """Material shows tags only with its plugin: the page showed none."""
    with pytest.raises(ContentError, match=r"^docs/p\.md: the page sets tags:.* add `- tags` "
                                           r"under plugins"):
        check_tags({"tags": ["setup"]}, "p.md", {"plugins": ["search"]})
    check_tags({"tags": ["setup"]}, "p.md", {"plugins": ["search", {"tags": {}}]})
    check_tags({}, "p.md", {"plugins": ["search"]})


def test_a_term_ending_in_a_bracket_is_shown_without_the_bracketed_part():
    """It suggested *[RDL (Romanian]: ..., which ends a word no better."""
    with pytest.raises(ContentError) as caught:
        glossary.read_terms("*[RDL (Romanian)]: A lift.\n", "includes/glossary.md")
    assert re.search(r"e\.g\. \*\[RDL\]: \.\.\.", str(caught.value)), str(caught.value)


def test_a_table_row_with_more_cells_than_columns_is_refused():
    """Markdown dropped "bend a lot" from | Hips | Travel back | bend a lot | ... |
    in a table of three columns, without a word."""
    table = "# T\n\n| Part | Hinge | Squat |\n| --- | --- | --- |\n| Hips | Back | bend | Down |\n"
    with pytest.raises(ContentError, match=r"^docs/\(text\), line 5: a table row has 4 cells "
                                           r"but the table has 3 columns.* write it as \\\|"):
        markdown.markdown(table, extensions=CHECKS)


@pytest.mark.parametrize("row", ["| Hips | Back \\| up | Down |", "| Hips | `a|b` | Down |",
                                 "| Hips | Back |"])
def test_escaped_pipes_code_and_short_rows_pass(row):
    markdown.markdown(f"# T\n\n| Part | Hinge | Squat |\n| --- | --- | --- |\n{row}\n",
                      extensions=[*CHECKS, "tables"])


def test_an_image_without_alt_text_names_its_line():
    """It named the page only: a fault box with a picture among many."""
    import xml.etree.ElementTree as etree

    from hinge_guide.inline_svg import require_alt

    lines = ["# T", "", "![Hips back](images/a.svg)", "", "![](images/a.svg)"]

    def line_of(text: str) -> str:
        found = [n for n, line in enumerate(lines, 1) if text in line]
        return f", line {found[0]}" if found else ""

    with pytest.raises(ContentError, match=r"^docs/p\.md, line 5: the image images/a\.svg has "
                                           r"no alt text"):
        require_alt(etree.Element("img", {"src": "images/a.svg", "alt": ""}), "p.md", line_of)
