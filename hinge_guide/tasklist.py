"""Task lists whose checkboxes have names: ``- [ ] Hips behind your heels``.

Configured in mkdocs.yml as ``hinge_guide.tasklist``, in place of
``pymdownx.tasklist``, whose markup Material styles (same classes) but
which puts each checkbox in a label of its own with the item's words after
it: the checkbox has no accessible name. Here the words sit inside the
label, so a screen reader reads them and tapping them ticks the box (a
thumb on a phone will thank you). A nested list stays outside the label.
The boxes can be ticked: the film-yourself checklist is for using.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from typing import Any

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from . import priorities
from .context import page_context
from .errors import ContentError

_BOX = re.compile(r"^ *\[(?P<state>[ xX])\] +")
_BLOCK_TAGS = {"ul", "ol", "p", "div", "details", "figure", "blockquote", "pre", "table"}


def make_label(holder: etree.Element) -> bool:
    """Turn ``[ ] words`` at the start of ``holder`` into a labelled
    checkbox holding the words; False when there is no box."""
    text = holder.text or ""
    match = _BOX.match(text)
    if not match:
        return False
    label = etree.Element("label", {"class": "task-list-control"})
    attrs = {"type": "checkbox"}
    if match.group("state") in "xX":
        attrs["checked"] = "checked"
    etree.SubElement(label, "input", attrs)
    indicator = etree.SubElement(label, "span", {"class": "task-list-indicator"})
    indicator.tail = " " + text[match.end():]
    holder.text = None
    for child in list(holder):
        if child.tag in _BLOCK_TAGS:
            break
        holder.remove(child)
        label.append(child)
    holder.insert(0, label)
    return True


class LabelledTasks(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        parents = {child: parent for parent in root.iter() for child in parent}
        seen: set[str] = set()
        for li in list(root.iter("li")):
            first = li[0] if len(li) and not (li.text or "").strip() else None
            holder = first if first is not None and first.tag == "p" else li
            if make_label(holder):
                words = " ".join("".join(holder[0].itertext()).split())
                if words in seen:
                    _same_words(self.md, words)
                seen.add(words)
                li.set("class", " ".join(filter(None, [li.get("class"), "task-list-item"])))
                parent = parents[li]
                if "task-list" not in (parent.get("class") or "").split():
                    parent.set("class", " ".join(filter(None, [parent.get("class"), "task-list"])))


def _same_words(md: Markdown, words: str) -> None:
    """Stop at a second item with the same words: the checklist keeps each
    tick by its item's words (docs/javascripts/checklist.js), so ticking one
    would tick both on the next visit."""
    page = page_context(md)
    line = page.line_of(words, nth=2)
    raise ContentError(
        f"docs/{page.src}{line}: two checklist items read \"{words[:60]}\". The page keeps "
        "each tick by its item's words, so ticking one would tick both on the next visit. "
        "Make the words of each item differ, or delete one."
    )


class TasklistExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        # When it runs, and why: hinge_guide/priorities.py.
        md.treeprocessors.register(LabelledTasks(md), "hinge_tasklist", priorities.TASKLIST)


def makeExtension(**kwargs: Any) -> TasklistExtension:
    return TasklistExtension(**kwargs)
