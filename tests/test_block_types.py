"""Block types (checks/tree.py): the admonition types come from the
admonition settings, and a misspelt block marker is refused."""

from __future__ import annotations

import markdown
import pytest

from hinge_guide.checks.tree import admonition_types
from hinge_guide.errors import ContentError
from small_inputs import render

pytestmark = pytest.mark.unit


def test_admonition_types_come_from_the_admonition_settings():
    md = markdown.Markdown(extensions=["pymdownx.blocks.admonition", "hinge_guide.checks"],
                           extension_configs={"pymdownx.blocks.admonition": {"types": ["tip"]}})
    md.convert("x")
    assert admonition_types(md) == {"tip", "fault"}
    with pytest.raises(ContentError, match='"nite"'):
        md.convert("/// admonition | T\n    type: nite\n\nx\n///\n")


def test_a_stray_block_marker_is_refused():
    with pytest.raises(ContentError, match="misspelt"):
        render("/// faut | T\n\nx\n///\n", "hinge_guide.checks")
