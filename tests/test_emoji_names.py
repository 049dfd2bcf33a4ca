"""Emoji and icon names (checks/emoji_names.py): a misspelt one is named
with the icons close to it."""

from __future__ import annotations

import markdown
import pytest

from hinge_guide.errors import ContentError
from small_inputs import EXTENSIONS

pytestmark = pytest.mark.unit

# Emoji names ------------------------------------------------------------------------

def _with_emoji(text: str) -> str:
    from material.extensions.emoji import to_svg, twemoji

    return markdown.markdown(text, extensions=[*EXTENSIONS, "pymdownx.emoji"], extension_configs={
        "pymdownx.emoji": {"emoji_index": twemoji, "emoji_generator": to_svg}})


@pytest.mark.parametrize("name,hint", [
    (":flexd_biceps:", " Pages show"), (":material-arm-flx:", " Did you mean :material-arm-flex:")])
def test_a_misspelt_emoji_or_icon_name_is_named_with_the_icons_close_to_it(name, hint):
    """pymdownx.emoji leaves a name it doesn't know as typed, without a word."""
    with pytest.raises(ContentError) as caught:
        _with_emoji(f"# T\n\nHinge {name} today.\n")
    assert str(caught.value).startswith(
        f"docs/(text): {name} is not an icon name, so the page would show it as typed.{hint}")
    assert "Pages show the theme's icons, written like :material-arm-flex:" in str(caught.value)


@pytest.mark.parametrize("text", ["Hinge :material-arm-flex: today.", "Rest 1:30:00 between.",
                                  "Write `:flexd_biceps:` for that.", "Ratio 3:2:1, then go.",
                                  "```\n:not_an_emoji:\n```", "At 10:30:pm"])
def test_icons_and_colons_that_are_not_names_pass(text):
    _with_emoji(f"# T\n\n{text}\n")


def test_the_names_come_from_the_emoji_index_setting():
    """The check asks pymdownx.emoji's documented emoji_index setting (a
    function of options and md) for its names, not the extension's insides:
    a custom index is read as the extension reads it."""
    from hinge_guide.checks.emoji_names import emoji_names

    seen = []

    def index(options, md):
        seen.append(options)
        return {"name": "mine", "emoji": {":hinge:": {"unicode": "1f4aa"}},
                "aliases": {":bend:": ":hinge:"}}

    md = markdown.Markdown(extensions=["pymdownx.emoji"], extension_configs={
        "pymdownx.emoji": {"emoji_index": index, "options": {"size": 1}}})
    assert emoji_names(md) == {":hinge:", ":bend:"}
    assert seen[-1] == {"size": 1}
    assert emoji_names(markdown.Markdown()) is None
