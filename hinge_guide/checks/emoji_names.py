"""Emoji names on a page, ``:name:`` as pymdownx.emoji reads them, each
refused with what the coach typed, its line and what to type instead:

- a name pymdownx.emoji doesn't know (``:flexd_biceps:``) is left as typed,
  with no word, and ships on the page as ":flexd_biceps:";
- a name it knows as an emoji (``:muscle:``), not one of the theme's icons,
  becomes a picture fetched from another site (the emoji set's CDN), which
  this site never loads. The emoji itself, typed as a character (💪), shows
  with no picture at all.

The theme's icons (``:material-arm-flex:``) are drawn inline from its own
files, and pass.
"""

from __future__ import annotations

import difflib
import re
import xml.etree.ElementTree as etree
from typing import Any

from markdown import Markdown
from markdown.util import HTML_PLACEHOLDER_RE

from ..errors import ContentError
from ..line_numbers import LineOf

# pymdownx.emoji's own pattern (:[+\-\w]+:), with at least one letter, so a time
# (10:30:45) is not a name, and not inside a longer run of colons and words.
_NAME = re.compile(r"(?<![\w:]):[+\-\w]*[A-Za-z][+\-\w]*:(?![\w:])")
# The icon sets Material draws inline from its own files
_ICON_SETS = (":material-", ":fontawesome-", ":octicons-", ":simple-")
# Where colons are what the coach typed on purpose
_SKIP = frozenset({"code", "pre", "kbd", "samp", "script", "style", "svg", "math"})
_ICONS_LISTED = "https://squidfunk.github.io/mkdocs-material/reference/icons-emojis/"


def emoji_index(md: Markdown) -> dict[str, Any] | None:
    """pymdownx.emoji's index on md ("emoji": name -> entry, "aliases":
    alias -> name), or None without the extension. Through its documented
    setting: ``emoji_index`` is a function of (options, md) that returns the
    index (pymdown-extensions' "Custom Emoji Indexes"); Material's twemoji
    keeps what it builds, so asking on every page costs nothing."""
    from pymdownx.emoji import EmojiExtension

    extension = next((found for found in md.registeredExtensions
                      if isinstance(found, EmojiExtension)), None)
    if extension is None:
        return None
    index = extension.getConfig("emoji_index")(extension.getConfig("options"), md)
    return index if isinstance(index, dict) else None


def emoji_names(md: Markdown) -> set[str] | None:
    """Every name pymdownx.emoji knows (aliases too), or None without it."""
    index = emoji_index(md)
    if index is None:
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


def character(index: dict[str, Any], name: str) -> str | None:
    """The emoji a name stands for, as a character to type (None for an icon,
    which has no character)."""
    name = index.get("aliases", {}).get(name, name)
    entry = index.get("emoji", {}).get(name) or {}
    code = entry.get("unicode_alt") or entry.get("unicode")
    if not isinstance(code, str) or not code:
        return None
    try:
        return "".join(chr(int(part, 16)) for part in code.split("-"))
    except ValueError:
        return None


def fetched_emoji(root: etree.Element, index: dict[str, Any]) -> str | None:
    """The name of the first emoji pymdownx.emoji made into a picture from
    another site (its <img> has the emoji as alt and, by default, the name
    as title), or None."""
    fetched = [img for img in root.iter("img")
               if (img.get("src") or "").strip().lower().startswith(("http:", "https:", "//"))]
    if not fetched:
        return None  # most pages: the names by character below take a whole index's walk
    names = {character(index, name): name for name in index.get("emoji", {})}
    for img in fetched:
        title = img.get("title") or ""
        if title in index.get("emoji", {}) or title in index.get("aliases", {}):
            return title
        by_character = names.get(img.get("alt"))
        if by_character and "emoji" in (img.get("class") or "") + index.get("name", ""):
            return by_character
    return None


def nearest_icons(name: str, icons: list[str]) -> list[str]:
    """Up to three icon names close to name: within its icon set when it
    names one (:material-arm-flx:), else by the part after the set's name
    too (:arm-flex: for :material-arm-flex:)."""
    close = difflib.get_close_matches(name, icons, n=3, cutoff=0.75)
    if close or name.startswith(_ICON_SETS):
        return close
    stems = {":" + icon.split("-", 1)[1]: icon for icon in icons if "-" in icon}
    return [stems[stem] for stem in difflib.get_close_matches(name, list(stems), n=3,
                                                               cutoff=0.85)]


def nearest_emoji(name: str, index: dict[str, Any]) -> list[tuple[str, str]]:
    """Up to three emoji names close to name, each with its character."""
    names = [n for n in index.get("emoji", {}) if not n.startswith(_ICON_SETS)]
    names += list(index.get("aliases", {}))
    close = difflib.get_close_matches(name, names, n=3, cutoff=0.75)
    return [(found, char) for found in close if (char := character(index, found))]


def check_emoji_names(root: etree.Element, md: Markdown, src: str,
                      line_of: LineOf) -> None:
    index = emoji_index(md)
    if not index:
        return
    fetched = fetched_emoji(root, index)
    if fetched:
        char = character(index, fetched) or ""
        raise ContentError(
            f"docs/{src}{line_of(fetched)}: you typed {fetched}, an emoji's name. The theme "
            "would show it as a picture fetched from another site, and this site loads "
            f"nothing from elsewhere. Type the emoji itself instead, {char} (it shows with "
            "no picture), or use one of the theme's icons, written like "
            f":material-arm-flex: (every one is listed at {_ICONS_LISTED})."
        )
    known = set(index.get("emoji", {})) | set(index.get("aliases", {}))
    unknown = unknown_names(root, known)
    if not unknown:
        return
    name = unknown[0]
    icons = sorted(n for n in known if n.startswith(_ICON_SETS))
    close = nearest_icons(name, icons)
    hint = f" Did you mean {' or '.join(close)}?" if close else ""
    emoji = [f"{char} for {found}" for found, char in nearest_emoji(name, index)]
    emoji_hint = (": " + ", ".join(emoji[:-1]) + (" or " if len(emoji) > 1 else "") + emoji[-1]
                  if emoji else "")
    raise ContentError(
        f"docs/{src}{line_of(name)}: {name} is not an icon name, so the page would show it "
        f"as typed.{hint} Pages show the theme's icons, written like "
        f":material-arm-flex: (every one is listed at {_ICONS_LISTED}), or an emoji typed "
        f"as itself{emoji_hint}. Meant the colons as text? Put it in backticks: `{name}`."
    )
