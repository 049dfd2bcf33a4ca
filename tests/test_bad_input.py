"""Bad input stops the build with a message that names the file and the fix.

Each test copies the project, breaks one thing, builds it the way a person
does (`mkdocs build --strict`), and reads the error.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import build, copy_project


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


def edit(project: Path, name: str, old: str, new: str, count: int = 1) -> None:
    path = project / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{name} no longer contains {old!r}; update this test"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def fails(project: Path, *expected: str) -> str:
    result = build(project, project / "site")
    output = result.stdout + result.stderr
    assert result.returncode != 0, f"the build should have failed:\n{output}"
    for text in expected:
        assert text in output, f"{text!r} not in:\n{output}"
    return output


def test_the_unbroken_copy_builds(project):
    result = build(project, project / "site")
    assert result.returncode == 0, result.stderr


def test_page_without_description(project):
    path = project / "docs/setup.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^description:.*\n", "", text, count=1), encoding="utf-8")
    fails(project, "docs/setup.md", "has no description", "description: ...")


def test_description_too_long(project):
    edit(project, "docs/setup.md", "description: ", "description: " + "Long words. " * 20)
    fails(project, "docs/setup.md", "Shorten it to 160")


def test_fault_box_without_its_fix(project):
    edit(project, "docs/movement.md",
         "    **The fix:** Go less deep, use the",
         "    Go less deep, use the")
    fails(project, "docs/movement.md", '"Rounded back"', '"The fix"', "**The fix:**")


def test_fault_box_without_anchor(project):
    edit(project, "docs/setup.md", "    attrs: {id: locked-knees}\n", "")
    fails(project, "docs/setup.md", '"Locked knees"', "attrs: {id:")


def test_two_faults_with_the_same_anchor(project):
    edit(project, "docs/progression.md", "{id: adding-load-too-soon}", "{id: rounded-back}")
    fails(project, "docs/progression.md", "#rounded-back", "docs/movement.md")


def test_broken_link(project):
    edit(project, "docs/index.md", "[Setup](setup.md)", "[Setup](set-up.md)")
    fails(project, "index.md", "set-up.md")


def test_broken_anchor_to_a_fault(project):
    edit(project, "docs/index.md", "movement.md#low-back-doing-the-work",
         "movement.md#low-back-doing-work")
    fails(project, "index.md", "#low-back-doing-work")


def test_image_without_alt_text(project):
    (project / "docs/images").mkdir(exist_ok=True)
    (project / "docs/images/test.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><title>t</title></svg>'
    )
    edit(project, "docs/setup.md", "## 1. Place your feet",
         "## 1. Place your feet\n\n![](images/test.svg)")
    fails(project, "docs/setup.md", "images/test.svg", "has no alt text")


def test_unknown_admonition_type(project):
    edit(project, "docs/index.md", "/// note | An honest word",
         "/// admonition | An honest word\n    type: nite\n")
    fails(project, "docs/index.md", '"nite"', "fault, note, tip, warning")


def test_misspelt_block_name(project):
    edit(project, "docs/movement.md", "/// fault | Rushing the rep", "/// faut | Rushing the rep")
    fails(project, "docs/movement.md", "/// faut", "misspelt")


def test_placeholder_social_link(project):
    edit(project, "mkdocs.yml", "  social: []\n",
         "  social:\n    - icon: material/web\n      link: https://coach.example.org/\n")
    fails(project, "mkdocs.yml", "coach.example.org", "extra.social")


def test_coach_links_show_the_invitation(project):
    edit(project, "mkdocs.yml", "  social: []\n",
         "  social:\n"
         "    - icon: fontawesome/brands/instagram\n"
         "      name: Instagram\n"
         "      link: https://www.instagram.com/hiphingecoach\n")
    result = build(project, project / "site")
    assert result.returncode == 0, result.stderr
    home = BeautifulSoup((project / "site/index.html").read_text(encoding="utf-8"), "html.parser")
    link = home.select_one("article .hh-ask a")
    assert link["href"] == "https://www.instagram.com/hiphingecoach"
    assert link.get_text(strip=True) == "Instagram"
    # Only the home page carries the invitation.
    setup = BeautifulSoup((project / "site/setup/index.html").read_text(), "html.parser")
    assert setup.select_one(".hh-ask") is None


def test_fault_box_not_closed(project):
    path = project / "docs/progression.md"
    text = path.read_text(encoding="utf-8")
    start = text.index("/// fault | Adding weight too soon")
    end = text.index("\n///\n", start)
    path.write_text(text[:end] + "\n" + text[end + 5:], encoding="utf-8")
    fails(project, "docs/progression.md", '"Adding weight too soon"', "not closed")


def test_missing_page_script(project):
    edit(project, "docs/film-yourself.md", "javascripts/checklist.js", "javascripts/checklst.js")
    fails(project, "docs/film-yourself.md", "javascripts/checklst.js", "not in docs/")


def test_unknown_preview_figure(project):
    edit(project, "docs/setup.md", "preview_figure: standing", "preview_figure: standin")
    fails(project, "docs/setup.md", "standin", "use one of")
