"""The method: read ``method.yml``, the one home of every number the guide
teaches, check its shape, and hand it to whoever shows or uses one.

The build reads it (pages print its numbers through the macros plugin, or
Zensical's macros extension, both fed by ``hinge_guide/macros.py``),
``python -m hinge_guide`` writes it out for the camera check as
``docs/javascripts/hinge-check/method.js``, and the figures read it for
the animated rep's timing.

A coach edits this file by hand, so every check here ends in a message
that names the file, the key and the fix: a typo stops the build with a
sentence, never a traceback or a page that prints nothing.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from .errors import ContentError
from .file_cache import FileCache
from .site import markup_in
from .strict_yaml import YAML_FIX, load_yaml, not_valid_yaml
from .text_file import read_text

FILE = "method.yml"
SCRIPT = "javascripts/hinge-check/method.js"
KG_TO_LB = 2.20462

# What a rung's `lift` may be: a hinge from standing, a pull from the floor,
# or rung 0's drills on the floor.
LIFTS = ("standing", "floor", "kneeling")

# Each required number or sentence, by its dotted key, and what it holds.
# "seconds", "degrees", "kg", "lb" and "count" are numbers (the unit is in
# the key's name); "words" is a sentence printed as it is.
FIELDS: dict[str, str] = {
    "tempo.down_seconds": "seconds",
    "tempo.pause_seconds": "seconds",
    "tempo.up_seconds": "seconds",
    "knees.standing_min_degrees": "degrees",
    "knees.standing_max_degrees": "degrees",
    "depth.rule": "words",
    "depth.also": "words",
    "depth.lower_limit": "words",
    "depth.floor_rule": "words",
    "breathing.no_weight": "words",
    "breathing.with_weight": "words",
    "breathing.floor_pulls": "words",
    "breathing.where": "words",
    "pain.max_out_of_10": "out of 10",
    "pain.settled_by": "words",
    "pain.soreness_worst_days_max": "count",
    "pain.soreness_gone": "words",
    "pain.see_someone_after_weeks": "count",
    "setup.gaze_metres_min": "length",
    "setup.gaze_metres_max": "length",
    "setup.bar_from_shins_cm_min": "length",
    "setup.bar_from_shins_cm_max": "length",
    "setup.bar_from_shins_inches": "length",
    "coach.stuck_weeks": "count",
    "loads.kettlebell_step_kg": "kg",
    "loads.kettlebell_step_lb": "lb",
    "loads.kettlebells_kg": "kg list",
    "loads.kettlebells_lb": "lb list",
    "loads.dumbbell_step_kg_min": "kg",
    "loads.dumbbell_step_kg_max": "kg",
    "loads.dumbbell_step_lb": "lb",
    "loads.barbell_kg": "kg",
    "loads.barbell_lb": "lb",
    "loads.slower_down_seconds": "seconds",
    "loads.clean_sessions_before_adding": "count",
    "loads.first_weight_test_reps": "count",
    "loads.first_weight_spare_reps_min": "count",
    "loads.first_weight_spare_reps_max": "count",
    # The camera check's own cut-offs (docs/javascripts/hinge-check/analysis.js
    # reads each one as CAMERA.<name>; a test holds the two lists together).
    "camera.min_score": "share",
    "camera.edge_margin": "share",
    "camera.oblique_spread": "share",
    "camera.oblique_share": "share",
    "camera.hold_seconds": "seconds",
    "camera.still_seconds": "seconds",
    "camera.still_degrees": "degrees",
    "camera.stand_max_hip_degrees": "degrees",
    "camera.enter_degrees": "degrees",
    "camera.min_range_degrees": "degrees",
    "camera.depth_share": "share",
    "camera.near_top_degrees": "degrees",
    "camera.near_top_share": "share",
    "camera.floor_start_hip_degrees": "degrees",
    "camera.top_watch_seconds": "seconds",
    "camera.squat_knee_change_degrees": "degrees",
    "camera.squat_shin_degrees": "degrees",
    "camera.floor_squat_trunk_degrees": "degrees",
    "camera.floor_squat_shin_degrees": "degrees",
    "camera.hips_back_share": "share",
    "camera.lean_back_degrees": "degrees",
    "camera.hips_first_knee_share": "share",
    "camera.hips_first_trunk_share": "share",
    "camera.hips_first_min_knee_degrees": "degrees",
    "camera.rush_share": "share",
    # The sentences the build prints around the pages' own words.
    "words.depth_rule": "template",
    "words.pain_rule": "template",
    "words.pain_pointer": "template",
    "words.pain_pointer_link": "words",
    "words.share_intro": "template",
    "words.share_intro_by_site": "template",
    "words.share_context": "template",
    "words.share_context_link": "words",
    "words.share_start_button": "words",
    "words.share_more": "template",
    "words.share_more_link": "template",
    "words.share_terms": "words",
    "words.report_to_link": "template",
    "words.report_to_link_link": "words",
    "words.report_to_links": "words",
    "words.report_to_sharer": "words",
}
# Each "template" sentence, and the {names} in it: where the build puts a
# number from method.yml, the site's name, or a link (whose words are the
# key named <key>_link). Each name must be there, once or more, and no other.
TEMPLATE_NAMES: dict[str, frozenset[str]] = {
    "words.depth_rule": frozenset({"rule", "also"}),
    "words.pain_rule": frozenset({"max_out_of_10", "settled_by", "soreness_worst_days_max",
                                  "soreness_gone"}),
    "words.pain_pointer": frozenset({"link"}),
    "words.share_intro": frozenset({"site", "author"}),
    "words.share_intro_by_site": frozenset({"author"}),
    "words.report_to_link": frozenset({"link"}),
    "words.share_context": frozenset({"link", "page"}),
    "words.share_more": frozenset({"link"}),
    "words.share_more_link": frozenset({"count"}),
}
# A name in a template sentence: {settled_by}
_NAME = re.compile(r"\{(\w+)\}")
PLAN_FIELDS: dict[str, str] = {
    "sets_min": "count", "sets_max": "count",
    "reps_min": "count", "reps_max": "count",
    "rest_seconds_min": "seconds", "rest_seconds_max": "seconds",
}
# How often: either in words ("every day, ...") or as days a week.
PLAN_OPTIONAL: dict[str, str] = {
    "days": "words", "days_per_week_min": "count", "days_per_week_max": "count",
}
RUNG_FIELDS: dict[str, str] = {
    "number": "whole", "name": "words", "lift": "words", "plan": "words",
    "sets": "count", "reps": "count", "chip": "words", "test": "words", "back": "words",
}

HOW = {
    "seconds": "a number of seconds above 0",
    "length": "a distance above 0, in the unit its name says",
    "degrees": "a number of degrees from 0 to 90",
    "share": "a fraction between 0 and 1 (0.5 is half)",
    "kg": "a number of kilograms above 0",
    "lb": "a number of pounds above 0",
    "count": "a whole number above 0",
    "out of 10": "a whole number from 1 to 10, a score out of 10",
    "whole": "a whole number, 0 or more",
    "words": "a sentence in the guide's own words, with no markup",
    "template": "a sentence in the guide's own words, with no markup but its {names}",
    "kg list": "a list of kilograms",
    "lb list": "a list of pounds",
}
EXAMPLE = {
    "seconds": "3", "length": "3", "degrees": "20", "share": "0.5", "kg": "4", "lb": "9",
    "count": "10", "out of 10": "3", "whole": "0",
    "words": "Stop when your hips stop moving back.",
    "template": "Stop the set if the pain goes past {max_out_of_10} out of 10.",
    "kg list": "[8, 12, 16]", "lb list": "[18, 26, 35]",
}


# The most each number may be. Past it, a number is a typo (30 for 3, 120
# for 12) or no longer a beginner's method, and the pages would teach it.
# By kind first, then by key (a plan's fields as plans.*.<field>, a rung's
# as rungs[*].<field>). Every number of kind seconds, degrees, count,
# length or kg has one (a test holds that): share, out of 10 and whole
# have theirs in CHECKS, and every weight in lb follows its kg
# (check_pounds). Each comes with why, for the message.
MOST_BY_KIND: dict[str, tuple[float, str]] = {
    "seconds": (10, "a part of one rep, a hold or a watch longer than that is a typo, or no "
                    "longer the guide's slow, steady rep"),
    "degrees": (90, "every angle here is a bend from standing or a tilt from upright, and "
                    "past 90 degrees a bend is no longer a hinge"),
}
_REPS = (30, "past 30 reps in a row a set trains endurance, and form fades before it ends")
_SETS = (10, "a beginner's session needs no more sets of one drill")
_REST = (600, "ten minutes; longer, and you cool down between sets")
_DAYS_A_WEEK = (7, "a week has seven days")
_WEEKS = (12, "about three months: the pages tell the reader to wait this long")
MOST: dict[str, tuple[float, str]] = {
    "plans.*.sets_min": _SETS, "plans.*.sets_max": _SETS, "rungs[*].sets": _SETS,
    "plans.*.reps_min": _REPS, "plans.*.reps_max": _REPS, "rungs[*].reps": _REPS,
    "loads.first_weight_test_reps": _REPS,
    "plans.*.rest_seconds_min": _REST, "plans.*.rest_seconds_max": _REST,
    "plans.*.days_per_week_min": _DAYS_A_WEEK, "plans.*.days_per_week_max": _DAYS_A_WEEK,
    "loads.first_weight_spare_reps_min": (10, "more spare reps than that is no test of the "
                                              "right weight"),
    "loads.first_weight_spare_reps_max": (10, "more spare reps than that is no test of the "
                                              "right weight"),
    "loads.clean_sessions_before_adding": (10, "more sessions than that at one weight stalls "
                                               "the ladder"),
    "pain.soreness_worst_days_max": (7, "the pages would call soreness normal at its worst "
                                        "a week or more after"),
    "pain.see_someone_after_weeks": _WEEKS,
    "coach.stuck_weeks": _WEEKS,
    "setup.gaze_metres_min": (10, "further than that, the eyes are on the far wall"),
    "setup.gaze_metres_max": (10, "further than that, the eyes are on the far wall"),
    "setup.bar_from_shins_cm_min": (10, "further than that, the bar is away from the legs"),
    "setup.bar_from_shins_cm_max": (10, "further than that, the bar is away from the legs"),
    "setup.bar_from_shins_inches": (4, "further than that, the bar is away from the legs"),
    "loads.kettlebell_step_kg": (8, "kettlebells go up by 4 kg, 8 kg at the most"),
    "loads.dumbbell_step_kg_min": (5, "gym dumbbells go up by 2 to 2.5 kg, 5 kg at the most"),
    "loads.dumbbell_step_kg_max": (5, "gym dumbbells go up by 2 to 2.5 kg, 5 kg at the most"),
    "loads.barbell_kg": (25, "a standard barbell weighs 20 kg, and none weighs more than 25"),
    "loads.kettlebells_kg": (48, "48 kg is the heaviest common kettlebell"),
}
# Where a key's number starts, for the range in the message
_LEAST = {"seconds": "above 0", "length": "above 0", "kg": "above 0", "kg list": "above 0",
          "degrees": "from 0", "count": "from 1"}
# The most one weight may go up on the next: half as much again
MOST_JUMP = 0.5


def most(key: str, kind: str) -> tuple[float, str] | None:
    """The most the number at key may be, and why; None where CHECKS holds
    its whole range."""
    generic = re.sub(r"^rungs\[\d+\]\.", "rungs[*].", re.sub(r"^plans\.[^.]+\.", "plans.*.", key))
    return MOST.get(generic) or MOST_BY_KIND.get(kind)


def check_most(key: str, value: Any, kind: str) -> None:
    """A number, or each number of a list, at most the key's MOST."""
    limit = most(key, kind)
    if limit is None:
        return
    top, why = limit
    for number in value if isinstance(value, list) else [value]:
        if number > top:
            least = _LEAST.get(kind, "above 0")
            raise fail(key, f"is {_show(value)}, but it may be {top:g} at most: {why}",
                       f"Write {'each as ' if isinstance(value, list) else ''}a number "
                       f"{least} {'to' if least.startswith('from') else 'and at most'} {top:g}")


def _show(value: Any) -> str:
    return f"[{', '.join(f'{v:g}' for v in value)}]" if isinstance(value, list) else f"{value:g}"


def check_jumps(loads: dict) -> None:
    """The bells, lightest first, each at most half as heavy again as the
    one before (8 to 12 kg, not 8 to 16), and the step between kettlebells
    at most half the lightest: a bigger jump is a typo, or more than a
    beginner adds at once."""
    bells = loads["kettlebells_kg"]
    for light, heavy in zip(bells, bells[1:], strict=False):
        if heavy <= light:
            raise fail("loads.kettlebells_kg", f"goes from {light:g} kg to {heavy:g} kg",
                       "List the bells lightest first, each heavier than the one before")
        if heavy > light * (1 + MOST_JUMP):
            raise fail("loads.kettlebells_kg",
                       f"goes from {light:g} kg to {heavy:g} kg, a jump of "
                       f"{round((heavy / light - 1) * 100)} %, more than "
                       f"{MOST_JUMP * 100:g} %, the most a weight may go up at once",
                       f"Add a bell in between, or make the next one at most "
                       f"{light * (1 + MOST_JUMP):g} kg (and its pounds to match)")
    step = loads["kettlebell_step_kg"]
    if step > bells[0] * MOST_JUMP:
        raise fail("loads.kettlebell_step_kg",
                   f"is {step:g} kg, {round(step / bells[0] * 100)} % of the lightest bell "
                   f"({bells[0]:g} kg), more than {MOST_JUMP * 100:g} %, the most a weight may "
                   "go up at once",
                   f"Make it at most {bells[0] * MOST_JUMP:g} kg (and its pounds to match)")


# A dotted key's parent: tempo.down_seconds's is tempo, rungs[3]'s is rungs.
_PARENT_KEY = re.compile(r"^(.+?)(?:\.[^.\[]+|\[\d+\])$")


class MethodError(ContentError):
    """A problem with one key of method.yml: the file, its line when known,
    the key, what is wrong and what to do. The checks below see only the
    loaded values; at_line() adds the key's line from the file's text."""

    def __init__(self, key: str, problem: str, fix: str, line: int | None = None,
                 related: tuple[str, ...] = (), related_lines: tuple[int, ...] = ()):
        self.key, self.problem, self.fix, self.related = key, problem, fix, related
        where = f", line {line}" if line else ""
        also = ""
        if related:
            # Other keys the problem is about (a rung's plan's range), with
            # their lines once at_line has found them.
            on = " and ".join(str(number) for number in related_lines)
            also = f" ({' and '.join(related)}" + (f", {_lines(related_lines)} {on}"
                                                   if related_lines else "") + ")"
        super().__init__(f"{FILE}{where}: {key} {problem}{also}. {fix}")

    def at_line(self, text: str) -> MethodError:
        """The same error, naming the line of its key in text (method.yml),
        or of the nearest section above it that is there (a missing key's),
        and the lines of the keys it is related to."""
        lines = key_lines(text)
        key = self.key
        while key not in lines and (parent := _PARENT_KEY.match(key)):
            key = parent.group(1)
        related_lines = tuple(lines[name] for name in self.related if name in lines)
        return MethodError(self.key, self.problem, self.fix, lines.get(key), self.related,
                           related_lines if len(related_lines) == len(self.related) else ())


def _lines(numbers: tuple[int, ...]) -> str:
    return "line" if len(numbers) == 1 else "lines"


def key_lines(text: str) -> dict[str, int]:
    """The line of each key of method.yml, by the dotted name the messages
    use (tempo.down_seconds, rungs[3].name), from YAML's own nodes."""
    lines: dict[str, int] = {}

    def walk(node: yaml.Node, prefix: str) -> None:
        if isinstance(node, yaml.MappingNode):
            for key_node, value in node.value:
                name = f"{prefix}.{key_node.value}" if prefix else str(key_node.value)
                lines[name] = key_node.start_mark.line + 1
                walk(value, name)
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                lines[f"{prefix}[{index}]"] = item.start_mark.line + 1
                walk(item, f"{prefix}[{index}]")

    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if root is not None:
        walk(root, "")
    return lines


def fail(key: str, problem: str, fix: str) -> MethodError:
    """The error for one key: file, key, what is wrong, what to do."""
    return MethodError(key, problem, fix)


def missing(key: str, kind: str) -> ContentError:
    """The error for a key that is not there."""
    name = key.rsplit(".", 1)[-1]
    return fail(key, "is missing", f"Add it: {HOW[kind]}, like this: {name}: {EXAMPLE[kind]}")


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _is_weight_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(_is_number(x) and x > 0 for x in value)


CHECKS: dict[str, Callable[[Any], bool]] = {
    "seconds": lambda v: _is_number(v) and v > 0,
    "length": lambda v: _is_number(v) and v > 0,
    "degrees": lambda v: _is_number(v) and v >= 0,  # the most: MOST_BY_KIND
    "share": lambda v: _is_number(v) and 0 < v < 1,
    "kg": lambda v: _is_number(v) and v > 0,
    "lb": lambda v: _is_number(v) and v > 0,
    "count": lambda v: isinstance(v, int) and not isinstance(v, bool) and v > 0,
    "out of 10": lambda v: isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 10,
    "whole": lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 0,
    "words": lambda v: isinstance(v, str) and bool(v.strip()),
    "template": lambda v: isinstance(v, str) and bool(v.strip()),
    "kg list": lambda v: _is_weight_list(v),
    "lb list": lambda v: _is_weight_list(v),
}


def _quoted_number(value: Any) -> bool:
    """Whether value is a number written in quotes, read as text ("3")."""
    try:
        return isinstance(value, str) and math.isfinite(float(value)) and float(value) >= 0
    except ValueError:
        return False


def check_value(key: str, value: Any, kind: str) -> None:
    """One value against its kind."""
    if not CHECKS[kind](value):
        name = key.rsplit(".", 1)[-1]
        if kind not in ("words", "template") and _quoted_number(value):
            # "3": a number in quotes reads as text, and there is no unit to take off.
            raise fail(key, f'must be {HOW[kind]}, found the text "{value}" (in quotes)',
                       f"Remove the quotes, like this: {name}: {value.strip()}")
        how = ("Write a sentence, like this" if kind in ("words", "template")
               else "Write it with no unit after it, like this")
        raise fail(key, f"must be {HOW[kind]}, found {value!r}",
                   f"{how}: {name}: {EXAMPLE[kind]}")
    check_most(key, value, kind)
    if kind == "template":
        check_names(key, value)
        value = _NAME.sub("", value)  # the {names}, checked: the rest is words
    markup = markup_in(value) if kind in ("words", "template") else None
    if markup:
        raise fail(key, f"holds {markup}",
                   "Write plain words: the pages print it as it is, where markup would run")


def check_names(key: str, text: str) -> None:
    """A template sentence names each of its {names}, and no other: a
    misspelt one would print as typed, and a missing one drops the number
    or the link the sentence is there to give."""
    names = TEMPLATE_NAMES[key]
    used = set(_NAME.findall(text))
    listed = ", ".join(f"{{{name}}}" for name in sorted(names))
    for name in sorted(used - names):
        raise fail(key, f"names {{{name}}}, which the build doesn't fill in",
                   f"Use only {listed}, spelt as here")
    for name in sorted(names - used):
        raise fail(key, f"has no {{{name}}}",
                   f"Put {{{name}}} back where the build prints it (the sentence names "
                   f"{listed})")


def fill(text: str, **values: str | int) -> str:
    """A template sentence (TEMPLATE_NAMES) with each {name} replaced by
    its value, as check_names has made sure it can be."""
    return _NAME.sub(lambda name: str(values[name.group(1)]), text)


def lookup(method: dict, key: str) -> Any:
    """The value at a dotted key, or an error naming the missing part."""
    value: Any = method
    path = []
    for part in key.split("."):
        path.append(part)
        if not isinstance(value, dict) or part not in value:
            where = ".".join(path[:-1]) or "the top of the file"
            raise fail(key, f"is missing (no '{part}:' under {where})",
                       f"Add '{part}:' back under {where}, or restore the file from git")
        value = value[part]
    return value


def check_ranges(section: dict, where: str) -> None:
    """Every X_min is at most its X_max."""
    for name, low in section.items():
        other = name.replace("_min", "_max")
        if "_min" in name and other in section:
            high = section[other]
            if _is_number(low) and _is_number(high) and low > high:
                raise fail(f"{where}.{name}", f"({low}) is more than {other} ({high})",
                           "Swap them, or fix the one you changed")


def _pounds(kg: float) -> int:
    return round(kg * KG_TO_LB)


def check_pounds(loads: dict) -> None:
    """Every weight in lb is its weight in kg times 2.2, to the pound."""
    for name, lb in loads.items():
        if "_lb" not in name:
            continue
        kg_name = name.replace("_lb", "_kg")
        key = f"loads.{name}"
        if kg_name in loads:
            kgs, lbs = loads[kg_name], lb
            if isinstance(kgs, list) and len(kgs) != len(lbs):
                raise fail(key, f"lists {len(lbs)} weights but {kg_name} lists {len(kgs)}",
                           "Give each weight in both units, in the same order")
            pairs = zip(kgs, lbs, strict=True) if isinstance(kgs, list) else [(kgs, lbs)]
            for kg, pounds in pairs:
                if abs(_pounds(kg) - pounds) > 1:
                    raise fail(key, f"says {pounds} lb for {kg} kg, about {_pounds(kg)} lb",
                               f"Change it to {_pounds(kg)}, or fix {kg_name}")
        elif f"{kg_name}_min" in loads and f"{kg_name}_max" in loads:
            low, high = _pounds(loads[f"{kg_name}_min"]), _pounds(loads[f"{kg_name}_max"])
            if not low - 1 <= lb <= high + 1:
                raise fail(key, f"says {lb} lb, but {kg_name}_min to _max is {low} to {high} lb",
                           f"Change it to a number from {low} to {high}")


def check_plans(method: dict) -> None:
    plans = lookup(method, "plans")
    if not isinstance(plans, dict) or not plans:
        raise fail("plans", "must hold at least one plan, such as 'learning:'",
                   "Restore the section from git")
    for name, plan in plans.items():
        where = f"plans.{name}"
        if not isinstance(plan, dict):
            raise fail(where, "must hold sets_min, sets_max, reps_min, ... indented under it",
                       "Indent its keys by two more spaces than its name")
        for field, kind in PLAN_FIELDS.items():
            if field not in plan:
                raise missing(f"{where}.{field}", kind)
            check_value(f"{where}.{field}", plan[field], kind)
        for field, kind in PLAN_OPTIONAL.items():
            if field in plan:
                check_value(f"{where}.{field}", plan[field], kind)
        if "days" not in plan and not {"days_per_week_min", "days_per_week_max"} <= set(plan):
            raise fail(f"{where}.days", "is missing: the plan doesn't say how often",
                       "Add days_per_week_min and days_per_week_max, or days: every day")
        check_ranges(plan, where)


def check_rungs(method: dict) -> None:
    rungs = lookup(method, "rungs")
    plans = method["plans"]
    if not isinstance(rungs, list) or not rungs:
        raise fail("rungs", "must be a list of rungs, each starting with '- number:'",
                   "Restore the section from git")
    for index, rung in enumerate(rungs):
        where = f"rungs[{index}]"
        if not isinstance(rung, dict):
            raise fail(where, "must be a rung with number, name, lift, plan, ... under it",
                       "Start each rung with '- number:' and indent its keys")
        for field, kind in RUNG_FIELDS.items():
            if field not in rung:
                raise missing(f"{where}.{field}", kind)
            check_value(f"{where}.{field}", rung[field], kind)
        if rung["number"] != index:
            raise fail(f"{where}.number", f"is {rung['number']}, but it is rung {index} here",
                       "Number the rungs 0, 1, 2, ... in order, each once, from the bottom of "
                       f"the ladder, one per 'Rung N:' section of docs/{LADDER_PAGE}. A rung "
                       f"gone missing? Put it back from git (git checkout -- {FILE})")
        if rung["lift"] not in LIFTS:
            raise fail(f"{where}.lift", f"is '{rung['lift']}'",
                       f"Use one of: {', '.join(LIFTS)}")
        if rung["plan"] not in plans:
            raise fail(f"{where}.plan", f"is '{rung['plan']}', which is not under plans:",
                       f"Use one of: {', '.join(plans)}")
        check_in_plan(rung, where, plans[rung["plan"]])


def check_in_plan(rung: dict, where: str, plan: dict) -> None:
    """A rung's sets and reps (its pass test) are within its plan's range:
    the ladder prints both, and a rung asking for 5 sets under a plan of 1
    to 3 would have the page contradict itself."""
    for field in ("sets", "reps"):
        low, high = plan[f"{field}_min"], plan[f"{field}_max"]
        if not low <= rung[field] <= high:
            keys = f"plans.{rung['plan']}.{field}_min", f"plans.{rung['plan']}.{field}_max"
            raise MethodError(
                f"{where}.{field}", f"is {rung[field]}, but its plan, {rung['plan']}, has "
                f"{low} to {high} {field}", "Change the rung, or widen the plan",
                related=keys)


def validate(method: dict) -> None:
    """Check every key the site reads; raise the first problem found."""
    for key, kind in FIELDS.items():
        check_value(key, lookup(method, key), kind)
    for section in ("tempo", "knees", "setup", "loads"):
        check_ranges(method[section], section)
    check_pounds(method["loads"])
    check_jumps(method["loads"])
    check_plans(method)
    check_rungs(method)
    check_camera(method["camera"])


def check_camera(camera: dict) -> None:
    """No setting the camera check doesn't read: a misspelt name would leave
    the real one unchanged without a word."""
    known = {key.split(".", 1)[1] for key in FIELDS if key.startswith("camera.")}
    for name in camera:
        if name not in known:
            raise fail(f"camera.{name}", "is not a setting the camera check reads",
                       f"Check the spelling against: {', '.join(sorted(known))}")


def read(root: Path) -> dict:
    """method.yml as YAML, or a ContentError that names the file and the fix."""
    return parse(method_text(root))


def method_text(root: Path) -> str:
    """method.yml's text: read once, by read_text, for both its values and
    the lines messages name (MethodError.at_line)."""
    try:
        return read_text(root / FILE, FILE)
    except FileNotFoundError:
        raise ContentError(f"{FILE}: not found beside mkdocs.yml. It holds the method's numbers; "
                           "restore it from git (git checkout -- method.yml).") from None


def parse(text: str) -> dict:
    """method.yml's text as YAML, unchecked (read)."""
    try:
        data = load_yaml(text, FILE)
    except yaml.YAMLError as error:
        raise not_valid_yaml(error, FILE, "this", YAML_FIX) from None
    if data is None:
        raise ContentError(f"{FILE} is empty: it holds no settings. Restore it from "
                           "git (git checkout -- method.yml).")
    if not isinstance(data, dict):
        raise ContentError(f"{FILE}: expected sections such as 'tempo:' at the top, found "
                           f"{'a list' if isinstance(data, list) else repr(data)[:60]}. "
                           "Restore it from git (git checkout -- method.yml).")
    return data


def load(root: Path, docs: Path | None = None) -> dict:
    """The method, checked: a dict, or a ContentError naming key and fix.
    Given ``docs``, the pages there are checked against the ladder too
    (check_pages): a mistake either way names method.yml's line."""
    text = method_text(root)
    method = parse(text)
    try:
        validate(method)
        if docs is not None:
            check_pages(method, docs)
    except MethodError as error:
        raise error.at_line(text) from None
    return method


def words(root: Path) -> dict[str, str]:
    """method.yml's words: section, checked (load), for the extensions that
    print its sentences on a page: read again only when the file changes,
    not once per page."""
    if not (root / FILE).is_file():
        method_text(root)  # says it is missing, and how to get it back
    return _words.get(root / FILE, lambda: load(root)["words"])


_words: FileCache[dict[str, str]] = FileCache(size=2)


# The pages and the ladder -----------------------------------------------------
# The pages print the ladder through the macros: Progression has a section
# per rung, and pages name rungs by number. A rung, plan or kind of lift they
# name that method.yml doesn't have would stop either engine with a traceback
# from the page's template: these checks run as the macros load, in both.

# The page with a section per rung, under "## Rung 3: broomstick hinge": the
# ladder links to each section by the heading the rung's name makes.
LADDER_PAGE = "progression.md"
_RUNG_HEADING = re.compile(r"^## (Rung \d+: .+?)[ \t]*$", re.MULTILINE)
# How a page names part of the ladder: a rung by number, under whatever name
# the page gives the rungs (rungs[8], method.rungs[8], or r[8] after
# {% set r = method.rungs %}: _rung_names), a plan (rungs_on('loaded'),
# method.plans.loaded) or a kind of lift (rungs_lifted('floor')).
_OTHER_USES = (
    r"\brungs_on\(\s*['\"](?P<plan>\w+)['\"]\s*\)|\bmethod\.plans\.(?P<plan_key>\w+)"
    r"|\brungs_lifted\(\s*['\"](?P<lift>\w+)['\"]\s*\)"
)
# {% set ladder = method.rungs %} (or = rungs): ladder[N] is a rung too.
_RUNGS_ALIAS = re.compile(r"\{%-?\s*set\s+(\w+)\s*=\s*(?:method\.)?rungs\s*-?%\}")


def _rung_names(text: str) -> list[str]:
    """The names a page's rungs go by: rungs (method.rungs, or the set the
    pages make of it), and every name it sets to them."""
    return ["rungs", *dict.fromkeys(_RUNGS_ALIAS.findall(text))]


def _ladder_uses(text: str) -> re.Pattern[str]:
    names = "|".join(re.escape(name) for name in _rung_names(text))
    return re.compile(rf"(?<![\w.])(?:method\.)?(?:{names})\[(?P<rung>\d+)\]|{_OTHER_USES}")


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def check_rung_sections(rungs: list[dict], page: str) -> None:
    """One rung per "## Rung N: name" section of Progression, in the same
    order, each named as its heading: a rung missing, left over or renamed
    on one side only would break the ladder's links, or a page's rungs[N]."""
    headings = [(_line(page, m.start()), m.group(1)) for m in _RUNG_HEADING.finditer(page)]
    for index, (line, heading) in enumerate(headings):
        if index >= len(rungs):
            raise fail("rungs", f"has no rung {index}, but docs/{LADDER_PAGE} has a section "
                                f"'{heading}' (line {line})",
                       f"The ladder holds one rung per 'Rung N:' section there, numbered 0 to "
                       f"{len(headings) - 1} in order: put rung {index} back (git checkout -- "
                       f"{FILE}), or remove its section")
        name = rungs[index]["name"]
        if heading != f"Rung {index}: {name}":
            raise fail(f"rungs[{index}].name", f"is '{name}' but docs/{LADDER_PAGE}'s heading "
                                               f"says '{heading}' (line {line})",
                       "Make the two match")
    for index in range(len(headings), len(rungs)):
        name = rungs[index]["name"]
        raise fail(f"rungs[{index}]", f"('{name}') has no section in docs/{LADDER_PAGE}",
                   f"Add one under the heading '## Rung {index}: {name}', or remove the rung")


def check_ladder_uses(method: dict, pages: dict[str, str]) -> None:
    """Every rung, plan and kind of lift a page names is on the ladder."""
    rungs = method["rungs"]
    followed = {rung["plan"] for rung in rungs}
    lifts = {rung["lift"] for rung in rungs}
    for page, text in pages.items():
        for use in _ladder_uses(text).finditer(text):
            where = f"{page}, line {_line(text, use.start())}, uses {use.group(0)}"
            plan = use["plan"] or use["plan_key"]
            if use["rung"] and int(use["rung"]) >= len(rungs):
                raise fail("rungs", f"has rungs 0 to {len(rungs) - 1}, but {where}",
                           f"Put rung {use['rung']} back (git checkout -- {FILE}), "
                           "or change the page")
            if plan and plan not in method["plans"]:
                raise fail("plans", f"has no plan '{plan}', but {where}",
                           f"Name a plan {plan}: again, or change the page")
            if plan and plan not in followed:
                raise fail(f"plans.{plan}", f"is the plan of no rung, but {where}",
                           f"Give a rung plan: {plan}, or change the page")
            if use["lift"] and use["lift"] not in lifts:
                raise fail("rungs", f"has no rung with lift: {use['lift']}, but {where}",
                           f"Give a rung lift: {use['lift']}, or change the page")


def check_pages(method: dict, docs: Path) -> None:
    """The ladder against the pages under ``docs`` (both checks above)."""
    pages = {}
    for path in sorted(docs.rglob("*.md")):
        where = f"docs/{path.relative_to(docs).as_posix()}"
        pages[where] = read_text(path, where)
    check_rung_sections(method["rungs"], pages.get(f"docs/{LADDER_PAGE}", ""))
    check_ladder_uses(method, pages)


def rungs_by_lift(method: dict, lift: str) -> list[int]:
    """The numbers of the rungs of one kind of lift, e.g. 'floor': [5, 8]."""
    return [rung["number"] for rung in method["rungs"] if rung["lift"] == lift]


def script(method: dict) -> str:
    """The method as an ES module for the camera check, without the words
    the build prints around the pages (it shows none of them, and every
    reader of it downloads it)."""
    wanted = {key: value for key, value in method.items() if key != "words"}
    body = json.dumps(wanted, indent=2, sort_keys=False, ensure_ascii=False)
    return (
        "// Written by `python -m hinge_guide` from method.yml:\n"
        "// edit that file, then run it again.\n"
        f"export const METHOD = {body};\n"
    )
