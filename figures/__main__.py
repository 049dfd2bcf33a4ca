"""Write every figure to docs/images/, or check that they are up to date.

    python -m figures            write the SVGs (each fault pair's thumbnail too)
    python -m figures --check    exit 1 and list the files that differ from
                                 what the model draws (missing ones included)
    --out DIR                    another folder instead of docs/images/
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hinge_guide.errors import ContentError

from . import IMAGES
from .catalogue import render_all, render_thumbnails


def main(argv=None) -> int:
    """The command: a content error (a figure's numbers come from method.yml)
    prints its message, which names the file and the fix, and exits 1,
    never a traceback."""
    parser = argparse.ArgumentParser(prog="python -m figures", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="list files that differ from the model's drawing; exit 1 if any")
    parser.add_argument("--out", type=Path, default=IMAGES, help="folder (default docs/images)")
    args = parser.parse_args(argv)
    try:
        # Listing the figures reads method.yml, and drawing them may: inside
        # the try, so a bad number there (or a misspelt pose) is a message.
        figures = {**render_all(), **render_thumbnails()}
    except ContentError as error:
        print(f"python -m figures: {error}", file=sys.stderr)
        return 1
    if args.check:
        stale = [name for name, text in figures.items()
                 if not (args.out / name).is_file()
                 or (args.out / name).read_bytes() != text.encode()]
        for name in stale:
            print(f"out of date: {name}")
        if stale:
            print("Run `python -m figures` to redraw them.")
        return 1 if stale else 0
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in figures.items():
        (args.out / name).write_bytes(text.encode())
    print(f"wrote {len(figures)} figures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
