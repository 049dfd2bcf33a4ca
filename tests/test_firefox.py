"""The site's own scripts in Firefox, at 390 x 844, each check on its own.

Playwright drives only the Firefox it patches and downloads itself, which
can't be had where only package registries are reachable. Firefox speaks
WebDriver BiDi, and Puppeteer drives it that way: tests/firefox/ pins
Puppeteer, and its check-site.mjs runs every check below in one Firefox
launch (the Firefox installed here: FIREFOX_PATH, which scripts/test sets,
or firefox-esr or firefox on the PATH). This file gives it the built site,
its pages and what each check expects, then reports each check as a test.

Outside CI a machine with no Firefox or Node.js skips these; in CI they
fail instead, so a runner that lost its Firefox can't pass quietly.
"""

from __future__ import annotations

import fcntl
import functools
import hashlib
import http.server
import json
import os
import shutil
import subprocess
import threading
from pathlib import Path
from typing import NoReturn

import pytest
from bs4 import BeautifulSoup

from conftest import OUTPUT, ROOT, page_url, share_pages
from hinge_clip import BOTTOM, draw_frame, frames, pose_at, true_angles
from hinge_guide import method

# One Firefox for the whole file (a module fixture): one test process runs it.
pytestmark = pytest.mark.xdist_group("firefox")

HARNESS = ROOT / "tests/firefox"
RESULTS = OUTPUT / "firefox"
# What check-site.mjs reports, one test each.
CHECKS = (
    "every-page-without-errors",
    "checklist-survives-reload",
    "checklist-bad-stored-value",
    "session-log-on-the-phone",
    "share-button-confirms",
    "glossary-term-on-tap",
    "rung-links-open-their-boxes",
    "print-buttons",
    "search-loads-when-opened",
    "rep-animation-pauses",
    "offline-after-one-visit",
    "video-file-check",
    "camera-starts-and-stops",
    "site-data-blocked",
)
# The clip the camera check reads from a file: one hinge (down, hold, up,
# stand, in seconds), with time to stand still first, as the check needs to
# learn your top. It holds a second at the bottom: a busy
# machine reads a frame every few hundred ms, and a shorter hold could pass
# between two reads (the deepest frame read was one on the way down: 44
# degrees of hip bend for 73). Drawn from the body model, 15 frames a
# second; Firefox records it as WebM.
CLIP_REP = (1.5, 1.0, 1.0, 1.5)
CLIP_STAND_FIRST = 1.5
CLIP_FPS = 15
# The knee and hip bend read from the clip, within this of the drawn body
# (test_hinge_check_e2e.py holds Chromium's reading of a camera to the same).
TOLERANCE_DEGREES = 5
STOP_PATH = ".stop-serving"  # the address that stops the offline check's host


def missing(what: str) -> NoReturn:
    """Skip outside CI; fail in CI, where a skip would pass unseen."""
    words = f"{what}: run scripts/test, which installs it (or set FIREFOX_PATH)"
    if os.environ.get("CI"):
        pytest.fail(words)
    pytest.skip(words)


def firefox_path() -> str | None:
    path = os.environ.get("FIREFOX_PATH")
    if path and Path(path).is_file():
        return path
    return shutil.which("firefox-esr") or shutil.which("firefox")


def node_path() -> str | None:
    return os.environ.get("NODEJS_PATH") or shutil.which("node")


def install_puppeteer() -> None:
    """`npm ci` in tests/firefox/, only when node_modules is missing or was
    installed from another lockfile: the lock's hash is kept beside it."""
    lock = HARNESS / "package-lock.json"
    stamp = HARNESS / "node_modules/.installed-from"
    wanted = hashlib.sha256(lock.read_bytes()).hexdigest()
    OUTPUT.mkdir(exist_ok=True)
    with open(OUTPUT / ".npm-ci.lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # two runs at once install once
        if stamp.is_file() and stamp.read_text() == wanted:
            return
        npm = shutil.which("npm")
        if npm is None:
            missing("npm is not installed")
        # --ignore-scripts: no install script runs, and Puppeteer downloads
        # no browser of its own.
        result = subprocess.run(
            [npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--silent"],
            cwd=HARNESS, capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, f"npm ci in tests/firefox failed:\n{result.stderr}"
        stamp.write_text(wanted)


class StoppableHost:
    """The built site on a port of its own, which stops for good when asked
    for STOP_PATH: the offline check's way to take the signal away. The
    suite's own server stays up for the others."""

    def __init__(self, folder: Path):
        host = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def do_GET(self):
                if self.path == "/" + STOP_PATH:
                    self.send_response(204)
                    self.end_headers()
                    threading.Thread(target=host.stop).start()
                    return
                super().do_GET()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(Handler, directory=str(folder)))
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        self.stopped = threading.Event()

    def stop(self):
        # Closed, not only stopped: a closed port refuses at once, as a
        # phone with no signal fails at once.
        if not self.stopped.is_set():
            self.stopped.set()
            self.server.shutdown()
            self.server.server_close()


def built_pages(site: Path) -> list[str]:
    """Every page in the build, by its address: the folders' index pages
    (the home page is "") and the 404 page."""
    folders = sorted(p.parent.relative_to(site).as_posix() for p in site.rglob("index.html"))
    return ["" if f == "." else f + "/" for f in folders] + ["404.html"]


def print_pages(site: Path, pages: list[str]) -> list[str]:
    """The pages with a print button."""
    found = []
    for address in pages:
        if address.endswith("/") or address == "":
            html = (site / address / "index.html").read_text(encoding="utf-8")
            if BeautifulSoup(html, "html.parser").select_one(".hh-print button"):
                found.append(address)
    return found


def checklist_boxes() -> int:
    """The boxes film-yourself.md writes: one per "- [ ]" line."""
    text = (ROOT / "docs/film-yourself.md").read_text(encoding="utf-8")
    return sum(1 for line in text.splitlines() if line.startswith("- [ ] "))


def draw_clip(folder: Path) -> list[str]:
    """The clip's frames as PNG files, one per frame (a pose drawn once)."""
    folder.mkdir(parents=True, exist_ok=True)
    drawn: dict[int, Path] = {}
    files = []
    for i, (_, pose) in enumerate(frames([CLIP_REP], fps=CLIP_FPS,
                                         stand_first=CLIP_STAND_FIRST)):
        if id(pose) not in drawn:
            drawn[id(pose)] = folder / f"{i:03d}.png"
            draw_frame(pose).save(drawn[id(pose)])
        files.append(str(drawn[id(pose)]))
    return files


@pytest.fixture(scope="module")
def firefox_tools() -> tuple[str, str]:
    """(Firefox, Node.js), with Puppeteer installed: found before the site
    is built, so a machine without them skips at once."""
    firefox, node = firefox_path(), node_path()
    if firefox is None:
        missing("no Firefox (Debian's firefox-esr) is installed")
    if node is None:
        missing("Node.js is not installed")
    install_puppeteer()
    return firefox, node


# One run of Firefox per test run: pytest-xdist may hand this file's tests
# to two processes (and tear a module's fixtures down between two batches),
# which ran Firefox's whole minute twice, side by side, writing one folder.
# The first process to ask runs it and leaves the results for the others.
_RESULTS: dict[str, dict] = {}


@pytest.fixture(scope="module")
def firefox_results(request, firefox_tools, site, base_url, screenshot_dir,
                    pdf_dir) -> dict[str, dict]:
    """Every check's result, by name, from one run of check-site.mjs."""
    if _RESULTS:
        return _RESULTS
    run = getattr(request.config, "workerinput", {}).get("testrunuid")
    if run is None:  # one process: nothing to share
        _RESULTS.update(run_harness(firefox_tools, site, base_url, screenshot_dir, pdf_dir))
        return _RESULTS
    OUTPUT.mkdir(exist_ok=True)
    shared = OUTPUT / f".firefox-{run}.json"
    with open(OUTPUT / ".firefox-run.lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        if shared.is_file():
            _RESULTS.update(json.loads(shared.read_text()))
        else:
            _RESULTS.update(run_harness(firefox_tools, site, base_url, screenshot_dir,
                                        pdf_dir))
            for old in OUTPUT.glob(".firefox-*.json"):  # earlier runs'
                old.unlink()
            shared.write_text(json.dumps(_RESULTS))
    return _RESULTS


def run_harness(firefox_tools, site, base_url, screenshot_dir, pdf_dir) -> dict[str, dict]:
    """Run check-site.mjs in Firefox over the built site: each check's result."""
    firefox, node = firefox_tools
    shutil.rmtree(RESULTS, ignore_errors=True)
    RESULTS.mkdir(parents=True)
    pages = built_pages(site)
    truth = true_angles(pose_at(BOTTOM["trunk"], BOTTOM["knee"]))
    host = StoppableHost(site)
    settings = {
        "firefox": firefox,
        "base": base_url,
        "phone": {"width": 390, "height": 844},
        "pages": pages,
        "output": str(RESULTS),
        "screenshots": str(screenshot_dir),
        "pdfs": str(pdf_dir),
        "checklist": {"page": "film-yourself/", "boxes": checklist_boxes()},
        "sessionLog": {"page": "session-log/"},
        "share": {"page": page_url(share_pages()[0][1])},
        "glossary": {"page": "setup/", "minFontPx": 15},
        "progression": {"page": "progression/", "rungs": len(method.load(ROOT)["rungs"])},
        "print": {"pages": print_pages(site, pages)},
        "search": {"page": "setup/", "words": "hamstring"},
        "offline": {"base": host.url, "first": "movement/", "stop": STOP_PATH},
        "camera": {
            "page": "check-your-hinge/",
            "frames": draw_clip(RESULTS / "clip"),
            "fps": CLIP_FPS,
            "reps": 1,
            "truth": {"knee": truth["knee"], "hip": truth["hip"]},
            "toleranceDegrees": TOLERANCE_DEGREES,
        },
    }
    (RESULTS / "settings.json").write_text(json.dumps(settings, indent=2))
    try:
        result = subprocess.run(
            [node, str(HARNESS / "check-site.mjs"), str(RESULTS / "settings.json")],
            cwd=HARNESS, capture_output=True, text=True, timeout=300)
    finally:
        host.stop()
    found = {}
    for line in result.stdout.splitlines():
        if line.startswith("{"):
            entry = json.loads(line)
            found[entry["check"]] = entry
    (RESULTS / "results.json").write_text(json.dumps(found, indent=2))
    assert found or result.returncode == 0, (
        f"check-site.mjs ran no check (exit {result.returncode}):\n{result.stderr}")
    found["(run)"] = {"ok": result.returncode == 0, "detail": result.stderr.strip()}
    return found


@pytest.mark.parametrize("check", CHECKS)
def test_in_firefox(firefox_results, check):
    entry = firefox_results.get(check)
    assert entry is not None, (
        f"{check} never reported: {firefox_results['(run)']['detail'][-2000:]}")
    print(f"{check} ({entry.get('seconds')} s): {entry['detail']}")
    assert entry["ok"], f"{check} in Firefox: {entry['detail']}"


def test_the_script_runs_only_these_checks_and_ends_cleanly(firefox_results):
    """A check added to check-site.mjs gets a test here (CHECKS), and a run
    that crashed after its checks still fails."""
    reported = set(firefox_results) - {"(run)"}
    assert reported <= set(CHECKS), f"add to CHECKS: {sorted(reported - set(CHECKS))}"
    run = firefox_results["(run)"]
    assert run["ok"], f"check-site.mjs failed:\n{run['detail'][-2000:]}"
