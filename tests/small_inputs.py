"""The small inputs the unit tests of a coach's mistakes share: one fault
box, a small mkdocs.yml, the extensions a page is built with, a page
converted with them, and small Markdown rendered with chosen extensions."""

from __future__ import annotations

from pathlib import Path

import markdown
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent

FAULT = """
/// fault | Rounded back
    attrs: {id: rounded-back}

**What you see or feel:** Your back curves.

**Why it matters:** It loads the discs.

**The fix:** Go less deep.
///
"""

# A small mkdocs.yml: a tag only the engines resolve (!ENV), a list, and a
# !!python/name setting.
BASE_CONFIG = ("site_name: T\nsite_url: !ENV SITE_URL\ntheme:\n  name: material\n  font: false\n"
               "  features:\n    - navigation.top\nmarkdown_extensions:\n"
               "  - pymdownx.emoji:\n"
               "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
               "extra:\n  generator: false\n")

EXTENSIONS = ["attr_list", "md_in_html", "hinge_guide.faults", "hinge_guide.checks",
              "pymdownx.blocks.admonition"]


def convert(text: str) -> str:
    return markdown.markdown(text, extensions=EXTENSIONS)


def render(text: str, *extensions: str) -> BeautifulSoup:
    """Text through Markdown with attr_list, md_in_html and the given
    extensions, parsed to look at."""
    html = markdown.markdown(text, extensions=["attr_list", "md_in_html", *extensions])
    return BeautifulSoup(html, "html.parser")
