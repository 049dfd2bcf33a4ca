"""Emoji names a coach types (``:muscle:``), checked by
hinge_guide/checks/emoji_names.py: each mistake is named as typed, with its
line and the nearest names that work."""

from __future__ import annotations

import xml.etree.ElementTree as etree

import markdown
import pytest

from hinge_guide.checks.emoji_names import check_emoji_names
from hinge_guide.errors import ContentError

pytestmark = pytest.mark.unit


def _check(text: str) -> None:
    """Render text with the site's emoji settings, then check it as page p.md,
    whose line 3 holds whatever the check looks for."""
    from material.extensions.emoji import to_svg, twemoji

    md = markdown.Markdown(extensions=["pymdownx.emoji"], extension_configs={
        "pymdownx.emoji": {"emoji_index": twemoji, "emoji_generator": to_svg}})
    root = etree.fromstring(f"<div>{md.convert(text)}</div>")
    check_emoji_names(root, md, "p.md", lambda needle: ", line 3")


@pytest.mark.parametrize("name,char", [(":muscle:", "\U0001f4aa"), (":+1:", "\U0001f44d"),
                                       (":smile:", "\U0001f604")])
def test_an_emoji_name_is_named_as_typed_with_the_emoji_to_type_instead(name, char):
    """An emoji's name becomes a picture from another site: the message was
    about a CDN address, with no line and not a word of what was typed."""
    with pytest.raises(ContentError) as caught:
        _check(f"Hinge {name} today.")
    message = str(caught.value)
    assert message.startswith(f"docs/p.md, line 3: you typed {name}, an emoji's name.")
    assert f"Type the emoji itself instead, {char}" in message
    assert "http" not in message.split("listed at")[0]  # no CDN address to puzzle over


@pytest.mark.parametrize("name,nearest", [
    (":musle:", "\U0001f4aa for :muscle:"),
    (":flexd_biceps:", "\U0001f4aa for :flexed_biceps:"),
    (":arm-flex:", "Did you mean :material-arm-flex:?"),
    (":material-arm-flx:", "Did you mean :material-arm-flex:"),
])
def test_a_misspelt_name_is_named_with_the_nearest_names_that_work(name, nearest):
    with pytest.raises(ContentError) as caught:
        _check(f"Hinge {name} today.")
    message = str(caught.value)
    assert message.startswith(f"docs/p.md, line 3: {name} is not an icon name")
    assert nearest in message
    assert f"Put it in backticks: `{name}`" in message


def test_an_icon_and_an_emoji_typed_as_itself_pass():
    _check("Hinge :material-arm-flex: today \U0001f4aa, at 10:30:45.")
