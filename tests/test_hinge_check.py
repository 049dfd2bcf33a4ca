"""Check your hinge: the analysis module on keypoints drawn from the body
model (angles known exactly), and the page before anyone taps: what it
loads, how it reads without JavaScript, keyboard and axe.

The analysis runs in the Chromium the other browser tests use: the module
is loaded from the built site with import(), so these tests need no Node.
The camera itself is tested in test_hinge_check_e2e.py."""

from __future__ import annotations

import json
import random
import re
import sys

import pytest
from bs4 import BeautifulSoup

from browser_helpers import DESKTOP, PHONE, axe, open_page
from conftest import ROOT, tab_to, wait_until
from hinge_clip import BOTTOM, STANDING, keypoint_track, keypoints, pose_at, true_angles

sys.path.insert(0, str(ROOT / "bench"))
from first_load import first_visit  # noqa: E402

sys.path.insert(0, str(ROOT))
from figures.poses import POSES  # noqa: E402

# Its tests share one page with the analysis loaded (a module fixture):
# one test process runs them all.
pytestmark = pytest.mark.xdist_group("analysis")

PAGE = "check-your-hinge/"
W, H = 288, 384
# The tracker's files: none of them may load before the reader taps.
HEAVY = re.compile(r"/vendor/|/hinge-check/(check|analysis)\.js")

STAND = pose_at(STANDING["trunk"], STANDING["knee"])
DOWN = pose_at(BOTTOM["trunk"], BOTTOM["knee"])


@pytest.fixture(scope="module")
def hh(browser, base_url):
    """A page with the analysis module loaded as window.hh."""
    page = open_page(browser, base_url, PAGE)
    page.evaluate(
        "async (url) => { window.hh = await import(url); }",
        base_url + "javascripts/hinge-check/analysis.js",
    )
    yield page
    page.context.close()


def read(page, points, previous=0):
    return page.evaluate(
        "([k, w, h, f]) => hh.readPose(k, {width: w, height: h}, f)", [points, W, H, previous]
    )


# The track goes in as a JSON string: Playwright's own encoding of
# hundreds of small lists is many times slower than JSON.parse.
COUNT = """(args) => {
  const [track, mode] = JSON.parse(args);
  const r = hh.analyseTrack(track, {width: WIDTH, height: HEIGHT}, mode);
  return {reps: r.reps, skipped: Object.keys(r.skipped), turnSideOn: r.turnSideOn};
}""".replace("WIDTH", str(W)).replace("HEIGHT", str(H))


def count(page, track, mode="standing"):
    return page.evaluate(COUNT, json.dumps([track, mode]))


def rep(down, pause=1.0, up=1.0, stand=1.0, bottom=DOWN, top=STAND):
    return [(down, top, bottom), (pause, bottom, bottom), (up, bottom, top), (stand, top, top)]


def session(*reps, first=1.0, top=STAND):
    steps = [(first, top, top)]
    for r in reps:
        steps += r
    return steps


# --- Angles on single frames ---------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "standing",
        "mid_hinge",
        "bottom",
        "fault_squatting",
        "fault_waist_bend",
        "fault_leaning_back",
        "rung6",
    ],
)
@pytest.mark.parametrize("facing", [1, -1], ids=["facing-right", "facing-left"])
def test_angles_match_the_body_model(hh, name, facing):
    pose = POSES[name]
    got = read(hh, keypoints(pose, W, H, facing=facing))
    assert got["ok"], got
    assert got["facing"] == facing
    truth = true_angles(pose)
    for key in ("knee", "hip", "trunk"):
        assert got[key] == pytest.approx(truth[key], abs=0.5), (name, key, got[key], truth[key])
    assert got["hipsBehind"] == pytest.approx(truth["hipsBehind"], abs=0.01)


def test_no_numbers_without_the_whole_body(hh):
    good = keypoints(DOWN, W, H)
    # Feet out of the picture: the ankles sit on the bottom edge.
    low = keypoints(DOWN, W, H, ankle_at=(0.45, 0.999))
    assert read(hh, low) == {"ok": False, "reason": "step-back"}
    # The tracker isn't sure of the ankles (hidden or out of frame).
    unsure = [dict(p, score=0.1) if p["part"].endswith("Ankle") else p for p in good]
    assert read(hh, unsure) == {"ok": False, "reason": "step-back"}
    # No head.
    headless = [p for p in good if p["part"] not in ("nose", "leftEar", "rightEar")]
    assert read(hh, headless) == {"ok": False, "reason": "step-back"}
    # Nothing at all.
    assert read(hh, []) == {"ok": False, "reason": "no-body"}
    # Unsure of the knee, everything else fine.
    kneeless = [dict(p, score=0.1) if p["part"].endswith("Knee") else p for p in good]
    assert read(hh, kneeless) == {"ok": False, "reason": "unsure"}


def test_asks_you_to_turn_side_on(hh):
    """Facing the camera, the shoulders are about 0.8 of the trunk's length
    apart (0.23 vs 0.29 of body height); side-on they overlap."""
    front = keypoints(STAND, W, H, far_score=0.9)
    trunk = 0.288 * 0.8 * H
    for p in front:
        if p["part"].startswith("left") and p["part"][4:] in ("Shoulder", "Hip"):
            p["position"] = [p["position"][0] - 0.8 * trunk, p["position"][1]]
    got = read(hh, front)
    assert (got["ok"], got["reason"]) == (False, "turn-side-on")
    assert got["spread"] == pytest.approx(0.8, abs=0.01)
    # Side-on, both sides seen clearly, is fine.
    assert read(hh, keypoints(STAND, W, H, far_score=0.9))["ok"]


def test_one_odd_frame_does_not_flip_the_direction(hh):
    pose = keypoints(DOWN, W, H)
    mirrored_head = [
        dict(
            p,
            position=[
                2 * p["position"][0]
                - next(q for q in pose if q["part"] == "rightEar")["position"][0],
                p["position"][1],
            ],
        )
        if p["part"] == "nose"
        else p
        for p in pose
    ]
    got = read(hh, mirrored_head, previous=1)
    assert got["ok"] and got["facing"] == 1
    assert got["hip"] == pytest.approx(true_angles(DOWN)["hip"], abs=0.5)


# --- Reps, tempo and hints on sequences -----------------------------------


def test_counts_reps_and_times_the_way_down(hh):
    track = keypoint_track(session(rep(3.0), rep(2.0), rep(1.0, pause=0.5)))
    result = count(hh, track)
    assert result["skipped"] == []
    reps = result["reps"]
    assert [r["number"] for r in reps] == [1, 2, 3]
    assert [round(r["lowering"], 1) for r in reps] == pytest.approx([3.0, 2.0, 1.0], abs=0.15)
    # The pause is the time in the deepest tenth of the rep: the still
    # moment plus the last and first tenth of the way down and up.
    assert [r["pause"] for r in reps] == pytest.approx([1.4, 1.3, 0.7], abs=0.12)
    truth = true_angles(DOWN)
    for r in reps:
        assert r["knee"] == pytest.approx(truth["knee"], abs=0.5)
        assert r["hip"] == pytest.approx(truth["hip"], abs=0.5)
    # The guide's tempo is 3 down and 1 still; under half of that is rushing.
    assert [r["hints"] for r in reps] == [[], [], ["rushing-the-rep"]]


def test_learns_your_own_stand(hh):
    """The knee change and the hips' travel are measured from the reader's
    own still stand, not from fixed numbers."""
    bent_stand = pose_at(0.0, 25.0)
    track = keypoint_track(
        session(rep(3.0, top=bent_stand, bottom=pose_at(53.0, 28.0)), top=bent_stand)
    )
    (r,) = count(hh, track)["reps"]
    assert r["kneeChange"] == pytest.approx(3.0, abs=1.0)
    assert r["hints"] == []


def test_counts_through_jitter_and_a_glitch(hh):
    rng = random.Random(13)
    track = keypoint_track(session(rep(2.5), rep(2.5), rep(2.5)))
    for frame in track:
        for p in frame["keypoints"]:
            p["position"] = [v + rng.uniform(-1.5, 1.5) for v in p["position"]]
    # One frame where the tracker puts the knee somewhere wild.
    wild = track[len(track) // 3]["keypoints"]
    for p in wild:
        if p["part"].endswith("Knee"):
            p["position"] = [p["position"][0] + 60, p["position"][1]]
    reps = count(hh, track)["reps"]
    assert len(reps) == 3
    for r in reps:
        assert r["lowering"] == pytest.approx(2.5, abs=0.25)
        assert r["knee"] == pytest.approx(true_angles(DOWN)["knee"], abs=3)
        assert r["hints"] == []


def test_a_nod_and_a_half_rep_do_not_count_but_a_short_hinge_does(hh):
    nod = pose_at(12.0, 15.0)  # under the floor of the range
    short = POSES["mid_hinge"]  # 37 degrees: a short, correct hinge
    track = keypoint_track(session(rep(1.0, bottom=nod), rep(2.0, bottom=short), rep(2.0)))
    assert len(count(hh, track)["reps"]) == 2
    # After full reps, a rep to under half this set's depth doesn't count.
    half = pose_at(22.0, 16.0)
    track = keypoint_track(session(rep(3.0), rep(3.0), rep(2.0, bottom=half)))
    assert len(count(hh, track)["reps"]) == 2


def test_a_short_dropout_holds_the_rep_and_a_long_one_drops_it(hh):
    track = keypoint_track(session(rep(3.0), rep(3.0)))
    bottom = next(f["t"] for f in track if f["t"] >= 4.0)

    def cut(seconds):
        return [f for f in track if not (bottom <= f["t"] < bottom + seconds)]

    assert len(count(hh, cut(1.8))["reps"]) == 2
    assert len(count(hh, cut(3.0))["reps"]) == 1


@pytest.mark.parametrize(
    "fault,bottom,top",
    [
        ("squatting-the-hinge", POSES["fault_squatting"], STAND),
        ("bending-at-the-waist", POSES["fault_waist_bend"], STAND),
        ("leaning-back-at-the-top", DOWN, POSES["fault_leaning_back"]),
    ],
)
def test_each_fault_gives_its_hint(hh, fault, bottom, top):
    track = keypoint_track(
        session(rep(2.5, bottom=bottom, top=top), rep(2.5, bottom=bottom, top=top), top=STAND)
    )
    reps = count(hh, track)["reps"]
    assert len(reps) == 2
    for r in reps:
        assert r["hints"] == [fault], r


def test_a_floor_pull_may_start_at_the_bottom_and_is_no_squat(hh):
    """Lift from the floor: the set starts on the floor; the knees bend a
    lot on purpose, so a correct pull gets no squat hint, which a hinge
    from standing with the same knees would."""
    bottom = POSES["rung8"]
    steps = [(1.0, bottom, bottom)]
    for _ in range(2):
        steps += [
            (2.0, bottom, STAND),
            (1.0, STAND, STAND),
            (2.0, STAND, bottom),
            (1.0, bottom, bottom),
        ]
    reps = count(hh, keypoint_track(steps), "floor")["reps"]
    assert [r["hints"] for r in reps] == [[], []]
    assert reps[0]["lowering"] is None
    # As a hinge from standing, the start at the bottom isn't a rep.
    assert len(count(hh, keypoint_track(steps), "standing")["reps"]) == 1


def test_asks_to_turn_side_on_over_a_set(hh):
    track = keypoint_track(session(rep(3.0), rep(3.0)), far_score=0.9)
    for frame in track:
        for p in frame["keypoints"]:
            if p["part"] in ("leftShoulder", "leftHip"):
                p["position"][0] -= 0.5 * 0.288 * 0.8 * H
    result = count(hh, track)
    assert result["turnSideOn"] and result["reps"] == []


def test_a_set_that_never_stands_still_counts_from_its_own_top(hh):
    """Fast reps that turn at the top never give a still stand: the set's
    own top stands in for it, and the floor still keeps nods out."""
    steps = [(0.2, STAND, STAND)]
    for _ in range(3):
        steps += rep(1.2, pause=0.2, up=1.0, stand=0.2)
    result = count(hh, keypoint_track(steps))
    assert [r["hints"] for r in result["reps"]] == [["rushing-the-rep"]] * 3
    nod = pose_at(12.0, 15.0)
    steps = [(0.2, STAND, STAND)]
    for _ in range(4):
        steps += rep(0.8, pause=0.1, up=0.6, stand=0.2, bottom=nod)
    assert count(hh, keypoint_track(steps))["reps"] == []


def turn_left_side(track, when=lambda lean: True):
    """Move the far shoulder and hip half a trunk across, as a camera 45
    degrees off side-on sees them, on frames whose trunk lean passes `when`."""
    for frame in track:
        at = {p["part"]: p["position"] for p in frame["keypoints"]}
        dx = at["rightShoulder"][0] - at["rightHip"][0]
        dy = at["rightHip"][1] - at["rightShoulder"][1]
        if when(abs(dx) / dy if dy > 0 else 99):
            for p in frame["keypoints"]:
                if p["part"] in ("leftShoulder", "leftHip"):
                    p["position"][0] -= 0.5 * 0.288 * 0.8 * H
    return track


def test_the_view_is_judged_at_the_bottom_of_each_rep(hh):
    """A lifter may stand turned (hands on hips) and bend side-on: the reps'
    bottoms read side-on, so it counts. Turned at the bottom too, it asks."""
    steps = session(rep(2.5), rep(2.5), rep(2.5))
    upright = turn_left_side(keypoint_track(steps, far_score=0.8), when=lambda lean: lean < 0.2)
    result = count(hh, upright)
    assert "turn-side-on" in result["skipped"]
    assert not result["turnSideOn"]
    assert [r["hints"] for r in result["reps"]] == [[], [], []]
    bent = turn_left_side(keypoint_track(steps, far_score=0.8), when=lambda lean: lean > 0.2)
    result = count(hh, bent)
    assert result["turnSideOn"] and result["reps"] == []


def test_every_camera_threshold_is_on_the_page(hh, site):
    """Each number of method.yml's camera section is printed on the page."""
    import yaml

    camera = yaml.safe_load((ROOT / "method.yml").read_text())["camera"]
    text = " ".join(
        BeautifulSoup((site / PAGE / "index.html").read_text(), "html.parser")
        .select_one("article")
        .get_text(" ")
        .split()
    )
    shown = {
        "min_score": "{:.0%}",
        "edge_margin": "{:.0%}",
        "oblique_spread": "{:.0%}",
        "oblique_share": "{:.0%}",
        "depth_share": "{:.0%}",
        "near_top_share": "{:.0%}",
        "hips_back_share": "{:.0%}",
        "hips_first_knee_share": "{:.0%}",
        "hips_first_trunk_share": "{:.0%}",
        "rush_share": "{:.0%}",
    }
    assert camera, "method.yml has no camera section"
    for key, value in camera.items():
        number = shown.get(key, "{:g}").format(value)
        # The whole number: "5%" must not pass inside "25%".
        assert re.search(rf"(?<![\d.]){re.escape(number)}(?![\d])", text), (
            f"{key} = {value}: the page doesn't state {number}"
        )
    assert hh.evaluate("Object.values(hh.THRESHOLDS).every((v) => typeof v === 'number')")


def test_hints_link_to_their_fault_boxes(hh, site):
    article = BeautifulSoup((site / PAGE / "index.html").read_text(), "html.parser").select_one(
        "article"
    )
    hrefs = {a["href"] for a in article.select("a[href]")}
    for fault in hh.evaluate("Object.keys(hh.HINTS)"):
        assert f"../movement/#{fault}" in hrefs or f"../progression/#{fault}" in hrefs, fault
    assert "../movement/#drill-the-broomstick" in hrefs


def test_a_rep_with_no_hint_is_counted_not_praised(hh, site):
    """The page says no hint is not a pass (the check can't see your back):
    what a rep with no hint shows and says must not praise it."""
    cue = hh.evaluate("hh.NO_HINT_CUE")
    assert cue and not re.search(r"\b(good|great|nice|perfect|well done)\b", cue, re.I), cue
    check = (ROOT / "docs/javascripts/hinge-check/check.js").read_text(encoding="utf-8")
    assert not re.search(r"[\"'`](good|great|nice|perfect)\b", check, re.I)
    # The page quotes it, so a reader knows what the check will say.
    page = (site / PAGE / "index.html").read_text(encoding="utf-8")
    assert cue in " ".join(BeautifulSoup(page, "html.parser").get_text(" ").split())


# --- The page before the tap -------------------------------------------------


def test_page_says_what_it_does_and_what_it_cannot(site):
    page = BeautifulSoup((site / PAGE / "index.html").read_text(), "html.parser")
    text = " ".join(page.select_one("article").get_text(" ").split())
    assert "never recorded, kept or sent anywhere" in text
    assert "never tells you that your back is fine" in text
    assert "step back, turn side-on" in text
    assert "side-on, at hip height" in text
    names = [o["name"] for o in page.select("article output")]
    assert names == ["reps", "knee-bend", "hip-bend", "lowering-seconds"]
    modes = [i["value"] for i in page.select("article input[name=hh-mode]")]
    assert modes == ["standing", "floor"]
    assert page.select_one("article input[type=file][accept='video/*']")
    assert page.select_one("noscript").get_text().startswith("The check needs JavaScript")
    film = BeautifulSoup((site / "film-yourself/index.html").read_text(), "html.parser")
    assert film.select_one("article a[href='../check-your-hinge/']")


def test_nothing_heavy_loads_before_the_tap(browser, base_url, site):
    visit = first_visit(browser, base_url, PAGE, site)
    paths = [path for path, _ in visit["files"]]
    assert not [p for p in paths if HEAVY.search(p)], paths
    assert "/javascripts/hinge-check/start.js" in paths
    budget = json.loads((ROOT / "tests/page-weight-budget.json").read_text())
    assert visit["gzip"] <= budget["pages"]["check-your-hinge.md"]
    print(f"before the tap: {visit['gzip']:,} B gzip in {visit['requests']} requests")


def test_search_index_leaves_out_the_tracker(site):
    index = json.loads((site / "search/search_index.json").read_text())
    locations = {doc["location"].split("#")[0] for doc in index["docs"]}
    assert "check-your-hinge/" in locations
    assert not [loc for loc in locations if "vendor" in loc]


def test_controls_work_by_keyboard(browser, base_url):
    page = open_page(browser, base_url, PAGE, viewport=PHONE)
    assert page.errors == [] and page.foreign == []
    start = page.get_by_role("button", name="Start camera")
    choose = page.get_by_role("button", name="Choose a video")
    assert start.is_visible() and choose.is_visible()
    tab_to(page, "[data-hh-start]", "Start camera", presses=80)
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.matches('[data-hh-choose]')")
    # Enter on the button opens the file picker (the hidden file input's click).
    page.evaluate("""document.querySelector('[data-hh-file]').addEventListener(
        'click', () => { window.picked = (window.picked || 0) + 1; })""")
    page.keyboard.press("Enter")
    page.keyboard.press("Space")
    assert page.evaluate("window.picked") == 2
    with page.expect_file_chooser() as chooser:
        choose.click()
    assert chooser.value.element.get_attribute("accept") == "video/*"
    page.context.close()


@pytest.mark.parametrize(("error", "words"), [
    ("NotFoundError", "No camera found"),         # no camera, in Chromium
    ("OverconstrainedError", "No camera found"),  # no camera, in Safari (WebKit)
    ("NotAllowedError", "Allow this page to use it"),
    ("NotReadableError", "Another app is using your camera"),
])
def test_a_camera_that_wont_start_says_why(browser, base_url, error, words):
    """With no camera, the check told the reader to allow the camera in
    settings, where there is nothing to allow."""
    page = open_page(browser, base_url, PAGE, viewport=PHONE)
    page.evaluate("""name => { navigator.mediaDevices.getUserMedia =
        () => Promise.reject(new DOMException('refused', name)); }""", error)
    page.get_by_role("button", name="Start camera").click()
    wait_until(page, "words => document.querySelector('[data-hh-status]').textContent"
               ".includes(words)", words, timeout=60_000, what=f"the status says {words!r}")
    assert page.errors == []
    page.context.close()


def test_without_javascript_the_page_reads_and_says_why(browser, base_url):
    page = open_page(browser, base_url, PAGE, viewport=PHONE, java_script_enabled=False)
    assert not page.get_by_role("button", name="Start camera").is_visible()
    note = page.locator("noscript p, p.hh-check__noscript").first
    assert note.is_visible() and "needs JavaScript" in note.inner_text()
    assert "What it can't see" in page.locator("article").inner_text()
    page.context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(
    "viewport", [{"width": 390, "height": 844}, DESKTOP], ids=["phone", "desktop"]
)
def test_axe_and_screenshot_before_the_tap(browser, base_url, screenshot_dir, scheme, viewport):
    page = open_page(browser, base_url, PAGE, viewport=viewport, scheme=scheme)
    width = "phone" if viewport["width"] < 500 else "desktop"
    page.screenshot(
        path=str(screenshot_dir / f"check-your-hinge-before-{width}-{scheme}.png"), full_page=True
    )
    results = axe(page)
    assert results.violations_count == 0, results.generate_report()
    page.context.close()


def test_saving_the_check_for_offline_use_works_offline(browser, base_url):
    """One tap stores the tracker; says how much space it takes; then the
    service worker serves the tracker with no network at all."""
    page = open_page(browser, base_url, PAGE, viewport=PHONE, service_workers="allow")
    page.evaluate("navigator.serviceWorker.ready")
    page.reload()
    page.evaluate("navigator.serviceWorker.ready")
    keep = page.get_by_role("button", name="Save it for offline use")
    keep.click()
    status = page.locator("[data-hh-status]")
    status.filter(has_text="Saved: the check now works").wait_for(timeout=30_000)
    size = float(re.search(r"takes ([\d.]+) MB", status.inner_text()).group(1))
    assert 2.0 < size < 8.0, size
    page.context.set_offline(True)
    got = page.evaluate(
        """async () => Promise.all(['tfjs.esm.js', 'models/movenet-lightning.bin'].map(
             async (f) => (await fetch('../vendor/tracker/' + f)).status))"""
    )
    assert got == [200, 200]
    page.context.close()


def test_a_tracker_kept_before_the_move_is_moved(browser, base_url):
    """A reader who kept Human's files (vendor/human/) before the tracker
    became the site's own TensorFlow.js keeps the check offline: on the next
    visit the service worker fetches the new files and drops the old."""
    page = open_page(browser, base_url, PAGE, viewport=PHONE, service_workers="allow")
    page.evaluate("navigator.serviceWorker.ready")
    page.reload()
    page.evaluate("""async () => {
        const reg = await navigator.serviceWorker.getRegistration();
        const cache = await caches.open('hh-tracker ' + reg.scope);
        for (const f of ['human.esm.js', 'models/movenet-lightning.bin']) {
          await cache.put(reg.scope + 'vendor/human/' + f, new Response('old'));
        }
    }""")
    page.reload()  # a visit: the worker checks for a new site, then moves the kept files
    wait_until(page, """async () => {
        const reg = await navigator.serviceWorker.getRegistration();
        const keys = await (await caches.open('hh-tracker ' + reg.scope)).keys();
        return keys.map((r) => r.url.slice(reg.scope.length)).sort().join() ===
          'vendor/tracker/models/movenet-lightning.bin,vendor/tracker/tfjs.esm.js';
    }""", timeout=30_000, what="the kept tracker files were never moved")
    # Offline, the page's fetch is answered by the worker only while the
    # worker controls the page: after the visit's update check it may take
    # a moment to claim it again (a fetch before that went to the network).
    page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=10_000)
    page.context.set_offline(True)
    text = page.evaluate("async () => (await fetch('../vendor/tracker/tfjs.esm.js')).text()")
    assert text == (ROOT / "docs/vendor/tracker/tfjs.esm.js").read_text(encoding="utf-8")
    page.context.close()
