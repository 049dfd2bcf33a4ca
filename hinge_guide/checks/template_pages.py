"""Pages the templates link to (overrides/*.html): named by their file under
docs/, and each one there.

A template names a page as ``hh_page("safety.md") | url``
(overrides/partials/hh-page.html turns the file into its address). A page
renamed or removed then stops the build here, naming the template, its
line and the file, instead of shipping the safety pointer on every page,
or the 404 page's way back, as a link to nothing. An address typed by hand
(``'safety/' | url``) is refused for the same reason: nothing could check it.

Read with Jinja's own parser (the templates are Jinja), not searched as text.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import jinja2
from jinja2 import nodes

from ..errors import ContentError
from ..text_file import read_text
from .theme_files import custom_dir

MACRO = "hh_page"


def _page_literals(tree: nodes.Template) -> Iterator[tuple[int, str, bool]]:
    """(line, text, named by file) for every page a template links to:
    hh_page("x.md"), and a typed address given to | url that names a page
    (ends in "/", or is "." or "", or ends in ".md") rather than a file."""
    for call in tree.find_all(nodes.Call):
        if isinstance(call.node, nodes.Name) and call.node.name == MACRO:
            arg = call.args[0] if call.args else None
            text = arg.value if isinstance(arg, nodes.Const) else None
            yield call.lineno, text if isinstance(text, str) else "", True
    for fil in tree.find_all(nodes.Filter):
        if fil.name == "url" and isinstance(fil.node, nodes.Const):
            text = fil.node.value
            if isinstance(text, str) and (text in ("", ".") or text.endswith(("/", ".md"))):
                yield fil.lineno, text, False


def check_template_pages(root_dir: Path, docs_dir: Path) -> None:
    """Every page a template of the theme's own folder (custom_dir) links to
    is a file under docs_dir, named by that file."""
    theme_dir = custom_dir(root_dir)
    if theme_dir is None or not theme_dir.is_dir():
        return
    env = jinja2.Environment()
    for path in sorted(theme_dir.rglob("*.html")):
        name = path.relative_to(root_dir).as_posix()
        try:
            tree = env.parse(read_text(path, name))
        except jinja2.TemplateSyntaxError:
            continue  # the engine names a template it can't read, with its line
        for line, text, by_file in _page_literals(tree):
            where = f"{name}, line {line}"
            if not by_file:
                raise ContentError(
                    f"{where}: links to the address '{text}' typed by hand, which nothing "
                    f"checks when the page is renamed. Name the page by its file under docs/: "
                    f"{{{{ {MACRO}('setup.md') | url }}}}, with "
                    f'{{% from "partials/hh-page.html" import {MACRO} %}} at the top.')
            if not text.endswith(".md"):
                raise ContentError(
                    f"{where}: {MACRO}() takes a page's file under docs/, written in quotes "
                    f"(such as '{MACRO}(\"setup.md\")'), not {text!r}.")
            if not (docs_dir / text).is_file():
                raise ContentError(
                    f"{where}: links to docs/{text}, which isn't there (renamed or removed?). "
                    f"Name the page's file as it is now under docs/.")
