"""The one Markdown reader for reading a page outside the engine's own
render of it: the fault boxes of every page, for the build's fault index
and share pages and for the generate step's share pages and cards.

Both the build and the generate step make it from mkdocs.yml as
``site.load_config`` reads it, with ``new_reader``, so an emoji shortcode
or a code block in a fix reads the same in the index, on the share page and
in its description. The build used to take the engine's own list of
extensions and the generate step the file's, and the two differed: MkDocs
adds toc, tables and fenced_code to every site, and the file's
``!!python/name`` settings (emoji's) read as nothing.
"""

from __future__ import annotations

import importlib
from typing import Any

from markdown import Markdown

from .errors import ContentError
from .site import PythonName

# What MkDocs puts first in every site's list of extensions.
BUILTINS = ("toc", "tables", "fenced_code")


def reads_fault_boxes(name: str, options: Any = None) -> bool:
    """Whether the extension called `name` (with these settings) goes into
    the reader. Left out: the engines' own, this package's others (the boxes
    need only the blocks they sit among, and a title only its heading), and
    settings only an engine resolves (an ``!ENV`` tag reads as None)."""
    if name.startswith(("zensical", "mkdocs", "material")):
        return False
    if name.startswith("hinge_guide") and name != "hinge_guide.faults":
        return False
    return not (isinstance(options, dict) and None in options.values())


def extensions(config: dict[str, Any]) -> tuple[list[str], dict[str, dict[str, Any]]]:
    """The reader's extensions and their settings, from mkdocs.yml: MkDocs'
    own three first, then the file's, in its order, as MkDocs lists them."""
    listed: dict[str, dict[str, Any]] = {name: {} for name in BUILTINS}
    for entry in config.get("markdown_extensions") or []:
        name, options = (entry, None) if isinstance(entry, str) else next(iter(entry.items()))
        options = {key: _resolve(name, key, value) for key, value in (options or {}).items()}
        if reads_fault_boxes(name, options):
            listed.setdefault(name, {}).update(options)
    return list(listed), {name: options for name, options in listed.items() if options}


def _resolve(extension: str, key: str, value: Any) -> Any:
    """A ``!!python/name:module.thing`` setting, imported as the engines do."""
    if not isinstance(value, PythonName):
        return value
    module, _, attribute = str(value).rpartition(".")
    try:
        return getattr(importlib.import_module(module), attribute)
    except (ImportError, AttributeError, ValueError):
        raise ContentError(
            f"mkdocs.yml: {extension}'s setting {key} names {value}, which can't be "
            "imported. Check the spelling, or install the package that holds it "
            "(requirements.in)."
        ) from None


def new_reader(config: dict[str, Any]) -> Markdown:
    """A fresh reader for one page. It never writes the fault index or a
    share page (those need the whole site)."""
    names, configs = extensions(config)
    md = Markdown(extensions=names, extension_configs=configs)
    md.hinge_reading = True  # type: ignore[attr-defined]  # no index, no share page
    return md
