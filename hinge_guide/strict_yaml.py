"""A coach's YAML (method.yml, mkdocs.yml, a page's front matter), read
strictly: PyYAML's safe loader takes a key given twice without a word (the
last one silently wins) and turns a date that isn't on the calendar into a
bare ValueError; here both stop with the file and the line. A text that
isn't YAML at all is put in the same words for every file (not_valid_yaml)."""

from __future__ import annotations

from typing import Any

import yaml

from .errors import ContentError

# The fix for a settings file (mkdocs.yml, method.yml) that isn't YAML.
YAML_FIX = "Check the indentation and the colons near that line."


class StrictLoader(yaml.SafeLoader):
    """PyYAML's safe loader, refusing a repeated key and a date that doesn't
    exist."""

    where = "the file"  # the file, as messages name it
    first_line = 1  # the file's line number of the text's first line

    def line_of(self, node: yaml.Node) -> int:
        return node.start_mark.line + self.first_line

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue  # `<<: *anchor` may repeat; the keys it brings may be overridden
            key = self.construct_object(key_node)
            try:
                first = seen.get(key)
            except TypeError:
                continue  # an unhashable key: the safe loader's own error names it
            line = self.line_of(key_node)
            if first is not None:
                lines = f"line {line}" if first == line else f"lines {first} and {line}"
                raise ContentError(
                    f"{self.where}, {lines}: {key!r} is given twice, and the second would "
                    "silently replace the first. Keep one of the two."
                )
            seen[key] = line
        return super().construct_mapping(node, deep)

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> Any:
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError as error:
            raise ContentError(
                f"{self.where}, line {self.line_of(node)}: {node.value} is a date that doesn't "
                f"exist ({error}). Check the month and the day: year-month-day, "
                "e.g. 2026-11-25."
            ) from None


StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", StrictLoader.construct_yaml_timestamp)


def not_valid_yaml(error: yaml.YAMLError, where: str, what: str, fix: str,
                   first_line: int = 1) -> ContentError:
    """PyYAML's error as a coach's message: the file, the line (when PyYAML
    knows it), what isn't valid YAML, PyYAML's few words on the problem and
    the fix; not PyYAML's own text, which quotes the file's path and a
    column diagram. One wording for mkdocs.yml, method.yml and front matter."""
    mark = getattr(error, "problem_mark", None)
    line = f", line {mark.line + first_line}" if mark is not None else ""
    problem = getattr(error, "problem", None) or "it can't be read"
    return ContentError(f"{where}{line}: {what} is not valid YAML ({problem}). {fix}")


def load_yaml(text: str, where: str, first_line: int = 1) -> Any:
    """``text`` read by StrictLoader; ``first_line`` is the file's line of
    the text's first line (front matter starts on line 2). A mistake other
    than StrictLoader's is a yaml.YAMLError, for the caller to put in
    words."""
    loader = StrictLoader(text)
    loader.where, loader.first_line = where, first_line
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()
