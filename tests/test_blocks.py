"""Boxes, headings and numbered lists as Markdown reads them (blocks.py,
checks/tree.py): a box indented wrongly, left open, or a second H1, is named
instead of building a page that reads differently from what was typed."""

from __future__ import annotations

import os
import subprocess
import sys

import markdown
import pytest

from hinge_guide.errors import ContentError
from small_inputs import EXTENSIONS, FAULT, ROOT, convert

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


# A box in a quote, straight away followed by another box: pymdown-extensions
# 13.1's block parser loops for ever on it. The second is a quoted box with
# the quote's empty last line; the third a box in a quote in a quote.
_QUOTED_THEN_BOX = [
    "> /// note | Watch\n> Text.\n> ///\n/// note | Coaches disagree\nSome.\n///\n",
    "Words.\n\n> /// note | Watch\n> Text.\n> ///\n>\n/// note | B\nSome.\n///\n",
    "> > /// note | Watch\n> > Text.\n> > ///\n/// note | B\nSome.\n///\n",
]


def _convert_within(text: str, extensions: list[str], seconds: float) -> str:
    """What converting text prints, in a process of its own killed after
    seconds: a page that hangs the parser fails the test instead of
    hanging it."""
    script = ("import sys, markdown\nfrom hinge_guide.errors import ContentError\n"
              "try:\n    markdown.markdown(sys.stdin.read(), extensions=sys.argv[1:])\n"
              "except ContentError as error:\n    print(error)\nelse:\n    print('built')\n")
    run = subprocess.run([sys.executable, "-c", script, *extensions], input=text,
                         capture_output=True, text=True, timeout=seconds, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    return run.stdout + run.stderr


@pytest.mark.parametrize("text", _QUOTED_THEN_BOX)
def test_a_box_in_a_quote_is_refused_before_it_can_hang_the_parser(text):
    said = _convert_within(text, ["hinge_guide.checks", "pymdownx.blocks.admonition"], 30)
    first = text.splitlines().index(next(line for line in text.splitlines() if "///" in line))
    assert said.startswith(f"docs/(text), line {first + 1}: a /// block inside a quote "
                           "(a line starting '> '). Boxes don't go inside quotes: take the "
                           "'> ' off the box's lines."), said


@pytest.mark.parametrize("text", [
    "> /// tip | Alone\n> Text.\n> ///\n",
    "1. Step\n\n    > /// tip | In a step\n    > Text.\n    > ///\n",
])
def test_every_box_in_a_quote_is_refused_not_only_one_that_hangs(text):
    with pytest.raises(ContentError, match=r"line \d: a /// block inside a quote"):
        convert(text)


@pytest.mark.parametrize("text", [
    "```markdown\n> /// tip | Shown\n> Text.\n> ///\n```\n",
    "> A quote.\n\n/// tip | After it\nText.\n///\n",
    "> A quote's words that mention /// in passing.\n",
])
def test_a_quote_beside_a_box_or_shown_as_code_is_not_a_box_in_a_quote(text):
    html = markdown.markdown(text, extensions=[*EXTENSIONS, "pymdownx.superfences"])
    assert "<blockquote>" in html or "<code" in html


@pytest.mark.parametrize("text", ["# T\n\nWords.\n\n    Indented by accident.\n",
                                  "# T\n\nWords.\n\n\tA tab first.\n"])
def test_a_paragraph_indented_into_a_code_block_is_named(text):
    """The guide shows no code: four spaces or a tab before a paragraph made
    a grey box of typewriter text, and the build said nothing."""
    with pytest.raises(ContentError, match=r"these lines are indented four spaces or more"):
        convert(text)
