"""Material's stylesheets (theme_css.py, checks/settings.py): the palette
cut to the site's colours, and the stylesheets read from Material's base
template, so another version of Material stops the build."""

from __future__ import annotations

import pytest

from hinge_guide.checks.settings import check_material_styles
from hinge_guide.errors import ContentError
from small_inputs import ROOT as ROOT_DIR

pytestmark = pytest.mark.unit


def test_material_palette_keeps_only_the_colours_the_site_uses():
    from hinge_guide import theme_css

    css = ("[data-md-color-scheme=slate]{--md-hue:232}"
           "[data-md-color-primary=red]{--md-primary-fg-color:red}"
           "[data-md-color-primary=red],[data-md-color-primary=custom] .x{color:red}"
           "@media screen{[data-md-color-accent=teal] .md-search{color:teal}"
           "[data-md-color-scheme=slate] .y{color:blue}}"
           "@media print{[data-md-color-primary=white] .z{color:#fff}}")
    out = theme_css.used_palette(css, {"primary": {"custom"}, "accent": {"custom"}})
    assert "[data-md-color-scheme=slate]{--md-hue:232}" in out
    assert "[data-md-color-primary=custom] .x" in out, "a rule for a used colour stays whole"
    assert "--md-primary-fg-color:red" not in out and "teal" not in out
    assert "@media screen{[data-md-color-scheme=slate] .y{color:blue}}" in out
    assert "@media print" not in out, "an emptied block goes too"
    config = {"theme": {"palette": [{"primary": "custom"}, {"primary": "deep orange"}]}}
    assert theme_css.used_colours(config) == {"primary": {"custom", "deep-orange"},
                                               "accent": {"indigo"}}


def test_material_stylesheets_are_read_from_its_base_template():
    from hinge_guide import theme_css

    base = ("<link href=\"{{ 'assets/stylesheets/main.0a1b.min.css' | url }}\">"
            "<link href=\"{{ 'assets/stylesheets/palette.ff00.min.css' | url }}\">")
    assert theme_css.stylesheet_paths(base) == ("assets/stylesheets/main.0a1b.min.css",
                                                "assets/stylesheets/palette.ff00.min.css")
    with pytest.raises(ContentError, match="theme_css.py"):
        theme_css.stylesheet_paths(base.replace("palette", "colours"))


def test_a_link_to_another_materials_stylesheet_stops_the_build(tmp_path):
    from hinge_guide import theme_css

    partial = tmp_path / theme_css.PARTIAL
    partial.parent.mkdir(parents=True)
    partial.write_text((ROOT_DIR / theme_css.PARTIAL).read_text())
    check_material_styles(tmp_path)  # the committed one is current
    partial.write_text("<link rel=\"stylesheet\" href=\"{{ 'assets/stylesheets/main.0000.min.css' "
                       "| url }}\">")
    with pytest.raises(ContentError, match="another version of Material.*python -m hinge_guide"):
        check_material_styles(tmp_path)
