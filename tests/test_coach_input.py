"""A coach's mistakes, one rule at a time, on small inputs: each gives a
message naming the file and the fix, or builds correctly. The full builds
of the same mistakes, where the build is what's under test, are in
test_bad_input.py.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as etree
from pathlib import Path

import markdown
import pytest

from hinge_guide import checks, glossary, inline_svg, site, svg_safety
from hinge_guide.checks import pages
from hinge_guide.checks.front_matter import (
    check_description,
    check_front_matter_keys,
    check_reviewed,
    check_scripts,
    check_title,
)
from hinge_guide.checks.settings import (
    check_folder,
    check_plain_names,
    check_site_url,
    check_social,
)
from hinge_guide.context import flatten_nav
from hinge_guide.errors import ContentError
from hinge_guide.faults.box import Fault
from hinge_guide.faults.index import render_index
from hinge_guide.faults.read import collect, read_faults, site_pages

ROOT = Path(__file__).resolve().parent.parent

FAULT = """
/// fault | Rounded back
    attrs: {id: rounded-back}

**What you see or feel:** Your back curves.

**Why it matters:** It loads the discs.

**The fix:** Go less deep.
///
"""

EXTENSIONS = ["attr_list", "md_in_html", "hinge_guide.faults", "hinge_guide.checks",
              "pymdownx.blocks.admonition"]


def convert(text: str) -> str:
    return markdown.markdown(text, extensions=EXTENSIONS)


# Dates -----------------------------------------------------------------------

TODAY = dt.date(2026, 12, 5)


@pytest.mark.parametrize("value", [20261125, "20261125", "2026-W48-3", "2026-11-25T10:00",
                                   dt.datetime(2026, 11, 25, 10, 0), "2026-02-30", "2099-01-01",
                                   dt.date(2099, 1, 1), True, "25/11/2026"])
def test_reviewed_is_a_calendar_day_not_in_the_future(value):
    with pytest.raises(ContentError, match=r"docs/p\.md: reviewed: .*(not a day|in the future)"):
        check_reviewed({"reviewed": value}, "p.md", today=TODAY)


@pytest.mark.parametrize("value", ["1926-12-05", dt.date(1926, 12, 5), dt.date(2019, 12, 31)])
def test_reviewed_before_2020_is_refused_as_a_likely_typo(value):
    with pytest.raises(ContentError, match=r"^docs/p\.md: reviewed: \d{4}-\d\d-\d\d is before "
                                           "2020, so it is likely a typo in the year"):
        check_reviewed({"reviewed": value}, "p.md", today=TODAY)


def test_reviewed_from_2020_passes():
    check_reviewed({"reviewed": dt.date(2020, 1, 1)}, "p.md", today=TODAY)


def test_reviewed_today_or_tomorrow_passes():
    check_reviewed({"reviewed": "2026-12-06"}, "p.md", today=TODAY)
    check_reviewed({"reviewed": dt.date(2026, 11, 25)}, "p.md", today=TODAY)


# SITE_URL ----------------------------------------------------------------------

@pytest.mark.parametrize("url,problem", [
    ("https://you.github.io/hinge/?utm_source=x", "? or # part"),
    ("https://you.github.io/hinge/#top", "? or # part"),
    ("https://user:pass@you.github.io/hinge/", "user name or password"),
    ("http://you.github.io/hinge/", "must start with https://"),
    ("ftp://you.github.io/", "must start with https://"),
    ("https://you.github.io:x/", "not a usable address"),
])
def test_site_url_is_https_with_no_query_fragment_or_password(url, problem):
    with pytest.raises(ContentError, match="SITE_URL") as caught:
        check_site_url(url)
    assert problem in str(caught.value) and "https://you.github.io/hip-hinge/" in str(caught.value)


def test_local_http_addresses_stay_allowed():
    check_site_url("http://127.0.0.1:8000/")
    check_site_url("https://you.github.io/hinge/")


# Social links --------------------------------------------------------------------

@pytest.mark.parametrize("social", ["https://www.instagram.com/coach", ["https://x.org/"],
                                    [{"link": 42}]])
def test_social_written_as_a_string_or_bare_links_says_how(social):
    with pytest.raises(ContentError, match="extra.social"):
        check_social(social)


# Front matter --------------------------------------------------------------------

@pytest.mark.parametrize("text,message", [
    ("---\n- a\n- b\n---\nbody", "not a list"),
    ("---\nThis page is about setup\n---\nbody", "not a sentence"),
    ("---\ndescription: [oops\n---\nbody", "not valid YAML"),
    ("---\ndescription: Setup: feet\nreviewed: 2026-11-25\n---\nbody", "line 2"),
])
def test_front_matter_that_is_not_settings_names_the_file_and_what_to_write(text, message):
    with pytest.raises(ContentError, match="docs/setup.md") as caught:
        site.split_front_matter(text, "docs/setup.md")
    assert message in str(caught.value)


def test_a_front_matter_key_given_twice_names_both_lines():
    text = "---\ndescription: First.\nreviewed: 2026-11-25\ndescription: Second.\n---\nbody"
    with pytest.raises(ContentError, match=r"^docs/setup\.md, lines 2 and 4: 'description' is "
                                           "given twice.*Keep one"):
        site.split_front_matter(text, "docs/setup.md")


@pytest.mark.parametrize("day", ["2026-02-30", "2026-13-01"])
def test_a_date_that_does_not_exist_names_the_file_and_line(day):
    text = f"---\ndescription: Setup.\nreviewed: {day}\n---\nbody"
    with pytest.raises(ContentError, match=rf"^docs/setup\.md, line 3: {day} is a date that "
                                           "doesn't exist"):
        site.split_front_matter(text, "docs/setup.md")


@pytest.mark.parametrize("text,message", [
    ("---\ndescription: Setup.\nreviewed: 2026-11-25\n\n# Setup\n",
     "line 1: the front matter isn't closed. Add a line `---` under its last setting (line 3)"),
    ("\n---\ndescription: Setup.\nreviewed: 2026-11-25\n---\n\n# Setup\n",
     "line 2: the front matter must start on the first line of the file"),
])
def test_front_matter_out_of_place_says_how_to_place_it_not_no_description(text, message):
    """Missed, the front matter would read as none: 'the page has no description'."""
    with pytest.raises(ContentError, match="^docs/setup.md, ") as caught:
        site.split_front_matter(text, "docs/setup.md")
    assert message in str(caught.value)


def test_a_page_without_front_matter_reads_as_none():
    assert site.split_front_matter("# Title\n\n---\n\ntext\n", "x") == (
        {}, "# Title\n\n---\n\ntext\n", 0)


def test_front_matter_counts_its_lines():
    meta, body, offset = site.split_front_matter("---\na: 1\nb: 2\n---\n# T\n", "x")
    assert meta == {"a": 1, "b": 2} and body == "# T\n" and offset == 4


@pytest.mark.parametrize("src,url", [("index.md", ""), ("setup.md", "setup/"),
                                     ("sub/index.md", "sub/"), ("sub/page.md", "sub/page/")])
def test_page_urls_are_directory_urls(src, url):
    assert site.page_url(src) == url


def test_the_tests_use_the_sites_page_url():
    import conftest

    assert conftest.page_url is site.page_url


# Fault ids and boxes ---------------------------------------------------------------

@pytest.mark.parametrize("attrs,message", [
    ("{id: index}", "Common faults page"),
    ("{id: '123'}", "with at least one letter"),
    ("{id: locked knees}", "lower-case words of letters and digits joined by hyphens"),
    ("{id: ../x}", "no spaces, /, # or dots"),
    ("{id: #x}", "not a setting"),
    ("{id: yes}", "reads as true or false"),
    ("{id: 123}", "reads as a number"),
    ("{id: rounded-back, data-old-anchors: 42}", "reads as a number"),
    ("{id: Rounded-Back}", 'has the id "Rounded-Back": an anchor is lower-case'),
    ("{id: rücken}", "no capitals, accents or spaces"),
])
def test_a_bad_fault_id_says_what_is_wrong_with_the_id(attrs, message):
    with pytest.raises(ContentError) as caught:
        convert(FAULT.replace("{id: rounded-back}", attrs))
    assert message in str(caught.value)
    assert "misspelt" not in str(caught.value)


def test_attrs_without_its_colon_says_to_add_it():
    with pytest.raises(ContentError, match="attrs, a colon"):
        convert(FAULT.replace("attrs: {", "attrs {"))


def test_a_missing_fault_extension_says_to_add_it():
    with pytest.raises(ContentError, match="- hinge_guide.faults"):
        markdown.markdown(FAULT, extensions=["attr_list", "hinge_guide.checks"])


def test_a_misspelt_admonition_type_in_the_config_points_there():
    text = "/// warning | Stop\n\nText.\n///\n"
    with pytest.raises(ContentError, match="types in mkdocs.yml"):
        markdown.markdown(text, extensions=["hinge_guide.checks", "hinge_guide.faults",
                                            "pymdownx.blocks.admonition"],
                          extension_configs={"pymdownx.blocks.admonition":
                                             {"types": ["note", "tip", "warnng"]}})


def test_a_fault_box_inside_another_says_which_to_close():
    inner = FAULT.replace("rounded-back", "inner").replace("Rounded back", "Inner")
    inside = FAULT.rstrip().removesuffix("///") + "\n" + inner + "\n///\n"
    with pytest.raises(ContentError, match='"Rounded back" is not closed before the next '
                                           'fault box, "Inner", starts'):
        convert(inside)


def test_an_empty_fix_is_refused():
    with pytest.raises(ContentError, match=r"nothing after \*\*The fix:\*\*"):
        convert(FAULT.replace("**The fix:** Go less deep.", "**The fix:**"))


def test_a_block_indented_three_spaces_under_a_step_says_how_to_indent():
    steps = "1. One\n\n" + "\n".join("   " + line if line else line
                                     for line in FAULT.strip().splitlines()) + "\n\n2. Two\n"
    with pytest.raises(ContentError, match=r"line 3: .* indented 3 spaces.*4 spaces"):
        convert(steps)


def test_a_block_indented_four_spaces_under_a_step_stays_in_the_list():
    steps = "1. One\n\n" + "\n".join("    " + line if line else line
                                     for line in FAULT.strip().splitlines()) + "\n\n2. Two\n"
    html = convert(steps)
    assert html.count("<ol>") == 1 and "<details" in html


@pytest.mark.parametrize("fence", ["```", "~~~~"])
def test_a_block_shown_in_fenced_code_is_code_not_a_misindented_block(fence):
    """A page that shows how to write a box, in a fenced code example,
    indented under a step or not."""
    example = f"{fence}markdown\n  /// tip | Title\n  Text.\n  ///\n{fence}\n"
    steps = "1. One\n\n" + "".join(f"    {line}\n" for line in example.splitlines()) + "\n2. Two\n"
    for text in (example, steps):
        html = markdown.markdown(text, extensions=[*EXTENSIONS, "pymdownx.superfences"])
        assert "/// tip | Title" in html and "admonition" not in html


def test_any_block_indented_three_spaces_is_refused_not_only_a_fault_box():
    steps = "1. One\n\n   /// tip | Shortcut\n   Text.\n   ///\n\n2. Two\n"
    with pytest.raises(ContentError, match=r"^docs/\(text\), line 3: the block line "
                                           r'"/// tip \| Shortcut" is indented 3 spaces'):
        markdown.markdown(steps, extensions=["hinge_guide.checks", "pymdownx.blocks.admonition"])


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


def test_two_h1s_are_refused():
    with pytest.raises(ContentError, match=r"second H1.*## Two"):
        convert("# One\n\ntext\n\n# Two\n")


def test_a_second_h1_is_named_in_its_own_words_beside_a_permalink():
    """With toc's permalink, the message read '# Another titleamppara;'."""
    with pytest.raises(ContentError, match=r'second H1, "# Hips & knees, bent"\.'):
        markdown.markdown("# One\n\n# Hips &amp; knees, *bent*\n", extensions=[
            *EXTENSIONS, "toc"], extension_configs={"toc": {"permalink": True}})


def test_a_page_listed_twice_in_the_menu_is_one_page():
    assert flatten_nav([{"A": "a.md"}, {"B": "a.md"}, {"C": "c.md"}]) == [("A", "a.md"),
                                                                          ("C", "c.md")]


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

# Scripts ---------------------------------------------------------------------------

@pytest.mark.parametrize("script", ["../mkdocs.yml", "stylesheets/extra.css",
                                    'javascripts/a"b.js', "/javascripts/checklist.js"])
def test_scripts_are_plain_js_paths_under_docs(script):
    with pytest.raises(ContentError, match="Name a .js file under docs/"):
        check_scripts({"scripts": [script]}, "p.md", ROOT / "docs")


# Glossary --------------------------------------------------------------------------

@pytest.mark.parametrize("meaning", ["<img src=x onerror=alert(1)>", "a <b>bold</b> word",
                                     "<!-- note -->", "a [link](https://x.org/)", "*bold*",
                                     "{{ method.tempo.down_seconds }} seconds"])
def test_markup_in_a_glossary_meaning_is_refused(meaning):
    """The same rule as method.yml's sentences (site.markup_in)."""
    with pytest.raises(ContentError, match=r"g.md, line 2: the meaning of 'hinge' holds .*"
                                           "Write it in plain words"):
        glossary.read_terms(f"*[brace]: Tighten your middle\n*[hinge]: {meaning}\n", "g.md")


@pytest.mark.parametrize("term", ["<img src=x onerror=alert(1)>", "<b>brace</b>", "*brace*",
                                  "`brace`", "{{ term }}"])
def test_markup_in_a_glossary_term_is_refused(term):
    """The term is printed on the Glossary page as its entry's name, so
    markup there would run as surely as in a meaning."""
    with pytest.raises(ContentError, match=r"^g\.md, line 2: the term .* holds .*Write the term "
                                           "in plain words"):
        glossary.read_terms(f"*[brace]: Tighten your middle\n*[{term}]: A meaning.\n", "g.md")


@pytest.mark.parametrize("term,edge", [("RDL.", "'.'"), ("C++", "'+'"), ("(RDL)", "'('")])
def test_a_glossary_term_that_starts_or_ends_with_punctuation_is_refused(term, edge):
    """A term is matched as a whole word: "RDL." never matched "Do an RDL.
    Then", so its tooltip silently never showed."""
    message = rf"^g\.md, line 1: the term .* starts or ends with {re.escape(edge)}"
    with pytest.raises(ContentError, match=message):
        glossary.read_terms(f"*[{term}]: A meaning.\n", "g.md")


def test_a_term_with_inner_punctuation_still_matches():
    assert glossary.read_terms("*[pull-through]: A hinge.\n*[reps-first rule]: A rule.\n", "g.md")
    assert glossary.uses("Do a pull-through.", {"pull-through": "A hinge."})


def test_plain_meanings_with_ampersands_pass():
    assert glossary.read_terms("*[RPE]: Effort, 1 to 10 & how hard\n", "g.md")


# Coach SVGs -------------------------------------------------------------------------

SVG_OPEN = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'


@pytest.mark.parametrize("svg,problem", [
    (SVG_OPEN + "<script>alert(1)</script></svg>", "<script>"),
    (SVG_OPEN + '<rect onload="alert(1)"/></svg>', "event handler onload"),
    (SVG_OPEN + '<image href="https://tracker.example/x.png"/></svg>', "links to"),
    ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
     '<use xlink:href="https://x.org/a.svg#b"/></svg>', "links to"),
    (SVG_OPEN + "<style>@import url(https://x.org/a.css);</style></svg>", "load"),
    (SVG_OPEN + '<rect style="fill:url(https://x.org/a)"/></svg>', "load"),
    ("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>", "DOCTYPE"),
    ("<html><body>hello</body></html>", "not SVG"),
    ('<!DOCTYPE svg [<!ENTITY a "aaaa">]>' + SVG_OPEN + "&a;</svg>", "DOCTYPE"),
    (SVG_OPEN + "<g/>" * 300_000 + "</svg>", "bytes"),
    (SVG_OPEN + "<g/>" * 6_000 + "</svg>", "elements"),
])
def test_a_coach_svg_that_could_run_or_fetch_is_refused(svg, problem):
    with pytest.raises(ContentError, match=r"docs/images/x\.svg(, line \d+)?: the figure can't "
                       "go on the site" if problem != "bytes" else "docs/images/x.svg") as caught:
        svg_safety.check_svg(svg.encode(), "docs/images/x.svg")
    assert problem in str(caught.value)


EVIL = "https://evil.example.net/x"
OTHER_SITES = "The site loads nothing from other sites"


@pytest.mark.parametrize("attr", ["fill", "stroke", "filter", "mask", "clip-path",
                                  "marker-start", "marker-mid", "marker-end"])
def test_a_presentation_attribute_that_fetches_is_refused(attr):
    svg = SVG_OPEN + f'<g/>\n<path {attr}="url({EVIL})"/></svg>'
    with pytest.raises(ContentError) as caught:
        svg_safety.check_svg(svg.encode(), "docs/images/x.svg")
    assert str(caught.value).startswith(
        f'docs/images/x.svg, line 2: the figure can\'t go on the site: <path> has '
        f'{attr}="url({EVIL})", which points outside the figure. {OTHER_SITES}')
    assert "Fix: use a colour" in str(caught.value)


@pytest.mark.parametrize("css,found", [
    (rf".a{{fill:\75 rl({EVIL})}}", f"...url({EVIL})"),              # CSS escape for u
    (rf".a{{fill:\u\r\l({EVIL})}}", f"...url({EVIL})"),              # escaped plain letters
    (f".a{{fill:&#117;rl({EVIL})}}", f"...url({EVIL})"),              # XML entity for u
    (f'@im&#112;ort "{EVIL}";', f'@import "{EVIL}";'),                # entity inside @import
    (rf'@\69 mport "{EVIL}";', f'@import "{EVIL}";'),                 # escape inside @import
    (f'.a{{fill:image-set("{EVIL}" 1x)}}', f'...image-set("{EVIL}" 1x)}}'),
    (f'.a{{fill:-webkit-image-set("{EVIL}" 1x)}}', f'...image-set("{EVIL}" 1x)}}'),
    (f".a{{fill:url( '{EVIL}')}}", f"...url( '{EVIL}')}}"),
])
def test_css_that_fetches_is_refused_however_it_is_written(css, found):
    for where, svg in [("<style>", SVG_OPEN + f"<style>\n\n{css}</style></svg>"),
                       ("<rect>", SVG_OPEN + f"<rect style='{css.replace(chr(39), chr(34))}'"
                                             "/></svg>")]:
        with pytest.raises(ContentError, match=OTHER_SITES) as caught:
            svg_safety.check_svg(svg.encode(), "docs/images/x.svg")
        message = str(caught.value)
        assert where in message and "points outside the figure" in message
        if where == "<style>":
            assert message.startswith("docs/images/x.svg, line 3: ")
            assert f'its <style> has "{found}' in message


@pytest.mark.parametrize("animation,found", [
    (f'<set attributeName="href" to="{EVIL}"/>', f'<set> animates a link (attributeName="href", '
                                                 f'to "{EVIL}")'),
    (f'<animate attributeName="href" values="#a;{EVIL}" dur="1s"/>',
     f'<animate> animates a link (attributeName="href", to "#a;{EVIL}")'),
    (f'<set attributeName="xlink:href" to="{EVIL}"/>', 'attributeName="xlink:href"'),
    (f'<animate attributeName="fill" values="red;url({EVIL})" dur="1s"/>',
     f'<animate> has values="...url({EVIL})", which points outside the figure'),
    (f'<set attributeName="style" to="fill:url({EVIL})"/>',
     f'<set> has to="...url({EVIL})", which points outside the figure'),
])
def test_an_animation_that_changes_a_link_or_fetches_is_refused(animation, found):
    svg = SVG_OPEN + f'<a href="#top"><rect id="top"/>{animation}</a></svg>'
    with pytest.raises(ContentError, match=OTHER_SITES) as caught:
        svg_safety.check_svg(svg.encode(), "docs/images/x.svg")
    message = str(caught.value)
    assert message.startswith("docs/images/x.svg, line 1: the figure can't go on the site: ")
    assert found in message and "Fix:" in message


PAGE_WIDE = "its <style> applies to the whole page"


@pytest.mark.parametrize("css,rule,why", [
    ("body{display:none}", "body", "does not start with a class of the figure's own"),
    ("*{display:none}", "*", "does not start with a class"),
    (".st0{fill:red}\n:root{--md-primary-fg-color:red}", ":root", "does not start with a class"),
    (".st0, svg{fill:red}", ".st0, svg", "does not start with a class"),
    ("@media print{.st0{fill:red} body{display:none}}", "body", "does not start with a class"),
    (".hh-card{display:none}", ".hh-card", '".hh-card" is a class of the site\'s pages'),
    (".st0 + p{display:none}", ".st0 + p", "+ and ~ pick elements next to the figure's"),
    (".st0 ~ *{display:none}", ".st0 ~ *", "+ and ~ pick elements next to the figure's"),
    (".st0 #layer1{fill:red}", ".st0 #layer1", "ids change when a figure is on a page twice"),
    (r"\62 ody{display:none}", r"\62 ody", "written with CSS escapes"),
    (r".st\30 {fill:red}", r".st\30", "written with CSS escapes"),
    ("@font-face{font-family:Roboto;src:local(Arial)}", "@font-face", "@font-face acts on the"),
    ("@page{margin:9in}", "@page", "@page acts on the whole page"),
    ("@keyframes spin{to{opacity:0}}", "@keyframes spin", "animation names are shared"),
])
def test_a_style_rule_that_reaches_past_the_figure_is_refused(css, rule, why):
    svg = SVG_OPEN + f'<style>\n{css}</style><rect class="st0"/></svg>'
    with pytest.raises(ContentError, match=PAGE_WIDE) as caught:
        svg_safety.check_svg(svg.encode(), "docs/images/x.svg")
    message = str(caught.value)
    line = 2 + css.split(rule.split(",")[0].split()[0])[0].count("\n")
    assert message.startswith(f"docs/images/x.svg, line {line}: the figure can't go on the "
                              f'site: its <style> has the rule "{rule}": ')
    assert why in message and "Fix: start every selector with a class" in message


@pytest.mark.parametrize("svg,problem", [
    (SVG_OPEN + "<style>.st0{fill:red}<g/>body{display:none}</style></svg>",
     "its <style> holds a <g> element"),
    (SVG_OPEN + "<STYLE>body{display:none}</STYLE></svg>", 'the rule "body"'),
    (SVG_OPEN + '<image HREF="https://evil.example.net/x"/></svg>', "links to"),
])
def test_a_style_or_link_the_html_parser_would_read_differently_is_refused(svg, problem):
    with pytest.raises(ContentError, match="docs/images/x.svg, line 1: ") as caught:
        svg_safety.check_svg(svg.encode(), "docs/images/x.svg")
    assert problem in str(caught.value)


DRAWN = ('<svg xmlns="http://www.w3.org/2000/svg" class="drawing" viewBox="0 0 10 10">'
         "<style>.st0{{fill:{}}} .st0 .st1:not(.hh-fig-body), svg.drawing:root{{stroke:none}}"
         "@media print{{.st1{{fill:#000}}}}@keyframes hh-spin{{to{{opacity:.5}}}}"
         '/* .note */ .st1[data-x=".y"]{{animation:hh-spin 1s}}</style>'
         '<g class="st0 hh-fig-body"><path class="st1" d="M0 0h9"/></g></svg>')


def test_a_drawing_programs_own_classes_pass_and_are_renamed_apart_per_figure():
    red, blue = DRAWN.format("#c00"), DRAWN.format("#00c")
    for svg in (red, blue):
        svg_safety.check_svg(svg.encode(), "docs/images/x.svg")
    one = inline_svg.inline_svg(inline_svg.own_classes(etree.fromstring(red), "feet"), "a", "")
    two = inline_svg.inline_svg(inline_svg.own_classes(etree.fromstring(blue), "sub/hands"),
                                "b", "")
    # Each figure's .st0 is its own: the second no longer repaints the first.
    assert ".hh-svg-feet-st0{fill:#c00}" in one and ".hh-svg-sub-hands-st0{fill:#00c}" in two
    assert 'class="hh-svg-feet-st0 hh-fig-body"' in one
    assert 'class="hh-svg-feet-st1"' in one and ".hh-svg-feet-st0 .hh-svg-feet-st1" in one
    assert "svg.hh-svg-feet-drawing:root" in one and ":not(.hh-fig-body)" in one
    # At-rules, keyframes, comments and strings keep their words.
    assert "@media print{.hh-svg-feet-st1{" in one and "@keyframes hh-spin{to{opacity:.5}}" in one
    assert '/* .note */ .hh-svg-feet-st1[data-x=".y"]' in one


def test_the_inliner_renames_a_figures_own_classes(tmp_path):
    path = tmp_path / "x.svg"
    path.write_text(DRAWN.format("#c00"), encoding="utf-8")
    inliner = inline_svg.InlineFigures(markdown.Markdown(), "images/")
    svg = inliner.figure(path, "docs/images/x.svg", "x")
    assert svg.get("class") == "hh-svg-x-drawing"


def test_the_generated_figures_keep_their_classes_when_inlined():
    for path in sorted((ROOT / "docs/images").glob("*.svg")):
        before = etree.tostring(etree.fromstring(path.read_bytes()))
        assert etree.tostring(inline_svg.own_classes(etree.fromstring(path.read_bytes()),
                                                  path.stem)) == before, path.name


def _export(colour: str) -> str:
    """A drawing program's export: no <title>, and the ids every export uses."""
    return (SVG_OPEN + '<defs><clipPath id="clip0"><rect id="r" width="5" height="5"/>'
            '</clipPath></defs><g clip-path="url(#clip0)" aria-describedby="r">'
            f'<path style="fill:{colour};clip-path:url(#clip0)" d="M0 0h9v9z"/>'
            '<use href="#r"/></g><animate id="a" begin="0s"/><set begin="a.end"/></svg>')


def test_two_coach_figures_on_one_page_keep_their_own_ids_and_names(tmp_path, monkeypatch):
    """Two exports without a <title>, both using clip0: each figure's name
    and clip path stay its own, and so do a second copy's."""
    (tmp_path / "docs/images").mkdir(parents=True)
    (tmp_path / "docs/images/feet.svg").write_text(_export("#c00"))
    (tmp_path / "docs/images/hands.svg").write_text(_export("#00c"))
    monkeypatch.chdir(tmp_path)
    html = markdown.markdown("![Feet apart](images/feet.svg)\n\n![Hands wide](images/hands.svg)"
                             "\n\n![Feet again](images/feet.svg)",
                             extensions=[*EXTENSIONS, "hinge_guide.inline_svg"])
    page = etree.fromstring(f"<div>{html}</div>")
    svgs = page.findall(".//{http://www.w3.org/2000/svg}svg")
    assert len(svgs) == 3
    ids = [el.get("id") for el in page.iter() if el.get("id")]
    assert len(ids) == len(set(ids)), f"ids repeat on the page: {ids}"
    for svg, alt in zip(svgs, ["Feet apart", "Hands wide", "Feet again"], strict=True):
        own = {el.get("id"): el for el in svg.iter() if el.get("id")}
        assert own[svg.get("aria-labelledby")].text == alt
        refs = [ref for el in svg.iter() for value in el.attrib.values()
                for ref in re.findall(r"url\(#([^)]+)\)", value)]
        refs += [el.get("href")[1:] for el in svg.iter() if el.get("href")]
        refs += [el.get("aria-describedby") for el in svg.iter() if el.get("aria-describedby")]
        refs += [el.get("begin").split(".")[0] for el in svg.iter() if "." in el.get("begin", "")]
        assert len(refs) == 5 and all(ref in own for ref in refs), (refs, list(own))


def test_css_pointing_inside_the_figure_passes():
    svg_safety.check_svg((SVG_OPEN + "<style>.a{fill:url(#g)}.b{mask:url( '#m')}"
                       '.c{fill:url("#g")}.d{fill:\\75 rl(#g)}</style>'
                       '<rect fill="url(#g)" clip-path="url(#c)" style="fill:url(#g)"/>'
                       "</svg>").encode(), "docs/images/x.svg")


def test_every_committed_figure_passes_the_svg_check():
    paths = sorted((ROOT / "docs/images").glob("*.svg"))
    assert paths
    for path in paths:
        svg_safety.check_svg(path.read_bytes(), str(path))


# Stored checklist ticks -------------------------------------------------------------

CHECKLIST = ROOT / "docs/javascripts/checklist.js"

NODE_HARNESS = """
const store = {%s};
const boxes = [], labels = ["Feet", "Hips"];
for (const label of labels) boxes.push({getAttribute: () => label, checked: false,
  disabled: true, addEventListener(kind, fn) { this.fn = fn; }});
globalThis.location = {pathname: "/film/"};
globalThis.localStorage = {getItem: k => store[k] ?? null, setItem: (k, v) => { store[k] = v; }};
globalThis.document = {querySelectorAll: () => boxes, querySelector: () => null};
require(process.argv[1]);
boxes[1].checked = true; boxes[1].fn();
const stored = store["hh-checklist:/film/"];
console.log(JSON.stringify({checked: boxes.map(b => b.checked), stored}));
"""


@pytest.mark.parametrize("stored", ["42", "true", "[]", '"x"', "null", "{bad json"])
def test_a_stored_checklist_of_the_wrong_type_reads_as_empty_and_keeps_working(stored):
    node = subprocess.run(["which", "node"], capture_output=True, text=True).stdout.strip()
    if not node:
        pytest.skip("Node.js is not installed")
    store = f'"hh-checklist:/film/": {json.dumps(stored)}, "other": "keep"'
    result = subprocess.run([node, "-e", NODE_HARNESS % store, str(CHECKLIST)],
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["checked"] == [False, True]
    assert json.loads(out["stored"]) == {"Hips": True}


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


# Found on a second pass as a new coach -----------------------------------------------

def test_a_description_that_is_a_number_says_so_not_missing():
    with pytest.raises(ContentError, match="description: 42 is not a sentence"):
        check_description({"description": 42}, "p.md")


@pytest.mark.parametrize("description,message", [
    ("Pain up to {{ method.pain.max_out_of_10 }} out of 10 is fine.", "holds a { or }"),
    ("**Safety** first: see [a doctor](safety.md).", "holds"),
    ("Safety <b>first</b> &amp; always.", "holds"),
])
def test_a_description_with_markup_or_a_macro_stops(description, message):
    """Previews and search results printed it as typed."""
    with pytest.raises(ContentError, match=f"the description {message}"):
        check_description({"description": description}, "p.md")


def test_a_plain_description_with_an_ampersand_passes():
    check_description({"description": "Hips & knees: how they share the work."}, "p.md")


@pytest.mark.parametrize("title", ["Safety <script>alert(1)</script>", "**Safety**", 42, " "])
def test_a_front_matter_title_must_be_plain_words(title):
    with pytest.raises(ContentError, match="the title in the front matter is"):
        check_title({"title": title}, "p.md")


def test_an_old_anchor_equal_to_the_faults_own_id_says_so():
    with pytest.raises(ContentError, match="lists its own id, rounded-back, as an old anchor"):
        convert(FAULT.replace("{id: rounded-back}",
                              "{id: rounded-back, data-old-anchors: rounded-back}"))


def test_a_glossary_term_listed_twice_with_two_meanings_is_refused():
    with pytest.raises(ContentError, match=r"g.md, line 2: 'rep' is listed twice"):
        glossary.read_terms("*[rep]: One movement.\n*[rep]: Something else.\n", "g.md")
    assert glossary.read_terms("*[rep]: One.\n*[rep]: One.\n", "g.md") == {"rep": "One."}


def test_an_svg_anywhere_under_docs_is_checked_but_not_the_vendored_tracker(tmp_path):
    (tmp_path / "assets").mkdir()
    (tmp_path / "vendor").mkdir()
    bad = SVG_OPEN + "<script>alert(1)</script></svg>"
    (tmp_path / "vendor/ok.svg").write_text(bad)
    check_folder(tmp_path, "docs")
    (tmp_path / "assets/logo.svg").write_text(bad)
    with pytest.raises(ContentError, match="docs/assets/logo.svg"):
        check_folder(tmp_path, "docs")


def small_project(tmp_path: Path, page: str) -> Path:
    (tmp_path / "docs/faults").mkdir(parents=True)
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: T\nnav:\n  - A: a.md\nmarkdown_extensions:\n  - attr_list\n"
        "  - hinge_guide.faults\n")
    (tmp_path / "docs/a.md").write_text(page)
    return tmp_path


def test_the_generate_step_prints_a_content_error_without_a_traceback(tmp_path, monkeypatch,
                                                                      capsys):
    from hinge_guide import generate

    monkeypatch.chdir(small_project(tmp_path, FAULT.replace("**The fix:** Go less deep.", "")))
    assert generate.main([]) == 1
    err = capsys.readouterr().err
    assert "docs/a.md" in err and '"The fix" part' in err and "Traceback" not in err


def test_a_coach_page_in_the_share_folder_is_named_never_removed(tmp_path):
    from hinge_guide import generate

    root = small_project(tmp_path, FAULT)
    mine = root / "docs/faults/my-notes.md"
    mine.write_text("# My notes\n")
    old = root / "docs/faults/gone.md"
    old.write_text(f"---\n{generate.GENERATED_MARK} from the fault box in docs/a.md:\n---\n")
    with pytest.raises(ContentError, match="docs/faults/my-notes.md: .*Move your page"):
        generate.leftovers(root, set())
    mine.unlink()
    assert generate.leftovers(root, set()) == [old]
    assert mine.exists() is False and old.exists()


def test_a_fault_box_takes_no_other_setting():
    with pytest.raises(ContentError, match="takes one setting, attrs:, not open"):
        convert(FAULT.replace("{id: rounded-back}", "{id: rounded-back}\n    open: true"))


def small_site(root: Path, site_author: str, coach: str) -> Path:
    """A two-page site with one fault box and its share page, built with the
    site's own templates and fault extension: a home page, a page with the
    box, and the box's share page."""
    from hinge_guide import generate

    for name in ("overrides", "hinge_guide"):
        shutil.copytree(ROOT / name, root / name)
    front = "---\ndescription: A page.\nreviewed: 2026-11-25\n---\n\n"
    (root / "docs").mkdir()
    (root / "docs/index.md").write_text(front + "# Hinge notes for you\n\nWords.\n")
    (root / "docs/movement.md").write_text(front + "# Movement\n" + FAULT)
    (root / "mkdocs.yml").write_text(
        "site_name: Hinge Notes\nsite_url: http://127.0.0.1:8000/\n"
        + (f"site_author: {site_author}\n" if site_author else "")
        + "theme:\n  name: material\n  custom_dir: overrides\n"
        "nav:\n  - Home: index.md\n  - Movement: movement.md\n"
        "not_in_nav: |\n  /faults/\n"
        "markdown_extensions:\n  - attr_list\n  - md_in_html\n  - hinge_guide.faults\n"
        + (f"extra:\n  coach:\n{coach}" if coach else ""))
    for path, data in generate.share_pages(root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
@pytest.mark.parametrize("site_author,coach,named", [
    ("Riverside Barbell Club", "    name: Alex Morgan\n    line: Strength coach.\n",
     "Alex Morgan"),
    ("Riverside Barbell Club", "", "Riverside Barbell Club"),
    ("", "", "Hinge Notes"),
])
def test_every_part_of_a_page_names_the_same_author(tmp_path, engine, site_author, coach,
                                                     named):
    """Once a share page said "by Hip Hinge Guide coaches" above a block that
    said "Written by" the site's author: the share page's words (Python), the
    author block, the author meta tag and the structured data (templates)
    all name the coach, else site_author, else the site's name, in both
    engines."""
    from bs4 import BeautifulSoup

    from conftest import build, build_with_zensical
    from hinge_guide.author import author_name

    project = small_site(tmp_path / "project", site_author, coach)
    config = site.load_config(project)
    assert author_name(config.get("extra"), site_author, "Hinge Notes") == named
    result = (build(project, project / "site") if engine == "mkdocs"
              else build_with_zensical(project))
    assert result.returncode == 0, result.stdout + result.stderr
    for page in ("movement", "faults/rounded-back"):
        html = BeautifulSoup((project / "site" / page / "index.html").read_text(),
                             "html.parser")
        where = f"{engine}, {page}"
        shown = html.select_one("article .hh-author .hh-author__name")
        assert shown.get_text(strip=True) == named, where
        assert shown.name == ("strong" if coach else "span"), where
        assert html.find("meta", attrs={"name": "author"})["content"] == named, where
        data = json.loads(html.find("script", type="application/ld+json").string)[0]
        assert data["author"]["name"] == named, where
        assert data["author"]["@type"] == ("Person" if coach else "Organization"), where
        assert data["publisher"]["name"] == (site_author or "Hinge Notes"), where
    intro = html.select_one(".hh-share-intro").get_text()
    assert f"by {named}. " in intro, intro


def test_a_coach_block_is_checked_on_a_site_without_fault_boxes():
    """The share pages used to be the only place extra.coach was checked,
    so a site with no fault boxes showed whatever it held."""
    from hinge_guide.context import PageContext, SiteSettings

    meta = {"description": "A page about the hinge.", "reviewed": dt.date(2026, 11, 25)}
    for coach, message in (("Alex", "write the coach as a block"),
                           ({"line": "A coach."}, "has no name"),
                           ({"name": "Alex", "photo": "images/nobody.jpg"},
                            "docs/images/nobody.jpg doesn't exist")):
        page = PageContext(src="index.md", meta=meta, engine="mkdocs", site=SiteSettings(
            site_name="T", site_url="https://example.org/guide/", docs_dir=ROOT / "docs",
            root_dir=ROOT, extra={"coach": coach}))
        md = markdown.Markdown(extensions=EXTENSIONS)
        with pytest.raises(ContentError, match=f"mkdocs.yml, extra.coach.*{message}"):
            checks.ChecksTreeprocessor(md).check_page(page)


@pytest.mark.parametrize("photo,message", [
    ("/images/coach.png", "starts with /"),
    ("images", "docs/images is a folder, not a file"),
    ("https://example.org/me.jpg", "is a web address"),
    ("robots.txt", "is not a picture a browser shows"),
    ("images/nobody.jpg", "docs/images/nobody.jpg doesn't exist"),
])
def test_a_coach_photo_setting_says_what_is_wrong_with_it(photo, message):
    from hinge_guide.author import coach

    with pytest.raises(ContentError, match="extra.coach.photo: .*" + re.escape(message)):
        coach({"coach": {"name": "Alex", "photo": photo}}, "T", ROOT / "docs")


@pytest.mark.parametrize("key,value", [("name", "Alex <b>Morgan</b>"),
                                       ("line", "Coach at [Iron Gym](https://x.org)")])
def test_a_coach_name_or_line_with_markup_stops(key, value):
    """Every page prints them as they are: the tags showed as typed."""
    from hinge_guide.author import coach

    block = {"name": "Alex", key: value}
    with pytest.raises(ContentError, match=f"extra.coach.{key} holds"):
        coach({"coach": block}, "T", ROOT / "docs")


# Pasted markup: left open, loading from elsewhere, running code ------------------

@pytest.mark.parametrize("text,message", [
    ('<div class="hh-intro">\n\n## Shoes\n\nText.\n', "a <div> that is never closed"),
    ("<!-- TODO check with Sam\n\n## Shoes\n\nText.\n", "an HTML comment (<!--) that never closes"),
    ('<iframe src="https://www.youtube.com/embed/x"></iframe>\n', "a <iframe>"),
    ('<script src="//www.instagram.com/embed.js"></script>\n', "a <script>"),
    ('<p>Hi <img src="a.png" alt="x" onerror="alert(1)"></p>\n', "an event handler (onerror"),
    ('<p><img src="https://i.imgur.com/x.png" alt="A foot"></p>\n', '<img src="https://i.imgur.com'),
    ("![A foot](https://evil.example.net/foot.jpg)\n", "is on another site"),
    # Pasted, not inlined from docs/images: no figure check has read it.
    ('Text.\n\n<svg onload="alert(document.domain)"></svg>\n', "an event handler (onload"),
    ('<svg viewBox="0 0 1 1"><image href="https://evil.example.net/x.png"/></svg>\n',
     '<image href="https://evil.example.net'),
    # Run code or take the page over, from Markdown's own syntax too
    ('[Setup](setup.md){ onclick="alert(1)" }\n', "an event handler (onclick"),
    ("[Tap me](javascript:alert(1))\n", "a javascript: address on <a>"),
    ('<a href=" java\tscript:alert(1)">x</a>\n', "a javascript: address on <a>"),
    ('<div markdown>\n<script>alert(1)</script>\n</div>\n', "a <script>"),
    ('<base href="https://evil.example/">\n', "a <base>"),
    ('<meta http-equiv="refresh" content="0;url=https://evil.example/">\n', "a <meta>"),
    ('<form action="https://evil.example/steal"><input name="q"></form>\n', "a <form>"),
    ("<style>.md-content{display:none}</style>\n", "a <style> in the page"),
    ('<svg viewBox="0 0 1 1"><style>.hh-fig-body{fill:red}</style></svg>\n',
     "a <style> in the page"),
    ('Text.\n{ style="position:fixed;inset:0;background:#fff" }\n', "a style that lifts <p>"),
    ('<div style="position: fixed; inset: 0">Win!</div>\n', "a style that lifts <div>"),
])
def test_pasted_markup_that_breaks_the_page_or_loads_from_elsewhere_is_named(text, message):
    with pytest.raises(ContentError) as error:
        convert(text)
    assert message in str(error.value)


@pytest.mark.parametrize("text", [
    '<div class="hh-intro" markdown>\n\n## Shoes\n\n</div>\n',
    "<!-- a note for coaches -->\n\nText.\n",
    "```html\n<div class=\"open\">\n```\n\nText with `<div>` in code.\n",
    '[Watch it on YouTube](https://www.youtube.com/watch?v=x) and <a href="https://example.org/a">this</a>.\n',
    "![A foot](images/foot.png)\n",
    '<p style="text-align: center">Centred words.</p>\n',
    "[A page about javascript: the language](questions.md)\n",
])
def test_closed_markup_local_pictures_and_plain_links_pass(text):
    convert(text)


def test_the_sites_own_figures_inlined_pass_the_pasted_markup_check(monkeypatch):
    """The check reads every block of raw HTML, the inlined figures too:
    they have passed the figure check, and must pass this one as well."""
    monkeypatch.chdir(ROOT)
    paths = sorted((ROOT / "docs/images").glob("*.svg"))
    page = "\n\n".join(f"![Figure {path.stem}](images/{path.name})" for path in paths)
    html = markdown.markdown(page, extensions=[*EXTENSIONS, "hinge_guide.inline_svg"])
    assert html.count("<svg") >= len(paths) > 0


def test_a_fault_box_inside_a_tab_is_refused():
    text = "/// tab | Gym\nA bar.\n///\n\n/// tab | Home\n" + FAULT.strip() + "\n///\n"
    with pytest.raises(ContentError, match="sits inside a tab"):
        markdown.markdown(text, extensions=[*EXTENSIONS, "pymdownx.blocks.tab"])


def test_a_fault_id_may_not_take_the_sites_own_prefix():
    with pytest.raises(ContentError, match="ids starting with hh- belong to the site"):
        convert(FAULT.replace("rounded-back", "hh-setup-feet-title"))


def test_the_fix_line_reads_past_an_abbreviation():
    from hinge_guide.faults.box import Fault

    fault = Fault(src="x.md", id="x", title="X")
    fault.part_text = lambda label: "e.g. press your whole foot down. Then go on."  # type: ignore[method-assign]
    assert fault.fix_line == "e.g. press your whole foot down."


def test_share_links_work_from_a_page_in_a_folder_and_start_where_nav_starts():
    from hinge_guide.faults.share import rebase_link, start_page

    assert rebase_link("#rounded-back", "learn/movement.md", "faults/rounded-back.md") \
        == "../learn/movement.md#rounded-back"
    assert start_page([("Home", "index.md"), ("Set-up", "set-up.md")]) == "set-up.md"
    # Only the home page is passed over, by the one home-page rule
    assert start_page([("Home", "index.md"), ("Basics", "basics/index.md")]) == "basics/index.md"


@pytest.mark.parametrize("site,message", [
    (dict(nav=[("Setup <img src=x onerror=alert(1)>", "setup.md")]), "the nav title for setup.md"),
    (dict(site_name="Hip & Hinge <Guide>"), "site_name"),
    (dict(copyright="<script>alert(1)</script>"), "copyright"),
])
def test_names_printed_into_every_page_take_plain_words(site, message):
    from hinge_guide.context import SiteSettings

    with pytest.raises(ContentError, match="holds HTML") as error:
        check_plain_names(SiteSettings(**site))
    assert message in str(error.value)
    check_plain_names(SiteSettings(site_name="Hip &amp; Hinge", nav=[("Setup & feet", "setup.md")]))


@pytest.mark.parametrize("url,message", [
    ("https://example.github.io/hip-hinge/index.html", "ends in a file name"),
    ("https://example.github.io//hip-hinge/", "has // in its path"),
])
def test_a_site_url_every_link_would_carry_wrongly_is_refused(url, message):
    with pytest.raises(ContentError, match=message):
        check_site_url(url)


def test_a_new_fault_without_its_share_page_says_to_run_the_generate_step(tmp_path):
    from hinge_guide.faults.box import Fault
    from hinge_guide.faults.index import check_share_pages

    (tmp_path / "faults").mkdir()
    (tmp_path / "faults" / "rounded-back.md").write_text("x")
    check_share_pages([Fault(src="movement.md", id="rounded-back", title="Rounded back")], tmp_path)
    with pytest.raises(ContentError, match="has no share page yet .*python -m hinge_guide"):
        check_share_pages([Fault(src="setup.md", id="heels-lifting", title="Heels lifting")],
                          tmp_path)


@pytest.mark.parametrize("key,meant", [("scrips", "scripts"), ("script", "scripts"),
                                       ("preview_figur", "preview_figure"),
                                       ("descripton", "description")])
def test_a_misspelt_front_matter_setting_is_named_with_the_right_one(key, meant):
    with pytest.raises(ContentError, match=f"Did you mean `{meant}:`"):
        check_front_matter_keys({key: "x"}, "check-your-hinge.md")
    check_front_matter_keys({"description": "x", "coach_note": "keep"}, "x.md")


@pytest.mark.parametrize("inner", ['<img src="https://evil.example.net/x.png"/>', "<p>Hi</p>"])
def test_an_html_element_in_a_drawing_is_refused(inner):
    from hinge_guide.svg_safety import check_svg

    svg = f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">{inner}</svg>'
    with pytest.raises(ContentError, match="not part of an SVG drawing"):
        check_svg(svg.encode(), "docs/images/x.svg")
    check_svg(b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="urn:sodipodi" '
              b'viewBox="0 0 10 10"><s:namedview/><rect width="1" height="1"/></svg>',
              "docs/images/x.svg")


@pytest.mark.parametrize("line", ["*[ sacrum ]: The flat bone.", "*[hip  hinge]: A bend."])
def test_a_glossary_term_with_stray_spaces_is_refused(line):
    with pytest.raises(ContentError, match="spaces at its edges or two in a row"):
        glossary.read_terms(line + "\n*[rep]: One movement.\n", "includes/glossary.md")


@pytest.mark.parametrize("title", ["Heels *lifting*", "Heels `fast`", "Heels [up](setup.md)"])
def test_a_fault_title_with_markup_is_refused(title):
    with pytest.raises(ContentError, match="in its title. A fault's title is also its share"):
        convert(FAULT.replace("Rounded back", title))


# The engine under the extensions ------------------------------------------------

def _with_relpath(processor_attrs: dict) -> markdown.Markdown:
    """A Markdown instance with a "relpath" treeprocessor holding only attrs,
    as a changed MkDocs might register it."""
    from markdown.treeprocessors import Treeprocessor

    md = markdown.Markdown(extensions=EXTENSIONS)
    relpath = type("Changed", (Treeprocessor,), {"run": lambda self, root: None})(md)
    relpath.__dict__.update(processor_attrs)
    md.treeprocessors.register(relpath, "relpath", 0)
    return md


@pytest.mark.parametrize("attrs,missing", [
    ({}, "file"),
    ({"file": object(), "config": object()}, "src_uri"),
])
def test_a_changed_mkdocs_link_rewriter_stops_the_build_instead_of_skipping_checks(attrs,
                                                                                 missing):
    """Without the page's file and config, every page and site check would
    be skipped in silence: say which MkDocs the project pins, and what
    changed."""
    from hinge_guide.context import MKDOCS_PINNED

    with pytest.raises(ContentError) as caught:
        _with_relpath(attrs).convert("# A\n\nText.\n")
    message = str(caught.value)
    assert f"mkdocs=={MKDOCS_PINNED}" in message and "requirements.in" in message
    assert missing in message and "relpath" in message


def test_the_mkdocs_the_messages_name_is_the_one_pinned():
    from hinge_guide.context import MKDOCS_PINNED

    pins = (ROOT / "requirements.in").read_text(encoding="utf-8").splitlines()
    assert f"mkdocs=={MKDOCS_PINNED}" in pins


def test_the_pymdownx_the_messages_name_is_the_one_pinned():
    from hinge_guide.checks.tree import PYMDOWNX_PINNED

    pins = (ROOT / "requirements.in").read_text(encoding="utf-8").splitlines()
    assert f"pymdown-extensions=={PYMDOWNX_PINNED}" in pins


# mkdocs.yml settings that build without a word but ship a wrong site ------------

BASE_CONFIG = ("site_name: T\nsite_url: !ENV SITE_URL\ntheme:\n  name: material\n  font: false\n"
               "  features:\n    - navigation.top\nmarkdown_extensions:\n"
               "  - pymdownx.emoji:\n"
               "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
               "extra:\n  generator: false\n")


@pytest.mark.parametrize("edit,message", [
    (lambda c: c + "extra:\n  coach:\n    name: Alex\n", "lines 11 and 13: 'extra' is given twice"),
    (lambda c: c.replace("  generator: false\n", "  generator: false\n  analytics:\n"
                         "    provider: google\n    property: G-XXXX\n"), "extra.analytics"),
    (lambda c: c.replace("  font: false\n", "  font:\n    text: Roboto\n"), "theme.font"),
    (lambda c: c.replace("    - navigation.top\n",
                         "    - navigation.top\n    - navigation.instant\n"), "navigation.instant"),
    (lambda c: c + "extra_javascript:\n  - https://cdn.jsdelivr.net/npm/x.js\n",
     "extra_javascript lists https://cdn.jsdelivr.net"),
    (lambda c: c + "use_directory_urls: false\n", "use_directory_urls: false"),
])
def test_mkdocs_settings_that_would_ship_a_wrong_site_stop(tmp_path, edit, message):
    from hinge_guide.checks.settings import check_config_file

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/index.md").write_text("# T\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(BASE_CONFIG, encoding="utf-8")
    check_config_file(tmp_path)  # the base passes
    (tmp_path / "mkdocs.yml").write_text(edit(BASE_CONFIG), encoding="utf-8")
    with pytest.raises(ContentError, match="mkdocs.yml.*" + re.escape(message)):
        check_config_file(tmp_path)


def test_a_site_without_docs_index_md_has_no_home_page(tmp_path):
    from hinge_guide.checks.settings import check_config_file

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/home.md").write_text("# T\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(BASE_CONFIG, encoding="utf-8")
    with pytest.raises(ContentError, match="docs/index.md is missing: it is the home page"):
        check_config_file(tmp_path)


@pytest.mark.parametrize("text,restart", [
    ("1. Stand tall.\n\n" + FAULT.strip() + "\n\n2. Push your hips back.\n", (13, 2)),
    ("1. One.\n2. Two.\n\n## Next\n\n3. Three.\n", (6, 3)),
    ("Some words.\n\n4. A list that starts at four.\n", (3, 4)),
])
def test_a_numbered_list_that_would_restart_at_1_is_found(text, restart):
    from hinge_guide.blocks import restarted_list

    assert restarted_list(text.splitlines()) == restart
    with pytest.raises(ContentError, match=f"step {restart[1]} starts a new numbered list"):
        convert(text)


@pytest.mark.parametrize("text", [
    "1. One.\n2. Two.\n",
    "1. One.\nstill step one, lazily.\n2. Two.\n",
    "1. One.\n\n    " + FAULT.strip().replace("\n", "\n    ") + "\n\n2. Two.\n",
    "1. One.\n\n    More about one.\n\n2. Two.\n",
])
def test_a_list_that_carries_on_is_not_a_restart(text):
    from hinge_guide.blocks import restarted_list

    assert restarted_list(text.splitlines()) is None


def test_a_pymdownx_without_its_blocks_list_says_what_changed(monkeypatch):
    """The checks read pymdownx's undocumented list of blocks: if it goes, the
    build names the pinned version instead of an AttributeError."""
    from hinge_guide.checks.tree import registered_blocks

    md = markdown.Markdown(extensions=EXTENSIONS)
    assert "fault" in registered_blocks(md)
    monkeypatch.delattr(md.parser.blockprocessors["blocks"], "blocks")
    with pytest.raises(ContentError, match="whose blocks processor lists its blocks as .blocks"):
        registered_blocks(md)


# Macros in a page ------------------------------------------------------------------

def _macro_env(body: str, front: str = "---\ndescription: Setup.\nreviewed: 2026-11-25\n---\n\n"):
    """What the MkDocs macros plugin hands on_pre_page_macros for docs/setup.md."""
    import types

    import jinja2

    from hinge_guide.macros import word
    from hinge_guide.method import load

    page = types.SimpleNamespace(meta={}, file=types.SimpleNamespace(
        content_string=front + body, src_uri="setup.md", src_path="setup.md"))
    engine = jinja2.Environment(undefined=jinja2.StrictUndefined)
    engine.globals["word"] = word
    return types.SimpleNamespace(page=page, markdown=body, env=engine,
                                 variables={"method": load(ROOT)},
                                 config={"render_by_default": True},
                                 force_page_rendering=lambda path: False)


@pytest.mark.parametrize("body,message", [
    ("Text.\n\n{{ metod.tempo.down_seconds }} seconds.\n",
     "line 8: {{ metod.tempo.down_seconds }} names `metod`, which the pages don't have. "
     "Did you mean `method`?"),
    ("Text.\n\n{{ method.tempo.down_secnds }} seconds.\n",
     "line 8: {{ method.tempo.down_secnds }}: method.tempo has no `down_secnds`. "
     "Did you mean `down_seconds`?"),
    ("Text.\n\n{{ wrd(method.tempo.down_seconds) }} seconds.\n",
     "line 8: {{ wrd(method.tempo.down_seconds) }} names `wrd`"),
    ("Text.\n\nA count of {{ method.tempo.down_seconds\nand more words.\n",
     "line 8: a macro's {{ is not closed on its line. Close it with }} on the same line"),
    ("Text.\n\n{{ method.tempo.down_seconds }\n", "line 8: a macro here can't be read"),
    # A section or a list printed whole would show as Python on the page.
    ("Text.\n\nTempo: {{ method.tempo }}.\n",
     "line 8: this macro prints a whole section of method.yml"),
    ("Text.\n\nBells: {{ method.loads.kettlebells_kg }}.\n",
     "line 8: this macro prints a whole list from method.yml"),
    ("Text.\n\n{{ word(method.depth.rule) }}\n",
     "line 8: word() prints a number as a word"),
])
def test_a_macro_typo_names_the_line_in_the_file_and_the_fix(body, message):
    """The macros plugin's own report is a traceback, with a line number that
    leaves out the front matter."""
    from hinge_guide.macros import on_pre_page_macros

    with pytest.raises(ContentError) as caught:
        on_pre_page_macros(_macro_env(body))
    assert str(caught.value).startswith("docs/setup.md, " + message.split(":")[0])
    assert message in str(caught.value) and "Traceback" not in str(caught.value)


def test_good_macros_pass_the_trial_render():
    from hinge_guide.macros import on_pre_page_macros

    on_pre_page_macros(_macro_env("{{ word(method.tempo.down_seconds) }} and "
                                  "{{ method.tempo.up_seconds }}, {{ '{{' }}.\n"))


# Glossary terms that overlap ---------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("a rack pull-through", ["pull-through"]),            # the later, longer term wins
    ("Brace knee bend, then a knee bend", ["Brace knee", "knee bend"]),
    ("Brace knee then Brace.", ["Brace knee", "Brace"]),  # same start: the longer
])
def test_where_two_glossary_terms_overlap_the_longer_one_gets_the_tooltip(text, expected):
    """Matching left to right gave the tooltip to whichever term started
    first, so "rack pull-through" showed the meaning of "rack pull"."""
    terms = {"Brace": "a", "Brace knee": "b", "knee bend": "c", "rack pull": "d",
             "pull-through": "e"}
    assert [m.group(0) for m in glossary.uses(text, terms)] == expected


# mkdocs.yml settings that name files, and settings as written ------------------------

def _site_with(tmp_path: Path, config: str) -> Path:
    (tmp_path / "docs/assets").mkdir(parents=True)
    (tmp_path / "docs/index.md").write_text("# T\n", encoding="utf-8")
    (tmp_path / "docs/assets/favicon.svg").write_text("<svg/>", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    return tmp_path


SOCIAL = "extra:\n  social:\n    - icon: {icon}\n      link: https://www.instagram.com/coach\n"


@pytest.mark.parametrize("config,message", [
    (SOCIAL.format(icon="fontawesome/brands/instagam"),
     "extra.social, entry 1, icon is fontawesome/brands/instagam, an icon the theme doesn't "
     "have, so every page would fail to build. Did you mean fontawesome/brands/instagram"),
    ("theme:\n  icon:\n    logo: material/weight-lifterr\n",
     "theme.icon.logo is material/weight-lifterr, an icon the theme doesn't have"),
    ("theme:\n  palette:\n    - toggle:\n        icon: material/weather-nite\n",
     "theme.palette, entry 1, toggle.icon is material/weather-nite"),
])
def test_a_misspelt_icon_is_named_by_its_key_with_the_icons_close_to_it(tmp_path, config,
                                                                        message):
    """Material's own report was Jinja's TemplateNotFound, with a traceback."""
    from hinge_guide.checks.theme_files import check_theme_files

    with pytest.raises(ContentError) as caught:
        check_theme_files(_site_with(tmp_path, "site_name: T\n" + config))
    assert str(caught.value).startswith("mkdocs.yml: ") and message in str(caught.value)


def test_icons_the_theme_has_pass(tmp_path):
    from hinge_guide.checks.theme_files import check_theme_files

    check_theme_files(_site_with(tmp_path, "site_name: T\n" + SOCIAL.format(
        icon="fontawesome/brands/instagram") + "theme:\n  icon:\n    logo: material/web\n"))
    check_theme_files(ROOT)


@pytest.mark.parametrize("config,message", [
    ("theme:\n  favicon: assets/favicon.png\n",
     "theme.favicon is assets/favicon.png, and there is no docs/assets/favicon.png"),
    ("extra_css:\n  - stylesheets/coach.css\n",
     "extra_css lists stylesheets/coach.css, and there is no docs/stylesheets/coach.css"),
    ("extra_javascript:\n  - path: javascripts/coach.js\n",
     "extra_javascript lists javascripts/coach.js, and there is no docs/javascripts/coach.js"),
    ("extra_css:\n  - stylesheets/extra.css\n", "which every page already carries inline"),
])
def test_a_missing_favicon_or_extra_file_is_named_by_its_key(tmp_path, config, message):
    """Each built without a word and shipped a link to nothing on every page."""
    from hinge_guide.checks.theme_files import check_theme_files

    project = _site_with(tmp_path, "site_name: T\n" + config)
    with pytest.raises(ContentError, match="^mkdocs.yml: ") as caught:
        check_theme_files(project)
    assert message in str(caught.value)


def test_a_favicon_and_extra_files_that_exist_pass(tmp_path):
    from hinge_guide.checks.theme_files import check_theme_files

    project = _site_with(tmp_path, "site_name: T\ntheme:\n  favicon: assets/favicon.svg\n"
                                   "extra_css:\n  - assets/favicon.svg\n")
    check_theme_files(project)


@pytest.mark.parametrize("nav,message", [
    ([{"Home": "index.md"}, {"": "setup.md"}],
     "nav has an entry with an empty title, for setup.md"),
    ([{"  ": "setup.md"}], "an empty title, for setup.md"),
    ([{None: "setup.md"}], "an empty title, for setup.md"),
    ([{"Learn": [{"": "setup.md"}]}], "the nav section 'Learn' has an entry with an empty title"),
    ([{"": [{"Setup": "setup.md"}]}], "an empty title, for a section"),
])
def test_an_empty_menu_title_is_refused(nav, message):
    from hinge_guide.checks.settings import check_nav_titles

    with pytest.raises(ContentError, match="^mkdocs.yml: ") as caught:
        check_nav_titles(nav)
    assert message in str(caught.value)
    check_nav_titles([{"Home": "index.md"}, "setup.md", {"Learn": ["movement.md"]}])


def test_site_url_written_in_mkdocs_yml_and_set_in_the_environment_says_which_is_used():
    """SITE_URL was ignored without a word when mkdocs.yml held an address."""
    from hinge_guide.checks.settings import check_site_url_source

    with pytest.raises(ContentError, match="SITE_URL is set to \"https://b.github.io/x/\": "
                                           "the build would use mkdocs.yml's and ignore SITE_URL"):
        check_site_url_source("https://a.github.io/x/", {"SITE_URL": "https://b.github.io/x/"})
    check_site_url_source(None, {"SITE_URL": "https://b.github.io/x/"})  # !ENV SITE_URL
    check_site_url_source("https://a.github.io/x/", {})
    check_site_url_source("https://a.github.io/x/", {"SITE_URL": "https://a.github.io/x"})


def test_the_sites_own_mkdocs_yml_takes_site_url_from_the_environment():
    from hinge_guide.checks.settings import written_config

    assert written_config(ROOT)["site_url"] is None  # !ENV SITE_URL


def test_a_line_break_or_markup_in_a_table_header_reads_as_words_on_the_phone_cards():
    """The card label is an attribute, shown as text: "Rest<br>between sets"
    showed the tag as typed."""
    text = ("| Rung | Rest<br>between sets | <b>Days</b> &amp; weeks |\n| --- | --- | --- |\n"
            "| 1 | 60 s | 3 |\n")
    from bs4 import BeautifulSoup

    html = markdown.markdown(text, extensions=["tables", "hinge_guide.tables"])
    cells = BeautifulSoup(html, "html.parser").select("tbody td")
    assert [c.get("data-label") for c in cells] == ["Rung", "Rest between sets", "Days & weeks"]


# A fault box's parts, in order ---------------------------------------------------------

SWAPPED = FAULT.replace("**Why it matters:** It loads the discs.\n\n**The fix:** Go less deep.",
                        "**The fix:** Go less deep.\n\n**Why it matters:** It loads the discs.")


@pytest.mark.parametrize("box,message", [
    (SWAPPED, 'line 11: the fault box "Rounded back" (rounded-back) has its "The fix" part out '
              "of place. Write the parts in this order, as every fault box does: "
              "**What you see or feel:**, **Why it matters:**, **The fix:**."),
    (FAULT.replace("**What you see or feel:** Your back curves.\n\n**Why it matters:** It "
                   "loads the discs.", "**Why it matters:** It loads the discs.\n\n"
                   "**What you see or feel:** Your back curves."),
     'line 9: the fault box "Rounded back" (rounded-back) has its "Why it matters" part out'),
    (FAULT.replace("**The fix:** Go less deep.", "**The fix:** Go less deep.\n\n"
                   "**The fix:** Brace."),
     'line 15: the fault box "Rounded back" (rounded-back) has a second "The fix" part'),
    (FAULT.replace("**What you see or feel:** Your back curves.\n\n", "") + "\n",
     None),  # missing: find_parts' own message, below
])
def test_fault_parts_out_of_order_or_twice_name_the_line_and_the_order(tmp_path, box, message):
    """A box with its fix first built without a word."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text("---\ndescription: A.\nreviewed: 2026-11-25\n---\n" + box)
    with pytest.raises(ContentError, match=r"^docs/a\.md") as caught:
        read_faults(docs, ["a.md"], {"markdown_extensions": EXTENSIONS})
    assert message in str(caught.value) if message else \
        'needs exactly one "What you see or feel" part' in str(caught.value)


def test_fault_parts_in_order_pass_and_a_box_on_a_page_gives_no_line_where_it_has_none():
    convert(FAULT)
    with pytest.raises(ContentError, match=r'^docs/\(text\): the fault box "Rounded back" '
                                           r'\(rounded-back\) has its "The fix" part out'):
        convert(SWAPPED)


@pytest.mark.parametrize("fix,line", [
    ("Ask Dr. Lee to watch a set. Then film it.", "Ask Dr. Lee to watch a set."),
    ("E.g. press your whole foot down. Then go on.", "E.g. press your whole foot down."),
    ("Stand tall, i.e. hips through. Then rest.", "Stand tall, i.e. hips through."),
    ("Hinge vs. squat: hips back. Then more.", "Hinge vs. squat: hips back."),
    ("Breathe in. Then brace.", "Breathe in."),
    ("Do 10 reps. Then rest.", "Do 10 reps."),
    ('Say "stop." Then rest.', 'Say "stop."'),
    ("Add 2.5 kg at most. Then hold.", "Add 2.5 kg at most."),
    ("Stop! Then rest.", "Stop!"),
    ("One sentence only", "One sentence only"),
])
def test_the_fix_line_ends_at_the_sentence_not_at_an_abbreviation(fix, line):
    """The fault index and a share page's preview take the fix's first
    sentence: "Dr." or a capitalised "E.g." ended it early."""
    from hinge_guide.faults.box import Fault

    fault = Fault(src="x.md", id="x", title="X")
    fault.part_text = lambda label: fix  # type: ignore[method-assign]
    assert fault.fix_line == line


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


# Emoji names ------------------------------------------------------------------------

def _with_emoji(text: str) -> str:
    from material.extensions.emoji import to_svg, twemoji

    return markdown.markdown(text, extensions=[*EXTENSIONS, "pymdownx.emoji"], extension_configs={
        "pymdownx.emoji": {"emoji_index": twemoji, "emoji_generator": to_svg}})


@pytest.mark.parametrize("name,hint", [
    (":flexd_biceps:", " Pages show"), (":material-arm-flx:", " Did you mean :material-arm-flex:")])
def test_a_misspelt_emoji_or_icon_name_is_named_with_the_icons_close_to_it(name, hint):
    """pymdownx.emoji leaves a name it doesn't know as typed, without a word."""
    with pytest.raises(ContentError) as caught:
        _with_emoji(f"# T\n\nHinge {name} today.\n")
    assert str(caught.value).startswith(
        f"docs/(text): {name} is not an icon name, so the page would show it as typed.{hint}")
    assert "Pages show the theme's icons, written like :material-arm-flex:" in str(caught.value)


@pytest.mark.parametrize("text", ["Hinge :material-arm-flex: today.", "Rest 1:30:00 between.",
                                  "Write `:flexd_biceps:` for that.", "Ratio 3:2:1, then go.",
                                  "```\n:not_an_emoji:\n```", "At 10:30:pm"])
def test_icons_and_colons_that_are_not_names_pass(text):
    _with_emoji(f"# T\n\n{text}\n")


# Links and pictures in raw HTML --------------------------------------------------------

def _raw_links_site(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    (docs / "images").mkdir(parents=True)
    for name in ("index.md", "setup.md", "images/feet.svg", "learn/index.md"):
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text("x", encoding="utf-8")
    return docs


def _check_raw(docs: Path, html: str, src: str = "setup.md") -> None:
    from hinge_guide.checks.raw_links import check_raw_links

    root = etree.fromstring('<div><h2 id="feet">Feet</h2></div>')
    check_raw_links(root, [html], src, docs, [], lambda text: "")


@pytest.mark.parametrize("html,message", [
    ('<a href="missing.md">x</a>', 'the <a> href="missing.md" names the Markdown file '
     "missing.md: raw HTML isn't rewritten, so from this page's address, setup/, it leads to "
     "setup/missing.md, which is not a page"),
    ('<a href="setup.md">x</a>', "names the Markdown file setup.md"),
    ('<img src="images/feet.svg" alt="Feet flat">', 'the <img> src="images/feet.svg" leads to '
     "setup/images/feet.svg (read from this page's address, setup/), and there is no "
     "docs/setup/images/feet.svg"),
    ('<img src="../images/nope.svg" alt="Feet flat">', "there is no docs/images/nope.svg"),
    ('<a href="../set-up/">x</a>', "leads to set-up (read from this page's address, setup/), "
                                    "and there is no such page"),
    ('<a href="#toes">x</a>', "leads to #toes, which is not an id on this page"),
    ('<a href="/setup/">x</a>', "starts with /, which leads to the top of the host"),
    ('<a href="../../setup/">x</a>', "leads above the site's own address"),
])
def test_a_broken_raw_html_link_or_picture_is_named(tmp_path, html, message):
    """The engine checks Markdown links only: these shipped broken."""
    with pytest.raises(ContentError, match=r"^docs/setup\.md: ") as caught:
        _check_raw(_raw_links_site(tmp_path), html)
    assert message in str(caught.value)


@pytest.mark.parametrize("html", [
    '<a href="../">Home</a>', '<a href="../learn/">Learn</a>', '<a href="#feet">Feet</a>',
    '<img src="../images/feet.svg" alt="Feet flat">', '<a href="../setup/#feet">Feet</a>',
    '<a href="https://www.instagram.com/coach">Ask</a>', '<a href="mailto:c@d.org">Mail</a>',
    '<span id="toes"></span><a href="#toes">Toes</a>', '<a href="../sitemap.xml">Map</a>',
])
def test_raw_html_links_that_lead_somewhere_pass(tmp_path, html):
    _check_raw(_raw_links_site(tmp_path), html)


def test_a_raw_link_on_the_home_page_reads_from_the_sites_own_address(tmp_path):
    docs = _raw_links_site(tmp_path)
    _check_raw(docs, '<a href="setup/">Setup</a><img src="images/feet.svg" alt="Feet flat">',
               src="index.md")
    with pytest.raises(ContentError, match="leads to images/nope.svg"):
        _check_raw(docs, '<img src="images/nope.svg" alt="Feet flat">', src="index.md")


# Markdown shown as typed (checks/left_as_text.py) ----------------------------------

@pytest.mark.parametrize("text,message", [
    ('!!! note "Heads up"\n    Some text.\n', "/// note | Heads up"),
    ("??? tip\n    More.\n", "/// tip | Title"),
    ("Some line\n| a | b |\n| --- | --- |\n| c | d |\n", "a blank line above its first row"),
    ("| a | b |\n| c | d |\n", "| --- | --- | under its first row"),
    ("1. Step\n\n    <!-- Draft.\n\n    More. -->\n", "Delete the text instead"),
    ("See [setup]().\n", "[setup](setup.md)"),
    ("See [setup][setup-page].\n", "no line on the page defines that reference"),
    ("# Title\n\n## \n\nText.\n", "a heading has no words"),
    ("Down for { method.tempo.down_seconds } s.\n", "two braces each side"),
])
def test_markdown_the_page_would_show_as_typed_is_named_with_the_fix(text, message):
    with pytest.raises(ContentError) as caught:
        markdown.markdown(text, extensions=[*EXTENSIONS, "tables", "toc"])
    assert message in str(caught.value)


def test_a_macro_left_in_a_rendered_page_says_the_macros_plugin_is_off():
    from hinge_guide.checks.left_as_text import check_left_as_text

    root = etree.fromstring("<div><p>Down for {{ method.tempo.down_seconds }} s.</p></div>")
    with pytest.raises(ContentError, match="the macros plugin is not on"):
        check_left_as_text(root, "setup.md", macros_ran=True)
    check_left_as_text(root, "setup.md", macros_ran=False)  # a plain read: not run yet


@pytest.mark.parametrize("text", [
    "| a | b |\n| --- | --- |\n| c | d |\n",
    "1. Step\n\n    <!-- one paragraph, hidden -->\n\n    Text.\n",
    "Write `!!! note` or `{ method.x }` or `[a][b]` in code.\n",
    "```\n| a | b |\n| c | d |\n```\n",
    "A set {of words} and [sic] and a link [setup](setup.md).\n",
    "## Heading\n\nText.\n",
])
def test_markdown_that_reads_as_meant_passes(text):
    markdown.markdown(text, extensions=[*EXTENSIONS, "tables", "toc"])


# A file saved with a byte-order mark (Windows Notepad) ------------------------------

def test_a_page_saved_with_a_byte_order_mark_keeps_its_front_matter():
    # The build reads such a page (MkDocs drops the mark), but the generate
    # step read no front matter: share pages lost their reviewed date and
    # cards their pose.
    meta, body, offset = site.split_front_matter(
        "\ufeff---\ndescription: Set up.\nreviewed: 2026-11-25\n---\n\n# Setup\n", "docs/x.md")
    assert meta["description"] == "Set up."
    assert body.strip() == "# Setup" and offset == 4


def test_a_glossary_saved_with_a_byte_order_mark_reads_its_first_line():
    terms = glossary.read_terms("\ufeff*[brace]: Tightening your middle.\n",
                                "includes/glossary.md")
    assert terms == {"brace": "Tightening your middle."}


# The site's files as files (checks/pages.py) ----------------------------------------

PAGE = "---\ndescription: Kettlebells.\nreviewed: 2026-11-25\n---\n\n# Kettlebells\n\nText.\n"


@pytest.mark.parametrize("name,text,message", [
    ("new page.md", PAGE, "rename it to new-page.md"),
    ("New-Page.md", PAGE, "rename it to new-page.md"),
    ("übungen.md", PAGE, "rename it to ubungen.md"),
    ("Drills/hinge.md", PAGE, "rename it to drills,"),
    ("questions.md ", PAGE, "ends with a space"),
    ("kb.MD", PAGE, "Rename it to kb.md"),
    ("kb.md", "", "no words after its front matter"),
    ("kb.md", "---\ndescription: Kettlebells.\nreviewed: 2026-11-25\n---\n\n", "ship blank"),
])
def test_a_page_name_that_breaks_its_address_or_a_blank_page_is_named(
        tmp_path, name, text, message):
    (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        pages.check_pages(tmp_path)
    assert message in str(caught.value)


def test_the_sites_own_pages_pass_the_name_and_words_check():
    pages.check_pages(ROOT / "docs")


# A page's template: and icon: ---------------------------------------------------------

@pytest.mark.parametrize("meta,message", [
    ({"template": "nope.html"}, r"docs/a\.md: template: 'nope\.html' is not a template"),
    ({"template": "mian.html"}, r"Did you mean main\.html"),
    ({"icon": "material/dumbel"}, r"docs/a\.md: icon: 'material/dumbel' .*material/dumbbell"),
    ({"icon": 42}, r"icon: 42 is not an icon"),
])
def test_a_page_template_or_icon_the_theme_lacks_is_named(meta, message):
    """Jinja's TemplateNotFound, with its traceback and no page named, was
    what a misspelt template: or icon: gave."""
    from hinge_guide.checks.theme_files import check_page_theme_settings

    with pytest.raises(ContentError, match=message):
        check_page_theme_settings(meta, "a.md", ROOT)


def test_a_page_template_and_icon_the_theme_has_pass():
    from hinge_guide.checks.theme_files import check_page_theme_settings

    check_page_theme_settings({"template": "main.html", "icon": "material/dumbbell"}, "a.md",
                              ROOT)
    check_page_theme_settings({}, "a.md", ROOT)


def test_a_box_left_open_is_named_not_built_holding_the_rest_of_the_page():
    """Markdown closes a block at the end of the page: a /// note without
    its /// line held every section after it, and the page built."""
    page = ("# Page\n\n/// note | An honest word\n\nSome words.\n\n"
            "## Where you feel it\n\nMore words.\n")
    with pytest.raises(ContentError, match=r'the box "An honest word" is not closed: it runs on '
                                           r'into the section "Where you feel it"'):
        markdown.markdown(page, extensions=[*EXTENSIONS, "toc"],
                          extension_configs={"toc": {"permalink": True}})
    closed = page.replace("Some words.\n\n", "Some words.\n\n///\n\n")
    markdown.markdown(closed, extensions=[*EXTENSIONS, "toc"])


# Extensions other extensions count on --------------------------------------------------

@pytest.mark.parametrize("name", ["hinge_guide.checks", "hinge_guide.glossary"])
def test_an_extension_counted_on_is_missed_by_name(name):
    """Removed from mkdocs.yml, either built without a word: with
    hinge_guide.checks gone, every check went with it."""
    from hinge_guide.site_extensions import require_extension

    require_extension(markdown.Markdown(extensions=[name]), name)
    with pytest.raises(ContentError, match=rf"no longer lists {re.escape(name)}, "):
        require_extension(markdown.Markdown(extensions=["hinge_guide.faults"]), name)
