"""The extensions mkdocs.yml lists, as a coach can break them
(hinge_guide/site_extensions.py): one removed while a page still uses it is
named with the page, the line and the line to put back; one misspelt, or
given a misspelt setting, is named by the generate step where MkDocs prints
a traceback."""

from __future__ import annotations

import copy
import os
from pathlib import Path

import markdown
import pytest

from hinge_guide.checks.tree import stray_block
from hinge_guide.config import PythonName, load_config
from hinge_guide.context import PageContext, SiteSettings
from hinge_guide.document import document
from hinge_guide.errors import ContentError
from hinge_guide.reader import resolve_setting
from hinge_guide.site_extensions import (
    PAGE_USES,
    check_extension_settings,
    check_used,
)

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parent.parent
CONFIG = load_config(ROOT)

# A line of a page that needs each extension
USES = {
    "hinge_guide.faults": "/// fault | Rounded back",
    "pymdownx.blocks.admonition": "/// tip | The movement in six steps",
    "pymdownx.blocks.caption": "/// caption",
    "pymdownx.blocks.details": "//// details | The exact rules",
    "pymdownx.blocks.tab": "/// tab | In a gym",
    "hinge_guide.inline_svg": "![Side view: hips back](images/setup-standing.svg)",
    "hinge_guide.tasklist": "- [ ] My hips moved back first.",
    "hinge_guide.tables": "| --- | --- |",
    "pymdownx.emoji": "Flex :material-arm-flex: here.",
    "attr_list": "[Start](setup.md){ .md-button }",
    "md_in_html": '<div class="hh-hero" markdown>',
    "def_list": ":   Your muscles work and warm up.",
}


def _site_md(leave_out: str = "") -> markdown.Markdown:
    """A Markdown instance with mkdocs.yml's extensions, as the engine
    makes it, less one."""
    names, configs = [], {}
    for entry in CONFIG["markdown_extensions"]:
        name, options = (entry, {}) if isinstance(entry, str) else next(iter(entry.items()))
        if name == leave_out:
            continue
        names.append(name)
        configs[name] = {key: resolve_setting(name, key, value)
                         for key, value in (options or {}).items()}
    return markdown.Markdown(extensions=names, extension_configs=configs)


def test_every_extension_a_page_can_need_has_a_use_here():
    assert {use.name for use in PAGE_USES} == set(USES)


@pytest.mark.parametrize("name", sorted(USES))
def test_a_use_without_its_extension_names_it_the_line_and_the_fix(name):
    """Each was left as text, or dropped, without a word."""
    lines = ["# Page", "", USES[name], ""]
    with pytest.raises(ContentError) as caught:
        check_used(_site_md(leave_out=name), lines,
                   lambda line: f"docs/p.md, line {lines.index(line) + 1}")
    message = str(caught.value)
    assert message.startswith(f'docs/p.md, line 3: "{USES[name].strip()[:57]}')
    assert f"needs {name}, and mkdocs.yml no longer lists it" in message
    assert "Add this under markdown_extensions in mkdocs.yml: `- " + name in message


@pytest.mark.parametrize("name", sorted(USES))
def test_a_use_with_its_extension_passes(name):
    check_used(_site_md(), ["# Page", "", USES[name]], lambda line: "docs/p.md")


def test_a_use_shown_in_code_is_not_one():
    lines = ["```markdown", "/// caption", "A caption.", "///", "```", "", "Write `/// tab`."]
    check_used(_site_md(leave_out="pymdownx.blocks.caption"), lines, lambda line: "x")
    check_used(_site_md(leave_out="pymdownx.blocks.tab"), lines, lambda line: "x")


def test_a_caption_in_a_fault_box_without_the_caption_extension_blames_the_extension(tmp_path):
    """With pymdownx.blocks.caption gone, the build stopped saying a fault
    box in setup.md lacked its "What you see or feel" part."""
    md = _site_md(leave_out="pymdownx.blocks.caption")
    document(md).page = PageContext(src="setup.md", meta={}, engine="mkdocs",
                                    site=SiteSettings(docs_dir=tmp_path, root_dir=tmp_path))
    text = ("/// fault | Rounded back\n    attrs: {id: rounded-back}\n\n"
            "**What you see or feel:** A curve.\n\n![Side view: a rounded back](images/x.png)\n"
            "/// caption\nThe curve.\n///\n\n**Why it matters:** It tires.\n\n"
            "**The fix:** Go less deep.\n///\n")
    (tmp_path / "setup.md").write_text(text, encoding="utf-8")
    with pytest.raises(ContentError, match=r'^docs/setup\.md, line 7: "/// caption" needs '
                                           r"pymdownx\.blocks\.caption"):
        md.convert(text)


@pytest.mark.parametrize("name,extension", [("tab", "pymdownx.blocks.tab"),
                                            ("caption", "pymdownx.blocks.caption"),
                                            ("fault", "hinge_guide.faults"),
                                            ("note", "pymdownx.blocks.admonition")])
def test_a_block_left_as_text_for_want_of_its_extension_names_it(name, extension):
    """/// tab was called misspelt when its extension was missing."""
    message = stray_block(f"/// {name} | Title\nWords", set(), {"fault"})
    assert f"needs {extension}" in message and "misspelt" not in message


def test_a_misspelt_block_is_still_called_misspelt():
    assert '"tabb" is misspelt' in stray_block("/// tabb | T", {"tab"}, {"fault", "note"})


# Extensions and their settings, for the generate step ---------------------------------

def _config(change) -> dict:
    config = copy.deepcopy(CONFIG)
    change(config["markdown_extensions"])
    return config


def _replace(name: str, entry):
    def change(extensions: list) -> None:
        index = next(i for i, e in enumerate(extensions)
                     if e == name or isinstance(e, dict) and name in e)
        extensions[index] = entry
    return change


def test_mkdocs_yml_as_committed_loads():
    check_extension_settings(CONFIG, resolve_setting)


@pytest.mark.parametrize("change,expected", [
    (_replace("pymdownx.blocks.caption", "pymdownx.blocks.captions"),
     r"^mkdocs\.yml: markdown_extensions lists pymdownx\.blocks\.captions, which is not an "
     r"extension that is installed\. Did you mean pymdownx\.blocks\.caption\?"),
    (_replace("tables", "tabels"), r"lists tabels, .* Did you mean tables\?"),
    (_replace("pymdownx.blocks.tab", {"pymdownx.blocks.tab": {"alternate_styles": True}}),
     r"^mkdocs\.yml: pymdownx\.blocks\.tab has no setting alternate_styles\. Did you mean "
     r"alternate_style\? Its settings are: alternate_style, "),
    (_replace("pymdownx.blocks.tab", {"pymdownx.blocks.tab": {"alternate_style": "yes please"}}),
     r"^mkdocs\.yml: pymdownx\.blocks\.tab's setting alternate_style: yes please is not a "
     r"value it takes .* It takes true or false, e\.g\. alternate_style: true"),
    (_replace("toc", {"toc": {"permalink": True, "toc_depth": "deep"}}),
     r"toc's setting toc_depth: deep .* It takes a whole number"),
    (_replace("pymdownx.blocks.caption", {"pymdownx.blocks.caption": {"prefix": "yes"}}),
     r"pymdownx\.blocks\.caption has no setting prefix\. Its settings are: auto, "),
    (_replace("hinge_guide.tasklist", "hinge_guide.tasklists"),
     r"Did you mean hinge_guide\.tasklist\?"),
    (_replace("hinge_guide.glossary", {"hinge_guide.glossary": {"sorce": "x.md"}}),
     r"hinge_guide\.glossary has no setting sorce\. Did you mean source\?"),
])
def test_a_misspelt_extension_or_setting_is_named_with_the_fix(change, expected):
    """MkDocs printed the extension's traceback (KeyError: 'alternate_styles',
    ModuleNotFoundError), and so did the generate step."""
    with pytest.raises(ContentError, match=expected):
        check_extension_settings(_config(change), resolve_setting)


@pytest.mark.parametrize("entries,expected", [
    ("  - toc:\n      permalink: true\n      toc_depth: deep\n",
     r"^mkdocs\.yml, line 5: toc's setting toc_depth: deep"),
    ("  - toc:\n      permalnk: true\n", r"^mkdocs\.yml, line 4: toc has no setting permalnk"),
    ("  - toc\n  - tabels\n", r"^mkdocs\.yml, line 4: markdown_extensions lists tabels"),
])
def test_a_misspelt_extension_or_setting_is_named_on_its_line(tmp_path, entries, expected):
    """The generate step named mkdocs.yml and no line."""
    from hinge_guide.config import load_config

    (tmp_path / "mkdocs.yml").write_text("site_name: T\nmarkdown_extensions:\n" + entries,
                                         encoding="utf-8")
    with pytest.raises(ContentError, match=expected):
        check_extension_settings(load_config(tmp_path), resolve_setting, tmp_path)


def test_a_setting_the_engine_fills_in_is_left_to_it():
    """An !ENV value reads as None outside the engine."""
    check_extension_settings(_config(_replace(
        "hinge_guide.glossary", {"hinge_guide.glossary": {"source": None}})), resolve_setting)


def test_a_python_name_setting_is_resolved_before_loading():
    config = _config(lambda e: None)
    emoji = next(e for e in config["markdown_extensions"]
                 if isinstance(e, dict) and "pymdownx.emoji" in e)
    assert isinstance(emoji["pymdownx.emoji"]["emoji_index"], PythonName)
    check_extension_settings(config, resolve_setting)


def test_a_refused_setting_is_named_without_pythons_words_for_it():
    """toc's own complaint was printed with it: (invalid literal for int()
    with base 10: 'deep')."""
    with pytest.raises(ContentError) as caught:
        check_extension_settings(
            _config(_replace("toc", {"toc": {"permalink": True, "toc_depth": "deep"}})),
            resolve_setting)
    message = str(caught.value)
    assert "toc's setting toc_depth: deep is not a value it takes." in message, message
    assert "int()" not in message and "literal" not in message, message


@pytest.mark.parametrize("error,kept", [
    (ValueError("invalid literal for int() with base 10: 'deep'"), ""),
    (TypeError("'int' object is not iterable"), ""),
    (KeyError("alternate_styles"), "'alternate_styles'"),
    (ValueError("Unknown style 'fancy'; use 'table' or 'inline'"),
     "Unknown style 'fancy'; use 'table' or 'inline'"),
    (ValueError(""), ""),
])
def test_an_extensions_own_message_is_kept_only_when_it_is_plain_words(error, kept):
    from hinge_guide.site_extensions import plain_words

    assert plain_words(error) == kept


def test_the_guide_is_told_from_a_small_project_by_its_method_and_ladder(tmp_path):
    """The fault boxes insist on hinge_guide.checks in the guide (a coach
    who drops it from mkdocs.yml loses every check without a word), not in
    a small project that borrows the method only for its share pages."""
    from hinge_guide.faults.box import is_the_guide

    assert is_the_guide(ROOT, Path("docs"))
    (tmp_path / "docs").mkdir()
    (tmp_path / "method.yml").write_text("", encoding="utf-8")
    assert not is_the_guide(tmp_path, Path("docs"))
    (tmp_path / "docs/progression.md").write_text("# P\n", encoding="utf-8")
    assert is_the_guide(tmp_path, Path("docs"))


def _first_check(script: str) -> str:
    """The command scripts/<script> runs on mkdocs.yml before MkDocs reads
    it (the line that names --check-settings)."""
    lines = (ROOT / "scripts" / script).read_text(encoding="utf-8").split("\n")
    found = [line.strip() for line in lines
             if "--check-settings" in line and not line.lstrip().startswith("#")]
    assert len(found) == 1, f"scripts/{script} checks mkdocs.yml's settings once: {found}"
    return found[0]


def test_serve_names_a_misspelt_setting_before_mkdocs_prints_a_traceback(tmp_path):
    """`permalink_titel:` under toc: `mkdocs serve` printed a traceback
    ending in KeyError, as only the Pages workflow ran the check that names
    it. scripts/serve (and scripts/test, before its builds) now runs that
    check first, and set -e stops it there; run here as it runs it, with
    this interpreter, on a copy of mkdocs.yml with the typo."""
    import subprocess
    import sys

    for script, then in (("serve", "exec .venv/bin/mkdocs serve"),
                         ("test", "exec .venv/bin/python -m pytest")):
        text = (ROOT / "scripts" / script).read_text(encoding="utf-8")
        assert "set -euo pipefail" in text
        assert text.index(_first_check(script)) < text.index(then), \
            f"scripts/{script} checks the settings before {then}"
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "permalink_title:" in config
    (tmp_path / "mkdocs.yml").write_text(config.replace("permalink_title:", "permalink_titel:"),
                                         encoding="utf-8")
    (tmp_path / "docs").mkdir()
    command = _first_check("serve").replace(".venv/bin/python", f'"{sys.executable}"')
    run = subprocess.run(["bash", "-c", command], cwd=tmp_path, capture_output=True, text=True,
                         timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    output = run.stdout + run.stderr
    line = config.split("\n").index(next(
        line for line in config.split("\n") if "permalink_title:" in line)) + 1
    assert run.returncode == 1, output
    assert output.startswith(f"python -m hinge_guide: mkdocs.yml, line {line}: toc has no "
                             "setting permalink_titel. Did you mean permalink_title?"), output
    assert "Traceback" not in output
