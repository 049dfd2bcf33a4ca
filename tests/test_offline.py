"""Offline after the first visit, under a GitHub Pages project path.

The site is built as Pages would build it for https://<user>.github.io/repo/
(SITE_URL ends in /repo/), served from the folder above it, visited once in
Chromium; then the server stops and the reader opens other pages.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import (
    ROOT,
    copy_project,
    nav_pages,
    old_share_pages,
    page_url,
    share_pages,
    wait_for_material,
)

# Its tests share one hosted build of the site (a module fixture): one test
# process runs them all.
pytestmark = pytest.mark.xdist_group("offline")

PHONE = {"width": 390, "height": 844}
REPO = "repo"


class Host:
    """A static host for one folder, on a fixed port that can stop and start."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.port = 0
        self.server = None
        self.slow: dict[str, float] = {}  # path -> seconds to wait before answering
        self.missing: list[str] = []  # paths asked for that aren't there
        self.start()

    def start(self):
        handler = functools.partial(_Quiet, directory=str(self.folder), host=self)
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", self.port), handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.server = None

    @property
    def site_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/{REPO}/"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    """A quiet static host that can answer some paths slowly, as a gym with
    one bar of signal does."""

    def __init__(self, *args, host: Host, **kwargs):
        self.host = host
        super().__init__(*args, **kwargs)

    def do_GET(self):
        time.sleep(self.host.slow.get(self.path.split("?")[0], 0))
        super().do_GET()

    def send_error(self, code, *args, **kwargs):
        if code == 404:
            self.host.missing.append(self.path)
        super().send_error(code, *args, **kwargs)

    def end_headers(self):
        # Ask the browser to check with the host each time, so a file the
        # test changes reaches the service worker (no guessed freshness).
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, *args):
        pass


def build_at(project: Path, site: Path, site_url: str) -> None:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SITE_URL=site_url)
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=project, env=env, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr


def build_hosted(folder: Path) -> tuple[Path, Host]:
    """(project copy, host): the copy built into <host>/repo/, with a big
    optional file under vendor/ that a page links to, as the camera check's
    model will be."""
    project = copy_project(folder / "project")
    vendor = project / "docs/vendor/test"
    vendor.mkdir(parents=True)
    (vendor / "model.bin").write_bytes(os.urandom(3 * 1024 * 1024))
    (vendor / "camera.js").write_text("// a small vendored script\n" * 100)
    page = project / "docs/film-yourself.md"
    page.write_text(page.read_text(encoding="utf-8")
                    + "\n[The camera check's model](vendor/test/model.bin) and"
                    " [its script](vendor/test/camera.js)\n", encoding="utf-8")
    host = Host(folder / "www")
    build_at(project, folder / "www" / REPO, host.site_url)
    return project, host


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """One build for the tests that only read it (each browser context has
    its own service worker and caches, so the tests don't meet there)."""
    project, host = build_hosted(tmp_path_factory.mktemp("offline"))
    yield project, host
    host.stop()


@pytest.fixture
def hosted(shared):
    """The shared build, served (again, on its own port, if a test before
    stopped it), answering at full speed."""
    project, host = shared
    if host.server is None:
        host.start()
    host.slow.clear()
    host.missing.clear()
    yield project, host
    host.slow.clear()


@pytest.fixture
def rebuilt(tmp_path, shared):
    """For a test that changes the site: a copy of the shared project and of
    its build, on a host of its own (the service worker names no address,
    so the copy works on another port). The test builds once, after its
    change."""
    project, host = shared
    own_project = tmp_path / "project"
    shutil.copytree(project, own_project)
    shutil.copytree(host.folder, tmp_path / "www")
    own_host = Host(tmp_path / "www")
    yield own_project, own_host
    own_host.stop()


def saved_urls(page) -> list[str]:
    return page.evaluate("""async () => {
      const names = (await caches.keys()).filter(n => n.startsWith('hh-site '));
      const urls = [];
      for (const name of names) {
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      }
      return urls;
    }""")


def cache_names(page) -> list[str]:
    return page.evaluate("caches.keys()")


def first_visit(browser, host, path="movement/#rounded-back"):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.goto(host.site_url + path, wait_until="load")
    # Installed means saved: the worker only activates once the site is.
    scope = page.evaluate("navigator.serviceWorker.ready.then(r => r.scope)")
    assert scope == host.site_url
    page.wait_for_function("navigator.serviceWorker.controller !== null")
    return context, page


def test_every_page_opens_offline_after_one_visit(browser, hosted):
    _, host = hosted
    context, page = first_visit(browser, host)
    urls = set(saved_urls(page))
    base = host.site_url
    for _, src in nav_pages():
        assert base + page_url(src) in urls, f"{src} is not saved"
    # Pages no link leads to, from the sitemap: each fault's share page, and
    # those kept at a fault's old address for links already posted.
    off_menu = [src for _, src in share_pages()] + list(old_share_pages())
    assert old_share_pages(), "no page kept at an old address to check"
    for src in off_menu:
        assert base + page_url(src) in urls, f"{src} is not saved"
    for must in ("404.html", "site.webmanifest", "assets/favicon.svg", "assets/icon-192.png",
                 "assets/icon-512.png", "assets/apple-touch-icon.png",
                 "javascripts/share.js", "search/search_index.json",
                 # a page's own stylesheet (front matter styles:), linked from it
                 "javascripts/session-log.js", "stylesheets/session-log.css"):
        assert base + must in urls, f"{must} is not saved"
    assert not any("/stylesheets/extra." in u for u in urls)  # inline in every page
    assert any("/assets/javascripts/bundle." in u for u in urls)
    assert any("/assets/javascripts/workers/search." in u for u in urls)
    assert not [u for u in urls if "/vendor/" in u], "big optional files must not be saved ahead"
    assert not [u for u in urls if "/assets/previews/" in u or u.endswith(".map")]
    assert all(u.startswith(base) for u in urls)
    # The walk asks only for files that exist (the search index's name in
    # the other engine aside): code in an inline script is not an address.
    other_engine = f"/{REPO}/search.json"
    assert [p for p in host.missing if p != other_engine] == []

    host.stop()
    context.set_offline(True)
    for src in [src for _, src in nav_pages()] + off_menu:
        page.goto(base + page_url(src))
        h1 = page.locator("article h1").first.inner_text()
        assert h1 and "offline" not in h1.lower(), src
        # Styled: Material's stylesheet and ours came from the saved copy.
        header = "getComputedStyle(document.querySelector('.md-header')).position"
        assert page.evaluate(header) == "sticky"
    # The page with the most figures, drawn and styled.
    page.goto(base + "movement/")
    assert page.locator("article figure svg").count() >= 5
    assert page.locator("details.fault").first.evaluate(
        "e => getComputedStyle(e).borderLeftColor") == "rgb(176, 36, 90)"
    # The session log's phone form, styled by its own stylesheet: the date
    # box a thumb's height.
    page.goto(base + "session-log/")
    date = page.locator("#hh-log-date")
    date.wait_for()
    assert date.bounding_box()["height"] >= 44
    # The cue card, and a link from a social post with its tracking query.
    page.goto(base + "cue-card/?fbclid=abc")
    assert "cue card" in page.locator("article h1").inner_text().lower()
    # Search works offline too.
    page.goto(base + "setup/")
    wait_for_material(page)
    page.keyboard.press("/")
    page.keyboard.type("brace", delay=20)
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    # A page that was never saved gets a plain word and a way back.
    page.goto(base + "no-such-page/")
    assert page.locator("h1").inner_text() == "You're offline"
    page.get_by_role("link", name="Go to the start of the guide").click()
    page.wait_for_load_state()
    assert page.url == base
    assert page.errors == []
    context.close()


def test_a_new_build_replaces_the_saved_site(browser, rebuilt):
    project, host = rebuilt
    context, page = first_visit(browser, host, "")
    before = cache_names(page)
    assert len([n for n in before if n.startswith("hh-site ")]) == 1

    # A new deploy: one sentence more on the Setup and Movement pages.
    marker = "A sentence that only the second build has."
    for name in ("setup.md", "movement.md"):
        source = project / "docs" / name
        source.write_text(source.read_text(encoding="utf-8") + f"\n{marker}\n", encoding="utf-8")
    build_at(project, host.folder / REPO, host.site_url)

    # Online, the next page is the new one at once: pages come from the network first.
    page.goto(host.site_url + "setup/")
    assert marker in page.locator("article").inner_text()
    # Behind that visit, the whole new site is saved and the old copy removed.
    for _ in range(100):
        site = [n for n in cache_names(page) if n.startswith("hh-site ")]
        if len(site) == 1 and site != before:
            break
        page.wait_for_timeout(200)
    else:
        raise AssertionError(f"the new build was not saved: {cache_names(page)}")
    host.stop()
    context.set_offline(True)
    page.goto(host.site_url + "setup/")
    assert marker in page.locator("article").inner_text()
    # A page the reader didn't open since the deploy is the new one too.
    page.goto(host.site_url + "movement/")
    assert marker in page.locator("article").inner_text()
    context.close()


def test_other_sites_on_the_same_origin_keep_their_caches(browser, hosted):
    # user.github.io/<other-repo>/ shares this origin and its cache storage.
    _, host = hosted
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(host.site_url + "site.webmanifest")
    page.evaluate("caches.open('hh-site http://127.0.0.1/other-repo/ 1234')"
                  ".then(c => c.put('x', new Response('x')))")
    page.goto(host.site_url)
    page.evaluate("navigator.serviceWorker.ready")
    assert "hh-site http://127.0.0.1/other-repo/ 1234" in cache_names(page)
    context.close()


def test_the_manifest_installs_under_the_project_path(browser, hosted):
    _, host = hosted
    context = browser.new_context()
    page = context.new_page()
    page.goto(host.site_url + "setup/")
    href = page.locator("link[rel=manifest]").evaluate("l => l.href")
    assert href == host.site_url + "site.webmanifest"
    manifest = json.loads(page.request.get(href).text())
    for key in ("start_url", "scope", "id"):
        resolved = page.evaluate("([v, b]) => new URL(v, b).href", [manifest[key], href])
        assert resolved == host.site_url, key
    for icon in manifest["icons"]:
        url = page.evaluate("([v, b]) => new URL(v, b).href", [icon["src"], href])
        assert page.request.get(url).ok, url
    context.close()


def test_no_service_worker_or_blocked_storage_is_no_error(browser, hosted):
    _, host = hosted
    blocked = """
      Object.defineProperty(window, 'caches',
        {get() { throw new DOMException('blocked', 'SecurityError'); }});
      Object.defineProperty(Navigator.prototype, 'serviceWorker',
        {get() { throw new DOMException('blocked', 'SecurityError'); }});
    """
    for options, script in (({"service_workers": "block"}, ""), ({}, blocked)):
        context = browser.new_context(**options)
        context.add_init_script(script)
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e, errors=errors: errors.append(str(e)))
        page.on("console", lambda m, errors=errors: m.type == "error" and errors.append(m.text))
        page.goto(host.site_url + "setup/", wait_until="networkidle")
        page.wait_for_timeout(500)
        assert errors == [], errors
        assert page.locator("article h1").inner_text().startswith("Setup")
        context.close()


def page_timeout_seconds() -> float:
    """sw.js's PAGE_TIMEOUT: how long a page waits for the network before
    the saved copy answers."""
    found = re.search(r"^var PAGE_TIMEOUT = (\d+);", (ROOT / "docs/sw.js").read_text(
        encoding="utf-8"), re.MULTILINE)
    assert found, "docs/sw.js no longer sets PAGE_TIMEOUT as 'var PAGE_TIMEOUT = <ms>;'"
    return int(found.group(1)) / 1000


def test_a_page_that_stalls_comes_from_the_saved_copy(browser, hosted):
    """Pages come from the network first, but a stalled answer (longer than
    sw.js's PAGE_TIMEOUT) gives way to the saved copy: after the timeout,
    and well before the network answers."""
    timeout = page_timeout_seconds()
    stall = timeout * 3 + 3
    _, host = hosted
    context, page = first_visit(browser, host, "")
    setup = host.folder / REPO / "setup/index.html"
    saved = setup.read_text(encoding="utf-8")
    def publish(sentence: str) -> None:
        setup.write_text(saved.replace("</article>", f"<p>{sentence}</p></article>", 1),
                         encoding="utf-8")

    try:
        # Fast network: the network's page, which is then the saved one.
        publish("The first deploy.")
        page.goto(host.site_url + "setup/")
        assert "The first deploy." in page.locator("article").inner_text()
        # Stalled network: the saved page, well before the network answers.
        publish("The second deploy, on a stalled network.")
        host.slow[f"/{REPO}/setup/"] = stall
        started = time.monotonic()
        page.goto(host.site_url + "setup/", timeout=(stall - 1) * 1000)
        waited = time.monotonic() - started
        article = page.locator("article").inner_text()
        assert "The first deploy." in article and "The second deploy" not in article
        assert timeout - 1 < waited < stall - 2, (
            f"the saved page came after {waited:.1f} s; sw.js waits {timeout:g} s")
    finally:
        setup.write_text(saved, encoding="utf-8")
    context.close()


def test_hashed_theme_files_come_from_the_saved_copy_and_others_are_refreshed(browser, hosted):
    """Material's files carry a hash in their names and never change: they
    are served from the saved copy, never fetched again. Other files are
    served saved, then refreshed behind the page."""
    _, host = hosted
    context, page = first_visit(browser, host, "")
    root = host.folder / REPO
    bundle = next((root / "assets/javascripts").glob("bundle.*.min.js"))
    share = root / "javascripts/share.js"
    originals = {path: path.read_bytes() for path in (bundle, share)}
    seen: list[str] = []
    page.on("request", lambda r: seen.append(r.url))
    try:
        for path in (bundle, share):
            path.write_bytes(originals[path] + b"\n// changed on the server\n")
        page.goto(host.site_url + "setup/")
        wait_for_material(page)
        page.wait_for_timeout(1000)  # the refresh behind the page
        cached = page.evaluate("""async urls => {
          const out = {};
          for (const name of (await caches.keys()).filter(n => n.startsWith('hh-site '))) {
            const cache = await caches.open(name);
            for (const url of urls) {
              const hit = await cache.match(url);
              if (hit) out[url] = await hit.text();
            }
          }
          return out;
        }""", [host.site_url + path.relative_to(root).as_posix() for path in (bundle, share)])
    finally:
        for path, data in originals.items():
            path.write_bytes(data)
    bundle_url = host.site_url + bundle.relative_to(root).as_posix()
    share_url = host.site_url + share.relative_to(root).as_posix()
    assert "changed on the server" not in cached[bundle_url]
    assert "changed on the server" in cached[share_url]
    assert page.errors == []
    context.close()
