"""The body tracker's files in docs/vendor/tracker/ are exactly what
scripts/vendor-tracker wrote from the packages pinned in vendor/tracker/:
pins exact, lockfile integrity recorded, every file's hash as written,
nothing extra, licences shipped. Runs offline; no Node needed."""

from __future__ import annotations

import hashlib
import json
import re

import pytest

from conftest import ROOT

pytestmark = pytest.mark.slow

PACKAGE = ROOT / "vendor/tracker"
OUT = ROOT / "docs/vendor/tracker"
MANIFEST = json.loads((PACKAGE / "manifest.json").read_text())
LOCK = json.loads((PACKAGE / "package-lock.json").read_text())
PINS = json.loads((PACKAGE / "package.json").read_text())["dependencies"]
DEV = json.loads((PACKAGE / "package.json").read_text())["devDependencies"]
TFJS = "4.22.0"  # the version Human 3.3.6 bundled, whose keypoints the labelled clips hold


def test_pins_are_exact_and_locked_with_integrity():
    # Shipped: TensorFlow.js, the parts tracker.js uses, at Human's version.
    assert PINS == {
        "@tensorflow/tfjs-core": TFJS,
        "@tensorflow/tfjs-converter": TFJS,
        "@tensorflow/tfjs-backend-wasm": TFJS,
    }
    # Build tools only, pinned but never shipped as code: the bundler, and
    # Human, which the MoveNet model files come from.
    assert DEV == {
        "esbuild": MANIFEST["packages"]["esbuild"]["version"],
        "@vladmandic/human": "3.3.6",
    }
    for name, version in {**PINS, **DEV}.items():
        assert re.fullmatch(r"\d+\.\d+\.\d+", version), (
            f"{name}: pin an exact version, not {version}"
        )
        entry = LOCK["packages"][f"node_modules/{name}"]
        assert entry["version"] == version
        assert entry["integrity"].startswith("sha512-")
    assert LOCK["packages"][""]["dependencies"] == PINS
    assert LOCK["packages"][""]["devDependencies"] == DEV


def test_manifest_matches_the_lockfile():
    for name, version in {**PINS, **DEV}.items():
        recorded = MANIFEST["packages"][name]
        entry = LOCK["packages"][f"node_modules/{name}"]
        assert recorded["version"] == version == entry["version"], name
        assert recorded["integrity"] == entry["integrity"], (
            f"{name}: docs/vendor/tracker/ was written from another build; "
            "run scripts/vendor-tracker"
        )


def test_committed_files_match_the_manifest():
    on_disk = {str(p.relative_to(OUT)) for p in OUT.rglob("*") if p.is_file()}
    assert on_disk == set(MANIFEST["files"]), (
        "run scripts/vendor-tracker: files differ from its manifest"
    )
    for name, digest in MANIFEST["files"].items():
        assert hashlib.sha256((OUT / name).read_bytes()).hexdigest() == digest, (
            f"docs/vendor/tracker/{name} changed by hand; run scripts/vendor-tracker"
        )


def test_only_what_the_page_needs_and_the_licences():
    assert set(MANIFEST["files"]) == {
        "tfjs.esm.js",
        "tfjs-backend-wasm-simd.wasm",
        "tfjs-backend-wasm.wasm",
        "models/movenet-lightning.json",
        "models/movenet-lightning.bin",
        "NOTICE.txt",
        "LICENSE-human.txt",
        "LICENSE-seedrandom.txt",
        "LICENSE-Apache-2.0.txt",
    }
    assert "MIT License" in (OUT / "LICENSE-human.txt").read_text()
    assert "Permission is hereby granted" in (OUT / "LICENSE-seedrandom.txt").read_text()
    assert "Apache License" in (OUT / "LICENSE-Apache-2.0.txt").read_text()
    notice = (OUT / "NOTICE.txt").read_text()
    for name, version in {**PINS, "@vladmandic/human": "3.3.6"}.items():
        assert name.split("/")[-1] in notice and version in notice, name
    assert MANIFEST["packages"]["@vladmandic/human"]["license"] == "MIT"
    for name in PINS:
        assert MANIFEST["packages"][name]["license"] == "Apache-2.0", name
    # The model's weights file is the one its JSON names.
    model = json.loads((OUT / "models/movenet-lightning.json").read_text())
    paths = {p for group in model["weightsManifest"] for p in group["paths"]}
    assert paths == {"movenet-lightning.bin"}


def test_the_page_points_the_tracker_at_these_files():
    """No CDN: the WASM and the model come from the site itself, and the
    settings are Human's (wasm backend, MoveNet Lightning, minConfidence 0.1)."""
    check = (ROOT / "docs/javascripts/hinge-check/tracker.js").read_text()
    assert 'new URL("../../vendor/tracker/", import.meta.url)' in check
    for setting in (
        'import(VENDOR + "tfjs.esm.js")',
        # The WASM file from VENDOR, fetched by the browser, not a CDN.
        "setWasmPaths(VENDOR, false)",
        'setBackend("wasm")',
        'const MODEL = "movenet-lightning"',
        'VENDOR + "models/" + MODEL + ".json"',
        "const MIN_CONFIDENCE = 0.1;",
    ):
        assert setting in check, setting
    assert "http" not in re.sub(r"//.*", "", check)
    # The bundle carries no address it could fetch from either.
    bundle = (OUT / "tfjs.esm.js").read_text()
    assert not re.findall(r"https?://(?!github\.com/|developer\.mozilla|emscripten\.org)", bundle)


def test_the_big_kernels_are_stored_as_uint8_and_the_rest_as_float16():
    """scripts/quantize-movenet: only the kernels of 16,384 values or more
    are uint8 (more than that moved the angles on the labelled clips), and
    the .bin holds exactly the bytes the manifest describes."""
    import math

    model = json.loads((OUT / "models/movenet-lightning.json").read_text())
    weights = [w for g in model["weightsManifest"] for w in g["weights"]]
    size = {"uint8": 1, "float16": 2, "int32": 4, "float32": 4}
    total = 0
    uint8 = []
    for w in weights:
        q = w.get("quantization") or {}
        count = math.prod(w["shape"])
        total += count * size[q.get("dtype", w["dtype"])]
        if q.get("dtype") == "uint8":
            uint8.append(count)
            assert q["scale"] > 0 and isinstance(q["min"], float), w["name"]
        elif w["dtype"] == "float32":
            assert q.get("dtype") == "float16" and count < 16384, w["name"]
    assert len(uint8) == 22 and min(uint8) >= 16384
    assert total == (OUT / "models/movenet-lightning.bin").stat().st_size


def test_first_use_download():
    """Every file the first check fetches after the tap, gzipped: the
    tracker (one of the two WASM files: SIMD where the browser has it) and
    the check's own scripts. Before this work: 4.94 MB; 2.56 with Human
    minified; 2.27 with only the parts of TensorFlow.js the check uses."""
    from hinge_guide.tracker import first_use_bytes, first_use_files

    files = first_use_files(ROOT)
    assert all(f.is_file() for f in files) and len(files) >= 8, files
    total = first_use_bytes(ROOT)
    print(f"first use: {total:,} B gzip")
    assert total <= 2_300_000


def test_the_page_states_the_download_the_files_make(built):
    """Check your hinge tells the reader the size before the tap; it is
    worked out from the files, so it can't go stale when they change."""
    from hinge_guide.tracker import first_use_bytes

    text = (built / "check-your-hinge/index.html").read_text(encoding="utf-8")
    stated = float(re.search(r"downloads the body tracker, about\s+([\d.]+) MB", text).group(1))
    assert 0 <= stated * 1e6 - first_use_bytes(ROOT) < 100_000
