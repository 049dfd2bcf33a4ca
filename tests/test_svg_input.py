"""Coach-supplied SVGs by their file names and titles: a figure saved as
Figure.SVG is an SVG to the browser and the host, so it is checked, inlined
and shown in the fault index like figure.svg; and an image's title
(``![alt](x.svg "title")``) outlives the inlining."""

from __future__ import annotations

import xml.etree.ElementTree as etree
from pathlib import Path

import markdown
import pytest

from hinge_guide import inline_svg
from hinge_guide.checks.settings import check_folder
from hinge_guide.errors import ContentError
from hinge_guide.faults.box import faults_on_page
from hinge_guide.faults.index import thumbnail_of
from hinge_guide.svg_safety import is_svg

pytestmark = pytest.mark.unit

SVG_NS = "http://www.w3.org/2000/svg"
DRAWING = (f'<svg xmlns="{SVG_NS}" viewBox="0 0 10 10"><path class="st0" d="M0 0h9v9z"/>'
           '</svg>')
EXTENSIONS = ["attr_list", "md_in_html", "hinge_guide.inline_svg"]


@pytest.mark.parametrize("name", ["a.svg", "a.SVG", "images/Feet.Svg", "../x.sVg"])
def test_an_svg_is_known_by_its_extension_in_any_case(name):
    assert is_svg(name)


@pytest.mark.parametrize("name", ["a.svgz", "a.png", "svg", "a.svg.png"])
def test_other_files_are_not_svgs(name):
    assert not is_svg(name)


@pytest.mark.parametrize("name", ["evil.SVG", "sub/evil.Svg"])
def test_an_svg_in_capitals_is_checked_for_code_like_any_other(tmp_path, name):
    """A script in images/evil.SVG was published without a word: the check
    looked at *.svg only, and the host serves .SVG as an SVG that runs it."""
    path = tmp_path / "docs/images" / name
    path.parent.mkdir(parents=True)
    path.write_text(f'<svg xmlns="{SVG_NS}"><script>alert(1)</script></svg>', encoding="utf-8")
    with pytest.raises(ContentError, match=rf"docs/images/{name}, line 1: .*<script>"):
        check_folder(tmp_path / "docs", "docs")


def _page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, name: str) -> etree.Element:
    (tmp_path / "docs/images").mkdir(parents=True)
    (tmp_path / "docs/images" / name).write_text(DRAWING, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return etree.fromstring(f"<div>{markdown.markdown(text, extensions=EXTENSIONS)}</div>")


@pytest.mark.parametrize("name", ["Feet.SVG", "feet.Svg"])
def test_a_figure_in_capitals_is_inlined(tmp_path, monkeypatch, name):
    """It was left an <img>, which can't follow the light/dark switch."""
    page = _page(tmp_path, monkeypatch, f"![Feet apart](images/{name})", name)
    assert page.find(".//img") is None
    svg = page.find(f".//{{{SVG_NS}}}svg")
    assert svg is not None and svg.find(f"{{{SVG_NS}}}title").text == "Feet apart"


def test_a_fault_box_picture_in_capitals_is_its_row_picture():
    md = markdown.Markdown(extensions=["attr_list", "md_in_html", "hinge_guide.faults"])
    md.convert("/// fault | Rounded back\n    attrs: {id: rounded-back}\n\n"
               "**What you see or feel:** A curve.\n\n![Rounded back](images/Round.SVG)\n\n"
               "**Why it matters:** It tires.\n\n**The fix:** Go less deep.\n///\n")
    assert thumbnail_of(faults_on_page(md)[0]) == "images/Round.SVG"


def test_an_image_title_becomes_the_figures_description(tmp_path, monkeypatch):
    """The title was dropped without a word when the figure was inlined;
    it is now its <desc>, read after the name, as an <img>'s title is."""
    page = _page(tmp_path, monkeypatch,
                 '![Feet apart](images/feet.svg "Hip-width, toes a little out")\n\n'
                 '![Feet again](images/feet.svg "Second & <last>")', "feet.svg")
    svgs = page.findall(f".//{{{SVG_NS}}}svg")
    assert len(svgs) == 2
    for svg, words in zip(svgs, ["Hip-width, toes a little out", "Second & <last>"],
                          strict=True):
        own = {el.get("id"): el for el in svg.iter() if el.get("id")}
        desc = own[svg.get("aria-describedby")]
        assert desc.tag == f"{{{SVG_NS}}}desc" and desc.text == words
    ids = [el.get("id") for el in page.iter() if el.get("id")]
    assert len(ids) == len(set(ids)), ids


def test_a_title_replaces_the_drawings_own_description():
    svg = etree.fromstring(f'<svg xmlns="{SVG_NS}"><title id="t">x</title>'
                           '<desc>Created with a drawing program</desc></svg>')
    out = etree.fromstring(inline_svg.inline_svg(svg, "Feet apart", "", set(), "Hip-width"))
    descs = out.findall(f"{{{SVG_NS}}}desc")
    assert [d.text for d in descs] == ["Hip-width"]
    assert out.get("aria-describedby") == descs[0].get("id")


def test_a_figure_without_a_title_has_no_description(tmp_path, monkeypatch):
    page = _page(tmp_path, monkeypatch, "![Feet apart](images/feet.svg)", "feet.svg")
    svg = page.find(f".//{{{SVG_NS}}}svg")
    assert svg.get("aria-describedby") is None and svg.find(f"{{{SVG_NS}}}desc") is None


def test_a_figure_with_a_query_is_inlined(tmp_path, monkeypatch):
    """images/feet.svg?v=2 (a coach busting a cache) stayed an <img> that
    couldn't follow the light/dark switch."""
    page = _page(tmp_path, monkeypatch, "![Feet apart](images/feet.svg?v=2)", "feet.svg")
    assert page.find(".//img") is None and page.find(f".//{{{SVG_NS}}}svg") is not None


def test_a_picture_kept_inside_a_drawing_is_named_as_one():
    """A data: picture was called a link outside the figure, to another site."""
    from hinge_guide.svg_safety import check_svg

    data = (f"<svg xmlns='{SVG_NS}' xmlns:xlink='http://www.w3.org/1999/xlink'><image "
            "xlink:href='data:image/png;base64,iVBORw0KGgo=' width='5' height='5'/></svg>")
    with pytest.raises(ContentError, match=r"<image> holds a picture inside the drawing.* save "
                                           r"the picture as a file of its own"):
        check_svg(data.encode(), "x.svg")
