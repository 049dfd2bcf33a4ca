"""Share images: a link-preview card for every page, and the app icons.

Social apps show a 1200x630 image when someone posts a link. This hook
draws one per page at build time, with Pillow and the font Pillow ships, so
it needs no network and no system fonts: the site name, the page title, its
description and, where the page names one, the figure that fits it
(``preview_figure: bottom`` in the front matter: a pose of figures/poses.py,
the body model the figures in docs/images/ are drawn from).

It also draws the Apple touch icon and the web-manifest icons from the
site's own artwork (docs/assets/favicon.svg shows the same shape).

``page.meta["preview_image"]`` and ``page.meta["preview_alt"]`` carry the
absolute URL and the alt text to ``overrides/main.html``.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from urllib.parse import urljoin

from mkdocs.exceptions import PluginError
from PIL import Image, ImageDraw, ImageFont

SIZE = (1200, 630)
FOLDER = "assets/previews"
ICONS = {"apple-touch-icon.png": 180, "icon-192.png": 192, "icon-512.png": 512}

GREEN = "#00564b"
PANEL = "#00695c"
WHITE = "#ffffff"
MINT = "#cdeee9"


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.load_default(size=size)


def _wrap(draw: ImageDraw.ImageDraw, text: str, font, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if draw.textlength(trial, font=font) <= width or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    return lines + [line] if line else lines


def _figure_shapes(name: str | None, src: str):
    """The capsules of a named pose from the body model, or None."""
    if not name:
        return None
    try:
        from figures import cards  # the project's body model, beside mkdocs.yml
    except ImportError:
        return None
    try:
        return cards.shapes(name)
    except KeyError as error:
        raise PluginError(f"docs/{src}: preview_figure: {error.args[0]}")


def draw_card(title: str, description: str, site_name: str,
              shapes=None) -> Image.Image:
    card = Image.new("RGB", SIZE, GREEN)
    draw = ImageDraw.Draw(card)
    text_width = 640 if shapes else 1080
    y = 70
    if title != site_name:  # the home page's card carries the name once
        draw.text((60, 54), site_name, font=_font(34), fill=MINT)
        y = 130
    title_font = _font(72 if len(title) < 28 else 60)
    for line in _wrap(draw, title, title_font, text_width)[:3]:
        draw.text((60, y), line, font=title_font, fill=WHITE)
        y += int(title_font.size * 1.15)
    y += 24
    body_font = _font(30)
    for line in _wrap(draw, description, body_font, text_width)[:5]:
        draw.text((60, y), line, font=body_font, fill=MINT)
        y += 42
    if shapes:
        draw.rounded_rectangle((740, 40, 1160, 590), radius=28, fill=PANEL)
        _draw_body(draw, shapes, box=(780, 80, 1120, 550))
    return card


def _draw_body(draw, shapes, box):
    """Fit the body's capsules (part -> start, end, radius; y up) into the box,
    on a floor. The arm gets a halo in the panel colour, as in the SVG
    figures, so it stays apart from the body behind it."""
    xs = [p[0] + s * r for a, b, r in shapes.values() for p in (a, b) for s in (-1, 1)]
    ys = [p[1] + s * r for a, b, r in shapes.values() for p in (a, b) for s in (-1, 1)]
    span_x, span_y = max(xs) - min(xs), max(ys) - min(ys)
    scale = min((box[2] - box[0]) / span_x, (box[3] - box[1]) / span_y)
    left = (box[0] + box[2]) / 2 - (min(xs) + max(xs)) / 2 * scale
    floor = box[3]

    def at(p):
        return (left + p[0] * scale, floor - (p[1] - min(ys)) * scale)

    draw.line([(box[0] - 20, floor + 4), (box[2] + 20, floor + 4)], fill=MINT, width=4)
    def capsule(a, b, w, colour):
        (x1, y1), (x2, y2) = at(a), at(b)
        draw.line([(x1, y1), (x2, y2)], fill=colour, width=max(2, round(2 * w)))
        for x, y in ((x1, y1), (x2, y2)):
            draw.ellipse((x - w, y - w, x + w, y + w), fill=colour)

    for part, (a, b, r) in shapes.items():
        if part in ("upper_arm", "forearm"):
            capsule(a, b, r * scale + 6, PANEL)
        capsule(a, b, r * scale, WHITE)


def draw_icon(size: int) -> Image.Image:
    """The site icon: a hinge (a flat back meeting a leg) on the brand green."""
    icon = Image.new("RGB", (size, size), GREEN)
    draw = ImageDraw.Draw(icon)
    s = size / 32
    width = max(2, round(3 * s))
    draw.line([(9 * s, 9 * s), (17 * s, 17 * s), (17 * s, 26 * s)], fill=WHITE, width=width, joint="curve")
    r = 3.2 * s
    draw.ellipse((6 * s - r, 6 * s - r, 6 * s + r, 6 * s + r), fill=WHITE)
    return icon


def preview_path(src_uri: str) -> str:
    return f"{FOLDER}/{src_uri[:-3].replace('/', '-') or 'index'}.png"


# MkDocs events ------------------------------------------------------------

_cards: dict[str, tuple] = {}
# Drawn cards by what is on them: `mkdocs serve` rebuilds redraw only what changed.
_drawn: dict[tuple, bytes] = {}


def on_config(config, **kwargs):
    # The body model is a package beside mkdocs.yml; hooks load by file path.
    root = str(Path(config.config_file_path).resolve().parent)
    if root not in sys.path:
        sys.path.insert(0, root)
    _cards.clear()
    return config


def on_page_markdown(markdown, page, config, **kwargs):
    path = preview_path(page.file.src_uri)
    title = config.site_name if page.is_homepage else page.title
    description = page.meta.get("description", "")
    _cards[path] = (title, description, page.meta.get("preview_figure"), page.file.src_uri)
    page.meta["preview_image"] = urljoin(config.site_url or "/", path)
    page.meta["preview_alt"] = f"{title}: {description}"
    return markdown


def on_post_build(config, **kwargs):
    site = Path(config.site_dir)
    (site / FOLDER).mkdir(parents=True, exist_ok=True)
    for path, (title, description, figure, src) in _cards.items():
        key = (title, description, figure, config.site_name)
        if key not in _drawn:
            card = draw_card(title, description, config.site_name, _figure_shapes(figure, src))
            buffer = io.BytesIO()
            card.save(buffer, format="PNG")
            _drawn[key] = buffer.getvalue()
        (site / path).write_bytes(_drawn[key])
    for name, size in ICONS.items():
        draw_icon(size).save(site / "assets" / name, optimize=True)
