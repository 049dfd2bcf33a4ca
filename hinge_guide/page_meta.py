"""A page's front matter (its meta, as the engines call it), split from its
Markdown strictly. The engines read front matter they can't parse as none
at all, so a coach's slip showed up as "no description"; here front
matter that isn't settings, isn't valid YAML, isn't closed or doesn't start
on the first line stops with the file, the line and what to fix.

The checks of what the front matter says are in checks/front_matter.py."""

from __future__ import annotations

import re
from typing import Any

import yaml

from .errors import ContentError
from .line_numbers import file_lines
from .strict_yaml import load_yaml, not_valid_yaml

FRONT_MATTER = re.compile(r"^---[ \t]*\n(?P<yaml>.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)", re.DOTALL)
# A page's description: search results and link previews cut longer ones.
DESCRIPTION_MAX = 160


def key_line(key: str) -> re.Pattern[str]:
    """The line that sets key, for a LineOf: ``key:`` at the start of a
    line, the first of which is in the front matter, as it comes first."""
    return re.compile(rf"^{re.escape(key)}[ \t]*:")


def check_front_matter_shape(text: str, where: str) -> None:
    """Front matter the engines would miss, said as what to fix (for text
    FRONT_MATTER doesn't match)."""
    lines = file_lines(text)
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    if first is None or lines[first].rstrip() != "---":
        return  # no front matter at all: the checks say what is missing
    if first > 0:
        raise ContentError(
            f"{where}, line {first + 1}: the front matter must start on the first line of "
            "the file. Remove the blank lines above its `---`."
        )
    last = next((n for n, line in enumerate(lines[1:], 1) if not line.strip()), len(lines))
    raise ContentError(
        f"{where}, line 1: the front matter isn't closed. Add a line `---` under its last "
        f"setting (line {last}), before the page's text."
    )


def split_front_matter(text: str, where: str) -> tuple[dict[str, Any], str, int]:
    """(front matter, body, number of lines before the body). A byte-order
    mark (which some Windows editors write) is dropped first, as the
    engines drop it."""
    text = text.removeprefix("\ufeff")
    match = FRONT_MATTER.match(text)
    if not match:
        check_front_matter_shape(text, where)
        return {}, text, 0
    offset = text[: match.end()].count("\n")
    try:
        meta = load_yaml(match.group("yaml") or "", where, first_line=2)
    except yaml.YAMLError as error:
        raise not_valid_yaml(
            error, where, "the front matter",
            "Write one `name: value` per line, and put a value holding a colon or a "
            "quote in quotes, e.g. description: 'Setup: feet, grip and brace.'",
            first_line=2) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise ContentError(
            f"{where}, line 2: the front matter must be `name: value` lines, such as "
            "description: ... and reviewed: 2026-11-25, not "
            f"{'a list' if isinstance(meta, list) else 'a sentence'}."
        )
    return meta, text[match.end():], offset


def body_start(text: str, where: str) -> int:
    """How many lines of a page's file come before the Markdown an engine
    renders: the front matter and the blank lines after it, which MkDocs
    drops too. For a page the engine hands over as Markdown alone (the
    macros plugin), so its messages can still name the file's line."""
    _, body, offset = split_front_matter(text, where)
    return offset + body[:len(body) - len(body.lstrip("\n"))].count("\n")
