"""The site's own stylesheets in Safari's engine, WebKit, which every
browser on an iPhone runs: a property that some WebKit still reads only
with its -webkit- prefix is written in both spellings, so the tests'
Chromium can't hide its loss. (scripts/webkit-check opens the pages
themselves in WebKit.)"""

from __future__ import annotations

import pytest
import tinycss2

from small_inputs import ROOT

pytestmark = pytest.mark.unit

STYLESHEETS = ("docs/stylesheets/extra.css", "docs/stylesheets/session-log.css",
               "docs/javascripts/hinge-check/check.css")
# Properties Safari read only as -webkit-<name> before it knew the plain
# name (masks and appearance until 15.4, backdrop-filter until 18), or
# still does (user-select, text-size-adjust, box-decoration-break).
PREFIXED = {"mask", "mask-image", "mask-size", "mask-position", "mask-repeat", "mask-clip",
            "mask-origin", "appearance", "backdrop-filter", "user-select", "text-size-adjust",
            "box-decoration-break"}
# Blocks whose rules apply to the page: their rules are checked too.
NESTING = {"media", "supports", "container", "layer"}


def style_rules(nodes):
    """Every style rule in nodes, those inside @media and the like included."""
    for node in nodes:
        if node.type == "qualified-rule":
            yield node
        elif node.type == "at-rule" and node.lower_at_keyword in NESTING and node.content:
            yield from style_rules(tinycss2.parse_rule_list(
                node.content, skip_comments=True, skip_whitespace=True))


def missing_twins(css: str) -> list[str]:
    """Each declaration of a PREFIXED property without a -webkit- twin of
    the same value before it, in the same rule, as "selector: declaration"."""
    missing = []
    for rule in style_rules(tinycss2.parse_stylesheet(css, skip_comments=True,
                                                      skip_whitespace=True)):
        seen = {}
        for declaration in tinycss2.parse_declaration_list(rule.content, skip_comments=True,
                                                           skip_whitespace=True):
            if declaration.type != "declaration":
                continue
            value = tinycss2.serialize(declaration.value).strip()
            seen[declaration.lower_name] = value
            if declaration.lower_name in PREFIXED and seen.get(
                    f"-webkit-{declaration.lower_name}") != value:
                selector = " ".join(tinycss2.serialize(rule.prelude).split())
                missing.append(f"{selector}: {declaration.lower_name}: {value}")
    return missing


def test_a_missing_or_different_twin_is_found():
    css = ("a{-webkit-mask-image:none;mask-image:none}"
           "@media screen{b::before{mask:url(x) center}}"
           "c{-webkit-user-select:none;user-select:text}"
           "d{appearance:none;-webkit-appearance:none}")
    assert missing_twins(css) == ["b::before: mask: url(x) center", "c: user-select: text",
                                  "d: appearance: none"]


@pytest.mark.parametrize("name", STYLESHEETS)
def test_every_property_safari_reads_prefixed_has_its_webkit_twin(name):
    missing = missing_twins((ROOT / name).read_text())
    assert not missing, (f"{name}: write each with its -webkit- twin, same value, just before it "
                         "(an older Safari reads only that one): " + "; ".join(missing))
