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
    for name, marker in (("test", "scripts/test"), ("build", "mkdocs build")):
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
