"""A coach's YAML read strictly (strict_yaml.py): what PyYAML would take
without a word stops with the file and the line. The same mistakes in
method.yml, mkdocs.yml and front matter are in test_method.py,
test_settings.py and test_front_matter.py."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from hinge_guide.errors import ContentError
from hinge_guide.strict_yaml import load_yaml

pytestmark = pytest.mark.unit


def test_a_key_given_twice_names_both_lines_counted_from_the_files_first_line():
    with pytest.raises(ContentError, match=r"^notes\.yml, lines 3 and 5: 'a' is given twice"):
        load_yaml("a: 1\nb: 2\na: 3\n", "notes.yml", first_line=3)


def test_a_key_merged_in_from_an_anchor_may_be_set_again():
    text = "base: &base {a: 1}\nmine:\n  <<: *base\n  a: 2\n"
    assert load_yaml(text, "x")["mine"] == {"a": 2}


def test_a_date_that_does_not_exist_names_its_line():
    with pytest.raises(ContentError, match=r"^x, line 2: 2026-02-30 is a date that doesn't"):
        load_yaml("a: 1\nreviewed: 2026-02-30\n", "x")
    assert load_yaml("reviewed: 2026-02-28\n", "x") == {"reviewed": dt.date(2026, 2, 28)}


def test_other_mistakes_are_left_to_the_caller_to_word():
    with pytest.raises(yaml.YAMLError):
        load_yaml("a: [oops\n", "x")
