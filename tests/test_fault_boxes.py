"""A fault box as written on a page (faults/box.py, faults/part_order.py):
its id, its parts and their order, and where it may stand."""

from __future__ import annotations

import markdown
import pytest

from hinge_guide.errors import ContentError
from hinge_guide.faults.read import read_faults
from small_inputs import EXTENSIONS, FAULT, convert

pytestmark = pytest.mark.unit

# Fault ids and boxes ---------------------------------------------------------------

@pytest.mark.parametrize("attrs,message", [
    ("{id: index}", "Common faults page"),
    ("{id: '123'}", "with at least one letter"),
    ("{id: locked knees}", "lower-case words of letters and digits joined by hyphens"),
    ("{id: ../x}", "no spaces, /, # or dots"),
    ("{id: #x}", "not a setting"),
    ("{id: yes}", "reads as true or false"),
    ("{id: 123}", "reads as a number"),
    ("{id: rounded-back, data-old-anchors: 42}", "reads as a number"),
    ("{id: Rounded-Back}", 'has the id "Rounded-Back": an anchor is lower-case'),
    ("{id: rücken}", "no capitals, accents or spaces"),
])
def test_a_bad_fault_id_says_what_is_wrong_with_the_id(attrs, message):
    with pytest.raises(ContentError) as caught:
        convert(FAULT.replace("{id: rounded-back}", attrs))
    assert message in str(caught.value)
    assert "misspelt" not in str(caught.value)


def test_attrs_without_its_colon_says_to_add_it():
    with pytest.raises(ContentError, match="attrs, a colon"):
        convert(FAULT.replace("attrs: {", "attrs {"))


def test_a_missing_fault_extension_says_to_add_it():
    with pytest.raises(ContentError, match="- hinge_guide.faults"):
        markdown.markdown(FAULT, extensions=["attr_list", "hinge_guide.checks"])


def test_a_misspelt_admonition_type_in_the_config_points_there():
    text = "/// warning | Stop\n\nText.\n///\n"
    with pytest.raises(ContentError, match="types in mkdocs.yml"):
        markdown.markdown(text, extensions=["hinge_guide.checks", "hinge_guide.faults",
                                            "pymdownx.blocks.admonition"],
                          extension_configs={"pymdownx.blocks.admonition":
                                             {"types": ["note", "tip", "warnng"]}})


def test_a_fault_box_inside_another_says_which_to_close():
    inner = FAULT.replace("rounded-back", "inner").replace("Rounded back", "Inner")
    inside = FAULT.rstrip().removesuffix("///") + "\n" + inner + "\n///\n"
    with pytest.raises(ContentError, match='"Rounded back" is not closed before the next '
                                           'fault box, "Inner", starts'):
        convert(inside)


def test_an_empty_fix_is_refused():
    with pytest.raises(ContentError, match=r"nothing after \*\*The fix:\*\*"):
        convert(FAULT.replace("**The fix:** Go less deep.", "**The fix:**"))


@pytest.mark.parametrize("label,first", [
    ("The fix", " (the fix's first sentence goes into the fault index and the share page's "
                "preview)"),
    ("Why it matters", ""),
])
def test_a_part_that_starts_with_a_list_says_to_start_with_a_sentence(tmp_path, label,
                                                                       first):
    """It said the box "has nothing after **The fix:**", with a list right
    there under it."""
    old = {"The fix": "**The fix:** Go less deep.",
           "Why it matters": "**Why it matters:** It loads the discs."}[label]
    text = "# A\n" + FAULT.replace(old, f"**{label}:**\n\n- Grip the floor.\n- Stop higher.")
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        read_faults(tmp_path, ["a.md"], {"markdown_extensions": EXTENSIONS})
    line = text.splitlines().index(f"**{label}:**") + 1
    assert str(caught.value) == (
        f'docs/a.md, line {line}: the fault box "Rounded back" (rounded-back) starts its '
        f'"{label}" part with a list. Start it with one sentence on the line of '
        f"**{label}:**{first}, then the list.")


def test_an_old_anchor_equal_to_the_faults_own_id_says_so():
    with pytest.raises(ContentError, match="lists its own id, rounded-back, as an old anchor"):
        convert(FAULT.replace("{id: rounded-back}",
                              "{id: rounded-back, data-old-anchors: rounded-back}"))


def test_a_fault_box_takes_no_other_setting():
    with pytest.raises(ContentError, match="takes one setting, attrs:, not open"):
        convert(FAULT.replace("{id: rounded-back}", "{id: rounded-back}\n    open: true"))


def test_a_fault_box_inside_a_tab_is_refused():
    text = "/// tab | Gym\nA bar.\n///\n\n/// tab | Home\n" + FAULT.strip() + "\n///\n"
    with pytest.raises(ContentError, match="sits inside a tab"):
        markdown.markdown(text, extensions=[*EXTENSIONS, "pymdownx.blocks.tab"])


def test_a_fault_id_may_not_take_the_sites_own_prefix():
    with pytest.raises(ContentError, match="ids starting with hh- belong to the site"):
        convert(FAULT.replace("rounded-back", "hh-setup-feet-title"))


def test_the_fix_line_reads_past_an_abbreviation():
    from hinge_guide.faults.box import Fault

    fault = Fault(src="x.md", id="x", title="X")
    fault.part_text = lambda label: "e.g. press your whole foot down. Then go on."  # type: ignore[method-assign]
    assert fault.fix_line == "e.g. press your whole foot down."


@pytest.mark.parametrize("title", ["Heels *lifting*", "Heels `fast`", "Heels [up](setup.md)"])
def test_a_fault_title_with_markup_is_refused(title):
    with pytest.raises(ContentError, match="in its title. A fault's title is also its share"):
        convert(FAULT.replace("Rounded back", title))


# A fault box's parts, in order ---------------------------------------------------------

SWAPPED = FAULT.replace("**Why it matters:** It loads the discs.\n\n**The fix:** Go less deep.",
                        "**The fix:** Go less deep.\n\n**Why it matters:** It loads the discs.")


@pytest.mark.parametrize("box,message", [
    (SWAPPED, 'line 11: the fault box "Rounded back" (rounded-back) has its "The fix" part out '
              "of place. Write the parts in this order, as every fault box does: "
              "**What you see or feel:**, **Why it matters:**, **The fix:**."),
    (FAULT.replace("**What you see or feel:** Your back curves.\n\n**Why it matters:** It "
                   "loads the discs.", "**Why it matters:** It loads the discs.\n\n"
                   "**What you see or feel:** Your back curves."),
     'line 9: the fault box "Rounded back" (rounded-back) has its "Why it matters" part out'),
    (FAULT.replace("**The fix:** Go less deep.", "**The fix:** Go less deep.\n\n"
                   "**The fix:** Brace."),
     'line 15: the fault box "Rounded back" (rounded-back) has a second "The fix" part'),
    (FAULT.replace("**What you see or feel:** Your back curves.\n\n", "") + "\n",
     None),  # missing: find_parts' own message, below
])
def test_fault_parts_out_of_order_or_twice_name_the_line_and_the_order(tmp_path, box, message):
    """A box with its fix first built without a word."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text("---\ndescription: A.\nreviewed: 2026-11-25\n---\n" + box)
    with pytest.raises(ContentError, match=r"^docs/a\.md") as caught:
        read_faults(docs, ["a.md"], {"markdown_extensions": EXTENSIONS})
    assert message in str(caught.value) if message else \
        'needs exactly one "What you see or feel" part' in str(caught.value)
    if message is None:  # the labels as a box writes them, from faults/box.py's PARTS
        assert str(caught.value).endswith(
            "Every fault box has these parts, in this order: **What you see or feel:**, "
            "**Why it matters:** "
            "and **The fix:**.")


def test_fault_parts_in_order_pass_and_a_box_on_a_page_gives_no_line_where_it_has_none():
    convert(FAULT)
    with pytest.raises(ContentError, match=r'^docs/\(text\): the fault box "Rounded back" '
                                           r'\(rounded-back\) has its "The fix" part out'):
        convert(SWAPPED)


@pytest.mark.parametrize("fix,line", [
    ("Ask Dr. Lee to watch a set. Then film it.", "Ask Dr. Lee to watch a set."),
    ("E.g. press your whole foot down. Then go on.", "E.g. press your whole foot down."),
    ("Stand tall, i.e. hips through. Then rest.", "Stand tall, i.e. hips through."),
    ("Hinge vs. squat: hips back. Then more.", "Hinge vs. squat: hips back."),
    ("Breathe in. Then brace.", "Breathe in."),
    ("Do 10 reps. Then rest.", "Do 10 reps."),
    ('Say "stop." Then rest.', 'Say "stop."'),
    ("Add 2.5 kg at most. Then hold.", "Add 2.5 kg at most."),
    ("Stop! Then rest.", "Stop!"),
    ("One sentence only", "One sentence only"),
])
def test_the_fix_line_ends_at_the_sentence_not_at_an_abbreviation(fix, line):
    """The fault index and a share page's preview take the fix's first
    sentence: "Dr." or a capitalised "E.g." ended it early."""
    from hinge_guide.faults.box import Fault

    fault = Fault(src="x.md", id="x", title="X")
    fault.part_text = lambda label: fix  # type: ignore[method-assign]
    assert fault.fix_line == line
