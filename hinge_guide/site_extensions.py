"""The Markdown extensions mkdocs.yml lists, as a coach can break them.

Removed by mistake, an extension doesn't fail: its part of every page that
uses it quietly goes, or shows as typed. Misspelt, it stops MkDocs while it
reads mkdocs.yml, before any of the site's code runs, with the extension's
traceback. So each way of losing one is noticed and named with the line
to put back: an extension others count on (``require_extension``: the
checks, noticed by the fault boxes where the site has its method.yml; the
glossary, noticed by the checks where the glossary file is; a small site
of fault boxes alone may leave both out), one a page's text needs
(``check_used``: a ``/// caption``, a fault box, a checklist, a table, a
figure...), and a misspelt name or setting (``check_extension_settings``,
run by the generate step, which the Pages workflow runs before the build).
"""

from __future__ import annotations

import difflib
import importlib
import pkgutil
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markdown import Markdown
from markdown.preprocessors import Preprocessor

from .blocks import FAULT_INDEX, registered_blocks
from .config import config_line
from .context import page_context
from .errors import ContentError
from .markdown_code import without_code

_RESTORE = "(git checkout -- mkdocs.yml restores the file)"

# Extension (as mkdocs.yml names it) -> the tree processor it registers, and
# what every page loses without it.
COUNTED_ON: dict[str, tuple[str, str]] = {
    "hinge_guide.checks": ("hinge_checks", "every check on what a page says"),
    "hinge_guide.glossary": ("hinge_glossary", "a tooltip on each term's first use"),
}


def require_extension(md: Markdown, name: str) -> None:
    """Stop when `name` (a key of COUNTED_ON) is not registered on md."""
    processor, what = COUNTED_ON[name]
    if processor not in md.treeprocessors:
        raise ContentError(
            f"mkdocs.yml: markdown_extensions no longer lists {name}, so every page "
            f"would lose {what}, without a word. Put the line `- {name}` back under "
            f"markdown_extensions {_RESTORE}."
        )


# Material's admonition types: a /// note needs pymdownx.blocks.admonition.
MATERIAL_ADMONITIONS = frozenset({
    "note", "abstract", "info", "tip", "success", "question", "warning", "failure",
    "danger", "bug", "example", "quote",
})


@dataclass(frozen=True)
class PageUse:
    """An extension a page's text can need, and how to tell."""

    name: str  # as mkdocs.yml lists it
    entry: str  # what to put back under markdown_extensions, in words
    use: re.Pattern[str]  # a line that needs it (code blanked first)
    shown: str  # what the page would show without it
    block: str | None = None  # the /// block it makes, if it makes one
    processor: tuple[str, str] | None = None  # else: (registry, name) it registers

    def registered(self, md: Markdown) -> bool:
        if self.block is not None:
            return self.block in (registered_blocks(md) or {})
        assert self.processor is not None
        kind, name = self.processor
        registry = md.parser.blockprocessors if kind == "blockprocessors" else getattr(md, kind)
        return name in registry


def _block(names: str) -> re.Pattern[str]:
    return re.compile(rf"^\s*/{{3,}}\s*(?:{names})\b")


# Each extension a page's text can need, in the order they are looked for.
PAGE_USES: tuple[PageUse, ...] = (
    PageUse("hinge_guide.faults", "`- hinge_guide.faults`",
            # the index marker, or one typed nearly right (the extension then says how)
            re.compile(r"^\s*/{3,}\s*fault\b|(?i:" + FAULT_INDEX.like.pattern + ")"),
            "its fault boxes as text (or, on Common faults, no list of faults)",
            block="fault"),
    PageUse("pymdownx.blocks.admonition",
            "`- pymdownx.blocks.admonition:` with its `types:` list under it",
            _block("admonition|" + "|".join(sorted(MATERIAL_ADMONITIONS))),
            "its boxes (/// note, /// tip, /// warning) as text", block="admonition"),
    PageUse("pymdownx.blocks.caption", "`- pymdownx.blocks.caption`",
            _block("caption|figure-caption|table-caption"),
            "its captions (/// caption) as text", block="caption"),
    PageUse("pymdownx.blocks.details", "`- pymdownx.blocks.details`", _block("details"),
            "its details to open (/// details) as text", block="details"),
    PageUse("pymdownx.blocks.tab",
            "`- pymdownx.blocks.tab:` with `alternate_style: true` indented under it",
            _block("tab"), "its tabs (/// tab) as text, one after another", block="tab"),
    PageUse("hinge_guide.inline_svg", "`- hinge_guide.inline_svg`",
            re.compile(r"!\[[^\]\n]*\]\(\s*<?[^)\s>]*\.svg\b", re.IGNORECASE),
            "its figures as plain pictures, which can't follow the light/dark switch "
            "or be paused", processor=("treeprocessors", "hinge_figures")),
    PageUse("hinge_guide.tasklist", "`- hinge_guide.tasklist`",
            re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\[[ xX]\]\s"),
            "its checklists as [ ] and [x] typed out, with no box to tick",
            processor=("treeprocessors", "hinge_tasklist")),
    PageUse("hinge_guide.tables", "`- hinge_guide.tables`",
            re.compile(r"^\s*\|?\s*:?-{3,}:?\s*\|"),
            "tables whose cells don't name their column, hard to read on a phone",
            processor=("treeprocessors", "hinge_tables")),
    PageUse("pymdownx.emoji",
            "`- pymdownx.emoji:` with `emoji_index: !!python/name:material.extensions.emoji."
            "twemoji` and `emoji_generator: !!python/name:material.extensions.emoji.to_svg` "
            "indented under it",
            re.compile(r"(?<![\w:]):(?:material|fontawesome|octicons|simple)-[\w-]+:"),
            "its icons as their names, colons and all", processor=("inlinePatterns", "emoji")),
    PageUse("attr_list", "`- attr_list`", re.compile(r"\{:?\s*[.#][A-Za-z][\w-]*[^}\n]*\}"),
            "settings in braces, such as { .md-button }, as typed",
            processor=("treeprocessors", "attr_list")),
    PageUse("md_in_html", "`- md_in_html`",
            re.compile(r"<[A-Za-z][\w-]*\b[^>\n]*\smarkdown(?:=[\"']?\w+[\"']?)?[\s/>]"),
            "the Markdown inside its HTML (<div markdown>) as typed",
            processor=("blockprocessors", "markdown_block")),
    PageUse("def_list", "`- def_list`", re.compile(r"^:[ \t]+\S"),
            "each term and its meaning run together, with a colon",
            processor=("blockprocessors", "deflist")),
)


def missing_extension(use: PageUse, what: str) -> str:
    """The message's end: which extension, what the page loses, the fix."""
    return (f"{what} needs {use.name}, and mkdocs.yml no longer lists it under "
            f"markdown_extensions, so the page would show {use.shown}. Add this under "
            f"markdown_extensions in mkdocs.yml: {use.entry} {_RESTORE}.")


def block_extension(name: str) -> PageUse | None:
    """The extension that makes the /// block `name`, if it is one of PAGE_USES'."""
    return next((use for use in PAGE_USES if use.use.match(f"/// {name}")
                 and use.block is not None), None)


def check_used(md: Markdown, lines: list[str], where: Callable[[str], str]) -> None:
    """Stop at the first line of the page that needs an extension md lacks,
    looking outside code. ``where(line)`` names the page and the line, e.g.
    "docs/setup.md, line 4"."""
    text = without_code(lines)
    for use in PAGE_USES:
        if use.registered(md):
            continue
        found = next((line for line in text if use.use.search(line)), None)
        if found is not None:
            shown = found.strip()
            shown = shown if len(shown) <= 60 else shown[:57] + "..."
            raise ContentError(f"{where(found)}: " + missing_extension(use, f'"{shown}"'))


class ExtensionsUsed(Preprocessor):
    """check_used on the page as the engine renders it (after the macros),
    before any processor of an extension reads it: a /// caption left as
    text would otherwise stop the build blaming the fault box around it."""

    def run(self, lines: list[str]) -> list[str]:
        page = page_context(self.md)
        if not page.in_engine:
            return lines  # a plain Markdown call lists the extensions it wants

        def where(line: str) -> str:
            return f"docs/{page.src}{page.line_of(line)}"

        check_used(self.md, lines, where)
        return lines


# mkdocs.yml's markdown_extensions, loaded one by one -----------------------------

def _entries(config: dict[str, Any]) -> list[tuple[int, str, dict[str, Any]]]:
    """(place in the list, name, settings) of each entry of markdown_extensions."""
    found: list[tuple[int, str, dict[str, Any]]] = []
    for number, entry in enumerate(config.get("markdown_extensions") or []):
        if isinstance(entry, str):
            found.append((number, entry, {}))
        elif isinstance(entry, dict) and len(entry) == 1:
            name, options = next(iter(entry.items()))
            found.append((number, str(name), options if isinstance(options, dict) else {}))
    return found


def _installed_extensions() -> list[str]:
    """Names an extension of this site may have: Python-Markdown's own,
    pymdown-extensions' (blocks too) and this package's."""
    names = []
    for package in ("markdown.extensions", "pymdownx", "pymdownx.blocks", "hinge_guide"):
        try:
            module = importlib.import_module(package)
        except ImportError:  # pragma: no cover - each is installed with the build
            continue
        names += [f"{package}.{info.name}" for info in pkgutil.iter_modules(module.__path__)]
    return names + [name.removeprefix("markdown.extensions.") for name in names
                    if name.startswith("markdown.extensions.")]


def _close(name: str, known: list[str]) -> str:
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.75)
    return f" Did you mean {close[0]}?" if close else ""


def check_settings(root: Path) -> None:
    """mkdocs.yml as the engines will read it: its docs folder, and each
    extension it lists loaded with its settings. A misspelt setting
    (``permalink_titel:`` under toc) makes ``mkdocs build`` and ``mkdocs
    serve`` print a traceback; this names its line and the fix. The generate
    step makes the same check before it writes; scripts/serve makes it
    (``python -m hinge_guide --check-settings``) before it serves."""
    from .config import check_docs_dir, load_config
    from .reader import resolve_setting  # reader imports what this module does

    config = load_config(root)
    check_docs_dir(root, config)
    check_extension_settings(config, resolve_setting, root)


def check_settings_command(root: Path) -> int:
    """``python -m hinge_guide --check-settings``: check_settings, with a
    message and exit code 1 for a mistake, never a traceback; 2 outside the
    project's top folder."""
    import sys

    from .config import config_path

    if not config_path(root).is_file():
        print("Run this from the project's top folder (where mkdocs.yml is).", file=sys.stderr)
        return 2
    try:
        check_settings(root)
    except ContentError as error:
        print(f"python -m hinge_guide: {error}", file=sys.stderr)
        return 1
    return 0


def check_extension_settings(config: dict[str, Any],
                             resolve: Callable[[str, str, Any], Any] = lambda n, k, v: v,
                             root: Path | None = None) -> None:
    """Each extension mkdocs.yml lists can be loaded with its settings:
    named, with the fix, where MkDocs prints the extension's traceback.
    ``resolve(extension, key, value)`` turns a ``!!python/name`` setting
    into what it names (reader.resolve_setting); a setting an engine fills in
    (``!ENV``, read as None) is left to it. With ``root`` (the folder of
    mkdocs.yml) a message names the entry's or the setting's line."""
    for number, name, options in _entries(config):
        if name.startswith(("mkdocs", "material", "zensical")):
            continue

        def at(*keys: str, number: int = number, name: str = name) -> str:
            where: tuple[str | int, ...] = ("markdown_extensions", number)
            where += (name, *keys) if keys else ()
            return "mkdocs.yml" + (config_line(root, *where) if root else "")

        # As Python-Markdown finds it: "toc" is markdown.extensions.toc, and
        # "package.module:Class" names the class.
        path = name.split(":", 1)[0]
        path = path if "." in path else f"markdown.extensions.{path}"
        try:
            module = importlib.import_module(path)
        except ImportError as error:
            if getattr(error, "name", None) and not path.startswith(str(error.name)):
                raise ContentError(
                    f"{at()}: the extension {name} needs {error.name}, which is not "
                    "installed. Install the pinned requirements (scripts/serve does)."
                ) from None
            raise ContentError(
                f"{at()}: markdown_extensions lists {name}, which is not an extension "
                f"that is installed.{_close(name, _installed_extensions())} Check its "
                f"spelling, or remove the line {_RESTORE}."
            ) from None
        if ":" not in name and not hasattr(module, "makeExtension"):
            raise ContentError(
                f"{at()}: markdown_extensions lists {name}, which is a module but not a "
                f"Markdown extension.{_close(name, _installed_extensions())} Check its "
                f"spelling {_RESTORE}."
            )
        try:
            known = Markdown().build_extension(name, {}).getConfigs()
        except Exception:  # noqa: BLE001 - one that needs its settings: let it say below
            known = None
        if known is not None:
            for key in options:
                if key not in known:
                    listed = ", ".join(sorted(known)) or "none"
                    raise ContentError(
                        f"{at(key)}: {name} has no setting {key}.{_close(str(key), list(known))}"
                        f" Its settings are: {listed}. Correct the name under `- {name}:` "
                        f"{_RESTORE}."
                    )
        settings = {key: resolve(name, key, value) for key, value in options.items()}
        if None in settings.values():
            continue
        try:
            Markdown(extensions=[name], extension_configs={name: settings})
        except ContentError:
            raise
        except Exception as error:  # noqa: BLE001 - any extension's own complaint
            raise _bad_value(name, settings, known or {}, error, at) from None


# What a setting takes, by the type of its default
_KINDS = {bool: "true or false", int: "a whole number", float: "a number", str: "a word",
          list: "a list", dict: "settings indented under it"}


def _bad_value(name: str, settings: dict[str, Any], known: dict[str, Any],
               error: Exception, at: Callable[..., str]) -> ContentError:
    """The message for settings an extension refused: the one setting it
    refuses alone, if one does, with what it takes. ``at(key)`` names the
    setting's line, ``at()`` the entry's."""
    for key, value in settings.items():
        try:
            Markdown(extensions=[name], extension_configs={name: {key: value}})
        except Exception:  # noqa: BLE001 - this setting is the one
            default = known.get(key)
            kind = next((words for kind, words in _KINDS.items()
                         if type(default) is kind), None)
            example = "true" if kind == "true or false" else _yaml(default)
            takes = f" It takes {kind}, e.g. {key}: {example}" if kind else " Correct it"
            return ContentError(
                f"{at(key)}: {name}'s setting {key}: {_yaml(value)} is not a value it "
                f"takes{_in_brackets(plain_words(error))}.{takes} {_RESTORE}."
            )
    return ContentError(
        f"{at()}: {name} doesn't take its settings as written"
        f"{_in_brackets(plain_words(error))}. Check each value under {name}: {_RESTORE}."
    )


# Python's own words in an error (invalid literal for int() with base 10,
# 'int' object is not iterable, KeyError): they tell a coach nothing.
_PYTHON_WORDS = re.compile(
    r"\b(?:object|literal|base 10|NoneType|iterable|subscriptable|callable|attribute|"
    r"argument|unhashable|codec|keyword|\w+Error|\w+Exception)\b|\w\(\)|__\w+__|<\w|Traceback")


def plain_words(error: Exception) -> str:
    """An extension's own message, when it is written for a person (one
    short line, no Python in it), else "": the message around it already
    says which setting and what it takes."""
    text = " ".join(str(error).split())
    if not text or len(text) > 160 or _PYTHON_WORDS.search(text):
        return ""
    return text


def _in_brackets(words: str) -> str:
    return f" ({words})" if words else ""


def _yaml(value: Any) -> str:
    """A value as mkdocs.yml writes it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
