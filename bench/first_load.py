"""What a first visit to a page loads: requests and bytes, in Chromium.

Shared by the benchmark (bench/run.py) and the page-weight budget test
(tests/test_page_weight.py). Chromium decides which files a first visit
fetches; their sizes are then read from the built site on disk, raw and
gzipped as a static host sends them, so the byte counts are deterministic.
"""

from __future__ import annotations

import gzip
from pathlib import Path
from urllib.parse import unquote, urlparse

# What GitHub Pages (and the benchmark's server) send gzipped.
GZIP_TYPES = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".webmanifest", ".map")


def file_for(site: Path, url_path: str) -> Path:
    path = site / unquote(url_path).lstrip("/")
    return path / "index.html" if path.is_dir() else path


def sizes(file: Path) -> tuple[int, int]:
    """(raw, gzip) bytes of one file as a static host sends it."""
    data = file.read_bytes()
    if file.name.endswith(GZIP_TYPES):
        return len(data), len(gzip.compress(data, 6, mtime=0))
    return len(data), len(data)


def first_visit(browser, base_url: str, path: str, site: Path) -> dict:
    """Load base_url + path in a fresh profile at phone size; count what it fetched."""
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(base_url + path, wait_until="networkidle")
    page.wait_for_timeout(300)
    context.close()
    origin = urlparse(base_url).netloc
    ours = [urlparse(u).path for u in requests if urlparse(u).netloc == origin]
    raw = packed = 0
    files = []
    for url_path in ours:
        file = file_for(site, url_path)
        if file.is_file():
            r, g = sizes(file)
            raw, packed = raw + r, packed + g
            files.append((url_path, g))
    return {"requests": len(requests), "foreign": len(requests) - len(ours),
            "raw": raw, "gzip": packed, "files": files}
