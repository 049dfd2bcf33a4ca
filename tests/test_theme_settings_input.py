"""Theme settings in mkdocs.yml, checked against what the installed
Material has (hinge_guide/checks/theme_files.py, check_theme_settings),
the site's name (checks/settings.py) and an SVG saved without its
namespace (svg_safety.py): found on the second bad-input pass."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from hinge_guide.checks.settings import check_plain_names
from hinge_guide.checks.theme_files import check_theme_settings, material_vocabulary
from hinge_guide.config import load_config
from hinge_guide.context import SiteSettings
from hinge_guide.errors import ContentError
from hinge_guide.svg_safety import check_svg

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parent.parent
CONFIG = load_config(ROOT)


def _theme(**change) -> dict:
    config = copy.deepcopy(CONFIG)
    config["theme"].update(change)
    return config


def _palette(number: int, **change) -> dict:
    config = copy.deepcopy(CONFIG)
    config["theme"]["palette"][number].update(change)
    return config


def test_material_is_read_for_what_it_has():
    """Read from the installed Material's templates, script and stylesheets:
    the names its documentation gives, and no translation key as a feature."""
    known = material_vocabulary()
    assert {"navigation.top", "navigation.instant", "search.highlight", "search.suggest",
            "content.tooltips", "toc.follow", "navigation.footer",
            "content.code.copy"} <= known["features"]
    assert "clipboard.copy" not in known["features"]
    assert {"en", "de", "fr"} <= known["language"]
    assert {"default", "slate"} <= known["scheme"]
    assert {"custom", "teal", "indigo", "deep-orange"} <= known["primary"]
    assert {"custom", "teal"} <= known["accent"]


def test_the_settings_as_committed_pass():
    check_theme_settings(CONFIG, ROOT)


@pytest.mark.parametrize("config,expected", [
    (_theme(language="english"), r"theme\.language is 'english', which is not a language the "
                                 r"theme has.* Use one of: af, "),
    (_theme(features=["navigation.topp"]), r"theme\.features is 'navigation\.topp', which is "
                                           r"not a feature.* Did you mean navigation\.top "),
    (_palette(1, scheme="slat"), r"theme\.palette, entry 2, scheme is 'slat'.* Did you mean "
                                 r"slate\?"),
    (_palette(0, primary="teel"), r"theme\.palette, entry 1, primary is 'teel'.* Did you mean "
                                  r"teal\?"),
    (_palette(0, accent="custon"), r"theme\.palette, entry 1, accent is 'custon', which is not "
                                   r"an accent colour.* Did you mean custom\?"),
])
def test_a_theme_setting_material_lacks_is_named_with_the_nearest(config, expected):
    """A misspelt language stopped the build with Jinja's TemplateNotFound
    and its traceback; the others built without a word, without the feature
    or the dark scheme."""
    with pytest.raises(ContentError, match=expected):
        check_theme_settings(config, ROOT)


def test_a_palette_colour_in_words_passes():
    check_theme_settings(_palette(0, primary="Deep Orange"), ROOT)


@pytest.mark.parametrize("name", ["", "   ", None])
def test_an_empty_site_name_is_refused(name):
    """An empty site_name built a site with no name in its header, tab and
    link previews."""
    with pytest.raises(ContentError, match=r"^mkdocs\.yml: site_name is empty"):
        check_plain_names(SiteSettings(site_name=name))  # type: ignore[arg-type]


def test_an_svg_without_its_namespace_says_to_add_it():
    """It said "it is not SVG (it starts with <svg>)"."""
    with pytest.raises(ContentError, match=r'lacks the SVG namespace.* <svg xmlns='
                                           r'"http://www\.w3\.org/2000/svg" \.\.\.>'):
        check_svg(b"<svg viewBox='0 0 10 10'><rect width='5' height='5'/></svg>", "x.svg")


def test_a_palette_changed_without_the_generate_step_is_named(tmp_path):
    """primary: teal built with the old colours inline: the partial that
    carries Material's palette was written for the colours before."""
    import shutil

    from hinge_guide import theme_css
    from hinge_guide.checks.settings import check_material_styles

    (tmp_path / theme_css.PARTIAL).parent.mkdir(parents=True)
    shutil.copy(ROOT / theme_css.PARTIAL, tmp_path / theme_css.PARTIAL)
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(text, encoding="utf-8")
    check_material_styles(tmp_path)
    (tmp_path / "mkdocs.yml").write_text(text.replace("primary: custom", "primary: teal", 1),
                                         encoding="utf-8")
    with pytest.raises(ContentError, match=r"carries the colours of another palette.* Run "
                                           r"`\.venv/bin/python -m hinge_guide`"):
        check_material_styles(tmp_path)


def test_the_hook_names_a_misspelt_language_before_materials_search_reads_it(tmp_path):
    """Material's search plugin read the language as the build started, and
    stopped with Jinja's TemplateNotFound and its traceback, before any
    page (and so any check) ran."""
    import importlib.util
    from types import SimpleNamespace

    spec = importlib.util.spec_from_file_location("theme_settings",
                                                  ROOT / "hooks/theme_settings.py")
    assert spec is not None and spec.loader is not None
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    assert hook.on_config.mkdocs_priority > 0, "it must run before Material's plugins"
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(text, encoding="utf-8")
    config = SimpleNamespace(config_file_path=str(tmp_path / "mkdocs.yml"))
    assert hook.on_config(config) is config
    (tmp_path / "mkdocs.yml").write_text(text.replace("language: en", "language: english", 1),
                                         encoding="utf-8")
    with pytest.raises(ContentError, match=r"theme\.language is 'english'.* en for English"):
        hook.on_config(config)
