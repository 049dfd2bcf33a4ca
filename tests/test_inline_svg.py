"""Figures inlined into a page (inline_svg.py): named by their alt text, with
fresh ids for a second copy, and a pair's labels again as words under it."""

from __future__ import annotations

import xml.etree.ElementTree as etree

import pytest
from bs4 import BeautifulSoup

from hinge_guide import inline_svg
from hinge_guide.errors import ContentError
from small_inputs import render

pytestmark = pytest.mark.unit


SVG = ('<svg xmlns="http://www.w3.org/2000/svg" class="hh-fig" viewBox="0 0 10 10" '
       'aria-labelledby="t"><title id="t">old</title><defs><mask id="cut"/></defs>'
       '<g mask="url(#cut)"/><use href="#cut"/></svg>')


def test_a_figure_is_inlined_named_by_its_alt_text_with_its_class():
    out = inline_svg.inline_svg(etree.fromstring(SVG), r"Hips back \1 \d & <ok>", "hh-fig--wide")
    svg = BeautifulSoup(out, "html.parser").svg
    assert svg.title.get_text() == r"Hips back \1 \d & <ok>"
    assert svg["class"] == ["hh-fig", "hh-fig--wide"] and svg["role"] == "img"
    assert svg["aria-labelledby"] == svg.title["id"]


def test_a_second_copy_gets_fresh_ids_and_its_references_follow():
    taken: set[str] = set()
    first = inline_svg.inline_svg(etree.fromstring(SVG), "alt", "", taken)
    assert 'id="cut"' in first and taken == {"t", "cut"}
    out = inline_svg.inline_svg(etree.fromstring(SVG), "alt", "", taken)
    svg = BeautifulSoup(out, "html.parser").svg
    assert svg.find("mask")["id"] == "cut-2"
    assert svg.find("g")["mask"] == "url(#cut-2)"
    assert svg.find("use")["href"] == "#cut-2"
    assert svg["aria-labelledby"] == "t-2" and svg.title["id"] == "t-2"


def _side(classes: str, labels: str) -> etree.Element:
    return etree.fromstring(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="{classes}">{labels}</svg>')


def test_a_pair_sides_labels_come_again_as_words_under_it():
    side = _side("hh-fig hh-fig--fault",
                 '<text class="hh-fig-label hh-fig-label-fault">hips over '
                 '<tspan>heels</tspan></text>'
                 '<text class="hh-fig-badge-word">Fault</text>'
                 '<text class="hh-fig-label hh-fig-label-fault">weight &lt;toes&gt;</text>')
    words = BeautifulSoup(inline_svg.panel_words(side), "html.parser").span
    assert words["class"] == ["hh-fig-words", "hh-fig-words--fault"]
    assert words["aria-hidden"] == "true", "the figure's title says it already"
    assert [w.get_text() for w in words.find_all("span")] == ["hips over heels", "weight <toes>"]
    fix = _side("hh-fig--fix hh-fig", '<text class="hh-fig-label">back flat</text>')
    assert 'hh-fig-words--fix"' in inline_svg.panel_words(fix)


def test_other_figures_and_sides_without_labels_get_no_words():
    drawing = _side("hh-fig", '<text class="hh-fig-label">hips back</text>')
    assert inline_svg.panel_words(drawing) == ""
    badge_only = _side("hh-fig hh-fig--fix", '<text class="hh-fig-badge-word">Fix</text>')
    assert inline_svg.panel_words(badge_only) == ""


def test_an_image_without_alt_text_stops_the_build():
    with pytest.raises(ContentError, match="has no alt text"):
        render("![](images/setup-standing.svg)", "hinge_guide.inline_svg")


def test_a_page_figure_is_inlined_from_docs_images():
    page = render("![Bottom of the hinge](images/setup-standing.svg)\n\n"
                  "![Again](images/setup-standing.svg)", "hinge_guide.inline_svg")
    titles = [svg.title.get_text() for svg in page.find_all("svg")]
    assert titles == ["Bottom of the hinge", "Again"] and page.find("img") is None
    ids = [el["id"] for el in page.select("[id]")]
    assert len(ids) == len(set(ids)), "ids repeat on the page"


def test_importing_it_leaves_how_other_trees_are_written_alone():
    """It registered the SVG namespace as ElementTree's default for the whole
    process on import: every other tree in the process was then written
    differently (an element of no namespace silently joined the SVG's)."""
    import subprocess
    import sys

    script = (
        "import xml.etree.ElementTree as etree\n"
        "before = dict(etree._namespace_map)\n"  # the map register_namespace changes
        "import hinge_guide.inline_svg\n"
        "assert dict(etree._namespace_map) == before, 'the namespace map changed'\n"
        "svg = etree.Element('{http://www.w3.org/2000/svg}svg')\n"
        "print(etree.tostring(svg, encoding='unicode'))\n")
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("<ns0:svg"), run.stdout


def test_a_figure_is_written_with_the_svg_namespace_as_its_default():
    svg = etree.fromstring(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        '<title>t</title><path id="a"/><use xlink:href="#a"/></svg>')
    markup = inline_svg.inline_svg(svg, "A body", "hh-fig")
    assert markup.startswith('<svg xmlns="http://www.w3.org/2000/svg"'), markup
    assert "ns0:" not in markup and "ns1:" not in markup, markup
    assert '<use href="#a"' in markup, markup
