"""The small inputs the unit tests of a coach's mistakes share: one fault
box, the extensions a page is built with, and a page converted with them."""

from __future__ import annotations

from pathlib import Path

import markdown

ROOT = Path(__file__).resolve().parent.parent

FAULT = """
/// fault | Rounded back
    attrs: {id: rounded-back}

**What you see or feel:** Your back curves.

**Why it matters:** It loads the discs.

**The fix:** Go less deep.
///
"""

EXTENSIONS = ["attr_list", "md_in_html", "hinge_guide.faults", "hinge_guide.checks",
              "pymdownx.blocks.admonition"]


def convert(text: str) -> str:
    return markdown.markdown(text, extensions=EXTENSIONS)
