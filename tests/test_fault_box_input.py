"""Fault boxes a coach writes nearly right (hinge_guide/faults/): a label
typed another way and a second fault index are named, with the line and
the fix (found on the second bad-input pass)."""

from __future__ import annotations

import markdown
import pytest

from hinge_guide.errors import ContentError
from small_inputs import ROOT

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


@pytest.mark.parametrize("key,fix", [
    ("data-old-anchor", "Did you mean data-old-anchors?"),
    ("old_anchors", "Did you mean data-old-anchors?"),
    ("data-old-ids", "Did you mean data-old-anchors?"),
    ("data-note", "A fault box reads only id and data-old-anchors: remove it."),
])
def test_a_data_setting_the_box_does_not_read_is_named_with_the_nearest(tmp_path, key, fix):
    """data-old-anchor, one letter short, built: the old link stopped
    opening the box, and the generate step then blamed a missing
    data-old-anchors the coach could see they had written."""
    text = BOX.replace("attrs: {id: rounded-back}", f"attrs: {{id: rounded-back, {key}: bent}}")
    with pytest.raises(ContentError) as caught:
        _read(tmp_path, text)
    assert str(caught.value) == (f'docs/a.md, line 7: the fault box "Rounded back" has {key}, '
                                 f"which nothing reads. {fix}")
    with pytest.raises(ContentError, match="which nothing reads"):
        markdown.markdown(text, extensions=EXTENSIONS)  # the build's extensions too


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


def test_the_index_page_is_found_once_per_version_of_the_menus_pages(tmp_path,
                                                                      monkeypatch):
    """Every share page asks which page holds the index: the menu's pages
    are read once, not once per share page, and read again after an edit."""
    import os

    from hinge_guide.context import PageContext, SiteSettings
    from hinge_guide.faults import share

    (tmp_path / "setup.md").write_text("# Setup\n")
    faults = tmp_path / "faults.md"
    faults.write_text("# Faults\n\n<!-- fault-index -->\n")
    site = SiteSettings(docs_dir=tmp_path, nav=[("Setup", "setup.md"), ("Faults", "faults.md")])
    reads = []
    real = share.read_text
    monkeypatch.setattr(share, "read_text", lambda path, where: reads.append(where) or real(
        path, where))
    for src in ("faults/a.md", "faults/b.md", "faults/c.md"):
        page = PageContext(src=src, meta={}, site=site, engine="mkdocs")
        assert share.fault_index_src(page) == "faults.md"
    assert reads == ["docs/setup.md", "docs/faults.md"]
    faults.write_text("# Faults, with no index\n")
    os.utime(faults, ns=(faults.stat().st_mtime_ns + 10**9,) * 2)
    assert share.fault_index_src(page) is None


# Blocks left open in and around a fault box (faults/box.py, faults/lines.py) -------

def _read(docs, text: str):
    """The fault boxes of docs/a.md holding text, read as the build reads
    them (the fault reader, which names lines of the file)."""
    from hinge_guide.faults.read import read_faults

    (docs / "a.md").write_text("---\ndescription: A.\n---\n\n# A\n" + text, encoding="utf-8")
    config = {"markdown_extensions": ["attr_list", "md_in_html", "hinge_guide.faults",
                                      "pymdownx.blocks.caption"]}
    return read_faults(docs, ["a.md"], config)


CAPTIONED = BOX.replace("\n**What you see", "\n![A back.](images/x.svg)\n/// caption\n"
                        "Your back, side on.\n///\n\n**What you see")


def test_a_caption_left_open_in_a_box_is_named_not_a_missing_part(tmp_path):
    """The caption took the parts under it (the box's own /// closed it), and
    the message said the box "needs exactly one 'What you see or feel' part",
    which was right there."""
    assert len(_read(tmp_path, CAPTIONED)) == 1
    open_caption = CAPTIONED.replace("side on.\n///\n", "side on.\n")
    lines = ("---\ndescription: A.\n---\n\n# A\n" + open_caption).split("\n")
    caption = lines.index("/// caption") + 1
    with pytest.raises(ContentError) as caught:
        _read(tmp_path, open_caption)
    assert str(caught.value).startswith(
        f'docs/a.md, line {caption}: the caption in the fault box "Rounded back" is not '
        """closed, so it holds the box's "What you see or feel" part. End the caption""")
    assert "needs exactly one" not in str(caught.value)


def test_a_caption_left_open_in_a_guide_box_is_named_on_its_line(tmp_path):
    """The review's case: Rushing the rep's caption, on Movement, without its /// ."""
    from hinge_guide.config import load_config
    from hinge_guide.faults.read import read_faults

    text = (ROOT / "docs/movement.md").read_text(encoding="utf-8")
    lines = text.split("\n")
    box = lines.index("/// fault | Rushing the rep")
    caption = next(n for n in range(box, len(lines)) if lines[n] == "/// caption")
    closing = next(n for n in range(caption, len(lines)) if lines[n] == "///")
    (tmp_path / "movement.md").write_text("\n".join(lines[:closing] + lines[closing + 1:]),
                                          encoding="utf-8")
    with pytest.raises(ContentError, match=rf'^docs/movement\.md, line {caption + 1}: the '
                                           'caption in the fault box "Rushing the rep" is not'):
        read_faults(tmp_path, ["movement.md"], load_config(ROOT))


def test_a_box_left_open_at_the_end_of_its_page_is_named_on_its_first_line(tmp_path):
    """Markdown closes it there, and nothing else after it showed the slip:
    the README says the build stops, and it built."""
    with pytest.raises(ContentError, match=r'^docs/a\.md, line 7: the fault box "Rounded back" '
                                           "is not closed: it runs to the end of the page"):
        _read(tmp_path, BOX.rstrip().removesuffix("///"))
    with pytest.raises(ContentError, match=r"^docs/a\.md, line 7: .* runs to the end"):
        _read(tmp_path, CAPTIONED.rstrip().removesuffix("///"))
    # A /// in fenced code in the box closes nothing; the box's own does.
    assert len(_read(tmp_path, BOX.replace("\n**The fix:**", "\n```text\n///\n```\n\n"
                                                               "**The fix:**"))) == 1
    with pytest.raises(ContentError, match="runs to the end"):
        _read(tmp_path, BOX.replace("\n**The fix:**", "\n```text\n///\n```\n\n**The fix:**")
              .rstrip().removesuffix("///"))
