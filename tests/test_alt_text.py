"""Alt text (checks/alt_text.py): words, not a file name."""

from __future__ import annotations

import pytest

from hinge_guide.errors import ContentError
from small_inputs import convert

pytestmark = pytest.mark.unit

# Alt text in words ------------------------------------------------------------------

@pytest.mark.parametrize("image,problem", [
    ("![squat.svg](images/squat.svg)", "the picture's file name"),
    ("![fault-rounded-back-fault](images/fault-rounded-back-fault.svg)",
     "the picture's file name"),
    ("![IMG_2034](images/coach.jpg)", "the name a camera or phone gave the file"),
    ("![DSC00123.JPG](images/coach.jpg)", "a file name"),
    ("![Screenshot 2026-05-01 at 10.00.00](images/coach.png)",
     "the name a camera or phone gave the file"),
    ("![squat_bottom_2](images/coach.png)", "a file name"),
    ('<img src="images/coach.jpg" alt="IMG_2034">', "the name a camera or phone gave the file"),
])
def test_alt_text_that_is_a_file_name_asks_for_words(image, problem):
    """It passed the rule that every image has alt text, and a screen reader
    read out "IMG underscore 2034"."""
    with pytest.raises(ContentError) as caught:
        convert(f"# T\n\n{image}\n")
    assert f"{problem}. Screen readers read the alt text out" in str(caught.value)
    assert "write words that say what the picture shows" in str(caught.value)


@pytest.mark.parametrize("alt", ["Side view: hips back, back flat", "Kettlebell on the floor",
                                 "Photo of the set, hips back", "Rung 2 plan"])
def test_alt_text_in_words_passes(alt):
    convert(f"# T\n\n![{alt}](images/coach.jpg)\n")
