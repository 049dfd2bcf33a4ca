"""The camera check's hints name fault boxes by their ids (analysis.js's
HINTS and MODE_HINTS): each must be a fault box on the site, so renaming or
moving a fault can't leave a hint linking nowhere. Read from the files, in
the quick loop; the built site's links are checked in test_hinge_check.py."""

from __future__ import annotations

import re

import pytest

from hinge_guide.config import DOCS_DIR, load_config
from hinge_guide.context import flatten_nav
from hinge_guide.faults.read import read_faults, site_pages
from small_inputs import ROOT

pytestmark = pytest.mark.unit

ANALYSIS = ROOT / "docs/javascripts/hinge-check/analysis.js"


def block(source: str, name: str) -> str:
    """The text of `export const name = { ... };` in analysis.js."""
    start = source.index(f"export const {name} = {{")
    return source[start:source.index("\n};", start)]


def hint_ids() -> tuple[set[str], set[str]]:
    source = ANALYSIS.read_text(encoding="utf-8")
    hints = set(re.findall(r'^  "([a-z0-9-]+)": \{', block(source, "HINTS"), re.M))
    modes = set(re.findall(r'"([a-z0-9-]+)"', block(source, "MODE_HINTS").split("=", 1)[1]))
    return hints, modes


def site_fault_ids() -> set[str]:
    config = load_config(ROOT)
    docs = ROOT / DOCS_DIR
    return {fault.id for fault in read_faults(docs, site_pages(docs, flatten_nav(config["nav"])),
                                              config)}


def test_every_hint_names_a_fault_box_on_the_site():
    hints, modes = hint_ids()
    assert len(hints) >= 5 and modes, "analysis.js's HINTS or MODE_HINTS moved: update block()"
    faults = site_fault_ids()
    assert hints - faults == set(), (
        f"docs/javascripts/hinge-check/analysis.js: HINTS names {sorted(hints - faults)}, "
        "which no fault box has as its id any more. A fault renamed? Write its new id there "
        "(in HINTS and MODE_HINTS), and in tests/hinge_labelled.py's expected hints.")
    assert modes <= hints, f"MODE_HINTS names hints HINTS lacks: {sorted(modes - hints)}"
