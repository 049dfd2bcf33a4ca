"""A mistake in a page's macros (``{{ metod.tempo.down_seconds }}``, a ``{{``
never closed), told as the coach reads it: the file, the line in the file
(front matter counted, which the macros engine leaves out), what is wrong
and the fix, instead of the engine's traceback.

The MkDocs macros plugin calls ``on_pre_page_macros`` (hinge_guide/macros.py)
before it renders a page; ``check_page_macros`` renders the page there once
on trial, so a mistake stops the build here, with this message.
"""

from __future__ import annotations

import difflib
import re
import traceback
from collections.abc import Mapping
from typing import Any

from ..errors import ContentError
from ..line_numbers import file_lines
from ..page_meta import body_start

_FIX = ("In a page, {{ method.tempo.down_seconds }} prints a number from method.yml and "
        "{{ word(method.tempo.down_seconds) }} prints it as a word (README.md, "
        "\"Changing the method\").")

# A name inside a macro, with its dotted keys: method.tempo.down_seconds
_PATH = re.compile(r"(?<![\w.'\"])([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)")
_MACRO = re.compile(r"\{\{(.*?)\}\}|\{%(.*?)%\}")
_WORDS = frozenset({"and", "or", "not", "in", "is", "if", "else", "true", "false", "none",
                    "True", "False", "None", "for", "endfor", "endif", "set", "elif"})


class MacroMisuse(ValueError):
    """A macro given the wrong kind of thing (a section of method.yml printed
    whole, word() of a sentence): its message says what to write instead."""


def printable(value: Any) -> Any:
    """What a page's {{ }} may print: a number or words. A section of
    method.yml printed whole shows as Python ({'down_seconds': 3, ...}) and
    a list as [8, 12, 16, 20]; the trial render stops at either."""
    if isinstance(value, Mapping):
        keys = ", ".join(map(str, value))
        raise MacroMisuse(
            "this macro prints a whole section of method.yml, which would show on the "
            f"page as Python's {{...}}. Add one of its keys after a dot ({keys}), as "
            "in {{ method.tempo.down_seconds }} rather than {{ method.tempo }}")
    if isinstance(value, (list, tuple)):
        raise MacroMisuse(
            "this macro prints a whole list from method.yml, which shows as "
            f"{list(value)!r:.40} on the page. Print it as words with listed(...), e.g. "
            "{{ listed(method.loads.kettlebells_kg) }}, or one item, e.g. "
            "{{ method.loads.kettlebells_kg[0] }}")
    return value


def template_line(error: BaseException) -> int | None:
    """The line of the page's Markdown the error happened on (from 1).

    Only a syntax error carries its line (TemplateSyntaxError.lineno).
    A mistake found while rendering (an UndefinedError, a MacroMisuse, a
    TypeError) has none: Jinja puts the line in the traceback instead, as
    the line of the last frame it names "<template>" (it rewrites the
    traceback so the page's lines show there). Using lineno alone left
    those messages without a line (tests/test_macro_text.py)."""
    lineno = getattr(error, "lineno", None)
    if isinstance(lineno, int) and lineno > 0:
        return lineno
    frames = [frame for frame in traceback.extract_tb(error.__traceback__)
              if frame.filename == "<template>"]
    return frames[-1].lineno if frames else None


def _suggest(name: str, choices: Any) -> str:
    close = difflib.get_close_matches(name, [str(c) for c in choices], n=1, cutoff=0.6)
    return f" Did you mean `{close[0]}`?" if close else ""


def _missing_name(text: str, names: Mapping[str, Any]) -> str | None:
    """What a macro on this line names that the pages don't have, in words."""
    for match in _MACRO.finditer(text):
        inside = match.group(1) if match.group(1) is not None else match.group(2)
        inside = re.sub(r"'[^']*'|\"[^\"]*\"", "''", inside)  # strings are not names
        for found in _PATH.finditer(inside):
            parts = found.group(1).split(".")
            if parts[0] in _WORDS or inside[found.end():].lstrip().startswith("="):
                continue
            if inside[:found.start()].rstrip().endswith("|"):
                continue  # a filter: Jinja names those itself
            if parts[0] not in names:
                return (f"{{{{{inside}}}}} names `{parts[0]}`, which the pages don't "
                        f"have.{_suggest(parts[0], names)}")
            value = names[parts[0]]
            for depth, key in enumerate(parts[1:], 1):
                if isinstance(value, Mapping) and key in value:
                    value = value[key]
                    continue
                if isinstance(value, Mapping):
                    where = ".".join(parts[:depth])
                    return (f"{{{{{inside}}}}}: {where} has no `{key}`."
                            f"{_suggest(key, value)} Its keys: {', '.join(map(str, value))}.")
                break
    return None


def _unclosed(lines: list[str], upto: int) -> tuple[int, str] | None:
    """The last line at or before `upto` (from 1) that opens {{ or {% and
    doesn't close it on the same line: (line, the opening)."""
    for number in range(min(upto, len(lines)), 0, -1):
        line = lines[number - 1]
        for opening, closing in (("{{", "}}"), ("{%", "%}")):
            start = line.rfind(opening)
            if start != -1 and closing not in line[start:]:
                return number, opening
    return None


def macro_error(error: BaseException, markdown: str, where: str, offset: int,
                names: Mapping[str, Any]) -> ContentError:
    """The coach's message for an error the macros engine raised rendering
    `markdown`, the page `where` (e.g. docs/setup.md) less its first
    `offset` lines (the front matter)."""
    import jinja2

    lines = file_lines(markdown)
    line = template_line(error)
    text = lines[line - 1] if line and 0 < line <= len(lines) else ""
    at = f", line {line + offset}" if line else ""
    if isinstance(error, jinja2.TemplateSyntaxError):
        unclosed = _unclosed(lines, line or len(lines))
        message = getattr(error, "message", None) or str(error)
        if unclosed and ("end of print statement" in message or "end of statement" in message
                         or "unexpected end of template" in message):
            number, opening = unclosed
            closing = "}}" if opening == "{{" else "%}"
            return ContentError(
                f"{where}, line {number + offset}: a macro's {opening} is not closed on "
                f"its line. Close it with {closing} on the same line, e.g. "
                "{{ method.tempo.down_seconds }}; to show " + opening + " as text, write "
                "{{ '" + opening + "' }}. " + _FIX)
        hint = (" A macro closes with two braces, }}." if "unexpected '}'" in message
                else "")
        return ContentError(
            f"{where}{at}: a macro here can't be read ({message}): "
            f"{text.strip()[:100]!r}.{hint} " + _FIX)
    if isinstance(error, jinja2.UndefinedError):
        missing = _missing_name(text, names)
        detail = missing or f"{error.message or error}."
        if "Did you mean" not in detail:
            detail += " Check the spelling against method.yml."
        return ContentError(f"{where}{at}: {detail} " + _FIX)
    if isinstance(error, MacroMisuse):
        return ContentError(f"{where}{at}: {error}. The line: {text.strip()[:100]!r}. " + _FIX)
    # Any other mistake (adding words to a number, a number where a list
    # goes): Python's own words for it (TypeError: unsupported operand...)
    # mean nothing to a coach, so the message says what a macro can do.
    return ContentError(
        f"{where}{at}: a macro here asks for something a macro can't do. A macro can "
        "print a number or words from method.yml, as they are or as a word; it can't "
        "do sums with words, or join a number to words (write the words outside the "
        "braces: {{ method.tempo.down_seconds }} seconds). "
        f"The line: {text.strip()[:100]!r}. " + _FIX)


# page_variables repeats how the macros plugin's MacrosPlugin.render (as
# requirements.in pins it: pins.pinned("mkdocs-macros-plugin")) decides
# whether to render a page and with which variables; a test compares the two.


def page_variables(env: Any) -> dict[str, Any] | None:
    """The variables the macros plugin renders the current page with, or
    None where it leaves the page as written. Its rule: a page's
    ``render_macros: false`` wins; with the plugin's ``render_by_default:
    false``, only a page with ``render_macros: true`` or one its
    ``force_render_paths`` names is rendered; the variables are the
    plugin's, then the page's front matter."""
    page = env.page
    meta = dict(getattr(page, "meta", None) or {})
    wanted = meta.get("render_macros")
    # Compared with == as the plugin does, so a 0 or a 1 reads as it does.
    if wanted is not None and wanted == False:  # noqa: E712
        return None
    if not env.config["render_by_default"] and not (
            (wanted is not None and wanted == True)  # noqa: E712
            or env.force_page_rendering(page.file.src_path)):
        return None
    names = dict(env.variables)
    names.update(meta)
    return names


def check_page_macros(env: Any) -> None:
    """Render the page's macros once on trial (MkDocs' macros plugin, before
    its own render), where the plugin will render them: a mistake stops
    the build with macro_error's message. A trial, so each page's macros
    run twice: the plugin ends the build on a mistake with its own message
    (sys.exit), so this is the one place to name the line."""
    names = page_variables(env)
    if names is None:
        return
    page = env.page
    markdown = env.markdown
    try:
        # finalize sees every value a {{ }} prints, before it becomes text.
        env.env.overlay(finalize=printable).from_string(markdown).render(**names)
    except ContentError:
        raise
    except Exception as error:  # noqa: BLE001 - any mistake in a macro is the coach's to fix
        names.update(env.env.globals)
        content = getattr(page.file, "content_string", "") or ""
        where = f"docs/{page.file.src_uri}"
        raise macro_error(error, markdown, where, body_start(content, where),
                          names) from None
