"""The labelled set for Check your hinge: every clip with its reps, the
kind of each rep (judged by eye for real footage, known for the body
model's), and the hints each kind should get.

Two sources:

- real footage: tests/data/hinge-check/real-*.json, the keypoints the
  site's own tracker reported on openly licensed clips of real people
  (scripts/hinge-keypoints), with their source, licence and labels;
- the body model: keypoint tracks drawn here from figures/poses.py, varied
  in framing, facing, tempo, dropouts, a set that starts at the bottom,
  and each fault.

`run(page, clips)` runs the page's own analysis on them (analysis.js in
Chromium); `table(results)` is the confusion table, hint by kind of rep.
`python tests/hinge_labelled.py` prints it.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from figures.poses import POSES  # noqa: E402
from hinge_clip import keypoint_track, pose_at  # noqa: E402

DATA = HERE / "data" / "hinge-check"
W, H = 288, 384

# The hint each kind of rep should get; "correct" gets none.
EXPECTED = {
    "correct": [],
    "squat": ["squatting-the-hinge"],
    "waist": ["bending-at-the-waist"],
    "lean": ["leaning-back-at-the-top"],
    "rushed": ["rushing-the-rep"],
    "hips-first": ["hips-rising-first"],
}

STAND = pose_at(0.0, 15.0)
BOTTOM = pose_at(53.0, 18.0)
SHORT = POSES["mid_hinge"]  # a short, correct hinge: 37 degrees at the hip
NOD = pose_at(12.0, 15.0)  # a nod, not a rep
KB_BOTTOM = POSES["rung5"]  # kettlebell deadlift at the floor
DL_BOTTOM = POSES["rung8"]  # deadlift at the floor
FLOOR_SQUAT = POSES["fault_squatting"]
# On the way up from the floor: knees straightened, chest still low (hips
# first), or chest and hips rising together (correct).
HIPS_FIRST_MID = pose_at(62.0, 22.0)
TOGETHER_MID = pose_at(38.0, 45.0)


def rep(down=3.0, pause=1.0, up=2.0, stand=1.0, bottom=BOTTOM, top=STAND, via=None):
    """One rep as steps (seconds, from, to); `via` is a pose on the way up."""
    ups = [(up / 2, bottom, via), (up / 2, via, top)] if via else [(up, bottom, top)]
    return [(down, top, bottom), (pause, bottom, bottom), *ups, (stand, top, top)]


def floor_rep(bottom, via, down=2.0, rest=1.0, up=2.0, stand=1.0):
    """A pull from the floor: up (through `via`), stand, down, rest there."""
    return [
        (up / 2, bottom, via),
        (up / 2, via, STAND),
        (stand, STAND, STAND),
        (down, STAND, bottom),
        (rest, bottom, bottom),
    ]


def track(steps, first=1.5, first_pose=STAND, drop=(), **options):
    """Keypoint frames for the steps; frames in any (t0, t1) of `drop` are
    left out, as when the tracker loses the body."""
    frames = keypoint_track([(first, first_pose, first_pose), *steps], width=W, height=H, **options)
    return [f for f in frames if not any(a <= f["t"] < b for a, b in drop)]


def body_clip(name, mode, kinds, steps, **options):
    return {
        "name": name,
        "source": "body model",
        "mode": mode,
        "reps": len(kinds),
        "kinds": kinds,
        "oblique": False,
        "width": W,
        "height": H,
        "frames": track(steps, **options),
    }


def body_clips() -> list[dict]:
    """The body model's clips: (name, mode, kinds of rep, steps, options)."""

    def many(n, **kw):
        out = []
        for _ in range(n):
            out += rep(**kw)
        return out

    clips = [
        body_clip("correct, guide's tempo", "standing", ["correct"] * 3, many(3)),
        body_clip("correct, facing left", "standing", ["correct"] * 3, many(3), facing=-1),
        body_clip(
            "correct, small and off-centre",
            "standing",
            ["correct"] * 3,
            many(3),
            scale=0.45 * H,
            ankle_at=(0.7, 0.8),
        ),
        body_clip(
            "correct, large in frame",
            "standing",
            ["correct"] * 2,
            many(2),
            scale=0.9 * H,
            ankle_at=(0.4, 0.97),
        ),
        body_clip("correct, short hinge", "standing", ["correct"] * 3, many(3, bottom=SHORT)),
        body_clip(
            "a nod, then two reps", "standing", ["correct"] * 2, rep(down=1.0, bottom=NOD) + many(2)
        ),
        body_clip(
            "dropouts of 1.8 s at the bottom",
            "standing",
            ["correct"] * 3,
            many(3),
            drop=[(4.6, 6.4), (11.6, 13.4)],
        ),
        body_clip(
            "unsure tracker (scores 0.45)",
            "standing",
            ["correct"] * 3,
            many(3),
            score=0.45,
            far_score=0.35,
        ),
        body_clip(
            "squatting the hinge",
            "standing",
            ["squat"] * 3,
            many(3, bottom=POSES["fault_squatting"]),
        ),
        body_clip(
            "bending at the waist",
            "standing",
            ["waist"] * 3,
            many(3, bottom=POSES["fault_waist_bend"]),
        ),
        body_clip(
            "leaning back at the top",
            "standing",
            ["lean"] * 2,
            many(2, top=POSES["fault_leaning_back"]) + [(1.0, STAND, STAND)],
        ),
        body_clip("rushed", "standing", ["rushed"] * 3, many(3, down=1.0, pause=0.2, up=1.0)),
        # Never still at the top: the set's own top is the stand.
        body_clip(
            "fast reps, never still at the top",
            "standing",
            ["rushed"] * 3,
            many(3, down=1.1, pause=0.1, up=0.9, stand=0.2),
            first=0.3,
        ),
        body_clip(
            "a nod, then reps, never still",
            "standing",
            ["rushed"] * 2,
            rep(down=0.6, pause=0.1, up=0.5, stand=0.2, bottom=NOD)
            + many(2, down=1.1, pause=0.1, up=0.9, stand=0.2),
            first=0.3,
        ),
        body_clip(
            "correct tempo, never still at the top",
            "standing",
            ["correct"] * 3,
            many(3, stand=0.1),
            first=0.2,
        ),
        body_clip(
            "mixed set",
            "standing",
            ["correct", "squat", "rushed", "correct"],
            rep() + rep(bottom=POSES["fault_squatting"]) + rep(down=0.8, pause=0.1) + rep(),
        ),
        body_clip(
            "kettlebell deadlift from the floor",
            "floor",
            ["correct"] * 3,
            floor_rep(KB_BOTTOM, TOGETHER_MID) * 3,
            first=1.0,
            first_pose=KB_BOTTOM,
        ),
        body_clip(
            "deadlift from the floor",
            "floor",
            ["correct"] * 3,
            floor_rep(DL_BOTTOM, TOGETHER_MID) * 3,
            first=1.0,
            first_pose=DL_BOTTOM,
        ),
        body_clip(
            "kettlebell deadlift, from standing",
            "floor",
            ["correct"] * 2,
            rep(down=2.0, pause=0.5, bottom=KB_BOTTOM, via=TOGETHER_MID) * 2,
        ),
        body_clip(
            "floor pull lifted as a squat",
            "floor",
            ["squat"] * 3,
            floor_rep(FLOOR_SQUAT, pose_at(20.0, 50.0)) * 3,
            first=1.0,
            first_pose=FLOOR_SQUAT,
        ),
        body_clip(
            "hips rising first",
            "floor",
            ["hips-first"] * 3,
            floor_rep(DL_BOTTOM, HIPS_FIRST_MID) * 3,
            first=1.0,
            first_pose=DL_BOTTOM,
        ),
    ]
    oblique = body_clip("45 degrees in front", "standing", [], rep() * 3)
    for f in oblique["frames"]:
        for p in f["keypoints"]:
            if p["part"].startswith("left") and p["part"][4:] in ("Shoulder", "Hip"):
                p["position"] = [p["position"][0] - 0.5 * 0.288 * 0.8 * H, p["position"][1]]
                p["score"] = 0.8
    oblique.update(oblique=True, reps=None, kinds=["correct"] * 3)
    clips.append(oblique)
    return clips


def real_clips() -> list[dict]:
    """The committed keypoints of real footage, with their labels."""
    clips = []
    for path in sorted(DATA.glob("real-*.json")):
        data = json.loads(path.read_text())
        label = data["label"]
        oblique = label["view"] != "side"
        clips.append(
            {
                "name": path.stem,
                "source": data["source"]["repository"],
                "mode": label["mode"],
                "reps": None if oblique else label["reps_seen"],
                "kinds": label.get("kinds") or [label["kind"]] * label["reps_seen"],
                "oblique": oblique,
                "width": data["width"],
                "height": data["height"],
                "frames": data["frames"],
            }
        )
    return clips


# The clips go in as one JSON string: Playwright's own encoding of a
# structure this size (about 10 MB of small lists) takes minutes.
RUN = """(clips) => JSON.parse(clips).map((c) => {
  const r = hh.analyseTrack(c.frames, {width: c.width, height: c.height}, c.mode);
  return {reps: r.reps.map((x) => ({hints: x.hints, bottomAt: x.bottomAt})),
          turnSideOn: r.turnSideOn};
})"""


def run(page, clips: list[dict]) -> list[dict]:
    """Each clip with what the analysis made of it (`got`)."""
    got = page.evaluate(
        RUN, json.dumps([{k: c[k] for k in ("frames", "width", "height", "mode")} for c in clips])
    )
    return [dict(c, got=g) for c, g in zip(clips, got, strict=True)]


def table(results: list[dict]) -> str:
    """Hint by kind of rep, over the side-on clips whose reps came out exact
    (a rep matched by order), plus the counting and the oblique clips."""
    hints = list(dict.fromkeys(h for kind in EXPECTED.values() for h in kind))
    cells: Counter = Counter()
    totals: Counter = Counter()
    side = [r for r in results if not r["oblique"]]
    exact = [r for r in side if len(r["got"]["reps"]) == r["reps"]]
    for r in exact:
        for kind, got in zip(r["kinds"], r["got"]["reps"], strict=True):
            totals[kind] += 1
            for h in got["hints"]:
                cells[kind, h] += 1
            if not got["hints"]:
                cells[kind, "none"] += 1
    cols = [*hints, "none"]
    lines = [
        "| kind of rep (reps) | " + " | ".join(cols) + " |",
        "| --- | " + " | ".join("---" for _ in cols) + " |",
    ]
    for kind in EXPECTED:
        if totals[kind]:
            lines.append(
                f"| {kind} ({totals[kind]}) | "
                + " | ".join(str(cells[kind, c]) for c in cols)
                + " |"
            )
    oblique = [r for r in results if r["oblique"]]
    asked = sum(r["got"]["turnSideOn"] for r in oblique)
    lines.append("")
    lines.append(
        f"Reps exact on {len(exact)} of {len(side)} side-on clips; "
        f"{asked} of {len(oblique)} oblique or front clips ask the reader to turn side-on."
    )
    return "\n".join(lines)


def main() -> None:
    """Build nothing: open the built site's analysis in Chromium and print the table."""
    import functools
    import http.server
    import os
    import threading

    from playwright.sync_api import sync_playwright

    from conftest import launch_chromium

    site = Path(os.environ.get("SITE", HERE.parent / "site")).resolve()

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    with sync_playwright() as p:
        browser = launch_chromium(p.chromium)
        page = browser.new_page()
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/check-your-hinge/")
        page.evaluate(
            "async () => { window.hh = await import('/javascripts/hinge-check/analysis.js'); }"
        )
        results = run(page, real_clips() + body_clips())
        browser.close()
    server.shutdown()
    for r in results:
        got = r["got"]
        print(
            f"{r['name']}: {len(got['reps'])} reps (labelled {r['reps']}), "
            f"hints {[x['hints'] for x in got['reps']]}, turn side-on: {got['turnSideOn']}"
        )
    print()
    print(table(results))


if __name__ == "__main__":
    main()
