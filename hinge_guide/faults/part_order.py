"""A fault box's parts in the order every box reads: what you see or feel,
why it matters, the fix. A box written in another order built without a
word, and read differently from every other box on its page and on its
share page; a part given twice was refused without saying where.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from typing import TYPE_CHECKING

from ..context import page_context
from ..document import document
from ..errors import ContentError

if TYPE_CHECKING:
    from .box import Fault


def labelled_parts(box: etree.Element, labels: tuple[str, ...]) -> list[str]:
    """The labels of the box's labelled paragraphs (<p><strong>Label:</strong>
    ...), in the order they come."""
    found = []
    for child in box:
        if child.tag == "p" and not (child.text or "").strip() and len(child) \
                and child[0].tag == "strong":
            label = (child[0].text or "").strip().removesuffix(":")
            if label in labels and (child[0].text or "").strip().endswith(":"):
                found.append(label)
    return found


def _box_lines(fault: Fault) -> tuple[list[str], int]:
    """The lines of the box's page and the number of file lines before the
    first: the lines the fault reader was given, else the page's file."""
    if fault.md is None:
        return [], 0
    noted = document(fault.md)
    if noted.source:
        return noted.source, noted.line_offset
    try:
        page = page_context(fault.md)
        path = page.site.docs_dir / page.src
        return path.read_text(encoding="utf-8").splitlines(), 0
    except (OSError, UnicodeDecodeError):
        return [], 0


def part_line(fault: Fault, label: str, nth: int) -> str:
    """", line N" of the nth (from 1) **label:** in the box, or "" if not found."""
    lines, offset = _box_lines(fault)
    start = next((n for n, line in enumerate(lines) if line.lstrip().startswith("///")
                  and "fault" in line and fault.title in line), None)
    if start is None:
        return ""
    seen, depth = 0, 0
    for number in range(start, len(lines)):
        marker = lines[number].strip()
        if marker.startswith("///"):  # a block opens (/// caption) or closes (///)
            depth += 1 if marker.strip("/").strip() else -1
            if depth == 0:
                break  # the box's own closing line
        if f"**{label}:**" in lines[number]:
            seen += 1
            if seen == nth:
                return f", line {number + 1 + offset}"
    return ""


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
                f'{where}{part_line(fault, label, 2)}: the fault box "{fault.title}" '
                f'({fault.id}) has a second "{label}" part. Keep one: every fault box has '
                f"three parts, once each, in this order: {order}."
            )
    present = [label for label in labels if label in found]
    if found != present:
        first = next(label for label, meant in zip(found, present, strict=True)
                     if label != meant)
        raise ContentError(
            f'{where}{part_line(fault, first, 1)}: the fault box "{fault.title}" '
            f'({fault.id}) has its "{first}" part out of place. Write the parts in this '
            f"order, as every fault box does: {order}."
        )
