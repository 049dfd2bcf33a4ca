"""Shared fixtures: the site built once per run, a local server, Chromium."""

from __future__ import annotations

import contextlib
import copy
import fcntl
import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from hinge_guide.config import load_config as load_site_config
from hinge_guide.page_meta import split_front_matter
from hinge_guide.site import page_url  # noqa: F401  (the tests' addresses: the site's own rule)

ROOT = Path(__file__).resolve().parent.parent
# The address tests build for when SITE_URL isn't set: mkdocs serve's own.
LOCAL_SITE_URL = "http://127.0.0.1:8000/"
OUTPUT = ROOT / "test-output"
# scripts/test runs the tests in several processes (pytest-xdist, one per
# core). They share one build of the site per engine: started by whichever
# process gets to it first once they have found their tests (build_ahead,
# below), while the others wait on a lock (shared_build) when they need it
# first, so none reads a half-written site.
# The folders every process shares (the builds, screenshots, PDFs): each
# emptied once per run, when the run first uses it (_output, below), so a
# quick run that builds nothing leaves the last run's screenshots alone.
SHARED_OUTPUT = ("site", "zensical", "coached", "builds", "screenshots", "pdf")

# The project files a build reads; the bad-input tests copy these.
PROJECT_FILES = ("mkdocs.yml", "method.yml", "docs", "overrides", "hooks", "includes", "figures",
                 "hinge_guide", "pyproject.toml", "published-links.txt")


def last_commit_epoch() -> str:
    """The last commit's time, as CI and scripts/test set SOURCE_DATE_EPOCH."""
    result = subprocess.run(
        ["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True
    )
    return result.stdout.strip() or "0"


def build(project: Path, site: Path, env: dict | None = None,
          folder: Path | None = None, environ: dict | None = None) -> subprocess.CompletedProcess:
    """The build a person runs: `mkdocs build --strict`, dated like CI's build
    (SOURCE_DATE_EPOCH from the last commit unless already set). SITE_URL is
    the local address unless the caller sets it (None: unset). Started in
    the project's folder, or in `folder` (with -f naming the project's
    mkdocs.yml); in this process's environment, or `environ`."""
    env = {"SITE_URL": LOCAL_SITE_URL, "SOURCE_DATE_EPOCH": last_commit_epoch(),
           **(os.environ if environ is None else environ), "NO_MKDOCS_2_WARNING": "1",
           **(env or {})}
    env = {key: value for key, value in env.items() if value is not None}
    config = ["-f", os.path.relpath(project / "mkdocs.yml", folder)] if folder else []
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", *config, "--site-dir", str(site)],
        cwd=folder or project, env=env, capture_output=True, text=True, timeout=300,
    )


def copy_project(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        source = ROOT / name
        if not source.exists():
            continue
        if source.is_dir():
            shutil.copytree(source, target / name)
        else:
            shutil.copy2(source, target / name)
    return target


def load_config() -> dict:
    """mkdocs.yml, read by the site's own loader: once per test process for
    each text of the file, as many tests (and their parameters) ask for it.
    Each caller gets a copy of its own to change."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    return copy.deepcopy(_config(text))


@functools.lru_cache(maxsize=4)
def _config(text: str) -> dict:
    """The settings (load_config), by the file's text: read again when it changes."""
    return load_site_config(ROOT)


def at_least(floor: int, items: list, what: str) -> list:
    """`items`, read from the site's own files to parametrise a test, when
    there are at least `floor` of them. Fewer means the reading broke (a
    moved folder, a changed format), and the tests over them would pass
    over almost nothing: that stops collection, naming what came out short.
    (pytest.ini already fails an empty parameter set; this catches a list
    that shrank to one or two.)"""
    if len(items) < floor:
        raise AssertionError(f"only {len(items)} {what} were found, where there are at "
                             f"least {floor}: the reading of them broke, so the tests "
                             "over them would check almost nothing")
    return items


def nav_pages() -> list[tuple[str, str]]:
    """(title, source file) for each page in mkdocs.yml's nav, in order."""
    from hinge_guide.context import flatten_nav

    return at_least(8, flatten_nav(load_config()["nav"]), "pages in mkdocs.yml's nav")


def share_pages() -> list[tuple[str, str]]:
    """(title, source file) of each fault's share page (docs/faults/); not
    the pages kept at a fault's old anchors (old_share_pages)."""
    pages = []
    for path in sorted((ROOT / "docs/faults").glob("*.md")):
        title = _share_page_title(path, path.read_text(encoding="utf-8"))
        if title is not None:
            pages.append((title, f"faults/{path.name}"))
    return at_least(10, pages, "fault share pages in docs/faults/")


@functools.cache
def _share_page_title(path: Path, text: str) -> str | None:
    """A share page's title, by the page's text (its front matter is read
    once per test process, not once for each test that lists the pages);
    None for a page kept at a fault's old anchor."""
    meta, body, _ = split_front_matter(text, str(path))
    if meta.get("canonical"):
        return None
    return next(line for line in body.splitlines() if line.startswith("# "))[2:]


def old_share_pages() -> dict[str, str]:
    """The share pages kept at a fault's old anchors, each source file with
    the address of the fault's own page (its canonical: front matter)."""
    found = {}
    for path in sorted((ROOT / "docs/faults").glob("*.md")):
        meta, _, _ = split_front_matter(path.read_text(encoding="utf-8"), str(path))
        if meta.get("canonical"):
            found[f"faults/{path.name}"] = str(meta["canonical"])
    return found


@functools.lru_cache(maxsize=256)
def parsed(html: str) -> BeautifulSoup:
    """A built page's HTML, parsed (html.parser) once per test process for
    each text: the tests of the built sites read the same few dozen pages
    over and over, and parsing a long page costs more than most checks on
    it. Shared by every test that reads the same text: look at it, never
    change it (a test that changes a page parses its own)."""
    return BeautifulSoup(html, "html.parser")


@contextlib.contextmanager
def shared_build(name: str, wait: bool = True, builds: Path | None = None):
    """Yields True to the one process that must build `name` this run, and
    False to every later one, which finds it built. A process holds the
    lock while it builds, so the others wait for a finished site. A build
    that fails leaves no mark: the next process tries again, and fails too.
    With wait=False, yields False at once while another process builds it.
    The marks are kept in `builds`, this run's test-output/builds unless given."""
    builds = builds or _output("builds")
    with open(builds / f"{name}.lock", "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        try:
            done = builds / f"{name}.done"
            first = not done.exists()
            yield first
            done.touch()
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


SITE = OUTPUT / "site"


@pytest.fixture(scope="session")
def site() -> Path:
    """The site, built once per test run into test-output/site. Tests read
    it and never change it (a test that must, builds its own copy)."""
    with shared_build("site") as first:
        if first:
            build_site()
    return SITE


def build_site(environ: dict | None = None) -> None:
    target = SITE
    shutil.rmtree(target, ignore_errors=True)
    result = build(ROOT, target, environ=environ)
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stderr}"


# The engines the structural tests check. MkDocs builds the published site;
# Zensical, Material's successor, must build the same site from the same
# files (README.md, "Moving on from Material").
ENGINES = ("mkdocs", "zensical")


def zensical_command() -> list[str]:
    """Zensical's command: in its own virtual environment (scripts/test
    makes it), or beside MkDocs."""
    for candidate in (os.environ.get("ZENSICAL"), ROOT / ".venv-zensical/bin/zensical",
                      Path(sys.executable).parent / "zensical"):
        if candidate and Path(candidate).is_file():
            return [str(candidate)]
    raise RuntimeError("Zensical is not installed: run scripts/test, which installs it.")


def build_with_zensical(project: Path,
                        environ: dict | None = None) -> subprocess.CompletedProcess:
    """`zensical build --clean --strict` in a project folder; the site goes
    to project/site (its cache would otherwise hide changes). In this
    process's environment, or `environ`."""
    env = dict(os.environ if environ is None else environ)
    env.setdefault("SITE_URL", LOCAL_SITE_URL)
    return subprocess.run(
        [*zensical_command(), "build", "--clean", "--strict"],
        cwd=project, env=env, capture_output=True, text=True, timeout=300,
    )


def engine_of(site: Path) -> str:
    return "zensical" if "zensical" in site.relative_to(OUTPUT).parts else "mkdocs"


# Zensical's build, under test-output/zensical/: engine_of tells the two
# builds apart by that folder's name.
ZENSICAL_PROJECT = OUTPUT / "zensical" / "project"


@pytest.fixture(scope="session", params=ENGINES)
def built(request) -> Path:
    """The site as each engine builds it: the structural tests run on both."""
    if request.param == "mkdocs":
        return request.getfixturevalue("site")
    project = ZENSICAL_PROJECT
    with shared_build("zensical") as first:
        if first:
            build_zensical_site()
    # The engine tests skip the MkDocs build by this name: a wrong answer
    # would skip the comparison without a word.
    assert engine_of(project / "site") == "zensical"
    return project / "site"


def build_zensical_site(environ: dict | None = None) -> None:
    project = ZENSICAL_PROJECT
    shutil.rmtree(project, ignore_errors=True)
    copy_project(project)
    result = build_with_zensical(project, environ)
    output = result.stdout + result.stderr
    assert result.returncode == 0 and "No issues found" in output, f"zensical failed:\n{output}"


# What a coach adds, all at once, for the tests of what it shows (one build,
# coached_site): a named coach with a photo, a link to report a mistake,
# links to the coach's pages (one name with markup and quotes, which must
# print as written), and Setup's
# menu title and description with quotes, an ampersand, a backslash and
# brackets, which must come out as written in every tag.
COACH = {"name": "Alex Morgan", "line": "Strength coach for beginners.",
         "photo": "images/coach.png"}
COACH_LINKS = {
    "Our website": ("material/web", "https://www.hiphingecoaching.com/"),
    "Facebook": ("fontawesome/brands/facebook", "https://www.facebook.com/hiphingecoaching"),
    "Instagram": ("fontawesome/brands/instagram", "https://www.instagram.com/hiphingecoaching"),
    '<b>Q&A</b> "live"': ("material/web", "https://www.hiphingecoaching.com/live"),
}
# Where the About page sends a reader who found a mistake, once it is set.
REPORT_LINK = "https://github.com/hiphingecoaching/guide/issues/new"
TRICKY_TITLE = 'Set "up" & knees: it\'s'
TRICKY_DESCRIPTION = 'Feet "under" hips & knees soft (a 50/50 split): it\'s \\ fine'


def _yaml_quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _replace_once(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path.name} no longer holds {old!r}; update conftest's coached copy"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def add_coach(project: Path) -> None:
    """Write COACH, REPORT_LINK, COACH_LINKS and the tricky Setup words into
    a copy, as a coach would."""
    config = project / "mkdocs.yml"
    photo = (ROOT / "docs/assets/icon-192.png").read_bytes()  # any small square picture
    (project / "docs" / COACH["photo"]).write_bytes(photo)
    coach = "  coach:\n" + "".join(f"    {k}: {_yaml_quoted(v)}\n" for k, v in COACH.items())
    social = "".join(
        f"    - icon: {icon}\n      name: {_yaml_quoted(name)}\n      link: {link}\n"
        for name, (icon, link) in COACH_LINKS.items())
    _replace_once(config, "\nextra:\n", "\nextra:\n" + coach + f"  report_link: {REPORT_LINK}\n")
    _replace_once(config, "  social: []\n", "  social:\n" + social)
    set_tricky_setup_words(project)


def set_tricky_setup_words(project: Path) -> None:
    """Setup's menu title and description become TRICKY_TITLE and
    TRICKY_DESCRIPTION (single-quoted YAML strings)."""
    _replace_once(project / "mkdocs.yml", "  - Setup: setup.md",
                  f"  - {_yaml_quoted(TRICKY_TITLE)}: setup.md")
    page = project / "docs/setup.md"
    text = page.read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if x.startswith("description:"))
    _replace_once(page, line, "description: " + _yaml_quoted(TRICKY_DESCRIPTION))


COACHED_PROJECT = OUTPUT / "coached" / "project"


@pytest.fixture(scope="session")
def coached_site() -> Path:
    """The site built once per run from a copy with add_coach's changes
    (test-output/coached/site). Tests read it and never change it. Its
    build is also the proof that copy_project copies all a build needs,
    which the bad-input tests rely on."""
    with shared_build("coached") as first:
        if first:
            build_coached_site()
    return COACHED_PROJECT / "site"


def build_coached_site(environ: dict | None = None) -> None:
    project = COACHED_PROJECT
    shutil.rmtree(project.parent, ignore_errors=True)
    copy_project(project)
    add_coach(project)
    result = build(project, project / "site", environ=environ)
    assert result.returncode == 0, f"the coached copy failed to build:\n{result.stderr}"


# The shared builds, each by the name shared_build knows it by, in the
# order they are made ahead (build_ahead, below): the site first, which
# most tests read.
SHARED_BUILDS = {"site": build_site, "zensical": build_zensical_site,
                 "coached": build_coached_site}


def builds_asked_for(items) -> list[str]:
    """The shared builds the collected tests ask for, in SHARED_BUILDS'
    order: the site (itself, or as the MkDocs build of `built`), Zensical's
    build of `built`, and the coached copy."""
    asked = set()
    for item in items:
        callspec = getattr(item, "callspec", None)
        params = dict(callspec.params) if callspec is not None else {}
        names = set(getattr(item, "fixturenames", ())) - set(params)
        if "site" in names or params.get("built") == "mkdocs":
            asked.add("site")
        if params.get("built") == "zensical":
            asked.add("zensical")
        if "coached_site" in names:
            asked.add("coached")
    return [name for name in SHARED_BUILDS if name in asked]


def build_ahead(names: list[str], builds: Path, environ: dict) -> None:
    """Make the shared builds a run asks for at its start, each that no
    other process is making: a test that reads one then finds it built,
    rather than waiting on the lock while another process builds it, and
    the builds run while tests run beside them. A build that fails here
    leaves no mark, and the fixture that asks for it builds it again and
    fails with the build's message. It runs beside the tests, so it reads
    nothing a test may change for a while (OUTPUT, the run's id, the
    environment): the folders and the environment are fixed before it starts."""
    for name in names:
        with contextlib.suppress(Exception), shared_build(name, False, builds) as first:
            if first:
                SHARED_BUILDS[name](environ)


_ahead: threading.Thread | None = None


def pytest_collection_finish(session):
    """Start build_ahead in the background once this process knows which
    builds its tests ask for: none for the quick loop (-m unit), which
    leaves the last run's output alone."""
    global _ahead
    names = builds_asked_for(session.items)
    if names and not session.config.option.collectonly:
        _ahead = threading.Thread(target=build_ahead, daemon=True,
                                  args=(names, _output("builds"), dict(os.environ)))
        _ahead.start()


def pytest_sessionfinish(session):
    """Wait for the builds made ahead, so none is left writing into
    test-output/ after the run (a run stopped early, with -x)."""
    if _ahead is not None:
        _ahead.join()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """A static host as GitHub Pages is one: an address with no file gets
    the site's own 404.html, with the status 404."""

    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or self.command != "GET" or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="session")
def base_url(site: Path) -> str:
    """The built site served on 127.0.0.1, as a static host serves it."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


def chromium_path() -> str | None:
    """CHROMIUM_PATH if set (scripts/test sets it for Debian's
    chromium-headless-shell); otherwise Playwright's own browser, or
    Debian's if that's all there is (launch_chromium)."""
    if os.environ.get("CHROMIUM_PATH"):
        return os.environ["CHROMIUM_PATH"]
    return None


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = launch_chromium(p.chromium)
        yield browser
        browser.close()


SYSTEM_CHROMIUMS = ("/usr/bin/chromium-headless-shell", "/usr/bin/chromium")


def launch_chromium(chromium, extra_args: tuple[str, ...] = ()):
    """Chromium as the tests run it: as root (no sandbox), with nothing of
    its own going out to the network (this machine has none)."""
    path = chromium_path()
    if path is None and not Path(chromium.executable_path).exists():
        # Debian's: the headless shell (as Playwright's own), or the full browser.
        path = next((str(p) for p in map(Path, SYSTEM_CHROMIUMS) if p.exists()), None)
    return chromium.launch(
        executable_path=path,
        args=[
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            *extra_args,
        ],
    )


@pytest.fixture(autouse=True)
def _close_browser_contexts(request):
    """Close the browser contexts a test opened when it ends, pass or fail,
    so a failed test leaves no pages running into the next."""
    browser = request.getfixturevalue("browser") if "browser" in request.fixturenames else None
    before = set(browser.contexts) if browser is not None else set()
    yield
    if browser is not None:
        # Only the test's own: a module's shared page (set up before) lives on.
        for context in [c for c in browser.contexts if c not in before]:
            context.close()


def wait_until(page, script: str, arg=None, timeout: float = 10_000, what: str = "") -> None:
    """Evaluate `script` in the page until it gives a true value, or fail
    after `timeout` ms naming `what`. For a script that awaits something (a
    cache, a fetch): page.wait_for_function takes the Promise an async
    function returns for a true value at once, so it never waits for it,
    while page.evaluate awaits it."""
    end = time.monotonic() + timeout / 1000
    while not page.evaluate(script, arg):
        if time.monotonic() > end:
            raise AssertionError(f"not true after {timeout / 1000:g} s: {what or script[:120]}")
        page.wait_for_timeout(250)


def wait_for_material(page, timeout: float = 10_000) -> None:
    """Wait until Material's script runs: it starts once the page has
    painted (hooks/theme_script_after_paint.py), so a test that presses its
    keys or its colour toggle waits for it, as a reader sees the page
    first. Its document$ emits once Material has started (each try waits a
    moment for it)."""
    page.wait_for_function("() => window.document$ !== undefined", timeout=timeout)
    wait_until(page, """() => new Promise(done => {
        document$.subscribe(() => done(true));
        setTimeout(() => done(false), 200);
    })""", timeout=timeout, what="Material's document$ never emitted")


def tab_to(page, selector: str, what: str, presses: int = 120) -> None:
    """Press Tab until the element matching selector has the focus, as a
    keyboard user would; fail naming what never got it."""
    for _ in range(presses):
        page.keyboard.press("Tab")
        if page.evaluate(f"document.activeElement.matches({selector!r})"):
            return
    raise AssertionError(f"Tab never reached {what}")


# This run's id: pytest-xdist gives every process of a run the same one.
_RUN = ""


def pytest_configure(config):
    """Take this run's id, which _output compares with the id a shared
    folder was last emptied for: the processes of one run (pytest-xdist)
    share xdist's; a run in one process makes its own. Nothing is emptied
    here: a quick run (-m unit) that builds nothing and takes no screenshot
    leaves the last run's output to look at."""
    global _RUN
    workerinput = getattr(config, "workerinput", None)
    _RUN = workerinput["testrunuid"] if workerinput else uuid.uuid4().hex


# The quick loop (`-m unit`) is said by each test file, at its top:
#
#     pytestmark = pytest.mark.unit   # the build code on small inputs
#     pytestmark = pytest.mark.slow   # no built site or browser, too slow
#                                     # for the quick loop (mypy, a server)
#
# and a file with neither asks for a built site or a browser: one of the
# HEAVY_FIXTURES. Collection stops, naming the file and the fix, when a unit
# test asks for one of them (it would build the site in the quick loop) or
# when a file has no mark and none of them (a new file nobody sorted).
HEAVY_FIXTURES = frozenset({
    "site", "built", "coached_site", "base_url", "browser", "screenshot_dir", "pdf_dir",
})


def heavy_fixtures(item: pytest.Item) -> set[str]:
    """The heavy fixtures a test asks for, itself or through its fixtures;
    a parameter that happens to be called site is not one."""
    callspec = getattr(item, "callspec", None)
    params = set(callspec.params) if callspec is not None else set()
    return HEAVY_FIXTURES & (set(getattr(item, "fixturenames", ())) - params)


def unit_marker_problems(collector: pytest.Collector, children: list) -> list[str]:
    """What is wrong with the unit and slow marks of a test file's (or
    class's) tests, in words that say the fix; empty when nothing is."""
    items = [child for child in children if isinstance(child, pytest.Item)]
    problems = []
    for item in items:
        heavy = heavy_fixtures(item)
        if item.get_closest_marker("unit") and heavy:
            problems.append(
                f"{item.nodeid} is marked unit (the quick loop) but asks for "
                f"{', '.join(sorted(heavy))}, which builds the site or starts a browser: "
                "move it to a file without pytestmark = pytest.mark.unit")
    marked = any(node.get_closest_marker(name) for node in (collector, *children)
                 for name in ("unit", "slow"))
    if (isinstance(collector, pytest.Module) and children and not marked
            and not any(heavy_fixtures(item) for item in items)):
        problems.append(
            f"tests/{collector.path.name} has no mark and asks for no built site or browser: "
            "put pytestmark = pytest.mark.unit at its top if it tests the build code on small "
            "inputs (the quick loop, -m unit), or pytestmark = pytest.mark.slow if it is "
            "too slow for the quick loop")
    return problems


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector):
    """A test file whose marks are wrong fails to collect, with the fix: in
    one process or many (pytest-xdist shows a worker's collection errors)."""
    report = yield
    if isinstance(collector, pytest.Module | pytest.Class) and report.passed:
        problems = unit_marker_problems(collector, report.result)
        if problems:
            report.outcome = "failed"
            report.longrepr = "\n".join(problems)
    return report


def _output(name: str) -> Path:
    """test-output/name, emptied the first time this run uses it: by
    whichever process gets there first, while the others wait on the lock,
    so none empties a folder another has started to fill."""
    OUTPUT.mkdir(exist_ok=True)
    target = OUTPUT / name
    emptied_for = OUTPUT / f".{name}.run"  # the run it was last emptied for
    with open(OUTPUT / ".shared.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not emptied_for.is_file() or emptied_for.read_text() != _RUN:
            shutil.rmtree(target, ignore_errors=True)
            emptied_for.write_text(_RUN)
        target.mkdir(parents=True, exist_ok=True)
    return target


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    return _output("screenshots")


@pytest.fixture(scope="session")
def pdf_dir() -> Path:
    return _output("pdf")


def pytest_terminal_summary(terminalreporter):
    """Say where this run wrote its screenshots and PDFs, to look at them."""
    for folder in SHARED_OUTPUT:
        path = OUTPUT / folder
        count = len([p for p in path.iterdir() if p.is_file()]) if path.is_dir() else 0
        if count:
            terminalreporter.write_line(f"{folder.capitalize()} ({count}): {path}")
