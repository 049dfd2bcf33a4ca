"""Tables (tables.py): a header cell's words become the phone card's label."""

from __future__ import annotations

import markdown
import pytest

pytestmark = pytest.mark.unit


def test_a_line_break_or_markup_in_a_table_header_reads_as_words_on_the_phone_cards():
    """The card label is an attribute, shown as text: "Rest<br>between sets"
    showed the tag as typed."""
    text = ("| Rung | Rest<br>between sets | <b>Days</b> &amp; weeks |\n| --- | --- | --- |\n"
            "| 1 | 60 s | 3 |\n")
    from bs4 import BeautifulSoup

    html = markdown.markdown(text, extensions=["tables", "hinge_guide.tables"])
    cells = BeautifulSoup(html, "html.parser").select("tbody td")
    assert [c.get("data-label") for c in cells] == ["Rung", "Rest between sets", "Days & weeks"]
