"""Preview cards and app icons, drawn with Pillow.

Social apps show a 1200x630 image when someone posts a link. Each page's
card carries the site name, the page's share title and description and,
where the front matter names one (``preview_figure: bottom``), a pose from
the body model (figures/). The titles are set in Lato Bold (SIL Open Font
License, from the pinned font-lato package). Cards are reduced to a few
dozen colours: flat artwork loses nothing and the files shrink to a third.

The share title follows the rule in overrides/main.html: the site's name
for the home page, the page title elsewhere.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

import font_lato
from PIL import Image, ImageDraw, ImageFont

from . import palette

SIZE = (1200, 630)
COLOURS = 64
ICONS = {"apple-touch-icon.png": 180, "icon-192.png": 192, "icon-512.png": 512}
PANEL = palette.GREEN


@cache
def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    path = font_lato.font_files["LatoBold" if bold else "Lato"]
    return ImageFont.truetype(path, size)


def card_name(url: str) -> str:
    """The card's file name for a page address ("" is the home page): the
    rule overrides/main.html follows to point at it."""
    return url.strip("/").replace("/", "-") or "index"


def wrap(draw: ImageDraw.ImageDraw, text: str, face, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if draw.textlength(trial, font=face) <= width or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    return lines + [line] if line else lines


def draw_card(title: str, description: str, site_name: str, shapes=None,
              fix_shapes=None) -> Image.Image:
    """A card; with fix_shapes, the panel shows the fault beside the fix."""
    card = Image.new("RGB", SIZE, palette.DEEP_GREEN)
    draw = ImageDraw.Draw(card)
    text_width = 640 if shapes else 1080
    y = 70
    if title != site_name:  # the home page's card carries the name once
        draw.text((60, 54), site_name, font=font(34, bold=True), fill=palette.MINT)
        y = 130
    title_face = font(68 if len(title) < 28 else 56, bold=True)
    for line in wrap(draw, title, title_face, text_width)[:3]:
        draw.text((60, y), line, font=title_face, fill=palette.WHITE)
        y += int(title_face.size * 1.18)
    y += 24
    body = font(32)
    for line in wrap(draw, description, body, text_width)[:5]:
        draw.text((60, y), line, font=body, fill=palette.MINT)
        y += 44
    if shapes and fix_shapes:
        label = font(30, bold=True)
        for left, part, word in ((740, shapes, "\u2717 Fault"), (955, fix_shapes, "\u2713 Fix")):
            draw.rounded_rectangle((left, 40, left + 205, 590), radius=24, fill=PANEL)
            draw.text((left + 102, 84), word, font=label, fill=palette.WHITE, anchor="mm")
            draw_body(draw, part, box=(left + 18, 140, left + 187, 550))
    elif shapes:
        draw.rounded_rectangle((740, 40, 1160, 590), radius=28, fill=PANEL)
        draw_body(draw, shapes, box=(780, 80, 1120, 550))
    return card


def draw_body(draw: ImageDraw.ImageDraw, shapes: dict, box: tuple[int, int, int, int]) -> None:
    """Fit the body's capsules (part -> start, end, radius; y up) into the box,
    on a floor. The arm gets a halo in the panel colour, as in the SVG
    figures, so it stays apart from the body behind it."""
    xs = [p[0] + s * r for a, b, r in shapes.values() for p in (a, b) for s in (-1, 1)]
    ys = [p[1] + s * r for a, b, r in shapes.values() for p in (a, b) for s in (-1, 1)]
    scale = min((box[2] - box[0]) / (max(xs) - min(xs)), (box[3] - box[1]) / (max(ys) - min(ys)))
    left = (box[0] + box[2]) / 2 - (min(xs) + max(xs)) / 2 * scale
    floor = box[3]

    def at(p):
        return (left + p[0] * scale, floor - (p[1] - min(ys)) * scale)

    draw.line([(box[0] - 20, floor + 4), (box[2] + 20, floor + 4)], fill=palette.MINT, width=4)

    def capsule(a, b, w, colour):
        (x1, y1), (x2, y2) = at(a), at(b)
        draw.line([(x1, y1), (x2, y2)], fill=colour, width=max(2, round(2 * w)))
        for x, y in ((x1, y1), (x2, y2)):
            draw.ellipse((x - w, y - w, x + w, y + w), fill=colour)

    for part, (a, b, r) in shapes.items():
        if part in ("upper_arm", "forearm"):
            capsule(a, b, r * scale + 6, PANEL)
        capsule(a, b, r * scale, palette.WHITE)


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
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">'
        f"<title>{site_name}</title>"
        f'<rect width="32" height="32" rx="6" fill="{palette.DEEP_GREEN}"/>'
        f'<path d="M9 9l8 8v9" fill="none" stroke="{palette.WHITE}" stroke-width="3" '
        'stroke-linecap="round" stroke-linejoin="round"/>'
        f'<circle cx="6" cy="6" r="3.2" fill="{palette.WHITE}"/></svg>\n'
    )


def png_bytes(image: Image.Image, colours: int | None = COLOURS) -> bytes:
    """PNG bytes, the same for the same picture on every run."""
    if colours:
        image = image.quantize(colours, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def write_if_changed(path: Path, data: bytes) -> bool:
    if path.is_file() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True
