"""What a page's front matter says (checks/front_matter.py): each mistake a
coach can make in it gives a message naming the file, the line and the fix.
The full builds of the same mistakes are in test_bad_input.py; the front
matter's own shape is in test_page_meta.py."""

from __future__ import annotations

import datetime as dt

import pytest

from hinge_guide.checks.front_matter import (
    check_description,
    check_front_matter_keys,
    check_preview_figure,
    check_reviewed,
    check_scripts,
    check_title,
)
from hinge_guide.errors import ContentError
from hinge_guide.line_numbers import lines_line_of
from small_inputs import ROOT

pytestmark = pytest.mark.unit

# Dates -----------------------------------------------------------------------

TODAY = dt.date(2026, 12, 5)


@pytest.mark.parametrize("value", [20261125, "20261125", "2026-W48-3", "2026-11-25T10:00",
                                   dt.datetime(2026, 11, 25, 10, 0), "2026-02-30", "2099-01-01",
                                   dt.date(2099, 1, 1), True, "25/11/2026"])
def test_reviewed_is_a_calendar_day_not_in_the_future(value):
    with pytest.raises(ContentError, match=r"docs/p\.md: reviewed: .*(not a day|in the future)"):
        check_reviewed({"reviewed": value}, "p.md", today=TODAY)


@pytest.mark.parametrize("value", ["1926-12-05", dt.date(1926, 12, 5), dt.date(2019, 12, 31)])
def test_reviewed_before_2020_is_refused_as_a_likely_typo(value):
    with pytest.raises(ContentError, match=r"^docs/p\.md: reviewed: \d{4}-\d\d-\d\d is before "
                                           "2020, so it is likely a typo in the year"):
        check_reviewed({"reviewed": value}, "p.md", today=TODAY)


def test_reviewed_from_2020_passes():
    check_reviewed({"reviewed": dt.date(2020, 1, 1)}, "p.md", today=TODAY)


def test_reviewed_today_or_tomorrow_passes():
    check_reviewed({"reviewed": "2026-12-06"}, "p.md", today=TODAY)
    check_reviewed({"reviewed": dt.date(2026, 11, 25)}, "p.md", today=TODAY)


# Scripts ---------------------------------------------------------------------------

@pytest.mark.parametrize("script", ["../mkdocs.yml", "stylesheets/extra.css",
                                    'javascripts/a"b.js', "/javascripts/checklist.js"])
def test_scripts_are_plain_js_paths_under_docs(script):
    with pytest.raises(ContentError, match="Name a .js file under docs/"):
        check_scripts({"scripts": [script]}, "p.md", ROOT / "docs")


@pytest.mark.parametrize("sheet", ["../mkdocs.yml", "javascripts/checklist.js",
                                   'stylesheets/a"b.css', "/stylesheets/session-log.css"])
def test_styles_are_plain_css_paths_under_docs(sheet):
    with pytest.raises(ContentError, match="Name a .css file under docs/"):
        check_scripts({"styles": [sheet]}, "p.md", ROOT / "docs")


def test_styles_name_a_published_stylesheet():
    check_scripts({"styles": ["stylesheets/session-log.css"]}, "p.md", ROOT / "docs")
    with pytest.raises(ContentError, match="stylesheet stylesheets/gone.css, which is not in"):
        check_scripts({"styles": ["stylesheets/gone.css"]}, "p.md", ROOT / "docs")
    # The site's own stylesheet rides inline and is not published as a file.
    with pytest.raises(ContentError, match="already in every page"):
        check_scripts({"styles": ["stylesheets/extra.css"]}, "p.md", ROOT / "docs")
    with pytest.raises(ContentError, match="styles must be a list"):
        check_scripts({"styles": "stylesheets/session-log.css"}, "p.md", ROOT / "docs")


# Found on a second pass as a new coach -----------------------------------------------

def test_a_description_that_is_a_number_says_so_not_missing():
    with pytest.raises(ContentError, match="description: 42 is not a sentence"):
        check_description({"description": 42}, "p.md")


@pytest.mark.parametrize("description,message", [
    ("Pain up to {{ method.pain.max_out_of_10 }} out of 10 is fine.", "holds a { or }"),
    ("**Safety** first: see [a doctor](safety.md).", "holds"),
    ("Safety <b>first</b> &amp; always.", "holds"),
])
def test_a_description_with_markup_or_a_macro_stops(description, message):
    """Previews and search results printed it as typed."""
    with pytest.raises(ContentError, match=f"the description {message}"):
        check_description({"description": description}, "p.md")


def test_a_plain_description_with_an_ampersand_passes():
    check_description({"description": "Hips & knees: how they share the work."}, "p.md")


@pytest.mark.parametrize("title", ["Safety <script>alert(1)</script>", "**Safety**", 42, " "])
def test_a_front_matter_title_must_be_plain_words(title):
    with pytest.raises(ContentError, match="the title in the front matter is"):
        check_title({"title": title}, "p.md")


@pytest.mark.parametrize("key,meant", [("scrips", "scripts"), ("script", "scripts"),
                                       ("preview_figur", "preview_figure"),
                                       ("descripton", "description")])
def test_a_misspelt_front_matter_setting_is_named_with_the_right_one(key, meant):
    with pytest.raises(ContentError, match=f"Did you mean `{meant}:`"):
        check_front_matter_keys({key: "x"}, "check-your-hinge.md")
    check_front_matter_keys({"description": "x", "coach_note": "keep"}, "x.md")


# Description, reviewed and preview_figure, each alone -------------------------

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
        check_preview_figure({"preview_figure": figure}, "p.md", lambda: FIGURES)


FIGURES = {"bottom": frozenset({"back", "plumb"}), "standing": frozenset({"back"})}


@pytest.mark.parametrize("meta,message", [
    ({"preview_figure": "botom"}, r'preview_figure: "botom" is not a pose\. Did you mean bottom\?'),
    ({"preview_fix_figure": "standin"}, r'preview_fix_figure: "standin" is not a pose'),
    ({"preview_fix_figure": 3}, "preview_fix_figure must be the name of one pose"),
    ({"preview_figure": "bottom", "preview_fault_marks": ["plum"]},
     r'"plum" is not a mark the pose bottom can carry\. Did you mean plumb\?'),
    ({"preview_figure": "bottom", "preview_fault_marks": "back"}, "must be a list"),
    ({"preview_fault_marks": ["back"]}, "the page names none"),
])
def test_every_preview_name_is_one_the_body_model_draws(meta, message):
    """preview_fix_figure and preview_fault_marks were allowed keys nobody
    checked: a typo reached the card drawer as a KeyError."""
    text = "---\n" + "".join(f"{key}: {value}\n" for key, value in meta.items()) + "---\n"
    with pytest.raises(ContentError, match=rf"docs/p\.md, line \d: .*{message}"):
        check_preview_figure(meta, "p.md", lambda: FIGURES, lines_line_of(text))
    check_preview_figure({"preview_figure": "bottom", "preview_fix_figure": "standing",
                          "preview_fault_marks": ["back"]}, "p.md", lambda: FIGURES)


@pytest.mark.parametrize("key,value,check", [
    ("descripton", "x", lambda meta, line_of: check_front_matter_keys(meta, "p.md", line_of)),
    ("description", 42, lambda meta, line_of: check_description(meta, "p.md", line_of)),
    ("title", "**Bold**", lambda meta, line_of: check_title(meta, "p.md", line_of)),
    ("reviewed", "last week",
     lambda meta, line_of: check_reviewed(meta, "p.md", TODAY, line_of=line_of)),
    ("scripts", "a.js",
     lambda meta, line_of: check_scripts(meta, "p.md", ROOT / "docs", line_of)),
])
def test_a_front_matter_mistake_is_named_on_its_keys_line(key, value, check):
    """These messages named only the file, though the key's line is easy
    to find (theme_files' checks already named it)."""
    meta = {"description": "A page.", "reviewed": "2026-11-25", key: value}
    text = "---\n" + "".join(f"{k}: {v}\n" for k, v in meta.items()) + "---\n"
    line = 1 + list(meta).index(key) + 1
    with pytest.raises(ContentError, match=rf"^docs/p\.md, line {line}: "):
        check(meta, lines_line_of(text))


def test_a_title_on_a_page_in_the_menu_is_refused_as_unread():
    """The menu's name for a page wins over its front matter's title: a
    coach's `title: Getting set up` on Setup built, and changed nothing."""
    with pytest.raises(ContentError) as caught:
        check_title({"title": "Getting set up"}, "setup.md", menu_title="Setup")
    message = str(caught.value)
    assert "is not used" in message and "'Setup'" in message and "under nav:" in message
    check_title({"title": "Getting set up"}, "faults/x.md", menu_title=None)  # off the menu
