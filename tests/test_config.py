"""mkdocs.yml as the checks and the generate step read it (config.py)."""

from __future__ import annotations

import pytest

from hinge_guide.config import (
    PythonName,
    check_config_name,
    check_docs_dir,
    check_nav,
    config_line,
    load_config,
)
from hinge_guide.errors import ContentError
from small_inputs import BASE_CONFIG

pytestmark = pytest.mark.unit


def test_mkdocs_yml_reads_as_plain_data_whatever_its_tags(tmp_path):
    """A !!python/name setting keeps its name (the reader imports it, as the
    engines do); a tag only the engines resolve reads as None."""
    (tmp_path / "mkdocs.yml").write_text(BASE_CONFIG, encoding="utf-8")
    config = load_config(tmp_path)
    emoji = config["markdown_extensions"][0]["pymdownx.emoji"]["emoji_index"]
    assert isinstance(emoji, PythonName) and emoji == "material.extensions.emoji.twemoji"
    assert config["site_url"] is None and config["theme"]["features"] == ["navigation.top"]


@pytest.mark.parametrize("text,message", [
    # Worded as method.yml's YAML mistakes are (strict_yaml.not_valid_yaml),
    # with the line: not PyYAML's own text, quoting the file's path.
    ("site_name: [T\n", r"^mkdocs\.yml, line 2: this is not valid YAML \(expected ',' or "
                        r"'\]', but got '<stream end>'\)\. Check the indentation and the colons"),
    ("site_name: T\n  theme: x\n", r"^mkdocs\.yml, line 2: this is not valid YAML \(mapping "
                                  r"values are not allowed here\)\. Check the indentation"),
    ("- site_name\n", r"^mkdocs\.yml must hold settings"),
    ("extra: {}\nsite_name: T\nextra: {}\n", r"^mkdocs\.yml, lines 1 and 3: 'extra' is given"),
])
def test_mkdocs_yml_that_cannot_be_settings_stops_naming_it(tmp_path, text, message):
    (tmp_path / "mkdocs.yml").write_text(text, encoding="utf-8")
    with pytest.raises(ContentError, match=message):
        load_config(tmp_path)


def test_a_config_file_not_named_mkdocs_yml_is_refused_naming_the_fix(tmp_path):
    """`mkdocs build -f other.yml` would build other.yml while the checks
    read mkdocs.yml: refused, naming the file and the rename."""
    with pytest.raises(ContentError, match=r"^dev\.yml: .*Rename dev\.yml to mkdocs\.yml"):
        check_config_name(tmp_path / "dev.yml")
    check_config_name(tmp_path / "mkdocs.yml")


def test_config_line_finds_a_setting_as_written(tmp_path):
    (tmp_path / "mkdocs.yml").write_text(BASE_CONFIG, encoding="utf-8")
    assert config_line(tmp_path, "theme", "font") == ", line 5"
    assert config_line(tmp_path, "theme", "features", "navigation.top") == ", line 7"
    assert config_line(tmp_path, "theme", "features", 0) == ", line 7"
    assert config_line(tmp_path, "site_url") == ", line 2"  # a tag needs no meaning
    assert config_line(tmp_path, "theme", "palette") == ", line 3"  # the deepest found
    assert config_line(tmp_path, "nav") == ""


@pytest.mark.parametrize("setting", [None, "", "docs", "docs/", "./docs"])
def test_the_pages_folder_may_be_written_as_docs_or_left_out(setting, tmp_path):
    """An empty docs_dir: reads as MkDocs' default, docs (the generate step
    once crashed on one)."""
    check_docs_dir(tmp_path, {} if setting is None else {"docs_dir": setting})


def test_another_pages_folder_is_refused_naming_the_line_and_the_fix(tmp_path, monkeypatch,
                                                                     capsys):
    """Half the code honoured docs_dir and half (the camera check's files,
    the messages) said docs/: a site with its pages elsewhere built from
    one folder and was checked against the other. The generate step and
    the settings check both refuse it."""
    from hinge_guide import generate
    from hinge_guide.checks.settings import check_config_file

    (tmp_path / "pages").mkdir()
    (tmp_path / "pages/index.md").write_text("# T\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: T\ndocs_dir: pages\n", encoding="utf-8")
    message = (r"^mkdocs\.yml, line 2: docs_dir is 'pages', but this site keeps its pages in "
               r"docs/.* Keep the pages in docs/ and remove the docs_dir line\.")
    with pytest.raises(ContentError, match=message):
        check_config_file(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert generate.main(["--check"]) == 1
    err = capsys.readouterr().err
    assert "mkdocs.yml, line 2: docs_dir is 'pages'" in err and "Traceback" not in err


def _menu(root, nav: str, pages=("index.md", "setup.md", "sources.md", "more/notes.md")):
    for page in pages:
        (root / "docs" / page).parent.mkdir(parents=True, exist_ok=True)
        (root / "docs" / page).write_text("# P\n", encoding="utf-8")
    (root / "mkdocs.yml").write_text(f"site_name: T\nsite_url: !ENV SITE_URL\nnav:\n{nav}",
                                     encoding="utf-8")
    return root


@pytest.mark.parametrize("nav,message", [
    ("  - Home: index.md\n  - Sources: Sources.md\n",
     "mkdocs.yml, line 5: nav lists Sources.md, which is not in docs/ (did you mean sources.md?). "
     "Fix the menu: name the page's file as it is in docs/."),
    ("  - Home: index.md\n  - More:\n    - Notes: more/note.md\n",
     "mkdocs.yml, line 6: nav lists more/note.md, which is not in docs/ (did you mean "
     "more/notes.md?)."),
    ("  - index.md\n  - Zebra: zebra-crossing.md\n",
     "mkdocs.yml, line 5: nav lists zebra-crossing.md, which is not in docs/. Fix the menu"),
    ("  - Home: index.md\n  - Setup: setup.md\n  - Sources: sources.md\n"
     "  - Setup again: setup.md\n",
     "mkdocs.yml, line 7: setup.md is in the menu twice (lines 5 and 7). A page has one place "
     "in the menu: remove one of them."),
    ("  - Home: index.md\n  - More:\n    - setup.md\n  - Setup: setup.md\n",
     "mkdocs.yml, line 7: setup.md is in the menu twice (lines 6 and 7)."),
])
def test_a_menu_page_that_is_not_a_file_or_is_listed_twice_is_named(tmp_path, nav, message):
    """A typo in a menu file name made the generate step publish a link that
    never existed; a page listed twice built silently with its Next
    leading elsewhere."""
    with pytest.raises(ContentError) as error:
        check_nav(_menu(tmp_path, nav))
    assert str(error.value).startswith(message)


def test_a_menu_of_files_each_listed_once_passes(tmp_path):
    check_nav(_menu(tmp_path, "  - Home: index.md\n  - Setup: setup.md\n  - Off site: "
                              "https://example.org/\n  - More:\n    - more/notes.md\n"))
