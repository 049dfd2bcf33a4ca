"""The test run's shared output folders (tests/conftest.py): each emptied
once per run, when the run first uses it, by one process of the several a
run starts; never by a run that doesn't use it."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

import conftest

pytestmark = pytest.mark.unit


@pytest.fixture
def output(tmp_path, monkeypatch):
    """test-output in a folder of its own; this run's id is put back after."""
    monkeypatch.setattr(conftest, "OUTPUT", tmp_path)
    monkeypatch.setattr(conftest, "_RUN", getattr(conftest, "_RUN", ""), raising=False)
    return tmp_path


def test_a_run_that_takes_no_screenshot_leaves_the_last_runs(output):
    """A quick run (-m unit) emptied test-output's shared folders as it
    started, so the screenshots someone was looking at went."""
    shot = output / "screenshots" / "home-phone-dark.png"
    shot.parent.mkdir()
    shot.write_bytes(b"png")
    conftest.pytest_configure(SimpleNamespace())  # a new run, in one process
    assert shot.exists(), "a run that used no shared folder emptied one"
    # its first use empties it; later uses in the same run keep what it wrote
    assert conftest._output("screenshots") == shot.parent and not shot.exists()
    shot.write_bytes(b"png")
    conftest._output("screenshots")
    assert shot.exists()


def test_the_processes_of_one_run_empty_a_folder_once(output):
    """pytest-xdist's processes share the run's id: the first to use a
    folder empties it, the others find it emptied for this run and keep
    what the first has written."""
    old = output / "builds" / "site.done"
    old.parent.mkdir()
    old.touch()
    conftest.pytest_configure(SimpleNamespace(workerinput={"testrunuid": "run-1"}))
    conftest._output("builds")
    assert not old.exists(), "last run's finished builds would not be built again"
    old.touch()  # this run's first process built the site
    conftest.pytest_configure(SimpleNamespace(workerinput={"testrunuid": "run-1"}))
    conftest._output("builds")
    assert old.exists(), "a second process of the same run emptied the folder"
    conftest.pytest_configure(SimpleNamespace(workerinput={"testrunuid": "run-2"}))
    conftest._output("builds")
    assert not old.exists(), "the next run starts afresh"
