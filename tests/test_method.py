"""The method (method.yml): its shape is checked with clear errors, and
every page that states one of its numbers in its own words agrees with it.

Pages print the method's numbers through macros ({{ method... }}), so most
of them can't disagree. Where a sentence keeps its own words ("a slow count
of three"), or sits where macros don't run (fault boxes, whose words the
fault index reads straight from the Markdown; the glossary), the checks
below name the page and the number that no longer matches.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from hinge_guide import method as method_module
from hinge_guide.errors import ContentError

pytestmark = pytest.mark.unit

METHOD = method_module.load(ROOT)


def write(tmp_path: Path, data: object) -> Path:
    (tmp_path / "method.yml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return tmp_path


def broken(tmp_path: Path, change) -> str:
    """The error message for the method with one change made to it."""
    data = copy.deepcopy(METHOD)
    change(data)
    with pytest.raises(ContentError) as error:
        method_module.load(write(tmp_path, data))
    return str(error.value)


def without_line(message: str) -> str:
    """The message without the line it names (the tests that check which
    line are under "Which line", below)."""
    return re.sub(r"^method\.yml, line \d+: ", "method.yml: ", message)


def line_of(text: str, start: str) -> int:
    """The number of the first line of text that starts with start."""
    return next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith(start))


# The file's shape ----------------------------------------------------------

def test_the_method_as_committed_loads():
    assert METHOD["tempo"]["down_seconds"] > 0
    assert method_module.rungs_by_lift(METHOD, "floor"), "no floor pulls on the ladder"
    assert method_module.rungs_by_lift(METHOD, "standing"), "no hinges from standing"


def test_missing_file_names_it(tmp_path):
    with pytest.raises(ContentError, match=r"method\.yml: not found.*git checkout"):
        method_module.load(tmp_path)


def test_bad_yaml_names_the_line(tmp_path):
    (tmp_path / "method.yml").write_text("tempo:\n  down_seconds: 3\n pause: [\n", encoding="utf-8")
    with pytest.raises(ContentError, match=r"method\.yml, line \d+: this is not valid YAML"):
        method_module.load(tmp_path)


def test_a_key_given_twice_names_both_lines(tmp_path):
    """The second `down_seconds:` would silently win: the pages would teach it."""
    text = (ROOT / "method.yml").read_text(encoding="utf-8")
    (tmp_path / "method.yml").write_text(
        text.replace("  up_seconds: 2", "  up_seconds: 2\n  down_seconds: 5", 1), encoding="utf-8")
    lines = text.splitlines()
    first = next(n for n, line in enumerate(lines, 1) if line.startswith("  down_seconds:"))
    second = next(n for n, line in enumerate(lines, 1) if line.startswith("  up_seconds:")) + 1
    with pytest.raises(ContentError) as error:
        method_module.load(tmp_path)
    assert str(error.value).startswith(
        f"method.yml, lines {first} and {second}: 'down_seconds' is given twice")
    assert "Keep one of the two" in str(error.value)


def test_a_file_saved_as_latin1_says_to_save_it_as_utf8(tmp_path):
    text = (ROOT / "method.yml").read_text(encoding="utf-8")
    text = text.replace("not your chest", "not your chest, café", 1)
    (tmp_path / "method.yml").write_bytes(text.encode("latin-1"))
    line = text[:text.index("café")].count("\n") + 1
    with pytest.raises(ContentError, match=rf"^method\.yml, line {line}: byte \d+ is not "
                                           r"UTF-8.*Save it as UTF-8"):
        method_module.load(tmp_path)


@pytest.mark.parametrize("text", ["", "\n", "# the method\n"])
def test_an_empty_file_says_to_restore_it(tmp_path, text):
    (tmp_path / "method.yml").write_text(text, encoding="utf-8")
    with pytest.raises(ContentError, match=r"^method\.yml is empty.*git checkout -- method\.yml"):
        method_module.load(tmp_path)


def test_a_number_written_with_its_unit_names_key_and_fix(tmp_path):
    message = broken(tmp_path, lambda m: m["tempo"].update(down_seconds="3 s"))
    assert without_line(message).startswith(
        "method.yml: tempo.down_seconds must be a number of seconds")
    assert "down_seconds: 3" in message


@pytest.mark.parametrize("key,value", [("down_seconds", "3"), ("down_seconds", " 2.5")])
def test_a_number_in_quotes_says_to_remove_the_quotes(tmp_path, key, value):
    """It said to write it "with no unit after it", where there was none."""
    message = broken(tmp_path, lambda m: m["tempo"].update({key: value}))
    assert without_line(message) == (
        f'method.yml: tempo.{key} must be a number of seconds above 0, found the text '
        f'"{value}" (in quotes). Remove the quotes, like this: {key}: {value.strip()}')


def test_a_missing_key_names_where_to_put_it_back(tmp_path):
    message = broken(tmp_path, lambda m: m["knees"].pop("standing_max_degrees"))
    assert "knees.standing_max_degrees is missing" in message and "under knees" in message


def test_a_missing_section_is_named(tmp_path):
    message = broken(tmp_path, lambda m: m.pop("depth"))
    assert "depth.rule is missing" in message and "the top of the file" in message


def test_min_above_max_is_refused(tmp_path):
    message = broken(tmp_path, lambda m: m["knees"].update(standing_min_degrees=25))
    assert "knees.standing_min_degrees (25) is more than standing_max_degrees (20)" in message


def test_pounds_must_match_kilograms(tmp_path):
    message = broken(tmp_path, lambda m: m["loads"].update(barbell_lb=20))
    assert "loads.barbell_lb says 20 lb for 20 kg" in message and "Change it to 44" in message


def test_each_kettlebell_has_its_pounds(tmp_path):
    message = broken(tmp_path, lambda m: m["loads"]["kettlebells_lb"].pop())
    assert "loads.kettlebells_lb lists 3 weights but kettlebells_kg lists 4" in message


def test_rungs_are_numbered_in_order(tmp_path):
    message = broken(tmp_path, lambda m: m["rungs"][3].update(number=4))
    assert "rungs[3].number is 4, but it is rung 3 here" in message


def test_a_rung_removed_from_the_middle_says_the_numbers_must_run_in_order(tmp_path):
    message = broken(tmp_path, lambda m: m["rungs"].pop(4))
    assert without_line(message).startswith(
        "method.yml: rungs[4].number is 5, but it is rung 4 here")
    assert "in order, each once" in message and "git checkout -- method.yml" in message


def test_a_rung_lift_must_be_known(tmp_path):
    message = broken(tmp_path, lambda m: m["rungs"][5].update(lift="ground"))
    assert "rungs[5].lift is 'ground'" in message and "standing, floor, kneeling" in message


def test_a_rung_plan_must_exist(tmp_path):
    message = broken(tmp_path, lambda m: m["rungs"][2].update(plan="learnign"))
    assert "rungs[2].plan is 'learnign', which is not under plans:" in message


@pytest.mark.parametrize("field,value", [("sets", 5), ("reps", 20), ("reps", 7)])
def test_a_rungs_sets_or_reps_outside_its_plan_are_refused(tmp_path, field, value):
    """Rung 1's pass test asking for 5 sets under a plan of 1 to 3 built,
    and Progression then said both."""
    plan = METHOD["plans"][METHOD["rungs"][1]["plan"]]
    message = without_line(broken(tmp_path, lambda m: m["rungs"][1].update({field: value})))
    assert message.startswith(
        f"method.yml: rungs[1].{field} is {value}, but its plan, learning, has "
        f"{plan[field + '_min']} to {plan[field + '_max']} {field} "
        f"(plans.learning.{field}_min and plans.learning.{field}_max, lines "), message
    assert message.endswith("). Change the rung, or widen the plan"), message


def test_a_rung_outside_its_plan_names_the_rungs_line_and_the_plans(tmp_path):
    plan = METHOD["plans"]["learning"]
    text = COMMITTED.replace("    plan: learning\n    sets: 2\n",
                             "    plan: learning\n    sets: 5\n", 1)
    assert text != COMMITTED, "the edit found what it changes"
    (tmp_path / "method.yml").write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as error:
        method_module.load(tmp_path)
    assert str(error.value).startswith(
        f"method.yml, line {line_of(text, '    sets: 5')}: rungs[1].sets is 5, but its plan, "
        f"learning, has {plan['sets_min']} to {plan['sets_max']} sets "
        "(plans.learning.sets_min and plans.learning.sets_max, "
        f"lines {line_of(text, '    sets_min:')} and {line_of(text, '    sets_max:')}).")


def test_a_plan_needs_its_rest(tmp_path):
    message = broken(tmp_path, lambda m: m["plans"]["loaded"].pop("rest_seconds_max"))
    assert "plans.loaded.rest_seconds_max is missing" in message


MARKUP = [
    ("Stop when your hips stop moving back.<script>alert(1)</script>", "a < or >"),
    ("into your belly ![x](https://evil.example.net/x.png)", "a Markdown link or image"),
    ("see [the setup](setup.md)", "a Markdown link or image"),
    ("keep it `flat`", "a backtick"),
    ("keep it *flat*", "a * or _"),
    ("keep it _flat_", "a * or _"),
    ("look {{ method.setup.gaze_metres_min }} metres ahead", "a { or }"),
    ("{% if x %}flat{% endif %}", "a { or }"),
    ("two\n\nparagraphs", "a line break"),
]
WORDS_FIELDS = [("depth", "rule"), ("breathing", "where"), ("rungs", 3, "test"),
                ("rungs", 3, "chip"), ("rungs", 3, "back"), ("rungs", 3, "name"),
                ("plans", "learning", "days")]


@pytest.mark.parametrize("words,markup", MARKUP)
@pytest.mark.parametrize("path", WORDS_FIELDS, ids=lambda p: ".".join(map(str, p)))
def test_markup_in_a_sentence_is_refused_by_key(tmp_path, path, words, markup):
    """Sentences are printed into the pages' Markdown: a tag would run, an
    image would load from another site, a macro would print as typed."""
    def change(method):
        section = method
        for part in path[:-1]:
            section = section[part]
        section[path[-1]] = words

    message = broken(tmp_path, change)
    key = ".".join(map(str, path)).replace(".3.", "[3].")
    assert without_line(message).startswith(f"method.yml: {key} holds {markup}"), message
    assert "Write plain words" in message


def test_plain_sentences_with_names_and_ampersands_pass(tmp_path):
    data = copy.deepcopy(METHOD)
    data["depth"]["rule"] = "Stop when your hips stop moving back & your back is still flat."
    method_module.load(write(tmp_path, data))


@pytest.mark.parametrize("key,sentence,said", [
    ("pain_rule", "Stop past {max_out_of_10} out of 10, settled by {setled_by}.",
     "words.pain_rule names {setled_by}, which the build doesn't fill in"),
    ("share_intro", "One fix from {site}.", "words.share_intro has no {author}"),
    ("share_more", "See them all.", "words.share_more has no {link}"),
    ("share_terms", "Words on {page}", "words.share_terms holds a { or }"),
    ("share_context", "{link}: the step in <b>{page}</b>.", "words.share_context holds a < or >"),
])
def test_the_words_the_build_prints_keep_their_names(tmp_path, key, sentence, said):
    """The pain rule and the share pages' lines are method.yml's words,
    with a {name} where the build puts a number, a name or a link: a
    misspelt one would print as typed, a missing one drops the number or
    the link."""
    message = broken(tmp_path, lambda m: m["words"].update({key: sentence}))
    assert without_line(message).startswith(f"method.yml: {said}"), message


def test_the_pain_rule_and_pointer_are_method_ymls_words(tmp_path):
    """The ninety words of the pain rule were an f-string in macros.py,
    out of a coach's reach and of the house-style tests."""
    from hinge_guide.macros import depth_rule, pain_pointer, pain_rule

    data = copy.deepcopy(METHOD)
    data["words"]["pain_rule"] = ("Stop past {max_out_of_10} out of 10; settled by "
                                  "{settled_by}, worst by day {soreness_worst_days_max}, gone "
                                  "in {soreness_gone}.")
    data["words"]["pain_pointer"] = "Sharp pain is not fine: see {link}."
    data["words"]["depth_rule"] = "{rule} or {also}."
    method = method_module.load(write(tmp_path, data))
    assert pain_rule(method) == ("Stop past 3 out of 10; settled by the next morning, worst by "
                                 "day 3, gone in about a week.")
    assert pain_pointer(method) == ("Sharp pain is not fine: see [effort, soreness and pain]"
                                    "(safety.md#effort-soreness-or-pain).")
    assert depth_rule(method) == (f"{METHOD['depth']['rule'].rstrip('.')} or "
                                  f"{METHOD['depth']['also']}.")


def test_the_camera_check_goes_without_the_pages_words():
    assert "words" in METHOD and '"share_intro"' not in method_module.script(METHOD)


def test_a_true_is_not_a_count(tmp_path):
    message = broken(tmp_path, lambda m: m["coach"].update(stuck_weeks=True))
    assert "coach.stuck_weeks must be a whole number above 0, found True" in message


@pytest.mark.parametrize("score", [0, 12, True, 2.5])
def test_a_pain_score_is_out_of_10(tmp_path, score):
    """12 printed 'stop if the pain goes past 12/10' on the cue card."""
    message = broken(tmp_path, lambda m: m["pain"].update(max_out_of_10=score))
    assert f"pain.max_out_of_10 must be a whole number from 1 to 10, a score out of 10, " \
           f"found {score!r}" in message


def test_a_number_where_a_sentence_goes_is_asked_for_as_a_sentence(tmp_path):
    message = broken(tmp_path, lambda m: m["pain"].update(settled_by=24))
    assert "Write a sentence, like this: settled_by:" in message and "no unit" not in message


def test_the_camera_check_gets_the_method_as_a_module():
    text = method_module.script(METHOD)
    assert text.startswith("// Written by") and "export const METHOD = {" in text
    assert '"down_seconds": ' + str(METHOD["tempo"]["down_seconds"]) in text


# Pages agree with the method ----------------------------------------------
# Each rule: a pattern that finds where a page states one of the method's
# numbers in its own words, the group that holds the number, and the key it
# must equal. Numbers may be digits or words ("three").

DOCS = ROOT / "docs"
NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
NUM = r"(\d+(?:\.\d+)?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
CLAIMS: list[tuple[str, str]] = [
    (rf"(?i)\bcount(?:ing)? {NUM} seconds? down", "tempo.down_seconds"),
    (rf"(?i)\bslow count of {NUM}\b", "tempo.down_seconds"),
    (rf"(?i)\b{NUM} seconds? down\b", "tempo.down_seconds"),
    (rf"(?i)\bpause for {NUM} seconds?", "tempo.pause_seconds"),
    (rf"(?i)\b{NUM} seconds? (?:still )?at the bottom", "tempo.pause_seconds"),
    (rf"(?i)\b{NUM} seconds? up\b", "tempo.up_seconds"),
    (rf"(?i)\babout {NUM} (?:to \d+ )?degrees", "knees.standing_min_degrees"),
    (rf"(?i)\b\d+ to {NUM} degrees", "knees.standing_max_degrees"),
    (rf"(?i)\bup to {NUM} out of 10", "pain.max_out_of_10"),
    (rf"(?i)\bworst (?:1|one) to {NUM} days", "pain.soreness_worst_days_max"),
]


def method_number(key: str) -> float:
    value = METHOD
    for part in key.split("."):
        value = value[part]
    return value


def as_number(text: str) -> float:
    return NUMBER_WORDS[text.lower()] if text.lower() in NUMBER_WORDS else float(text)


def page_texts() -> list[tuple[str, str]]:
    """Every Markdown source a reader sees, with its name: pages, fault share
    pages' sources (the fault boxes are on the pages) and the glossary. Macro
    expressions are left out: they print the method itself."""
    # sources.md reports what each source says, which may differ on purpose.
    paths = [p for p in sorted(DOCS.glob("*.md")) if p.name != "sources.md"]
    paths.append(ROOT / "includes" / "glossary.md")
    texts = []
    for path in paths:
        text = re.sub(r"\{\{.*?\}\}|\{%.*?%\}", " ", path.read_text(encoding="utf-8"), flags=re.S)
        texts.append((path.relative_to(ROOT).as_posix(), " ".join(text.split())))
    return texts


def disagreements(texts: list[tuple[str, str]]) -> list[str]:
    found = []
    for name, text in texts:
        for pattern, key in CLAIMS:
            for match in re.finditer(pattern, text):
                stated = as_number(match.group(1))
                if stated != method_number(key):
                    found.append(f"{name}: \"{match.group(0)}\" says {stated:g}, but method.yml's "
                                 f"{key} is {method_number(key):g}. Change the page, or print "
                                 f"{{{{ method.{key} }}}} there.")
    return found


def test_pages_state_the_methods_numbers_as_the_method_does():
    texts = page_texts()
    # The rules must find something, or they test nothing.
    hits = sum(1 for _, text in texts for pattern, _ in CLAIMS if re.search(pattern, text))
    assert hits >= 5, "the claim patterns no longer match any page: update CLAIMS"
    assert not disagreements(texts), "\n".join(disagreements(texts))


def test_a_page_that_disagrees_is_named():
    """Whatever the method's count down is, a page saying another is named."""
    down = METHOD["tempo"]["down_seconds"]
    wrong = next(word for number, word in enumerate(["one", "two", "three", "four", "five"], 1)
                 if number != down)
    text = [("docs/x.md", f"Lower for a slow count of {wrong}, then pause for one second.")]
    found = disagreements(text)
    assert len(found) == 1 and "docs/x.md" in found[0], found
    assert f"tempo.down_seconds is {down:g}" in found[0], found


def test_the_glossary_holds_no_macros():
    """The glossary is read as data, where no macro runs: a {{ }} there would
    show as it is. Say the number in words; the test above keeps it right.
    (A macro in a fault box is refused by the build itself:
    test_fault_reader.py's test_a_macro_in_a_fault_box_is_refused_...)"""
    text = (ROOT / "includes" / "glossary.md").read_text(encoding="utf-8")
    assert "{{" not in text and "{%" not in text, "includes/glossary.md uses a macro"


# The ladder and the pages: checked as the macros load, in both engines ------

PAGES = {f"docs/{path.relative_to(DOCS).as_posix()}": path.read_text(encoding="utf-8")
         for path in sorted(DOCS.rglob("*.md"))}
PROGRESSION = PAGES["docs/progression.md"]


def heading_line(heading: str) -> int:
    return PROGRESSION.splitlines().index(f"## {heading}") + 1


def ladder_error(change=lambda m: None, pages=None) -> str:
    """The message check_pages gives for the method with one change made."""
    data = copy.deepcopy(METHOD)
    change(data)
    pages = pages or PAGES
    with pytest.raises(ContentError) as error:
        method_module.check_rung_sections(data["rungs"], pages["docs/progression.md"])
        method_module.check_ladder_uses(data, pages)
    return str(error.value)


def test_the_pages_and_the_ladder_agree():
    method_module.check_pages(METHOD, DOCS)


def test_the_macros_check_the_ladder_before_any_page_renders(tmp_path, monkeypatch):
    """Both engines call define_env before rendering: the check is there."""
    from types import SimpleNamespace

    from hinge_guide import macros

    monkeypatch.setattr(macros, "first_use_mb", lambda root: 1.0)  # no tracker in tmp_path
    text = (ROOT / "method.yml").read_text(encoding="utf-8")
    (tmp_path / "method.yml").write_text(
        text.replace("name: broomstick hinge", "name: broom-stick hinge"), encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/progression.md").write_text(PROGRESSION, encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: T\n", encoding="utf-8")
    env = SimpleNamespace(project_dir=str(tmp_path), conf={}, variables={},
                          macro=lambda *args: None)
    with pytest.raises(ContentError, match=r"rungs\[3\]\.name is 'broom-stick hinge'"):
        macros.define_env(env)


def test_the_macros_refuse_another_pages_folder_before_looking_for_pages(tmp_path,
                                                                         monkeypatch):
    """The macros load first in a build: with docs_dir: pages they looked
    for Progression in docs/ and said its rung sections were missing."""
    from types import SimpleNamespace

    from hinge_guide import macros

    monkeypatch.setattr(macros, "first_use_mb", lambda root: 1.0)  # no tracker in tmp_path
    (tmp_path / "method.yml").write_text(COMMITTED, encoding="utf-8")
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages/progression.md").write_text(PROGRESSION, encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: T\ndocs_dir: pages\n", encoding="utf-8")
    env = SimpleNamespace(project_dir=str(tmp_path), conf={}, variables={},
                          macro=lambda *args: None)
    with pytest.raises(ContentError, match=r"^mkdocs\.yml, line 2: docs_dir is 'pages'"):
        macros.define_env(env)


def test_a_rung_renamed_in_the_method_only_names_both_sides():
    message = ladder_error(lambda m: m["rungs"][3].update(name="broom-stick hinge"))
    assert message == (
        "method.yml: rungs[3].name is 'broom-stick hinge' but docs/progression.md's heading "
        f"says 'Rung 3: broomstick hinge' (line {heading_line('Rung 3: broomstick hinge')}). "
        "Make the two match")


def test_rungs_6_and_7_swapped_and_renumbered_names_the_first():
    def swap(method):
        six, seven = method["rungs"][6], method["rungs"][7]
        six["number"], seven["number"] = 7, 6
        method["rungs"][6:8] = [seven, six]

    message = ladder_error(swap)
    assert message.startswith("method.yml: rungs[6].name is 'barbell Romanian deadlift' but "
                              "docs/progression.md's heading says 'Rung 6: dumbbell")


def test_a_rung_removed_says_the_ladder_must_hold_one_per_section():
    message = ladder_error(lambda m: m["rungs"].pop())
    line = heading_line("Rung 8: deadlift")
    assert message.startswith("method.yml: rungs has no rung 8, but docs/progression.md has a "
                              f"section 'Rung 8: deadlift' (line {line})")
    assert "numbered 0 to 8 in order: put rung 8 back (git checkout -- method.yml)" in message


def test_a_rung_without_a_section_says_to_add_one():
    extra = {**METHOD["rungs"][8], "number": 9, "name": "trap-bar deadlift"}
    message = ladder_error(lambda m: m["rungs"].append(extra))
    assert message.startswith("method.yml: rungs[9] ('trap-bar deadlift') has no section in "
                              "docs/progression.md. Add one under the heading '## Rung 9: "
                              "trap-bar deadlift'")


def test_a_page_naming_a_rung_past_the_ladder_names_the_page_and_line():
    pages = {**PAGES, "docs/x.md": "{% set r = method.rungs %}\nIntro.\n\n"
                                   "Goal: {{ pass_test(r[9]) }}.\n"}
    message = ladder_error(pages=pages)
    assert message.startswith("method.yml: rungs has rungs 0 to 8, but docs/x.md, line 4, "
                              "uses r[9]")


@pytest.mark.parametrize("text,use", [
    ("{% set ladder = method.rungs %}\n{{ ladder[9].reps }}\n", "ladder[9]"),
    ("{%- set steps=rungs -%}\n{{ steps[12].reps }}\n", "steps[12]"),
    ("{{ method.rungs[9].reps }}\n", "method.rungs[9]"),
])
def test_a_rung_past_the_ladder_is_found_under_whatever_name_the_page_gives_the_rungs(text,
                                                                                       use):
    """Only rungs[N] and a variable literally named r were read: a page
    that named the rungs otherwise printed a rung the ladder lacks unchecked."""
    message = ladder_error(pages={**PAGES, "docs/x.md": text})
    assert message.startswith("method.yml: rungs has rungs 0 to 8, but docs/x.md, line ")
    assert message.split(", uses ")[1].startswith(use)


def test_an_r_that_is_not_the_rungs_is_not_read_as_a_rung():
    pages = {**PAGES, "docs/x.md": "{% set r = method.loads %}\n{{ r[9] }}\n"}
    method_module.check_ladder_uses(METHOD, pages)


def test_a_plan_left_with_no_rung_names_the_page_that_prints_it():
    message = ladder_error(lambda m: m["rungs"][8].update(plan="loaded"))
    assert message.startswith("method.yml: plans.floor_barbell is the plan of no rung, but "
                              "docs/progression.md, line ")
    assert "Give a rung plan: floor_barbell" in message


def test_a_plan_renamed_in_the_method_only_names_the_page():
    def rename(method):
        method["plans"]["weighted"] = method["plans"].pop("loaded")
        for rung in method["rungs"]:
            rung["plan"] = "weighted" if rung["plan"] == "loaded" else rung["plan"]

    assert "has no plan 'loaded', but docs/" in ladder_error(rename)


def test_a_kind_of_lift_left_with_no_rung_names_the_page():
    def no_floor(method):
        for rung in method["rungs"]:
            rung["lift"] = "standing" if rung["lift"] == "floor" else rung["lift"]

    message = ladder_error(no_floor)
    assert "method.yml: rungs has no rung with lift: floor, but docs/" in message
    assert "uses rungs_lifted('floor')" in message


def test_a_camera_cut_off_out_of_range_is_refused(tmp_path):
    message = broken(tmp_path, lambda m: m["camera"].update(depth_share=50))
    assert without_line(message).startswith(
        "method.yml: camera.depth_share must be a fraction between 0 and 1")


def test_a_misspelt_camera_setting_is_named(tmp_path):
    message = broken(tmp_path, lambda m: m["camera"].update(depth_shar=0.5))
    assert "camera.depth_shar is not a setting the camera check reads" in message


def test_the_camera_check_reads_exactly_the_settings_the_method_checks():
    """analysis.js reads CAMERA.<name>; every one is checked in method.py,
    and every checked one is read (none left over, none unchecked)."""
    from hinge_guide.method import FIELDS

    source = (ROOT / "docs/javascripts/hinge-check/analysis.js").read_text()
    read = set(re.findall(r"\bCAMERA\.(\w+)", source))
    checked = {key.split(".", 1)[1] for key in FIELDS if key.startswith("camera.")}
    assert read, "analysis.js no longer reads CAMERA.<name>: update this test"
    assert read == checked


# Which line ------------------------------------------------------------------
# Every message about a key names its line in method.yml, as YAML's own
# nodes give it: the coach goes to the line, not hunts for the key.

COMMITTED = (ROOT / "method.yml").read_text(encoding="utf-8")


@pytest.mark.parametrize("edit,key,line_start", [
    (lambda text: re.sub(r"\n  down_seconds: ([\d.]+)", r"\n  down_seconds: \1 s", text, count=1),
     "tempo.down_seconds", "  down_seconds:"),
    (lambda text: text.replace("name: broomstick hinge", "name: broomstick <b>hinge</b>"),
     r"rungs\[3\]\.name", "    name: broomstick"),
    # a missing key: the line of the section it goes under
    (lambda text: re.sub(r"\n  standing_max_degrees: .*", "", text, count=1),
     "knees.standing_max_degrees", "knees:"),
])
def test_a_wrong_or_missing_key_is_named_with_its_line(tmp_path, edit, key, line_start):
    text = edit(COMMITTED)
    assert text != COMMITTED, "the edit found what it changes"
    (tmp_path / "method.yml").write_text(text, encoding="utf-8")
    with pytest.raises(ContentError, match=rf"^method\.yml, line {line_of(text, line_start)}: "
                                           rf"{key} "):
        method_module.load(tmp_path)


def test_a_rung_the_ladder_page_disagrees_with_is_named_with_its_line(tmp_path, monkeypatch):
    """The ladder's checks run as the macros load, after load(): they name
    the line too."""
    from types import SimpleNamespace

    from hinge_guide import macros

    monkeypatch.setattr(macros, "first_use_mb", lambda root: 1.0)  # no tracker in tmp_path
    text = COMMITTED.replace("name: broomstick hinge", "name: broom-stick hinge")
    (tmp_path / "method.yml").write_text(text, encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/progression.md").write_text(PROGRESSION, encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: T\n", encoding="utf-8")
    env = SimpleNamespace(project_dir=str(tmp_path), conf={}, variables={},
                          macro=lambda *args: None)
    line = line_of(text, "    name: broom-stick hinge")
    with pytest.raises(ContentError, match=rf"^method\.yml, line {line}: rungs\[3\]\.name is"):
        macros.define_env(env)


def test_a_key_the_file_lacks_entirely_names_no_line():
    """No section to point at: the message names the file alone."""
    error = method_module.MethodError("depth.rule", "is missing", "Add it").at_line("tempo: 3\n")
    assert str(error) == "method.yml: depth.rule is missing. Add it"



def test_the_share_pages_words_without_method_yml_say_it_is_missing(tmp_path):
    """The share pages read their lines from method.yml: a project without
    it stopped with a FileNotFoundError from the cache's look at the file."""
    with pytest.raises(ContentError) as caught:
        method_module.words(tmp_path)
    assert "method.yml: not found beside mkdocs.yml" in str(caught.value)
    assert "git checkout -- method.yml" in str(caught.value)
