"""The pages the templates link to (checks/template_pages.py): each named
by its file under docs/, so a renamed page stops the build naming the
template and its line, instead of shipping a link to nothing."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from hinge_guide.checks.template_pages import _page_literals, check_template_pages
from hinge_guide.errors import ContentError
from small_inputs import ROOT

pytestmark = pytest.mark.unit

IMPORT = '{% from "partials/hh-page.html" import hh_page %}\n'


def _project(tmp_path: Path, template: str) -> Path:
    """A project with one page (docs/setup.md) and one template of its own."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/setup.md").write_text("# Setup\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: T\ntheme:\n  name: material\n  custom_dir: overrides\n", encoding="utf-8")
    (tmp_path / "overrides/partials").mkdir(parents=True)
    (tmp_path / "overrides/partials/note.html").write_text(template, encoding="utf-8")
    return tmp_path


def test_every_page_the_sites_templates_link_to_is_there():
    """Fails when a template links to a page docs/ doesn't have, or types a
    page's address by hand."""
    check_template_pages(ROOT, ROOT / "docs")
    named = set()
    for path in (ROOT / "overrides").rglob("*.html"):
        tree = jinja2.Environment().parse(path.read_text(encoding="utf-8"))
        named |= {text for _, text, _ in _page_literals(tree)}
    # the search finds them: the safety pointer and the 404 page's way back
    assert {"safety.md", "index.md", "movement.md", "faults.md"} <= named


def test_a_template_naming_a_page_docs_lacks_names_the_template_and_line(tmp_path):
    root = _project(tmp_path, IMPORT + "<p>\n<a href=\"{{ hh_page('gone.md') | url }}\">x</a>\n")
    check = r"^overrides/partials/note\.html, line 3: links to docs/gone\.md, which isn't there"
    with pytest.raises(ContentError, match=check):
        check_template_pages(root, root / "docs")
    (root / "overrides/partials/note.html").write_text(
        IMPORT + "<a href=\"{{ hh_page('setup.md') | url }}\">x</a>\n", encoding="utf-8")
    check_template_pages(root, root / "docs")


@pytest.mark.parametrize("typed", ["setup/", ".", "setup.md", ""])
def test_a_page_address_typed_by_hand_is_refused(tmp_path, typed):
    root = _project(tmp_path, f"<a href=\"{{{{ '{typed}' | url }}}}\">x</a>\n")
    with pytest.raises(ContentError, match=r"line 1: links to the address .* typed by hand.*"
                                           r"hh_page\('setup\.md'\) \| url"):
        check_template_pages(root, root / "docs")


@pytest.mark.parametrize("asset", ["sw.js", "assets/apple-touch-icon.png", "site.webmanifest"])
def test_a_file_the_theme_loads_is_not_a_page(tmp_path, asset):
    root = _project(tmp_path, f"<link href=\"{{{{ '{asset}' | url }}}}\">\n")
    check_template_pages(root, root / "docs")


@pytest.mark.parametrize("call", ["hh_page(name)", "hh_page('setup/')", "hh_page()"])
def test_hh_page_takes_a_page_file_in_quotes(tmp_path, call):
    root = _project(tmp_path, IMPORT + f"{{{{ {call} | url }}}}\n")
    with pytest.raises(ContentError, match=r"line 2: hh_page\(\) takes a page's file"):
        check_template_pages(root, root / "docs")
