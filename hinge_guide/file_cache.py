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

Every ``FileCache`` registers itself here, and ``clear_all()`` empties
them all (and the per-process caches below): the one reset, for a test
that wants to start from nothing. The package's caches, and why each is
safe under ``mkdocs serve`` (which reads Python once, at start, and builds
every page again with a new Markdown instance after each save):

- ``checks/site_wide.py``: the site-wide checks (site URL, mkdocs.yml,
  every SVG, the theme's files, the generated partials), one entry keyed
  on the settings they read and every file under docs/ and the theme's
  folder with its stamp: they run once per change of any of them, not once
  per page; an edit, a new file or a removed one renews the entry.
- ``checks/settings.py``: mkdocs.yml as written, one entry per version.
- ``glossary.py``: the glossary's terms, one entry per version of the file.
- ``method.py``: method.yml's words: section (the share pages' lines),
  one entry per version of the file.
- ``faults/read.py``: every fault box on the site, keyed on mkdocs.yml and
  every page that can hold one.
- ``faults/share.py``: which menu page holds the fault index (the share
  pages' link to every fault), keyed on every page in the menu.
- ``checks/pages.py``: that each page has words after its front matter,
  one entry per page.
- Per process (``per_process``): what comes from Python code, not from the
  project's content files: Material's stylesheet (``checks/settings.py``),
  its templates and icons (``checks/theme_files.py``), from the installed
  package, and the body model's pose names (``checks/front_matter.py``),
  from the project's own ``figures/``. They change only with a new install
  or an edit to the code, which a process never sees until the next one
  (``mkdocs serve`` keeps the figures it imported).

Not kept here, because they last no longer than one page: the page
context (context.py) and the page's notes (document.py) are kept per
Markdown instance, weakly, and go with it. The glossary's compiled
patterns (functools.lru_cache) depend only on their arguments.
"""

from __future__ import annotations

import functools
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, Generic, TypeVar
from weakref import WeakSet

V = TypeVar("V")
F = TypeVar("F", bound=Callable[..., Any])

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
        _caches.add(self)

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


# Every FileCache made (weakly: a test's own cache goes when the test does).
_caches: WeakSet[FileCache[Any]] = WeakSet()
_process_caches: list[Any] = []


def per_process(function: F) -> F:
    """functools.cache for what comes from installed packages, not the
    project's files (read once per process), registered for clear_all."""
    cached = functools.cache(function)
    _process_caches.append(cached)
    return cached  # type: ignore[return-value]


def entries() -> int:
    """How many entries every FileCache holds together: under serve this
    must not grow with edits."""
    return sum(len(cache) for cache in list(_caches))


def clear_all() -> None:
    """Forget everything worked out from files, and the per-process caches."""
    for cache in list(_caches):
        cache.clear()
    for cached in _process_caches:
        cached.cache_clear()
