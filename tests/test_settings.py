"""mkdocs.yml and the environment (checks/settings.py): settings that would
ship a wrong site stop the build, naming the key and the fix."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hinge_guide.checks.settings import (
    check_inline_stylesheet,
    check_plain_names,
    check_report_link,
    check_site_url,
    check_social,
)
from hinge_guide.errors import ContentError
from hinge_guide.site import INLINE_STYLESHEET, STYLESHEET
from small_inputs import BASE_CONFIG, ROOT

pytestmark = pytest.mark.unit

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


@pytest.mark.parametrize("link", [
    "https://github.com/your-account/hip-hinge/issues/new",  # mkdocs.yml's sample, unchanged
    "https://example.org/report", "http://coach.co.uk/report", "mailto:coach@example.com",
    "mailto:coach", "coach@hiphinge.co.uk", "https://coach.co.uk/a b", "mailto:me@localhost", 42])
def test_a_report_link_that_would_lead_nowhere_is_refused(link):
    """The About page sends readers who found a mistake to extra.report_link:
    a sample, a plain http address, a bare or sample mail address would
    take their report nowhere."""
    with pytest.raises(ContentError, match="extra.report_link|report link"):
        check_report_link(link)


@pytest.mark.parametrize("link,meant", [
    ("coach@alexmorgan.fit", "Did you mean mailto:coach@alexmorgan.fit? "),
    ("http://myforms.coachalex.com/report", "Did you mean https://myforms.coachalex.com/report? "),
    ("coach@example.com", ""),  # mailto: wouldn't help: a sample address
    ("http://example.org/report", ""),
])
def test_a_report_link_one_word_from_working_says_the_word(link, meant):
    with pytest.raises(ContentError) as error:
        check_report_link(link)
    assert str(error.value).startswith(
        f'mkdocs.yml: the report link "{link}" is not a real https or mailto: address. '
        f"{meant}Set where readers report a mistake")


@pytest.mark.parametrize("link", [None, "https://github.com/hiphinge/guide/issues/new",
                                  "mailto:coach@hiphinge.co.uk"])
def test_a_real_report_link_or_none_passes(link):
    check_report_link(link)


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
    ("https://example.github.io/hinge.guide/index.html", "ends in a file name"),
    ("https://example.github.io//hip-hinge/", "has // in its path"),
])
def test_a_site_url_every_link_would_carry_wrongly_is_refused(url, message):
    with pytest.raises(ContentError, match=message):
        check_site_url(url)


@pytest.mark.parametrize("url", [
    "https://example.github.io/hip-hinge/index.html/",
    "https://example.github.io/hip-hinge/Guide.HTM/",
    "https://example.github.io/hip-hinge/index.php/",
])
def test_a_site_url_ending_in_a_file_name_is_refused_after_mkdocs_added_its_slash(url):
    """MkDocs adds a / to SITE_URL before the check reads it: an address
    copied from the browser's bar (.../index.html) reaches it as
    .../index.html/, and every canonical, preview and sitemap address
    would carry the file name."""
    typed = url.removesuffix("/")
    with pytest.raises(ContentError) as error:
        check_site_url(url)
    assert str(error.value) == (
        f'mkdocs.yml: SITE_URL "{typed}" ends in a file name; give the folder the site '
        "lives in, which every page's address is built from: "
        "SITE_URL=https://example.github.io/hip-hinge/")


@pytest.mark.parametrize("url", [
    "https://alex.github.io/hinge.guide/",  # GitHub allows a dot in a repository's name
    "https://alex.github.io/v1.2/guide/",
    "https://example.com/",
])
def test_a_folder_address_with_a_dot_in_its_name_is_accepted(url):
    check_site_url(url)


# mkdocs.yml settings that build without a word but ship a wrong site ------------


@pytest.mark.parametrize("edit,message", [
    (lambda c: c + "extra:\n  coach:\n    name: Alex\n",
     "mkdocs.yml, lines 11 and 13: 'extra' is given twice"),
    (lambda c: c.replace("  generator: false\n", "  generator: false\n  analytics:\n"
                         "    provider: google\n    property: G-XXXX\n"),
     "mkdocs.yml, line 13: extra.analytics"),
    (lambda c: c.replace("  font: false\n", "  font:\n    text: Roboto\n"),
     "mkdocs.yml, line 5: theme.font"),
    (lambda c: c.replace("    - navigation.top\n",
                         "    - navigation.top\n    - navigation.instant\n"),
     "mkdocs.yml, line 8: theme.features lists navigation.instant"),
    (lambda c: c + "extra_javascript:\n  - https://cdn.jsdelivr.net/npm/x.js\n",
     "mkdocs.yml, line 14: extra_javascript lists https://cdn.jsdelivr.net"),
    (lambda c: c + "use_directory_urls: false\n", "mkdocs.yml, line 13: use_directory_urls: false"),
    (lambda c: c + "repo_url: https://github.com/hiphinge/guide\n",
     "mkdocs.yml, line 13: repo_url makes Material fetch"),
])
def test_mkdocs_settings_that_would_ship_a_wrong_site_stop(tmp_path, edit, message):
    from hinge_guide.checks.settings import check_config_file

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/index.md").write_text("# T\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(BASE_CONFIG, encoding="utf-8")
    check_config_file(tmp_path)  # the base passes
    (tmp_path / "mkdocs.yml").write_text(edit(BASE_CONFIG), encoding="utf-8")
    with pytest.raises(ContentError, match="^" + re.escape(message)):
        check_config_file(tmp_path)


def test_every_wrong_mkdocs_setting_is_named_at_once_each_on_its_line(tmp_path):
    """Three were collected and only the first said: the coach met the
    next one on the next build, and none had a line."""
    from hinge_guide.checks.settings import check_config_file

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/index.md").write_text("# T\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        BASE_CONFIG.replace("  font: false\n", "  font:\n    text: Roboto\n")
        + "use_directory_urls: false\n", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        check_config_file(tmp_path)
    lines = str(caught.value).splitlines()
    assert [line.split(": ", 1)[0] for line in lines] == ["mkdocs.yml, line 5",
                                                         "mkdocs.yml, line 14"]


def test_a_social_link_is_named_on_its_line(tmp_path):
    from hinge_guide.checks.settings import check_social

    (tmp_path / "mkdocs.yml").write_text(
        BASE_CONFIG + "  social:\n    - icon: material/web\n      link: https://coach-alex.net\n"
        "    - icon: material/web\n      link: http://coach-alex.org\n", encoding="utf-8")
    social = [{"link": "https://coach-alex.net"}, {"link": "http://coach-alex.org"}]
    with pytest.raises(ContentError, match=r'^mkdocs\.yml, line 17: the social link "http://'):
        check_social(social, tmp_path)


def test_a_site_without_docs_index_md_has_no_home_page(tmp_path):
    from hinge_guide.checks.settings import check_config_file

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/home.md").write_text("# T\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(BASE_CONFIG, encoding="utf-8")
    with pytest.raises(ContentError, match="docs/index.md is missing: it is the home page"):
        check_config_file(tmp_path)


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


# Site address, social links and the inline stylesheet, each alone -------------

@pytest.mark.parametrize("url", [None, "", "   ", "ftp://x.org/", "https://x.org/a b/",
                                 'https://x.org/"/', "example.org"])
def test_site_url_must_be_a_usable_address(url):
    with pytest.raises(ContentError, match="SITE_URL|site_url"):
        check_site_url(url)


@pytest.mark.parametrize("link", ["https://coach.EXAMPLE.org/", "http://real.coach/",
                                  "https://www.facebook.com/your-page",
                                  'https://real.coach/"onmouseover=x', "https://real coach/"])
def test_placeholder_or_unsafe_social_links_are_refused(link):
    with pytest.raises(ContentError, match="extra.social"):
        check_social([{"link": link}])


@pytest.mark.parametrize("link", ["https://www.instagram.com/your-account",
                                  "https://www.facebook.com/your-page/", "https://localhost/coach",
                                  "https://example.com/", "https://coach.example.net/x",
                                  "https://coach.test/", "https://coach.invalid/"])
def test_sample_hosts_and_sample_pages_are_refused_as_social_links(link):
    with pytest.raises(ContentError, match="is not a real https address"):
        check_social([{"link": link}])


@pytest.mark.parametrize("link", ["https://github.com/localhost-tools",
                                  "https://www.instagram.com/your-account-coach",
                                  "https://www.youtube.com/@myexample.company",
                                  "https://your-page-builder.coach/"])
def test_a_real_link_that_only_holds_a_sample_word_is_taken(link):
    """The whole address was searched for the sample words, so a handle
    holding "localhost" or "your-account" was refused."""
    check_social([{"link": link}])



def test_an_edited_stylesheet_without_its_inline_copy_stops_the_build(tmp_path):
    from hinge_guide.site import inline_stylesheet

    docs, root = tmp_path / "docs", tmp_path
    (docs / "stylesheets").mkdir(parents=True)
    (root / "overrides/partials").mkdir(parents=True)
    source = docs / STYLESHEET
    css = ".a { color: red; background: url('data:image/svg+xml,<svg xmlns=\"x\"/>') }\n"
    source.write_text(css)
    (root / INLINE_STYLESHEET).write_text(inline_stylesheet(css))
    check_inline_stylesheet(docs, root)  # up to date: nothing to say
    assert "<svg xmlns=" in inline_stylesheet(css), "data URLs keep their spaces"
    source.write_text(css + ".b { color: blue }\n")
    stale = r"hh-extra-css\.html.*extra\.css.*python -m hinge_guide"
    with pytest.raises(ContentError, match=stale):
        check_inline_stylesheet(docs, root)
    (root / INLINE_STYLESHEET).unlink()
    with pytest.raises(ContentError, match="not up to date"):
        check_inline_stylesheet(docs, root)


@pytest.mark.parametrize("social,named", [
    ([{"icon": "material/web", "link": 5}], "the 1st entry (icon: material/web) under"),
    ([{"icon": "material/web", "link": "https://coach-alex.net"}, "https://x.org/"],
     'the 2nd entry ("https://x.org/") under'),
    ([{"link": "https://a.net"}, {"link": "https://b.net"}, {"name": "Our site", "link": ["x"]}],
     "the 3rd entry under"),
])
def test_a_social_entry_that_is_not_a_link_is_named_as_mkdocs_yml_writes_it(social, named):
    """It was named as Python writes a dict: the extra.social entry {'icon': ...}."""
    with pytest.raises(ContentError) as error:
        check_social(social)
    assert named in str(error.value), str(error.value)
    assert "{" not in str(error.value) and "[" not in str(error.value), str(error.value)
