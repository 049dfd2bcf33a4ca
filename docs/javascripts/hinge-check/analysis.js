// Check your hinge: the analysis. Plain functions, no page and no camera,
// so the tests can feed it keypoints drawn from the project's body model
// and keypoints the tracker found on real clips.
//
// Input: one frame's keypoints as the body tracker gives them, a list of
// {part, score, position: [x, y]} in pixels (y down), with names such as
// "leftHip". Output: the joint angles of a side view, and reps with their
// tempo and hints.
//
// Every threshold comes from the guide's method (method.yml, written out
// as method.js): the `camera:` section for what the camera can see, and
// the guide's own tempo and knee bend. The page prints each one.

import { METHOD } from "./method.js";

const CAMERA = METHOD.camera;

// The method's numbers under the names this file uses.
export const THRESHOLDS = {
  // Seeing the body
  minScore: CAMERA.min_score,
  edgeMargin: CAMERA.edge_margin,
  obliqueSpread: CAMERA.oblique_spread,
  obliqueShare: CAMERA.oblique_share,
  holdSeconds: CAMERA.hold_seconds,
  // Learning your own standing position
  stillSeconds: CAMERA.still_seconds,
  stillDegrees: CAMERA.still_degrees,
  standMaxHip: CAMERA.stand_max_hip_degrees,
  standKnee: (METHOD.knees.standing_min_degrees + METHOD.knees.standing_max_degrees) / 2,
  // Counting reps, against your own range
  enterDegrees: CAMERA.enter_degrees,
  minRange: CAMERA.min_range_degrees,
  depthShare: CAMERA.depth_share,
  nearTopDegrees: CAMERA.near_top_degrees,
  nearTopShare: CAMERA.near_top_share,
  floorStartHip: CAMERA.floor_start_hip_degrees,
  topSeconds: CAMERA.top_watch_seconds,
  // Hints
  squatKneeChange: CAMERA.squat_knee_change_degrees,
  squatShin: CAMERA.squat_shin_degrees,
  floorSquatShin: CAMERA.floor_squat_shin_degrees,
  floorSquatTrunk: CAMERA.floor_squat_trunk_degrees,
  hipsBackShare: CAMERA.hips_back_share,
  leanBackDegrees: CAMERA.lean_back_degrees,
  hipsFirstKneeShare: CAMERA.hips_first_knee_share,
  hipsFirstTrunkShare: CAMERA.hips_first_trunk_share,
  hipsFirstMinKnee: CAMERA.hips_first_min_knee_degrees,
  // Tempo: the guide's own, with the pause at the bottom
  downSeconds: METHOD.tempo.down_seconds,
  pauseSeconds: METHOD.tempo.pause_seconds,
  rushShare: CAMERA.rush_share,
};

// The two kinds of set, each with its own rules (see hintsFor).
export const MODES = ["standing", "floor"];

// The fault each hint links to (ids of the fault boxes), the words shown
// after the set, and the one short cue spoken and shown in large type.
export const HINTS = {
  "squatting-the-hinge": {
    text: "Your knees slid forward, like a squat. Send your hips back: from standing, keep the small knee bend you started with; from the floor, keep your hips higher than your knees.",
    cue: "Hips back, not down.",
  },
  "bending-at-the-waist": {
    text: "Your hips stayed over your feet: reach your backside back first, toward a wall behind you.",
    cue: "Reach your hips back.",
  },
  "hips-rising-first": {
    text: "Your hips rose before your chest did: push the floor away, hips and shoulders up together.",
    cue: "Hips and shoulders up together.",
  },
  "leaning-back-at-the-top": {
    text: "You leaned back at the top: stop when you stand tall.",
    cue: "Stand tall, then stop.",
  },
  "rushing-the-rep": {
    text: `You went down fast: count ${METHOD.tempo.down_seconds} on the way down and hold ${METHOD.tempo.pause_seconds} at the bottom.`,
    cue: `Slow down: count ${METHOD.tempo.down_seconds}.`,
  },
};

// A rep with no hint: counted, and nothing more. Never praise: the check
// can't see your back, so no hint is not a pass (the page says so).
export const NO_HINT_CUE = "Counted. No hint.";

// Which hints each kind of set can give.
export const MODE_HINTS = {
  standing: ["squatting-the-hinge", "bending-at-the-waist", "leaning-back-at-the-top", "rushing-the-rep"],
  floor: ["squatting-the-hinge", "hips-rising-first", "leaning-back-at-the-top"],
};

const SIDES = ["left", "right"];
const LEG = ["Shoulder", "Hip", "Knee", "Ankle"];

function point(keypoints, part, minScore) {
  const k = keypoints.find((p) => p.part === part);
  return k && k.score >= minScore ? { x: k.position[0], y: k.position[1], score: k.score } : null;
}

function dist(a, b) {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

// Direction from a to b in degrees from straight up, + toward where the
// person faces (facing = +1 when they face the right of the picture).
function direction(a, b, facing) {
  return (Math.atan2(facing * (b.x - a.x), -(b.y - a.y)) * 180) / Math.PI;
}

function wrap(deg) {
  return ((((deg + 180) % 360) + 360) % 360) - 180;
}

// Which way the person faces: the nose is ahead of the ear; failing that,
// a bent knee points forward of the line from hip to ankle.
// Once known, the direction changes only when every clear cue disagrees
// with it, so one bad frame can't flip the angles.
function facingOf(keypoints, side, p, minScore, previous) {
  const leg = dist(p.hip, p.ankle);
  const cues = [];
  const nose = point(keypoints, "nose", minScore);
  const ear = point(keypoints, side + "Ear", minScore) || point(keypoints, SIDES[1 - SIDES.indexOf(side)] + "Ear", minScore);
  if (nose && ear && Math.abs(nose.x - ear.x) > 0.02 * leg) cues.push(Math.sign(nose.x - ear.x));
  const off = p.knee.x - (p.hip.x + p.ankle.x) / 2;
  if (Math.abs(off) > 0.04 * leg) cues.push(Math.sign(off));
  if (!cues.length) return previous || 1;
  if (!previous) return cues[0];
  return cues.every((c) => c === -previous) ? -previous : previous;
}

// How far apart the left and right shoulders (or hips) sit, as a share of
// the trunk's length. Side-on they nearly overlap; from 45 degrees in
// front they sit half a trunk apart.
function spreadOf(keypoints, trunk, minScore) {
  let spread = 0;
  for (const j of ["Shoulder", "Hip"]) {
    const l = point(keypoints, "left" + j, minScore);
    const r = point(keypoints, "right" + j, minScore);
    if (l && r) spread = Math.max(spread, Math.abs(l.x - r.x) / trunk);
  }
  return spread;
}

// One frame -> {ok: true, knee, hip, trunk, shin, hipsBehind, spread, ...}
// or {ok: false, reason} with reason "no-body", "step-back", "turn-side-on"
// or "unsure". frame = {width, height} of the picture.
// A frame that reads turned ("turn-side-on") still carries what it saw as
// `seen`: one frame can't tell a turned camera from a turned upper body
// (hands on hips, a bar on the back), so the counter judges the view over
// the set, at the bottoms of the reps (see RepCounter.turnSideOn).
export function readPose(keypoints, frame, previousFacing, th = THRESHOLDS) {
  if (!keypoints || !keypoints.length) return { ok: false, reason: "no-body" };
  // The side nearer the camera is the one the tracker is surer of.
  let best = null;
  for (const side of SIDES) {
    const pts = LEG.map((j) => point(keypoints, side + j, 0));
    const score = Math.min(...pts.map((q) => (q ? q.score : 0)));
    if (!best || score > best.score) best = { side, score };
  }
  const side = best.side;
  const p = {};
  for (const j of LEG) p[j.toLowerCase()] = point(keypoints, side + j, th.minScore);
  const head = point(keypoints, "nose", th.minScore) || point(keypoints, side + "Ear", th.minScore)
    || point(keypoints, "leftEar", th.minScore) || point(keypoints, "rightEar", th.minScore);
  if (!p.shoulder && !p.hip && !p.knee && !p.ankle && !head) return { ok: false, reason: "no-body" };
  // Feet or head missing, or touching the edge: the whole body isn't in view.
  const inside = (q) => q && q.x > th.edgeMargin * frame.width && q.x < (1 - th.edgeMargin) * frame.width
    && q.y > th.edgeMargin * frame.height && q.y < (1 - th.edgeMargin) * frame.height;
  if (!inside(p.ankle) || !inside(head) || !inside(p.hip) || !inside(p.shoulder)) {
    return { ok: false, reason: "step-back" };
  }
  if (!p.knee) return { ok: false, reason: "unsure" };
  const trunk = dist(p.shoulder, p.hip);
  const spread = spreadOf(keypoints, trunk, th.minScore);
  const facing = facingOf(keypoints, side, p, th.minScore, previousFacing);
  const shank = direction(p.ankle, p.knee, facing);
  const thigh = direction(p.knee, p.hip, facing);
  const torso = direction(p.hip, p.shoulder, facing);
  const leg = dist(p.hip, p.knee) + dist(p.knee, p.ankle);
  const pose = {
    ok: true,
    side,
    facing,
    knee: wrap(shank - thigh),          // bend from straight, + = knee bent
    hip: wrap(torso - thigh),           // bend from straight, + = folded forward
    trunk: torso,                       // from vertical, + = leaning forward
    shin: shank,                        // from vertical, + = knee ahead of the ankle
    hipsBehind: (facing * (p.ankle.x - p.hip.x)) / leg,
    spread,
    points: { ...p, head },
  };
  if (spread > th.obliqueSpread) return { ok: false, reason: "turn-side-on", spread, seen: pose };
  return pose;
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  if (!s.length) return null;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// The time at which the hip bend crosses `level` between samples a and b.
function crossing(a, b, level) {
  if (b.hip === a.hip) return b.t;
  return a.t + ((level - a.hip) / (b.hip - a.hip)) * (b.t - a.t);
}

// The hints a measured rep earns, by the rules of its kind of set.
// Squat and hips-back are one question (where the bend came from), so a
// rep gets at most one of them: a squat is never told to bend at the waist.
// Nor is it timed: the guide's tempo is a hinge's, and a rep lifted as a
// squat needs its pattern fixed first, so it gets that one hint.
export function hintsFor(rep, mode = "standing", th = THRESHOLDS) {
  const hints = [];
  let squat;
  if (mode === "floor") {
    // Floor pulls bend the knees on purpose: a squat is the chest staying
    // up while the shins tip well forward.
    squat = rep.trunk <= th.floorSquatTrunk && rep.shin >= th.floorSquatShin;
  } else {
    squat = rep.kneeChange >= th.squatKneeChange && rep.shin >= th.squatShin;
  }
  if (squat) hints.push("squatting-the-hinge");
  if (mode !== "floor" && !squat && rep.hipsBack !== null && rep.hipsBack < th.hipsBackShare) {
    hints.push("bending-at-the-waist");
  }
  if (mode === "floor" && rep.hipsFirst !== null && rep.hipsFirst < th.hipsFirstTrunkShare) {
    hints.push("hips-rising-first");
  }
  if (rep.topTrunk !== null && rep.standTrunk !== null && rep.topTrunk < rep.standTrunk - th.leanBackDegrees) {
    hints.push("leaning-back-at-the-top");
  }
  if (mode !== "floor" && !squat && rep.lowering !== null
      && rep.lowering + rep.pause < th.rushShare * (th.downSeconds + th.pauseSeconds)) {
    hints.push("rushing-the-rep");
  }
  return hints;
}

// On the way up from the bottom: how much of its way back the trunk has
// come by the time the knees have straightened by a share of theirs.
// Near 0: the hips rose first. Null when the knees barely moved.
function hipsFirstOf(up, th) {
  if (up.length < 3) return null;
  const first = up[0];
  const last = up[up.length - 1];
  const kneeRange = first.knee - last.knee;
  const trunkRange = first.trunk - last.trunk;
  if (kneeRange < th.hipsFirstMinKnee || trunkRange <= 0) return null;
  const level = first.knee - th.hipsFirstKneeShare * kneeRange;
  const at = up.find((s) => s.knee <= level);
  if (!at) return null;
  return (first.trunk - at.trunk) / trunkRange;
}

// Measure one rep from its samples: from the top before it (or the floor,
// for a lift that starts there) to the top after. `stand` is the reader's
// own standing position, learnt on the first still stand.
export function measureRep(samples, top, stand, mode = "standing", th = THRESHOLDS) {
  let peak = 0;
  samples.forEach((s, i) => { if (s.hip > samples[peak].hip) peak = i; });
  const range = samples[peak].hip - top;
  const low = top + 0.1 * range;
  const high = top + 0.9 * range;
  // Lowering: from leaving the top to reaching the bottom, timed over the
  // middle 80 % of the hip bend (steadier than the ends) and scaled up.
  // A lift that starts on the floor has no way down to time.
  let lowering = null;
  let left = -1;
  for (let i = peak; i > 0; i--) {
    if (samples[i - 1].hip <= low) { left = i; break; }
  }
  if (left > 0) {
    const start = crossing(samples[left - 1], samples[left], low);
    let end = samples[peak].t;
    for (let i = 1; i <= peak; i++) {
      if (samples[i].hip >= high) { end = crossing(samples[i - 1], samples[i], high); break; }
    }
    lowering = Math.max(0, (end - start) / 0.8);
  }
  // The bottom: every sample in the deepest tenth of the range.
  const bottomIdx = [];
  samples.forEach((s, i) => { if (s.hip >= high) bottomIdx.push(i); });
  const bottom = bottomIdx.map((i) => samples[i]);
  const lastBottom = bottomIdx[bottomIdx.length - 1];
  const pause = lowering === null ? 0 : Math.max(0, samples[lastBottom].t - bottom[0].t);
  const knee = median(bottom.map((s) => s.knee));
  const hipsBehind = median(bottom.map((s) => s.hipsBehind));
  const rep = {
    hip: samples[peak].hip,
    range,
    knee,
    kneeChange: knee - (stand ? stand.knee : th.standKnee),
    shin: median(bottom.map((s) => s.shin)),
    trunk: median(bottom.map((s) => s.trunk)),
    hipsBack: stand ? hipsBehind - stand.hipsBehind : null,
    hipsFirst: hipsFirstOf(samples.slice(lastBottom), th),
    // How turned the view reads at the bottom (see RepCounter.turnSideOn).
    spread: median(bottom.map((s) => s.spread || 0)),
    lowering,
    pause,
    bottomAt: samples[peak].t,
    bottomPose: samples[peak].pose || null,
    standTrunk: stand ? stand.trunk : null,
    topTrunk: null,
  };
  rep.hints = hintsFor(rep, mode, th);
  return rep;
}

// Counts reps from a stream of readPose() results with their times (s).
// add() returns what changed: {rep, isNew} when a rep is counted or when
// the top after it changes its hints; otherwise null.
//
// It learns the reader's own standing position on the first still stand,
// then counts a rep when the hips bend from near that top past a share of
// this set's usual depth (and never less than a floor, so a nod doesn't
// count) and come back near the top. In "floor" mode the first rep may
// start at the bottom.
//
// A set that never stands still (fast reps that turn at the top) is
// counted from its own top instead: the least hip bend seen so far while
// standing, and the first rep's top becomes the reader's stand. The floor
// still holds, so a nod doesn't count; a still stand, when one comes,
// takes over.
export class RepCounter {
  constructor(th = THRESHOLDS, mode = "standing") {
    this.th = th;
    this.mode = mode;
    this.reps = [];
    this.stand = null;
    this.still = [];
    this.setTop = null;       // the set's own top, until a stand is known
    this.frames = 0;          // frames seen, and how many read turned
    this.turned = 0;
    this.reset();
  }

  reset() {
    this.state = "wait";      // wait: needs to see you at the top (or the floor) first
    this.samples = [];
    this.recent = [];
    this.lastT = null;
    this.topUntil = null;
    this.low = Infinity;
  }

  // The hip bend at the top: the reader's own once known; until then the
  // least bend seen while standing (or 0 before any).
  top() {
    if (this.stand) return this.stand.hip;
    return this.setTop === null ? 0 : this.setTop;
  }

  // A still stand, held for a moment, sets the reader's own top.
  calibrate(s) {
    const th = this.th;
    if (this.stand && !this.stand.fromSet) return;
    this.still.push(s);
    while (this.still.length && s.t - this.still[0].t > th.stillSeconds) this.still.shift();
    const first = this.still[0];
    if (s.t - first.t < th.stillSeconds * 0.9) return;
    const hips = this.still.map((q) => q.hip);
    const m = median(hips);
    if (m > th.standMaxHip || Math.max(...hips) - Math.min(...hips) > th.stillDegrees) return;
    this.stand = {
      hip: m,
      knee: median(this.still.map((q) => q.knee)),
      trunk: median(this.still.map((q) => q.trunk)),
      hipsBehind: median(this.still.map((q) => q.hipsBehind)),
    };
  }

  // No still stand before the first rep: its top is the reader's stand,
  // from the samples at the top before it went down (those within the
  // still range of the least bend there).
  standFromSet(samples, top) {
    let peak = 0;
    samples.forEach((s, i) => { if (s.hip > samples[peak].hip) peak = i; });
    const before = samples.slice(0, peak + 1);
    const low = Math.min(...before.map((q) => q.hip));
    const at = before.filter((q) => q.hip <= low + this.th.stillDegrees);
    return {
      hip: top,
      knee: median(at.map((q) => q.knee)),
      trunk: median(at.map((q) => q.trunk)),
      hipsBehind: median(at.map((q) => q.hipsBehind)),
      fromSet: true,
    };
  }

  // Whether to ask the reader to turn side-on. A rep's bottom tells best:
  // there the trunk lies across the picture, and a turned camera shows its
  // full spread whatever the arms and upper back do, while a lifter who
  // stands turned (hands on hips) but bends side-on reads side-on. So once
  // there are reps, this share of their bottoms reading turned asks to
  // turn; before any, this share of the frames.
  turnSideOn() {
    const th = this.th;
    if (this.reps.length) {
      const turned = this.reps.filter((r) => r.spread > th.obliqueSpread).length;
      return turned / this.reps.length >= th.obliqueShare;
    }
    return this.frames > 0 && this.turned / this.frames >= th.obliqueShare;
  }

  // How far the hips must bend for this rep to count.
  needed() {
    const depths = this.reps.map((r) => r.range);
    const usual = depths.length ? median(depths) : 0;
    return Math.max(this.th.minRange, this.th.depthShare * usual);
  }

  add(t, pose) {
    const th = this.th;
    if (this.lastT !== null && t - this.lastT > th.holdSeconds) {
      // A long loss of tracking: the rep in progress can't be trusted.
      this.state = "wait";
      this.samples = [];
      this.recent = [];
      this.still = [];
      this.topUntil = null;
    }
    this.lastT = t;
    // A median of the last three frames takes out single-frame glitches.
    this.recent.push(pose);
    if (this.recent.length > 3) this.recent.shift();
    const m = (key) => median(this.recent.map((p) => p[key]));
    const s = {
      t, hip: m("hip"), knee: m("knee"), trunk: m("trunk"), shin: m("shin"), hipsBehind: m("hipsBehind"),
      spread: m("spread"), pose,
    };
    this.frames += 1;
    if (pose.spread > th.obliqueSpread) this.turned += 1;
    this.calibrate(s);
    // Until a stand is known, the least bend seen at the top is the top.
    if (!this.stand && (this.state === "top" || (this.state === "wait" && s.hip < th.standMaxHip))
        && (this.setTop === null || s.hip < this.setTop)) {
      this.setTop = s.hip;
    }
    const top = this.top();
    let change = null;
    if (this.state === "wait") {
      // At the top: near your own stand, or (none yet) standing at all.
      if (s.hip < (this.stand ? top + th.enterDegrees : th.standMaxHip)) {
        this.state = "top";
        this.samples = [s];
        this.low = s.hip;
      } else if (this.mode === "floor" && s.hip > th.floorStartHip) {
        // A floor pull may start at the bottom.
        this.state = "down";
        this.samples = [s];
      }
      return null;
    }
    this.samples.push(s);
    if (this.state === "top") {
      change = this.watchTop(s);
      // Leaving the top: bent past the lowest point since the last rep
      // (your own stand, or where you stopped if you didn't stand all the way).
      this.low = Math.min(this.low, s.hip);
      if (s.hip > Math.max(top, this.low) + th.enterDegrees) {
        this.state = "down";
        this.topUntil = null;
      } else if (this.samples.length > 600) {
        this.samples.splice(0, this.samples.length - 600);
      }
    } else if (this.state === "down") {
      const peak = Math.max(...this.samples.map((q) => q.hip));
      const nearTop = top + Math.max(th.nearTopDegrees, th.nearTopShare * (peak - top));
      if (s.hip < nearTop && (this.stand || s.hip < th.standMaxHip)) {
        const range = peak - top;
        if (range >= this.needed()) {
          if (!this.stand && this.setTop !== null) this.stand = this.standFromSet(this.samples, top);
          const rep = measureRep(this.samples, top, this.stand, this.mode, th);
          rep.number = this.reps.length + 1;
          rep.topTrunk = s.trunk;
          rep.hints = hintsFor(rep, this.mode, th);
          this.reps.push(rep);
          this.topUntil = t + th.topSeconds;
          change = { rep, isNew: true };
        }
        this.state = "top";
        this.samples = [s];
        this.low = s.hip;
      }
    }
    return change;
  }

  // After a rep, watch the top for a moment: leaning back shows there.
  watchTop(s) {
    const rep = this.reps[this.reps.length - 1];
    if (!rep || this.topUntil === null || s.t > this.topUntil) return null;
    if (rep.standTrunk === null && this.stand) rep.standTrunk = this.stand.trunk;
    if (s.trunk < rep.topTrunk) {
      const had = rep.hints.join();
      rep.topTrunk = s.trunk;
      rep.hints = hintsFor(rep, this.mode, this.th);
      if (rep.hints.join() !== had) return { rep, isNew: false };
    }
    return null;
  }

  summary() {
    const reps = this.reps;
    if (!reps.length) return { reps: 0, deepest: null, last: null };
    const deepest = reps.reduce((a, b) => (b.hip > a.hip ? b : a));
    return { reps: reps.length, deepest, last: reps[reps.length - 1] };
  }
}

// A whole clip at once: frames = [{t, keypoints}], as the page's tracker
// reports them. Returns the reps, the reasons frames were skipped, and
// whether the view was oblique often enough to ask the reader to turn.
export function analyseTrack(frames, size, mode = "standing", th = THRESHOLDS) {
  const counter = new RepCounter(th, mode);
  let facing = 0;
  const skipped = {};
  for (const f of frames) {
    const pose = readPose(f.keypoints, size, facing, th);
    if (!pose.ok) skipped[pose.reason] = (skipped[pose.reason] || 0) + 1;
    // A frame that reads turned still counts toward the set's view.
    const seen = pose.ok ? pose : pose.seen;
    if (!seen) continue;
    facing = seen.facing;
    counter.add(f.t, seen);
  }
  const turnSideOn = counter.turnSideOn();
  return {
    // Asked to turn side-on, it shows no numbers.
    reps: turnSideOn ? [] : counter.reps.map(({ bottomPose, ...r }) => r),
    skipped,
    turnSideOn,
    stand: counter.stand,
  };
}
