"""The hashed locks (requirements*.txt) match the short lists they are
compiled from (requirements*.in): a pin changed in a .in file without
running scripts/lock fails here, before pip would install the old one."""

from __future__ import annotations

import json
import re

import pytest

from conftest import ROOT

pytestmark = pytest.mark.unit

PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)")


def name(raw: str) -> str:
    return re.sub(r"[-_.]+", "-", raw).lower()


def wanted(path) -> dict[str, str]:
    """The pins a .in file names, with those of the files it includes (-r)."""
    pins = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("-r "):
            pins |= wanted(path.parent / line[3:].strip())
        elif match := PIN.match(line):
            pins[name(match[1])] = match[2]
    return pins


def locked(path) -> dict[str, tuple[str, int]]:
    """Each package in a lock: its version and how many hashes it carries."""
    entries = {}
    for block in re.split(r"\n(?=\S)", path.read_text(encoding="utf-8")):
        if match := PIN.match(block):
            entries[name(match[1])] = (match[2], block.count("--hash=sha256:"))
    return entries


@pytest.mark.parametrize("stem", ["requirements", "requirements-test", "requirements-zensical",
                                  "requirements-uv"])
def test_lock_holds_every_pin_of_its_input_with_hashes(stem):
    lock = locked(ROOT / f"{stem}.txt")
    assert lock, f"{stem}.txt pins nothing"
    unhashed = [pkg for pkg, (_, hashes) in lock.items() if hashes == 0]
    assert not unhashed, f"{stem}.txt: no hash for {unhashed}"
    stale = {pkg: version for pkg, version in wanted(ROOT / f"{stem}.in").items()
             if lock.get(pkg, (None,))[0] != version}
    assert not stale, f"{stem}.in pins {stale}, which {stem}.txt lacks: run scripts/lock"


def test_the_firefox_tests_pin_puppeteer_exactly_with_integrity():
    """tests/firefox/ (Puppeteer, for test_firefox.py) is installed with
    `npm ci`: every package in its lock carries an integrity hash, and
    Puppeteer itself is pinned to one version."""
    folder = ROOT / "tests/firefox"
    pins = json.loads((folder / "package.json").read_text(encoding="utf-8"))["dependencies"]
    lock = json.loads((folder / "package-lock.json").read_text(encoding="utf-8"))["packages"]
    assert lock[""]["dependencies"] == pins, "run npm install in tests/firefox/"
    for name, version in pins.items():
        assert re.fullmatch(r"\d+\.\d+\.\d+", version), f"{name}: pin an exact version"
        assert lock[f"node_modules/{name}"]["version"] == version, f"{name}: run npm install"
    unhashed = [k for k, entry in lock.items()
                if k and not entry.get("integrity", "").startswith("sha512-")]
    assert not unhashed, f"tests/firefox/package-lock.json: no integrity for {unhashed}"
