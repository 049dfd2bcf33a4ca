"""The figure catalogue (figures/catalogue.py): listed when first asked,
not as it is imported, and a misspelt pose, ghost or mark is named where
the figure is listed, with the nearest name, not a KeyError at drawing."""

from __future__ import annotations

import pytest

from figures import catalogue
from figures.catalogue import Figure, Thumbnail, build_catalogue, movement_step, pair, single
from hinge_guide.errors import ContentError

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("call,named", [
    (lambda: single("x", "standng", "X"),
     'the figure "x" names the pose "standng", which the body model doesn\'t have. '
     "Did you mean standing?"),
    (lambda: single("x", "standing", "X", ghost="mid_hinj"),
     'the figure "x" names the ghost pose "mid_hinj", which the body model doesn\'t have. '
     "Did you mean mid_hinge?"),
    (lambda: single("x", "standing", "X", mark_names=("plum",)),
     'the figure "x" names the mark "plum", which the body model doesn\'t have. '
     "Did you mean plumb?"),
    (lambda: pair("fault-x", "botom", "bottom", ("F", "X")),
     'the figure "fault-x" names the pose "botom", which the body model doesn\'t have. '
     "Did you mean bottom?"),
    (lambda: pair("fault-x", "bottom", "standing", ("F", "X"), fix_marks=("bak",)),
     'the figure "fault-x" names the mark "bak", which the body model doesn\'t have. '
     "Did you mean back?"),
    (lambda: movement_step("movement-x", "botom", "X", (), ()),
     'the figure "movement-x" names the rep pose "botom", which the body model doesn\'t have. '
     "Did you mean bottom?"),
], ids=["pose", "ghost", "mark", "pair's pose", "pair's mark", "step's pose"])
def test_a_misspelt_name_is_named_as_the_figure_is_listed(call, named):
    with pytest.raises(ContentError) as raised:
        call()
    assert str(raised.value).startswith(f"figures/catalogue.py: {named}")


def test_a_front_view_mark_on_a_side_pose_is_refused():
    """A pair's marks are checked in its poses' own view."""
    front_only = "knees_in"
    with pytest.raises(ContentError, match=f'the mark "{front_only}"'):
        pair("fault-x", "bottom", "standing", ("F", "X"), fault_marks=(front_only,))


def test_a_pair_of_poses_seen_from_different_sides_is_refused():
    with pytest.raises(ContentError, match='"fault-x" pairs bottom and front_knees_in, which '
                                           "are seen from different sides"):
        pair("fault-x", "bottom", "front_knees_in", ("F", "X"))


def test_each_figure_says_what_its_card_draws():
    """single() and pair() give every side its pose and marks as a card's;
    a pair brings its thumbnail."""
    one = single("x", "bottom", "X", mark_names=("back",))
    assert isinstance(one, Figure) and one.card == ("bottom", ("back",))
    fault, fix, thumb = pair("fault-x", "bottom", "standing", ("F", "X"),
                             fault_marks=("back",), fix_marks=("plumb",))
    assert (fault.name, fault.card) == ("fault-x-fault", ("bottom", ("back",)))
    assert (fix.name, fix.card) == ("fault-x-fix", ("standing", ("plumb",)))
    assert isinstance(thumb, Thumbnail) and thumb.name == "fault-x-thumb"


def test_a_name_listed_twice_is_refused(monkeypatch):
    """Listed in a dict, the second figure of a name replaced the first."""
    twice = [single("x", "bottom", "X"), single("x", "standing", "X")]
    monkeypatch.setattr(catalogue, "_listed", lambda: twice)
    build_catalogue.cache_clear()
    try:
        with pytest.raises(ContentError, match='two figures are named "x"'):
            build_catalogue()
    finally:
        build_catalogue.cache_clear()
