"""The site's icons: the app icons (PNG, drawn with Pillow) and the favicon
(SVG), one shape, a hinge on the brand green."""

from __future__ import annotations

from html import escape

from PIL import Image, ImageDraw

from . import palette

ICONS = {"apple-touch-icon.png": 180, "icon-192.png": 192, "icon-512.png": 512}


def draw_icon(size: int) -> Image.Image:
    """The site icon: a hinge (a flat back meeting a leg) on the brand green,
    the same shape as favicon_svg()."""
    icon = Image.new("RGB", (size, size), palette.DEEP_GREEN)
    draw = ImageDraw.Draw(icon)
    s = size / 32
    width = max(2, round(3 * s))
    draw.line([(9 * s, 9 * s), (17 * s, 17 * s), (17 * s, 26 * s)], fill=palette.WHITE,
              width=width, joint="curve")
    r = 3.2 * s
    draw.ellipse((6 * s - r, 6 * s - r, 6 * s + r, 6 * s + r), fill=palette.WHITE)
    return icon


def favicon_svg(site_name: str) -> str:
    """The site icon as SVG, titled with the site's name (escaped: a name
    like "Hips & Hinges" must still make a well-formed file)."""
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">'
        f"<title>{escape(site_name)}</title>"
        f'<rect width="32" height="32" rx="6" fill="{palette.DEEP_GREEN}"/>'
        f'<path d="M9 9l8 8v9" fill="none" stroke="{palette.WHITE}" stroke-width="3" '
        'stroke-linecap="round" stroke-linejoin="round"/>'
        f'<circle cx="6" cy="6" r="3.2" fill="{palette.WHITE}"/></svg>\n'
    )
