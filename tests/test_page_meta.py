"""A page's front matter split from its Markdown (page_meta.py): front
matter the engines would read as none stops, naming the file, the line and
the fix. What the front matter says is checked in test_front_matter.py."""

from __future__ import annotations

import pytest

from hinge_guide.errors import ContentError
from hinge_guide.page_meta import body_start, split_front_matter

pytestmark = pytest.mark.unit

# Its shape --------------------------------------------------------------------

@pytest.mark.parametrize("text,message", [
    ("---\n- a\n- b\n---\nbody", "not a list"),
    ("---\nThis page is about setup\n---\nbody", "not a sentence"),
    ("---\ndescription: [oops\n---\nbody", "not valid YAML"),
    ("---\ndescription: Setup: feet\nreviewed: 2026-11-25\n---\nbody", "line 2"),
])
def test_front_matter_that_is_not_settings_names_the_file_and_what_to_write(text, message):
    with pytest.raises(ContentError, match="docs/setup.md") as caught:
        split_front_matter(text, "docs/setup.md")
    assert message in str(caught.value)


def test_a_front_matter_key_given_twice_names_both_lines():
    text = "---\ndescription: First.\nreviewed: 2026-11-25\ndescription: Second.\n---\nbody"
    with pytest.raises(ContentError, match=r"^docs/setup\.md, lines 2 and 4: 'description' is "
                                           "given twice.*Keep one"):
        split_front_matter(text, "docs/setup.md")


@pytest.mark.parametrize("day", ["2026-02-30", "2026-13-01"])
def test_a_date_that_does_not_exist_names_the_file_and_line(day):
    text = f"---\ndescription: Setup.\nreviewed: {day}\n---\nbody"
    with pytest.raises(ContentError, match=rf"^docs/setup\.md, line 3: {day} is a date that "
                                           "doesn't exist"):
        split_front_matter(text, "docs/setup.md")


@pytest.mark.parametrize("text,message", [
    ("---\ndescription: Setup.\nreviewed: 2026-11-25\n\n# Setup\n",
     "line 1: the front matter isn't closed. Add a line `---` under its last setting (line 3)"),
    ("\n---\ndescription: Setup.\nreviewed: 2026-11-25\n---\n\n# Setup\n",
     "line 2: the front matter must start on the first line of the file"),
])
def test_front_matter_out_of_place_says_how_to_place_it_not_no_description(text, message):
    """Missed, the front matter would read as none: 'the page has no description'."""
    with pytest.raises(ContentError, match="^docs/setup.md, ") as caught:
        split_front_matter(text, "docs/setup.md")
    assert message in str(caught.value)


def test_a_page_without_front_matter_reads_as_none():
    assert split_front_matter("# Title\n\n---\n\ntext\n", "x") == (
        {}, "# Title\n\n---\n\ntext\n", 0)


def test_front_matter_counts_its_lines():
    meta, body, offset = split_front_matter("---\na: 1\nb: 2\n---\n# T\n", "x")
    assert meta == {"a": 1, "b": 2} and body == "# T\n" and offset == 4


# A file saved with a byte-order mark (Windows Notepad) ------------------------------

def test_a_page_saved_with_a_byte_order_mark_keeps_its_front_matter():
    # The build reads such a page (MkDocs drops the mark), but the generate
    # step read no front matter: share pages lost their reviewed date and
    # cards their pose.
    meta, body, offset = split_front_matter(
        "\ufeff---\ndescription: Set up.\nreviewed: 2026-11-25\n---\n\n# Setup\n", "docs/x.md")
    assert meta["description"] == "Set up."
    assert body.strip() == "# Setup" and offset == 4


def test_the_front_matter_is_counted_once_for_the_engines_markdown():
    """What the macros plugin hands over starts after the front matter and
    the blank lines MkDocs drops; when it was not the file's tail (a plugin
    before it had changed it), the count fell back to 0 without a word."""
    assert body_start("---\na: 1\n---\n\n\n# T\n", "x") == 5
    assert body_start("---\na: 1\n---\n# T\n", "x") == 3
    assert body_start("# T\n", "x") == 0
