"""Unit tests for the Markdown extensions in hinge_guide, on small strings.

The full-site tests check how the pieces meet; these check each piece,
good input and bad, through markdown.markdown as either engine calls it.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as etree
from pathlib import Path

import markdown
import pytest
from bs4 import BeautifulSoup

from hinge_guide import faults, glossary, inline_svg, palette
from hinge_guide.checks.front_matter import check_description, check_preview_figure, check_reviewed
from hinge_guide.checks.settings import (
    check_inline_stylesheet,
    check_material_styles,
    check_site_url,
    check_social,
)
from hinge_guide.checks.tree import admonition_types
from hinge_guide.context import flatten_nav
from hinge_guide.errors import ContentError
from hinge_guide.faults.box import Fault, faults_on_page
from hinge_guide.faults.index import render_index, thumbnail_of
from hinge_guide.faults.read import check_unique
from hinge_guide.faults.share import words_on_page
from hinge_guide.site import INLINE_STYLESHEET, STYLESHEET

pytestmark = pytest.mark.unit

ROOT_DIR = Path(__file__).resolve().parent.parent

FAULT = """
/// fault | Rounded back
    attrs: {id: rounded-back}

**What you see or feel:** Your back curves.

**Why it matters:** It loads the discs.

**The fix:** Go less deep. Then build up.
///
"""


def render(text: str, *extensions) -> BeautifulSoup:
    html = markdown.markdown(text, extensions=["attr_list", "md_in_html", *extensions])
    return BeautifulSoup(html, "html.parser")


# Fault boxes -------------------------------------------------------------------

def test_a_fault_box_renders_closed_with_its_anchor_and_parts():
    page = render(FAULT, "hinge_guide.faults")
    box = page.select_one("details.fault")
    assert box["id"] == "rounded-back" and not box.has_attr("open")
    assert box.summary.get_text() == "Rounded back"
    assert page.select_one("p.hh-fix").get_text().startswith("The fix:")


@pytest.mark.parametrize("broken,message", [
    (FAULT.replace("    attrs: {id: rounded-back}\n", ""), "needs a readable anchor"),
    (FAULT.replace("{id: rounded-back}", "{id: Rounded_Back}"), "an anchor is lower-case"),
    (FAULT.replace("/// fault | Rounded back", "/// fault"), "has no title"),
    (FAULT.replace("**The fix:** ", ""), '"The fix" part'),
    (FAULT.replace("**Why it matters:** It", "**Why it matters:** It\n\n**Why it matters:** Two"),
     '"Why it matters" part'),
    (FAULT.rstrip().removesuffix("///") + "\n## Next heading\n", "is not closed"),
    (FAULT + "\n## Rounded back {#rounded-back}\n", "#rounded-back"),
    # toc would rename these headings rounded-back_1 and hips-knees_1
    (FAULT + "\n## Rounded back\n", "#rounded-back"),
    (FAULT.replace("rounded-back", "hips-knees") + "\n## Hips &amp; knees\n", "#hips-knees"),
    (FAULT.replace("{id: rounded-back}", "{id: rounded-back, data-old-anchors: Bad_Old}"),
     "old anchor"),
])
def test_a_broken_fault_box_stops_with_what_to_do(broken, message):
    with pytest.raises(ContentError, match=message.replace("(", r"\(")):
        render(broken, "hinge_guide.faults", "toc")


def test_a_heading_with_its_own_id_may_share_a_faults_words():
    page = render(FAULT + "\n## Rounded back {#why-backs-round}\n", "hinge_guide.faults", "toc")
    assert page.find(id="rounded-back").name == "details"
    assert page.find("h2")["id"] == "why-backs-round"


def test_an_old_anchor_lands_inside_the_box_it_was_merged_into():
    page = render(FAULT.replace("{id: rounded-back}",
                                "{id: rounded-back, data-old-anchors: going-too-deep}"),
                  "hinge_guide.faults")
    old = page.find(id="going-too-deep")
    assert old is not None and old.find_parent("details")["id"] == "rounded-back"
    assert not page.select_one("details").has_attr("data-old-anchors")


def test_the_fix_line_is_the_first_sentence_without_links():
    md = markdown.Markdown(extensions=["hinge_guide.faults"])
    md.convert(FAULT.replace("Go less deep.", "Go [less](x.md) deep."))
    assert faults_on_page(md)[0].fix_line == "Go less deep."


def test_reading_is_a_setting_of_the_fault_extension():
    """The reader reads boxes only (no index, no share page): it says so
    through the extension's own setting, which an engine leaves off."""
    from hinge_guide.reader import new_reader

    def fault_extension(md: markdown.Markdown) -> faults.FaultExtension:
        return next(e for e in md.registeredExtensions if isinstance(e, faults.FaultExtension))

    assert fault_extension(new_reader({"markdown_extensions": ["hinge_guide.faults"]})).reading
    engine = markdown.Markdown(extensions=["hinge_guide.faults"])
    assert not fault_extension(engine).reading
    reading = markdown.Markdown(extensions=["hinge_guide.faults"],
                                extension_configs={"hinge_guide.faults": {"reading": True}})
    assert "hh-fault-index:" in reading.convert("<!-- fault-index -->\n")


def test_the_index_lists_faults_by_page_in_nav_order():
    one = Fault(src="b.md", id="x", title="X")
    two = Fault(src="a.md", id="y", title='Y & "y"')
    for fault, fix in ((one, "Do x."), (two, "Do y.")):
        paragraph = etree.Element("p")
        strong = etree.SubElement(paragraph, "strong")
        strong.text = "The fix:"
        strong.tail = f" {fix} More."
        fault.parts["The fix"] = paragraph
    root = etree.Element("div")
    root.extend(render_index([one, two], [("A", "a.md"), ("B", "b.md")]))
    text = etree.tostring(root, encoding="unicode")
    assert text.index("<h2>A</h2>") < text.index("<h2>B</h2>")
    assert ('<a href="a.md#y"><strong>Y &amp; "y"</strong></a>'
            '<span class="hh-fault-row__fix">Do y.</span>') in text
    assert "More" not in text
    # Each share link is an icon whose name says where it goes and which
    # fault it is, escaped.
    assert ('<a href="faults/y.md" class="hh-share-link" title="Share this fault">'
            '<span class="hh-visually-hidden">Share this fault (Y &amp; "y")</span></a>') in text


def test_the_index_shows_each_faults_picture_as_a_lazy_thumbnail():
    """The fault side of a pair first, else the box's picture; an image
    (not inlined), decorative, loaded as the reader scrolls to it."""
    page = render(FAULT.replace(
        "**The fix:**",
        "![Fault](images/x-fault.svg) ![Fix](images/x-fix.svg)\n\n**The fix:**"),
        "hinge_guide.faults")
    md = markdown.Markdown(extensions=["attr_list", "md_in_html", "hinge_guide.faults"])
    md.convert(FAULT.replace("**The fix:**", "![Fix](../images/x-fix.svg) "
                             "![Fault](../images/x-fault.svg)\n\n**The fix:**"))
    fault = faults_on_page(md)[0]
    fault.src = "sub/page.md"
    assert thumbnail_of(fault) == "images/x-fault.svg"
    root = etree.Element("div")
    root.extend(render_index([fault], [("Page", "sub/page.md")]))
    thumb = root.find(".//img")
    assert thumb.attrib == {"src": "images/x-fault.svg", "alt": "", "class": "hh-thumb",
                            "width": "84", "height": "84", "loading": "lazy",
                            "decoding": "async"}
    assert page.select_one("details.fault img") is not None
    fault.element = None
    assert thumbnail_of(fault) is None


def test_a_pair_with_a_thumbnail_shows_it_and_one_without_its_fault_side(tmp_path):
    """`python -m figures` draws x-thumb.svg for each of its pairs (the body
    cropped close, to read at a glance); a coach's own pair has none, and
    its row shows the fault side itself."""
    md = markdown.Markdown(extensions=["attr_list", "md_in_html", "hinge_guide.faults"])
    md.convert(FAULT.replace("**The fix:**", "![Fault](../images/x-fault.svg) "
                             "![Fix](../images/x-fix.svg)\n\n**The fix:**"))
    fault = faults_on_page(md)[0]
    fault.src = "sub/page.md"
    (tmp_path / "images").mkdir()
    assert thumbnail_of(fault, tmp_path) == "images/x-fault.svg"
    (tmp_path / "images/x-thumb.svg").write_text("<svg/>")
    assert thumbnail_of(fault, tmp_path) == "images/x-thumb.svg"
    root = etree.Element("div")
    root.extend(render_index([fault], [("Page", "sub/page.md")], "faults.md", None, tmp_path))
    assert root.find(".//img").get("src") == "images/x-thumb.svg"
    # without the folder (a plain Markdown call), the fault side
    assert thumbnail_of(fault) == "images/x-fault.svg"


def test_two_faults_with_one_anchor_on_two_pages_name_both_files():
    first = Fault(src="a.md", id="x", title="X")
    second = Fault(src="b.md", id="z", title="Z", old_anchors=("x",))
    with pytest.raises(ContentError, match=r"docs/b\.md.*docs/a\.md"):
        check_unique([first, second])


# Which line a message names ------------------------------------------------------

FRONT = "---\ndescription: A.\nreviewed: 2026-11-25\n---\n"
TOP = FAULT.replace("Rounded back", "Rounded back at the top").replace("rounded-back", "top")


def _read(tmp_path: Path, text: str) -> None:
    from hinge_guide.faults.read import read_faults

    (tmp_path / "a.md").write_text(FRONT + text, encoding="utf-8")
    read_faults(tmp_path, ["a.md"], {"markdown_extensions": ["attr_list", "hinge_guide.faults"]})


def test_a_part_out_of_place_is_named_in_its_own_box_not_one_whose_title_holds_its_title(
        tmp_path):
    """"Rounded back at the top" came first and holds "Rounded back": the
    message named the first box's fix (line 13) for the second's (line 21)."""
    swapped = FAULT.replace("**Why it matters:** It loads the discs.\n\n**The fix:** Go less deep.",
                            "**The fix:** Go less deep.\n\n**Why it matters:** It loads the discs.")
    with pytest.raises(ContentError, match=r'^docs/a\.md, line 21: the fault box "Rounded back" '):
        _read(tmp_path, TOP + swapped)


def test_a_macro_in_a_box_is_named_on_its_own_line_not_on_the_page_text_before_it(tmp_path):
    """The page's own macros (outside boxes) are fine; the box's is not."""
    page = TOP + "\nGo down in {{ method.tempo.down_seconds }} seconds.\n" + FAULT.replace(
        "Go less deep.", "Take {{ method.tempo.down_seconds }} seconds.")
    with pytest.raises(ContentError, match=r'^docs/a\.md, line 25: the fault box "Rounded back" '):
        _read(tmp_path, page)


def test_two_boxes_with_one_title_each_name_their_own_lines(tmp_path):
    second = FAULT.replace("rounded-back", "other").replace(
        "**The fix:** Go less deep.", "**The fix:** Go.\n\n**The fix:** Brace.")
    with pytest.raises(ContentError, match=r'^docs/a\.md, line 25: .* second "The fix" part'):
        _read(tmp_path, FAULT + second)


@pytest.mark.parametrize("first", ["Setup and feet", "Setup"])
def test_a_second_h1_is_named_on_its_own_line(tmp_path, first):
    """The first line holding "# Setup" was named: the first H1's."""
    from hinge_guide.checks.tree import check_tree
    from hinge_guide.context import PageContext, SiteSettings

    (tmp_path / "a.md").write_text(FRONT + f"# {first}\n\nText.\n\n# Setup\n", encoding="utf-8")
    page = PageContext(src="a.md", meta={}, site=SiteSettings(docs_dir=tmp_path), engine="mkdocs",
                       line_offset=4)
    root = etree.fromstring(f"<div><h1>{first}</h1><p>Text.</p><h1>Setup</h1></div>")
    with pytest.raises(ContentError, match=r"^docs/a\.md, line 9: the page has a second H1"):
        check_tree(root, "a.md", set(), None, page.line_of)


def test_line_of_finds_the_nth_line_holding_its_words(tmp_path):
    from hinge_guide.context import PageContext, SiteSettings

    (tmp_path / "a.md").write_text("one\ntwo\none\n", encoding="utf-8")
    page = PageContext(src="a.md", meta={}, site=SiteSettings(docs_dir=tmp_path), engine="mkdocs")
    assert page.line_of("one") == ", line 1"
    assert page.line_of("one", nth=2) == ", line 3"
    assert page.line_of("one", nth=3) == ""


@pytest.mark.parametrize("html,label", [
    ("<p><strong>The fix:</strong> Go less deep.</p>", "The fix"),
    ("<p><strong> The fix: </strong>Go.</p>", "The fix"),
    ("<p><strong>The fix</strong>: Go.</p>", None),  # the colon outside the bold
    ("<p>Then <strong>The fix:</strong> Go.</p>", None),  # not at the start
    ("<p><em>The fix:</em> Go.</p>", None),
    ("<div><strong>The fix:</strong></div>", None),
    ("<p><strong>Breathe:</strong> In.</p>", "Breathe"),  # a label, not one of the parts
])
def test_one_rule_says_what_a_labelled_part_is(html, label):
    """find_parts (is each part there?) and check_part_order (in order?)
    each had their own test of a "**Label:**" paragraph."""
    from hinge_guide.faults.part_order import labelled_parts, part_label

    paragraph = etree.fromstring(html)
    assert part_label(paragraph) == label
    box = etree.fromstring(f"<details>{html}</details>")
    assert labelled_parts(box, ("The fix",)) == ([label] if label == "The fix" else [])


# Processor order (hinge_guide/priorities.py) -------------------------------------

PREPROCESSORS = [
    "hinge_fault_source_lines", "hinge_unclosed_markup", "normalize_whitespace",
    "hinge_block_indent", "fenced_code_block", "hinge_fault_index", "hinge_fault_share_marker",
    "hinge_glossary_page", "html_block",
]
TREEPROCESSORS = [
    "inline", "blocks_on_inline_end", "hinge_tasklist", "hinge_tables", "hinge_fault_share",
    "hinge_fault_index", "prettify", "hinge_alt_words", "attr_list", "hinge_glossary",
    "hinge_figures", "toc", "caption-auto", "hinge_fault_checks", "hinge_checks", "unescape",
]


@pytest.mark.parametrize("order", ["as listed", "reversed"])
def test_the_processors_run_in_the_order_priorities_gives_whatever_mkdocs_yml_lists(
        monkeypatch, order):
    """Registered as mkdocs.yml lists the extensions, and in the reverse
    order: the site's processors run in one order, among Python-Markdown's
    and pymdownx's, and none shares a priority with another."""
    from mkdocs.config import load_config

    monkeypatch.setenv("SITE_URL", "https://example.github.io/hip-hinge/")
    config = load_config(str(ROOT_DIR / "mkdocs.yml"))
    names = list(config.markdown_extensions)
    md = markdown.Markdown(extensions=names if order == "as listed" else names[::-1],
                           extension_configs=config.mdx_configs)
    for processors, expected in ((md.preprocessors, PREPROCESSORS),
                                 (md.treeprocessors, TREEPROCESSORS)):
        assert sorted(expected, key=processors.get_index_for_name) == expected
        # The registry's (name, priority) pairs: Python-Markdown keeps them private.
        priorities = {item.name: item.priority for item in processors._priority}
        for name in (n for n in priorities if n.startswith("hinge_")):
            shared = [other for other, p in priorities.items()
                      if other != name and p == priorities[name]]
            assert not shared, f"{name} shares its priority with {shared}"


# Glossary ----------------------------------------------------------------------

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


# Figures -----------------------------------------------------------------------

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


# Task lists --------------------------------------------------------------------

def test_task_items_carry_their_words_inside_the_label_and_nested_lists_outside():
    page = render("- [ ] Hips back\n    - [x] Nested item\n- [x] **Flat** back\n",
                  "hinge_guide.tasklist")
    labels = page.select("li.task-list-item > label.task-list-control")
    assert [" ".join(lb.get_text().split()) for lb in labels] == ["Hips back", "Nested item",
                                                                  "Flat back"]
    assert page.select("label label") == [] and page.select("label ul") == []
    assert [box.has_attr("checked") for box in page.select("input[type=checkbox]")] == [
        False, True, True]


# Checks ------------------------------------------------------------------------

@pytest.mark.parametrize("meta,message", [
    ({}, "has no description"),
    ({"description": "x" * 161}, "Shorten it to 160"),
])
def test_description_checks(meta, message):
    with pytest.raises(ContentError, match=message):
        check_description(meta, "p.md")


def test_reviewed_must_be_a_date():
    check_reviewed({"reviewed": dt.date(2026, 11, 25)}, "p.md")
    check_reviewed({"reviewed": "2026-11-25"}, "p.md")
    for bad in ({}, {"reviewed": "last week"}):
        with pytest.raises(ContentError, match="docs/p.md"):
            check_reviewed(bad, "p.md")


@pytest.mark.parametrize("figure", [["bottom"], 3, ""])
def test_a_preview_figure_of_the_wrong_type_says_so(figure):
    with pytest.raises(ContentError, match="name of one pose"):
        check_preview_figure({"preview_figure": figure}, "p.md", lambda: {"bottom"})


@pytest.mark.parametrize("url", [None, "", "   ", "ftp://x.org/", "https://x.org/a b/",
                                 'https://x.org/"/', "example.org"])
def test_site_url_must_be_a_usable_address(url):
    with pytest.raises(ContentError, match="SITE_URL|site_url"):
        check_site_url(url)


@pytest.mark.parametrize("link", ["https://coach.EXAMPLE.org/", "http://real.coach/",
                                  "https://www.facebook.com/your-page",
                                  'https://real.coach/"onmouseover=x', "https://real coach/"])
def test_placeholder_or_unsafe_social_links_are_refused(link):
    with pytest.raises(ContentError, match="extra.social"):
        check_social([{"link": link}])


@pytest.mark.parametrize("link", ["https://www.instagram.com/your-account",
                                  "https://www.facebook.com/your-page/", "https://localhost/coach",
                                  "https://example.com/", "https://coach.example.net/x",
                                  "https://coach.test/", "https://coach.invalid/"])
def test_sample_hosts_and_sample_pages_are_refused_as_social_links(link):
    with pytest.raises(ContentError, match="is not a real https address"):
        check_social([{"link": link}])


@pytest.mark.parametrize("link", ["https://github.com/localhost-tools",
                                  "https://www.instagram.com/your-account-coach",
                                  "https://www.youtube.com/@myexample.company",
                                  "https://your-page-builder.coach/"])
def test_a_real_link_that_only_holds_a_sample_word_is_taken(link):
    """The whole address was searched for the sample words, so a handle
    holding "localhost" or "your-account" was refused."""
    check_social([{"link": link}])


def test_admonition_types_come_from_the_admonition_settings():
    md = markdown.Markdown(extensions=["pymdownx.blocks.admonition", "hinge_guide.checks"],
                           extension_configs={"pymdownx.blocks.admonition": {"types": ["tip"]}})
    md.convert("x")
    assert admonition_types(md) == {"tip", "fault"}
    with pytest.raises(ContentError, match='"nite"'):
        md.convert("/// admonition | T\n    type: nite\n\nx\n///\n")


def test_a_stray_block_marker_is_refused():
    with pytest.raises(ContentError, match="misspelt"):
        render("/// faut | T\n\nx\n///\n", "hinge_guide.checks")


# Small units -------------------------------------------------------------------

def test_nav_is_read_in_both_engines_forms():
    mkdocs = [{"Home": "index.md"}, {"Part": [{"A": "a.md"}]}, "b.md"]
    zensical = [{"title": "Home", "url": "index.md", "children": []},
                {"title": "Part", "url": None, "children": [
                    {"title": "A", "url": "a.md", "children": []}]}]
    assert flatten_nav(mkdocs) == [("Home", "index.md"), ("A", "a.md"), ("", "b.md")]
    assert flatten_nav(zensical) == [("Home", "index.md"), ("A", "a.md")]


def test_the_palette_block_replaces_itself_and_keeps_the_rest():
    once = palette.with_css_block("a{}\n")
    # Every colour of both schemes is written into the block, by its name.
    for scheme in (palette.LIGHT, palette.DARK):
        assert scheme
        for name, value in scheme.items():
            assert f"{name}: {value}" in once or f"{name}:{value}" in once, name
    # Written again over a hand-edited block: the block comes back as it was,
    # and what stands outside it stays.
    edited = once.replace(palette.GREEN, "#123456")
    assert edited != once
    twice = palette.with_css_block("b{}\n" + edited)
    assert twice == "b{}\n" + once and twice.endswith("a{}\n")


def test_an_edited_stylesheet_without_its_inline_copy_stops_the_build(tmp_path):
    from hinge_guide.site import inline_stylesheet

    docs, root = tmp_path / "docs", tmp_path
    (docs / "stylesheets").mkdir(parents=True)
    (root / "overrides/partials").mkdir(parents=True)
    source = docs / STYLESHEET
    css = ".a { color: red; background: url('data:image/svg+xml,<svg xmlns=\"x\"/>') }\n"
    source.write_text(css)
    (root / INLINE_STYLESHEET).write_text(inline_stylesheet(css))
    check_inline_stylesheet(docs, root)  # up to date: nothing to say
    assert "<svg xmlns=" in inline_stylesheet(css), "data URLs keep their spaces"
    source.write_text(css + ".b { color: blue }\n")
    stale = r"hh-extra-css\.html.*extra\.css.*python -m hinge_guide"
    with pytest.raises(ContentError, match=stale):
        check_inline_stylesheet(docs, root)
    (root / INLINE_STYLESHEET).unlink()
    with pytest.raises(ContentError, match="not up to date"):
        check_inline_stylesheet(docs, root)


def test_material_palette_keeps_only_the_colours_the_site_uses():
    from hinge_guide import theme_css

    css = ("[data-md-color-scheme=slate]{--md-hue:232}"
           "[data-md-color-primary=red]{--md-primary-fg-color:red}"
           "[data-md-color-primary=red],[data-md-color-primary=custom] .x{color:red}"
           "@media screen{[data-md-color-accent=teal] .md-search{color:teal}"
           "[data-md-color-scheme=slate] .y{color:blue}}"
           "@media print{[data-md-color-primary=white] .z{color:#fff}}")
    out = theme_css.used_palette(css, {"primary": {"custom"}, "accent": {"custom"}})
    assert "[data-md-color-scheme=slate]{--md-hue:232}" in out
    assert "[data-md-color-primary=custom] .x" in out, "a rule for a used colour stays whole"
    assert "--md-primary-fg-color:red" not in out and "teal" not in out
    assert "@media screen{[data-md-color-scheme=slate] .y{color:blue}}" in out
    assert "@media print" not in out, "an emptied block goes too"
    config = {"theme": {"palette": [{"primary": "custom"}, {"primary": "deep orange"}]}}
    assert theme_css.used_colours(config) == {"primary": {"custom", "deep-orange"},
                                               "accent": {"indigo"}}


def test_material_stylesheets_are_read_from_its_base_template():
    from hinge_guide import theme_css

    base = ("<link href=\"{{ 'assets/stylesheets/main.0a1b.min.css' | url }}\">"
            "<link href=\"{{ 'assets/stylesheets/palette.ff00.min.css' | url }}\">")
    assert theme_css.stylesheet_paths(base) == ("assets/stylesheets/main.0a1b.min.css",
                                                "assets/stylesheets/palette.ff00.min.css")
    with pytest.raises(ContentError, match="theme_css.py"):
        theme_css.stylesheet_paths(base.replace("palette", "colours"))


def test_a_link_to_another_materials_stylesheet_stops_the_build(tmp_path):
    from hinge_guide import theme_css

    partial = tmp_path / theme_css.PARTIAL
    partial.parent.mkdir(parents=True)
    partial.write_text((ROOT_DIR / theme_css.PARTIAL).read_text())
    check_material_styles(tmp_path)  # the committed one is current
    partial.write_text("<link rel=\"stylesheet\" href=\"{{ 'assets/stylesheets/main.0000.min.css' "
                       "| url }}\">")
    with pytest.raises(ContentError, match="another version of Material.*python -m hinge_guide"):
        check_material_styles(tmp_path)


@pytest.mark.parametrize("module", ["hinge_guide.checks", "hinge_guide.faults",
                                    "hinge_guide.blocks"])
def test_each_package_imports_first(module):
    """Each package imports on its own, in a fresh interpreter: a cycle
    between checks/ and faults/ fails only when one of them is imported
    first (here, the other test files import both), so it would come back
    unseen."""
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-c", f"import {module}"], cwd=ROOT_DIR,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr


def test_checks_and_faults_do_not_import_each_other():
    """What both need (the anchor rule, the block indent rule) lives in
    hinge_guide/blocks.py: checks/ imports nothing of faults/, nor faults/
    of checks/."""
    import ast

    for package, other in (("checks", "faults"), ("faults", "checks")):
        for path in sorted((ROOT_DIR / "hinge_guide" / package).glob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom):
                    names = [f"{node.module}"] + [f"{node.module}.{a.name}" for a in node.names]
                elif isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                else:
                    continue
                assert not any(other in name.split(".") for name in names), (
                    f"hinge_guide/{package}/{path.name} imports from {other}/: move what "
                    "both need to hinge_guide/blocks.py")


def test_reading_mode_is_set_in_one_place():
    """Only reader.new_reader turns the fault extension's reading mode on:
    a second switch (the fault reader once forced it on any Markdown it was
    given) lets two readers of the same box disagree."""
    setters = [path.relative_to(ROOT_DIR).as_posix()
               for path in sorted((ROOT_DIR / "hinge_guide").rglob("*.py"))
               if '"reading": True' in (text := path.read_text(encoding="utf-8"))
               or 'setConfig("reading"' in text]
    assert setters == ["hinge_guide/reader.py"]


# Macros: the pages the macros plugin renders, and with what ------------------------


@pytest.mark.parametrize("by_default,meta,src,renders", [
    (True, {}, "a.md", True),
    (True, {"render_macros": False}, "a.md", False),
    (True, {"render_macros": 0}, "a.md", False),
    (False, {}, "a.md", False),
    (False, {"render_macros": True}, "a.md", True),
    (False, {}, "forced.md", True),
    (False, {"render_macros": False}, "forced.md", False),
    (True, {"title": "Mine", "method": "the page's own"}, "a.md", True),
])
def test_page_variables_are_what_the_installed_macros_plugin_renders_a_page_with(
        tmp_path, monkeypatch, by_default, meta, src, renders):
    """checks/macro_text.py renders a page's macros on trial, as the plugin
    will: the same pages, with the same variables. Run against the
    installed plugin, so an upgrade that changes its rule fails here."""
    from mkdocs.config import load_config
    from mkdocs.structure.files import File
    from mkdocs.structure.pages import Page

    from hinge_guide.checks.macro_text import MACROS_PINNED, page_variables

    (tmp_path / "docs").mkdir()
    (tmp_path / "pagemacros.py").write_text(
        "def define_env(env):\n    env.variables['method'] = {'tempo': 3}\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: T\nplugins:\n  - macros:\n      module_name: pagemacros\n"
        f"      render_by_default: {str(by_default).lower()}\n"
        "      force_render_paths: forced.md\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    config = load_config(str(tmp_path / "mkdocs.yml"))
    plugin = config.plugins["macros"]
    plugin.on_config(config)
    ours, theirs = [], []
    plugin.pre_macro_functions.append(lambda env: ours.append(page_variables(env)))

    class Template:
        def render(self, **names):
            theirs.append(names)
            return ""

    monkeypatch.setattr(plugin.env, "from_string", lambda text: Template())
    page = Page("A", File(src, str(tmp_path / "docs"), str(tmp_path / "site"), True), config)
    page.meta = dict(meta)
    plugin.on_page_markdown("{{ method.tempo }}", page, config)
    pin = (f"mkdocs-macros-plugin (requirements.in pins {MACROS_PINNED}) no longer decides "
           "as page_variables in hinge_guide/checks/macro_text.py does: update it to match")
    assert (ours[0] is not None) == bool(theirs) == renders, pin
    if renders:
        assert ours[0] == theirs[0], pin


@pytest.mark.parametrize("by_default,meta,stops", [
    (True, {}, True),
    (False, {}, False),  # the plugin leaves the page as written: so does the trial
    (False, {"render_macros": True}, True),
])
def test_a_macro_mistake_stops_the_build_only_on_a_page_the_plugin_renders(by_default, meta,
                                                                            stops):
    import types

    import jinja2

    from hinge_guide.checks.macro_text import check_page_macros

    page = types.SimpleNamespace(meta=meta, file=types.SimpleNamespace(
        content_string="{{ metod }}\n", src_uri="a.md", src_path="a.md"))
    env = types.SimpleNamespace(
        page=page, markdown="{{ metod }}\n", variables={"method": {}},
        env=jinja2.Environment(undefined=jinja2.StrictUndefined),
        config={"render_by_default": by_default}, force_page_rendering=lambda path: False)
    if stops:
        with pytest.raises(ContentError, match="names `metod`"):
            check_page_macros(env)
    else:
        check_page_macros(env)


# The docstrings a newcomer reads first ---------------------------------------------


def _defined_names(path: Path) -> list[str]:
    import ast

    names = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return [name for name in names if not name.startswith("_")]


def test_site_py_says_what_each_of_its_shared_rules_is():
    from hinge_guide import site

    missing = [name for name in _defined_names(Path(site.__file__))
               if f"``{name}``" not in (site.__doc__ or "")]
    assert not missing, f"hinge_guide/site.py's docstring doesn't name {missing}"


@pytest.mark.parametrize("package", ["hinge_guide", "hinge_guide.checks", "hinge_guide.faults",
                                     "figures"],
                         ids=lambda package: package.split(".")[-1])
def test_a_package_docstring_names_every_module_in_it(package):
    import importlib

    module = importlib.import_module(package)
    folder = Path(module.__file__).parent
    missing = [path.stem for path in sorted(folder.glob("*.py"))
               if path.stem != "__init__" and f"``{path.stem}``" not in (module.__doc__ or "")]
    where = package.replace(".", "/")
    assert not missing, f"{where}/__init__.py's docstring doesn't name {missing}"


# The file cache (hinge_guide/file_cache.py) ------------------------------------------


def _edit(path: Path, text: str, tick: int) -> None:
    """Write text and move the file's time on, whatever the clock's grain."""
    import os

    path.write_text(text)
    os.utime(path, ns=(tick * 10**9, tick * 10**9))


def test_the_file_cache_reads_a_changed_file_again_in_place_of_the_old_value(tmp_path):
    from hinge_guide.file_cache import FileCache

    cache: FileCache[str] = FileCache(size=4)
    path = tmp_path / "a.txt"
    reads = []

    def read() -> str:
        reads.append(1)
        return path.read_text()

    _edit(path, "one", 1)
    assert cache.get(path, read) == cache.get(path, read) == "one"
    assert len(reads) == 1
    for tick, text in enumerate(["two", "three!", "four four"], start=2):
        _edit(path, text, tick)
        assert cache.get(path, read) == text
    assert len(reads) == 4
    assert len(cache) == 1  # edits replace the entry: serve never piles them up


def test_the_file_cache_is_bounded_and_keeps_no_failure(tmp_path):
    from hinge_guide.file_cache import FileCache

    cache: FileCache[int] = FileCache(size=2)
    paths = [tmp_path / f"{n}.txt" for n in range(3)]
    for n, path in enumerate(paths):
        _edit(path, "x" * n, 1)
        cache.get(path, lambda n=n: n)
    assert len(cache) == 2
    assert cache.get(paths[0], lambda: 99) == 99  # the oldest went first

    def fail() -> int:
        raise ContentError("bad")

    _edit(paths[1], "changed", 2)
    with pytest.raises(ContentError):
        cache.get(paths[1], fail)
    assert cache.get(paths[1], lambda: 7) == 7  # a failed check runs again


def test_every_cache_of_the_package_is_named_where_the_file_cache_lists_them():
    """file_cache.py's docstring lists every cache and why it is safe under
    mkdocs serve; a cache added without its line there is found here."""
    from hinge_guide import file_cache

    package = ROOT_DIR / "hinge_guide"
    makers = set()
    for path in package.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if path.name != "file_cache.py" and re.search(r"\bFileCache\(|@per_process\b", text):
            makers.add(path.relative_to(package).as_posix())
    assert "checks/settings.py" in makers  # the search finds them
    missing = sorted(name for name in makers if f"``{name}``" not in file_cache.__doc__)
    assert not missing, f"hinge_guide/file_cache.py's docstring doesn't name {missing}"


def test_the_file_cache_renews_a_group_when_any_file_changes(tmp_path):
    from hinge_guide.file_cache import FileCache

    cache: FileCache[str] = FileCache(size=1)
    a, b = tmp_path / "a", tmp_path / "b"
    _edit(a, "a", 1)
    _edit(b, "b", 1)
    assert cache.get((a, b), lambda: "first") == "first"
    assert cache.get((a, b), lambda: "second") == "first"
    _edit(b, "bb", 2)
    assert cache.get((a, b), lambda: "third") == "third"
    assert cache.get((a, b), lambda: "x", tag="other") == "x"  # a tag is part of the key
    assert len(cache) == 1


def _small_site(root: Path):
    """A project the site-wide checks pass: mkdocs.yml, a home page, an SVG."""
    from hinge_guide.context import SiteSettings

    (root / "docs/images").mkdir(parents=True)
    (root / "docs/index.md").write_text("# T\n", encoding="utf-8")
    (root / "mkdocs.yml").write_text("site_name: T\n", encoding="utf-8")
    _edit(root / "docs/images/a.svg", '<svg xmlns="http://www.w3.org/2000/svg"/>', 1)
    return SiteSettings(site_name="T", site_url="https://example.github.io/t/",
                docs_dir=root / "docs", root_dir=root)


def test_the_site_wide_checks_run_once_until_something_they_read_changes(tmp_path,
                                                                         monkeypatch):
    """Every page asks; the checks run again only after an edit (mkdocs
    serve), a new file or new settings, and the caches don't grow."""
    import dataclasses

    from hinge_guide import file_cache
    from hinge_guide.checks import site_wide

    site = _small_site(tmp_path)
    runs = []
    run = site_wide.run_site_checks
    monkeypatch.setattr(site_wide, "run_site_checks", lambda site: runs.append(run(site)))
    for _ in range(3):  # three pages
        site_wide.check_site(site)
    assert len(runs) == 1
    entries = file_cache.entries()
    svg = tmp_path / "docs/images/a.svg"
    for tick in range(2, 6):
        _edit(svg, f'<svg xmlns="http://www.w3.org/2000/svg"><!-- {"x" * tick} --></svg>', tick)
        site_wide.check_site(site)
        site_wide.check_site(site)
    assert len(runs) == 5
    assert file_cache.entries() == entries  # edits replace entries: serve never piles them up
    _edit(svg, '<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>', 9)
    with pytest.raises(ContentError, match="docs/images/a.svg"):
        site_wide.check_site(site)
    with pytest.raises(ContentError, match="docs/images/a.svg"):
        site_wide.check_site(site)  # a failed run is not kept
    _edit(svg, '<svg xmlns="http://www.w3.org/2000/svg"/>', 10)
    site_wide.check_site(site)
    (tmp_path / "docs/images/new.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>', encoding="utf-8")
    with pytest.raises(ContentError, match="docs/images/new.svg"):
        site_wide.check_site(site)  # a new file is seen
    (tmp_path / "docs/images/new.svg").unlink()
    site_wide.check_site(site)
    with pytest.raises(ContentError, match="SITE_URL"):
        site_wide.check_site(dataclasses.replace(site, site_url="http://example.org/"))


def test_clear_all_empties_every_file_cache(tmp_path):
    from hinge_guide import file_cache
    from hinge_guide.checks import site_wide

    site_wide.check_site(_small_site(tmp_path))
    assert file_cache.entries() > 0
    file_cache.clear_all()
    assert file_cache.entries() == 0


def test_an_icon_added_to_the_sites_own_theme_folder_is_seen_at_the_next_check(tmp_path):
    """Under mkdocs serve: the project's icons are read each time, not once
    per process like Material's."""
    from hinge_guide.checks.theme_files import check_theme_files

    site = _small_site(tmp_path)
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: T\ntheme:\n  name: material\n  custom_dir: overrides\n"
        "  icon:\n    logo: hh/kettlebell\n", encoding="utf-8")
    (tmp_path / "overrides/.icons/hh").mkdir(parents=True)
    with pytest.raises(ContentError, match="hh/kettlebell, an icon the theme doesn't have"):
        check_theme_files(site.root_dir)
    (tmp_path / "overrides/.icons/hh/kettlebell.svg").write_text("<svg/>", encoding="utf-8")
    check_theme_files(site.root_dir)
