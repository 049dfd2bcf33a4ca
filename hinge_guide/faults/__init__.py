"""Fault boxes, and the fault index written from them.

Configured in mkdocs.yml as ``hinge_guide.faults``. A fault box is a block:

    /// fault | Rounded back
        attrs: {id: rounded-back}

    **What you see or feel:** ...

    **Why it matters:** ...

    **The fix:** ...
    ///

It renders as a closed ``<details class="fault" id="rounded-back">``: a link
to ``movement/#rounded-back`` opens it (Material opens the ``<details>``
that holds a link's target). The build stops, naming the file, when a box
has no title or no readable id, lacks one of its three parts, is not
closed, holds a macro (``{{ }}``: the index and the share page copy the
box as written, where no macro runs), or shares its id with another fault
or with a heading.

A fault that was merged into another keeps its old links working:
``attrs: {id: rounded-back, data-old-anchors: going-too-deep}`` puts an
empty element with the old id inside the surviving box.

The fault index is the page holding ``<!-- fault-index -->``: the marker
becomes a list of every fault on the site, page by page in nav order (then
any page outside the menu, under its own title), each with a link and the
first sentence of its fix. It is read from the pages themselves at every
build, so it can't drift from them.

The package, by concern: ``box`` (a box and its checks), ``part_order``
(its parts' order), ``lines`` (which line of the file a box and its parts
are on, for messages), ``read`` (every box on the site), ``index`` (the
fault index), ``share`` (a fault's share page). This module is the
extension that registers them.
"""

from __future__ import annotations

from typing import Any

from markdown import Markdown
from pymdownx.blocks import BlocksExtension

from .. import priorities
from ..blocks import BlockIndent
from ..document import forget_page
from .box import FaultBlock, FaultChecks, SourceLines
from .index import FaultIndex, IndexTree
from .share import ShareMarker, SharePage

# The package's surface is the extension; everything else is imported
# from the module that owns it (box, part_order, lines, read, index, share).
__all__ = ["FaultExtension", "makeExtension"]


class FaultExtension(BlocksExtension):
    def __init__(self, **kwargs: Any) -> None:
        self.config = {
            "reading": [False, "Read the boxes only, as the fault reader does (reader.py, "
                               "read_faults): write no fault index and no share page, which "
                               "need the whole site, and refuse a macro in a box, which "
                               "the index and share page would show as typed."],
        }
        super().__init__(**kwargs)
        self.md: Markdown | None = None  # the instance it extends, once it does

    @property
    def reading(self) -> bool:
        return bool(self.getConfig("reading"))

    def extendMarkdownBlocks(self, md: Markdown, block_mgr: Any) -> None:
        block_mgr.register(FaultBlock, self.getConfigs())

    def extendMarkdown(self, md: Markdown) -> None:
        super().extendMarkdown(md)
        self.md = md
        forget_page(md)
        md.registerExtension(self)
        # When each runs, and why: hinge_guide/priorities.py.
        md.preprocessors.register(SourceLines(md, self), "hinge_fault_source_lines",
                                  priorities.FAULT_SOURCE_LINES)
        # The block-indent rule of the content checks, here too: the fault
        # index reads every page with this extension alone, and would meet a
        # misindented box first as one that is "not closed". Registered under
        # the checks' own name and priority, so with both it runs once.
        md.preprocessors.register(BlockIndent(md), "hinge_block_indent", priorities.BLOCK_INDENT)
        md.preprocessors.register(FaultIndex(md), "hinge_fault_index",
                                  priorities.FAULT_INDEX_MARKER)
        md.preprocessors.register(ShareMarker(md), "hinge_fault_share_marker",
                                  priorities.SHARE_MARKER)
        md.treeprocessors.register(SharePage(md, self), "hinge_fault_share",
                                   priorities.FAULT_SHARE)
        md.treeprocessors.register(IndexTree(md, self), "hinge_fault_index",
                                   priorities.FAULT_INDEX)
        md.treeprocessors.register(FaultChecks(md, self), "hinge_fault_checks",
                                   priorities.FAULT_CHECKS)

    def reset(self) -> None:
        """A new page: forget the last page's fault boxes."""
        if self.md is not None:
            forget_page(self.md)


def makeExtension(**kwargs: Any) -> FaultExtension:
    return FaultExtension(**kwargs)
