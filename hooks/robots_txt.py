"""robots.txt: let every crawler in, and point it to the sitemap.

Written at build time because the sitemap's address depends on site_url.
"""

from pathlib import Path
from urllib.parse import urljoin


def robots_txt(site_url: str) -> str:
    return f"User-agent: *\nAllow: /\n\nSitemap: {urljoin(site_url, 'sitemap.xml')}\n"


def on_post_build(config, **kwargs):
    path = Path(config.site_dir) / "robots.txt"
    path.write_text(robots_txt(config.site_url or "/"), encoding="utf-8")
