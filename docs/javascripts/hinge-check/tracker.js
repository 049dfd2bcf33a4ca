// Check your hinge: the body tracker. MoveNet Lightning (single pose), run
// by TensorFlow.js on its WASM backend, from this site's own copy
// (docs/vendor/tracker/, written by scripts/vendor-tracker). One place for
// its settings, used by the page (check.js) and by the script that reads
// test clips (scripts/hinge-keypoints), so the tests measure what readers run.
//
// The steps around the model repeat Human 3.3.6's MoveNet path step for
// step (its src/image/image.ts, src/body/movenet.ts, movenetfix.ts, with
// filter off, minConfidence 0.1, one body, no skipped frames): the site ran
// Human until the tracker shrank to this, the labelled clips in
// tests/data/hinge-check/ were read with it, and the same steps give the
// same keypoints, bit for bit, from a script a third the size (132 KB gzip
// against Human's 421).

const VENDOR = new URL("../../vendor/tracker/", import.meta.url).href;
const MODEL = "movenet-lightning";
const MIN_CONFIDENCE = 0.1;
const MAX_SIZE = 3840; // Human scales bigger frames down to this
const MAX_JITTER = 0.005; // Human keeps a point that moved less than 0.5 %
const PARTS = ["nose", "leftEye", "rightEye", "leftEar", "rightEar", "leftShoulder",
  "rightShoulder", "leftElbow", "rightElbow", "leftWrist", "rightWrist", "leftHip",
  "rightHip", "leftKnee", "rightKnee", "leftAnkle", "rightAnkle"];
// Human's fixes for MoveNet's mix-ups (movenetcoords.ts): left is the one
// further right in the picture; a knee above its shoulder, or an ankle
// above its knee, is dropped; hips and elbows follow the shoulders.
const PAIRS = [["leftEye", "rightEye"], ["leftEar", "rightEar"], ["leftShoulder", "rightShoulder"],
  ["leftElbow", "rightElbow"], ["leftWrist", "rightWrist"], ["leftHip", "rightHip"],
  ["leftKnee", "rightKnee"], ["leftAnkle", "rightAnkle"]];
const BELOW = [["leftKnee", "leftShoulder"], ["rightKnee", "rightShoulder"],
  ["leftAnkle", "leftKnee"], ["rightAnkle", "rightKnee"]];
const FOLLOW = [[["leftHip", "rightHip"], ["leftShoulder", "rightShoulder"]],
  [["leftElbow", "rightElbow"], ["leftShoulder", "rightShoulder"]]];

let tf = null;
let model = null;
let size = 0; // the model's input: 192 x 192
let canvas = null; // the frame at its own size, reused like Human's
const last = []; // the points reported last frame, by place in the list

export async function loadTracker() {
  if (model) return model;
  const lib = await import(VENDOR + "tfjs.esm.js");
  // The WASM file from this folder, fetched by the browser itself: no CDN.
  lib.setWasmPaths(VENDOR, false);
  if (!(await lib.setBackend("wasm"))) throw new Error("no WASM backend");
  await lib.ready();
  lib.enableProdMode();
  model = await loadModel(lib);
  const shape = model.inputs[0].shape;
  size = shape && shape[2] >= 64 ? shape[2] : 256;
  tf = lib;
  return model;
}

// Human's cacheModels: the model's first download is kept in the browser's
// IndexedDB (as "movenet-lightning") and read from there on later visits.
async function loadModel(lib) {
  const stored = "indexeddb://" + MODEL;
  let kept = null; // null: no IndexedDB here (a private window, some web views)
  try {
    if (typeof indexedDB !== "undefined") kept = stored in (await lib.io.listModels());
  } catch (error) {
    kept = null;
  }
  const loaded = await lib.loadGraphModel(kept ? stored : VENDOR + "models/" + MODEL + ".json");
  if (kept === false) {
    try {
      await loaded.save(stored);
    } catch (error) {
      // Full or refused: the network copy serves next time.
    }
  }
  return loaded;
}

// The keypoints of the one body in a frame (a video, canvas or image), in
// the analysis module's shape: [{part, score, position: [x, y]}].
export async function keypointsOf(input) {
  const pixels = frame(input);
  if (!pixels) return [];
  const [, height, width] = pixels.shape;
  // Padded to a square (centred, the odd pixel left off as Human does),
  // scaled to the model's size and cast to whole numbers.
  const pad = Math.trunc(Math.abs(width - height) / 2);
  const padY = width > height ? pad : 0;
  const padX = height > width ? pad : 0;
  const square = tf.tidy(() => tf.cast(tf.image.resizeBilinear(
    tf.pad(pixels, [[0, 0], [padY, padY], [padX, padX], [0, 0]]), [size, size]), "int32"));
  const result = model.execute(square);
  const rows = (await result.array())[0][0];
  tf.dispose([pixels, square, result]);

  let points = [];
  rows.forEach(([y, x, score], i) => {
    if (score > MIN_CONFIDENCE) {
      points.push({ part: PARTS[i], score: Math.round(100 * score) / 100,
        position: [Math.round(width * x), Math.round(height * y)] });
    }
  });
  // A swap with a missing partner leaves a hole (Human's quirk, kept): dropped.
  points = fixSides(points).filter((p) => p && p.position);
  // Back from the padded square to the frame's own pixels.
  for (const p of points) {
    p.position = [p.position[0] * (width + 2 * padX) / width - padX,
      p.position[1] * (height + 2 * padY) / height - padY];
    p.raw = [p.position[0] / width, p.position[1] / height];
  }
  // Human's jitter filter, by place in the list as Human does it: a point
  // that moved less than 0.5 % of the frame both ways keeps last frame's.
  for (let i = 0; i < points.length; i++) {
    const was = last[i];
    if (was && Math.abs(points[i].raw[0] - was.raw[0]) < MAX_JITTER
      && Math.abs(points[i].raw[1] - was.raw[1]) < MAX_JITTER) points[i] = was;
    else last[i] = points[i];
  }
  return points.map((k) => ({ part: k.part, score: k.score, position: k.position.slice(0, 2) }));
}

// Human's image.process with its filter off: the frame drawn at its own
// size onto a canvas that is never read, copied to a fresh one that is read
// once (a browser may move a canvas read every frame off the GPU, where a
// video frame's colours could be converted differently), as float pixels
// [1, height, width, 3]. null while a video has no frame to show.
function frame(input) {
  if (input.readyState !== undefined && input.readyState <= 2) return null;
  const w0 = input.naturalWidth || input.videoWidth || input.width;
  const h0 = input.naturalHeight || input.videoHeight || input.height;
  if (!w0 || !h0) return null;
  let w = w0;
  let h = h0;
  if (w > MAX_SIZE) [w, h] = [MAX_SIZE, Math.trunc(MAX_SIZE * h0 / w0)];
  if (h > MAX_SIZE) [w, h] = [Math.trunc(MAX_SIZE * w0 / h0), MAX_SIZE];
  if (!canvas || canvas.width !== w || canvas.height !== h) canvas = makeCanvas(w, h);
  canvas.getContext("2d").drawImage(input, 0, 0, w0, h0, 0, 0, w, h);
  const copy = makeCanvas(w, h);
  copy.getContext("2d").drawImage(canvas, 0, 0);
  return tf.tidy(() => tf.expandDims(tf.cast(tf.browser.fromPixels(copy), "float32"), 0));
}

function makeCanvas(width, height) {
  const c = document.createElement("canvas");
  c.width = width;
  c.height = height;
  return c;
}

// movenetfix.ts bodyParts(), as written there, quirks and all: a swap with
// a missing partner (index -1) stores it on the array's "-1" property, which
// the next pair may read, exactly as in Human.
function fixSides(points) {
  const at = (part) => points.findIndex((p) => p && p.part === part);
  for (const [left, right] of PAIRS) {
    const l = at(left);
    const r = at(right);
    if (points[l] && points[r] && points[l].position[0] < points[r].position[0]) {
      [points[l], points[r]] = [points[r], points[l]];
    }
  }
  for (const [lower, higher] of BELOW) {
    const lo = at(lower);
    const hi = at(higher);
    if (points[lo] && points[hi] && points[lo].position[1] < points[hi].position[1]) {
      points.splice(lo, 1);
    }
  }
  for (const [[left, right], [leftTo, rightTo]] of FOLLOW) {
    const l = at(left);
    const r = at(right);
    const lt = at(leftTo);
    const rt = at(rightTo);
    if (!points[lt] || !points[rt]) continue;
    const x = (i) => points[i].position[0];
    const dl = points[l] ? [Math.abs(x(lt) - x(l)), Math.abs(x(rt) - x(l))] : [0, 0];
    const dr = points[r] ? [Math.abs(x(rt) - x(r)), Math.abs(x(lt) - x(r))] : [0, 0];
    if (dl[0] > dl[1] || dr[0] > dr[1]) [points[l], points[r]] = [points[r], points[l]];
  }
  return points;
}
