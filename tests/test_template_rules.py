"""The rules overrides/main.html decides in Jinja that hinge_guide decides in
Python too: the home page, the name a page goes by when shared, the author
and the share card's file name. Both must exist (a template can't call Python
under Zensical), so each test here evaluates the template's own settings on
a fake page and config and compares them with the Python rule: a change to
one side without the other fails in the quick loop, not only in a build."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import jinja2
import pytest
from bs4 import BeautifulSoup
from jinja2 import nodes
from mkdocs.structure.toc import TableOfContents, get_toc

from conftest import ROOT, at_least
from hinge_guide import generate, reader
from hinge_guide.author import author_name
from hinge_guide.checks.front_matter import check_reviewed
from hinge_guide.page_meta import split_front_matter
from hinge_guide.site import card_name, is_homepage, page_url

# Its tests share the rendered templates (a module fixture): one test
# process runs them all (scripts/test distributes by group).
pytestmark = [pytest.mark.unit, pytest.mark.xdist_group("template-rules")]

MAIN = ROOT / "overrides" / "main.html"
DOCS = ROOT / "docs"
# Every page under docs/, and a few a coach could add.
SRCS = sorted({path.relative_to(DOCS).as_posix()
               for path in at_least(20, list(DOCS.rglob("*.md")), "pages under docs/")}
              | {"index.md", "faults/index.md", "drills/index.md", "home.md", "index-2.md"})


@functools.cache
def _settings_template(names: tuple[str, ...]) -> jinja2.Template:
    env = jinja2.Environment()
    tree = env.parse(MAIN.read_text(encoding="utf-8"))
    assigns = [node for node in tree.find_all(nodes.Assign)
               if isinstance(node.target, nodes.Name) and node.target.name in names]
    missing = set(names) - {node.target.name for node in assigns}
    assert not missing, f"overrides/main.html no longer sets {sorted(missing)}: update this test"
    code = env.compile(nodes.Template(assigns, lineno=1))
    return jinja2.Template.from_code(env, code, env.make_globals(None))


def settings(names: list[str], **context: Any) -> dict[str, Any]:
    """The named `{% set %}` values of overrides/main.html, wherever in the
    template they are set (in document order), evaluated in this context."""
    module = _settings_template(tuple(names)).make_module(context)
    return {name: getattr(module, name) for name in names}


@pytest.fixture(scope="module")
def generated_pages() -> list[generate.Page]:
    """The pages as the generate step reads them, with the titles on their cards."""
    return generate.pages(ROOT)


def fake_page(url: str, title: str = "A page", toc: Any = ()) -> SimpleNamespace:
    return SimpleNamespace(url=url, title=title, toc=toc)


def engine_toc(body: str) -> TableOfContents:
    """The table of contents MkDocs gives a page of this Markdown (page.toc),
    its headings read by the site's own extensions."""
    md = reader.new_reader(generate.load_config(ROOT))
    md.convert(body)
    return get_toc(md.toc_tokens)


def shared_title(body: str, url: str = "") -> str:
    """hh_title of a page of this Markdown: the name it goes by when shared."""
    site = config(site_name=generate.load_config(ROOT)["site_name"])
    found = settings(["hh_is_home", "hh_top", "hh_heading", "hh_title"],
                     page=fake_page(url, "Home", engine_toc(body)), config=site)
    return found["hh_title"]


def config(**values: Any) -> dict[str, Any]:
    return {"site_name": "Hip Hinge Guide", "site_author": "", "extra": {},
            "site_url": "https://example.github.io/hip-hinge/", **values}


@pytest.mark.parametrize("src", SRCS)
def test_the_templates_home_page_rule_is_is_homepage(src):
    """hh_is_home, for the address of every page under docs/ and of a few a
    coach could add, agrees with site.is_homepage. MkDocs' page.url is ""
    for the home page; Zensical's may carry slashes."""
    for url in {page_url(src), "/" + page_url(src)}:
        found = settings(["hh_is_home"], page=fake_page(url), config=config())
        assert bool(found["hh_is_home"]) == is_homepage(src), (src, url)


def test_the_templates_home_page_rule_can_fail():
    assert settings(["hh_is_home"], page=fake_page("setup/"), config=config()) == {
        "hh_is_home": False}
    assert settings(["hh_is_home"], page=None, config=config()) == {"hh_is_home": False}


def test_the_name_a_page_is_shared_by_is_the_one_on_its_card(generated_pages):
    """hh_title (og:title, the share button, the structured data) names each
    page as the generate step names its card: the home page by its H1, which
    says what the site is for (the menu calls it Home), the page title elsewhere."""
    assert {page.src for page in generated_pages} >= {"index.md", "setup.md"}
    for page in generated_pages:
        if is_homepage(page.src):
            body = split_front_matter((DOCS / page.src).read_text(encoding="utf-8"), page.src)[1]
            assert shared_title(body, page.url) == page.title, page.src
            continue
        site = config(site_name=generate.load_config(ROOT)["site_name"])
        found = settings(["hh_is_home", "hh_top", "hh_heading", "hh_title"],
                         page=fake_page(page.url, page.title), config=site)
        assert found["hh_title"] == page.title, page.src


@pytest.mark.parametrize("body", [
    "# A beginner's guide to the *hip hinge*\n\nText.\n",
    "# Hips & <Hinges> \"club\"\n\n## Why\n",
    "# Hip hinge { #start }\n",
    "Text before it.\n\n# The guide\n",
    "## Only a section heading\n\n# Then an H1\n",
    "No heading at all.\n",
])
def test_the_home_page_is_shared_by_its_h1_as_the_generate_step_reads_it(body):
    """The template reads the home page's H1 from page.toc, the generate step
    from the same Markdown with reader.top_heading: the same words, entities
    read, markup gone; and the site's name where the page has no H1 first."""
    expected = reader.top_heading(generate.load_config(ROOT), "index.md", body, 0)
    assert shared_title(body) == (expected or generate.load_config(ROOT)["site_name"])


def test_the_home_page_title_rule_can_fail():
    assert shared_title("# Hips & Hinges\n") == "Hips & Hinges"
    assert shared_title("## Hips\n") == generate.load_config(ROOT)["site_name"]


@pytest.mark.parametrize("extra,site_author", [
    ({}, ""),
    ({}, "Pat Lee"),
    ({"coach": None}, "Pat Lee"),
    ({"coach": {"name": "Alex Morgan"}}, ""),
    ({"coach": {"name": "Alex Morgan", "line": "Strength coach"}}, "Pat Lee"),
])
def test_the_templates_author_is_author_name(extra, site_author):
    """hh_author_name (the byline, meta author, the structured data) is
    author.author_name: the coach, else site_author, else the site's name."""
    site = config(site_author=site_author, extra=extra)
    found = settings(["hh_coach", "hh_publisher", "hh_author_name"], page=fake_page("setup/"),
                     config=site)
    assert found["hh_author_name"] == author_name(extra, site_author, site["site_name"])


@pytest.mark.parametrize("src", SRCS)
def test_the_templates_card_address_is_card_name(src):
    """og:image points at the file the generate step draws for the page."""
    site = config()
    for url in {page_url(src), "/" + page_url(src)}:
        found = settings(["hh_card", "hh_image"], page=fake_page(url), config=site)
        assert found["hh_image"] == (f"{site['site_url']}assets/previews/"
                                     f"{card_name(page_url(src))}.png"), (src, url)


def test_every_card_the_template_points_at_is_drawn(generated_pages):
    for page in generated_pages:
        found = settings(["hh_card", "hh_image"], page=fake_page(page.url), config=config())
        name = Path(found["hh_image"]).name
        assert (DOCS / "assets" / "previews" / name).is_file(), (page.src, name)


def test_a_share_page_at_an_old_anchor_names_the_faults_page_as_canonical(tmp_path):
    """The generate step writes faults/<old>.md for each old anchor, whose
    canonical: names the fault's page; hh_canonical (link rel=canonical,
    og:url, the structured data) is that page's full address. Every other
    page goes by its own."""
    import yaml

    from small_inputs import FAULT

    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: T\nnav:\n  - A: a.md\nmarkdown_extensions:\n  - attr_list\n"
        "  - hinge_guide.faults\n", encoding="utf-8")
    (tmp_path / "docs/a.md").write_text(FAULT.replace(
        "{id: rounded-back}", "{id: rounded-back, data-old-anchors: going-too-deep}"),
        encoding="utf-8")
    old = generate.share_pages(tmp_path)[tmp_path / "docs/faults/going-too-deep.md"]
    meta = yaml.safe_load(old.decode().split("---\n")[1])
    site = config()
    page = SimpleNamespace(url="faults/going-too-deep/", title="Rounded back: the fix",
                           meta=meta, canonical_url=site["site_url"] + "faults/going-too-deep/")
    found = settings(["hh_canonical"], page=page, config=site)
    assert found["hh_canonical"] == site["site_url"] + page_url("faults/rounded-back.md")
    own = SimpleNamespace(url="setup/", meta={}, canonical_url=site["site_url"] + "setup/")
    assert settings(["hh_canonical"], page=own, config=site)["hh_canonical"] == own.canonical_url
    assert settings(["hh_canonical"], page=None, config=site)["hh_canonical"] is None


REVIEWED = ROOT / "overrides" / "partials" / "hh-reviewed.html"
DAYS = [dt.date(2026, 1, 1) + dt.timedelta(days=n) for n in range(365)]


def reviewed_line() -> jinja2.Template:
    """hh-reviewed.html, with the partials it imports and a stand-in for
    the engines' | url (a page's address, unchanged)."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(ROOT / "overrides"))
    env.filters["url"] = lambda address: address
    return env.from_string(REVIEWED.read_text(encoding="utf-8"))


@pytest.mark.parametrize("url, links", [
    ("setup/", True), ("", True), ("faults/rounded-back/", True), ("about/", False),
    ("/about/", False)])
def test_the_reviewed_line_leads_to_how_pages_are_checked_except_on_that_page(url, links):
    """The Checked line with nothing behind it read as marketing
    (fresh design review): the line links to the About page, which says
    how a page is checked, on every page but the About page itself."""
    html = reviewed_line().render(page=SimpleNamespace(meta={"reviewed": "2026-12-05"}, url=url))
    link = BeautifulSoup(html, "html.parser").select_one("p.hh-reviewed a")
    if links:
        assert link is not None and link["href"] == page_url("about.md"), html
        assert link.get_text(strip=True) == "How this guide is checked"
    else:
        assert link is None, html


@pytest.mark.parametrize("coach, words", [
    ({"name": "Alex Morgan"}, "Checked by Alex Morgan on"), ({}, "Last checked on"),
    (None, "Last checked on")])
def test_the_reviewed_line_names_the_coach_or_claims_no_team(coach, words):
    """'Checked by our coaches' beside 'Written by Alex Morgan' claimed a team
    the coach never named (fresh design review)."""
    html = reviewed_line().render(page=SimpleNamespace(meta={"reviewed": "2026-12-05"},
                                                       url="setup/"), hh_coach=coach)
    text = " ".join(BeautifulSoup(html, "html.parser").get_text().split())
    assert text.startswith(f"{words} 5 December 2026."), text
    assert "our coaches" not in text


@pytest.mark.parametrize("form", [lambda day: day, dt.date.isoformat,
                                  lambda day: f" {day.isoformat()} "])
def test_the_reviewed_line_prints_every_day_check_reviewed_accepts(form):
    """hh-reviewed.html prints the day front_matter.check_reviewed let
    through, as YAML gives it (a date) or quoted (a string, spaces and all)."""
    template = reviewed_line()
    for day in DAYS:
        value = form(day)
        check_reviewed({"reviewed": value}, "p.md", today=DAYS[-1])
        html = template.render(page=SimpleNamespace(meta={"reviewed": value}, url="setup/"))
        time = BeautifulSoup(html, "html.parser").select_one("p.hh-reviewed time")
        assert (time["datetime"], time.get_text()) == (
            day.isoformat(), f"{day.day} {day:%B} {day.year}"), repr(value)


@pytest.mark.parametrize("src", SRCS)
def test_the_templates_page_address_rule_is_page_url(src):
    """hh_page (overrides/partials/hh-page.html) turns a page's file into
    the address templates link to; site.page_url is the same rule in Python."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(ROOT / "overrides"))
    template = env.from_string('{% from "partials/hh-page.html" import hh_page %}'
                               "{{ hh_page(src) }}")
    assert template.render(src=src) == page_url(src)
