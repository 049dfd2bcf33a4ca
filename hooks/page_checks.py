"""Page checks: stop the build when a page would ship broken or bare.

Each check names the file and says what to do. The checks:

- every page has a front-matter ``description`` (it feeds search results
  and link previews), one sentence of at most 160 characters;
- every image has alt text that describes what it shows;
- every admonition uses a type the site styles (a mistyped type renders as
  an unstyled box without any warning from Markdown);
- no block marker (``///``) is left as text, which is what a misspelt
  block name such as ``/// faut`` turns into;
- every script a page names in its front matter exists;
- every link in ``extra.social`` is a real https address.

The functions take plain values, so tests can call them directly.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from mkdocs.exceptions import PluginError

DESCRIPTION_MAX = 160

# The admonition vocabulary: what each type is for is in README.md.
ADMONITION_TYPES = {"note", "tip", "warning", "fault"}

# Classes that Markdown or Material put on admonitions besides the type.
_LAYOUT_CLASSES = {"admonition", "inline", "end", "annotate"}

_PLACEHOLDER_HOSTS = re.compile(r"//([^/]*\.)?(example\.(com|org|net)|localhost)\b")


def check_description(meta: dict, src: str) -> None:
    description = meta.get("description")
    if not isinstance(description, str) or not description.strip():
        raise PluginError(
            f"docs/{src}: the page has no description. Add a front-matter "
            "line `description: ...` at the top: one sentence, at most "
            f"{DESCRIPTION_MAX} characters, saying what the reader gets here."
        )
    if len(description) > DESCRIPTION_MAX:
        raise PluginError(
            f"docs/{src}: the description has {len(description)} characters. "
            f"Shorten it to {DESCRIPTION_MAX} or fewer: search results and "
            "link previews cut longer ones off."
        )


class _Collector(HTMLParser):
    """Collects images and admonition classes from a page's HTML."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.images: list[dict] = []
        self.admonition_types: list[str] = []
        self.stray_markers: list[str] = []
        self._in_p = False
        self._p_text = ""

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "img":
            self.images.append(attrs)
        elif (tag == "div" and "admonition" in classes) or tag == "details":
            kinds = [c for c in classes if c not in _LAYOUT_CLASSES]
            self.admonition_types.extend(kinds or ["(no type)"])
        elif tag == "p":
            self._in_p, self._p_text = True, ""

    def handle_endtag(self, tag):
        if tag == "p" and self._in_p:
            self._in_p = False
            if self._p_text.lstrip().startswith("///"):
                self.stray_markers.append(self._p_text.strip().splitlines()[0])

    def handle_data(self, data):
        if self._in_p:
            self._p_text += data


def check_html(html: str, src: str) -> None:
    found = _Collector()
    found.feed(html)
    for image in found.images:
        alt = (image.get("alt") or "").strip()
        if not alt:
            raise PluginError(
                f"docs/{src}: the image {image.get('src', '?')} has no alt text. "
                "Write ![what the picture shows](file) in Markdown, e.g. "
                "![Side view: hips pushed back, back flat, hands at the knees](...)."
            )
    for kind in found.admonition_types:
        if kind not in ADMONITION_TYPES:
            raise PluginError(
                f'docs/{src}: an admonition has the type "{kind}", which the site '
                f"does not style. Use one of: {', '.join(sorted(ADMONITION_TYPES))}."
            )
    for marker in found.stray_markers:
        raise PluginError(
            f'docs/{src}: "{marker}" was left as text. The block name is '
            "misspelt or the block is not closed: write /// fault | Title, "
            "/// tip | Title, /// warning | Title or /// note | Title, and close "
            "it with /// on a line of its own."
        )


def check_scripts(meta: dict, src: str, docs_dir: str) -> None:
    """Scripts a page names in its front matter must exist under docs/."""
    for script in meta.get("scripts") or []:
        if not (Path(docs_dir) / script).is_file():
            raise PluginError(
                f"docs/{src}: the front matter names the script {script}, which "
                f"is not in docs/. Fix the path (relative to docs/) or remove it."
            )


def check_social(social: list | None) -> None:
    for entry in social or []:
        link = (entry or {}).get("link", "")
        if not link.startswith("https://") or _PLACEHOLDER_HOSTS.search(link):
            raise PluginError(
                f'mkdocs.yml: the social link "{link}" is not a real https '
                "address. Set the coach's own page under extra.social, or remove "
                "the entry: a reader must never tap a dead link."
            )


# MkDocs events ------------------------------------------------------------

def on_config(config, **kwargs):
    check_social(config.extra.get("social"))
    return config


def on_page_markdown(markdown, page, config, **kwargs):
    check_description(page.meta, page.file.src_uri)
    check_scripts(page.meta, page.file.src_uri, config.docs_dir)
    return markdown


def on_page_content(html, page, **kwargs):
    check_html(html, page.file.src_uri)
    return html
