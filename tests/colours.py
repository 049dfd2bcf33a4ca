"""WCAG contrast, for the tests that check colours: one rule, whatever
form the colour comes in (a stylesheet's #rrggbb, a browser's computed
rgb()/rgba(), or red, green and blue from 0 to 1)."""

from __future__ import annotations

import re

from PIL import ImageColor

Colour = str | tuple[float, float, float]


def channels(colour: Colour) -> tuple[float, float, float]:
    """Red, green and blue from 0 to 1 (an rgba() colour's alpha is dropped:
    blend it over its background first)."""
    if isinstance(colour, tuple):
        return colour
    if colour.startswith("rgb"):
        numbers = re.findall(r"[\d.]+", colour)
        assert len(numbers) >= 3, f"not a colour: {colour}"
        red, green, blue = (float(n) / 255 for n in numbers[:3])
        return red, green, blue
    red, green, blue = (v / 255 for v in ImageColor.getrgb(colour)[:3])
    return red, green, blue


def luminance(colour: Colour) -> float:
    """WCAG relative luminance."""
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels(colour)]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: Colour, b: Colour) -> float:
    """WCAG contrast ratio of two colours, 1 to 21."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
