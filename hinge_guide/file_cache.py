"""The one cache of what the build works out from files.

MkDocs makes a new Markdown instance for every page, so a check of a
site-wide file (mkdocs.yml, the stylesheet, every SVG, every fault box)
would run once per page; under ``mkdocs serve`` it must still see an edit
at the next page. ``FileCache`` keeps one entry per file (or group of
files), with each file's (modification time, size): an entry is used while
they are unchanged and replaced when one changes, so editing a file never
adds an entry. It holds at most ``size`` entries, dropping the least
recently used.

A value that raises is not kept: a check that failed runs again.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Generic, TypeVar

V = TypeVar("V")

Stamp = tuple[int, int]  # (st_mtime_ns, st_size)


def stamp(path: Path) -> Stamp:
    """What says a file changed: its modification time and its size."""
    status = path.stat()
    return status.st_mtime_ns, status.st_size


class FileCache(Generic[V]):
    """Values worked out from files, one per key, renewed when a file changes.

    ``get(paths, compute)`` returns compute()'s value for these files as they
    are now: from the cache while every file's stamp is the one it was
    computed at, else computed again and kept in place of the old value.
    ``tag`` tells apart values from the same files that depend on something
    else too (it is part of the key)."""

    def __init__(self, size: int) -> None:
        if size < 1:
            raise ValueError("a FileCache holds at least one entry")
        self.size = size
        self._entries: OrderedDict[Hashable, tuple[tuple[Stamp, ...], V]] = OrderedDict()

    def get(self, paths: Path | tuple[Path, ...], compute: Callable[[], V],
            tag: Hashable = None) -> V:
        files = (paths,) if isinstance(paths, Path) else paths
        key = (files, tag)
        stamps = tuple(stamp(path) for path in files)
        entry = self._entries.get(key)
        if entry is not None and entry[0] == stamps:
            self._entries.move_to_end(key)
            return entry[1]
        value = compute()
        self._entries[key] = (stamps, value)
        self._entries.move_to_end(key)
        while len(self._entries) > self.size:
            self._entries.popitem(last=False)
        return value

    def clear(self) -> None:
        self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)
