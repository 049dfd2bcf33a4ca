"""A page's front-matter settings the theme reads, `hide:` and `status:`
(hinge_guide/checks/theme_files.py): a misspelt value is refused with the
page, the line and the values the installed theme knows, read from the
theme itself."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hinge_guide.checks.theme_files import (
    check_hide,
    check_page_theme_settings,
    check_status,
    hide_values,
    material_statuses,
    status_values,
    theme_folders,
)
from hinge_guide.errors import ContentError

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parent.parent


def _line(pattern: re.Pattern[str]) -> str:
    """A page whose line 2 sets whichever key the check looks for."""
    assert pattern.match("hide: x") or pattern.match("status: x") or pattern.match("icon: x")
    return ", line 2"


def test_the_values_are_read_from_the_installed_material():
    """Material has no list of them in Python: its templates test each part
    (`"toc" in page.meta.hide`) and its stylesheet styles each status. Had
    an upgrade changed how, the reading would find none and refuse every
    page, or find them elsewhere: this ties the two to the Material
    installed, by the values its documentation names."""
    assert {"navigation", "toc", "footer", "tags", "path", "feedback"} <= hide_values(
        theme_folders(ROOT))
    assert {"new", "deprecated"} <= material_statuses()


@pytest.mark.parametrize("hide,message", [
    (["navigaton"], r"^docs/p\.md, line 2: hide: lists 'navigaton', which is not a part the "
                    r"theme can hide.* Did you mean navigation\? Use any of .*navigation"),
    (["toc", "footers"], r"lists 'footers'.*Did you mean footer\?"),
    ("toc", r"^docs/p\.md, line 2: hide: 'toc' is one word, not a list.*e\.g\. hide: \[toc\]"),
    ("navigation, toc", r"is one word, not a list"),
    ({"toc": True}, r"not a list"),
    ([42], r"lists 42"),
])
def test_a_hide_value_the_theme_does_not_know_is_refused(hide, message):
    """The theme ignored each, and showed the part it was meant to hide."""
    with pytest.raises(ContentError, match=message) as caught:
        check_page_theme_settings({"hide": hide}, "p.md", ROOT, _line)
    for part in ("feedback", "footer", "navigation", "path", "tags", "toc"):
        assert part in str(caught.value)


@pytest.mark.parametrize("hide", [None, [], ["toc"], ["navigation", "toc", "footer"]])
def test_hide_values_the_theme_knows_pass(hide):
    check_hide({"hide": hide}, "p.md", hide_values(theme_folders(ROOT)))


@pytest.mark.parametrize("status,message", [
    ("nwe", r"^docs/p\.md, line 2: status: 'nwe' is not a status the theme shows.* Did you "
            r"mean new\? Use one of .*deprecated.*new"),
    ("Deprecated", r"Did you mean deprecated\?"),
    (["new"], r"status: \['new'\] is not a status"),
])
def test_a_status_the_theme_does_not_show_is_refused(status, message):
    """The menu drew no mark for it, without a word."""
    with pytest.raises(ContentError, match=message):
        check_page_theme_settings({"status": status}, "p.md", ROOT, _line)


def test_statuses_of_material_and_of_the_site_pass(tmp_path):
    check_status({"status": "new"}, "p.md", status_values(ROOT))
    (tmp_path / "mkdocs.yml").write_text("site_name: T\nextra:\n  status:\n    beta: In beta\n",
                                         encoding="utf-8")
    check_status({"status": "beta"}, "p.md", status_values(tmp_path))
    with pytest.raises(ContentError, match="status: 'beta'"):
        check_status({"status": "beta"}, "p.md", status_values(ROOT))


def test_a_template_or_icon_names_its_line():
    with pytest.raises(ContentError, match=r"^docs/p\.md, line 2: icon: 'material/dumbel'"):
        check_page_theme_settings({"icon": "material/dumbel"}, "p.md", ROOT, _line)
