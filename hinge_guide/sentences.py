"""Where a sentence ends, for the lines the build takes from a longer text
(a fault's fix line, on the Common faults page and in its share page's
preview). A full stop after a common abbreviation ("Dr.", "e.g.", "vs.")
doesn't end the sentence: split there, the line would read "Ask Dr." or
"e.g." alone.
"""

from __future__ import annotations

import re

# Lower case, with their full stops; matched whatever the case ("E.g.").
# Only words that rarely end a sentence: not "in.", "no.", "reps." or "kg.",
# which often do ("Breathe in. Then brace.").
ABBREVIATIONS = frozenset({
    "e.g.", "i.e.", "etc.", "vs.", "approx.", "cf.", "ca.", "incl.", "esp.", "fig.",
    "dr.", "mr.", "mrs.", "ms.", "prof.", "st.", "jr.", "sr.",
})
# Where a sentence may end: . ! or ? (one or more), a closing quote or bracket,
# then a space or the end.
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s|$)")


def first_sentence(text: str) -> str:
    """The first sentence of text, or all of it when it has one."""
    for end in _END.finditer(text):
        before = text[:end.end()]
        word = before.split()[-1].lstrip("\"'“‘([").lower() if before.split() else ""
        if word in ABBREVIATIONS:
            continue
        return before
    return text
