"""What this package notes about the page one Markdown instance renders.

Python-Markdown gives an extension nowhere to keep a page's own state but
the Markdown instance itself. Rather than set loose attributes on it, the
package's processors keep what they note in one ``Document`` per instance,
found with ``document(md)``: the fault boxes the page holds, its lines for
messages, its H1's words, and, when a page is read outside an engine (the
fault index, the generate step), which page it is.

Which page it is (its path under docs/, its front matter, the lines of
front matter before the Markdown) has one owner: the ``PageContext``
(context.py), which every processor gets from ``page_context(md)``. Under
an engine it is read from the engine; outside one, whoever reads the page
sets it with ``context.read_outside_engine``, which keeps it here.

Kept weakly, so a document goes with its instance (MkDocs makes one per
page). What resets with each page is cleared by ``forget_page``, which the
fault extension's ``reset()`` calls.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from markdown import Markdown

if TYPE_CHECKING:
    from .context import PageContext
    from .faults.box import Fault


@dataclass
class Document:
    # The page, when read outside an engine (context.read_outside_engine);
    # page_context(md) gives it, or the engine's, to every processor.
    page: PageContext | None = None
    # Noted while the page renders.
    faults: list[Fault] = field(default_factory=list)  # its fault boxes, in order
    # Its lines for messages (faults/lines.py): as the fault reader got them,
    # else its file's; and how many lines of the file come before them.
    source: list[str] | None = None
    source_offset: int = 0
    title: str | None = None  # its H1's words, when the reader found one (reader.FirstHeading)


_documents: WeakKeyDictionary[Markdown, Document] = WeakKeyDictionary()


def document(md: Markdown) -> Document:
    """The document md is rendering (made on first use)."""
    found = _documents.get(md)
    if found is None:
        found = _documents[md] = Document()
    return found


def forget_page(md: Markdown) -> None:
    """A new page: forget what the last one's render noted (its fault boxes,
    lines and title), keeping where it was read from, which its reader set."""
    found = _documents.get(md)
    if found is not None:
        found.faults = []
        found.source = None
        found.title = None
