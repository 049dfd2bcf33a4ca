"""A page's template: and icon: (checks/theme_files.py): one the theme
lacks is named with the names close to it."""

from __future__ import annotations

import re

import pytest

from hinge_guide.errors import ContentError
from hinge_guide.pins import pinned
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


# What Material knows, read from its own files ------------------------------------------

def test_a_material_that_moved_what_it_knows_stops_the_build_saying_so(tmp_path, monkeypatch):
    """Material has no Python API for the hide: values and statuses it
    knows: they are read from its templates and stylesheet. A Material
    that writes them otherwise names the pinned version and the file to
    update, instead of refusing every page's hide: or status:."""
    from hinge_guide.checks import theme_files

    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "base.html").write_text(
        "<link href=\"{{ 'assets/stylesheets/main.0a1b.min.css' | url }}\">"
        "<link href=\"{{ 'assets/stylesheets/palette.ff00.min.css' | url }}\">", encoding="utf-8")
    (templates / "assets/stylesheets").mkdir(parents=True)
    (templates / "assets/stylesheets/main.0a1b.min.css").write_text(
        ".md-status--new{}", encoding="utf-8")
    (templates / "main.html").write_text('{% if "toc" in page.meta.hide %}{% endif %}')
    monkeypatch.setattr(theme_files, "material_templates", lambda: templates)
    theme_files.material_statuses.cache_clear()
    pin = re.escape(pinned("mkdocs-material"))
    try:
        with pytest.raises(ContentError, match=r"^requirements\.in: the build runs Material .*"
                                               rf"mkdocs-material=={pin}.*status values.*"
                                               r"\(deprecated not found\).*theme_files\.py"):
            theme_files.material_statuses()
    finally:
        theme_files.material_statuses.cache_clear()
    with pytest.raises(ContentError, match=r"its hide values .*footer, navigation"):
        theme_files._material_hide_values(templates)
