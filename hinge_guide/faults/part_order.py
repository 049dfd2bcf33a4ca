"""A fault box's parts in the order every box reads: what you see or feel,
why it matters, the fix. A box written in another order built without a
word, and read differently from every other box on its page and on its
share page; a part given twice was refused without saying where.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from typing import TYPE_CHECKING

from ..errors import ContentError
from .lines import line_in_box

if TYPE_CHECKING:
    from .box import Fault


def part_label(paragraph: etree.Element) -> str | None:
    """The label of a box's labelled part, the one rule for what a part is:
    a paragraph that starts with bold words ending in a colon
    (<p><strong>The fix:</strong> ...), the label being those words
    ("The fix"); None for any other element."""
    if paragraph.tag != "p" or (paragraph.text or "").strip() or not len(paragraph) \
            or paragraph[0].tag != "strong":
        return None
    words = (paragraph[0].text or "").strip()
    return words.removesuffix(":") if words.endswith(":") else None


def labelled_parts(box: etree.Element, labels: tuple[str, ...]) -> list[str]:
    """The labels of the box's labelled paragraphs, among labels, in the
    order they come."""
    return [label for child in box if (label := part_label(child)) in labels]


def check_part_order(fault: Fault, where: str, labels: tuple[str, ...]) -> None:
    """Each labelled part at most once, in the order of labels (a part
    missing is find_parts' to name)."""
    if fault.element is None:
        return
    found = labelled_parts(fault.element, labels)
    order = ", ".join(f"**{label}:**" for label in labels)
    for label in labels:
        if found.count(label) > 1:
            raise ContentError(
                f'{where}{line_in_box(fault, f"**{label}:**", 2)}: the fault box "{fault.title}" '
                f'({fault.id}) has a second "{label}" part. Keep one: every fault box has '
                f"three parts, once each, in this order: {order}."
            )
    present = [label for label in labels if label in found]
    if found != present:
        first = next(label for label, meant in zip(found, present, strict=True)
                     if label != meant)
        raise ContentError(
            f'{where}{line_in_box(fault, f"**{first}:**")}: the fault box "{fault.title}" '
            f'({fault.id}) has its "{first}" part out of place. Write the parts in this '
            f"order, as every fault box does: {order}."
        )
