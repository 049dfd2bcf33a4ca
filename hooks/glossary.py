"""Glossary: the Glossary page, written from includes/glossary.md.

includes/glossary.md holds every term once, as a Markdown abbreviation
(``*[term]: definition``). pymdownx.snippets appends it to every page, so
terms show their definition on hover or tap (Material's tooltips). This hook
turns the same lines into the list on the page that holds the marker
``<!-- glossary -->``, so the page and the tooltips can't disagree.
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.exceptions import PluginError

MARKER = "<!-- glossary -->"
SOURCE = "includes/glossary.md"
_ENTRY = re.compile(r"^\*\[(?P<term>[^\]]+)\]:\s*(?P<definition>.+)$", re.MULTILINE)


def read_terms(text: str) -> dict[str, str]:
    """term -> definition; a term given in two cases is listed once."""
    terms: dict[str, str] = {}
    for entry in _ENTRY.finditer(text):
        key = entry.group("term")
        if key.lower() in {t.lower() for t in terms}:
            continue
        terms[key] = entry.group("definition").strip()
    return terms


def render(terms: dict[str, str]) -> str:
    """A definition list, alphabetical. Terms that share a meaning (hip hinge,
    hinge) share an entry: the longest names it, the others follow."""
    by_meaning: dict[str, list[str]] = {}
    for term, meaning in terms.items():
        by_meaning.setdefault(meaning, []).append(term)
    entries = []
    for meaning, names in by_meaning.items():
        names.sort(key=len, reverse=True)
        head = names[0][0].upper() + names[0][1:]
        if len(names) > 1:
            head += f" (also: {', '.join(names[1:])})"
        entries.append((head, meaning))
    lines = []
    for head, meaning in sorted(entries, key=lambda e: e[0].lower()):
        lines += [head, f":   {meaning}", ""]
    return "\n".join(lines)


def on_page_markdown(markdown, page, config, **kwargs):
    if MARKER not in markdown:
        return markdown
    path = Path(config.config_file_path).parent / SOURCE
    if not path.is_file():
        raise PluginError(f"docs/{page.file.src_uri}: the glossary needs {SOURCE}, which is missing.")
    terms = read_terms(path.read_text(encoding="utf-8"))
    if not terms:
        raise PluginError(f"{SOURCE} has no terms. Write one per line: *[term]: definition")
    return markdown.replace(MARKER, render(terms))
