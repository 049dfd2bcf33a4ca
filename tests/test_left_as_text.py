"""Markdown the page would show as typed (checks/left_as_text.py)."""

from __future__ import annotations

import xml.etree.ElementTree as etree

import markdown
import pytest

from hinge_guide.errors import ContentError
from small_inputs import EXTENSIONS

pytestmark = pytest.mark.unit

# Markdown shown as typed (checks/left_as_text.py) ----------------------------------

@pytest.mark.parametrize("text,message", [
    ('!!! note "Heads up"\n    Some text.\n', "/// note | Heads up"),
    ("??? tip\n    More.\n", "/// tip | Title"),
    ("Some line\n| a | b |\n| --- | --- |\n| c | d |\n", "a blank line above its first row"),
    ("| a | b |\n| c | d |\n", "| --- | --- | under its first row"),
    ("1. Step\n\n    <!-- Draft.\n\n    More. -->\n", "Delete the text instead"),
    ("See [setup]().\n", "[setup](setup.md)"),
    ("See [setup][setup-page].\n", "no line on the page defines that reference"),
    ("# Title\n\n## \n\nText.\n", "a heading has no words"),
    ("Down for { method.tempo.down_seconds } s.\n", "two braces each side"),
])
def test_markdown_the_page_would_show_as_typed_is_named_with_the_fix(text, message):
    with pytest.raises(ContentError) as caught:
        markdown.markdown(text, extensions=[*EXTENSIONS, "tables", "toc"])
    assert message in str(caught.value)


def test_a_macro_left_in_a_rendered_page_says_the_macros_plugin_is_off():
    from hinge_guide.checks.left_as_text import check_left_as_text

    root = etree.fromstring("<div><p>Down for {{ method.tempo.down_seconds }} s.</p></div>")
    with pytest.raises(ContentError, match="the macros plugin is not on"):
        check_left_as_text(root, "setup.md", macros_ran=True)
    check_left_as_text(root, "setup.md", macros_ran=False)  # a plain read: not run yet


@pytest.mark.parametrize("text", [
    "| a | b |\n| --- | --- |\n| c | d |\n",
    "1. Step\n\n    <!-- one paragraph, hidden -->\n\n    Text.\n",
    "Write `!!! note` or `{ method.x }` or `[a][b]` in code.\n",
    "```\n| a | b |\n| c | d |\n```\n",
    "A set {of words} and [sic] and a link [setup](setup.md).\n",
    "## Heading\n\nText.\n",
])
def test_markdown_that_reads_as_meant_passes(text):
    markdown.markdown(text, extensions=[*EXTENSIONS, "tables", "toc"])
