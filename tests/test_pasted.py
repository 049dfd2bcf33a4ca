"""Markup pasted into a page (checks/pasted.py): left open, loading from
elsewhere or running code, it is named."""

from __future__ import annotations

import markdown
import pytest

from hinge_guide.errors import ContentError
from small_inputs import EXTENSIONS, ROOT, convert

pytestmark = pytest.mark.unit

# Pasted markup: left open, loading from elsewhere, running code ------------------

@pytest.mark.parametrize("text,message", [
    ('<div class="hh-intro">\n\n## Shoes\n\nText.\n', "a <div> that is never closed"),
    ("<!-- TODO check with Sam\n\n## Shoes\n\nText.\n", "an HTML comment (<!--) that never closes"),
    ('<iframe src="https://www.youtube.com/embed/x"></iframe>\n', "a <iframe>"),
    ('<script src="//www.instagram.com/embed.js"></script>\n', "a <script>"),
    ('<p>Hi <img src="a.png" alt="x" onerror="alert(1)"></p>\n', "an event handler (onerror"),
    ('<p><img src="https://i.imgur.com/x.png" alt="A foot"></p>\n', '<img src="https://i.imgur.com'),
    ("![A foot](https://evil.example.net/foot.jpg)\n", "is on another site"),
    # Pasted, not inlined from docs/images: no figure check has read it.
    ('Text.\n\n<svg onload="alert(document.domain)"></svg>\n', "an event handler (onload"),
    ('<svg viewBox="0 0 1 1"><image href="https://evil.example.net/x.png"/></svg>\n',
     '<image href="https://evil.example.net'),
    # Run code or take the page over, from Markdown's own syntax too
    ('[Setup](setup.md){ onclick="alert(1)" }\n', "an event handler (onclick"),
    ("[Tap me](javascript:alert(1))\n", "a javascript: address on <a>"),
    ('<a href=" java\tscript:alert(1)">x</a>\n', "a javascript: address on <a>"),
    ('<div markdown>\n<script>alert(1)</script>\n</div>\n', "a <script>"),
    ('<base href="https://evil.example/">\n', "a <base>"),
    ('<meta http-equiv="refresh" content="0;url=https://evil.example/">\n', "a <meta>"),
    ('<form action="https://evil.example/steal"><input name="q"></form>\n', "a <form>"),
    ("<style>.md-content{display:none}</style>\n", "a <style> in the page"),
    ('<svg viewBox="0 0 1 1"><style>.hh-fig-body{fill:red}</style></svg>\n',
     "a <style> in the page"),
    ('Text.\n{ style="position:fixed;inset:0;background:#fff" }\n', "a style that lifts <p>"),
    ('<div style="position: fixed; inset: 0">Win!</div>\n', "a style that lifts <div>"),
])
def test_pasted_markup_that_breaks_the_page_or_loads_from_elsewhere_is_named(text, message):
    with pytest.raises(ContentError) as error:
        convert(text)
    assert message in str(error.value)


@pytest.mark.parametrize("text", [
    '<div class="hh-intro" markdown>\n\n## Shoes\n\n</div>\n',
    "<!-- a note for coaches -->\n\nText.\n",
    "```html\n<div class=\"open\">\n```\n\nText with `<div>` in code.\n",
    '[Watch it on YouTube](https://www.youtube.com/watch?v=x) and <a href="https://example.org/a">this</a>.\n',
    "![A foot](images/foot.png)\n",
    '<p style="text-align: center">Centred words.</p>\n',
    "[A page about javascript: the language](questions.md)\n",
])
def test_closed_markup_local_pictures_and_plain_links_pass(text):
    convert(text)


def test_the_sites_own_figures_inlined_pass_the_pasted_markup_check(monkeypatch):
    """The check reads every block of raw HTML, the inlined figures too:
    they have passed the figure check, and must pass this one as well."""
    monkeypatch.chdir(ROOT)
    paths = sorted((ROOT / "docs/images").glob("*.svg"))
    page = "\n\n".join(f"![Figure {path.stem}](images/{path.name})" for path in paths)
    html = markdown.markdown(page, extensions=[*EXTENSIONS, "hinge_guide.inline_svg"])
    assert html.count("<svg") >= len(paths) > 0
