"""Share images: a link-preview card for every page, and the app icons.

Social apps show a 1200x630 image when someone posts a link. This hook
draws one per page at build time, with Pillow and the font Pillow ships, so
it needs no network and no system fonts: the site name, the page title, its
description and, where the page names one, the figure that fits it
(``preview_figure: hinge-bottom`` in the front matter, drawn from the same
body model as the figures in docs/images/).

It also draws the Apple touch icon and the web-manifest icons from the
site's own artwork (docs/assets/favicon.svg shows the same shape).

``page.meta["preview_image"]`` and ``page.meta["preview_alt"]`` carry the
absolute URL and the alt text to ``overrides/main.html``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import urljoin

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


def _figure_strokes(name: str | None):
    """Strokes of a named figure from the body model, or None."""
    if not name:
        return None
    try:
        from figures import cards  # the project's body model, if present
    except ImportError:
        return None
    return cards.strokes(name)


def draw_card(title: str, description: str, site_name: str,
              strokes=None) -> Image.Image:
    card = Image.new("RGB", SIZE, GREEN)
    draw = ImageDraw.Draw(card)
    text_width = 640 if strokes else 1080
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
    if strokes:
        draw.rounded_rectangle((740, 40, 1160, 590), radius=28, fill=PANEL)
        _draw_strokes(draw, strokes, box=(770, 70, 1130, 560))
    return card


def _draw_strokes(draw, strokes, box):
    """Fit the figure's strokes (lines and circles, y up) into the box."""
    points = [p for s in strokes for p in s["points"]]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1
    scale = min(box[2] - box[0], box[3] - box[1]) / span
    cx = (box[0] + box[2]) / 2 - (min(xs) + max(xs)) / 2 * scale
    base = box[3] + min(ys) * scale

    def at(p):
        return (cx + p[0] * scale, base - p[1] * scale)

    for stroke in strokes:
        width = max(3, int(stroke.get("width", 0.03) * scale))
        colour = MINT if stroke.get("prop") else WHITE
        if stroke["kind"] == "circle":
            (x, y), r = at(stroke["points"][0]), stroke["radius"] * scale
            draw.ellipse((x - r, y - r, x + r, y + r), outline=colour, width=width)
        else:
            line = [at(p) for p in stroke["points"]]
            draw.line(line, fill=colour, width=width, joint="curve")
            for x, y in (line[0], line[-1]):
                draw.ellipse((x - width / 2, y - width / 2, x + width / 2, y + width / 2), fill=colour)


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
    _cards[path] = (title, description, page.meta.get("preview_figure"))
    page.meta["preview_image"] = urljoin(config.site_url or "/", path)
    page.meta["preview_alt"] = f"{title}: {description}"
    return markdown


def on_post_build(config, **kwargs):
    site = Path(config.site_dir)
    (site / FOLDER).mkdir(parents=True, exist_ok=True)
    for path, (title, description, figure) in _cards.items():
        card = draw_card(title, description, config.site_name, _figure_strokes(figure))
        card.save(site / path, optimize=True)
    for name, size in ICONS.items():
        draw_icon(size).save(site / "assets" / name, optimize=True)
