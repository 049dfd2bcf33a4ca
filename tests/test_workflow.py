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


def test_every_job_that_builds_writes_the_generated_files_first():
    """A coach editing on GitHub never runs `python -m hinge_guide`: the
    workflow does, before testing and before building, with bash's -e (a
    failure stops the run), so a retitled fault's share page, card and
    description ship in the same deploy."""
    jobs = yaml.safe_load(WORKFLOW.read_text())["jobs"]
    for name, marker in (("test", "scripts/test"), ("build", "mkdocs build")):
        steps = jobs[name]["steps"]
        runs = [s.get("run", "") for s in steps]
        generate = next((i for i, r in enumerate(runs)
                         if any(line.strip().endswith("python -m hinge_guide")
                                for line in r.splitlines())), None)
        assert generate is not None, f"the {name} job never runs python -m hinge_guide"
        assert steps[generate].get("shell") == "bash", "without shell: bash, no -e"
        assert "--check" not in runs[generate]
        using = next(i for i, r in enumerate(runs) if marker in r)
        assert generate < using, f"the {name} job generates after it {marker!r}"


@pytest.mark.parametrize("job", ["test", "build"])
def test_the_generate_step_names_the_files_a_commit_left_stale(job, tmp_path):
    """The deploy writes what a commit left stale, and says which files on
    the run's page (a warning), so the repository's copies catch up rather
    than drift. The step's own shell lines after the two commands, run in a
    repository with one stale file and with none."""
    steps = yaml.safe_load(WORKFLOW.read_text())["jobs"][job]["steps"]
    run = next(s["run"] for s in steps if "python -m hinge_guide" in s.get("run", ""))
    after = run.split("python -m hinge_guide", 1)[1].split("\n", 1)[1]
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "card.png").write_text("old")
    subprocess.run([*git, "-C", str(tmp_path), "add", "."], check=True)
    subprocess.run([*git, "-C", str(tmp_path), "commit", "-qm", "x"], check=True)

    def say() -> str:
        return subprocess.run(["bash", "-ec", after], cwd=tmp_path, capture_output=True,
                              text=True, check=True).stdout

    assert "::warning" not in say()
    (tmp_path / "card.png").write_text("new")
    assert say().strip() == "::warning title=Generated files were out of date::card.png"
