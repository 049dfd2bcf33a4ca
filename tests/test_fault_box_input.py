"""Fault boxes a coach writes nearly right (hinge_guide/faults/): a label
typed another way and a second fault index are named, with the line and
the fix (found on the second bad-input pass)."""

from __future__ import annotations

import markdown
import pytest

from hinge_guide.errors import ContentError

pytestmark = pytest.mark.unit

EXTENSIONS = ["attr_list", "md_in_html", "hinge_guide.faults", "hinge_guide.checks",
              "pymdownx.blocks.admonition"]
BOX = """
/// fault | Rounded back
    attrs: {id: rounded-back}

**What you see or feel:** Your back curves.

**Why it matters:** It loads the discs.

**The fix:** Go less deep.
///
"""


@pytest.mark.parametrize("typed,label", [
    ("**The Fix:**", "The fix"),
    ("**The fix**:", "The fix"),
    ("The fix:", "The fix"),
    ("**What you see or feel**:", "What you see or feel"),
    ("**why it matters:**", "Why it matters"),
])
def test_a_label_typed_another_way_is_named_as_typed(typed, label):
    """It said the box "needs exactly one 'The fix' part", which it seemed to have."""
    text = BOX.replace(f"**{label}:**", typed)
    with pytest.raises(ContentError) as caught:
        markdown.markdown(text, extensions=EXTENSIONS)
    message = str(caught.value)
    words = typed.strip("*:").removesuffix("**")  # as the page reads it: here, no file lines
    assert f"starts a part with {words!r}" in message, message
    assert f'not read as its "{label}" part. Write the label exactly as **{label}:**' in message


def test_a_box_written_right_passes():
    markdown.markdown(BOX, extensions=EXTENSIONS)


def test_a_second_fault_index_is_refused():
    """Two markers listed every fault twice, each anchor with it."""
    with pytest.raises(ContentError, match=r"holds <!-- fault-index --> 2 times, so it would "
                                           r"list every fault 2 times.* Keep one"):
        markdown.markdown("# Faults\n\n<!-- fault-index -->\n\nText.\n\n<!-- fault-index -->\n",
                          extensions=EXTENSIONS)


@pytest.mark.parametrize("text,expected", [
    (BOX.replace("attrs: {id: rounded-back}", "attrs: {id: rounded-back, class: big}"),
     'the fault box "Rounded back" has the class "big"'),
    ("/// details | More on depth\n    type: notee\n\nWords.\n///\n",
     'the box "More on depth" has the class "notee"'),
])
def test_a_class_the_site_does_not_style_names_its_box(text, expected):
    """It said 'an admonition has the type "big"', naming neither the box
    nor where the class came from."""
    with pytest.raises(ContentError) as caught:
        markdown.markdown(text, extensions=[*EXTENSIONS, "pymdownx.blocks.details"])
    assert expected in str(caught.value)
    assert "a class of your own starts with hh-" in str(caught.value)


@pytest.mark.parametrize("typed", [
    "<!--fault-index-->",
    "<!-- Fault-Index -->",
    "<!-- fault_index -->",
    "<!--  fault index  -->",
    "See below. <!-- fault-index -->",
])
def test_a_fault_index_marker_typed_nearly_right_stops_with_the_line(typed):
    """<!--fault-index--> passed the extension check, then rendered as a
    plain comment: the page listed no faults, and nothing said why."""
    with pytest.raises(ContentError) as caught:
        markdown.markdown(f"# Faults\n\nText.\n\n{typed}\n", extensions=EXTENSIONS)
    message = str(caught.value)
    assert message.startswith("docs/(text), line 5: "), message
    assert f'"{typed}" looks like the fault-index marker' in message
    assert message.endswith("on a line of its own: <!-- fault-index -->")


def test_a_fault_index_marker_shown_as_code_is_not_read():
    """A page may show the marker as an example, in a code span or block."""
    html = markdown.markdown(
        "# Faults\n\nWrite `<!--fault-index-->`.\n\n```\n<!--fault-index-->\n```\n",
        extensions=EXTENSIONS + ["fenced_code"])
    assert "fault-index" in html


def test_every_reader_of_the_marker_uses_one_rule():
    """The preprocessor, the share pages' "see all faults" link and the
    extension check each read the marker: one spelling passes all three."""
    from hinge_guide.blocks import FAULT_INDEX
    from hinge_guide.site_extensions import PAGE_USES

    faults_use = next(use for use in PAGE_USES if use.name == "hinge_guide.faults")
    assert FAULT_INDEX.matches(f"  {FAULT_INDEX.text} ")
    assert not FAULT_INDEX.nearly(FAULT_INDEX.text)
    for near in ("<!--fault-index-->", "<!-- FAULT-INDEX -->"):
        assert not FAULT_INDEX.matches(near) and FAULT_INDEX.nearly(near)
        assert faults_use.use.search(near), near


def test_the_index_page_is_the_one_with_the_marker_outside_code(tmp_path):
    """A page showing the marker in a code block is not Common faults."""
    from hinge_guide.context import PageContext, SiteSettings
    from hinge_guide.faults.share import fault_index_src

    (tmp_path / "writing.md").write_text("# Writing\n\n```\n<!-- fault-index -->\n```\n")
    (tmp_path / "faults.md").write_text("# Faults\n\n<!-- fault-index -->\n")
    site = SiteSettings(docs_dir=tmp_path, nav=[("Writing", "writing.md"), ("Faults", "faults.md")])
    page = PageContext(src="writing.md", meta={}, site=site, engine="mkdocs")
    assert fault_index_src(page) == "faults.md"
