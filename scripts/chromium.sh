# Sourced by scripts/test: makes sure a Chromium is there for the browser
# tests. Playwright's own download where it can; Debian's chromium package
# where it can't (no route to the browser downloads, say). Exports
# CHROMIUM_PATH when the tests should use a system Chromium.

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
  if ! [ -x /usr/bin/chromium ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "Playwright can't download its Chromium here; installing Debian's chromium..."
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
      echo "No Chromium: install Debian's chromium package (as root: apt-get install chromium), then run this again." >&2
      exit 1
    fi
  fi
  export CHROMIUM_PATH=/usr/bin/chromium
fi
