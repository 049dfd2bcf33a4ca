"""Bad input stops the build with a message that names the file and the fix.

Each test copies the project, breaks one thing, builds it the way a person
does (`mkdocs build --strict`), and reads the error. Each rule is unit-tested
on small strings (the test files named for each rule or module:
test_front_matter.py, test_settings.py, test_macro_text.py and so on); a full build
here is for what only the build shows: that a message reaches the coach
through the engine, and mistakes that span files or settings. A rule whose
unit case already covers it gets no build of its own here.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import (
    ROOT,
    TRICKY_DESCRIPTION,
    TRICKY_TITLE,
    build,
    build_with_zensical,
    copy_project,
    set_tricky_setup_words,
)


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


def test_the_unbroken_copy_builds(coached_site):
    """A copy with a coach set builds (conftest's coached_site): copy_project
    copies all a build needs, so each test below fails for its own reason."""
    assert (coached_site / "index.html").is_file()


def test_page_without_description(project):
    path = project / "docs/setup.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^description:.*\n", "", text, count=1), encoding="utf-8")
    fails(project, "docs/setup.md", "has no description", "description: ...")


def test_fault_box_without_its_fix(project):
    edit(project, "docs/movement.md",
         "    **The fix:** Stop higher: when your hips stop moving back, or the moment",
         "    Stop higher: when your hips stop moving back, or the moment")
    fails(project, "docs/movement.md", '"Rounded back"', '"The fix"', "**The fix:**")


def test_two_faults_with_the_same_anchor(project):
    edit(project, "docs/progression.md", "{id: adding-load-too-soon}", "{id: rounded-back}")
    fails(project, "docs/progression.md", "#rounded-back", "docs/movement.md")


def test_a_broken_link_and_a_broken_fault_anchor_are_each_named(project):
    """The engine reports both at the end of one build (warnings, which
    --strict turns into a failed build), so one build shows both."""
    edit(project, "docs/index.md", "[Setup](setup.md)", "[Setup](set-up.md)")
    edit(project, "docs/index.md", "movement.md#low-back-doing-the-work",
         "movement.md#low-back-doing-work")
    output = fails(project, "index.md", "set-up.md", "#low-back-doing-work")
    assert "Traceback" not in output


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
    fails(project, "docs/setup.md", "standin",
          ', line 3: preview_figure: "standin" is not a pose. Did you mean standing?')


# Front matter that looks like markup ---------------------------------------------

# A menu title and a description are printed as they are (the menu by
# Material as HTML, a description into previews), so the build refuses
# markup in both (tests/test_front_matter.py); quotes, apostrophes, & and
# brackets are fine, and must come out as written in every tag and in the
# structured data. MkDocs' build is the coached copy (conftest), which has
# them. Zensical's is a two-page site with the site's own templates, where
# every one of those tags is written: a copy of the whole site took a
# dozen seconds to build for the one page read here.

def tricky_small_site(project: Path) -> Path:
    """A home page and Setup, built with the site's templates (overrides/),
    with Setup's words made tricky as in the coached copy."""
    shutil.copytree(ROOT / "overrides", project / "overrides")
    front = "---\ndescription: {}\nreviewed: 2026-11-25\n---\n\n# {}\n\nWords.\n"
    (project / "docs").mkdir()
    (project / "docs/index.md").write_text(front.format("A page.", "Hinge notes"))
    (project / "docs/setup.md").write_text(front.format("Where your feet go.", "Setup"))
    (project / "mkdocs.yml").write_text(
        "site_name: Hinge Notes\nsite_url: http://127.0.0.1:8000/\n"
        "theme:\n  name: material\n  custom_dir: overrides\n"
        "nav:\n  - Home: index.md\n  - Setup: setup.md\n"
        "markdown_extensions:\n  - attr_list\n  - md_in_html\n")
    set_tricky_setup_words(project)
    return project


@pytest.fixture(params=["mkdocs", "zensical"])
def tricky_site(request, tmp_path) -> Path:
    if request.param == "mkdocs":
        return request.getfixturevalue("coached_site")
    project = tricky_small_site(tmp_path / "project")
    result = build_with_zensical(project)
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


def test_quotes_ampersands_and_brackets_come_out_as_written(tricky_site):
    raw = (tricky_site / "setup/index.html").read_text(encoding="utf-8")
    page = BeautifulSoup(raw, "html.parser")
    # Nothing from the front matter became an element, let alone a script.
    scripts = [s for s in page.find_all("script") if "alert(1)" in (s.string or "")
               and s.get("type") != "application/ld+json"]
    assert scripts == []
    assert page.title.string.startswith(TRICKY_TITLE)
    meta = {m.get("property") or m.get("name"): m.get("content") for m in page.find_all("meta")}
    assert meta["description"] == meta["og:description"] == TRICKY_DESCRIPTION
    assert meta["og:title"] == TRICKY_TITLE
    ld = page.find("script", type="application/ld+json")
    assert "</script" not in ld.string.lower() and "<!--" not in ld.string
    data = json.loads(ld.string)
    assert data[0]["headline"] == TRICKY_TITLE and data[0]["description"] == TRICKY_DESCRIPTION


# SITE_URL --------------------------------------------------------------------

def test_a_build_without_site_url_stops_and_says_to_set_it(project):
    for value in (None, ""):
        result = build(project, project / "site", env={"SITE_URL": value})
        output = result.stdout + result.stderr
        assert result.returncode != 0 and "Set SITE_URL" in output, output
        assert "Traceback" not in output


def test_a_site_url_copied_with_its_file_name_stops_the_build(project):
    """MkDocs adds a / to SITE_URL before the site's check reads it: the
    check must still see the file name (it once let .../index.html/ into
    every canonical, preview and sitemap address)."""
    result = build(project, project / "site",
                   env={"SITE_URL": "https://example.github.io/hip-hinge/index.html"})
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert ('SITE_URL "https://example.github.io/hip-hinge/index.html" ends in a file name'
            in output and "SITE_URL=https://example.github.io/hip-hinge/" in output), output


def test_serve_keeps_its_local_address_without_site_url(project):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if k != "SITE_URL"}
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--no-livereload",
         "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project, env=dict(env, NO_MKDOCS_2_WARNING="1"),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/setup/", timeout=5) as reply:
                    html = reply.read().decode("utf-8")
                break
            except OSError:
                assert server.poll() is None, "mkdocs serve stopped"
                assert time.monotonic() < deadline, "mkdocs serve never answered"
                time.sleep(0.5)
        canonical = BeautifulSoup(html, "html.parser").find("link", rel="canonical")["href"]
        assert canonical == f"http://127.0.0.1:{port}/setup/"
    finally:
        server.terminate()
        server.wait(timeout=30)


# Content errors --------------------------------------------------------------------

def test_a_byte_that_is_not_utf8_names_the_file(project):
    path = project / "docs/setup.md"
    path.write_bytes(path.read_bytes().replace(b"Place your feet", b"Place your f\xe9et", 1))
    fails(project, "docs/setup.md", "UTF-8")


# A coach's mistakes through the real build (the rules themselves are
# unit-tested in the files named for them) --------------------------------------------

def test_social_written_as_a_string_stops_with_how_to_write_it(project):
    edit(project, "mkdocs.yml", "  social: []\n", "  social: https://www.instagram.com/me\n")
    output = fails(project, "mkdocs.yml", "extra.social must be a list")
    assert "Traceback" not in output


def test_front_matter_that_is_not_valid_yaml_is_named_not_called_missing(project):
    """The engine reads front matter before our checks do: through a real
    build, its YAML error still names the page (the other shapes of bad
    front matter are unit cases in test_front_matter.py)."""
    path = project / "docs/setup.md"
    text = path.read_text(encoding="utf-8")
    front = "---\ndescription: [Set up\nreviewed: 2026-11-25\n---\n"
    path.write_text(front + text[text.index("\n---\n", 4) + 5:], encoding="utf-8")
    output = fails(project, "docs/setup.md", "not valid YAML")
    assert "has no description" not in output and "Traceback" not in output


def test_a_fault_off_the_menu_may_not_take_a_menu_faults_id(project):
    (project / "docs/extra.md").write_text(
        "---\ndescription: Extra.\nreviewed: 2026-11-25\n---\n\n# Extra\n\n"
        "/// fault | Stiff knees\n    attrs: {id: locked-knees}\n\n"
        "**What you see or feel:** Stiff.\n\n**Why it matters:** Sore.\n\n"
        "**The fix:** Bend them.\n///\n", encoding="utf-8")
    edit(project, "mkdocs.yml", "not_in_nav: |\n", "not_in_nav: |\n  /extra.md\n")
    fails(project, "docs/extra.md", "#locked-knees", "docs/setup.md")


def test_a_fault_box_indented_three_spaces_names_the_line(project):
    text = (project / "docs/movement.md").read_text(encoding="utf-8")
    start = text.index("    /// fault |")
    line = text[:start].count("\n") + 1
    edit(project, "docs/movement.md", text[start:start + 15], text[start + 1:start + 15])
    fails(project, f"docs/movement.md, line {line}", "indented 3 spaces", "4 spaces")


def test_a_macro_typo_names_the_line_in_the_file_not_a_traceback(project):
    """The macros plugin runs before any extension: only a build shows that
    its traceback, which counted lines from under the front matter, is
    replaced by the site's message (the rule: test_macro_text.py)."""
    path = project / "docs/setup.md"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    number = next(n for n, line in enumerate(lines, 1) if "{{ method.knees." in line)
    lines[number - 1] = lines[number - 1].replace("{{ method.knees.", "{{ metod.knees.", 1)
    path.write_text("".join(lines), encoding="utf-8")
    output = fails(project, f"docs/setup.md, line {number}: ", "names `metod`",
                   "Did you mean `method`?")
    assert "Traceback" not in output


def test_a_raw_html_link_is_read_from_the_pages_address_in_the_build(project):
    """Raw HTML is stashed away from the engine's link check: only a build
    shows the check reaches it, reading setup.md's links from setup/."""
    edit(project, "docs/setup.md", "\n# Setup\n", '\n# Setup\n\n<a href="movement.md">Next</a>\n')
    fails(project, 'docs/setup.md, line ', 'the <a> href="movement.md" names the Markdown file',
          "it leads to setup/movement.md")
