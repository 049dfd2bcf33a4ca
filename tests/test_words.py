"""Words: the house style this guide keeps: short sentences, no "just" or
"simply", plain words a beginner reads at arm's length. (That no sentence
echoes the article the guide grew from is checked by its authors, who have
the article; it is not part of this project.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT, at_least, nav_pages

pytestmark = pytest.mark.unit

DOCS = ROOT / "docs"


def without_macros(text: str) -> str:
    """A page as a reader reads it: each {{ ... }} prints one number or a few
    words from method.yml, so it counts as one word; {% ... %} prints nothing."""
    text = re.sub(r"(?s)\{%.*?%\}", "", text)
    return re.sub(r"(?s)\{\{.*?\}\}", "3", text)


def every_page() -> list[Path]:
    """Every page under docs/, the share pages too."""
    return at_least(20, sorted(DOCS.rglob("*.md")), "pages under docs/")


def prose(path: Path) -> str:
    text = without_macros(path.read_text(encoding="utf-8"))
    text = re.sub(r"(?s)^---.*?---", "", text)  # front matter
    return re.sub(r"\]\([^)]*\)", "]", text)  # link targets


@pytest.mark.parametrize("path", every_page(), ids=lambda p: p.name)
def test_no_simply_or_just(path):
    found = re.findall(r"(?i)\b(simply|just)\b", prose(path))
    assert not found, f"{path.name}: say what to do instead of {found}"


@pytest.mark.parametrize("path", every_page(), ids=lambda p: p.name)
def test_sentences_stay_short(path):
    text = re.sub(r"(?m)^\s*(\||///|    attrs:|#).*$", "", prose(path))  # tables, blocks, headings
    text = re.sub(r"<[^>]+>", " ", text)  # HTML tags (their words stay)
    # Paragraphs and list items stand alone; sentences end at . ! ? or ;
    chunks = re.split(r"\n\s*\n|\n\s*(?:[-*:]|\d+\.)\s", text)
    sentences = [s for c in chunks for s in re.split(r"(?<=[.!?;])\s+", " ".join(c.split()))]
    long = [s for s in sentences if len(s.split()) > 30]
    assert not long, f"{path.name}: split these sentences: {long}"


# method.yml's sentences ----------------------------------------------------
# The pages print method.yml's words (its rules, the rungs' tests, and the
# words: section: the pain rule, the share pages' lines) through macros,
# which the page checks above count as the one word "3". They are held to
# the same house style here, each {name} in a template as the one word it
# prints.

def method_sentences() -> list[tuple[str, str]]:
    """(dotted key, text) of every sentence in method.yml: each string of
    three words or more."""
    from hinge_guide import method

    found: list[tuple[str, str]] = []

    def walk(value, key: str) -> None:
        if isinstance(value, str) and len(value.split()) >= 3:
            found.append((key, re.sub(r"\{\w+\}", "3", value)))
        elif isinstance(value, dict):
            for name, inner in value.items():
                walk(inner, f"{key}.{name}" if key else str(name))
        elif isinstance(value, list):
            for number, inner in enumerate(value):
                walk(inner, f"{key}[{number}]")

    walk(method.load(ROOT), "")
    return at_least(30, found, "sentences in method.yml")


def test_method_yml_has_no_simply_or_just():
    found = [(key, text) for key, text in method_sentences()
             if re.search(r"(?i)\b(simply|just)\b", text)]
    assert not found, f"method.yml: say what to do instead, in {found}"


def test_method_yml_sentences_stay_short():
    long = [(key, sentence) for key, text in method_sentences()
            for sentence in re.split(r"(?<=[.!?;])\s+", text) if len(sentence.split()) > 30]
    assert not long, f"method.yml: split these sentences: {long}"


def test_method_yml_reads_at_grade_8_or_below():
    import textstat

    text = "\n".join(text if text[-1] in ".!?:;" else f"{text}." for _, text in method_sentences())
    grade = textstat.flesch_kincaid_grade(text)
    assert grade <= READING_GRADE_MAX, (
        f"method.yml's sentences read at Flesch-Kincaid grade {grade:.1f}; the most is "
        f"{READING_GRADE_MAX}. Split long sentences and swap long words for short ones.")


# Reading level ------------------------------------------------------------
# Every teaching page reads at Flesch-Kincaid grade 8 or below. textstat is
# pinned at 0.7.4: later versions fetch a word list over the network.

READING_GRADE_MAX = 8
# Pages that teach; the fault index and the glossary are generated lists.
NOT_TEACHING = {"faults.md", "glossary.md"}


def teaching_pages() -> list[Path]:
    return at_least(5, [DOCS / src for _, src in nav_pages() if src not in NOT_TEACHING],
                    "teaching pages")



def readable_text(markdown: str) -> str:
    """The words a reader reads, one sentence or item a line: no front
    matter, code, tables, block markers, HTML, images or link targets, and
    no headings (short labels, which would pull the average down)."""
    text = re.sub(r"(?s)\A---\n.*?\n---\n", "", without_macros(markdown))  # front matter
    text = re.sub(r"(?m)^#.*$", "", text)  # headings
    text = re.sub(r"(?ms)^([ \t]*)(```|~~~).*?^\1\2[ \t]*$", "", text)  # code
    text = re.sub(r"(?m)^[ \t]*\|.*$", "", text)  # tables
    text = re.sub(r"(?m)^[ \t]*(///.*|attrs:.*|\*\[.*)$", "", text)  # blocks, abbreviations
    text = re.sub(r"(?s)<!--.*?-->", "", text)  # comments
    text = re.sub(r"<[^>]+>", " ", text)  # HTML
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)  # images (their alt text is not read here)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # links: keep the words
    text = re.sub(r"\{[^}]*\}", "", text)  # attribute lists
    text = re.sub(r"[*_`]", "", text)  # emphasis
    # Paragraphs, list items and headings each stand alone: end each one
    # with a full stop if it has none, so textstat counts it as a sentence.
    text = re.sub(r"(?m)^[ \t]*(?:[-+*]|\d+\.|:)[ \t]+", "\n", text)  # item markers
    chunks = re.split(r"\n[ \t]*\n", text)
    lines = []
    for chunk in chunks:
        chunk = " ".join(chunk.split())
        if chunk:
            lines.append(chunk if chunk[-1] in ".!?:;" else chunk + ".")
    return "\n".join(lines)


def reading_grade(markdown: str) -> tuple[float, int]:
    import textstat

    text = readable_text(markdown)
    return textstat.flesch_kincaid_grade(text), textstat.lexicon_count(text)


@pytest.mark.parametrize("path", teaching_pages(), ids=lambda p: p.name)
def test_teaching_pages_read_at_grade_8_or_below(path):
    grade, words = reading_grade(path.read_text(encoding="utf-8"))
    assert words >= 100, (f"{path.name}: only {words} words were measured; "
                          "is the stripping too greedy?")
    assert grade <= READING_GRADE_MAX, (
        f"{path.name} reads at Flesch-Kincaid grade {grade:.1f}; the most is "
        f"{READING_GRADE_MAX}. Split long sentences and swap long words for short ones."
    )


def test_the_reading_check_catches_hard_prose():
    hard = (
        "---\ndescription: x\n---\n\n# Title\n\n"
        "Notwithstanding considerable interindividual variability in posterior chain "
        "extensibility, practitioners should systematically individualise the amplitude "
        "of hip flexion, prioritising lumbopelvic stabilisation throughout the eccentric "
        "phase of every repetition.\n\n"
        "| Table | words |\n| --- | --- |\n| are | ignored |\n"
    )
    grade, words = reading_grade(hard)
    assert words > 20 and grade > READING_GRADE_MAX


# Shared fault links ---------------------------------------------------------
# A coach's posted link must keep working: every fault anchor in
# published-links.txt is still named in its page's Markdown, as a fault
# box's id or as an old anchor that a merged box carries (data-old-anchors).
# Read here with a pattern of its own, apart from the generate step's check.

def published_anchors() -> list[tuple[str, str]]:
    text = (ROOT / "published-links.txt").read_text(encoding="utf-8")
    links = [line.strip() for line in text.splitlines()
             if "#" in line and not line.lstrip().startswith("#")]
    return at_least(17, [tuple(link.split("#", 1)) for link in links],
                    "fault links in published-links.txt")


def named_anchors(markdown: str) -> set[str]:
    names = set()
    for attrs in re.findall(r"(?m)^[ \t]*attrs:[ \t]*\{(.*)\}[ \t]*$", markdown):
        for key, value in re.findall(r"([\w-]+):[ \t]*([^,}]+)", attrs):
            if key == "id":
                names.add(value.strip())
            elif key == "data-old-anchors":
                names.update(value.split())
    return names


@pytest.mark.parametrize("page,anchor", published_anchors(), ids=lambda x: x)
def test_every_shared_fault_anchor_is_kept(page, anchor):
    src = DOCS / (page.rstrip("/") + ".md")
    assert src.exists(), f"published-links.txt links to {page}, which has no page"
    assert anchor in named_anchors(src.read_text(encoding="utf-8")), (
        f"{page}#{anchor} is in published-links.txt but no fault box on "
        f"{src.name} carries it. Keep the id, or add it to the surviving box: "
        f"attrs: {{id: ..., data-old-anchors: {anchor}}}"
    )


def plain_words(text: str) -> list[str]:
    """The words of text that read as words: not class names, addresses or
    keys (hh-share-intro, safety.md#pain)."""
    return [token for token in text.split() if re.fullmatch(r"[A-Za-z']+[,.:;!?]?", token)]


@pytest.mark.parametrize("module", ["macros.py", "faults/share.py"])
def test_no_sentence_a_reader_reads_is_written_in_python(module):
    """The pain rule (macros.py) and the share pages' lines (faults/share.py)
    were written in Python, where neither a coach editing the guide's words
    nor the checks above saw them. They are in method.yml's words: now; any
    string of three words or more left in these modules is a message to a
    coach (raised), a docstring, or markup."""
    import ast

    tree = ast.parse((ROOT / "hinge_guide" / module).read_text(encoding="utf-8"))
    skipped = {id(node) for raised in ast.walk(tree) if isinstance(raised, ast.Raise)
               for node in ast.walk(raised)}
    skipped |= {id(node.body[0].value) for node in ast.walk(tree)
                if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef) and node.body
                and isinstance(node.body[0], ast.Expr)}
    found = [f"line {node.lineno}: {node.value!r}" for node in ast.walk(tree)
             if isinstance(node, ast.Constant) and isinstance(node.value, str)
             and id(node) not in skipped and len(plain_words(node.value)) >= 3]
    assert not found, f"hinge_guide/{module}: put these words in method.yml's words: {found}"
