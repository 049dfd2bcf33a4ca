"""The body tracker Check your hinge downloads, and how much that costs the
reader: one place for the list of files and its size, read by the page (a
macro prints the size) and by the tests (which hold it to a budget).

The files are the vendored ones in docs/vendor/tracker/ (scripts/vendor-tracker
writes them) plus the check's own scripts. A browser fetches one of the two
WASM files: the SIMD one, which every current phone browser runs.
"""

from __future__ import annotations

import gzip
from pathlib import Path

VENDOR = Path("docs/vendor/tracker")
CHECK = Path("docs/javascripts/hinge-check")
TRACKER_FILES = (
    "tfjs.esm.js",
    "tfjs-backend-wasm-simd.wasm",
    "models/movenet-lightning.json",
    "models/movenet-lightning.bin",
)


def first_use_files(root: Path) -> list[Path]:
    """Every file the first check fetches after the tap. start.js is left
    out: it loads with the page, before the tap."""
    check = [p for p in sorted((root / CHECK).glob("*.js")) if p.name != "start.js"]
    return [root / VENDOR / name for name in TRACKER_FILES] + check + [root / CHECK / "check.css"]


def first_use_bytes(root: Path) -> int:
    """Those files' size as a browser downloads them: gzipped, as GitHub
    Pages serves them."""
    return sum(len(gzip.compress(path.read_bytes(), 9)) for path in first_use_files(root))


def first_use_mb(root: Path) -> str:
    """The size in words for the page: "2.6 MB", rounded up to a tenth so
    the page never promises less than the phone downloads."""
    tenths = -(-first_use_bytes(root) // 100_000)
    return f"{tenths / 10:.1f} MB"
