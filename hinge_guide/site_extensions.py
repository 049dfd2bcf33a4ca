"""Extensions of the site that other extensions count on being there.

mkdocs.yml lists them under markdown_extensions. Removed by mistake, one
doesn't fail: its part of every page quietly goes. Two such losses matter
most, and each is noticed by an extension that stays:
- hinge_guide.checks gone takes every check on what a coach types with it:
  the fault boxes (hinge_guide.faults) look for it where the site has its
  method (method.yml);
- hinge_guide.glossary gone takes every tooltip: the checks look for it
  where the glossary file (includes/glossary.md) is.
A small site of fault boxes alone, without either file, may leave them out.
"""

from __future__ import annotations

from markdown import Markdown

from .errors import ContentError

# Extension (as mkdocs.yml names it) -> the tree processor it registers, and
# what every page loses without it.
COUNTED_ON: dict[str, tuple[str, str]] = {
    "hinge_guide.checks": ("hinge_checks", "every check on what a page says"),
    "hinge_guide.glossary": ("hinge_glossary", "a tooltip on each term's first use"),
}


def require_extension(md: Markdown, name: str) -> None:
    """Stop when `name` (a key of COUNTED_ON) is not registered on md."""
    processor, what = COUNTED_ON[name]
    if processor not in md.treeprocessors:
        raise ContentError(
            f"mkdocs.yml: markdown_extensions no longer lists {name}, so every page "
            f"would lose {what}, without a word. Put the line `- {name}` back under "
            "markdown_extensions (git checkout -- mkdocs.yml restores the file)."
        )
