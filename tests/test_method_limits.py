"""The most each number in method.yml may be (hinge_guide/method.py, MOST
and MOST_BY_KIND), and how far a weight may go up at once: a number past
its limit (a typo, 30 for 3) stops the build naming the key, the value and
the range allowed, where it used to print on every page."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest

from hinge_guide import method
from hinge_guide.errors import ContentError

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parent.parent
METHOD = method.read(ROOT)
NUMBER_KINDS = {"seconds", "degrees", "count", "length", "kg", "kg list"}


def _message(change) -> str:
    data = copy.deepcopy(METHOD)
    change(data)
    with pytest.raises(ContentError) as caught:
        method.validate(data)
    return str(caught.value)


def _every_number_key() -> dict[str, str]:
    keys = dict(method.FIELDS)
    for name in METHOD["plans"]:
        keys |= {f"plans.{name}.{field}": kind
                 for field, kind in {**method.PLAN_FIELDS, **method.PLAN_OPTIONAL}.items()}
    keys |= {f"rungs[0].{field}": kind for field, kind in method.RUNG_FIELDS.items()}
    return {key: kind for key, kind in keys.items() if kind in NUMBER_KINDS}


def test_every_number_has_a_most_and_every_most_a_key():
    """A new key can't come without its limit, and no limit outlives its key."""
    keys = _every_number_key()
    assert [key for key, kind in keys.items() if method.most(key, kind) is None] == []
    generic = {re.sub(r"^rungs\[\d+\]", "rungs[*]", re.sub(r"^plans\.[^.]+\.", "plans.*.", k))
               for k in keys}
    assert set(method.MOST) - generic == set()


def test_the_method_as_committed_is_within_every_limit():
    method.validate(copy.deepcopy(METHOD))


@pytest.mark.parametrize("where,key,value,expected", [
    (("tempo",), "down_seconds", 30, r"tempo\.down_seconds is 30, but it may be 10 at most: "
                                     r".*Write a number above 0 and at most 10$"),
    (("knees",), "standing_max_degrees", 120,
     r"knees\.standing_max_degrees is 120, but it may be 90 at most: .* from 0 to 90$"),
    (("camera",), "lean_back_degrees", 100, r"camera\.lean_back_degrees is 100, but it may "
                                            r"be 90 at most"),
    (("plans", "learning"), "reps_max", 120, r"plans\.learning\.reps_max is 120, but it may be "
                                             r"30 at most: .* from 1 to 30$"),
    (("plans", "loaded"), "rest_seconds_max", 1200, r"rest_seconds_max is 1200, but it may be "
                                                    r"600 at most"),
    (("plans", "loaded"), "days_per_week_max", 8, r"days_per_week_max is 8, .* 7 at most: a "
                                                  r"week has seven days"),
    (("rungs", 3), "sets", 12, r"rungs\[3\]\.sets is 12, but it may be 10 at most"),
    (("pain",), "see_someone_after_weeks", 60, r"pain\.see_someone_after_weeks is 60, but it "
                                               r"may be 12 at most"),
    (("setup",), "gaze_metres_max", 50, r"setup\.gaze_metres_max is 50"),
    (("loads",), "barbell_kg", 200, r"loads\.barbell_kg is 200, but it may be 25 at most"),
])
def test_a_number_past_its_limit_names_key_value_and_range(where, key, value, expected):
    def change(data):
        section = data
        for part in where:
            section = section[part]
        section[key] = value
        if key == "barbell_kg":
            data["loads"]["barbell_lb"] = round(value * method.KG_TO_LB)

    message = _message(change)
    assert message.startswith("method.yml: ")
    assert re.search(expected, message), message


@pytest.mark.parametrize("kg,lb,expected", [
    ([8, 16, 20, 24], [18, 35, 44, 53], r"loads\.kettlebells_kg goes from 8 kg to 16 kg, a jump "
                                        r"of 100 %, more than 50 %.* at most 12 kg"),
    ([8, 12, 12, 16], [18, 26, 26, 35], r"goes from 12 kg to 12 kg\. List the bells lightest "
                                        r"first"),
    ([12, 8, 16, 20], [26, 18, 35, 44], r"goes from 12 kg to 8 kg"),
    ([8, 12, 16, 60], [18, 26, 35, 132], r"kettlebells_kg is \[8, 12, 16, 60\], but it may be "
                                         r"48 at most"),
])
def test_the_bells_go_up_lightest_first_by_half_at_most(kg, lb, expected):
    message = _message(lambda m: m["loads"].update(kettlebells_kg=kg, kettlebells_lb=lb))
    assert re.search(expected, message), message


def test_the_kettlebell_step_is_half_the_lightest_bell_at_most():
    message = _message(lambda m: m["loads"].update(kettlebell_step_kg=6, kettlebell_step_lb=13))
    assert "loads.kettlebell_step_kg is 6 kg, 75 % of the lightest bell (8 kg), more than " \
           "50 %" in message and "at most 4 kg" in message


@pytest.mark.parametrize("kind,value", [("seconds", 10), ("degrees", 90), ("degrees", 0)])
def test_the_limits_themselves_pass(kind, value):
    key = {"seconds": "tempo.down_seconds", "degrees": "knees.standing_min_degrees"}[kind]
    method.check_value(key, value, kind)
