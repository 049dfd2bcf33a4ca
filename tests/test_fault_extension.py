"""The fault extension (faults/box.py, faults/index.py, faults/read.py,
faults/part_order.py) on small strings: a box renders closed with its
anchor, a broken one stops with what to do and the line it is on, and the
Common faults index lists each fault with its fix and picture."""

from __future__ import annotations

import xml.etree.ElementTree as etree
from pathlib import Path

import markdown
import pytest

from hinge_guide import faults
from hinge_guide.errors import ContentError
from hinge_guide.faults.box import Fault, faults_on_page
from hinge_guide.faults.index import render_index, thumbnail_of
from hinge_guide.faults.read import check_unique
from small_inputs import render

pytestmark = pytest.mark.unit


FAULT = """
/// fault | Rounded back
    attrs: {id: rounded-back}

**What you see or feel:** Your back curves.

**Why it matters:** It loads the discs.

**The fix:** Go less deep. Then build up.
///
"""



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
    # An old anchor was held to a rule of its own, without the hh- one: it
    # could take the id of a figure inlined on the page.
    (FAULT.replace("{id: rounded-back}", "{id: rounded-back, data-old-anchors: hh-fig-1}"),
     'old anchor "hh-fig-1": ids starting with hh-'),
    (FAULT.replace("{id: rounded-back}", "{id: rounded-back, data-old-anchors: index}"),
     'old anchor "index": that is the address of the Common faults page'),
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


@pytest.mark.parametrize("change,message", [
    (("{id: rounded-back}", "{id: Rounded_Back}"), "an anchor is lower-case"),
    (("    attrs: {id: rounded-back}\n", ""), "needs a readable anchor"),
    (("{id: rounded-back}", "{id: hh-back}"), "ids starting with hh-"),
    (("**The fix:** ", ""), '"The fix" part'),
    (("///\n", "\n## Next\n"), "is not closed"),
    (("/// fault | Rounded back", "/// fault"), "a fault box has no title"),
])
def test_a_message_about_a_box_names_its_opening_line(tmp_path, change, message):
    """The box's line was known (fault.start) but these messages named only
    the file: on a page of twelve boxes the coach had to hunt. The second
    box with this title opens on line 16 (after 4 lines of front matter and the first box)."""
    second = FAULT.replace(*change).replace("rounded-back", "second")
    with pytest.raises(ContentError, match=rf"^docs/a\.md, line 16: .*{message}"):
        _read(tmp_path, FAULT + second)


def test_toc_keeps_the_slug_rule_the_fault_checks_read():
    """FaultChecks.heading_slugs reads toc's treeprocessor's slugify and
    sep (no public API gives a heading's asked-for id): a Markdown that
    moves them would crash the build with an AttributeError. README's table
    of reads of other packages' insides lists this."""
    md = markdown.Markdown(extensions=["toc"])
    toc = md.treeprocessors["toc"]
    assert callable(toc.slugify) and toc.sep == "-"


def test_a_fault_extension_reset_before_it_extends_anything_does_nothing():
    """reset() asked `self.md is not None` of an attribute only
    extendMarkdown set: before that, an AttributeError."""
    faults.FaultExtension().reset()
