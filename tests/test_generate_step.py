"""The generate step (python -m hinge_guide): a mistake prints a message,
never a traceback, and it never removes a page a coach wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

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
