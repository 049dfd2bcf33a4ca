"""Macros in a page (checks/macro_text.py): a typo names the line in the
file and the fix."""

from __future__ import annotations

import pytest

from hinge_guide import method
from hinge_guide.errors import ContentError
from small_inputs import ROOT

pytestmark = pytest.mark.unit

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


def test_a_macro_typo_is_named_in_the_file_when_a_plugin_changed_the_page_first():
    """The front matter's lines were counted only where the Markdown was the
    file's tail; otherwise 0, and the line named was 5 too high."""
    from hinge_guide.macros import on_pre_page_macros

    env = _macro_env("Text.\n\n{{ metod.tempo.down_seconds }} seconds.\n")
    env.page.file.content_string = env.page.file.content_string.replace("Text.", "Words.")
    with pytest.raises(ContentError, match=r"^docs/setup\.md, line 8: "):
        on_pre_page_macros(env)


def test_good_macros_pass_the_trial_render():
    from hinge_guide.macros import on_pre_page_macros

    on_pre_page_macros(_macro_env("{{ word(method.tempo.down_seconds) }} and "
                                  "{{ method.tempo.up_seconds }}, {{ '{{' }}.\n"))


# Macros: the pages the macros plugin renders, and with what ------------------------


@pytest.mark.parametrize("by_default,meta,src,renders", [
    (True, {}, "a.md", True),
    (True, {"render_macros": False}, "a.md", False),
    (True, {"render_macros": 0}, "a.md", False),
    (False, {}, "a.md", False),
    (False, {"render_macros": True}, "a.md", True),
    (False, {}, "forced.md", True),
    (False, {"render_macros": False}, "forced.md", False),
    (True, {"title": "Mine", "method": "the page's own"}, "a.md", True),
])
def test_page_variables_are_what_the_installed_macros_plugin_renders_a_page_with(
        tmp_path, monkeypatch, by_default, meta, src, renders):
    """checks/macro_text.py renders a page's macros on trial, as the plugin
    will: the same pages, with the same variables. Run against the
    installed plugin, so an upgrade that changes its rule fails here."""
    from mkdocs.config import load_config
    from mkdocs.structure.files import File
    from mkdocs.structure.pages import Page

    from hinge_guide.checks.macro_text import page_variables
    from hinge_guide.pins import pinned

    (tmp_path / "docs").mkdir()
    (tmp_path / "pagemacros.py").write_text(
        "def define_env(env):\n    env.variables['method'] = {'tempo': 3}\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: T\nplugins:\n  - macros:\n      module_name: pagemacros\n"
        f"      render_by_default: {str(by_default).lower()}\n"
        "      force_render_paths: forced.md\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    config = load_config(str(tmp_path / "mkdocs.yml"))
    plugin = config.plugins["macros"]
    plugin.on_config(config)
    ours, theirs = [], []
    plugin.pre_macro_functions.append(lambda env: ours.append(page_variables(env)))

    class Template:
        def render(self, **names):
            theirs.append(names)
            return ""

    monkeypatch.setattr(plugin.env, "from_string", lambda text: Template())
    page = Page("A", File(src, str(tmp_path / "docs"), str(tmp_path / "site"), True), config)
    page.meta = dict(meta)
    plugin.on_page_markdown("{{ method.tempo }}", page, config)
    pin = (f"mkdocs-macros-plugin (requirements.in pins {pinned('mkdocs-macros-plugin')}) "
           "no longer decides "
           "as page_variables in hinge_guide/checks/macro_text.py does: update it to match")
    assert (ours[0] is not None) == bool(theirs) == renders, pin
    if renders:
        assert ours[0] == theirs[0], pin


@pytest.mark.parametrize("by_default,meta,stops", [
    (True, {}, True),
    (False, {}, False),  # the plugin leaves the page as written: so does the trial
    (False, {"render_macros": True}, True),
])
def test_a_macro_mistake_stops_the_build_only_on_a_page_the_plugin_renders(by_default, meta,
                                                                            stops):
    import types

    import jinja2

    from hinge_guide.checks.macro_text import check_page_macros

    page = types.SimpleNamespace(meta=meta, file=types.SimpleNamespace(
        content_string="{{ metod }}\n", src_uri="a.md", src_path="a.md"))
    env = types.SimpleNamespace(
        page=page, markdown="{{ metod }}\n", variables={"method": {}},
        env=jinja2.Environment(undefined=jinja2.StrictUndefined),
        config={"render_by_default": by_default}, force_page_rendering=lambda path: False)
    if stops:
        with pytest.raises(ContentError, match="names `metod`"):
            check_page_macros(env)
    else:
        check_page_macros(env)


@pytest.mark.parametrize("body", [
    "Text.\n\n{{ method.tempo.down_seconds + \" seconds\" }}\n",
    "Text.\n\n{{ method.tempo.down_seconds ~ 1 / 0 }}\n",
])
def test_a_macro_that_asks_for_too_much_says_what_macros_do_in_plain_words(body):
    """It printed Python's own words: stopped with TypeError: unsupported
    operand type(s) for +: 'int' and 'str'."""
    from hinge_guide.macros import on_pre_page_macros

    with pytest.raises(ContentError) as caught:
        on_pre_page_macros(_macro_env(body))
    message = str(caught.value)
    assert message.startswith("docs/setup.md, line 8: a macro here asks for something"), message
    assert "can't do sums with words" in message
    for python in ("TypeError", "ValueError", "ZeroDivisionError", "operand", "'int'", "'str'"):
        assert python not in message, message


@pytest.mark.parametrize("extra, expected", [
    ({"report_link": "https://github.com/hiphinge/guide/issues/new", "social": [{"link": "x"}]},
     "[Report a mistake here](https://github.com/hiphinge/guide/issues/new)."),
    ({"social": [{"link": "https://www.instagram.com/hiphingecoaching"}]},
     "the links at the end of this page"),
    ({"social": []}, "Tell the person who shared this guide with you."),
    (None, "Tell the person who shared this guide with you."),
])
def test_a_mistake_is_reported_to_the_coach_once_there_is_a_way(extra, expected):
    """The About page's way to report a mistake: the coach's report link,
    else the coach's links (which end every page once set), else the
    person who shared the guide. Never a link that isn't set."""
    from hinge_guide.macros import report_mistake

    words = report_mistake(method.load(ROOT, ROOT / "docs"), extra)
    assert expected in words and "Say which page" in words
    assert ("](" in words) == bool((extra or {}).get("report_link"))
