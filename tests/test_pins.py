"""The build's pins, read from requirements.in (pins.py)."""

from __future__ import annotations

import pytest

from hinge_guide.errors import ContentError
from hinge_guide.pins import REQUIREMENTS, pinned

pytestmark = pytest.mark.unit


def test_a_pin_is_read_from_requirements_in_and_a_lost_one_is_named(tmp_path):
    """Four copies of requirements.in's pins lived in the code, with four
    tests keeping them equal: the messages now read the pin itself."""
    pins = tmp_path / "requirements.in"
    pins.write_text("# Comment==1\nmkdocs==1.6.1  # the one\nPymdown_Extensions==13.1\n",
                    encoding="utf-8")
    assert pinned("mkdocs", pins) == "1.6.1"
    assert pinned("pymdown-extensions", pins) == "13.1"
    with pytest.raises(ContentError, match=r"^requirements\.in: no line pins mkdocs-material "
                                           r"\(`mkdocs-material==version`\)"):
        pinned("mkdocs-material", pins)


def test_a_pin_read_without_requirements_in_says_so_instead_of_raising(tmp_path):
    """pinned() writes part of a message about another problem: a package
    installed without its checkout must not turn that into a traceback."""
    assert pinned("mkdocs", tmp_path / "requirements.in").startswith("(unknown")
    assert pinned("mkdocs") == pinned("mkdocs", REQUIREMENTS) != ""


def test_a_package_not_as_pinned_names_the_version_that_runs_and_the_pin():
    import importlib.metadata

    from hinge_guide.pins import not_as_pinned

    message = not_as_pinned("mkdocs", "MkDocs")
    assert message == (f"requirements.in: the build runs MkDocs "
                       f"{importlib.metadata.version('mkdocs')}; the project pins "
                       f"mkdocs=={pinned('mkdocs')}.")
