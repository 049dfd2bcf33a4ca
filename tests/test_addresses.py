"""Whether an address leads off the site (hinge_guide.addresses), and the
share page's rewriting of the box's links, which asks it."""

from __future__ import annotations

import ast

import pytest

from hinge_guide.addresses import is_external
from hinge_guide.faults.share import rebase_link
from small_inputs import ROOT

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("address,external", [
    ("https://www.nhs.uk/", True),
    ("HTTP://example.org/a.svg", True),
    ("//cdn.example.org/x.js", True),
    (" https://example.org/", True),
    ("mailto:coach@example.org", True),
    ("tel:+441234567890", True),
    ("sms:+441234567890", True),
    ("data:image/png;base64,AAAA", True),
    ("javascript:alert(1)", True),
    ("http://[::1", True),  # malformed, but another site's all the same
    ("setup.md", False),
    ("../images/a.svg", False),
    ("images/a.svg?v=2", False),
    ("?q=hinge", False),
    ("#rounded-back", False),
    ("/setup/", False),  # the host's root: refused elsewhere, but not another site
    ("", False),
])
def test_an_address_is_external_when_it_has_a_scheme_or_a_host(address, external):
    assert is_external(address) is external


@pytest.mark.parametrize("link,rebased", [
    ("tel:+441234567890", "tel:+441234567890"),
    ("sms:+441234567890", "sms:+441234567890"),
    ("data:image/png;base64,AAAA", "data:image/png;base64,AAAA"),
    ("mailto:coach@example.org", "mailto:coach@example.org"),
    ("https://www.nhs.uk/", "https://www.nhs.uk/"),
    ("//example.org/x", "//example.org/x"),
    ("/setup/", "/setup/"),
    ("#rounded-back", "../movement.md#rounded-back"),
    ("?v=2", "../movement.md?v=2"),
    ("?v=2#top", "../movement.md?v=2#top"),
    ("setup.md#locked-knees", "../setup.md#locked-knees"),
    ("images/a.svg?v=2", "../images/a.svg?v=2"),
    ("", ""),
])
def test_a_box_link_is_rewritten_for_the_share_page_only_when_it_is_the_sites_own(link, rebased):
    """A tel: link in a box came out as ../tel:..., which the strict build
    stopped on, blaming a generated file the coach is told never to edit."""
    assert rebase_link(link, "movement.md", "faults/x.md") == rebased


def test_no_module_asks_whether_an_address_is_external_its_own_way():
    """The question was asked nine times three ways ("://" in it, a scheme
    pattern, a list of prefixes), and one way missed tel:. is_external is the
    one rule: no '"://" in' test is left under hinge_guide/."""
    found = []
    for path in sorted((ROOT / "hinge_guide").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Compare)
                    and any(isinstance(op, ast.In | ast.NotIn) for op in node.ops)
                    and isinstance(node.left, ast.Constant) and node.left.value == "://"):
                found.append(f"{path.relative_to(ROOT)}, line {node.lineno}")
    assert found == [], f"use hinge_guide.addresses.is_external in {found}"
