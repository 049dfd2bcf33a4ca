"""How the code is laid out for a newcomer: each package imports on its own,
checks/ and faults/ don't import each other, one switch for reading mode,
and the package docstrings name every module."""

from __future__ import annotations

from pathlib import Path

import pytest

from small_inputs import ROOT as ROOT_DIR

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("module", ["hinge_guide.checks", "hinge_guide.faults",
                                    "hinge_guide.blocks"])
def test_each_package_imports_first(module):
    """Each package imports on its own, in a fresh interpreter: a cycle
    between checks/ and faults/ fails only when one of them is imported
    first (here, the other test files import both), so it would come back
    unseen."""
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-c", f"import {module}"], cwd=ROOT_DIR,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr


def test_checks_and_faults_do_not_import_each_other():
    """What both need (the anchor rule, the block indent rule) lives in
    hinge_guide/blocks.py: checks/ imports nothing of faults/, nor faults/
    of checks/."""
    import ast

    for package, other in (("checks", "faults"), ("faults", "checks")):
        for path in sorted((ROOT_DIR / "hinge_guide" / package).glob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom):
                    names = [f"{node.module}"] + [f"{node.module}.{a.name}" for a in node.names]
                elif isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                else:
                    continue
                assert not any(other in name.split(".") for name in names), (
                    f"hinge_guide/{package}/{path.name} imports from {other}/: move what "
                    "both need to hinge_guide/blocks.py")


def test_checks_do_not_reach_into_what_faults_noted():
    """checks/tree.py once read document(md).faults (each box's element and
    line) with no import of faults/ at all: the same link, by attribute. The
    fault boxes a page noted, and the lines kept for them, are faults/'s."""
    import ast

    owned = {"faults", "source", "source_offset"}  # document.Document's fields faults/ fills
    for path in sorted((ROOT_DIR / "hinge_guide" / "checks").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in owned:
                raise AssertionError(
                    f"hinge_guide/checks/{path.name}, line {node.lineno} reads .{node.attr}, "
                    "which the fault extension notes: make the check in faults/, or move "
                    "what both need to hinge_guide/blocks.py")


def test_no_import_of_the_projects_own_code_is_allowed_to_fail():
    """checks/front_matter.py once caught ImportError around `from figures
    import views`: a mistake in the project's own figures/ read as "no body
    model", and the preview checks were skipped without a word."""
    import ast

    own = ("hinge_guide", "figures", "hooks")
    for path in sorted((ROOT_DIR / "hinge_guide").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Try):
                continue
            caught = {ast.unparse(h.type) for h in node.handlers if h.type is not None}
            if not caught & {"ImportError", "ModuleNotFoundError"}:
                continue
            for inner in (n for stmt in node.body for n in ast.walk(stmt)):
                module = (inner.module or "" if isinstance(inner, ast.ImportFrom)
                          and not inner.level else "")
                names = [a.name for a in inner.names] if isinstance(inner, ast.Import) else []
                relative = isinstance(inner, ast.ImportFrom) and inner.level > 0
                assert not relative and not any(
                    name.split(".")[0] in own for name in [module, *names] if name), (
                    f"{path.relative_to(ROOT_DIR)}, line {node.lineno}: an import of the "
                    "project's own code may not fail quietly; import it plainly")


def test_the_readmes_module_to_test_table_is_whole_and_true():
    """README and the package docstring said each module's unit tests were
    in a file named for it; many were not (no test_context.py, test_box.py,
    test_lines.py). The table that replaced it names every module, and
    every file it names exists."""
    import re

    readme = (ROOT_DIR / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Where each module is tested", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `([^`]+\.py)` \| (.+) \|$", section, re.MULTILINE)
    listed = {module for module, _ in rows}
    modules = {path.relative_to(ROOT_DIR / "hinge_guide").as_posix()
               for path in (ROOT_DIR / "hinge_guide").rglob("*.py")} - {"__init__.py",
                                                                         "__main__.py"}
    assert sorted(modules - listed) == [], "README's table lacks these modules"
    assert sorted(listed - modules) == [], "README's table names modules that are gone"
    for module, tests in rows:
        for name in re.findall(r"`([^`]+)`", tests):
            assert (ROOT_DIR / "tests" / name).is_file(), f"{module}: no tests/{name}"


def test_reading_mode_is_set_in_one_place():
    """Only reader.new_reader turns the fault extension's reading mode on:
    a second switch (the fault reader once forced it on any Markdown it was
    given) lets two readers of the same box disagree."""
    import ast

    def sets_reading(node: ast.AST) -> bool:
        """A {"reading": ...} setting (any spacing, any value but False; not
        the extension's own [default, description]) or a setConfig("reading",
        ...) call."""
        if isinstance(node, ast.Dict):
            return any(isinstance(key, ast.Constant) and key.value == "reading"
                       and not isinstance(value, ast.List)
                       and not (isinstance(value, ast.Constant) and value.value is False)
                       for key, value in zip(node.keys, node.values, strict=True))
        return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "setConfig" and bool(node.args)
                and isinstance(node.args[0], ast.Constant) and node.args[0].value == "reading")

    setters = [path.relative_to(ROOT_DIR).as_posix()
               for path in sorted((ROOT_DIR / "hinge_guide").rglob("*.py"))
               if any(sets_reading(node)
                      for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))))]
    assert setters == ["hinge_guide/reader.py"]



# The docstrings a newcomer reads first ---------------------------------------------


@pytest.mark.parametrize("package", ["hinge_guide", "hinge_guide.checks", "hinge_guide.faults",
                                     "figures"],
                         ids=lambda package: package.split(".")[-1])
def test_a_package_docstring_names_every_module_in_it(package):
    import importlib

    module = importlib.import_module(package)
    folder = Path(module.__file__).parent
    missing = [path.stem for path in sorted(folder.glob("*.py"))
               if path.stem != "__init__" and f"``{path.stem}``" not in (module.__doc__ or "")]
    where = package.replace(".", "/")
    assert not missing, f"{where}/__init__.py's docstring doesn't name {missing}"


def test_only_the_page_context_knows_what_a_bare_page_is():
    """Whether an engine builds the page was asked as engine != "bare" in a
    dozen places, and each line_of caller spelt "no line for a bare page"
    its own way: PageContext.in_engine and PageContext.line_of say it once."""
    for path in sorted((ROOT_DIR / "hinge_guide").rglob("*.py")):
        if path.name != "context.py":
            text = path.read_text(encoding="utf-8")
            assert '"bare"' not in text, f"{path.relative_to(ROOT_DIR)}: use page.in_engine"


def test_every_test_the_readme_names_exists():
    """README's table of what guards each read of another package named two
    tests a commit had deleted: a newcomer moving a pin was sent to tests
    that did not exist. Every test README names (in a code span) is a test
    function under tests/."""
    import ast
    import re

    readme = (ROOT_DIR / "README.md").read_text(encoding="utf-8")
    spans = re.findall(r"`([^`\n]+)`", readme)
    named = {name for span in spans
             for name in re.findall(r"(?<![\w/.])(test_\w+)(?![\w.])", span)}
    defined = {node.name for path in (ROOT_DIR / "tests").glob("*.py")
               for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
               if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)}
    assert len(named) >= 5, "README names fewer tests than it did: is this reading them?"
    assert sorted(named - defined) == [], "README names tests that don't exist"


# Reads of another package's files, which are not a coach's: each function
# here reads only the installed Material's own templates and stylesheets,
# which Material ships as UTF-8. Every other read is of a file in the project.
INSTALLED_READS = {
    ("theme_css.py", "material_stylesheets"): "Material's base.html",
    ("theme_css.py", "material_styles"): "Material's palette.css",
    ("checks/theme_files.py", "material_vocabulary"): "Material's templates, CSS and script",
    ("checks/theme_files.py", "material_statuses"): "Material's base.html and main.css",
}


def test_every_project_file_is_read_through_read_text():
    """mkdocs.yml, pages, stylesheets and generated pages were each read
    with their own .read_text(encoding="utf-8"): a mkdocs.yml saved as
    Latin-1 stopped `python -m hinge_guide` with a traceback, where
    text_file.read_text names the file, the line and the fix. Only
    text_file.py reads text itself, and the functions above that read an
    installed package."""
    import ast

    found, used = [], set()
    for path in sorted((ROOT_DIR / "hinge_guide").rglob("*.py")):
        module = path.relative_to(ROOT_DIR / "hinge_guide").as_posix()
        if module == "text_file.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        owners = {id(inner): node.name for node in ast.walk(tree)
                  if isinstance(node, ast.FunctionDef) for inner in ast.walk(node)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            reads = name == "open" or (name == "read_text" and isinstance(func, ast.Attribute))
            if not reads:
                continue
            # The innermost function that holds the call: ast.walk meets
            # outer functions first, so a later (inner) one overwrote it.
            key = (module, owners.get(id(node), "<module>"))
            if key in INSTALLED_READS:
                used.add(key)
            else:
                found.append(f"hinge_guide/{module}, line {node.lineno} ({key[1]})")
    assert found == [], ("read a project file with text_file.read_text(path, where), which "
                         f"names the file and line of a byte that isn't UTF-8: {found}")
    assert sorted(set(INSTALLED_READS) - used) == [], "INSTALLED_READS lists reads that are gone"


# A comment on the line of a splitlines call that says why it may break at
# U+2028 and the other separators (none does today).
_SPLITLINES_ALLOWED = "# splitlines:"


def test_lines_are_counted_at_newlines_only():
    """str.splitlines also breaks at U+2028, U+2029, form feeds and other
    separators, where Python-Markdown and editors break at "\\n" only: text
    pasted from a word processor shifted every later message by a line.
    line_numbers.file_lines is the one way the package splits text into
    lines; a call of .splitlines() needs a `# splitlines: why` comment on
    its line."""
    import ast

    found = []
    for path in sorted((ROOT_DIR / "hinge_guide").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        lines = text.split("\n")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr == "splitlines" \
                    and _SPLITLINES_ALLOWED not in lines[node.lineno - 1]:
                found.append(f"{path.relative_to(ROOT_DIR).as_posix()}, line {node.lineno}")
    assert found == [], ("split text into lines with line_numbers.file_lines, which counts "
                         f"lines as Markdown and editors do: {found}")
