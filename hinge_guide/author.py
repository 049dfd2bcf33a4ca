"""Who wrote the guide: the coach named in mkdocs.yml.

    extra:
      coach:
        name: Alex Morgan                 # shown on every page and in search results
        line: Strength coach. Teaches beginners to lift.
        photo: images/coach.jpg           # optional, under docs/

Every page shows a small author block from it (overrides/partials/
hh-author.html), its structured data names the coach as the author, and
each fault's share page says who wrote it under its title. Without a
``coach`` block the site's ``site_author`` (or, without one, its name)
stands in, in the templates and on share pages alike. A
value of the wrong kind stops the build with the fix (hinge_guide/checks/
checks it once per build, fault boxes or none).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .addresses import is_external
from .errors import ContentError
from .site import markup_in

WHERE = "mkdocs.yml, extra.coach"
LIMITS = {"name": 60, "line": 120}
# Pictures every browser shows in an <img>.
PHOTO_TYPES = (".jpg", ".jpeg", ".png", ".webp", ".avif", ".gif")


@dataclass(frozen=True)
class Coach:
    name: str
    line: str = ""
    photo: str = ""


def coach(extra: dict[str, Any] | None, fallback: str, docs_dir: Path | None = None) -> Coach:
    """The coach from the config's `extra`, checked; `fallback` names the
    author when there is no coach block."""
    block = (extra or {}).get("coach")
    if block is None:
        return Coach(name=fallback)
    if not isinstance(block, dict):
        raise ContentError(f"{WHERE}: write the coach as a block with a name, e.g. "
                           "`coach: {name: Alex Morgan, line: Strength coach}`.")
    unknown = set(block) - {"name", "line", "photo"}
    if unknown:
        raise ContentError(f"{WHERE}: {', '.join(sorted(unknown))} is not a coach setting. "
                           "Use name, line and photo.")
    values = {}
    for key in ("name", "line", "photo"):
        value = block.get(key) or ""
        if not isinstance(value, str):
            raise ContentError(f"{WHERE}.{key}: write it as plain text, "
                               f"not {type(value).__name__}.")
        value = " ".join(value.split())
        if key in LIMITS and len(value) > LIMITS[key]:
            raise ContentError(f"{WHERE}.{key} is {len(value)} characters long: keep it to "
                               f"{LIMITS[key]} or fewer, so it fits on a phone.")
        markup = markup_in(value) if key != "photo" else None
        if markup:
            raise ContentError(f"{WHERE}.{key} holds {markup}. Write plain words: every page "
                               "prints it as it is, so markup would show as typed.")
        values[key] = value
    if not values["name"]:
        raise ContentError(f"{WHERE}: the coach has no name. Add `name: Your Name` "
                           "(readers see it on every page).")
    problem = photo_problem(values["photo"], docs_dir)
    if problem:
        raise ContentError(f"{WHERE}.photo: {problem}")
    return Coach(**values)


def photo_problem(photo: str, docs_dir: Path | None) -> str | None:
    """What is wrong with the coach's photo setting, with the fix; None if
    nothing (or no photo)."""
    if not photo:
        return None
    example = "Give its path from docs/, e.g. photo: images/coach.jpg."
    if is_external(photo):
        return (f"{photo} is a web address. This site loads nothing from other sites: save "
                f"the photo under docs/images/. {example}")
    if photo.startswith("/"):
        return f"{photo} starts with /. {example}"
    if docs_dir is not None and (docs_dir / photo).is_dir():
        return f"docs/{photo} is a folder, not a file. {example}"
    kinds = ", ".join(t[1:] for t in PHOTO_TYPES)
    if photo.lower().endswith(".svg"):
        # A browser shows it, but an SVG is a drawing (and can carry a script).
        return (f"{photo} is an SVG, a drawing, not a photo: use a {kinds} file of the "
                f"coach. {example}")
    if not photo.lower().endswith(PHOTO_TYPES):
        return f"{photo} is not a photo file: use a {kinds} file. {example}"
    if docs_dir is not None and not (docs_dir / photo).is_file():
        return f"docs/{photo} doesn't exist. Put the photo under docs/. {example}"
    return None


def author_name(extra: dict[str, Any] | None, site_author: str, site_name: str,
                docs_dir: Path | None = None) -> str:
    """Who the pages say wrote them: the coach, else `site_author`, else the
    site's name. The templates can't call Python under Zensical, so
    overrides/main.html decides it by the same order, once, for every
    partial (hh_author_name). tests/test_template_rules.py compares the two
    on small configs, and tests/test_author.py builds both ways."""
    return coach(extra, site_author or site_name, docs_dir).name
