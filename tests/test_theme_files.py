"""A page's template: and icon: (checks/theme_files.py): one the theme
lacks is named with the names close to it."""

from __future__ import annotations

import pytest

from hinge_guide.errors import ContentError
from small_inputs import ROOT

pytestmark = pytest.mark.unit

# A page's template: and icon: ---------------------------------------------------------

@pytest.mark.parametrize("meta,message", [
    ({"template": "nope.html"}, r"docs/a\.md: template: 'nope\.html' is not a template"),
    ({"template": "mian.html"}, r"Did you mean main\.html"),
    ({"icon": "material/dumbel"}, r"docs/a\.md: icon: 'material/dumbel' .*material/dumbbell"),
    ({"icon": 42}, r"icon: 42 is not an icon"),
])
def test_a_page_template_or_icon_the_theme_lacks_is_named(meta, message):
    """Jinja's TemplateNotFound, with its traceback and no page named, was
    what a misspelt template: or icon: gave."""
    from hinge_guide.checks.theme_files import check_page_theme_settings

    with pytest.raises(ContentError, match=message):
        check_page_theme_settings(meta, "a.md", ROOT)


def test_a_page_template_and_icon_the_theme_has_pass():
    from hinge_guide.checks.theme_files import check_page_theme_settings

    check_page_theme_settings({"template": "main.html", "icon": "material/dumbbell"}, "a.md",
                              ROOT)
    check_page_theme_settings({}, "a.md", ROOT)
