"""A coach's SVGs (svg_safety.py, inline_svg.py): nothing in a figure may
run, fetch from another site or reach past the figure, and figures inlined
side by side keep their own names."""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

import markdown
import pytest

from hinge_guide import inline_svg, svg_safety
from hinge_guide.checks.settings import (
    check_folder,
)
from hinge_guide.errors import ContentError
from small_inputs import EXTENSIONS, ROOT

pytestmark = pytest.mark.unit

# Coach SVGs -------------------------------------------------------------------------

SVG_OPEN = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'


@pytest.mark.parametrize("svg,problem", [
    (SVG_OPEN + "<script>alert(1)</script></svg>", "<script>"),
    (SVG_OPEN + '<rect onload="alert(1)"/></svg>', "event handler onload"),
    (SVG_OPEN + '<image href="https://tracker.example/x.png"/></svg>', "links to"),
    ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
     '<use xlink:href="https://x.org/a.svg#b"/></svg>', "links to"),
    (SVG_OPEN + "<style>@import url(https://x.org/a.css);</style></svg>", "load"),
    (SVG_OPEN + '<rect style="fill:url(https://x.org/a)"/></svg>', "load"),
    ("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>", "DOCTYPE"),
    ("<html><body>hello</body></html>", "not SVG"),
    ('<?xml version="1.0"?>\n<?xml-stylesheet href="https://x.org/a.css"?>\n' + SVG_OPEN
     + "<g/></svg>", "processing instruction (<?xml-stylesheet ...?>)"),
    ('<!DOCTYPE svg [<!ENTITY a "aaaa">]>' + SVG_OPEN + "&a;</svg>", "DOCTYPE"),
    (SVG_OPEN + "<g/>" * 300_000 + "</svg>", "bytes"),
    (SVG_OPEN + "<g/>" * 6_000 + "</svg>", "elements"),
])
def test_a_coach_svg_that_could_run_or_fetch_is_refused(svg, problem):
    with pytest.raises(ContentError, match=r"docs/images/x\.svg(, line \d+)?: the figure can't "
                       "go on the site" if problem != "bytes" else "docs/images/x.svg") as caught:
        svg_safety.check_svg(svg.encode(), "docs/images/x.svg")
    assert problem in str(caught.value)


EVIL = "https://evil.example.net/x"
OTHER_SITES = "The site loads nothing from other sites"


@pytest.mark.parametrize("attr", ["fill", "stroke", "filter", "mask", "clip-path",
                                  "marker-start", "marker-mid", "marker-end"])
def test_a_presentation_attribute_that_fetches_is_refused(attr):
    svg = SVG_OPEN + f'<g/>\n<path {attr}="url({EVIL})"/></svg>'
    with pytest.raises(ContentError) as caught:
        svg_safety.check_svg(svg.encode(), "docs/images/x.svg")
    assert str(caught.value).startswith(
        f'docs/images/x.svg, line 2: the figure can\'t go on the site: <path> has '
        f'{attr}="url({EVIL})", which points outside the figure. {OTHER_SITES}')
    assert "Fix: use a colour" in str(caught.value)


@pytest.mark.parametrize("css,found", [
    (rf".a{{fill:\75 rl({EVIL})}}", f"...url({EVIL})"),              # CSS escape for u
    (rf".a{{fill:\u\r\l({EVIL})}}", f"...url({EVIL})"),              # escaped plain letters
    (f".a{{fill:&#117;rl({EVIL})}}", f"...url({EVIL})"),              # XML entity for u
    (f'@im&#112;ort "{EVIL}";', f'@import "{EVIL}";'),                # entity inside @import
    (rf'@\69 mport "{EVIL}";', f'@import "{EVIL}";'),                 # escape inside @import
    (f'.a{{fill:image-set("{EVIL}" 1x)}}', f'...image-set("{EVIL}" 1x)}}'),
    (f'.a{{fill:-webkit-image-set("{EVIL}" 1x)}}', f'...image-set("{EVIL}" 1x)}}'),
    (f".a{{fill:url( '{EVIL}')}}", f"...url( '{EVIL}')}}"),
])
def test_css_that_fetches_is_refused_however_it_is_written(css, found):
    for where, svg in [("<style>", SVG_OPEN + f"<style>\n\n{css}</style></svg>"),
                       ("<rect>", SVG_OPEN + f"<rect style='{css.replace(chr(39), chr(34))}'"
                                             "/></svg>")]:
        with pytest.raises(ContentError, match=OTHER_SITES) as caught:
            svg_safety.check_svg(svg.encode(), "docs/images/x.svg")
        message = str(caught.value)
        assert where in message and "points outside the figure" in message
        if where == "<style>":
            assert message.startswith("docs/images/x.svg, line 3: ")
            assert f'its <style> has "{found}' in message


@pytest.mark.parametrize("animation,found", [
    (f'<set attributeName="href" to="{EVIL}"/>', f'<set> animates a link (attributeName="href", '
                                                 f'to "{EVIL}")'),
    (f'<animate attributeName="href" values="#a;{EVIL}" dur="1s"/>',
     f'<animate> animates a link (attributeName="href", to "#a;{EVIL}")'),
    (f'<set attributeName="xlink:href" to="{EVIL}"/>', 'attributeName="xlink:href"'),
    (f'<animate attributeName="fill" values="red;url({EVIL})" dur="1s"/>',
     f'<animate> has values="...url({EVIL})", which points outside the figure'),
    (f'<set attributeName="style" to="fill:url({EVIL})"/>',
     f'<set> has to="...url({EVIL})", which points outside the figure'),
])
def test_an_animation_that_changes_a_link_or_fetches_is_refused(animation, found):
    svg = SVG_OPEN + f'<a href="#top"><rect id="top"/>{animation}</a></svg>'
    with pytest.raises(ContentError, match=OTHER_SITES) as caught:
        svg_safety.check_svg(svg.encode(), "docs/images/x.svg")
    message = str(caught.value)
    assert message.startswith("docs/images/x.svg, line 1: the figure can't go on the site: ")
    assert found in message and "Fix:" in message


PAGE_WIDE = "its <style> applies to the whole page"


@pytest.mark.parametrize("css,rule,why", [
    ("body{display:none}", "body", "does not start with a class of the figure's own"),
    ("*{display:none}", "*", "does not start with a class"),
    (".st0{fill:red}\n:root{--md-primary-fg-color:red}", ":root", "does not start with a class"),
    (".st0, svg{fill:red}", ".st0, svg", "does not start with a class"),
    ("@media print{.st0{fill:red} body{display:none}}", "body", "does not start with a class"),
    (".hh-card{display:none}", ".hh-card", '".hh-card" is a class of the site\'s pages'),
    (".st0 + p{display:none}", ".st0 + p", "+ and ~ pick elements next to the figure's"),
    (".st0 ~ *{display:none}", ".st0 ~ *", "+ and ~ pick elements next to the figure's"),
    (".st0 #layer1{fill:red}", ".st0 #layer1", "ids change when a figure is on a page twice"),
    (r"\62 ody{display:none}", r"\62 ody", "written with CSS escapes"),
    (r".st\30 {fill:red}", r".st\30", "written with CSS escapes"),
    ("@font-face{font-family:Roboto;src:local(Arial)}", "@font-face", "@font-face acts on the"),
    ("@page{margin:9in}", "@page", "@page acts on the whole page"),
    ("@keyframes spin{to{opacity:0}}", "@keyframes spin", "animation names are shared"),
])
def test_a_style_rule_that_reaches_past_the_figure_is_refused(css, rule, why):
    svg = SVG_OPEN + f'<style>\n{css}</style><rect class="st0"/></svg>'
    with pytest.raises(ContentError, match=PAGE_WIDE) as caught:
        svg_safety.check_svg(svg.encode(), "docs/images/x.svg")
    message = str(caught.value)
    line = 2 + css.split(rule.split(",")[0].split()[0])[0].count("\n")
    assert message.startswith(f"docs/images/x.svg, line {line}: the figure can't go on the "
                              f'site: its <style> has the rule "{rule}": ')
    assert why in message and "Fix: start every selector with a class" in message


@pytest.mark.parametrize("svg,problem", [
    (SVG_OPEN + "<style>.st0{fill:red}<g/>body{display:none}</style></svg>",
     "its <style> holds a <g> element"),
    (SVG_OPEN + "<STYLE>body{display:none}</STYLE></svg>", 'the rule "body"'),
    (SVG_OPEN + '<image HREF="https://evil.example.net/x"/></svg>', "links to"),
])
def test_a_style_or_link_the_html_parser_would_read_differently_is_refused(svg, problem):
    with pytest.raises(ContentError, match="docs/images/x.svg, line 1: ") as caught:
        svg_safety.check_svg(svg.encode(), "docs/images/x.svg")
    assert problem in str(caught.value)


DRAWN = ('<svg xmlns="http://www.w3.org/2000/svg" class="drawing" viewBox="0 0 10 10">'
         "<style>.st0{{fill:{}}} .st0 .st1:not(.hh-fig-body), svg.drawing:root{{stroke:none}}"
         "@media print{{.st1{{fill:#000}}}}@keyframes hh-spin{{to{{opacity:.5}}}}"
         '/* .note */ .st1[data-x=".y"]{{animation:hh-spin 1s}}</style>'
         '<g class="st0 hh-fig-body"><path class="st1" d="M0 0h9"/></g></svg>')


def test_a_drawing_programs_own_classes_pass_and_are_renamed_apart_per_figure():
    red, blue = DRAWN.format("#c00"), DRAWN.format("#00c")
    for svg in (red, blue):
        svg_safety.check_svg(svg.encode(), "docs/images/x.svg")
    one = inline_svg.inline_svg(inline_svg.own_classes(etree.fromstring(red), "feet"), "a", "")
    two = inline_svg.inline_svg(inline_svg.own_classes(etree.fromstring(blue), "sub/hands"),
                                "b", "")
    # Each figure's .st0 is its own: the second no longer repaints the first.
    assert ".hh-svg-feet-st0{fill:#c00}" in one and ".hh-svg-sub-hands-st0{fill:#00c}" in two
    assert 'class="hh-svg-feet-st0 hh-fig-body"' in one
    assert 'class="hh-svg-feet-st1"' in one and ".hh-svg-feet-st0 .hh-svg-feet-st1" in one
    assert "svg.hh-svg-feet-drawing:root" in one and ":not(.hh-fig-body)" in one
    # At-rules, keyframes, comments and strings keep their words.
    assert "@media print{.hh-svg-feet-st1{" in one and "@keyframes hh-spin{to{opacity:.5}}" in one
    assert '/* .note */ .hh-svg-feet-st1[data-x=".y"]' in one


def test_the_inliner_renames_a_figures_own_classes(tmp_path):
    path = tmp_path / "x.svg"
    path.write_text(DRAWN.format("#c00"), encoding="utf-8")
    inliner = inline_svg.InlineFigures(markdown.Markdown(), "images/")
    svg = inliner.figure(path, "docs/images/x.svg", "x")
    assert svg.get("class") == "hh-svg-x-drawing"


def test_the_generated_figures_keep_their_classes_when_inlined():
    for path in sorted((ROOT / "docs/images").glob("*.svg")):
        before = etree.tostring(etree.fromstring(path.read_bytes()))
        assert etree.tostring(inline_svg.own_classes(etree.fromstring(path.read_bytes()),
                                                  path.stem)) == before, path.name


def _export(colour: str) -> str:
    """A drawing program's export: no <title>, and the ids every export uses."""
    return (SVG_OPEN + '<defs><clipPath id="clip0"><rect id="r" width="5" height="5"/>'
            '</clipPath></defs><g clip-path="url(#clip0)" aria-describedby="r">'
            f'<path style="fill:{colour};clip-path:url(#clip0)" d="M0 0h9v9z"/>'
            '<use href="#r"/></g><animate id="a" begin="0s"/><set begin="a.end"/></svg>')


def test_two_coach_figures_on_one_page_keep_their_own_ids_and_names(tmp_path, monkeypatch):
    """Two exports without a <title>, both using clip0: each figure's name
    and clip path stay its own, and so do a second copy's."""
    (tmp_path / "docs/images").mkdir(parents=True)
    (tmp_path / "docs/images/feet.svg").write_text(_export("#c00"))
    (tmp_path / "docs/images/hands.svg").write_text(_export("#00c"))
    monkeypatch.chdir(tmp_path)
    html = markdown.markdown("![Feet apart](images/feet.svg)\n\n![Hands wide](images/hands.svg)"
                             "\n\n![Feet again](images/feet.svg)",
                             extensions=[*EXTENSIONS, "hinge_guide.inline_svg"])
    page = etree.fromstring(f"<div>{html}</div>")
    svgs = page.findall(".//{http://www.w3.org/2000/svg}svg")
    assert len(svgs) == 3
    ids = [el.get("id") for el in page.iter() if el.get("id")]
    assert len(ids) == len(set(ids)), f"ids repeat on the page: {ids}"
    for svg, alt in zip(svgs, ["Feet apart", "Hands wide", "Feet again"], strict=True):
        own = {el.get("id"): el for el in svg.iter() if el.get("id")}
        assert own[svg.get("aria-labelledby")].text == alt
        refs = [ref for el in svg.iter() for value in el.attrib.values()
                for ref in re.findall(r"url\(#([^)]+)\)", value)]
        refs += [el.get("href")[1:] for el in svg.iter() if el.get("href")]
        refs += [el.get("aria-describedby") for el in svg.iter() if el.get("aria-describedby")]
        refs += [el.get("begin").split(".")[0] for el in svg.iter() if "." in el.get("begin", "")]
        assert len(refs) == 5 and all(ref in own for ref in refs), (refs, list(own))


def test_css_pointing_inside_the_figure_passes():
    svg_safety.check_svg((SVG_OPEN + "<style>.a{fill:url(#g)}.b{mask:url( '#m')}"
                       '.c{fill:url("#g")}.d{fill:\\75 rl(#g)}</style>'
                       '<rect fill="url(#g)" clip-path="url(#c)" style="fill:url(#g)"/>'
                       "</svg>").encode(), "docs/images/x.svg")


@pytest.mark.parametrize("reference", ["url(#g)", "url('#g')", 'url("#g")', "url( '#g' )",
                                       "URL(#g)"])
def test_a_reference_to_a_renamed_part_follows_it_however_it_is_quoted(reference):
    """CSS quotes a url() or not; the check let a quoted url('#g') through
    as the figure's own, and the inliner renamed the id g but left the
    quoted reference pointing at nothing, so the coach's gradient was lost."""
    quoted = reference.replace('"', "&quot;")
    data = (SVG_OPEN + '<defs><linearGradient id="g"/></defs>'
            f"<style>.a{{fill:{reference}}}</style>"
            f'<rect class="a" fill="{quoted}" style="fill:{quoted}"/></svg>').encode()
    svg_safety.check_svg(data, "docs/images/coach-drawing.svg")
    svg = inline_svg.own_ids(etree.fromstring(data), "coach-drawing")
    renamed = {el.get("id") for el in svg.iter() if el.get("id")} - {"hh-svg-coach-drawing-title"}
    assert renamed == {"hh-svg-coach-drawing-g"}
    style = svg.find(f"{{{inline_svg.SVG}}}style")
    rect = svg.find(f"{{{inline_svg.SVG}}}rect")
    for where, css in (("<style>", style.text), ("fill", rect.get("fill")),
                       ("style", rect.get("style"))):
        ids = [match.group("id") for match in svg_safety.INTERNAL_URL.finditer(css)]
        assert ids == ["hh-svg-coach-drawing-g"], (where, css)


@pytest.mark.parametrize("css", ["url(#g)", "url('#g')", 'url("#g")', "url( \t'#g' )",
                                 "url('#g)", "url(#g h)", "url(x#g)", "url('x#g')",
                                 "url(#g')", "url()"])
def test_the_check_and_the_inliner_agree_on_what_points_inside(css):
    """One grammar (svg_safety.INTERNAL_URL): what the check lets through
    as pointing inside the figure is what the inliner renames, and the
    rest is refused, not left dangling."""
    renames = svg_safety.INTERNAL_URL.fullmatch(css) is not None
    passes = svg_safety._fetch(f".a{{fill:{css}}}") is None
    assert renames == passes, css


def test_every_committed_figure_passes_the_svg_check():
    paths = sorted((ROOT / "docs/images").glob("*.svg"))
    assert paths
    for path in paths:
        svg_safety.check_svg(path.read_bytes(), str(path))


def test_an_svg_anywhere_under_docs_is_checked_but_not_the_vendored_tracker(tmp_path):
    (tmp_path / "assets").mkdir()
    (tmp_path / "vendor").mkdir()
    bad = SVG_OPEN + "<script>alert(1)</script></svg>"
    (tmp_path / "vendor/ok.svg").write_text(bad)
    check_folder(tmp_path, "docs")
    (tmp_path / "assets/logo.svg").write_text(bad)
    with pytest.raises(ContentError, match="docs/assets/logo.svg"):
        check_folder(tmp_path, "docs")


@pytest.mark.parametrize("inner", ['<img src="https://evil.example.net/x.png"/>', "<p>Hi</p>"])
def test_an_html_element_in_a_drawing_is_refused(inner):
    from hinge_guide.svg_safety import check_svg

    svg = f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">{inner}</svg>'
    with pytest.raises(ContentError, match="not part of an SVG drawing"):
        check_svg(svg.encode(), "docs/images/x.svg")
    check_svg(b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="urn:sodipodi" '
              b'viewBox="0 0 10 10"><s:namedview/><rect width="1" height="1"/></svg>',
              "docs/images/x.svg")
