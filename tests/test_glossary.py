"""The glossary (glossary.py): its terms and meanings are plain words,
read the same way wherever the file came from."""

from __future__ import annotations

import re

import pytest

from hinge_guide import glossary
from hinge_guide.errors import ContentError

pytestmark = pytest.mark.unit

# Glossary --------------------------------------------------------------------------

@pytest.mark.parametrize("meaning", ["<img src=x onerror=alert(1)>", "a <b>bold</b> word",
                                     "<!-- note -->", "a [link](https://x.org/)", "*bold*",
                                     "{{ method.tempo.down_seconds }} seconds"])
def test_markup_in_a_glossary_meaning_is_refused(meaning):
    """The same rule as method.yml's sentences (site.markup_in)."""
    with pytest.raises(ContentError, match=r"g.md, line 2: the meaning of 'hinge' holds .*"
                                           "Write it in plain words"):
        glossary.read_terms(f"*[brace]: Tighten your middle\n*[hinge]: {meaning}\n", "g.md")


@pytest.mark.parametrize("term", ["<img src=x onerror=alert(1)>", "<b>brace</b>", "*brace*",
                                  "`brace`", "{{ term }}"])
def test_markup_in_a_glossary_term_is_refused(term):
    """The term is printed on the Glossary page as its entry's name, so
    markup there would run as surely as in a meaning."""
    with pytest.raises(ContentError, match=r"^g\.md, line 2: the term .* holds .*Write the term "
                                           "in plain words"):
        glossary.read_terms(f"*[brace]: Tighten your middle\n*[{term}]: A meaning.\n", "g.md")


@pytest.mark.parametrize("term,edge", [("RDL.", "'.'"), ("C++", "'+'"), ("(RDL)", "'('")])
def test_a_glossary_term_that_starts_or_ends_with_punctuation_is_refused(term, edge):
    """A term is matched as a whole word: "RDL." never matched "Do an RDL.
    Then", so its tooltip silently never showed."""
    message = rf"^g\.md, line 1: the term .* starts or ends with {re.escape(edge)}"
    with pytest.raises(ContentError, match=message):
        glossary.read_terms(f"*[{term}]: A meaning.\n", "g.md")


def test_a_term_with_inner_punctuation_still_matches():
    assert glossary.read_terms("*[pull-through]: A hinge.\n*[reps-first rule]: A rule.\n", "g.md")
    assert glossary.uses("Do a pull-through.", {"pull-through": "A hinge."})


def test_plain_meanings_with_ampersands_pass():
    assert glossary.read_terms("*[RPE]: Effort, 1 to 10 & how hard\n", "g.md")


def test_a_glossary_term_listed_twice_with_two_meanings_is_refused():
    with pytest.raises(ContentError, match=r"g.md, line 2: 'rep' is listed twice"):
        glossary.read_terms("*[rep]: One movement.\n*[rep]: Something else.\n", "g.md")
    assert glossary.read_terms("*[rep]: One.\n*[rep]: One.\n", "g.md") == {"rep": "One."}


@pytest.mark.parametrize("line", ["*[ sacrum ]: The flat bone.", "*[hip  hinge]: A bend."])
def test_a_glossary_term_with_stray_spaces_is_refused(line):
    with pytest.raises(ContentError, match="spaces at its edges or two in a row"):
        glossary.read_terms(line + "\n*[rep]: One movement.\n", "includes/glossary.md")


# Glossary terms that overlap ---------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("a rack pull-through", ["pull-through"]),            # the later, longer term wins
    ("Brace knee bend, then a knee bend", ["Brace knee", "knee bend"]),
    ("Brace knee then Brace.", ["Brace knee", "Brace"]),  # same start: the longer
])
def test_where_two_glossary_terms_overlap_the_longer_one_gets_the_tooltip(text, expected):
    """Matching left to right gave the tooltip to whichever term started
    first, so "rack pull-through" showed the meaning of "rack pull"."""
    terms = {"Brace": "a", "Brace knee": "b", "knee bend": "c", "rack pull": "d",
             "pull-through": "e"}
    assert [m.group(0) for m in glossary.uses(text, terms)] == expected


def test_a_glossary_saved_with_a_byte_order_mark_reads_its_first_line():
    terms = glossary.read_terms("\ufeff*[brace]: Tightening your middle.\n",
                                "includes/glossary.md")
    assert terms == {"brace": "Tightening your middle."}


@pytest.mark.parametrize("line,fix", [
    ("*[hinge] : Space before the colon.", "Remove the space between ] and :"),
    ("*[hinge] Space, no colon.", "Write one term per line as *[term]: plain-language meaning"),
])
def test_a_line_that_is_not_an_entry_says_what_to_change(line, fix):
    with pytest.raises(ContentError) as error:
        glossary.read_terms(f"*[brace]: Tighten your middle\n{line}\n", "g.md")
    assert str(error.value).startswith(f"g.md, line 2: {line!r} is not a glossary entry. {fix}")
