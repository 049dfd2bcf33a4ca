"""Generated files match their sources: `python -m hinge_guide --check`.

The cards, icons, manifest, favicon, theme colour and the palette block of
extra.css are drawn from the pages' front matter and hinge_guide/palette.py,
and committed so both engines ship them without running this code. A
change to a source without a fresh `python -m hinge_guide` fails here.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

from conftest import ROOT, copy_project


def check(project) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "hinge_guide", "--check"], cwd=project,
                          capture_output=True, text=True, timeout=300)


def test_generated_files_are_fresh():
    result = check(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_changed_source_makes_them_stale(tmp_path):
    project = copy_project(tmp_path / "project")
    shutil.copy2(ROOT / "pyproject.toml", project / "pyproject.toml")
    palette = project / "hinge_guide/palette.py"
    palette.write_text(palette.read_text().replace('GREEN = "#00695c"', 'GREEN = "#00796b"'))
    page = project / "docs/setup.md"
    page.write_text(page.read_text().replace("description: ", "description: New. ", 1))
    result = subprocess.run([sys.executable, "-c", "import sys; sys.path.insert(0, '.'); "
                             "from hinge_guide.generate import main; sys.exit(main(['--check']))"],
                            cwd=project, capture_output=True, text=True, timeout=300)
    assert result.returncode == 1
    for stale in ("docs/assets/previews/setup.png", "docs/site.webmanifest",
                  "docs/stylesheets/extra.css", "overrides/partials/hh-extra-css.html",
                  "overrides/partials/hh-theme-color.html"):
        assert f"stale: {stale}" in result.stdout, result.stdout
    manifest = json.loads((ROOT / "docs/site.webmanifest").read_text())
    assert manifest["theme_color"] == "#00695c"
