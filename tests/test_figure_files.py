"""The SVG files (figures/catalogue.py, figures/svg.py, python -m figures):
every named figure is drawn, small, accessible and inside its view box, and
the committed files are what the model draws."""

from __future__ import annotations

import gzip
import os
import re
import subprocess
import sys

import pytest

from figure_helpers import (
    CHAR_EM,
    CM,
    FILES,
    PAIRS,
    ROOT,
    STEPS,
    check_legs,
    root_box,
    root_tag,
)
from figures import (
    IMAGES,
    body,
)
from figures.__main__ import main
from figures.catalogue import build_catalogue

pytestmark = pytest.mark.unit


def test_every_named_figure_is_drawn():
    expected = {"setup-standing", "drill-dowel", "drill-wall", "drill-pelvic-tilt",
                "drill-rock-back", "lift-box",
                "hinge-rep", "feel-it", "cue-strip", "check-set-up", *STEPS,
                *(f"{p}{side}" for p in PAIRS for side in ("-fault", "-fix")),
                *(f"rung-{i}" for i in range(9)), "rung-5-strip", "rung-8-strip"}
    assert set(build_catalogue().figures) == expected


@pytest.mark.parametrize("name", sorted(FILES))
def test_svg_is_small_accessible_and_theme_aware(name):
    svg = FILES[name]
    root = root_tag(svg)
    assert re.search(r'viewBox="-?[\d.]+ -?[\d.]+ [\d.]+ [\d.]+"', root)
    assert not re.search(r"\s(width|height)=", root)
    assert 'role="img"' in root and re.search(r'class="hh-fig[ "]', root)
    title_id = re.search(r'aria-labelledby="([^"]+)"', root).group(1)
    title = re.search(rf'<title id="{title_id}">([^<]+)</title>', svg)
    assert title and len(title.group(1)) > 20
    assert len(gzip.compress(svg.encode(), mtime=0)) < 8192
    assert "<metadata" not in svg
    assert "currentColor" in svg and "var(--hh-figure-" in svg
    # words only in the named places: labels, badges, step numbers
    for cls in re.findall(r'<text class="([^"]+)"', svg):
        assert cls.split()[0] in ("hh-fig-label", "hh-fig-badge-word", "hh-fig-num-text"), cls
    assert svg.count("<text") == len(re.findall(r'<text class="', svg))
    # every id is prefixed, so several figures can be inlined in one page
    ids = re.findall(r'\bid="([^"]+)"', svg)
    assert ids and all(i.startswith("hh-") for i in ids)  # the title has one, at least
    # hard-coded colours only in the knock-out masks
    for colour in re.findall(r'(?:fill|stroke)="(#[0-9a-f]+)"', svg):
        assert colour in ("#fff", "#000")


def test_ids_are_unique_across_all_figures():
    ids = [i for svg in FILES.values() for i in re.findall(r'\bid="([^"]+)"', svg)]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("name", sorted(FILES))
def test_drawing_and_words_stay_inside_the_view_box(name):
    svg = FILES[name]
    x, y, w, h = root_box(svg)
    closeup = "hh-fig--closeup" in root_tag(svg)
    if closeup:  # a close-up crops the body on purpose: its marks must show whole
        marks = "".join(re.findall(r'<path class="hh-fig-accent[^"]*"[^>]*? d="([^"]+)"', svg))
        coords = re.findall(r"[ML](-?[\d.]+) (-?[\d.]+)", marks)
        coords += re.findall(r'<circle class="hh-fig-[\w-]*accent[^"]*" cx="(-?[\d.]+)" '
                             r'cy="(-?[\d.]+)"', svg)
    else:
        coords = re.findall(r"[ML](-?[\d.]+) (-?[\d.]+)", svg)
        coords += re.findall(r'cx="(-?[\d.]+)" cy="(-?[\d.]+)"', svg)
    assert coords
    for cx, cy in coords:
        assert x <= float(cx) <= x + w and y <= float(cy) <= y + h, (cx, cy)
    if closeup:  # its words are clipped to the crop, right of the inset
        x, y, w, h = map(float, re.search(r'<clipPath id="[^"]+"><rect x="(-?[\d.]+)" '
                                          r'y="(-?[\d.]+)" width="([\d.]+)" height="([\d.]+)"',
                                          svg).groups())
    sizes = dict(re.findall(r"\.(hh-fig-[\w-]+)\{[^}]*font:\d+ ([\d.]+)px", svg))
    # A figure shown small or large sets its words' size for itself (a
    # close-up draws them smaller, as they are enlarged with the crop): the
    # size the reader sees is the one to measure.
    sizes.update(re.findall(r"\.hh-[\w-]+ \.(hh-fig-[\w-]+)\{font-size:([\d.]+)px", svg))
    texts = re.findall(r'<text class="([\w-]+)[^"]*" x="(-?[\d.]+)" y="(-?[\d.]+)"'
                       r'(?: text-anchor="(\w+)")?>(.*?)</text>', svg)
    assert len(texts) == svg.count("<text")
    for cls, tx, ty, anchor, inner in texts:
        size = float(sizes[cls])
        # a label of several lines: its first line, then a tspan a line below each
        lines = re.sub(r"</tspan>", "", inner).split("<tspan")
        lines = [lines[0]] + [line.split(">", 1)[1] for line in lines[1:]]
        assert all("<" not in line for line in lines), inner
        for words in lines:
            length = CHAR_EM * size * len(words)
            left = float(tx) - {"": 0, "start": 0, "middle": length / 2, "end": length}[anchor]
            assert x <= left and left + length <= x + w, (words, left, left + length, x, x + w)
        gaps = [float(g) for g in re.findall(r'dy="([\d.]+)em"', inner)]
        assert y <= float(ty) - size and float(ty) + sum(gaps) * size <= y + h, inner


@pytest.mark.parametrize("file,pose", [("movement-shins-upright.svg", "bottom"),
                                       ("rung-8.svg", "rung8"),
                                       ("setup-standing.svg", "standing"),
                                       ("fault-squatting-the-hinge-fault.svg", "fault_squatting"),
                                       ("fault-bending-at-the-waist-fault.svg", "fault_waist_bend")])
def test_drawn_legs_have_winters_lengths_and_the_poses_knee_angle(file, pose):
    check_legs(FILES[file], pose)


def test_drawn_hips_are_behind_the_heels_in_the_fix_and_over_them_in_the_fault():
    heel = body.HEEL_X * CM
    *_, fix_hip = check_legs(FILES["fault-bending-at-the-waist-fix.svg"], "bottom")
    *_, fault_hip = check_legs(FILES["fault-bending-at-the-waist-fault.svg"], "fault_waist_bend")
    assert fix_hip[0] < heel - 8, "at least 8 cm behind the heels"
    assert heel <= fault_hip[0] <= body.TOE_X * CM


@pytest.mark.parametrize("name", PAIRS)
def test_fault_pairs_use_both_colours_and_label_their_lines(name):
    for side, kind in (("fault", "fault"), ("fix", "accent")):
        svg = FILES[f"{name}-{side}.svg"]
        assert re.search(rf'class="hh-fig-{kind}[ "]', svg)
        other = "accent" if kind == "fault" else "fault"
        assert not re.search(rf'class="hh-fig-{other}[ "]', svg)
        assert svg.count('class="hh-fig-body" mask=') == 1, "one figure"
        assert re.findall(rf'<text class="hh-fig-label hh-fig-label-{kind}"', svg), "lines named in words"
        # every mark sits on a halo of the page colour, drawn just before it;
        # a dashed mark's halo is dashed too, so the body shows between dashes
        marks = list(re.finditer(rf'<path class="hh-fig-{kind}( hh-fig-dash)?"[^>]*d="([^"]+)"', svg))
        assert marks, "no marks"
        for mark in marks:
            halo = svg.rfind('class="hh-fig-halo', 0, mark.start())
            assert halo >= 0, "a mark with no halo"
            dashed = svg[halo:].startswith('class="hh-fig-halo hh-fig-dash"')
            assert dashed == bool(mark.group(1)), svg[halo:mark.start()]
            assert f'd="{mark.group(2)}"' in svg[halo:mark.start()]


@pytest.mark.parametrize("seed", ["1", "2"])
def test_committed_figures_match_the_model(seed):
    """The committed SVGs are what the model draws, whatever order Python
    hashes strings in (so the output can't depend on set or hash order)."""
    result = subprocess.run([sys.executable, "-m", "figures", "--check"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, "PYTHONHASHSEED": seed})
    assert result.returncode == 0, result.stdout + result.stderr
    assert IMAGES == ROOT / "docs" / "images"


def test_check_lists_stale_and_missing_files(tmp_path, capsys):
    assert main(["--out", str(tmp_path)]) == 0
    assert main(["--check", "--out", str(tmp_path)]) == 0
    (tmp_path / "rung-3.svg").write_text("<svg/>")
    (tmp_path / "hinge-rep.svg").unlink()
    capsys.readouterr()
    assert main(["--check", "--out", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "rung-3.svg" in out and "hinge-rep.svg" in out and "rung-2.svg" not in out


def test_rung0_title_matches_the_hands():
    """Rung 0's palms rest on the thighs (see poses.kneeling_hinge)."""
    title = re.search(r"<title[^>]*>([^<]+)</title>", FILES["rung-0.svg"]).group(1)
    assert "hips" in title and "on the hips" not in title
    assert "thighs" in title
