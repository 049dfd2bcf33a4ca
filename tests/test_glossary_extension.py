"""The glossary extension (glossary.py) on small strings: a term's tooltip on
first use, the Glossary page, a share page's words, and a broken glossary
file named with its line."""

from __future__ import annotations

import xml.etree.ElementTree as etree
from pathlib import Path

import markdown
import pytest
from bs4 import BeautifulSoup

from hinge_guide import glossary
from hinge_guide.errors import ContentError
from hinge_guide.faults.share import words_on_page

pytestmark = pytest.mark.unit


TERMS = ("[//]: # (a comment)\n*[hinge]: A bend at the hips.\n"
         "*[hip hinge]: A bend at the hips.\n*[rep]: One movement.\n")


@pytest.fixture
def glossary_file(tmp_path: Path) -> str:
    path = tmp_path / "glossary.md"
    path.write_text(TERMS, encoding="utf-8")
    return str(path)


def test_a_term_is_marked_on_first_use_only_and_never_in_headings_or_links(glossary_file):
    text = ("# The hinge\n\nA rep is a hip hinge. Each hinge and each rep [hinge](x.md)."
            "\n\n- a rep\n")
    page = BeautifulSoup(markdown.markdown(
        text, extensions=[glossary.makeExtension(source=glossary_file)]), "html.parser")
    marked = [(a.get_text(), a["title"]) for a in page.find_all("abbr")]
    assert marked == [("rep", "One movement."), ("hip hinge", "A bend at the hips.")]
    assert page.h1.find("abbr") is None and page.a.find("abbr") is None


def test_the_glossary_page_lists_shared_meanings_once(glossary_file):
    page = BeautifulSoup(markdown.markdown(
        "<!-- glossary -->\n",
        extensions=["def_list", glossary.makeExtension(source=glossary_file)]), "html.parser")
    assert [dt.get_text() for dt in page.find_all("dt")] == ["Hip hinge (also: hinge)", "Rep"]


@pytest.mark.parametrize("marker", ["<!-- Glossary -->", "<!--glossary-->",
                                    "<!-- glossary --> here"])
def test_a_glossary_marker_typed_nearly_right_stops_with_how_to_write_it(glossary_file, marker):
    """It rendered as a plain comment, and the Glossary page listed no term
    without a word, where a mistyped fault-index marker was named: both
    markers now refuse a near miss by the one rule (blocks.Marker)."""
    with pytest.raises(ContentError) as caught:
        markdown.markdown(f"# Glossary\n\n{marker}\n",
                          extensions=["def_list", glossary.makeExtension(source=glossary_file)])
    message = str(caught.value)
    assert "line 3" in message and "looks like the glossary marker" in message, message
    assert "list no terms" in message and message.endswith("<!-- glossary -->"), message


def test_a_glossary_marker_shown_as_code_is_left_alone(glossary_file):
    html = markdown.markdown("Write `<!--glossary-->`.\n\n```\n<!-- Glossary -->\n```\n",
                             extensions=["fenced_code",
                                         glossary.makeExtension(source=glossary_file)])
    assert "glossary" in html.lower()


def test_a_term_and_its_plural_are_one_entry_headed_by_the_singular(tmp_path):
    """rep and reps share a meaning: one entry on the Glossary page, "Rep
    (also: reps)", though "reps" is longer; and "reps" in the text gets the
    meaning when it comes first."""
    path = tmp_path / "glossary.md"
    path.write_text("*[reps]: One movement, down and up.\n*[rep]: One movement, down and up.\n"
                    "*[hip hinge]: A bend.\n*[hinge]: A bend.\n", encoding="utf-8")
    extension = glossary.makeExtension(source=str(path))
    page = BeautifulSoup(markdown.markdown("<!-- glossary -->\n",
                                           extensions=["def_list", extension]), "html.parser")
    assert [dt.get_text() for dt in page.find_all("dt")] == [
        "Hip hinge (also: hinge)", "Rep (also: reps)"]
    text = BeautifulSoup(markdown.markdown("Do 10 reps. Each rep is slow.",
                                           extensions=[extension]), "html.parser")
    assert [(a.get_text(), a["title"]) for a in text("abbr")] == [
        ("reps", "One movement, down and up.")]


def test_a_share_pages_words_are_the_terms_its_tooltips_mark(tmp_path):
    """"Romanian deadlift" is one term, not also "deadlift": a share page's
    list of words matches terms as the tooltips do, longest first."""
    path = tmp_path / "glossary.md"
    path.write_text("*[Romanian deadlift]: A hinge from standing.\n"
                    "*[deadlift]: A lift from the floor.\n", encoding="utf-8")
    text = "Keep the bar close in a Romanian deadlift."
    md = markdown.Markdown(extensions=[glossary.makeExtension(source=str(path))])
    marked = [a.get_text() for a in BeautifulSoup(md.convert(text), "html.parser")("abbr")]
    box = etree.fromstring(f"<div><p>{text}</p></div>")
    listed = [dt.text for dt in words_on_page(md, box).iter("dt")]
    assert marked == listed == ["Romanian deadlift"]


def test_a_share_pages_words_are_one_closed_box(tmp_path):
    """The list of words is a <details>, closed, so it doesn't push the
    coach and the share button down the page; its words are in the HTML,
    and open without JavaScript."""
    path = tmp_path / "glossary.md"
    path.write_text("*[sacrum]: The flat bone at the base of the spine.\n", encoding="utf-8")
    md = markdown.Markdown(extensions=[glossary.makeExtension(source=str(path))])
    md.convert("")
    terms = words_on_page(md, etree.fromstring("<div><p>Tuck the sacrum.</p></div>"))
    assert terms.tag == "details" and "open" not in terms.attrib
    assert terms.get("class").split() == ["note", "hh-share-terms"]
    assert [child.tag for child in terms] == ["summary", "dl"]
    assert terms[0].text == "Words on this page"
    assert [(dt.text, dd.text) for dt, dd in zip(terms[1][::2], terms[1][1::2], strict=True)] == [
        ("Sacrum", "The flat bone at the base of the spine.")]


def test_a_term_being_defined_gets_no_tooltip_of_its_own(glossary_file):
    """A share page's list of words is a definition list: its first use of a
    term may be the <dt> itself, whose meaning sits right under it."""
    page = BeautifulSoup(markdown.markdown(
        "rep\n:   One movement, down and up: a hip hinge.\n",
        extensions=["def_list", glossary.makeExtension(source=glossary_file)]), "html.parser")
    assert page.dt.find("abbr") is None
    assert [a.get_text() for a in page.dd.find_all("abbr")] == ["hip hinge"]


def test_a_malformed_glossary_line_names_the_file_and_line(tmp_path):
    path = tmp_path / "glossary.md"
    path.write_text(TERMS + "*[tempo] How fast you move\n", encoding="utf-8")
    with pytest.raises(ContentError, match=rf"{path.name}, line 5:.*\*\[term\]: plain"):
        markdown.markdown("x", extensions=[glossary.makeExtension(source=str(path))])


def test_a_glossary_that_is_not_utf8_names_the_file(tmp_path):
    path = tmp_path / "glossary.md"
    path.write_bytes(b"*[tempo\xe9]: how fast\n")
    with pytest.raises(ContentError, match="not UTF-8"):
        markdown.markdown("x", extensions=[glossary.makeExtension(source=str(path))])


def test_the_glossary_files_default_place_is_named_once():
    """glossary.SOURCE: the extension's default source and the place the
    checks look for a glossary whose extension was dropped from mkdocs.yml.
    Written twice, moving the file would leave one of them looking in the
    old place."""
    import ast

    from small_inputs import ROOT

    named = [f"{path.relative_to(ROOT).as_posix()}, line {node.lineno}"
             for path in sorted((ROOT / "hinge_guide").rglob("*.py"))
             for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
             if isinstance(node, ast.Constant) and node.value == glossary.SOURCE]
    assert len(named) == 1 and named[0].startswith("hinge_guide/glossary.py, "), (
        f"{glossary.SOURCE!r} is written at {named}: read glossary.SOURCE instead")
