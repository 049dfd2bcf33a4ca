"""The site's pages as files (checks/pages.py): a name that breaks its
address, or a blank page, is named."""

from __future__ import annotations

import pytest

from hinge_guide.checks import pages
from hinge_guide.errors import ContentError
from small_inputs import ROOT

pytestmark = pytest.mark.unit

# The site's files as files (checks/pages.py) ----------------------------------------

PAGE = "---\ndescription: Kettlebells.\nreviewed: 2026-11-25\n---\n\n# Kettlebells\n\nText.\n"


@pytest.mark.parametrize("name,text,message", [
    ("new page.md", PAGE, "rename it to new-page.md"),
    ("New-Page.md", PAGE, "rename it to new-page.md"),
    ("übungen.md", PAGE, "rename it to ubungen.md"),
    # The rule and README said hyphens, the check let _ through too.
    ("session_log.md", PAGE, "rename it to session-log.md"),
    ("Drills/hinge.md", PAGE, "rename it to drills,"),
    ("questions.md ", PAGE, "ends with a space"),
    ("kb.MD", PAGE, "Rename it to kb.md"),
    ("kb.md", "", "no words after its front matter"),
    ("kb.md", "---\ndescription: Kettlebells.\nreviewed: 2026-11-25\n---\n\n", "ship blank"),
])
def test_a_page_name_that_breaks_its_address_or_a_blank_page_is_named(
        tmp_path, name, text, message):
    (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        pages.check_pages(tmp_path)
    assert message in str(caught.value)


def test_the_sites_own_pages_pass_the_name_and_words_check():
    pages.check_pages(ROOT / "docs")
