"""Generated files match their sources: `python -m hinge_guide --check`.

The cards, icons, manifest, favicon, theme colour and the palette block of
extra.css are drawn from the pages' front matter and hinge_guide/palette.py,
and committed so both engines ship them without running this code. A
change to a source without a fresh `python -m hinge_guide` fails here.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT, copy_project

pytestmark = pytest.mark.slow


def check(project) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "hinge_guide", "--check"], cwd=project,
                          capture_output=True, text=True, timeout=300)


def test_generated_files_are_fresh():
    result = check(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_changed_source_makes_them_stale(tmp_path):
    """A new green in the palette and a new description: every file drawn
    from them is listed as stale, and the committed files are untouched."""
    from hinge_guide import palette as committed

    project = copy_project(tmp_path / "project")
    palette = project / "hinge_guide/palette.py"
    old_green = committed.GREEN
    new_green = "#123456" if old_green.lower() != "#123456" else "#654321"
    text = palette.read_text()
    assert f'GREEN = "{old_green}"' in text, "palette.GREEN is no longer one literal"
    palette.write_text(text.replace(f'GREEN = "{old_green}"', f'GREEN = "{new_green}"'))
    page = project / "docs/setup.md"
    text = page.read_text()
    prefix = 'description: "' if 'description: "' in text else "description: "
    page.write_text(text.replace(prefix, prefix + "New. ", 1))
    before = {path: path.read_bytes() for path in (ROOT / "docs").rglob("*") if path.is_file()}
    result = subprocess.run([sys.executable, "-c", "import sys; sys.path.insert(0, '.'); "
                             "from hinge_guide.generate import main; sys.exit(main(['--check']))"],
                            cwd=project, capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stdout + result.stderr
    for stale in ("docs/assets/previews/setup.png", "docs/site.webmanifest",
                  "docs/stylesheets/extra.css", "overrides/partials/hh-extra-css.html",
                  "overrides/partials/hh-theme-color.html"):
        assert f"stale: {stale}" in result.stdout, result.stdout
    # Only listed: --check writes nothing, in the copy or here.
    assert json.loads((project / "docs/site.webmanifest").read_text())["theme_color"] == old_green
    assert {path: path.read_bytes() for path in (ROOT / "docs").rglob("*")
            if path.is_file()} == before


def _box(*images: str):
    import xml.etree.ElementTree as etree

    from hinge_guide.faults.box import Fault

    element = etree.Element("details")
    for src in images:
        etree.SubElement(element, "img", {"src": f"images/{src}.svg"})
    return Fault(src="movement.md", id="x", title="X", element=element)


def test_a_share_card_draws_the_figures_its_box_shows():
    """A box with both sides of a pair shares as fault beside fix; a box
    with one figure (or one side of a pair) shares that figure's pose, not
    a pair it doesn't show; a box with none shares as words."""
    from figures import FAULT_FIGURES
    from figures.catalogue import build_catalogue
    from hinge_guide.generate import preview_of

    POSED = build_catalogue().posed
    pair = "fault-rounded-back"
    both = preview_of(_box(f"{pair}-fault", f"{pair}-fix"), FAULT_FIGURES)
    assert both == {"preview_figure": FAULT_FIGURES[pair].fault,
                    "preview_fix_figure": FAULT_FIGURES[pair].fix, "preview_pair": pair}
    one_side = preview_of(_box(f"{pair}-fix"), FAULT_FIGURES)
    assert one_side == {"preview_figure": POSED[f"{pair}-fix"][0]}
    assert preview_of(_box("rung-5"), FAULT_FIGURES) == {"preview_figure": POSED["rung-5"][0]}
    # the rep's strip: four small bodies; its card draws its thumbnail's one
    # body with speed lines as the fault, beside that body still as the fix
    assert preview_of(_box("cue-strip"), FAULT_FIGURES) == {
        "preview_figure": "bottom", "preview_fix_figure": "bottom",
        "preview_fault_marks": ["rush"]}
    assert preview_of(_box(), FAULT_FIGURES) == {}
    assert preview_of(_box("a-photo-of-a-coach"), FAULT_FIGURES) == {}


def test_every_figure_a_card_can_draw_names_a_real_pose_and_marks():
    """Each a pose and marks of one view: a side view's from figures/poses.py
    and figures/marks.py, a front view's from figures/front.py."""
    from figures import views
    from figures.catalogue import build_catalogue

    catalogue = build_catalogue()
    assert set(catalogue.posed) <= set(catalogue.figures)
    for name, (pose, marks) in catalogue.posed.items():
        view = views.view_of(pose)  # KeyError for a pose no view has
        assert set(marks) <= set(view.mark_names), name


def test_the_generate_step_reads_a_fix_as_the_build_does(tmp_path):
    """An emoji shortcode in a fix: the share page's description (written by
    the generate step) and the fault index (read at build time) give the
    same first sentence, because both read the boxes with one reader."""
    from bs4 import BeautifulSoup

    from conftest import build
    from hinge_guide import generate
    from hinge_guide.page_meta import split_front_matter

    project = tmp_path / "project"
    (project / "docs").mkdir(parents=True)
    shutil.copy(ROOT / "method.yml", project)  # the share page's lines
    (project / "mkdocs.yml").write_text(
        "site_name: T\nnav:\n  - Home: index.md\n  - A: a.md\n  - Faults: faults.md\n"
        "not_in_nav: |\n  /faults/\nmarkdown_extensions:\n  - attr_list\n"
        "  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
        "      emoji_generator: !!python/name:material.extensions.emoji.to_svg\n"
        "  - hinge_guide.faults\n", encoding="utf-8")
    (project / "docs/index.md").write_text("# T\n", encoding="utf-8")
    (project / "docs/faults.md").write_text("# Faults\n\n<!-- fault-index -->\n",
                                           encoding="utf-8")
    (project / "docs/a.md").write_text(
        "# A\n\n/// fault | Rounded back\n    attrs: {id: rounded-back}\n\n"
        "**What you see or feel:** Your back curves.\n\n**Why it matters:** It loads it.\n\n"
        "**The fix:** :material-check: Stop where it starts to round. Then build up.\n///\n",
        encoding="utf-8")
    for path, data in generate.share_pages(project).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    share = (project / "docs/faults/rounded-back.md").read_text(encoding="utf-8")
    description = split_front_matter(share, "share page")[0]["description"]
    result = build(project, project / "site")
    assert result.returncode == 0, result.stderr
    index = BeautifulSoup((project / "site/faults/index.html").read_text(), "html.parser")
    line = index.select_one("article li .hh-fault-row__fix, [role=main] li .hh-fault-row__fix")
    assert line.get_text() == description == "Stop where it starts to round."


def test_a_cards_title_is_the_pages_title_as_its_h1_renders(tmp_path):
    """A page outside the menu without a title setting goes by its H1, as
    MkDocs reads it: rendered, so **bold** and an {#id} don't show on its
    card as typed. A page that doesn't start with its H1 goes by its file's
    name, as in MkDocs; the home page by its H1 (the menu calls it Home), as
    overrides/main.html shares it."""
    from hinge_guide import generate

    project = tmp_path / "project"
    (project / "docs").mkdir(parents=True)
    (project / "mkdocs.yml").write_text(
        "site_name: Hinge Notes\nnav:\n  - Home: index.md\n"
        "markdown_extensions:\n  - attr_list\n  - toc:\n      permalink: true\n",
        encoding="utf-8")
    (project / "docs/index.md").write_text("# Learn the *hinge* &amp; more\n",
                                           encoding="utf-8")
    (project / "docs/extra.md").write_text(
        "---\ndescription: More.\n---\n\n# The **hip** hinge &amp; you {#custom-id}\n\nText.\n",
        encoding="utf-8")
    (project / "docs/warm-up.md").write_text("Text first.\n\n# Before you start\n",
                                          encoding="utf-8")
    titles = {page.src: page.title for page in generate.pages(project)}
    assert titles == {"index.md": "Learn the hinge & more", "extra.md": "The hip hinge & you",
                      "warm-up.md": "Warm up"}


def test_a_python_name_setting_that_cannot_be_imported_names_the_setting():
    import pytest

    from hinge_guide import reader
    from hinge_guide.config import PythonName
    from hinge_guide.errors import ContentError

    config = {"markdown_extensions": [
        {"pymdownx.emoji": {"emoji_index": PythonName("material.extensions.emoji.twemojj")}}]}
    with pytest.raises(ContentError, match="mkdocs.yml: pymdownx.emoji's setting emoji_index "
                                           r"names material\.extensions\.emoji\.twemojj"):
        reader.extensions(config)
    names, _ = reader.extensions({"markdown_extensions": ["attr_list", "hinge_guide.glossary"]})
    assert names == ["toc", "tables", "fenced_code", "attr_list"]


def test_one_run_of_the_generate_step_follows_a_renamed_fault(tmp_path):
    """The Pages workflow runs the generate step once: a renamed fault's old
    share page went, but its old card was drawn again and stayed, and
    --check then failed the deploy until a second run. Renamed by the book
    (data-old-anchors), one run writes the new share page and card, keeps
    the old ones, and lists the new links."""
    project = copy_project(tmp_path / "project")
    page = project / "docs/movement.md"
    text = page.read_text(encoding="utf-8")
    before = "{id: rounded-back, data-old-anchors: going-too-deep}"
    after = "{id: back-rounding, data-old-anchors: rounded-back going-too-deep}"
    assert before in text
    page.write_text(text.replace(before, after), encoding="utf-8")

    def generate(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "hinge_guide", *args], cwd=project,
                              capture_output=True, text=True, timeout=300,
                              env={**os.environ, "PYTHONPATH": str(project)})

    assert generate().returncode == 0
    result = generate("--check")
    assert result.returncode == 0, result.stdout + result.stderr
    previews = project / "docs/assets/previews"
    assert (previews / "faults-back-rounding.png").is_file()
    assert (previews / "faults-rounded-back.png").is_file()
    assert "canonical: faults/back-rounding/" in (
        project / "docs/faults/rounded-back.md").read_text(encoding="utf-8")
    links = (project / "published-links.txt").read_text(encoding="utf-8").splitlines()
    assert links[-2:] == ["movement/#back-rounding", "faults/back-rounding/"]


def test_a_fault_renamed_without_its_old_anchor_stops_the_generate_step(tmp_path):
    """Its share page and its link on the page were removed without a word;
    they are published links, so the step stops and names the line."""
    project = copy_project(tmp_path / "project")
    page = project / "docs/movement.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("{id: knees-caving-in}", "{id: knees-falling-in}"),
                    encoding="utf-8")
    result = check(project)
    assert result.returncode == 1
    assert "published-links.txt, line " in result.stderr
    assert "movement/#knees-caving-in is a link this site has published" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_reworded_generated_mark_still_marks_the_share_pages_as_written_here(tmp_path,
                                                                              monkeypatch):
    """share_page wrote its own header, leftovers() and pages() looked for
    GENERATED_MARK: reword the mark, and every old share page read as a
    coach's own page, refused and never removed."""
    from hinge_guide import generate

    (tmp_path / "docs/faults").mkdir(parents=True)
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: T\nnav:\n  - A: a.md\nmarkdown_extensions:\n  - attr_list\n"
        "  - hinge_guide.faults\n", encoding="utf-8")
    (tmp_path / "docs/a.md").write_text(
        "# A\n\n/// fault | Rounded back\n    attrs: {id: rounded-back}\n\n"
        "**What you see or feel:** Your back curves.\n\n**Why it matters:** It loads it.\n\n"
        "**The fix:** Stop where it starts to round.\n///\n", encoding="utf-8")
    monkeypatch.setattr(generate, "GENERATED_MARK", "# Made by the generate step")
    written = generate.share_pages(tmp_path)
    for path, data in written.items():
        path.write_bytes(data)
    assert [p.name for p in written] == ["rounded-back.md"]
    assert generate.leftovers(tmp_path, set()) == list(written)  # gone once its box is
    assert [page.src for page in generate.pages(tmp_path, generated={})] == ["a.md"]
