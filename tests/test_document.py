"""What the package notes about the page a Markdown instance renders
(hinge_guide/document.py): a new page starts with nothing of the last."""

from __future__ import annotations

import markdown
import pytest

from hinge_guide.document import document, forget_page
from hinge_guide.reader import new_reader

pytestmark = pytest.mark.unit

# The site's own extensions, as mkdocs.yml lists them.
SITE_EXTENSIONS = ["hinge_guide.faults", "hinge_guide.glossary", "hinge_guide.inline_svg",
                   "hinge_guide.tasklist", "hinge_guide.tables", "hinge_guide.checks"]


def test_forgetting_a_page_forgets_its_title():
    """forget_page cleared the fault boxes and lines but kept the H1's
    words, so an instance used again carried the last page's title."""
    md = markdown.Markdown()
    noted = document(md)
    noted.title, noted.faults, noted.source = "Last page", [], ["# Last page"]
    forget_page(md)
    assert (noted.title, noted.faults, noted.source) == (None, [], None)


def test_a_reader_used_again_keeps_no_title_from_the_last_page():
    md = new_reader({"markdown_extensions": ["attr_list"]})
    md.convert("# Setup\n\nWords.\n")
    assert document(md).title == "Setup"
    md.reset()
    md.convert("Words, and no heading.\n")
    assert document(md).title is None


# Registered to be found, not reset: a share page looks the glossary up
# among md.registeredExtensions (faults/share.py, words_on_page).
FOUND_BY_OTHERS = {"GlossaryExtension"}


def test_an_extension_registers_itself_to_be_reset_or_found():
    """Python-Markdown calls a registered extension's reset() on md.reset():
    three registered with none, which suggested their page state was
    cleared there, and nothing was (nor needed to be)."""
    md = markdown.Markdown(extensions=SITE_EXTENSIONS)
    ours = [ext for ext in md.registeredExtensions
            if type(ext).__module__.startswith("hinge_guide")]
    assert ours, "no extension of the site's registers itself: nothing resets"
    for ext in ours:
        assert (callable(getattr(ext, "reset", None))
                or type(ext).__name__ in FOUND_BY_OTHERS), type(ext).__module__
