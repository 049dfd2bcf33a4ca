"""Fault boxes: check every one, and write the fault index from them.

A fault box is a collapsible block in a page's Markdown:

    /// fault | Rounded back
        attrs: {id: rounded-back}

    **What you see or feel:** ...

    **Why it matters:** ...

    **The fix:** ...
    ///

Every fault needs a readable id (the anchor a coach links to, unique across
the site) and its three labelled parts. The build stops with the file name
and what to do when one is missing.

The fault index is the page that holds the marker ``<!-- fault-index -->``:
the marker is replaced by a list of every fault, page by page in nav order,
with its title, a link and the first sentence of its fix. It is written from
the pages' own Markdown at every build, so it can never drift from them.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass

import yaml
from mkdocs.exceptions import PluginError

INDEX_MARKER = "<!-- fault-index -->"
PARTS = ("What you see or feel", "Why it matters", "The fix")

_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_OPEN = re.compile(r"^(?P<indent>[ \t]*)///[ \t]*fault[ \t]*(?:\|[ \t]*(?P<title>.*?))?[ \t]*$")
_FENCE = re.compile(r"^[ \t]*(```|~~~).*?^[ \t]*\1[ \t]*$", re.MULTILINE | re.DOTALL)


@dataclass(frozen=True)
class Fault:
    src: str  # the page's path under docs/
    id: str
    title: str
    parts: dict  # part label -> its text

    @property
    def fix_line(self) -> str:
        """The first sentence of the fix, for the index, its links unlinked
        (the index links to the whole fault instead)."""
        fix = " ".join(self.parts["The fix"].split())
        fix = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", fix)
        match = re.match(r"(.+?[.!?])(\s|$)", fix)
        return match.group(1) if match else fix


def parse_faults(markdown: str, src: str) -> list[Fault]:
    """Every fault box in one page's Markdown, checked."""
    markdown = _FENCE.sub("", markdown)  # examples in code blocks don't count
    faults = []
    for block in _blocks(markdown.splitlines(), src):
        title = (block["title"] or "").strip()
        where = f'docs/{src}: the fault box "{title or "(untitled)"}"'
        if not title:
            raise PluginError(
                f"docs/{src}: a fault box has no title. Write it on the first "
                "line: /// fault | Rounded back"
            )
        try:
            options = yaml.safe_load(textwrap.dedent(block["options"])) or {}
        except yaml.YAMLError as error:
            raise PluginError(f"{where} has options that are not valid YAML: {error}")
        fault_id = str((options.get("attrs") or {}).get("id", ""))
        if not _ID.match(fault_id):
            raise PluginError(
                f"{where} needs a readable anchor: add the line "
                "`    attrs: {id: rounded-back}` under its title (lower-case "
                "words joined by hyphens). Coaches link to it, so keep it stable."
            )
        body = textwrap.dedent(block["body"])
        parts = {}
        for label in PARTS:
            found = re.findall(
                rf"^\*\*{re.escape(label)}:\*\*[ \t]*(.*?)(?=\n[ \t]*\n|\Z)",
                body,
                re.MULTILINE | re.DOTALL,
            )
            if len(found) != 1 or not found[0].strip():
                raise PluginError(
                    f'{where} ({fault_id}) needs exactly one "{label}" part: a '
                    f"paragraph that starts with **{label}:** followed by its text. "
                    "Every fault box has three parts: **What you see or feel:**, "
                    "**Why it matters:** and **The fix:**."
                )
            parts[label] = found[0].strip()
        faults.append(Fault(src, fault_id, title, parts))
    return faults


def _blocks(lines: list[str], src: str):
    """Each fault block: its title, option lines and body, nested blocks
    (a caption, say) included in the body."""
    i = 0
    while i < len(lines):
        opening = _OPEN.match(lines[i])
        i += 1
        if not opening:
            continue
        indent, depth = opening.group("indent"), 1
        options, body = [], []
        while i < len(lines) and lines[i].startswith(indent + " ") and lines[i].strip() \
                and not body:
            options.append(lines[i])  # indented option lines right under the header
            i += 1
        while i < len(lines):
            line = lines[i]
            i += 1
            rest = line[len(indent):] if line.startswith(indent) else None
            if rest is not None and re.match(r"///[ \t]*$", rest):
                depth -= 1
                if depth == 0:
                    break
            elif rest is not None and re.match(r"///[ \t]*\S", rest):
                depth += 1
            body.append(line)
        else:
            raise PluginError(
                f'docs/{src}: the fault box "{opening.group("title")}" is not closed. '
                "End it with /// on a line of its own, indented like its first line."
            )
        yield {"title": opening.group("title"), "options": "\n".join(options) + "\n",
               "body": "\n".join(body)}


def check_unique(faults: list[Fault]) -> None:
    seen: dict[str, Fault] = {}
    for fault in faults:
        if fault.id in seen:
            first = seen[fault.id]
            raise PluginError(
                f'docs/{fault.src}: the fault "{fault.title}" uses the anchor '
                f'#{fault.id}, which "{first.title}" in docs/{first.src} already '
                "uses. Give one of them another id: each fault link must lead "
                "to one place."
            )
        seen[fault.id] = fault


def render_index(faults: list[Fault], titles: dict[str, str], here: str) -> str:
    """The fault index as Markdown, one section per page in nav order."""
    lines = []
    for src, page_title in titles.items():
        on_page = [f for f in faults if f.src == src]
        if not on_page or src == here:
            continue
        lines += [f"## {page_title}", ""]
        for fault in on_page:
            lines.append(f"- [**{fault.title}**]({src}#{fault.id}): {fault.fix_line}")
        lines.append("")
    return "\n".join(lines)


# MkDocs events ------------------------------------------------------------

_faults: list[Fault] = []
_titles: dict[str, str] = {}


def on_nav(nav, config, files, **kwargs):
    """Read every page's fault boxes once per build, in nav order."""
    _faults.clear()
    _titles.clear()
    for page in nav.pages:
        _titles[page.file.src_uri] = page.title or page.file.src_uri
        _faults.extend(parse_faults(page.file.content_string, page.file.src_uri))
    check_unique(_faults)
    return nav


def on_page_markdown(markdown, page, **kwargs):
    if INDEX_MARKER not in markdown:
        return markdown
    return markdown.replace(
        INDEX_MARKER, render_index(_faults, _titles, page.file.src_uri)
    )
