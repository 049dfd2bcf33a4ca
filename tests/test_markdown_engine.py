"""The engine under the extensions: the pinned mkdocs and pymdownx, and the
extensions that count on each other, stop the build by name when they
change or go missing, instead of skipping checks."""

from __future__ import annotations

import re

import markdown
import pytest

from hinge_guide.errors import ContentError
from small_inputs import EXTENSIONS

pytestmark = pytest.mark.unit

# The engine under the extensions ------------------------------------------------

def _with_relpath(processor_attrs: dict) -> markdown.Markdown:
    """A Markdown instance with a "relpath" treeprocessor holding only attrs,
    as a changed MkDocs might register it."""
    from markdown.treeprocessors import Treeprocessor

    md = markdown.Markdown(extensions=EXTENSIONS)
    relpath = type("Changed", (Treeprocessor,), {"run": lambda self, root: None})(md)
    relpath.__dict__.update(processor_attrs)
    md.treeprocessors.register(relpath, "relpath", 0)
    return md


@pytest.mark.parametrize("attrs,missing", [
    ({}, "file"),
    ({"file": object(), "config": object()}, "src_uri"),
])
def test_a_changed_mkdocs_link_rewriter_stops_the_build_instead_of_skipping_checks(attrs,
                                                                                 missing):
    """Without the page's file and config, every page and site check would
    be skipped in silence: say which MkDocs the project pins, and what
    changed."""
    from hinge_guide.pins import pinned

    with pytest.raises(ContentError) as caught:
        _with_relpath(attrs).convert("# A\n\nText.\n")
    message = str(caught.value)
    assert f"mkdocs=={pinned('mkdocs')}" in message and "requirements.in" in message
    assert missing in message and "relpath" in message


def test_a_pymdownx_without_its_blocks_list_says_what_changed(monkeypatch):
    """The checks read pymdownx's undocumented list of blocks: if it goes, the
    build names the pinned version instead of an AttributeError."""
    from hinge_guide.blocks import registered_blocks

    md = markdown.Markdown(extensions=EXTENSIONS)
    assert "fault" in registered_blocks(md)
    monkeypatch.delattr(md.parser.blockprocessors["blocks"], "blocks")
    with pytest.raises(ContentError, match=r"^requirements\.in: the build runs pymdown-extensions "
                                           r"\S+; the project pins pymdown-extensions==\S+\. "
                                           "Its blocks processor lists its blocks as .blocks"):
        registered_blocks(md)


# Extensions other extensions count on --------------------------------------------------

@pytest.mark.parametrize("name", ["hinge_guide.checks", "hinge_guide.glossary"])
def test_an_extension_counted_on_is_missed_by_name(name):
    """Removed from mkdocs.yml, either built without a word: with
    hinge_guide.checks gone, every check went with it."""
    from hinge_guide.site_extensions import require_extension

    require_extension(markdown.Markdown(extensions=[name]), name)
    with pytest.raises(ContentError, match=rf"no longer lists {re.escape(name)}, "):
        require_extension(markdown.Markdown(extensions=["hinge_guide.faults"]), name)
