"""How the test run treats parameters read from data: an empty list fails
collection (pytest.ini), and a short one stops it too (conftest.at_least),
so a guard whose data went missing can't turn into a skip line."""

from __future__ import annotations

import pytest

from conftest import at_least

pytestmark = pytest.mark.unit


def test_a_parameter_list_that_came_out_empty_fails_collection(request):
    # pytest's own default turns it into one skip line in -ra output.
    assert request.config.getini("empty_parameter_set_mark") == "fail_at_collect"


def test_a_list_under_its_floor_names_what_came_out_short():
    assert at_least(2, [1, 2], "links") == [1, 2]
    with pytest.raises(AssertionError, match="only 1 links were found, where there are at least 2"):
        at_least(2, [1], "links")
