"""The method in the pages: ``{{ method.tempo.down_seconds }}`` and a few
helpers that turn its numbers into the guide's words.

Both engines load this file by path (``module_name: hinge_guide/macros``
under the ``macros`` plugin in mkdocs.yml): the mkdocs-macros plugin under
MkDocs, and Zensical's own macros extension, which reads the same setting.
Each calls ``define_env`` with an object that has ``variables``,
``macro()`` and ``project_dir``. The file is loaded by path, not as part
of the package, so its imports are absolute.

The method is checked as it loads (``hinge_guide.method.load``), and
against the pages (``check_pages``: the rungs, plans and lifts they name),
so a mistake in method.yml stops the build with a sentence naming the key.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from markdown.extensions.toc import slugify

from hinge_guide.checks.macro_text import MacroMisuse, check_page_macros
from hinge_guide.config import DOCS_DIR, check_docs_dir, load_config
from hinge_guide.method import fill, load, rungs_by_lift
from hinge_guide.tracker import first_use_mb

WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
         "nine", "ten", "eleven", "twelve")


def word(number: float) -> str:
    """A small whole number in words ("three"); others as digits."""
    if isinstance(number, bool) or not isinstance(number, (int, float)):
        raise MacroMisuse(
            f"word() prints a number as a word, and it was given {number!r:.60}, which "
            "is not a number. Print words from method.yml without it, e.g. "
            "{{ method.depth.rule }}, and keep word() for numbers, e.g. "
            "{{ word(method.tempo.down_seconds) }}")
    if isinstance(number, int) and 0 <= number < len(WORDS):
        return WORDS[number]
    if isinstance(number, float) and number.is_integer():
        return word(int(number))
    return f"{number:g}"


def minutes(seconds: float) -> str:
    """Seconds as minutes for a sentence: 120 -> "2", 90 -> "1.5"."""
    return f"{seconds / 60:g}"


def percent(share: float) -> str:
    """A fraction for a sentence: 0.5 -> "50%"."""
    return f"{share * 100:g}%"


def span(low: float, high: float) -> str:
    """A range for a sentence: "1 to 3", or "3" when both ends agree."""
    return f"{low:g}" if low == high else f"{low:g} to {high:g}"


def listed(items: list[float]) -> str:
    """A list for a sentence: [8, 12, 16, 20] -> "8, 12, 16 and 20"."""
    words = [f"{x:g}" for x in items]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def numbers(items: list[int]) -> str:
    """Rung numbers for a sentence, runs joined: [1, 2, 3, 4, 6, 7] ->
    "1 to 4, 6 and 7"."""
    runs: list[list[int]] = []
    for n in sorted(items):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts: list[str] = []
    for run in runs:  # three or more in a row read as a range
        parts += [f"{run[0]} to {run[-1]}"] if len(run) > 2 else [str(n) for n in run]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def sets_of(rung: dict[str, Any]) -> str:
    """"3 sets of 10", or "10" when the test is one set."""
    return f"{rung['sets']} sets of {rung['reps']}" if rung["sets"] > 1 else f"{rung['reps']}"


def move_on(rung: dict[str, Any]) -> str:
    """The pass test in a few words, for the ladder: "3 sets of 10, a tall finish"."""
    if rung["sets"] > 1:
        return f"{sets_of(rung)}, {rung['chip']}"
    return f"{rung['reps']} {rung['chip']}"


def pass_test(rung: dict[str, Any]) -> str:
    """The whole pass test: "3 sets of 10 reps: your hips lead, ..."."""
    return f"{sets_of(rung)} {rung['test']}"


def anchor(rung: dict[str, Any]) -> str:
    """The rung's section on Progression, as its heading's slug."""
    return slugify(f"Rung {rung['number']}: {rung['name']}", "-")


def rung_link(rung: dict[str, Any], text: str | None = None) -> str:
    """A Markdown link to the rung's section, its words "Rung 1: name"
    unless given: written whole by the macro, so Zensical's link check,
    which reads the page before macros run, never sees a half-made anchor.
    MkDocs checks the finished link."""
    words = text or f"Rung {rung['number']}: {rung['name']}"
    return f"[{words}](#{anchor(rung)})"


def depth_rule(method: dict[str, Any]) -> str:
    """Where the way down ends, on a hinge from standing: the first of three signs."""
    depth = method["depth"]
    # The rule is a sentence of its own elsewhere: its full stop goes here.
    return fill(method["words"]["depth_rule"], rule=depth["rule"].rstrip("."),
                also=depth["also"])


def pain_rule(method: dict[str, Any]) -> str:
    """The guide's one pain rule, in the same words on every page: its
    sentence in method.yml (words.pain_rule), with the numbers under pain:."""
    return fill(method["words"]["pain_rule"], **method["pain"])


# Where the pain rule is stated in full: Safety's section on it.
PAIN_RULE_PAGE = "safety.md#effort-soreness-or-pain"


def pain_pointer(method: dict[str, Any]) -> str:
    """The one line a page gives pain, pointing to the rule, which Safety
    alone states in full (pain_rule): words.pain_pointer in method.yml."""
    words = method["words"]
    return fill(words["pain_pointer"], link=f"[{words['pain_pointer_link']}]({PAIN_RULE_PAGE})")


def report_mistake(method: dict[str, Any], extra: Mapping[str, Any] | None) -> str:
    """Where a reader who found a mistake sends it, in a sentence for the
    About page (method.yml's words.report_to_*), from mkdocs.yml's extra:
    the coach's report link (checked by hinge_guide/checks/settings.py),
    else the coach's own links, which end every page once set, else the
    person who shared the guide, the one way there is until the coach sets
    either."""
    words = method["words"]
    extra = extra or {}
    link = extra.get("report_link")
    if link:
        return fill(words["report_to_link"], link=f"[{words['report_to_link_link']}]({link})")
    if extra.get("social"):
        return words["report_to_links"]
    return words["report_to_sharer"]


def rep_seconds(method: dict[str, Any]) -> float:
    """One whole rep, top to top: also how long a breath is held under a weight."""
    tempo = method["tempo"]
    return tempo["down_seconds"] + tempo["pause_seconds"] + tempo["up_seconds"]


def define_env(env: Any) -> None:
    """Hand the pages the method and its helpers (both engines call this)."""
    root = Path(env.project_dir)
    # First, as the macros load before any page: with another docs_dir the
    # checks below would look for the pages in docs/ and say they're missing.
    check_docs_dir(root, load_config(root))
    # The pages are checked before any renders: a rung a page names but
    # method.yml lacks would otherwise stop either engine with a traceback
    # from the page's template.
    method = load(root, root / DOCS_DIR)
    env.variables["method"] = method
    for helper in (word, minutes, percent, span, listed, numbers, sets_of, move_on, pass_test,
                   anchor, rung_link):
        env.macro(helper)
    extra = env.conf.get("extra")  # read once: a settings change rebuilds the site
    env.macro(lambda: report_mistake(method, extra), "report_mistake")
    env.macro(lambda: rep_seconds(method), "rep_seconds")
    env.macro(lambda: pain_rule(method), "pain_rule")
    env.macro(lambda: pain_pointer(method), "pain_pointer")
    env.macro(lambda: depth_rule(method), "depth_rule")
    download = first_use_mb(Path(env.project_dir))  # gzips 2.5 MB: once a build, not per call
    env.macro(lambda: download, "tracker_download")
    env.macro(lambda lift: numbers(rungs_by_lift(method, lift)), "rungs_lifted")
    env.macro(lambda plan: numbers([r["number"] for r in method["rungs"] if r["plan"] == plan]),
              "rungs_on")


def on_pre_page_macros(env: Any) -> None:
    """Before the MkDocs macros plugin renders a page: a mistake in its
    macros stops the build with the file, the line in the file and the fix
    (hinge_guide/checks/macro_text.py), not the plugin's traceback."""
    check_page_macros(env)
