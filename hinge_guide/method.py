"""The method: read ``method.yml``, the one home of every number the guide
teaches, and hand it to whoever shows or uses one.

The build reads it (pages print its numbers through the macros plugin, or
Zensical's macros extension), ``python -m hinge_guide`` writes it out for
the camera check as ``docs/javascripts/hinge-check/method.js``, and the
figures read it for the animated rep's timing.
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from .errors import ContentError

FILE = "method.yml"
SCRIPT = "javascripts/hinge-check/method.js"


def load(root: Path) -> dict:
    """The method as a dict, or a ContentError that names the file and the fix."""
    path = root / FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError(f"{FILE}: not found beside mkdocs.yml. It holds the method's numbers; "
                           "restore it from git (git checkout -- method.yml).") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f", line {mark.line + 1}" if mark else ""
        problem = getattr(error, "problem", error)
        raise ContentError(f"{FILE}{where}: this is not valid YAML ({problem}). "
                           "Check the indentation and the colons near that line.") from None
    if not isinstance(data, dict):
        raise ContentError(f"{FILE}: expected sections such as 'tempo:' at the top, found "
                           f"{type(data).__name__}.")
    return data


def script(method: dict) -> str:
    """The method as an ES module for the camera check."""
    body = json.dumps(method, indent=2, sort_keys=False, ensure_ascii=False)
    return (
        "// Written by `python -m hinge_guide` from method.yml:\n"
        "// edit that file, then run it again.\n"
        f"export const METHOD = {body};\n"
    )
