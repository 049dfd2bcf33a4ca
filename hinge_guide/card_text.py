"""Text set in a box, in Lato with Noto for what Lato lacks, drawn with Pillow.

The layout engine the link-preview cards set their words with
(card_words.py says where a card's words go). Text is set in Lato (SIL
Open Font License, the font-lato package). Any character Lato lacks
(Hebrew, Arabic, other scripts, symbols, emoji) is set in the Noto font
that has it (OFL, the manimgx-fonts package, which ships Noto Sans with its
script faces and the one-colour Noto Emoji); a character no font has is
left out rather than drawn as a box. Titles are balanced so no line ends
up with one word alone, break after a phrase ("Rounded back:" / "the fix")
rather than inside one, shrink to fit their box, and end in an ellipsis
when even the smallest size can't hold them. layout_text() says where every
run of text goes and in which font; the tests read it to check each glyph
exists and each line fits its box.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import font_lato
import manimgx_fonts
from fontTools.ttLib import TTFont
from PIL import ImageFont

ELLIPSIS = "\u2026"
# Signs no card font has, set as their heavy forms, which Noto Emoji has.
SUBSTITUTES = str.maketrans({"\u2713": "\u2714", "\u2717": "\u2716", "\u2718": "\u2716"})

_NOTO = Path(manimgx_fonts.__file__).parent
# Lato first; then the Noto faces, tried in this order for what Lato lacks.
FALLBACKS = ("NotoSans[wght].ttf", "NotoSansHebrew[wght].ttf", "NotoSansArabic[wght].ttf",
             "NotoSansSymbols[wght].ttf", "NotoEmoji[wght].ttf")


def font_paths(bold: bool) -> tuple[str, ...]:
    lato = font_lato.font_files["LatoBold" if bold else "Lato"]
    return (lato, *(str(_NOTO / name) for name in FALLBACKS))


@cache
def coverage(path: str) -> frozenset[int]:
    """The code points a font has a glyph for (its cmap)."""
    return frozenset(TTFont(path, lazy=True).getBestCmap())


@cache
def font(size: int, bold: bool = False, path: str | None = None) -> ImageFont.FreeTypeFont:
    face = ImageFont.truetype(path or font_paths(bold)[0], size)
    if path and "[wght]" in path:  # a variable Noto face: set its weight
        face.set_variation_by_axes([700 if bold else 400])
    return face


@cache  # asked once per character per trial line: thousands of times a card
def font_for(char: str, bold: bool) -> str | None:
    """The first font that has the character, or None."""
    return next((p for p in font_paths(bold) if ord(char) in coverage(p)), None)


@dataclass(frozen=True)
class Run:
    """Text in one font at one place (x, baseline)."""

    text: str
    path: str
    size: int
    bold: bool
    xy: tuple[float, float]

    @property
    def face(self) -> ImageFont.FreeTypeFont:
        return font(self.size, self.bold, self.path)


@dataclass
class TextBlock:
    box: tuple[int, int, int, int]
    colour: str
    lines: list[str] = field(default_factory=list)
    runs: list[Run] = field(default_factory=list)
    bottom: int = 0
    size: int = 0  # the size its lines are set at


def runs_of(text: str, bold: bool) -> list[tuple[str, str]]:
    """(text, font path) runs. Spaces and punctuation stay in the run they
    sit in when its font has them, so a Hebrew or Arabic phrase is one run
    and Pillow (raqm) sets it right to left. Characters no font has go."""
    out: list[tuple[str, str]] = []
    for char in text.translate(SUBSTITUTES):
        neutral = not unicodedata.category(char).startswith(("L", "M", "N", "S"))
        if out and neutral and ord(char) in coverage(out[-1][1]):
            out[-1] = (out[-1][0] + char, out[-1][1])
            continue
        path = font_for(char, bold)
        if path is None:
            continue
        if out and out[-1][1] == path:
            out[-1] = (out[-1][0] + char, path)
        else:
            out.append((char, path))
    return _neutrals_after_rtl(out)


def _is_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def _neutrals_after_rtl(runs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A right-to-left run's trailing spaces and punctuation, moved into the
    run after it: set inside the Arabic or Hebrew run, raqm put them at its
    left end, so "ظهر مستدير: the fix" lost its colon and its space."""
    out = list(runs)
    for i in range(len(out) - 1):
        text, path = out[i]
        if not _is_rtl(text):
            continue
        core = text.rstrip("".join(c for c in set(text)
                                   if unicodedata.bidirectional(c) not in ("R", "AL", "L",
                                                                           "EN", "AN", "NSM")))
        tail = text[len(core):]
        following, next_path = out[i + 1]
        if core and tail and all(ord(c) in coverage(next_path) for c in tail):
            out[i], out[i + 1] = (core, path), (tail + following, next_path)
    return out


@cache  # line breaking measures the same trial lines again at each width
def length(text: str, size: int, bold: bool) -> float:
    return sum(font(size, bold, p).getlength(t) for t, p in runs_of(text, bold))


def clean(text: str, bold: bool) -> str:
    return "".join(t for t, _ in runs_of(" ".join(text.split()), bold))


def greedy(words: list[str], width: float, size: int, bold: bool) -> list[str]:
    lines: list[str] = []
    for word in words:
        trial = f"{lines[-1]} {word}" if lines else word
        if lines and length(trial, size, bold) <= width:
            lines[-1] = trial
        else:
            lines.append(word)
    return lines


def balanced(words: list[str], width: float, size: int, bold: bool) -> list[str]:
    """As few lines as the width allows, as even as they can be: the
    narrowest width that still gives that many lines."""
    lines = greedy(words, width, size, bold)
    low, high = width / 2, width
    while high - low > 2:
        middle = (low + high) / 2
        if len(greedy(words, middle, size, bold)) <= len(lines):
            high = middle
        else:
            low = middle
    return greedy(words, high, size, bold)


# A word ending a phrase: a title breaks after it before anywhere else.
_PHRASE_END = re.compile(r"[:;]$|^[\u2013\u2014]$")


def by_phrase(words: list[str], width: float, size: int, bold: bool) -> list[str] | None:
    """Lines that break only after a phrase ("Rounded back:" / "the fix"),
    each phrase balanced on its own lines; None for one phrase."""
    phrases: list[list[str]] = [[]]
    for word in words:
        phrases[-1].append(word)
        if _PHRASE_END.search(word):
            phrases.append([])
    phrases = [p for p in phrases if p]
    if len(phrases) < 2:
        return None
    return [line for phrase in phrases for line in balanced(phrase, width, size, bold)]


def split_long(words: list[str], width: float, size: int, bold: bool) -> list[str]:
    """Words wider than the box, cut into pieces that fit."""
    out: list[str] = []
    for word in words:
        while length(word, size, bold) > width and len(word) > 1:
            cut = len(word) - 1
            while cut > 1 and length(word[:cut], size, bold) > width:
                cut -= 1
            out.append(word[:cut])
            word = word[cut:]
        out.append(word)
    return out


def shorten(lines: list[str], keep: int, width: float, size: int, bold: bool) -> list[str]:
    """The first `keep` lines, the last ending in an ellipsis that fits."""
    if len(lines) <= keep:
        return lines
    last = lines[keep - 1].split()
    while True:
        text = " ".join(last).rstrip(" .,:;!?-") + ELLIPSIS
        if length(text, size, bold) <= width or not last:
            break
        if len(last) > 1:
            last.pop()
        else:
            last = [last[0][:-1]] if len(last[0]) > 1 else []
    return [*lines[: keep - 1], _at_a_clause(last, lines[: keep - 1]) or text]


_CLAUSE_END = re.compile(r"[,:;.]$")


def _at_a_clause(last: list[str], before: list[str]) -> str | None:
    """The last line cut after a clause in it ("…a little higher" rather
    than "…a little higher: shins on"), when that keeps three quarters of
    the words shown or more; else None ("Send your hips back, not down…"
    would lose the words that matter)."""
    shown = sum(len(line.split()) for line in before) + len(last)
    for end in range(len(last) - 1, 0, -1):
        if _CLAUSE_END.search(last[end - 1]) and 4 * (shown - len(last) + end) > 3 * shown:
            return " ".join(last[:end]).rstrip(" .,:;!?-") + ELLIPSIS
    return None


def fits(lines: list[str], words: list[str], max_lines: int) -> bool:
    """Within the lines, and no word left alone on the last line (unless
    the text is one or two words)."""
    orphan = len(lines) > 1 and len(lines[-1].split()) == 1 and len(words) > 2
    return len(lines) <= max_lines and not orphan


def _whole_phrases(words: list[str], width: float, height: float, sizes: tuple[int, ...],
                   bold: bool, leading: float) -> tuple[list[str] | None, int]:
    """A title of phrases ("Rounded back:" / "the fix") one phrase a line, at
    the largest of the reading sizes (down to three quarters of the first)
    where each fits whole: rather a size smaller than a phrase broken in
    two. (None, 0) when no reading size does it, or the title is one
    phrase: that takes the largest size, on as many lines as it needs."""
    phrase_count = sum(1 for w in words if _PHRASE_END.search(w)) + 1
    if phrase_count < 2:
        return None, 0
    for size in sizes:
        if size < 0.75 * sizes[0]:
            break
        if length(" ".join(words), size, bold) <= width:
            return [" ".join(words)], size  # all of it on one line
        phrased = by_phrase(words, width, size, bold)
        if (phrased and len(phrased) <= phrase_count
                and all(length(line, size, bold) <= width for line in phrased)
                and fits(phrased, words, lines_in(height, size, leading, words, bold))):
            return phrased, size
    return None, 0


def lines_in(height: float, size: int, leading: float, words: list[str], bold: bool) -> int:
    """How many lines of these words a box this tall holds (one at least)."""
    return max(1, int((height - extra_depth(" ".join(words), size, bold)) // (size * leading)))


@cache
def extra_depth(text: str, size: int, bold: bool) -> float:
    """How much deeper than Lato's own descenders the text's ink reaches:
    a line's leading leaves room for Lato's, and a fallback font's (an
    Arabic title's) went below its box."""
    deepest = max((font(size, bold, path).getbbox(part, anchor="ls")[3]
                   for part, path in runs_of(text, bold)), default=0)
    return max(0.0, deepest - font(size, bold).getbbox("gjpqy", anchor="ls")[3])


def layout_text(text: str, box: tuple[int, int, int, int], sizes: tuple[int, ...],
                bold: bool, colour: str, leading: float = 1.2,
                phrases: bool = False) -> TextBlock:
    """Text set in the box: the largest size at which it fits, balanced
    (breaking after a phrase where `phrases`, as titles do); at the
    smallest, long words cut and the end shortened with an ellipsis."""
    left, top, right, bottom = box
    width = right - left
    text = clean(text, bold)
    words = text.split()
    block = TextBlock(box, colour)
    if not words:
        block.bottom = top
        return block
    chosen: list[str] | None = None
    if phrases:
        chosen, size = _whole_phrases(words, width, bottom - top, sizes, bold, leading)
    for size in sizes if chosen is None else ():
        max_lines = lines_in(bottom - top, size, leading, words, bold)
        if all(length(w, size, bold) <= width for w in words):
            lines = balanced(words, width, size, bold)
            # Broken mid-phrase ("Rounded / back: the fix"), break after the
            # phrase instead when that costs at most one more line.
            phrased = by_phrase(words, width, size, bold) if phrases and len(lines) > 1 else None
            if phrased and len(phrased) <= len(lines) + 1 and fits(phrased, words, max_lines):
                lines = phrased
            if fits(lines, words, max_lines):
                chosen = lines
                break
    if chosen is None:
        size = sizes[-1]
        max_lines = lines_in(bottom - top, size, leading, words, bold)
        pieces = split_long(words, width, size, bold)
        # Cut short, each line is filled (not balanced: even lines would
        # leave room unused on every line before the ellipsis).
        lines = balanced(pieces, width, size, bold)
        if len(lines) > max_lines:
            lines = greedy(pieces, width, size, bold)
        chosen = shorten(lines, max_lines, width, size, bold)
        # Cut short (at a clause, say), the words left may sit on fewer, even lines.
        even = balanced(" ".join(chosen).split(), width, size, bold)
        if len(even) < len(chosen) and all(length(line, size, bold) <= width for line in even):
            chosen = even
    step = size * leading
    ascent = font(size, bold).getmetrics()[0]
    y: float = top + ascent
    for line in chosen:
        x = float(left)
        for part, path in runs_of(line, bold):
            block.runs.append(Run(part, path, size, bold, (x, y)))
            x += font(size, bold, path).getlength(part)
        block.lines.append(line)
        y += step
    block.bottom = round(top + step * len(chosen) + extra_depth(text, size, bold))
    block.size = size
    return block


def run_box(run: Run) -> tuple[float, float, float, float]:
    """Where a run's ink lands on the card: (left, top, right, bottom)."""
    x0, y0, x1, y1 = run.face.getbbox(run.text, anchor="ls")
    x, y = run.xy
    return (x + x0, y + y0, x + x1, y + y1)
