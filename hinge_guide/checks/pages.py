"""The site's files as files: each name makes a clean address, and each
page has words.

- A page's file name is its address (``new-page.md`` is ``new-page/``), so
  it is lower-case letters, digits and hyphens: a space ships as ``%20``, and
  capitals make an address GitHub Pages matches case by case, so a link
  typed in lower case finds nothing.
- A name that starts or ends with a space (a web editor keeps one typed by
  accident) is a different file: the menu's ``questions.md`` is then missing
  though the file seems to be there.
- ``page.MD`` is not a page: MkDocs publishes it as a download.
- A page with nothing after its front matter: Markdown skips an empty text
  without running any extension, so no check would see it, and it would ship
  as a blank page.
- A page in the menu, or a fault's share page, with no link-preview card:
  its preview tag would point at a picture that isn't there, and a link
  shared in a chat would show a broken one. The generate step draws them.

Checked from every page (each file once per version of it), like the SVGs.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

from .. import published
from ..errors import ContentError
from ..file_cache import FileCache
from ..page_meta import split_front_matter
from ..site import SHARE_FOLDER, card_file, page_url
from ..text_file import read_text

# Lower-case letters, digits and hyphens, as README's "Adding a page" and
# the message say: the name is the page's address, and a hyphen is how
# every other address on the site (and a fault's anchor) joins words.
_PAGE_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*\.md$")
# Published as they are, with names of their own: the body tracker.
_SKIP = frozenset({"vendor"})


def check_pages(docs_dir: Path) -> None:
    """Stop at a file name that would break its address, and at a page with
    no words."""
    for path in sorted(docs_dir.rglob("*")):
        relative = path.relative_to(docs_dir)
        if _SKIP & set(relative.parts[:-1]):
            continue
        shown = f"docs/{relative.as_posix()}"
        name = path.name
        if name != name.strip():
            raise ContentError(
                f"{shown!r}: the file's name {'starts' if name[0].isspace() else 'ends'} "
                f"with a space, so links and the menu that name {name.strip()} don't find "
                f"it. Rename it to {name.strip()} (without the space)."
            )
        if not path.is_file() or path.suffix.lower() != ".md":
            continue
        if path.suffix != ".md":
            raise ContentError(
                f"{shown}: a page's name ends in .md, in lower case; {name} would be "
                f"published as a file to download, not a page. Rename it to {path.stem}.md."
            )
        for part in relative.parts:
            check = part if part.endswith(".md") else f"{part}.md"
            if not _PAGE_NAME.match(check):
                plain = unicodedata.normalize("NFKD", Path(check).stem.lower())
                better = re.sub(r"[^a-z0-9-]+", "-", plain.encode("ascii", "ignore")
                                .decode()).strip("-")
                raise ContentError(
                    f"{shown}: the name {part!r} becomes the page's address, where "
                    "spaces, capitals and accents make a link that is hard to share "
                    "(GitHub Pages tells capitals apart). Use lower-case letters, digits "
                    f"and hyphens: rename it to {better or 'new-page'}"
                    f"{'.md' if part.endswith('.md') else ''}, and change the menu "
                    "(nav in mkdocs.yml) and links to match."
                )
        _words.get(path, functools.partial(_has_words, path, shown))


def _has_words(path: Path, shown: str) -> None:
    _, body, _ = split_front_matter(read_text(path, shown), shown)
    if not body.strip():
        raise ContentError(
            f"{shown}: the page has no words after its front matter, so it would ship "
            "blank. Write its title (# Title) and its text under the front matter, "
            "or delete the file and its line in nav (mkdocs.yml)."
        )


def check_preview_cards(docs_dir: Path, nav: list[tuple[str, str]]) -> None:
    """Each page in the menu and each share page has its preview card
    (site.card_file), which overrides/main.html names in the page's preview
    tags. A page outside the menu is left alone: a link to it is not the
    site's to share."""
    shared = sorted(path.relative_to(docs_dir).as_posix()
                    for path in (docs_dir / SHARE_FOLDER).glob("*.md"))
    for src in dict.fromkeys([*(src for _, src in nav), *shared]):
        if (docs_dir / src).is_file() and not (docs_dir / card_file(src)).is_file():
            raise ContentError(
                f"docs/{src}: the page has no preview card yet (docs/{card_file(src)}), so "
                "a link to it shared in a chat would show a broken picture. Run "
                "`.venv/bin/python -m hinge_guide`, which draws it, then build again. (On "
                "GitHub, the Pages workflow runs it.)"
            )


def check_published_pages(root: Path, docs_dir: Path) -> None:
    """Every page published-links.txt lists is still a page: a page renamed
    or removed stopped only the generate step, and `scripts/serve` showed a
    site whose posted links lead nowhere."""
    path = root / published.FILE
    if not path.is_file():
        return
    pages = {page_url(md.relative_to(docs_dir).as_posix()) for md in docs_dir.rglob("*.md")}
    published.check_pages(read_text(path, published.FILE), pages)


# One entry per page, read again when it changes.
_words: FileCache[None] = FileCache(size=256)
