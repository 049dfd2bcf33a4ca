"""The build code's types: mypy, with the project's settings
(pyproject.toml, [tool.mypy]), finds nothing.

A helper here takes plain tuples and dicts, and a wrong arity or a value
that may be None fails only at build time, on the one page that meets it;
the type checker finds it at once.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT

pytestmark = pytest.mark.slow


def test_mypy_finds_nothing():
    run = subprocess.run([sys.executable, "-m", "mypy", "--no-error-summary"], cwd=ROOT,
                         capture_output=True, text=True, timeout=600)
    if run.returncode != 0:
        pytest.fail(f"mypy (settings in pyproject.toml):\n{run.stdout}{run.stderr}",
                    pytrace=False)
