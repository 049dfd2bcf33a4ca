"""Test input for Check your hinge, drawn from the project's body model.

Two kinds:

- keypoints: the 17 points a pose tracker reports (MoveNet's names), placed
  where the body model puts the joints, so the analysis module can be fed
  poses whose angles are known exactly;
- a clip: the body drawn with filled limbs and clothes-like colours (a pose
  tracker finds no stick figure), written as a Y4M file for Chromium's fake
  camera, frame by frame from a timeline of reps with a known tempo.

Angles are the analysis module's: knee and hip bend from straight, in the
picture plane, and the trunk (hip to shoulder) from vertical.
"""

from __future__ import annotations

import functools
import sys
from math import atan2, degrees, hypot
from pathlib import Path

from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from figures.body import add, capsules, directions, joints, unit  # noqa: E402
from figures.poses import hinge  # noqa: E402

STANDING = {"trunk": 0.0, "knee": 15.0}  # soft knees, tall
BOTTOM = {"trunk": 53.0, "knee": 18.0}  # the guide's bottom position


@functools.cache
def pose_at(trunk: float, knee: float) -> dict:
    """A balanced hinge with the lumbar part at `trunk` and `knee` bend
    (rounded to 0.1 degree so frames share poses)."""
    return hinge(trunk=trunk, knee=knee)


def _direction(a, b) -> float:
    """Degrees from vertical-up, + forward (the model faces +x)."""
    return degrees(atan2(b[0] - a[0], b[1] - a[1]))


def true_angles(pose: dict) -> dict:
    """What the check should measure: bends from straight and the trunk."""
    j = joints(pose)
    thigh = _direction(j["knee"], j["hip"])
    trunk = _direction(j["hip"], j["shoulder"])
    return {
        "knee": _direction(j["ankle"], j["knee"]) - thigh,
        "hip": trunk - thigh,
        "trunk": trunk,
        "hipsBehind": -j["hip"][0]
        / (
            hypot(j["hip"][0] - j["knee"][0], j["hip"][1] - j["knee"][1])
            + hypot(j["knee"][0] - j["ankle"][0], j["knee"][1] - j["ankle"][1])
        ),
    }


# --- Keypoints ---------------------------------------------------------------


def keypoints(
    pose: dict,
    width=288,
    height=384,
    facing=1,
    score=0.9,
    far_score=0.5,
    scale=None,
    ankle_at=(0.45, 0.92),
) -> list[dict]:
    """MoveNet-style keypoints for a side view of `pose`, in pixels (y down).
    facing = -1 mirrors the picture (facing left). The far side's points sit
    on top of the near side's with a lower score, as a tracker sees them."""
    s = scale or 0.8 * height
    j = joints(pose)
    head = j["head"]
    nose = add(head, unit(directions(pose)["head"] + 90), 0.055)

    def px(p):
        x = ankle_at[0] * width + facing * p[0] * s
        y = ankle_at[1] * height - (p[1] - j["ankle"][1]) * s
        return [round(x, 2), round(y, 2)]

    near = "right" if facing == 1 else "left"
    far = "left" if near == "right" else "right"
    points = [
        ("nose", nose, score),
        (near + "Ear", head, score),
        (far + "Ear", head, far_score * 0.5),
    ]
    for name, joint in [
        ("Shoulder", "shoulder"),
        ("Elbow", "elbow"),
        ("Wrist", "wrist"),
        ("Hip", "hip"),
        ("Knee", "knee"),
        ("Ankle", "ankle"),
    ]:
        points.append((near + name, j[joint], score))
        points.append((far + name, j[joint], far_score))
    for eye in ("leftEye", "rightEye"):
        points.append((eye, lerp_point(head, nose, 0.7), score * 0.8))
    return [{"part": part, "score": sc, "position": px(p)} for part, p, sc in points]


def lerp_point(a, b, f):
    return a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f


# --- A timeline of reps ------------------------------------------------------


def timeline(reps, stand_first=1.0):
    """reps: [(down s, pause s, up s, stand s)]. Returns (segments, total):
    segments are (t0, t1, from, to) in trunk/knee, linear in between."""
    segments, t = [], 0.0
    segments.append((t, t + stand_first, STANDING, STANDING))
    t += stand_first
    for down, pause, up, stand in reps:
        for length, a, b in (
            (down, STANDING, BOTTOM),
            (pause, BOTTOM, BOTTOM),
            (up, BOTTOM, STANDING),
            (stand, STANDING, STANDING),
        ):
            segments.append((t, t + length, a, b))
            t += length
    return segments, t


def params_at(segments, t):
    for t0, t1, a, b in segments:
        if t <= t1:
            f = 0.0 if t1 == t0 else min(max((t - t0) / (t1 - t0), 0.0), 1.0)
            return {k: round(a[k] + f * (b[k] - a[k]), 1) for k in a}
    return dict(segments[-1][3])


def frames(reps, fps=15, stand_first=1.0):
    """(t, pose) for every frame of the clip."""
    segments, total = timeline(reps, stand_first)
    count = int(round(total * fps))
    out = []
    for i in range(count):
        p = params_at(segments, i / fps)
        out.append((i / fps, pose_at(p["trunk"], p["knee"])))
    return out


# --- Drawing -------------------------------------------------------------------

WALL, FLOOR = (214, 208, 196), (128, 116, 102)
CLOTHES = {
    "foot": (34, 34, 38),
    "shank": (44, 62, 102),
    "thigh": (44, 62, 102),
    "pelvis": (44, 62, 102),
    "lumbar": (178, 52, 42),
    "thorax": (178, 52, 42),
    "neck": (224, 172, 138),
    "head": (224, 172, 138),
    "upper_arm": (150, 40, 32),
    "forearm": (224, 172, 138),
}
HAIR = (58, 40, 26)


def draw_frame(
    pose: dict, width=288, height=384, supersample=3, ankle_at=(0.45, 0.92)
) -> Image.Image:
    """The body in clothes-like colours on a plain wall and floor."""
    W, H = width * supersample, height * supersample
    s = 0.8 * H
    j = joints(pose)
    img = Image.new("RGB", (W, H), WALL)
    d = ImageDraw.Draw(img)
    floor_y = ankle_at[1] * H + j["ankle"][1] * s
    d.rectangle([0, floor_y, W, H], fill=FLOOR)

    def px(p):
        return ankle_at[0] * W + p[0] * s, ankle_at[1] * H - (p[1] - j["ankle"][1]) * s

    def capsule(a, b, r, colour):
        (ax, ay), (bx, by), rr = px(a), px(b), r * s
        if (ax, ay) != (bx, by):
            d.line([ax, ay, bx, by], fill=colour, width=int(round(2 * rr)))
        for x, y in ((ax, ay), (bx, by)):
            d.ellipse([x - rr, y - rr, x + rr, y + rr], fill=colour)

    parts = capsules(pose)
    # The figures lift the pelvis ball above the hip joint, for looks. In a
    # person the hip joint sits in the middle of the side of the hips, which
    # is where a pose tracker looks for it, so the clip centres it there.
    # (With the lifted ball, MoveNet puts the hip about 3 % of body height
    # high, and a squat's knee bend reads 60 instead of 75 degrees.)
    parts["pelvis"] = (j["hip"], j["hip"], parts["pelvis"][2])
    for name in ("foot", "shank", "thigh", "pelvis", "lumbar", "thorax", "neck", "head"):
        a, b, r = parts[name]
        capsule(a, b, r, CLOTHES[name])
    # Hair over the back and top of the head
    head, _, r = parts["head"]
    hx, hy = px(head)
    rr = r * s
    back = directions(pose)["head"]
    d.pieslice(
        [hx - rr * 1.05, hy - rr * 1.05, hx + rr * 1.05, hy + rr * 1.05],
        start=180 + back - 10,
        end=360 + back + 20,
        fill=HAIR,
    )
    # The near arm, with a thin dark edge so it reads against the shirt
    for name in ("upper_arm", "forearm"):
        a, b, r = parts[name]
        capsule(a, b, r + 0.004, (60, 30, 25))
    for name in ("upper_arm", "forearm"):
        a, b, r = parts[name]
        capsule(a, b, r, CLOTHES[name])
    return img.resize((width, height), Image.LANCZOS)


def write_y4m(path: Path, images, fps=15) -> None:
    """Frames as an uncompressed 4:2:0 Y4M file (what Chromium's fake camera reads)."""
    images = list(images)
    w, h = images[0].size
    with open(path, "wb") as f:
        f.write(f"YUV4MPEG2 W{w} H{h} F{fps}:1 Ip A1:1 C420jpeg\n".encode())
        for img in images:
            y, cb, cr = img.convert("YCbCr").split()
            f.write(b"FRAME\n")
            f.write(y.tobytes())
            f.write(cb.resize((w // 2, h // 2), Image.BILINEAR).tobytes())
            f.write(cr.resize((w // 2, h // 2), Image.BILINEAR).tobytes())


def render_clip(
    path: Path, reps, fps=15, stand_first=1.0, width=288, height=384
) -> list[tuple[float, dict]]:
    """Draw the clip and write it to `path`; return (t, pose) per frame."""
    seq = frames(reps, fps, stand_first)
    cache = {}
    images = []
    for _, pose in seq:
        key = id(pose)
        if key not in cache:
            cache[key] = draw_frame(pose, width, height)
        images.append(cache[key])
    write_y4m(path, images, fps)
    return seq


def keypoint_track(steps, fps=15, **options) -> list[dict]:
    """Keypoint frames moving from pose to pose: steps is a list of
    (seconds, pose at the start, pose at the end); the points move in a
    straight line in between. Returns [{t, keypoints}]."""
    track, t0 = [], 0.0
    for seconds, a, b in steps:
        ka, kb = keypoints(a, **options), keypoints(b, **options)
        n = max(1, int(round(seconds * fps)))
        for i in range(n):
            f = i / n
            frame = [
                dict(
                    p,
                    position=[
                        round(p["position"][k] + f * (q["position"][k] - p["position"][k]), 2)
                        for k in (0, 1)
                    ],
                )
                for p, q in zip(ka, kb, strict=True)
            ]
            track.append({"t": round(t0 + i / fps, 4), "keypoints": frame})
        t0 += n / fps
    return track
