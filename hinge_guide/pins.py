"""The build's pins, read from requirements.in, the one place a pin is
written. Code that follows a package's internals names the pinned version
in its messages from here, so a pin moved on purpose moves the messages
with it."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

from .errors import ContentError
from .line_numbers import file_lines
from .text_file import read_text

REQUIREMENTS = Path(__file__).resolve().parent.parent / "requirements.in"


def pinned(name: str, requirements: Path = REQUIREMENTS) -> str:
    """The version of its ``name==version`` line. It writes part of a
    message about another problem, so a package installed without its
    checkout says so instead of raising."""
    want = name.lower().replace("_", "-")
    try:
        text = read_text(requirements, requirements.name)
    except OSError:
        return "(unknown: no requirements.in beside the package)"
    for line in file_lines(text):
        package, equals, version = line.split("#", 1)[0].strip().partition("==")
        if equals and package.strip().lower().replace("_", "-") == want:
            return version.strip()
    raise ContentError(
        f"{requirements.name}: no line pins {name} (`{name}==version`), and the build "
        "follows that version's internals. Put its line back (git checkout -- "
        f"{requirements.name} restores the file).")


def not_as_pinned(name: str, label: str) -> str:
    """The start of the message when an installed package no longer has
    what the build reads of it: which version runs, and which is pinned."""
    try:
        installed = importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover
        installed = "(not installed)"
    return (f"requirements.in: the build runs {label} {installed}; the project pins "
            f"{name}=={pinned(name)}.")
