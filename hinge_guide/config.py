"""mkdocs.yml, the site's settings, as the checks and the generate step read
it: one loader, one rule for where the pages are, the menu's pages (each a
file there, listed once), and the line of a setting for messages. The
engines read the file themselves; reading it the same way here is what lets
a check name the line a coach wrote."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from .errors import ContentError
from .strict_yaml import YAML_FIX, StrictLoader, not_valid_yaml
from .text_file import read_text

CONFIG_FILE = "mkdocs.yml"
# The folder the pages are in, beside mkdocs.yml (check_docs_dir).
DOCS_DIR = "docs"


class PythonName(str):
    """A ``!!python/name:module.thing`` setting (emoji's), kept as its name:
    hinge_guide/reader.py imports it, as the engines do."""


def config_path(root: Path) -> Path:
    return root / CONFIG_FILE


def check_config_name(path: Path) -> None:
    """Given another file (`mkdocs build -f other.yml`), the engine would
    build one file while the site's checks and generate step read
    mkdocs.yml."""
    if path.name != CONFIG_FILE:
        raise ContentError(
            f"{path.name}: this site reads its settings from a file named {CONFIG_FILE}: "
            f"its checks and `python -m hinge_guide` read that file, not one given with -f. "
            f"Rename {path.name} to {CONFIG_FILE} (in a folder of its own, beside its docs/, "
            "if you keep both)."
        )


def load_config(root: Path) -> dict[str, Any]:
    """mkdocs.yml beside ``root`` as plain data: ``!!python/name`` settings
    read as PythonName, tags only the engines resolve (``!ENV``) as None. A
    key given twice is refused: the engines would silently keep the second
    (a pasted second ``extra:`` block dropped the first)."""

    class Loader(StrictLoader):
        where = "mkdocs.yml"

    # First: PyYAML takes the first prefix that matches.
    Loader.add_multi_constructor("tag:yaml.org,2002:python/name:",
                                 lambda loader, suffix, node: PythonName(suffix))
    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    path = config_path(root)
    try:
        config = yaml.load(read_text(path, CONFIG_FILE), Loader=Loader)
    except yaml.YAMLError as error:
        raise not_valid_yaml(error, CONFIG_FILE, "this", YAML_FIX) from None
    if not isinstance(config, dict):
        raise ContentError("mkdocs.yml must hold settings (name: value lines).")
    return config


def config_line(root: Path, *keys: str | int) -> str:
    """", line N" of the setting ``keys`` leads to, as written:
    ``("theme", "font")`` is ``font:`` under ``theme:``; in a list, an int is
    an entry's place (from 0) and a str the entry with those words. The
    deepest setting found is named; "" if not even the first is. Read from
    the YAML's nodes, so no tag (``!ENV``) needs a meaning."""
    try:
        node: yaml.Node | None = yaml.compose(
            read_text(config_path(root), CONFIG_FILE), Loader=yaml.SafeLoader)
    except (OSError, ContentError, yaml.YAMLError):
        return ""  # a file that can't be read is named by load_config, which reads it first
    line = None
    for key in keys:
        found: yaml.Node | None = None
        if isinstance(node, yaml.MappingNode):
            pair = next(((k, v) for k, v in node.value
                         if isinstance(k, yaml.ScalarNode) and k.value == key), None)
            found, mark = (pair[1], pair[0].start_mark) if pair else (None, None)
        elif isinstance(node, yaml.SequenceNode):
            items = node.value
            found = (items[key] if isinstance(key, int) and 0 <= key < len(items) else next(
                (item for item in items if isinstance(item, yaml.ScalarNode)
                 and item.value == key), None))
            mark = found.start_mark if found is not None else None
        if found is None or mark is None:
            break
        node, line = found, mark.line + 1
    return f", line {line}" if line else ""


def check_docs_dir(root: Path, config: Mapping[str, Any]) -> None:
    """The pages are in docs/ (DOCS_DIR), MkDocs' default: the checks, the
    generate step, the camera check's files and the messages coaches read
    all name that folder, so another docs_dir would have half the site's
    code read one folder and half the other."""
    value = config.get("docs_dir")
    if not value or Path(str(value)) == Path(DOCS_DIR):  # missing or empty: MkDocs' default
        return
    raise ContentError(
        f"mkdocs.yml{config_line(root, 'docs_dir')}: docs_dir is {value!r}, but this site "
        f"keeps its pages in {DOCS_DIR}/: its checks, `python -m hinge_guide` and their "
        f"messages read and name that folder. Keep the pages in {DOCS_DIR}/ and remove the "
        "docs_dir line."
    )


def nav_entries(root: Path) -> list[tuple[str, int]]:
    """(page file, line) of every page mkdocs.yml's nav lists, in order,
    sections opened, a page listed twice kept twice (context.flatten_nav
    counts it once). Read from the YAML's nodes, so each has its line."""
    try:
        node = yaml.compose(read_text(config_path(root), CONFIG_FILE), Loader=yaml.SafeLoader)
    except (OSError, ContentError, yaml.YAMLError):
        return []  # a file that can't be read is named by load_config, which reads it first
    nav = next((value for key, value in getattr(node, "value", [])
                if isinstance(node, yaml.MappingNode) and isinstance(key, yaml.ScalarNode)
                and key.value == "nav"), None)
    return _pages_under(nav)


def _pages_under(node: yaml.Node | None) -> list[tuple[str, int]]:
    """The .md files a nav node lists (a page, a titled page or a section)."""
    if isinstance(node, yaml.ScalarNode):
        found = node.value.strip()
        return [(found, node.start_mark.line + 1)] if found.lower().endswith(".md") else []
    if isinstance(node, yaml.SequenceNode):
        return [page for item in node.value for page in _pages_under(item)]
    if isinstance(node, yaml.MappingNode):
        return [page for _, value in node.value for page in _pages_under(value)]
    return []


def check_nav(root: Path) -> None:
    """Each page the menu lists is a file in docs/, listed once. A missing
    one: the generate step would add its address to published-links.txt,
    which never lets a link go, so fixing the typo later would stop every
    run. A page listed twice: the build takes its last place for its
    Previous and Next, and the reading order breaks without a word."""
    docs = root / DOCS_DIR
    files = sorted(path.relative_to(docs).as_posix() for path in docs.rglob("*.md"))
    first: dict[str, int] = {}
    for src, line in nav_entries(root):
        if src not in files:
            near = _nearest(src, files)
            raise ContentError(
                f"mkdocs.yml, line {line}: nav lists {src}, which is not in {DOCS_DIR}/"
                + (f" (did you mean {near}?)" if near else "")
                + ". Fix the menu: name the page's file as it is in docs/."
            )
        if src in first:
            raise ContentError(
                f"mkdocs.yml, line {line}: {src} is in the menu twice (lines {first[src]} and "
                f"{line}). A page has one place in the menu: remove one of them."
            )
        first[src] = line


def _nearest(src: str, files: list[str]) -> str | None:
    """The file src most likely meant: the same name in other case, else the
    closest by a few letters."""
    same = [name for name in files if name.lower() == src.lower()]
    found = same or difflib.get_close_matches(src, files, n=1, cutoff=0.6)
    return found[0] if found else None
