// Check your hinge: the body tracker (Human, with MoveNet Lightning only),
// loaded from this site's own copy. One place for its settings, used by
// the page (check.js) and by the script that reads test clips
// (scripts/hinge-keypoints), so the tests measure what readers run.

const VENDOR = new URL("../../vendor/human/", import.meta.url).href;

let human = null;

export async function loadTracker() {
  if (human) return human;
  const { Human } = await import(VENDOR + "human.esm.js");
  const tracker = new Human({
    backend: "wasm",
    wasmPath: VENDOR,
    wasmPlatformFetch: false,
    modelBasePath: VENDOR + "models/",
    cacheModels: true,
    warmup: "none",
    debug: false,
    filter: { enabled: false },
    face: { enabled: false },
    hand: { enabled: false },
    object: { enabled: false },
    gesture: { enabled: false },
    segmentation: { enabled: false },
    body: {
      enabled: true,
      modelPath: "movenet-lightning.json",
      maxDetected: 1,
      minConfidence: 0.1,
      skipFrames: 0,
      skipTime: 0,
    },
  });
  await tracker.load();
  if (!tracker.models.loaded().length) throw new Error("no model");
  human = tracker;
  return human;
}

// The keypoints of the one body in a frame (a video, canvas or image), in
// the analysis module's shape: [{part, score, position: [x, y]}].
export async function keypointsOf(input) {
  const result = await human.detect(input);
  const body = result.body && result.body[0];
  return body ? body.keypoints.map((k) => ({ part: k.part, score: k.score, position: k.position.slice(0, 2) })) : [];
}
