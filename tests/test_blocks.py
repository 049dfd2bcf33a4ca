"""Boxes, headings and numbered lists as Markdown reads them (blocks.py,
checks/tree.py): a box indented wrongly, left open, or a second H1, is named
instead of building a page that reads differently from what was typed."""

from __future__ import annotations

import markdown
import pytest

from hinge_guide.errors import ContentError
from small_inputs import EXTENSIONS, FAULT, convert

pytestmark = pytest.mark.unit


def test_a_block_indented_three_spaces_under_a_step_says_how_to_indent():
    steps = "1. One\n\n" + "\n".join("   " + line if line else line
                                     for line in FAULT.strip().splitlines()) + "\n\n2. Two\n"
    with pytest.raises(ContentError, match=r"line 3: .* indented 3 spaces.*4 spaces"):
        convert(steps)


def test_a_block_indented_four_spaces_under_a_step_stays_in_the_list():
    steps = "1. One\n\n" + "\n".join("    " + line if line else line
                                     for line in FAULT.strip().splitlines()) + "\n\n2. Two\n"
    html = convert(steps)
    assert html.count("<ol>") == 1 and "<details" in html


@pytest.mark.parametrize("fence", ["```", "~~~~"])
def test_a_block_shown_in_fenced_code_is_code_not_a_misindented_block(fence):
    """A page that shows how to write a box, in a fenced code example,
    indented under a step or not."""
    example = f"{fence}markdown\n  /// tip | Title\n  Text.\n  ///\n{fence}\n"
    steps = "1. One\n\n" + "".join(f"    {line}\n" for line in example.splitlines()) + "\n2. Two\n"
    for text in (example, steps):
        html = markdown.markdown(text, extensions=[*EXTENSIONS, "pymdownx.superfences"])
        assert "/// tip | Title" in html and "admonition" not in html


def test_any_block_indented_three_spaces_is_refused_not_only_a_fault_box():
    steps = "1. One\n\n   /// tip | Shortcut\n   Text.\n   ///\n\n2. Two\n"
    with pytest.raises(ContentError, match=r"^docs/\(text\), line 3: the block line "
                                           r'"/// tip \| Shortcut" is indented 3 spaces'):
        markdown.markdown(steps, extensions=["hinge_guide.checks", "pymdownx.blocks.admonition"])


def test_two_h1s_are_refused():
    with pytest.raises(ContentError, match=r"second H1.*## Two"):
        convert("# One\n\ntext\n\n# Two\n")


def test_a_second_h1_is_named_in_its_own_words_beside_a_permalink():
    """With toc's permalink, the message read '# Another titleamppara;'."""
    with pytest.raises(ContentError, match=r'second H1, "# Hips & knees, bent"\.'):
        markdown.markdown("# One\n\n# Hips &amp; knees, *bent*\n", extensions=[
            *EXTENSIONS, "toc"], extension_configs={"toc": {"permalink": True}})


@pytest.mark.parametrize("text,restart", [
    ("1. Stand tall.\n\n" + FAULT.strip() + "\n\n2. Push your hips back.\n", (13, 2)),
    ("1. One.\n2. Two.\n\n## Next\n\n3. Three.\n", (6, 3)),
    ("Some words.\n\n4. A list that starts at four.\n", (3, 4)),
])
def test_a_numbered_list_that_would_restart_at_1_is_found(text, restart):
    from hinge_guide.blocks import restarted_list

    assert restarted_list(text.splitlines()) == restart
    with pytest.raises(ContentError, match=f"step {restart[1]} starts a new numbered list"):
        convert(text)


@pytest.mark.parametrize("text", [
    "1. One.\n2. Two.\n",
    "1. One.\nstill step one, lazily.\n2. Two.\n",
    "1. One.\n\n    " + FAULT.strip().replace("\n", "\n    ") + "\n\n2. Two.\n",
    "1. One.\n\n    More about one.\n\n2. Two.\n",
])
def test_a_list_that_carries_on_is_not_a_restart(text):
    from hinge_guide.blocks import restarted_list

    assert restarted_list(text.splitlines()) is None


def test_a_box_left_open_is_named_not_built_holding_the_rest_of_the_page():
    """Markdown closes a block at the end of the page: a /// note without
    its /// line held every section after it, and the page built."""
    page = ("# Page\n\n/// note | An honest word\n\nSome words.\n\n"
            "## Where you feel it\n\nMore words.\n")
    with pytest.raises(ContentError, match=r'the box "An honest word" is not closed: it runs on '
                                           r'into the section "Where you feel it"'):
        markdown.markdown(page, extensions=[*EXTENSIONS, "toc"],
                          extension_configs={"toc": {"permalink": True}})
    closed = page.replace("Some words.\n\n", "Some words.\n\n///\n\n")
    markdown.markdown(closed, extensions=[*EXTENSIONS, "toc"])
