"""Benchmark: this site against a stock Material build of the same pages.

Run it with scripts/bench. In one run it:

1. builds this site, a stock Material site from the same docs/ (theme
   defaults: Google Fonts on, no palette, no overrides, hooks or extra CSS)
   and a careful stock site (system fonts, minified pages), three times
   each, and keeps the median build time;
2. serves both on 127.0.0.1 with gzip, as GitHub Pages does;
3. loads every page once in a fresh Chromium profile (a first visit) and
   counts requests, requests to other origins, and bytes (raw and gzip);
4. runs Lighthouse (mobile, the npm package pinned in bench/package.json)
   three times per page and site, keeping the medians;
5. prints one table per page, the sites side by side, with ours/stock and
   ours/careful.

It prints figures; it asserts nothing. Budgets on bytes are tests
(tests/test_page_weight.py); timings depend on the machine.
"""

from __future__ import annotations

import gzip
import http.server
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from functools import partial
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from first_load import GZIP_TYPES, first_visit  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from hinge_guide.config import load_config  # noqa: E402
from hinge_guide.context import flatten_nav  # noqa: E402
from hinge_guide.page_meta import split_front_matter  # noqa: E402
from hinge_guide.site import page_url  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "test-output" / "bench"
CHROMIUM = os.environ.get("CHROMIUM_PATH")
RUNS = int(os.environ.get("BENCH_RUNS", "3"))  # Lighthouse runs per page and site
# This site; stock Material; stock Material as a careful user sets it up.
SITES = ("ours", "stock", "careful")


# -- building -------------------------------------------------------------

def read_config() -> dict:
    """mkdocs.yml, read by the site's own loader (hinge_guide.config)."""
    return load_config(ROOT)


def stock_docs(target: Path) -> Path:
    """The same pages for the stock builds, minus what only this site's
    theme uses: the template key in front matter, and the stylesheet."""
    shutil.copytree(ROOT / "docs", target)
    # This site's stylesheet, which its pages carry inline; stock has none.
    (target / "stylesheets/extra.css").unlink()
    for page in target.rglob("*.md"):
        meta, body, _ = split_front_matter(page.read_text(encoding="utf-8"), str(page))
        if meta.pop("template", None) is not None:
            page.write_text("---\n" + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True)
                            + "---\n\n" + body, encoding="utf-8")
    return target


def settings_as_written(*keys: str) -> str:
    """Some of mkdocs.yml's top-level settings, as YAML with their tags
    (!!python/name: ...) kept: read by PyYAML's composer, which parses
    without building Python objects, not cut from the file's text."""
    document = yaml.compose((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    assert isinstance(document, yaml.MappingNode), "mkdocs.yml holds no settings"
    chosen = [(key, value) for key, value in document.value if key.value in keys]
    missing = set(keys) - {key.value for key, _ in chosen}
    assert not missing, f"mkdocs.yml has no {', '.join(sorted(missing))}"
    return yaml.serialize(yaml.MappingNode("tag:yaml.org,2002:map", chosen),
                          allow_unicode=True)


def stock_config(careful: bool = False) -> str:
    """Material's defaults, with only what the pages need to render. The
    careful one adds what a careful user would pick: system fonts (no
    request to Google) and minified pages."""
    extensions_and_nav = settings_as_written("markdown_extensions", "nav")
    theme = "theme:\n  name: material\n" + ("  font: false\n" if careful else "")
    # The macros plugin too: the pages take their numbers from method.yml.
    plugins = ("plugins:\n  - search\n  - macros:\n"
               f"      module_name: {ROOT / 'hinge_guide/macros'}\n") + (
        "  - minify:\n      minify_html: true\n" if careful else "")
    return (
        f"site_name: {read_config()['site_name']}\n"
        "site_url: http://127.0.0.1:8000/\n"
        "not_in_nav: /faults/\n"
        f"{theme}{plugins}"
        f"{extensions_and_nav}"
    )


def build(config: Path, site: Path) -> float:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.setdefault("SITE_URL", "http://127.0.0.1:8000/")
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)],
                   check=True, env=env, capture_output=True)
    return time.perf_counter() - start


# -- serving with gzip ----------------------------------------------------

class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, gzipped for text types when the client accepts it."""

    protocol_version = "HTTP/1.1"  # keep-alive, as any real host offers

    def log_message(self, *args):
        pass

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        if ("gzip" not in self.headers.get("Accept-Encoding", "")
                or not path.endswith(GZIP_TYPES) or not os.path.isfile(path)):
            return super().send_head()
        with open(path, "rb") as f:
            body = gzip.compress(f.read(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def serve(directory: Path) -> tuple[str, http.server.ThreadingHTTPServer]:
    handler = partial(GzipHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server


# -- Lighthouse ------------------------------------------------------------

def lighthouse(url: str) -> dict:
    runs = []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory() as tmp:
            report = Path(tmp) / "report.json"
            env = dict(os.environ)
            if CHROMIUM:
                env["CHROME_PATH"] = CHROMIUM
            subprocess.run(
                [str(ROOT / "bench/node_modules/.bin/lighthouse"), url, "--quiet",
                 "--output=json", f"--output-path={report}",
                 "--only-categories=performance,accessibility,best-practices,seo",
                 "--chrome-flags=--headless=new --no-sandbox --disable-gpu "
                 "--disable-background-networking --disable-component-update --no-first-run"],
                env=env, check=True, capture_output=True, timeout=180,
            )
            data = json.loads(report.read_text())
        cats, audits = data["categories"], data["audits"]
        runs.append({
            "perf": cats["performance"]["score"] * 100,
            "a11y": cats["accessibility"]["score"] * 100,
            "bp": cats["best-practices"]["score"] * 100,
            "seo": cats["seo"]["score"] * 100,
            "lcp": audits["largest-contentful-paint"]["numericValue"],
            "cls": audits["cumulative-layout-shift"]["numericValue"],
            "tbt": audits["total-blocking-time"]["numericValue"],
        })
    return {k: statistics.median(r[k] for r in runs) for k in runs[0]}


# -- the table -------------------------------------------------------------

ROWS = [
    ("requests", "first-load requests", "{:.0f}"),
    ("foreign", "requests to other origins", "{:.0f}"),
    ("raw", "first-load bytes, raw", "{:,.0f}"),
    ("gzip", "first-load bytes, gzip", "{:,.0f}"),
    ("perf", "Lighthouse performance", "{:.0f}"),
    ("a11y", "Lighthouse accessibility", "{:.0f}"),
    ("bp", "Lighthouse best practices", "{:.0f}"),
    ("seo", "Lighthouse SEO", "{:.0f}"),
    ("lcp", "LCP, ms", "{:,.0f}"),
    ("cls", "CLS", "{:.3f}"),
    ("tbt", "TBT, ms", "{:,.0f}"),
]


def ratio(ours, stock) -> str:
    return f"{ours / stock:.2f}" if stock else ("1.00" if ours == stock else "-")


def main() -> int:
    from playwright.sync_api import sync_playwright

    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir(parents=True)
    configs = {"ours": ROOT / "mkdocs.yml"}
    for name in ("stock", "careful"):
        # A project of its own, laid out as this one (the site's extensions
        # and macros read mkdocs.yml, method.yml, includes/ and docs/ there).
        project = OUT / f"{name}-project"
        stock_docs(project / "docs")  # docs/ beside its mkdocs.yml, as the site checks
        shutil.copytree(ROOT / "includes", project / "includes")
        shutil.copy2(ROOT / "method.yml", project / "method.yml")
        configs[name] = project / "mkdocs.yml"
        configs[name].write_text(stock_config(careful=name == "careful"))
    builds = {site: statistics.median(build(config, OUT / site) for _ in range(RUNS))
              for site, config in configs.items()}
    pages = [src for _, src in flatten_nav(read_config()["nav"])]
    if os.environ.get("BENCH_PAGES"):  # e.g. BENCH_PAGES=index.md,movement.md
        pages = [p for p in pages if p in os.environ["BENCH_PAGES"].split(",")]
    urls = {site: serve(OUT / site) for site in SITES}
    results = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run"])
        for src in pages:
            path = page_url(src)
            for site, (base, _) in urls.items():
                print(f"measuring {site} /{path} ...", file=sys.stderr)
                visit = first_visit(browser, base, path, OUT / site)
                visit.pop("files")
                results[(src, site)] = visit | lighthouse(base + path)
        browser.close()

    print(f"\nBuild time (median of {RUNS}): ours {builds['ours']:.2f} s, stock "
          f"{builds['stock']:.2f} s, careful {builds['careful']:.2f} s\n")
    for src in pages:
        print(f"## {src}\n")
        print(f"| {'measure':<28} | {'ours':>9} | {'stock':>9} | {'careful':>9} "
              "| ours/stock | ours/careful |")
        print(f"| {'-' * 28} | {'-' * 9}: | {'-' * 9}: | {'-' * 9}: | ---------: | -----------: |")
        for key, label, fmt in ROWS:
            a, b, c = (results[(src, site)][key] for site in SITES)
            print(f"| {label:<28} | {fmt.format(a):>9} | {fmt.format(b):>9} | "
                  f"{fmt.format(c):>9} | {ratio(a, b):>10} | {ratio(a, c):>12} |")
        print()
    hinge_check()
    pages = {f"{s}|{site}": v for (s, site), v in results.items()}
    (OUT / "results.json").write_text(
        json.dumps({"build_seconds": builds, "pages": pages}, indent=1))
    for _, server in urls.values():
        server.shutdown()
    return 0


def hinge_check() -> None:
    """Check your hinge: frames per second on the body-model clip, and the
    bytes before and after the tap, measured by its end-to-end test."""
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "tests/test_hinge_check_e2e.py", "-k", "measures_the_body_model"],
        cwd=ROOT, capture_output=True, text=True)
    measured = ROOT / "test-output/hinge-check/measured.json"
    if result.returncode != 0 or not measured.exists():
        print("Check your hinge: not measured (its end-to-end test failed)\n")
        return
    camera = json.loads(measured.read_text())["camera"]
    print(f"## Check your hinge\n\n{camera['frames_per_second']} frames/s, "
          f"{camera['detect_ms_mean']} ms a detection; "
          f"{camera['bytes_before_tap']['gzip']:,} B gzip before the tap, "
          f"{camera['bytes_after_tap']['gzip']:,} B after\n")


if __name__ == "__main__":
    sys.exit(main())
