"""The links this site has published (hinge_guide/published.py and the
generate step): listed in published-links.txt, never lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from hinge_guide import published
from hinge_guide.errors import ContentError
from small_inputs import FAULT, ROOT

pytestmark = pytest.mark.unit

ANCHORS = {"": set(), "setup/": set(), "movement/": {"rounded-back", "going-too-deep"},
           "faults/rounded-back/": set()}


def test_the_committed_file_lists_links_and_says_what_it_is():
    text = (ROOT / published.FILE).read_text(encoding="utf-8")
    assert text.startswith(published.HEADER)
    links = [link for _, link in published.read(text)]
    assert len(links) >= 30 and len(set(links)) == len(links)
    assert {"./", "movement/#rounded-back", "faults/rounded-back/"} <= set(links)


def test_new_links_go_at_the_end_and_none_is_removed():
    text = published.HEADER + "setup/\n# a note\nmovement/#gone\n"
    grown = published.with_new_links(text, ["setup/", "./", "movement/#rounded-back", "./"])
    assert grown == text + "./\nmovement/#rounded-back\n"
    assert published.with_new_links(grown, ["setup/"]) == grown
    assert published.with_new_links("", ["./"]) == published.HEADER + "./\n"


@pytest.mark.parametrize("line,message", [
    ("movement/#knees-caving-in", "line 10: movement/#knees-caving-in is a link this site has "
     "published, and no fault on that page has the anchor knees-caving-in any more. Keep it "
     "working: give the box that took its place `data-old-anchors: knees-caving-in`"),
    ("faults/knees-caving-in/", "no fault has the id knees-caving-in any more. Keep it "
     "working: give the box that took its place `data-old-anchors: knees-caving-in`"),
    ("drills/", "no page has that address any more. Keep the page under its old file name"),
    ("https://example.org/", "is not a link on this site as this file writes them"),
    ("/setup/", "is not a link on this site as this file writes them"),
    ("setup", "is not a link on this site as this file writes them"),
])
def test_a_listed_link_that_leads_nowhere_is_named_with_its_line_and_the_fix(line, message):
    text = published.HEADER + "./\n" + f"{line}\n"
    with pytest.raises(ContentError) as caught:
        published.check_links(text, ANCHORS)
    assert str(caught.value).startswith(f"{published.FILE}, line 10: {line} ")
    assert message in str(caught.value), str(caught.value)


def test_links_that_lead_somewhere_pass():
    published.check_links(published.HEADER + "./\nsetup/\nmovement/#going-too-deep\n"
                          "faults/rounded-back/\n", ANCHORS)


def small_project(tmp_path: Path, page: str, listed: str) -> Path:
    (tmp_path / "docs/faults").mkdir(parents=True)
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: T\nnav:\n  - A: a.md\nmarkdown_extensions:\n  - attr_list\n"
        "  - hinge_guide.faults\n")
    (tmp_path / "docs/a.md").write_text(page)
    (tmp_path / published.FILE).write_text(listed)
    return tmp_path


def links_file(project: Path) -> str:
    """published-links.txt as the generate step would write it."""
    from hinge_guide import generate
    from hinge_guide.config import load_config

    boxes = generate.fault_boxes(project)
    site_pages = generate.pages(project, generate.share_pages(project, boxes))
    return generate.published_links(project, load_config(project), site_pages, boxes)


def test_the_generate_step_lists_a_new_fault_and_refuses_to_lose_a_listed_one(tmp_path):
    """A renamed fault deleted its share page and its link on its page, and
    the README table that listed them was read only by a test over a built
    site: the generate step (and --check) now stops, naming the line."""
    project = small_project(tmp_path, FAULT, "")
    listed = links_file(project)
    assert listed == published.HEADER + "a/\na/#rounded-back\nfaults/rounded-back/\n"
    (project / published.FILE).write_text(listed)

    (project / "docs/a.md").write_text(FAULT.replace("{id: rounded-back}", "{id: back-rounding}"))
    with pytest.raises(ContentError, match=rf"^{published.FILE}, line 10: a/#rounded-back is a "
                                           "link this site has published"):
        links_file(project)

    # Renamed by the book: both old links keep working, and the new ones are added.
    (project / "docs/a.md").write_text(FAULT.replace(
        "{id: rounded-back}", "{id: back-rounding, data-old-anchors: rounded-back}"))
    assert links_file(project) == listed + "a/#back-rounding\nfaults/back-rounding/\n"


def test_the_build_refuses_a_published_page_that_is_gone(tmp_path):
    """A page renamed (cue-card.md to cue-cards.md) built cleanly; only the
    generate step noticed that a posted link now leads nowhere."""
    from hinge_guide.checks.pages import check_published_pages

    docs = tmp_path / "docs"
    (docs / "faults").mkdir(parents=True)
    for src in ("index.md", "setup.md", "faults/rounded-back.md"):
        (docs / src).write_text("# T\n", encoding="utf-8")
    (tmp_path / "published-links.txt").write_text(
        "./\nsetup/\nsetup/#weight-on-toes\nfaults/rounded-back/\n", encoding="utf-8")
    check_published_pages(tmp_path, docs)  # every page there; anchors are the boxes' part
    (docs / "setup.md").rename(docs / "set-up.md")
    with pytest.raises(ContentError) as caught:
        check_published_pages(tmp_path, docs)
    assert "published-links.txt, line 2: setup/" in str(caught.value)
