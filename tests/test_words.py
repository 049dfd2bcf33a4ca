"""Words: our own sentences, and the house style of docs/STYLE in README."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT

DOCS = ROOT / "docs"
# The source article lives beside the project for its authors only.
OVERLAP_TOOL = ROOT.parent / "shared" / "tools" / "seed-overlap"


def prose(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"(?s)^---.*?---", "", text)  # front matter
    return re.sub(r"\]\([^)]*\)", "]", text)  # link targets


@pytest.mark.skipif(not OVERLAP_TOOL.exists(), reason="the source article is not beside this checkout")
def test_no_sentence_echoes_the_source_article():
    result = subprocess.run([str(OVERLAP_TOOL), str(DOCS)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize("path", sorted(DOCS.rglob("*.md")), ids=lambda p: p.name)
def test_no_simply_or_just(path):
    found = re.findall(r"(?i)\b(simply|just)\b", prose(path))
    assert not found, f"{path.name}: say what to do instead of {found}"


@pytest.mark.parametrize("path", sorted(DOCS.rglob("*.md")), ids=lambda p: p.name)
def test_sentences_stay_short(path):
    text = re.sub(r"(?m)^\s*(\||///|    attrs:|#).*$", "", prose(path))  # tables, blocks, headings
    # Paragraphs and list items stand alone; sentences end at . ! ? or ;
    chunks = re.split(r"\n\s*\n|\n\s*(?:[-*:]|\d+\.)\s", text)
    sentences = [s for c in chunks for s in re.split(r"(?<=[.!?;])\s+", " ".join(c.split()))]
    long = [s for s in sentences if len(s.split()) > 30]
    assert not long, f"{path.name}: split these sentences: {long}"
