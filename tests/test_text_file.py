"""Reading a coach's file as text (text_file.py)."""

from __future__ import annotations

import pytest

from hinge_guide.errors import ContentError
from hinge_guide.text_file import read_text

pytestmark = pytest.mark.unit


def test_a_file_saved_in_another_encoding_names_its_line(tmp_path):
    """One reading of a coach's file for every engine and file (pages, the
    glossary, method.yml): the byte's line, not a traceback."""
    path = tmp_path / "setup.md"
    path.write_bytes(b"# Setup\n\nPlace your f\xe9et\n")
    with pytest.raises(ContentError, match=r"^docs/setup\.md, line 3: byte 21 is not UTF-8"):
        read_text(path, "docs/setup.md")
