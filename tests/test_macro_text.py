"""Macros in a page (checks/macro_text.py): a typo names the line in the
file and the fix."""

from __future__ import annotations

import pytest

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


def test_good_macros_pass_the_trial_render():
    from hinge_guide.macros import on_pre_page_macros

    on_pre_page_macros(_macro_env("{{ word(method.tempo.down_seconds) }} and "
                                  "{{ method.tempo.up_seconds }}, {{ '{{' }}.\n"))
