"""The one reading of a project's file as text (mkdocs.yml, pages,
method.yml, stylesheets, templates, generated pages), so a file saved in
another encoding gives the same message everywhere, with its line, instead
of a traceback. tests/test_code_layout.py holds every other module to it;
only reads of an installed package's files (Material's) are listed there
as exceptions."""

from __future__ import annotations

from pathlib import Path

from .errors import ContentError


def read_text(path: Path, where: str) -> str:
    """``path`` as UTF-8; ``where`` names the file in the message a byte
    that isn't UTF-8 stops with."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        line = path.read_bytes().count(b"\n", 0, error.start) + 1
        raise ContentError(f"{where}, line {line}: byte {error.start} is not UTF-8 (the file "
                           "was saved in another encoding). Save it as UTF-8 in your "
                           "editor.") from None
