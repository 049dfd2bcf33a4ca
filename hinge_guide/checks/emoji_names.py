"""Emoji names that aren't emoji: ``:flexd_biceps:`` is left as typed by
pymdownx.emoji, with no word, and ships on the page as ":flexd_biceps:".
Refused here with the file, the line and the names close to it.
"""

from __future__ import annotations

import difflib
import re
import xml.etree.ElementTree as etree
from typing import Any

from markdown import Markdown
from markdown.util import HTML_PLACEHOLDER_RE

from ..errors import ContentError

# pymdownx.emoji's own pattern (:[+\-\w]+:), with at least one letter, so a time
# (10:30:45) is not a name, and not inside a longer run of colons and words.
_NAME = re.compile(r"(?<![\w:]):[+\-\w]*[A-Za-z][+\-\w]*:(?![\w:])")
# The icon sets Material draws inline from its own files
_ICON_SETS = (":material-", ":fontawesome-", ":octicons-", ":simple-")
# Where colons are what the coach typed on purpose
_SKIP = frozenset({"code", "pre", "kbd", "samp", "script", "style", "svg", "math"})


def emoji_names(md: Markdown) -> set[str] | None:
    """Every name pymdownx.emoji knows (aliases too), or None without it."""
    try:
        pattern: Any = md.inlinePatterns["emoji"]
    except (KeyError, IndexError):
        return None
    index = getattr(pattern, "emoji_index", None)
    if not isinstance(index, dict):
        return None
    return set(index.get("emoji", {})) | set(index.get("aliases", {}))


def unknown_names(root: etree.Element, known: set[str]) -> list[str]:
    """The emoji names left as text on the page that the index doesn't know."""
    found: list[str] = []

    def visit(element: etree.Element) -> None:
        if element.tag in _SKIP:
            return
        if element.text:
            found.extend(_unknown(element.text, known))
        for child in element:
            visit(child)
            if child.tail:
                found.extend(_unknown(child.tail, known))

    visit(root)
    return found


def _unknown(text: str, known: set[str]) -> list[str]:
    text = HTML_PLACEHOLDER_RE.sub(" ", text)
    return [m.group(0) for m in _NAME.finditer(text) if m.group(0) not in known]


def check_emoji_names(root: etree.Element, md: Markdown, src: str, line_of) -> None:
    known = emoji_names(md)
    if not known:
        return
    unknown = unknown_names(root, known)
    if not unknown:
        return
    name = unknown[0]
    # Only the theme's icons are drawn inline; an emoji name (:flexed_biceps:)
    # is a picture from another site, which the pasted-markup check refuses.
    icons = sorted(n for n in known if n.startswith(_ICON_SETS))
    close = difflib.get_close_matches(name, icons, n=3, cutoff=0.75)
    hint = f" Did you mean {' or '.join(close)}?" if close else ""
    raise ContentError(
        f"docs/{src}{line_of(name)}: {name} is not an icon name, so the page would show it "
        f"as typed.{hint} Pages show the theme's icons, written like :material-arm-flex: "
        "(every one is listed at "
        "https://squidfunk.github.io/mkdocs-material/reference/icons-emojis/), or an emoji "
        "typed as itself. Meant the colons as text? Put it in backticks: `" + name + "`."
    )
