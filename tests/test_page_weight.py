"""Page weight: what a first visit to each page loads, gzip bytes, against
the budget in tests/page-weight-budget.json. Bytes are read from the built
files, so the figures are the same on every machine."""

from __future__ import annotations

import gzip
import json
import sys

import pytest

from conftest import ROOT, nav_pages, page_url
from hinge_guide.site import INLINE_STYLESHEET

sys.path.insert(0, str(ROOT / "bench"))
from first_load import first_visit  # noqa: E402

BUDGET = json.loads((ROOT / "tests/page-weight-budget.json").read_text())


@pytest.mark.parametrize("title,src", nav_pages())
def test_first_visit_stays_within_budget(browser, base_url, site, title, src):
    visit = first_visit(browser, base_url, page_url(src), site)
    listing = "\n".join(f"  {path}: {size:,} B" for path, size in visit["files"])
    print(f"{src}: {visit['gzip']:,} B gzip in {visit['requests']} requests\n{listing}")
    assert visit["foreign"] == 0
    assert src in BUDGET["pages"], f"add {src} to tests/page-weight-budget.json"
    assert visit["gzip"] <= BUDGET["pages"][src], (
        f"{src} loads {visit['gzip']:,} B gzip on a first visit; its budget is "
        f"{BUDGET['pages'][src]:,} B. What it loads:\n{listing}"
    )
    most = BUDGET.get("requests_by_page", {}).get(src, BUDGET["requests"])
    assert visit["requests"] <= most, f"{src} makes {visit['requests']} requests; at most {most}"


def test_the_inline_stylesheet_stays_within_its_budget():
    """Every page carries it, so it is budgeted once, here, by name."""
    size = len(gzip.compress((ROOT / INLINE_STYLESHEET).read_bytes(), compresslevel=9))
    assert size <= BUDGET["inline_stylesheet"], (
        f"{INLINE_STYLESHEET} (docs/stylesheets/extra.css, minified) is {size:,} B gzip; its "
        f"budget is {BUDGET['inline_stylesheet']:,} B, and every page carries it inline."
    )
