// Check your hinge: the camera, the body tracker and the readout. Loaded
// by start.js only when the reader taps Start camera or chooses a video,
// so nothing heavy loads before that. Every frame stays in this page: it
// goes from the camera (or the chosen file) to the tracker and the canvas,
// and nothing is recorded, kept or sent anywhere.

import { HINTS, NO_HINT_CUE, RepCounter, THRESHOLDS, readPose } from "./analysis.js";
import { createVoice } from "./voice.js";
import { columnLabels, repLog, wireCopy } from "./rep-log.js";
import { keypointsOf, loadTracker } from "./tracker.js";

function round(v) {
  return Math.round(v).toString();
}

const MESSAGES = {
  "no-body": "Step into the picture, side-on, with your whole body in view.",
  "step-back": "Step back until your head and feet both show.",
  "turn-side-on": "Turn side-on to the camera: the numbers are only right from the side.",
  unsure: "The camera can't see you clearly. Find better light, or step back.",
  wait: "Stand tall and still for a moment to start.",
  ready: "Ready: hinge when you like.",
};

// Set mode's styles, fetched with this script (after the tap), not before.
function loadStyles() {
  const href = new URL("check.css", import.meta.url).href;
  if (document.querySelector(`link[href="${href}"]`)) return;
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = href;
  document.head.append(link);
}

// audio: the AudioContext start.js began in the reader's tap, if any.
export function init(root, audio) {
  loadStyles();
  const $ = (s) => root.querySelector(s);
  const video = $("[data-hh-video]");
  const canvas = $("[data-hh-overlay]");
  const ctx = canvas.getContext("2d");
  const status = $("[data-hh-status]");
  const now = $("[data-hh-now]");
  const stage = $("[data-hh-stage]");
  const controls = $("[data-hh-controls]");
  const stopButton = $("[data-hh-stop]");
  const switchButton = $("[data-hh-switch]");
  const live = $("[data-hh-live]");
  const table = $("[data-hh-table]");
  const readout = $("[data-hh-readout]");
  const rows = $("[data-hh-rows]");
  const repTable = rows.closest("table");
  const out = (name) => root.querySelector(`output[name="${name}"]`);
  const big = $("[data-hh-big]");
  const bigCount = $("[data-hh-big-count]");
  const bigCue = $("[data-hh-big-cue]");
  const soundBox = $("[data-hh-sound]");
  const voice = createVoice(window, audio);
  const modeOf = () => (root.querySelector("input[name=hh-mode]:checked") || { value: "standing" }).value;
  // The lift as its choice names it: "hinge from standing".
  const liftName = (mode) => {
    const choice = root.querySelector(`input[name=hh-mode][value="${mode}"]`);
    return choice ? choice.parentNode.textContent.trim().toLowerCase() : mode;
  };
  const today = () => new Date().toLocaleDateString(undefined,
    { day: "numeric", month: "long", year: "numeric" });
  const resetCopy = wireCopy({
    button: $("[data-hh-copy]"),
    status: $("[data-hh-copied]"),
    field: $("[data-hh-log]"),
    // The set's own lift, which the reader may have changed since.
    text: () => repLog(repTable, `Check your hinge, ${liftName(counter.mode)}, ${today()}`),
  });
  const article = root.closest("article") || document;
  // Counts and a short trace of (time, hip bend) for the tests and the benchmark.
  const stats = { frames: 0, good: 0, detectMs: 0, started: 0, trace: [] };
  root.hhStats = stats;
  root.hhVoice = voice.log;

  let stream = null;
  let fileUrl = null;
  let mode = null;          // "camera" or "file"
  let running = false;
  let facingMode = "user";
  let counter = new RepCounter(THRESHOLDS, modeOf());
  let facing = 0;
  let lastMessage = "";
  let runId = 0;

  const reduce = window.matchMedia("(prefers-reduced-motion: reduce)");
  live.checked = !reduce.matches;

  // A message for the reader changes only once the same one has come three
  // frames running, so a screen reader isn't told every flicker.
  let pending = "";
  let pendingCount = 0;
  function sayFromFrame(text) {
    pendingCount = text === pending ? pendingCount + 1 : 1;
    pending = text;
    if (pendingCount >= 3) say(text);
  }

  function say(text) {
    if (text !== lastMessage) {
      status.textContent = text;
      lastMessage = text;
    }
  }

  function faultLink(id) {
    const a = article.querySelector(`a[href*="#${id}"]`);
    return a ? a.getAttribute("href") : null;
  }

  function resetReadout() {
    counter = new RepCounter(THRESHOLDS, modeOf());
    facing = 0;
    out("reps").value = "0";
    for (const name of ["knee-bend", "hip-bend", "lowering-seconds"]) out(name).value = "–";
    rows.replaceChildren();
    resetCopy();
    table.hidden = true;
    readout.hidden = true;
    bigCount.textContent = "0";
    bigCue.textContent = "";
    now.textContent = "";
    ctx.clearRect(0, 0, canvas.width, canvas.height);
  }

  function showRep(rep, isNew) {
    const summary = counter.summary();
    out("reps").value = String(summary.reps);
    out("knee-bend").value = round(summary.deepest.knee);
    out("hip-bend").value = round(summary.deepest.hip);
    out("lowering-seconds").value = summary.last.lowering.toFixed(1);
    let row = rows.querySelector(`[data-rep="${rep.number}"]`);
    if (!row) {
      row = document.createElement("tr");
      row.dataset.rep = rep.number;
      rows.append(row);
    }
    const th = document.createElement("th");
    th.scope = "row";
    th.textContent = String(rep.number);
    const cells = [rep.lowering.toFixed(1), round(rep.knee) + "°", round(rep.hip) + "°"].map((text) => {
      const td = document.createElement("td");
      td.textContent = text;
      return td;
    });
    const hintCell = document.createElement("td");
    // On a phone each rep is a card: each figure under its column's name.
    const labels = columnLabels(repTable, counter.mode);
    [th, ...cells, hintCell].forEach((cell, i) => { cell.dataset.label = labels[i]; });
    if (rep.hints.length) {
      rep.hints.forEach((id, i) => {
        const href = faultLink(id);
        const link = document.createElement(href ? "a" : "span");
        if (href) link.href = href;
        link.textContent = HINTS[id].text;
        if (i) hintCell.append(document.createElement("br"));
        hintCell.append(link);
      });
    } else {
      // Said once under the table: no hint is not a clean back.
      hintCell.textContent = "No hint.";
    }
    // Set mode: one big count and one cue, spoken; the rest waits for the review.
    bigCount.textContent = String(summary.reps);
    const cue = rep.hints.length ? HINTS[rep.hints[0]].cue : NO_HINT_CUE;
    bigCue.textContent = cue;
    if (isNew && soundBox.checked) voice.say(`${summary.reps}. ${cue}`);
    row.replaceChildren(th, ...cells, hintCell);
    if (!live.checked) drawStill(rep);
    if (isNew) stats.lastRepAt = performance.now();
  }

  function resize() {
    const w = video.videoWidth || 640;
    const h = video.videoHeight || 480;
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
      // The stage keeps the video's shape and fits the screen's height.
      stage.style.setProperty("--hh-aspect", String(w / h));
    }
  }

  // The pose's colours are the site's (hinge_guide/palette.py, CAMERA),
  // read from check.css's --hh-check-* once it has loaded: a palette change
  // follows, and check.js holds no colour of its own.
  const colours = {};
  const colourOf = (name) =>
    (colours[name] ||= getComputedStyle(root).getPropertyValue(`--hh-check-${name}`).trim());

  function drawSkeleton(points, colour) {
    const lw = Math.max(3, canvas.width / 110);
    const chain = [points.head, points.shoulder, points.hip, points.knee, points.ankle].filter(Boolean);
    ctx.lineCap = "round";
    ctx.lineJoin = "round";
    for (const [style, width] of [[colourOf("halo"), lw + 4], [colour, lw]]) {
      ctx.strokeStyle = style;
      ctx.lineWidth = width;
      ctx.beginPath();
      chain.forEach((p, i) => (i ? ctx.lineTo(p.x, p.y) : ctx.moveTo(p.x, p.y)));
      ctx.stroke();
    }
    for (const p of chain) {
      ctx.fillStyle = colourOf("joint");
      ctx.beginPath();
      ctx.arc(p.x, p.y, lw * 1.3, 0, 2 * Math.PI);
      ctx.fill();
      ctx.strokeStyle = colour;
      ctx.lineWidth = lw * 0.7;
      ctx.stroke();
    }
  }

  // Reduced motion: the overlay holds the bottom of the latest rep still.
  function drawStill(rep) {
    resize();
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    if (rep && rep.bottomPose) drawSkeleton(rep.bottomPose.points, colourOf("still"));
    stats.stillDraws = (stats.stillDraws || 0) + 1;
  }

  async function analyse(t) {
    resize();
    const started = performance.now();
    const keypoints = await keypointsOf(video);
    stats.detectMs += performance.now() - started;
    stats.frames += 1;
    const pose = readPose(keypoints, { width: canvas.width, height: canvas.height }, facing);
    if (live.checked) ctx.clearRect(0, 0, canvas.width, canvas.height);
    // A frame that reads turned still goes to the counter, which judges
    // the view over the set (at the bottoms of the reps).
    const seen = pose.ok ? pose : pose.seen;
    if (!seen) {
      now.textContent = "";
      sayFromFrame(MESSAGES[pose.reason]);
      return;
    }
    stats.good += 1;
    facing = seen.facing;
    if (live.checked) {
      drawSkeleton(seen.points, colourOf("live"));
      stats.liveDraws = (stats.liveDraws || 0) + 1;
    }
    stats.trace.push([Math.round(t * 1000) / 1000, Math.round(seen.hip)]);
    if (stats.trace.length > 900) stats.trace.shift();
    const change = counter.add(t, seen);
    // Asked to turn side-on, it shows no numbers until you do.
    if (counter.turnSideOn()) {
      now.textContent = "";
      sayFromFrame(MESSAGES["turn-side-on"]);
      return;
    }
    now.textContent = `Now: knee ${round(seen.knee)}°, hip ${round(seen.hip)}°`;
    // Once reps are counting, the big count and cue say it all: the status
    // line only speaks up again when something needs changing.
    sayFromFrame(counter.state === "wait" ? MESSAGES.wait
      : counter.reps.length ? "" : MESSAGES.ready);
    if (change) showRep(change.rep, change.isNew);
  }

  function schedule(id) {
    const next = (_now, meta) => frame(id, meta);
    if ("requestVideoFrameCallback" in video) video.requestVideoFrameCallback(next);
    else requestAnimationFrame(() => frame(id, null));
  }

  let lastMediaTime = -1;
  async function frame(id, meta) {
    if (!running || id !== runId) return;
    // Time each frame by when it was filmed, not when this page got to it:
    // a busy phone reads frames late, and that mustn't change the tempo.
    let t;
    if (mode === "file") t = meta ? meta.mediaTime : video.currentTime;
    else t = (meta && meta.captureTime ? meta.captureTime : performance.now()) / 1000;
    if (video.readyState >= 2 && t !== lastMediaTime) {
      lastMediaTime = t;
      try {
        await analyse(t);
      } catch (error) {
        say("Something went wrong while reading the video. Stop and try again.");
      }
    }
    if (running && id === runId) schedule(id);
  }

  function stop(reason) {
    runId += 1;
    running = false;
    if (stream) {
      stream.getTracks().forEach((track) => track.stop());
      stream = null;
    }
    video.pause();
    video.removeAttribute("src");
    video.srcObject = null;
    video.load();
    if (fileUrl) {
      URL.revokeObjectURL(fileUrl);
      fileUrl = null;
    }
    controls.hidden = true;
    stage.hidden = true;
    root.classList.remove("hh-check--set");
    // The review after the set: the numbers and every rep's hints (none
    // when the set was seen turned: then it asks you to turn instead).
    const turned = counter.reps.length > 0 && counter.turnSideOn();
    if (counter.reps.length && !turned) {
      readout.hidden = false;
      table.hidden = false;
    }
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    now.textContent = "";
    const n = counter.reps.length;
    if (turned) say(MESSAGES["turn-side-on"]);
    else say(reason || (n ? `Stopped after ${n} ${n === 1 ? "rep" : "reps"}.` : "Stopped."));
    mode = null;
  }

  // Why the camera didn't start, in words that say what to do. A device
  // with no camera is NotFoundError in Chromium; Safari, asked for a facing
  // it can't find on any camera, says OverconstrainedError. Telling that
  // reader to allow the camera sent them to settings that can't help.
  function cameraTrouble(error) {
    const name = error && error.name;
    if (name === "NotFoundError" || name === "OverconstrainedError") {
      return "No camera found on this device. Choose a video instead.";
    }
    if (name === "NotReadableError" || name === "AbortError") {
      return "Another app is using your camera. Close it, then tap Start camera again, or choose a video instead.";
    }
    return "The camera didn't start. Allow this page to use it in your browser's settings, or choose a video instead.";
  }

  async function begin(kind, source) {
    if (running) stop(" ");
    const id = ++runId;
    say("Loading the body tracker. The first time takes a few seconds.");
    try {
      await loadTracker();
    } catch (error) {
      say("The body tracker didn't load. Check your connection, then try again.");
      return;
    }
    if (id !== runId) return;
    resetReadout();
    video.muted = true;
    video.playsInline = true;
    if (kind === "camera") {
      if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
        say("This browser can't open the camera here. Choose a video instead.");
        return;
      }
      say("Allow the camera when your browser asks.");
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          audio: false,
          video: { facingMode, width: { ideal: 640 }, height: { ideal: 480 } },
        });
      } catch (error) {
        say(cameraTrouble(error));
        return;
      }
      if (id !== runId) {
        stream.getTracks().forEach((track) => track.stop());
        stream = null;
        return;
      }
      video.srcObject = stream;
      navigator.mediaDevices.enumerateDevices().then((devices) => {
        switchButton.hidden = devices.filter((d) => d.kind === "videoinput").length < 2;
      }).catch(() => {});
    } else {
      fileUrl = URL.createObjectURL(source);
      video.src = fileUrl;
      switchButton.hidden = true;
    }
    mode = kind;
    stage.hidden = false;
    controls.hidden = false;
    root.classList.add("hh-check--set");
    voice.unlock();
    running = true;
    stats.frames = stats.good = stats.detectMs = 0;
    stats.trace = [];
    stats.started = performance.now();
    lastMediaTime = -1;
    try {
      await video.play();
    } catch (error) {
      stop("The video didn't play. Try another file, or start the camera.");
      return;
    }
    say(MESSAGES.wait);
    resize();
    stage.scrollIntoView({ block: "nearest", behavior: reduce.matches ? "auto" : "smooth" });
    schedule(id);
  }

  video.addEventListener("ended", () => {
    if (mode !== "file") return;
    const n = counter.reps.length;
    stop(`Done: ${n} ${n === 1 ? "rep" : "reps"} in this video.`);
  });
  video.addEventListener("error", () => {
    if (mode === "file") stop("This video can't be played here. Try another file.");
  });

  stopButton.addEventListener("click", () => stop());
  switchButton.addEventListener("click", () => {
    facingMode = facingMode === "user" ? "environment" : "user";
    begin("camera");
  });
  live.addEventListener("change", () => {
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    if (!live.checked) drawStill(counter.reps[counter.reps.length - 1]);
  });
  // The camera goes off when you leave the page or switch away from it.
  window.addEventListener("pagehide", () => { if (running) stop(); });
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden" && running) stop();
  });

  return {
    voice,
    startCamera: () => begin("camera"),
    startFile: (file) => begin("file", file),
    stop: () => stop(),
    stats,
  };
}
