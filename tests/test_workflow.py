"""The GitHub workflow: valid against GitHub's schema, clean under zizmor,
and shaped as the deploy needs (least privilege, Pages actions, site URL)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

pytestmark = pytest.mark.unit

WORKFLOW = ROOT / ".github/workflows/site.yml"
BIN = Path(sys.executable).parent


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_workflow_matches_githubs_schema():
    result = run(str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows",
                 str(WORKFLOW))
    assert result.returncode == 0, result.stdout + result.stderr


def test_dependabot_matches_its_schema():
    result = run(str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.dependabot",
                 str(ROOT / ".github/dependabot.yml"))
    assert result.returncode == 0, result.stdout + result.stderr
    updates = yaml.safe_load((ROOT / ".github/dependabot.yml").read_text())["updates"]
    watched = {(u["package-ecosystem"], u["directory"]) for u in updates}
    assert {("pip", "/"), ("github-actions", "/"), ("npm", "/bench")} <= watched


def test_zizmor_offline_finds_nothing():
    result = run(str(BIN / "zizmor"), "--offline", "--config", ".github/zizmor.yml", str(WORKFLOW))
    assert result.returncode == 0, result.stdout + result.stderr


def test_least_privilege_and_pages_deploy():
    flow = yaml.safe_load(WORKFLOW.read_text())
    assert flow["permissions"] == {}
    jobs = flow["jobs"]
    for name, job in jobs.items():
        perms = job.get("permissions", {})
        if name == "deploy":
            assert perms == {"pages": "write", "id-token": "write"}
            assert job["concurrency"]["group"] == "pages"
        elif name == "save":  # pushes the generated files to main
            assert perms == {"contents": "write"}, name
        else:
            assert perms == {"contents": "read"}, name
    steps = [s for j in jobs.values() for s in j.get("steps", [])]
    uses = [s["uses"].split("@")[0] for s in steps if "uses" in s]
    pages_actions = ("actions/configure-pages", "actions/upload-pages-artifact",
                     "actions/deploy-pages")
    for action in pages_actions:
        assert action in uses
    build = "\n".join(s.get("run", "") for s in jobs["build"]["steps"])
    assert "mkdocs build --strict" in build
    env = next(s["env"] for s in jobs["build"]["steps"] if "env" in s)
    assert "steps.pages.outputs.base_url" in env["SITE_URL"]
    # The test job runs the README's test command.
    assert any(s.get("run") == "scripts/test" for s in jobs["test"]["steps"])


def test_pages_build_is_dated_by_the_last_commit():
    """SOURCE_DATE_EPOCH comes from git, before the build, so the sitemap's
    dates move only when the content does."""
    steps = yaml.safe_load(WORKFLOW.read_text())["jobs"]["build"]["steps"]
    runs = [s.get("run", "") for s in steps]
    dating = next((i for i, r in enumerate(runs) if "SOURCE_DATE_EPOCH=" in r), None)
    assert dating is not None, "the Pages build sets no SOURCE_DATE_EPOCH"
    assert "git log -1 --format=%ct" in runs[dating] and "GITHUB_ENV" in runs[dating]
    building = next(i for i, r in enumerate(runs) if "mkdocs build" in r)
    assert dating < building, "SOURCE_DATE_EPOCH is set after the build"


GENERATE = ROOT / "scripts/generate"


def test_every_job_that_builds_writes_the_generated_files_first():
    """A coach editing on GitHub never runs `python -m hinge_guide`: the
    workflow does, before testing and before building, so a retitled
    fault's share page, card and description ship in the same deploy. Both
    jobs run the one script (the step was two copies, easy to edit apart)."""
    jobs = yaml.safe_load(WORKFLOW.read_text())["jobs"]
    for name, marker in (("test", "scripts/test"), ("save", "scripts/save-generated"),
                         ("build", "mkdocs build")):
        runs = [s.get("run", "") for s in jobs[name]["steps"]]
        assert runs.count("scripts/generate") == 1, f"the {name} job never runs scripts/generate"
        assert not [r for r in runs if "python -m hinge_guide" in r or "python -m figures" in r], (
            f"the {name} job runs a generate command of its own: call scripts/generate")
        using = next(i for i, r in enumerate(runs) if marker in r)
        assert runs.index("scripts/generate") < using, f"the {name} job generates after {marker!r}"


def test_a_pull_request_with_stale_generated_files_fails():
    """The test job regenerated before testing, so the staleness test could
    never fail on GitHub: a pull request with stale files was green, and
    reviewers never saw the generated diff. On a pull request it checks
    first, and only then writes (pushes to main still write before the
    deploy: the web editor's case)."""
    steps = yaml.safe_load(WORKFLOW.read_text())["jobs"]["test"]["steps"]
    runs = [s.get("run", "") for s in steps]
    check = runs.index("scripts/generate --check")
    assert steps[check].get("if") == "github.event_name == 'pull_request'"
    assert check < runs.index("scripts/generate")


def script_after(text: str, command: str) -> str:
    """The lines of a shell script after the (last) line running command."""
    return text.rsplit(command, 1)[1].split("\n", 1)[1]


def test_the_generate_script_stops_at_the_first_error_and_checks_both():
    text = GENERATE.read_text(encoding="utf-8")
    assert GENERATE.stat().st_mode & 0o111, "scripts/generate is not executable"
    assert text.startswith("#!/usr/bin/env bash\n") and "\nset -euo pipefail\n" in text
    check = text.split('if [ "${1:-}" = --check ]; then', 1)[1].split("\nfi\n", 1)[0]
    assert "python -m figures --check" in check and "python -m hinge_guide --check" in check
    assert 'exit "$status"' in check


@pytest.mark.parametrize("github", [True, False])
def test_the_generate_script_names_the_files_a_commit_left_stale(github, tmp_path):
    """The deploy writes what a commit left stale, and says which files on
    the run's page (a warning), so the repository's copies catch up rather
    than drift. The script's own lines after the two commands, run in a
    repository with one stale file and with none; off GitHub, where the
    working tree holds a coach's own edits, they say nothing."""
    import os

    after = script_after(GENERATE.read_text(encoding="utf-8"), "python -m hinge_guide")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "card.png").write_text("old")
    subprocess.run([*git, "-C", str(tmp_path), "add", "."], check=True)
    subprocess.run([*git, "-C", str(tmp_path), "commit", "-qm", "x"], check=True)
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    if github:
        env["GITHUB_ACTIONS"] = "true"

    def say() -> str:
        return subprocess.run(["bash", "-euo", "pipefail", "-c", after], cwd=tmp_path,
                              capture_output=True, text=True, check=True, env=env).stdout

    assert "::warning" not in say()
    (tmp_path / "card.png").write_text("new")
    expected = "::warning title=Generated files were out of date::card.png" if github else ""
    assert say().strip() == expected


# ---- A push to main saves what it generates ----------------------------------

SAVE = ROOT / "scripts/save-generated"


def test_a_push_to_main_commits_what_it_generated_and_deploys_that_commit():
    """The deploy wrote published-links.txt (and share pages, cards) only in
    its own checkout: a fault added in the web editor was published but
    never listed, so renaming it later broke its links without a word. On
    a push to main the save job commits what scripts/generate wrote, after
    the tests pass, and the build checks out that commit; it is the only
    job that may write, and the build keeps no token."""
    jobs = yaml.safe_load(WORKFLOW.read_text())["jobs"]
    save, build = jobs["save"], jobs["build"]
    on_main = "github.event_name == 'push' && github.ref == 'refs/heads/main'"
    assert save["if"] == on_main and save["needs"] == "test"
    runs = [s.get("run", "") for s in save["steps"]]
    assert runs.index("scripts/generate") < runs.index("scripts/save-generated main")
    saving = next(s for s in save["steps"] if s.get("run", "").startswith("scripts/save-generated"))
    assert save["outputs"]["commit"] == f"${{{{ steps.{saving['id']}.outputs.commit }}}}"
    assert build["needs"] == "save" and build["if"] == on_main
    checkout = next(s for s in build["steps"] if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"] == {"ref": "${{ needs.save.outputs.commit }}",
                                "persist-credentials": False}
    assert jobs["deploy"]["needs"] == "build"


def generated_paths() -> list[str]:
    """The paths scripts/save-generated commits, as it lists them."""
    import re
    import shlex

    found = re.search(r"^generated=\((.*)\)$", SAVE.read_text(encoding="utf-8"), re.MULTILINE)
    assert found, "scripts/save-generated lists no generated=(...) paths"
    return shlex.split(found.group(1))


def test_every_file_the_generate_step_writes_is_one_it_saves(monkeypatch):
    """Each file python -m hinge_guide and python -m figures write lies
    under a path scripts/save-generated commits (the cards' pixels aren't
    drawn here: only their names matter)."""
    from figures import IMAGES
    from hinge_guide import generate, icons, preview_cards

    monkeypatch.setattr(preview_cards, "draw_card", lambda *args, **kwargs: None)
    monkeypatch.setattr(icons, "draw_icon", lambda *args, **kwargs: None)
    monkeypatch.setattr(preview_cards, "png_bytes", lambda *args, **kwargs: b"")
    written = [path.relative_to(ROOT).as_posix() for path in generate.outputs(ROOT)]
    written.append(f"{IMAGES.relative_to(ROOT).as_posix()}/x.svg")
    assert len(written) > 20, "the generate step writes too few files: reading it broke"
    saved = generated_paths()
    for path in written:
        assert any(path == top or path.startswith(f"{top}/") for top in saved), path
    assert "." not in saved and "README.md" not in saved


def git(*args: str, cwd: Path) -> str:
    return subprocess.run(["git", "-c", "user.name=Coach", "-c", "user.email=coach@example.org",
                           *args], cwd=cwd, capture_output=True, text=True, check=True).stdout


def project_on_github(tmp_path: Path) -> tuple[Path, Path]:
    """A checkout of a pushed main, as the save job sees it (its remote a
    bare repository here), with the script and a file of each kind."""
    import shutil

    remote, work = tmp_path / "remote.git", tmp_path / "work"
    git("init", "-q", "--bare", "-b", "main", str(remote), cwd=tmp_path)
    git("init", "-q", "-b", "main", str(work), cwd=tmp_path)
    (work / "scripts").mkdir()
    shutil.copy2(SAVE, work / "scripts/save-generated")
    (work / "docs/faults").mkdir(parents=True)
    (work / "overrides/partials").mkdir(parents=True)
    (work / "overrides/partials/hh-theme-color.html").write_text("<meta>\n")
    (work / "published-links.txt").write_text("setup/\n")
    (work / "docs/movement.md").write_text("# Movement\n")
    (work / "README.md").write_text("# Read me\n")
    (work / ".gitignore").write_text(".venv/\n")
    git("add", ".", cwd=work)
    git("commit", "-qm", "A coach's edit", cwd=work)
    git("remote", "add", "origin", str(remote), cwd=work)
    git("push", "-q", "origin", "main", cwd=work)
    return work, remote


def save(work: Path, tmp_path: Path) -> tuple[subprocess.CompletedProcess, str]:
    import os

    output = tmp_path / "github-output"
    output.write_text("")
    env = {**os.environ, "GITHUB_OUTPUT": str(output)}
    for name in ("GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME",
                 "GIT_COMMITTER_EMAIL"):
        env.pop(name, None)
    result = subprocess.run([str(work / "scripts/save-generated"), "main"], cwd=work, env=env,
                            capture_output=True, text=True, timeout=60)
    return result, output.read_text()


def test_the_save_script_commits_only_the_generated_files_as_the_bot(tmp_path):
    work, remote = project_on_github(tmp_path)
    pushed = git("rev-parse", "HEAD", cwd=work).strip()
    # Nothing written: no commit; the pushed commit is the one to build.
    result, output = save(work, tmp_path)
    assert result.returncode == 0, result.stderr
    assert output == f"commit={pushed}\n"
    assert git("rev-parse", "main", cwd=remote).strip() == pushed
    # A new fault's links, its share page, and a tool's cache the checkout ignores.
    (work / "published-links.txt").write_text("setup/\nmovement/#new-fault\n")
    (work / "docs/faults/new-fault.md").write_text("---\n---\n")
    (work / ".venv").mkdir()
    (work / ".venv/x").write_text("")
    result, output = save(work, tmp_path)
    assert result.returncode == 0, result.stderr
    saved = git("rev-parse", "main", cwd=remote).strip()
    assert output == f"commit={saved}\n" and saved != pushed
    assert git("rev-parse", "HEAD~1", cwd=remote).strip() == pushed
    bot = "github-actions[bot] <41898229+github-actions[bot]@users.noreply.github.com>"
    assert git("log", "-1", "--format=%an <%ae>|%cn <%ce>|%s", cwd=remote).strip() == (
        f"{bot}|{bot}|Save the files scripts/generate wrote for {pushed[:7]}")
    changed = git("show", "--name-only", "--format=", "main", cwd=remote).split()
    assert sorted(changed) == ["docs/faults/new-fault.md", "published-links.txt"]


def test_the_save_script_pushes_nothing_when_a_source_changed(tmp_path):
    """A changed file the generate step doesn't write is a bug there: named,
    and nothing is committed or pushed."""
    work, remote = project_on_github(tmp_path)
    pushed = git("rev-parse", "HEAD", cwd=work).strip()
    (work / "published-links.txt").write_text("setup/\nmovement/\n")
    (work / "README.md").write_text("# Changed\n")
    result, output = save(work, tmp_path)
    assert result.returncode == 1 and output == ""
    assert "changed files it doesn't write::README.md" in result.stderr
    assert git("rev-parse", "main", cwd=remote).strip() == pushed
    assert git("rev-parse", "HEAD", cwd=work).strip() == pushed


def test_the_save_script_deploys_nothing_when_main_moved_on(tmp_path):
    """A newer push's own run saves and deploys; this one stops, unsaved."""
    work, remote = project_on_github(tmp_path)
    newer = tmp_path / "newer"
    git("clone", "-q", str(remote), str(newer), cwd=tmp_path)
    (newer / "docs/movement.md").write_text("# Movement, reworded\n")
    git("commit", "-qam", "The coach's next edit", cwd=newer)
    git("push", "-q", "origin", "main", cwd=newer)
    (work / "published-links.txt").write_text("setup/\nmovement/\n")
    result, output = save(work, tmp_path)
    assert result.returncode == 1 and output == ""
    assert "main moved on while this ran" in result.stderr
    newest = git("rev-parse", "HEAD", cwd=newer).strip()
    assert git("rev-parse", "main", cwd=remote).strip() == newest
