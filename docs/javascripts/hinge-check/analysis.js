// Check your hinge: the analysis. Plain functions, no page and no camera,
// so the tests can feed it keypoints drawn from the project's body model.
//
// Input: one frame's keypoints as the body tracker gives them, a list of
// {part, score, position: [x, y]} in pixels (y down), with names such as
// "leftHip". Output: the joint angles of a side view, and reps with their
// tempo and hints. Every threshold is in THRESHOLDS and is stated on the
// page in words.

export const THRESHOLDS = {
  // Seeing the body
  minScore: 0.3,          // a keypoint counts when the tracker is this sure of it
  edgeMargin: 0.01,       // ... and lies at least this far (of the frame) inside the edge
  sideOnRatio: 0.5,       // shoulders or hips wider than this x the trunk: not side-on
  gapSeconds: 1.5,        // a longer gap in good frames starts the count afresh
  // Counting reps, on the bend at the hip
  downHipBend: 40,        // a rep counts once the hips bend past this (degrees)...
  upHipBend: 20,          // ...and come back up under this
  topSeconds: 1.5,        // how long the top is watched after a rep, for leaning back
  // Hints, from the guide's own rules
  squatKneeBend: 40,      // soft knees are 15-20 degrees; twice that is a squat
  hipsBehindAnkle: 0.05,  // hips at least this far behind the ankle (x leg length)
  leanBackDegrees: 10,    // shoulders behind the hips at the top, beyond this
  tempoSeconds: 3,        // the guide's count down
  rushSeconds: 1.5,       // under half of it is rushing
};

// The fault each hint links to (ids of the fault boxes on the Movement page).
export const HINTS = {
  "squatting-the-hinge": "Your knees bent a lot: send your hips back, not down.",
  "bending-at-the-waist": "Your hips stayed over your feet: reach them back first.",
  "leaning-back-at-the-top": "You leaned back at the top: stop when you stand tall.",
  "rushing-the-rep": "You went down fast: count three seconds on the way down.",
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

// One frame -> {ok: true, knee, hip, trunk, hipsBehind, ...} or
// {ok: false, reason} with reason "no-body", "step-back", "turn-side-on"
// or "unsure". frame = {width, height} of the picture.
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
  // Side-on: the left and right shoulders (and hips) nearly overlap.
  const trunk = dist(p.shoulder, p.hip);
  for (const j of ["Shoulder", "Hip"]) {
    const l = point(keypoints, "left" + j, th.minScore);
    const r = point(keypoints, "right" + j, th.minScore);
    if (l && r && Math.abs(l.x - r.x) > th.sideOnRatio * trunk) return { ok: false, reason: "turn-side-on" };
  }
  const facing = facingOf(keypoints, side, p, th.minScore, previousFacing);
  const shank = direction(p.ankle, p.knee, facing);
  const thigh = direction(p.knee, p.hip, facing);
  const torso = direction(p.hip, p.shoulder, facing);
  const leg = dist(p.hip, p.knee) + dist(p.knee, p.ankle);
  return {
    ok: true,
    side,
    facing,
    knee: wrap(shank - thigh),          // bend from straight, + = knee bent
    hip: wrap(torso - thigh),           // bend from straight, + = folded forward
    trunk: torso,                       // from vertical, + = leaning forward
    hipsBehind: (facing * (p.ankle.x - p.hip.x)) / leg,
    points: { ...p, head },
  };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// The time at which the value crosses `level` between samples a and b.
function crossing(a, b, level) {
  if (b.hip === a.hip) return b.t;
  return a.t + ((level - a.hip) / (b.hip - a.hip)) * (b.t - a.t);
}

export function hintsFor(rep, th = THRESHOLDS) {
  const hints = [];
  if (rep.knee > th.squatKneeBend) hints.push("squatting-the-hinge");
  if (rep.hipsBehind < th.hipsBehindAnkle) hints.push("bending-at-the-waist");
  if (rep.topTrunk !== null && rep.topTrunk < -th.leanBackDegrees) hints.push("leaning-back-at-the-top");
  if (rep.lowering < th.rushSeconds) hints.push("rushing-the-rep");
  return hints;
}

// Measure one rep from its samples: from the top before it to the top after.
export function measureRep(samples, th = THRESHOLDS) {
  let peak = 0;
  samples.forEach((s, i) => { if (s.hip > samples[peak].hip) peak = i; });
  const before = samples.slice(0, peak + 1);
  const tops = before.filter((s) => s.hip < th.upHipBend).map((s) => s.hip);
  const base = tops.length ? median(tops) : th.upHipBend;
  const range = samples[peak].hip - base;
  const low = base + 0.1 * range;
  const high = base + 0.9 * range;
  // Lowering: from leaving the top to reaching the bottom, timed over the
  // middle 80 % of the hip bend (steadier than the ends) and scaled up.
  let start = samples[0].t;
  for (let i = peak; i > 0; i--) {
    if (samples[i - 1].hip <= low) { start = crossing(samples[i - 1], samples[i], low); break; }
  }
  let end = samples[peak].t;
  for (let i = 1; i <= peak; i++) {
    if (samples[i].hip >= high) { end = crossing(samples[i - 1], samples[i], high); break; }
  }
  const bottom = samples.filter((s) => s.hip >= high);
  const rep = {
    hip: samples[peak].hip,
    knee: median(bottom.map((s) => s.knee)),
    hipsBehind: median(bottom.map((s) => s.hipsBehind)),
    trunk: median(bottom.map((s) => s.trunk)),
    lowering: Math.max(0, (end - start) / 0.8),
    bottomAt: samples[peak].t,
    bottomPose: samples[peak].pose || null,
    topTrunk: null,
  };
  rep.hints = hintsFor(rep, th);
  return rep;
}

// Counts reps from a stream of readPose() results with their times (s).
// add() returns what changed: {rep, isNew} when a rep is counted or when
// the top after it changes its hints; otherwise null.
export class RepCounter {
  constructor(th = THRESHOLDS) {
    this.th = th;
    this.reps = [];
    this.reset();
  }

  reset() {
    this.state = "wait";      // wait: needs to see you standing first
    this.samples = [];
    this.recent = [];
    this.lastT = null;
    this.topUntil = null;
  }

  add(t, pose) {
    const th = this.th;
    if (this.lastT !== null && t - this.lastT > th.gapSeconds) {
      this.state = "wait";
      this.samples = [];
      this.recent = [];
      this.topUntil = null;
    }
    this.lastT = t;
    // A median of the last three frames takes out single-frame glitches.
    this.recent.push(pose);
    if (this.recent.length > 3) this.recent.shift();
    const s = {
      t,
      hip: median(this.recent.map((p) => p.hip)),
      knee: median(this.recent.map((p) => p.knee)),
      trunk: median(this.recent.map((p) => p.trunk)),
      hipsBehind: median(this.recent.map((p) => p.hipsBehind)),
      pose,
    };
    let change = null;
    if (this.state === "wait") {
      if (s.hip < th.upHipBend) { this.state = "top"; this.samples = [s]; }
      return null;
    }
    this.samples.push(s);
    if (this.state === "top") {
      change = this.watchTop(s);
      if (s.hip > th.downHipBend) {
        this.state = "down";
        this.topUntil = null;
      } else if (this.samples.length > 600) {
        this.samples.splice(0, this.samples.length - 600);
      }
    } else if (this.state === "down" && s.hip < th.upHipBend) {
      const rep = measureRep(this.samples, th);
      rep.number = this.reps.length + 1;
      rep.topTrunk = s.trunk;
      rep.hints = hintsFor(rep, th);
      this.reps.push(rep);
      this.state = "top";
      this.samples = [s];
      this.topUntil = t + th.topSeconds;
      change = { rep, isNew: true };
    }
    return change;
  }

  // After a rep, watch the top for a moment: leaning back shows there.
  watchTop(s) {
    const rep = this.reps[this.reps.length - 1];
    if (!rep || this.topUntil === null || s.t > this.topUntil) return null;
    if (s.trunk < rep.topTrunk) {
      const had = rep.hints.join();
      rep.topTrunk = s.trunk;
      rep.hints = hintsFor(rep, this.th);
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
