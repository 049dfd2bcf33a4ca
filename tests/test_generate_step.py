"""The generate step (python -m hinge_guide): a mistake prints a message,
never a traceback, and it never removes a page a coach wrote."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import copy_project
from hinge_guide.errors import ContentError
from small_inputs import FAULT

pytestmark = pytest.mark.unit


def small_project(tmp_path: Path, page: str) -> Path:
    (tmp_path / "docs/faults").mkdir(parents=True)
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: T\nnav:\n  - A: a.md\nmarkdown_extensions:\n  - attr_list\n"
        "  - hinge_guide.faults\n")
    (tmp_path / "docs/a.md").write_text(page)
    return tmp_path


def test_the_generate_step_prints_a_content_error_without_a_traceback(tmp_path, monkeypatch,
                                                                      capsys):
    from hinge_guide import generate

    monkeypatch.chdir(small_project(tmp_path, FAULT.replace("**The fix:** Go less deep.", "")))
    assert generate.main([]) == 1
    err = capsys.readouterr().err
    assert "docs/a.md" in err and '"The fix" part' in err and "Traceback" not in err


def test_a_coach_page_in_the_share_folder_is_named_never_removed(tmp_path):
    from hinge_guide import generate

    root = small_project(tmp_path, FAULT)
    mine = root / "docs/faults/my-notes.md"
    mine.write_text("# My notes\n")
    old = root / "docs/faults/gone.md"
    old.write_text(f"---\n{generate.GENERATED_MARK} from the fault box in docs/a.md:\n---\n")
    with pytest.raises(ContentError, match="docs/faults/my-notes.md: .*Move your page"):
        generate.leftovers(root, set())
    mine.unlink()
    assert generate.leftovers(root, set()) == [old]
    assert mine.exists() is False and old.exists()


@pytest.mark.parametrize("setting,found", [("", "missing"), ("site_name: [a, b]\n", "['a', 'b']"),
                                           ("site_name: '  '\n", "'  '")])
def test_a_site_name_the_cards_cannot_print_is_named(tmp_path, monkeypatch, capsys, setting,
                                                      found):
    """The cards print site_name; without a usable one the step crashed with
    a KeyError or an AttributeError where MkDocs would give a message."""
    from hinge_guide import generate

    root = small_project(tmp_path, FAULT)
    config = root / "mkdocs.yml"
    config.write_text(config.read_text().replace("site_name: T\n", setting))
    monkeypatch.chdir(root)
    assert generate.main([]) == 1
    err = capsys.readouterr().err
    assert f"mkdocs.yml: site_name is {found}." in err and "Traceback" not in err


@pytest.mark.parametrize("name,where", [
    ("mkdocs.yml", "mkdocs.yml, line 1"),
    ("docs/a.md", "docs/a.md, line 1"),
    ("docs/faults/mine.md", "docs/faults/mine.md, line 1"),
])
def test_a_file_saved_as_latin1_is_named_with_its_line(tmp_path, monkeypatch, capsys, name,
                                                       where):
    """mkdocs.yml, a page, or a page in the share folder saved as Latin-1
    (an editor's default on some computers) stopped the step, which CI runs
    first, with a UnicodeDecodeError and its traceback."""
    from hinge_guide import generate

    root = small_project(tmp_path, FAULT)
    path = root / name
    text = path.read_text(encoding="utf-8") if path.is_file() else "# Mine\n"
    path.write_bytes(b"# Cr\xe8me coach\n" + text.encode("utf-8"))  # byte 4: \xe8
    monkeypatch.chdir(root)
    assert generate.main(["--check"]) == 1
    err = capsys.readouterr().err
    assert f"{where}: byte 4 is not UTF-8" in err and "Save it as UTF-8" in err
    assert "Traceback" not in err


def test_the_figures_step_prints_a_method_error_without_a_traceback(monkeypatch, capsys):
    """The figures take their numbers from method.yml as the drawing starts:
    a bad number there crashed python -m figures with a traceback."""
    from figures import __main__ as figures_main
    from figures.catalogue import build_catalogue
    from hinge_guide import method

    def broken(*args, **kwargs):
        raise ContentError("method.yml: tempo.down_seconds is 99; it must be 1 to 10.")

    monkeypatch.setattr(method, "load", broken)
    build_catalogue.cache_clear()  # listed afresh, with the broken method.yml
    assert figures_main.main(["--check"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("python -m figures: method.yml: tempo.down_seconds is 99")


@pytest.mark.parametrize("args", [[], ["--check"]], ids=["write", "check"])
def test_the_generate_command_names_a_bad_method_yml_without_a_traceback(tmp_path, args):
    """The figure catalogue read method.yml as it was imported, before the
    command's own error handling began: a unit after a number printed a
    traceback, and on every pull request (--check). Run as a coach runs
    it, on a copy."""
    project = copy_project(tmp_path / "project")
    method_yml = project / "method.yml"
    text, count = re.subn(r"down_seconds: [0-9]+", "down_seconds: 3 s",
                          method_yml.read_text(encoding="utf-8"), count=1)
    assert count == 1, "method.yml has no tempo.down_seconds to break"
    method_yml.write_text(text, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "hinge_guide", *args], cwd=project,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert re.search(r"^python -m hinge_guide: method.yml, line \d+: tempo.down_seconds ",
                     result.stderr, re.MULTILINE), result.stderr


@pytest.mark.parametrize("line,named", [
    ("preview_figure: botom", 'preview_figure: "botom" is not a pose. Did you mean bottom?'),
    ("preview_fix_figure: botom", 'preview_fix_figure: "botom" is not a pose.'),
    ("preview_fault_marks: [bak]", 'preview_fault_marks: "bak" is not a mark'),
])
def test_a_misspelt_card_pose_or_mark_is_named_with_its_line(tmp_path, monkeypatch, capsys,
                                                            line, named):
    """The step draws a page's card from its preview_* names: a typo in one
    crashed it with a KeyError from the body model and its traceback."""
    from hinge_guide import generate

    page = f"---\ndescription: A page.\npreview_figure: bottom\n{line}\n---\n\n# A\n"
    if line.startswith("preview_figure"):
        page = page.replace("preview_figure: bottom\n", "")
    monkeypatch.chdir(small_project(tmp_path, page))
    assert generate.main([]) == 1
    err = capsys.readouterr().err
    at = 3 if line.startswith("preview_figure") else 4
    assert f"docs/a.md, line {at}: {named}" in err and "Traceback" not in err


def test_an_old_anchor_keeps_its_share_page(tmp_path):
    """Renaming a fault by the book (data-old-anchors) removed the share page
    at its old id, the faults/<id>/ link README tells coaches to post, and
    nothing failed. The old address keeps a page: the same fault, with the
    fault's own page as its canonical address."""
    from hinge_guide import generate

    project = small_project(tmp_path, FAULT.replace(
        "{id: rounded-back}", "{id: back-rounding, data-old-anchors: rounded-back}"))
    old_page = project / "docs/faults/rounded-back.md"
    old_page.write_text("---\n# Written by `python -m hinge_guide` earlier\n---\n")
    written = generate.share_pages(project)
    assert sorted(p.name for p in written) == ["back-rounding.md", "rounded-back.md"]
    text = written[old_page].decode()
    assert "<!-- fault: back-rounding -->" in text
    assert "\ncanonical: faults/back-rounding/\n" in text
    assert "search:\n  exclude: true\n" in text
    assert "canonical" not in written[project / "docs/faults/back-rounding.md"].decode()
    assert generate.leftovers(project, set(written)) == []



@pytest.mark.parametrize("nav,message", [
    ("  - A: a.md\n  - B: A.md\n", "mkdocs.yml, line 4: nav lists A.md, which is not in docs/ "
                                   "(did you mean a.md?)"),
    ("  - A: a.md\n  - Again: a.md\n", "mkdocs.yml, line 4: a.md is in the menu twice"),
])
def test_a_menu_typo_or_repeat_stops_the_step_before_it_publishes_a_link(tmp_path, monkeypatch,
                                                                         capsys, nav, message):
    """A nav entry naming no file made the step add its address to
    published-links.txt, which never lets a link go: once the typo was
    fixed, every run stopped, blaming a rename that never happened."""
    from hinge_guide import generate, published

    root = small_project(tmp_path, FAULT)
    config = root / "mkdocs.yml"
    config.write_text(config.read_text().replace("  - A: a.md\n", nav))
    (root / published.FILE).write_text(published.HEADER)
    monkeypatch.chdir(root)
    assert generate.main([]) == 1
    assert message in capsys.readouterr().err
    assert (root / published.FILE).read_text() == published.HEADER


def test_a_file_that_already_holds_its_data_is_left_alone(tmp_path):
    """The generate step rewrites only what changed: an unchanged file keeps
    its date, so the build and git see nothing new."""
    from hinge_guide.generate import write_if_changed

    path = tmp_path / "new/folder/card.png"
    assert write_if_changed(path, b"one") is True
    assert path.read_bytes() == b"one"
    path.touch()
    before = path.stat().st_mtime_ns
    assert write_if_changed(path, b"one") is False
    assert path.stat().st_mtime_ns == before
    assert write_if_changed(path, b"two") is True
    assert path.read_bytes() == b"two"


def test_every_output_is_named_in_the_module_docstring():
    """generate.OUTPUTS is the list of what the step writes, and the
    module's docstring is where a newcomer reads it: an output added to one
    is named in the other."""
    from hinge_guide import generate

    doc = generate.__doc__ or ""
    for output in generate.OUTPUTS:
        name = output.path if isinstance(output, generate.File) else output.what
        assert name in doc, f"hinge_guide/generate.py's docstring doesn't name {name}"


def test_the_generate_step_reads_mkdocs_yml_once(monkeypatch):
    """outputs() is handed mkdocs.yml as run() loaded it and passes it down
    to every output: it once loaded it three times more."""
    from conftest import ROOT
    from hinge_guide import generate, icons, preview_cards

    # Drawing the cards takes long, and what they hold is not the question here.
    monkeypatch.setattr(preview_cards, "draw_card", lambda *args, **kwargs: None)
    monkeypatch.setattr(icons, "draw_icon", lambda *args, **kwargs: None)
    monkeypatch.setattr(preview_cards, "png_bytes", lambda *args, **kwargs: b"")
    config = generate.load_config(ROOT)
    loads = []
    monkeypatch.setattr(generate, "load_config", lambda root: loads.append(root) or config)
    assert len(generate.outputs(ROOT, config)) > 20
    assert loads == [], "an output read mkdocs.yml again"
