"""The order the site's Markdown processors run in (priorities.py), whatever
order mkdocs.yml lists the extensions in."""

from __future__ import annotations

import markdown
import pytest

from small_inputs import ROOT as ROOT_DIR

pytestmark = pytest.mark.unit


PREPROCESSORS = [
    "hinge_extensions_used", "hinge_fault_source_lines", "hinge_unclosed_markup",
    "normalize_whitespace", "hinge_block_indent", "fenced_code_block", "hinge_fault_index",
    "hinge_fault_share_marker", "hinge_glossary_page", "html_block",
]
TREEPROCESSORS = [
    "inline", "blocks_on_inline_end", "hinge_tasklist", "hinge_tables", "hinge_fault_share",
    "hinge_fault_index", "prettify", "hinge_alt_words", "attr_list", "hinge_glossary",
    "hinge_figures", "toc", "caption-auto", "hinge_fault_checks", "hinge_checks", "unescape",
]


@pytest.mark.parametrize("order", ["as listed", "reversed"])
def test_the_processors_run_in_the_order_priorities_gives_whatever_mkdocs_yml_lists(
        monkeypatch, order):
    """Registered as mkdocs.yml lists the extensions, and in the reverse
    order: the site's processors run in one order, among Python-Markdown's
    and pymdownx's, and none shares a priority with another."""
    from mkdocs.config import load_config

    monkeypatch.setenv("SITE_URL", "https://example.github.io/hip-hinge/")
    config = load_config(str(ROOT_DIR / "mkdocs.yml"))
    names = list(config.markdown_extensions)
    md = markdown.Markdown(extensions=names if order == "as listed" else names[::-1],
                           extension_configs=config.mdx_configs)
    for processors, expected in ((md.preprocessors, PREPROCESSORS),
                                 (md.treeprocessors, TREEPROCESSORS)):
        assert sorted(expected, key=processors.get_index_for_name) == expected
        # The registry's (name, priority) pairs: Python-Markdown keeps them private.
        priorities = {item.name: item.priority for item in processors._priority}
        for name in (n for n in priorities if n.startswith("hinge_")):
            shared = [other for other, p in priorities.items()
                      if other != name and p == priorities[name]]
            assert not shared, f"{name} shares its priority with {shared}"
