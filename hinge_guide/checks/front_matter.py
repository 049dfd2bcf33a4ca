"""Front-matter checks: the keys a page may set, its description, its review
date, its preview figure's pose and the scripts it names.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Mapping
from pathlib import Path

from figures import views

from ..errors import ContentError
from ..file_cache import per_process
from ..line_numbers import LineOf, no_line
from ..page_meta import DESCRIPTION_MAX, key_line
from ..site import STYLESHEET, markup_in

# Front matter this site reads, and Material's own page settings.
FRONT_MATTER_KEYS = frozenset({
    "description", "reviewed", "scripts", "styles", "preview_figure", "preview_fix_figure",
    "preview_pair", "preview_fault_marks", "title", "search", "hide", "template", "status",
    "icon", "subtitle", "tags", "comments",
    # The page another is a copy of: a fault's share page at an old anchor
    # (hinge_guide/generate.py) names the fault's own page, by its address.
    "canonical",
})


def check_front_matter_keys(meta: dict, src: str, line_of: LineOf = no_line) -> None:
    """A misspelt setting is otherwise ignored without a word: `script:`
    for `scripts:` ships the page without its script. Refuse a key that is close to
    a known one; other keys of a coach's own pass."""
    import difflib

    for key in meta:
        if key in FRONT_MATTER_KEYS:
            continue
        close = difflib.get_close_matches(str(key), FRONT_MATTER_KEYS, n=1, cutoff=0.75)
        if close:
            raise ContentError(
                f"docs/{src}{line_of(key_line(str(key)))}: the front matter has `{key}:`, "
                f"which nothing reads. Did you mean `{close[0]}:`? Correct it, or the page "
                "is built without it."
            )


def check_description(meta: dict, src: str, line_of: LineOf = no_line) -> None:
    where = f"docs/{src}{line_of(key_line('description'))}"
    description = meta.get("description")
    if description is not None and not isinstance(description, str):
        raise ContentError(
            f"{where}: description: {description!r} is not a sentence. Write one "
            f"sentence of words, at most {DESCRIPTION_MAX} characters, saying what the "
            "reader gets here (put it in quotes if it starts with a number or a bracket)."
        )
    if not isinstance(description, str) or not description.strip():
        raise ContentError(
            f"docs/{src}: the page has no description. Add a front-matter "
            "line `description: ...` at the top: one sentence, at most "
            f"{DESCRIPTION_MAX} characters, saying what the reader gets here."
        )
    # Link previews, search results and the page's <meta> print it as typed.
    problem = markup_in(description)
    if problem:
        raise ContentError(
            f"{where}: the description holds {problem}. Write plain words: link "
            "previews and search results show it exactly as typed, where no macro runs."
        )
    if len(description) > DESCRIPTION_MAX:
        raise ContentError(
            f"{where}: the description has {len(description)} characters. "
            f"Shorten it to {DESCRIPTION_MAX} or fewer: search results and "
            "link previews cut longer ones off."
        )


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# The guide began in 2026: a page "reviewed" before 2020 is a typo in the
# year (1926 for 2026), which the page would otherwise print as it is.
EARLIEST_REVIEW = dt.date(2020, 1, 1)


def check_title(meta: dict, src: str, line_of: LineOf = no_line,
                menu_title: str | None = None) -> None:
    """A front-matter title names a page outside the menu in the browser
    tab and the header, where the theme prints it as it is. A page in the
    menu goes by the menu's name for it (`menu_title`), which wins: a title
    here would be read by nothing."""
    title = meta.get("title")
    if title is None:
        return
    if menu_title is not None:
        raise ContentError(
            f"docs/{src}{line_of(key_line('title'))}: title: {title!r} is not used: the menu "
            f"in mkdocs.yml names this page {menu_title!r}, and that name wins. Change it "
            "there (under nav:), and remove the title line here."
        )
    problem = "not words" if not isinstance(title, str) or not title.strip() \
        else markup_in(title)
    if problem:
        raise ContentError(
            f"docs/{src}{line_of(key_line('title'))}: the title in the front matter is "
            f"{problem}: {title!r}. Write plain words, e.g. title: Safety first (the theme "
            "prints it as typed)."
        )


def check_reviewed(meta: dict, src: str, today: dt.date | None = None,
                   line_of: LineOf = no_line) -> None:
    """A calendar day, year-month-day: the page prints it and search engines
    read it, so a number, a week date, a time, a day to come or a year
    before the guide began is refused."""
    reviewed = meta.get("reviewed")
    if reviewed is None:
        raise ContentError(
            f"docs/{src}: the page doesn't say when a coach last checked it. Add "
            "a front-matter line `reviewed: 2026-11-25` (year-month-day) under "
            "its description; readers and search engines see the date."
        )
    where = f"docs/{src}{line_of(key_line('reviewed'))}"
    day = reviewed if type(reviewed) is dt.date else None
    if day is None and isinstance(reviewed, str) and _DAY.match(reviewed.strip()):
        try:
            day = dt.date.fromisoformat(reviewed.strip())
        except ValueError:
            day = None
    if day is None:
        raise ContentError(
            f'{where}: reviewed: "{reviewed}" is not a day. Write the day the '
            "page was last checked as year-month-day, with no time, e.g. "
            "reviewed: 2026-11-25."
        )
    if day < EARLIEST_REVIEW:
        raise ContentError(
            f"{where}: reviewed: {day} is before {EARLIEST_REVIEW.year}, so it is likely "
            "a typo in the year (the guide began in 2026). Write the day a coach last "
            "checked the page, e.g. reviewed: 2026-11-25."
        )
    today = today or dt.datetime.now(dt.UTC).date()
    if day > today + dt.timedelta(days=1):
        raise ContentError(
            f"{where}: reviewed: {day} is in the future. Write the day a coach "
            "last checked the page (today at the latest)."
        )


# The front-matter keys naming what a page's share card draws: a pose each
# (the page's own, or a fault's; and its fix), and the fault marks on it.
PREVIEW_POSES = ("preview_figure", "preview_fix_figure")
PREVIEW_MARKS = "preview_fault_marks"


def check_preview_figure(meta: dict, src: str,
                         figures: Callable[[], Mapping[str, Collection[str]] | None]
                         = lambda: None, line_of: LineOf = no_line) -> None:
    """The share card's poses and marks are ones the body model draws: the
    generate step draws the card from them, and a misspelt one stopped it
    with a KeyError and its traceback. ``figures()`` maps each pose name to
    the marks its view draws (None where the body model can't be read, so
    only the types are checked): called only for a page that names a
    figure. The build and the generate step both run this."""
    for key in PREVIEW_POSES:
        figure = meta.get(key)
        if figure is None:
            continue
        where = f"docs/{src}{line_of(key_line(key))}"
        if not isinstance(figure, str) or not figure.strip():
            raise ContentError(
                f"{where}: {key} must be the name of one pose, e.g. "
                f"{key}: bottom (it is {type(figure).__name__} {figure!r})."
            )
        known = figures()
        if known is not None and figure not in known:
            raise ContentError(
                f'{where}: {key}: "{figure}" is not a pose.{nearest(figure, known)} '
                f"The poses are {', '.join(sorted(known))}."
            )
    marks = meta.get(PREVIEW_MARKS)
    if marks is None:
        return
    where = f"docs/{src}{line_of(key_line(PREVIEW_MARKS))}"
    if not isinstance(marks, list) or not all(isinstance(m, str) for m in marks):
        raise ContentError(
            f"{where}: {PREVIEW_MARKS} must be a list of mark names, e.g. "
            f"{PREVIEW_MARKS}: [back] (it is {marks!r})."
        )
    figure = meta.get("preview_figure")
    if not figure:
        raise ContentError(
            f"{where}: {PREVIEW_MARKS} marks the preview_figure, and the page names none. "
            "Add preview_figure: (the pose), or remove the marks."
        )
    known = figures()
    drawn = known.get(figure) if known is not None else None
    for mark in marks:
        if drawn is not None and mark not in drawn:
            raise ContentError(
                f'{where}: {PREVIEW_MARKS}: "{mark}" is not a mark the pose {figure} '
                f"can carry.{nearest(mark, drawn)} The marks are {', '.join(sorted(drawn))}."
            )


def nearest(name: str, known: Collection[str]) -> str:
    """The words ' Did you mean X?', X the one of `known` closest to `name`,
    or '' when none is close: for a message about a misspelt name."""
    import difflib

    close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.6)
    return f" Did you mean {close[0]}?" if close else ""


# Per key: the file's name, its ending, what it is called and an example.
_FILE = {"scripts": (re.compile(r"^[A-Za-z0-9_-]+(/[A-Za-z0-9_.-]+)*\.js$"), ".js",
                     "script", "scripts: [javascripts/checklist.js]"),
         "styles": (re.compile(r"^[A-Za-z0-9_-]+(/[A-Za-z0-9_.-]+)*\.css$"), ".css",
                    "stylesheet", "styles: [stylesheets/session-log.css]")}


def check_scripts(meta: dict, src: str, docs_dir: Path, line_of: LineOf = no_line) -> None:
    """Each script (scripts:) and stylesheet (styles:) is a published file
    under docs/, named plainly: the name goes into a <script> or <link> tag
    on the page."""
    for key, rule in _FILE.items():
        _check_files(meta, key, rule, src, docs_dir, line_of)


def _check_files(meta: dict, key: str, rule: tuple[re.Pattern[str], str, str, str],
                 src: str, docs_dir: Path, line_of: LineOf) -> None:
    pattern, ending, what, example = rule
    files = meta.get(key) or []
    where = f"docs/{src}{line_of(key_line(key))}"
    if isinstance(files, str) or not isinstance(files, list):
        raise ContentError(f"{where}: {key} must be a list of paths under docs/, e.g. {example}.")
    for name in files:
        if not isinstance(name, str) or not pattern.match(name) or ".." in name.split("/"):
            raise ContentError(
                f"{where}: the front matter names the {what} {name!r}. Name a {ending} "
                "file under docs/ by its path from there, in letters, digits, - and _, "
                f"e.g. {example}."
            )
        if not (docs_dir / name).is_file():
            raise ContentError(
                f"{where}: the front matter names the {what} {name}, which "
                "is not in docs/. Fix the path (relative to docs/) or remove it."
            )
        if name == STYLESHEET:
            raise ContentError(
                f"{where}: {STYLESHEET} is already in every page, inline, and is not "
                f"published as a file: remove it from {key}."
            )


@per_process
def figure_names() -> dict[str, frozenset[str]]:
    """The poses a card can draw, each with the marks its view draws, from
    the body model (figures/views.py: the side view's figures/poses.py and
    marks.py, the front view's figures/front.py; only their names, so no
    body is solved)."""
    return {name: frozenset(view.mark_names) for view in views.VIEWS for name in view.poses}
