"""The quick loop's rule (tests/conftest.py): each test file says at its top
whether it is a unit test; a unit test that asks for a built site or a
browser, and a file that says nothing and asks for neither, stop collection
with the fix."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

pytestmark = pytest.mark.unit

FILES = {
    "test_a_unit.py": "import pytest\npytestmark = pytest.mark.unit\n\n\n"
                      "@pytest.mark.parametrize('site', ['a parameter, not the fixture'])\n"
                      "def test_unit(site):\n    pass\n",
    "test_a_slow.py": "import pytest\npytestmark = pytest.mark.slow\n\n\n"
                      "def test_slow():\n    pass\n",
    "test_a_built_site.py": "def test_built(site):\n    pass\n\n\n"
                            "def test_beside_it():\n    pass\n",
    "test_unit_asking_for_a_browser.py": "import pytest\npytestmark = pytest.mark.unit\n\n\n"
                                         "def test_quick():\n    pass\n\n\n"
                                         "def test_in_chromium(browser, base_url):\n    pass\n",
    "test_forgotten.py": "def test_new():\n    pass\n",
}


def test_a_unit_test_asking_for_a_site_and_an_unsorted_file_stop_collection(tmp_path):
    tests = tmp_path / "tests"
    tests.mkdir()
    shutil.copy(ROOT / "tests" / "conftest.py", tests)
    shutil.copy(ROOT / "pytest.ini", tmp_path)
    for name, text in FILES.items():
        (tests / name).write_text(text, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:xdist", "-p", "no:cacheprovider", "-q",
         "--collect-only", "-m", "unit"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    errors = {line.split(" - ")[0] for line in run.stdout.splitlines()
              if line.startswith("ERROR tests/")}
    assert errors == {"ERROR tests/test_unit_asking_for_a_browser.py",
                      "ERROR tests/test_forgotten.py"}, run.stdout
    assert ("test_unit_asking_for_a_browser.py::test_in_chromium is marked unit (the quick "
            "loop) but asks for base_url, browser") in run.stdout
    assert "tests/test_forgotten.py has no mark" in run.stdout
    assert "pytestmark = pytest.mark.unit at its top" in run.stdout
