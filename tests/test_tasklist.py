"""Task lists (tasklist.py): each item's words inside its label, nested lists
outside it."""

from __future__ import annotations

import pytest

from small_inputs import render

pytestmark = pytest.mark.unit


def test_task_items_carry_their_words_inside_the_label_and_nested_lists_outside():
    page = render("- [ ] Hips back\n    - [x] Nested item\n- [x] **Flat** back\n",
                  "hinge_guide.tasklist")
    labels = page.select("li.task-list-item > label.task-list-control")
    assert [" ".join(lb.get_text().split()) for lb in labels] == ["Hips back", "Nested item",
                                                                  "Flat back"]
    assert page.select("label label") == [] and page.select("label ul") == []
    assert [box.has_attr("checked") for box in page.select("input[type=checkbox]")] == [
        False, True, True]
