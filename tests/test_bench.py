"""scripts/bench's stock sites: the same pages under Material's defaults,
built beside this one. The benchmark is never timed in the suite; this
checks the stock projects still build, as a refused setting (docs_dir) once
stopped them without anyone running the benchmark to see."""

from __future__ import annotations

import shutil
import sys

import pytest
import yaml

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import run as bench  # noqa: E402

pytestmark = pytest.mark.slow


def test_the_stock_settings_keep_the_sites_extensions_and_menu_with_their_tags():
    written = yaml.unsafe_load(bench.stock_config(careful=True))
    ours = yaml.compose((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    names = {key.value for key, _ in ours.value}
    assert {"markdown_extensions", "nav"} <= names
    assert len(written["nav"]) == len(yaml.unsafe_load(
        bench.settings_as_written("nav"))["nav"]) >= 10
    assert "docs_dir" not in written and written["theme"]["font"] is False
    emoji = next(e["pymdownx.emoji"] for e in written["markdown_extensions"]
                 if isinstance(e, dict) and "pymdownx.emoji" in e)
    assert callable(emoji["emoji_index"]), "the !!python/name tag was lost"


def test_a_stock_project_builds(tmp_path):
    project = tmp_path / "stock-project"
    bench.stock_docs(project / "docs")
    shutil.copytree(ROOT / "includes", project / "includes")
    shutil.copy2(ROOT / "method.yml", project / "method.yml")
    (project / "mkdocs.yml").write_text(bench.stock_config(), encoding="utf-8")
    bench.build(project / "mkdocs.yml", tmp_path / "site")
    assert (tmp_path / "site/setup/index.html").is_file()
    assert not (tmp_path / "site/stylesheets/extra.css").exists()
