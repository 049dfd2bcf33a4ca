"""Reading every fault box of the site (faults/read.py), the Common faults
index (faults/index.py) and the share links (faults/share.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import markdown
import pytest

from hinge_guide import method
from hinge_guide.errors import ContentError
from hinge_guide.faults.box import Fault
from hinge_guide.faults.index import render_index
from hinge_guide.faults.read import collect, read_faults, site_pages
from hinge_guide.faults.share import intro_words
from hinge_guide.method import fill
from small_inputs import EXTENSIONS, FAULT, ROOT, convert

pytestmark = pytest.mark.unit


def test_the_fault_reader_names_a_misindented_box_by_its_indent(tmp_path):
    """The fault index reads every page with the fault extension alone:
    there too a box indented 3 spaces is named by its indent, not called
    unclosed."""
    docs = tmp_path / "docs"
    docs.mkdir()
    steps = "1. One\n\n" + "\n".join("   " + line if line else line
                                     for line in FAULT.strip().splitlines())
    (docs / "a.md").write_text(steps + "\n\n2. Two\n\n" + FAULT.replace("rounded-back", "other"))
    with pytest.raises(ContentError, match=r"^docs/a\.md, line 3: .* indented 3 spaces"):
        read_faults(docs, ["a.md"],
                    {"markdown_extensions": ["attr_list", "hinge_guide.faults"]})


def test_faults_off_the_menu_are_read_and_checked(tmp_path):
    docs = tmp_path / "docs"
    (docs / "faults").mkdir(parents=True)
    (docs / "a.md").write_text(FAULT)
    (docs / "extra.md").write_text(FAULT.replace("Rounded back", "Other"))
    (docs / "faults/rounded-back.md").write_text("<!-- fault: rounded-back -->\n")
    srcs = site_pages(docs, [("A", "a.md")])
    assert srcs == ["a.md", "extra.md"]
    with pytest.raises(ContentError, match=r"docs/extra.md.*docs/a.md"):
        read_faults(docs, srcs, {"markdown_extensions": EXTENSIONS})


def test_faults_off_the_menu_are_listed_in_the_index_under_their_pages_title(tmp_path):
    """site_pages reads pages outside the menu too, so their faults go in
    the index, after the menu's pages, under the page's own title (its H1
    here, as MkDocs would title it), never silently left out."""
    import xml.etree.ElementTree as etree


    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text(FAULT)
    (docs / "extra.md").write_text("# Extra drills\n" + FAULT.replace("Rounded back", "Other")
                                   .replace("rounded-back", "other"))
    nav = [("A", "a.md")]
    config = {"markdown_extensions": ["attr_list", "md_in_html", "hinge_guide.faults"]}
    found = read_faults(docs, site_pages(docs, nav), config)
    root = etree.Element("div")
    root.extend(render_index(found, nav))
    assert [h.text for h in root.iter("h2")] == ["A", "Extra drills"]
    assert [a.get("href") for a in root.iter("a") if "#" in a.get("href")] == [
        "a.md#rounded-back", "extra.md#other"]


def test_the_fault_index_is_read_again_when_mkdocs_yml_changes(tmp_path):
    """The reader is made from mkdocs.yml: an extension added there under
    mkdocs serve must reach the index without a page being touched."""
    from hinge_guide.context import PageContext, SiteSettings

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text(FAULT)
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: T\nmarkdown_extensions:\n  - attr_list\n  - md_in_html\n"
                      "  - hinge_guide.faults\n")
    page = PageContext(src="faults.md", meta={}, engine="mkdocs", site=SiteSettings(
        docs_dir=docs, root_dir=tmp_path, nav=[("A", "a.md")]))
    first = collect(page)
    assert collect(page) is first
    config.write_text(config.read_text() + "  - toc\n")
    assert collect(page) is not first


@pytest.mark.parametrize("macro,part", [
    ("{{ word(method.tempo.down_seconds) }}", '"The fix" part'),
    ("{% if method %}three{% endif %}", '"The fix" part'),
])
def test_a_macro_in_a_fault_box_is_refused_where_the_index_and_share_page_read_it(
        tmp_path, macro, part):
    """The box's own page runs its macros, but the fault index and the share
    page read the box from the file, where nothing runs them: it would ship
    as typed there. The page itself still renders."""
    docs = tmp_path / "docs"
    docs.mkdir()
    box = FAULT.replace("Go less deep.", f"Take {macro} seconds down.")
    (docs / "a.md").write_text("---\ndescription: A.\n---\n\n# A\n" + box)
    line = ("---\ndescription: A.\n---\n\n# A\n" + box).splitlines().index(
        f"**The fix:** Take {macro} seconds down.") + 1
    with pytest.raises(ContentError) as caught:
        read_faults(docs, ["a.md"], {"markdown_extensions": EXTENSIONS})
    message = str(caught.value)
    assert message.startswith(f'docs/a.md, line {line}: the fault box "Rounded back"'), message
    assert part in message and macro[:12] in message and "write the number in words" in message
    assert "<details" in convert(box)


def test_a_macro_in_a_fault_boxs_figure_text_is_refused_where_it_is_read(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    box = FAULT.replace("**What you see", "![Hips {{ word(3) }} inches back](images/x.svg)\n\n"
                        "**What you see")
    (docs / "a.md").write_text(box)
    with pytest.raises(ContentError, match=r'docs/a\.md, line 5: the fault box "Rounded back" '
                                           r".*\{\{ word\(3\) \}\}.*write the number in words"):
        read_faults(docs, ["a.md"], {"markdown_extensions": EXTENSIONS})


# Raw HTML across Markdown instances, and toc's slug rule -----------------------------

RICH_FAULT = FAULT.replace("**The fix:** Go less deep.",
                           "**The fix:** Press <kbd>Stop</kbd> &amp; go \\*less\\* deep. More.")


def read_rich(tmp_path: Path) -> list[Fault]:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text(RICH_FAULT)
    return read_faults(docs, ["a.md"], {"markdown_extensions": EXTENSIONS})


def test_raw_html_in_a_fix_comes_out_as_words_in_the_fix_line(tmp_path):
    (fault,) = read_rich(tmp_path)
    assert fault.fix_line == "Press Stop & go *less* deep."


def test_the_fault_index_keeps_escaped_stars_literal_and_no_placeholders(tmp_path):
    import xml.etree.ElementTree as etree

    (fault,) = read_rich(tmp_path)
    page = markdown.Markdown(extensions=EXTENSIONS)
    page.convert("")
    root = etree.Element("div")
    root.extend(render_index([fault], [("A", "a.md")], "faults.md", page))
    html = etree.tostring(root, encoding="unicode")
    assert "wzxhzdk" not in html and "<em>" not in html
    assert "<span class=\"hh-fault-row__fix\">Press Stop &amp; go *less* deep.</span>" in html


def test_a_heading_with_an_entity_may_not_take_a_faults_id():
    text = "## Rounded &amp; back\n" + FAULT
    with pytest.raises(ContentError, match="#rounded-back"):
        markdown.markdown(text, extensions=[*EXTENSIONS, "toc"])


def test_share_links_work_from_a_page_in_a_folder_and_start_where_nav_starts():
    from hinge_guide.faults.share import rebase_link, start_page

    assert rebase_link("#rounded-back", "learn/movement.md", "faults/rounded-back.md") \
        == "../learn/movement.md#rounded-back"
    assert start_page([("Home", "index.md"), ("Set-up", "set-up.md")]) == "set-up.md"
    # Only the home page is passed over, by the one home-page rule
    assert start_page([("Home", "index.md"), ("Basics", "basics/index.md")]) == "basics/index.md"


def test_a_new_fault_without_its_share_page_says_to_run_the_generate_step(tmp_path):
    from hinge_guide.faults.box import Fault
    from hinge_guide.faults.index import check_share_pages

    (tmp_path / "faults").mkdir()
    (tmp_path / "faults" / "rounded-back.md").write_text("x")
    check_share_pages([Fault(src="movement.md", id="rounded-back", title="Rounded back")], tmp_path)
    with pytest.raises(ContentError, match="has no share page yet .*python -m hinge_guide"):
        check_share_pages([Fault(src="setup.md", id="heels-lifting", title="Heels lifting")],
                          tmp_path)


@pytest.mark.parametrize("author, expected", [
    ("Hip Hinge Guide coaches",
     "One fix from a free beginner's guide to the hip hinge, written by Hip Hinge Guide coaches."),
    ("Hip Hinge Guide",
     "One fix from a free beginner's guide to the hip hinge, written by Hip Hinge Guide."),
    ("Alex Morgan",
     "One fix from Hip Hinge Guide, a free beginner's guide to the hip hinge by Alex Morgan."),
])
def test_a_share_pages_intro_names_the_site_once_and_says_who_wrote_it(author, expected):
    """The stand-in author goes by the site's name: saying both read "from
    Hip Hinge Guide ... by Hip Hinge Guide coaches" (fresh design review)."""
    said = method.load(ROOT, ROOT / "docs")["words"]
    words = fill(intro_words(said, "Hip Hinge Guide", author), site="Hip Hinge Guide",
                 author=author)
    assert words == expected
    assert words.count("Hip Hinge Guide") == 1 and f"by {author}." in words


def test_the_fault_reader_refuses_a_box_in_a_quote_before_it_can_hang(tmp_path):
    """The site-wide reader converts every page before the build renders
    any: a quoted box followed by another box hung it for ever
    (pymdown-extensions 13.1), so it must refuse the page itself, in a
    process of its own here so a hang fails the test."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text("---\ndescription: D.\n---\n\n# A\n\n> " + "\n> ".join(
        FAULT.strip().splitlines()) + "\n/// note | Coaches disagree\nSome.\n///\n")
    script = ("import sys\nfrom pathlib import Path\nfrom hinge_guide.errors import ContentError\n"
              "from hinge_guide.faults.read import read_faults\ntry:\n"
              "    read_faults(Path(sys.argv[1]), ['a.md'],\n"
              "                {'markdown_extensions': ['attr_list', 'hinge_guide.faults']})\n"
              "except ContentError as error:\n    print(error)\n")
    run = subprocess.run([sys.executable, "-c", script, str(docs)], capture_output=True,
                         text=True, timeout=30, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    said = run.stdout + run.stderr
    assert said.startswith("docs/a.md, line 7: a /// block inside a quote"), said


SHARE_BODY = "# Rounded back: the fix\n\n<!-- fault: rounded-back -->\n"


@pytest.mark.parametrize("text,line", [
    (SHARE_BODY + "Extra words a coach added.\n", 4),
    (SHARE_BODY + "\nA note after a blank line.\n", 5),
    ("# Rounded back: the fix\n\nMy own intro.\n\n<!-- fault: rounded-back -->\n", 3),
    ("# Rounded back: the fix\n## More\n\n<!-- fault: rounded-back -->\n", 2),
])
def test_a_share_page_edited_by_hand_says_it_is_written_by_the_generate_step(text, line):
    """Words added under the marker ran into it: the build said no fault
    box had the id "rounded-back Extra words...", blaming the box; words
    after a blank line were published as typed."""
    with pytest.raises(ContentError) as caught:
        convert(text)
    assert str(caught.value) == (
        f"docs/(text), line {line}: this page is written by `python -m hinge_guide`, and this "
        "line was added or changed by hand. Edit the fault box itself instead, then run "
        "`python -m hinge_guide`, which writes this page anew.")


def test_a_share_page_as_written_and_its_heading_checked_against_its_title():
    from hinge_guide.faults.share import hand_edit

    lines = SHARE_BODY.splitlines()
    assert hand_edit(lines, "Rounded back: the fix") is None
    assert hand_edit(["", *lines, ""], None) is None
    assert hand_edit(lines, "Rounded back: how to fix it") == 1
