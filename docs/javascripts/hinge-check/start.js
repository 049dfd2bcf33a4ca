// Check your hinge: the only script the page loads up front. It shows the
// two ways in and waits. The tracker (several megabytes) and the code that
// runs it load only when the reader taps Start camera or chooses a video.
(function () {
  "use strict";
  var root = document.querySelector("[data-hh-check]");
  var script = document.currentScript;
  if (!root || !script || !window.HTMLVideoElement) return;
  var app = null;
  var status = root.querySelector("[data-hh-status]");
  var file = root.querySelector("[data-hh-file]");
  var soundBox = root.querySelector("[data-hh-sound]");
  var audio = null;
  root.hidden = false;

  // An iPhone lets a page make sound only from inside a tap: Safari drops
  // any speech started later (until one has started in a tap), and audio
  // begun later stays silent. The check speaks after each rep, long after
  // the tap, and its tracker loads in between, so the tap that starts a
  // check (or turns Sound on) says nothing once and starts the beep's
  // audio, which opens both for the rest of the visit.
  function allowSound() {
    if (soundBox && !soundBox.checked) return;
    try {
      if (window.speechSynthesis && typeof window.SpeechSynthesisUtterance == "function") {
        var nothing = new SpeechSynthesisUtterance("");
        nothing.volume = 0;
        window.speechSynthesis.speak(nothing);
      }
      var Context = window.AudioContext || window.webkitAudioContext;
      if (!audio && Context) audio = new Context();
      if (audio && audio.state == "suspended") audio.resume().catch(function () {});
    } catch (error) {
      // No sound here: the check still shows each cue.
    }
  }
  if (soundBox) soundBox.addEventListener("change", allowSound);

  function load() {
    if (!app) {
      app = import(new URL("check.js", script.src).href).then(function (module) {
        return module.init(root, audio);
      });
      app.catch(function () {
        app = null;
        status.textContent = "The check didn't load. Check your connection, then try again.";
      });
    }
    return app;
  }

  // "Save it for offline use": store the tracker's files in a cache the
  // site's service worker serves them from, so the check works without signal.
  // Shown only where the site may keep files: with its data blocked, reading
  // caches throws in some browsers, and in Firefox the cache refuses to
  // open, and the button could only fail (with "check your connection").
  var keep = root.querySelector("[data-hh-keep]");
  var FILES = ["tfjs.esm.js", "tfjs-backend-wasm-simd.wasm", "tfjs-backend-wasm.wasm",
    "models/movenet-lightning.json", "models/movenet-lightning.bin"];
  if (keep) canKeepFiles().then(function (can) {
    if (!can) return;
    keep.hidden = false;
    keep.addEventListener("click", function () {
      var vendor = new URL("../../vendor/tracker/", script.src).href;
      keep.disabled = true;
      status.textContent = "Saving the tracker on this phone…";
      navigator.serviceWorker.getRegistration().then(function (reg) {
        if (!reg) throw new Error("no service worker");
        return caches.open("hh-tracker " + reg.scope);
      }).then(function (cache) {
        return Promise.all(FILES.map(function (name) {
          return fetch(vendor + name).then(function (response) {
            if (!response.ok) throw new Error(name);
            return response.clone().arrayBuffer().then(function (body) {
              return cache.put(vendor + name, response).then(function () { return body.byteLength; });
            });
          });
        }));
      }).then(function (sizes) {
        var mb = sizes.reduce(function (a, b) { return a + b; }, 0) / 1e6;
        status.textContent = "Saved: the check now works without signal. It takes "
          + mb.toFixed(1) + " MB on this phone.";
      }).catch(function () {
        keep.disabled = false;
        status.textContent = "The tracker wasn't saved. Check your connection, then try again.";
      });
    });
  });

  function canKeepFiles() {
    try {
      if (!window.caches || !navigator.serviceWorker) return Promise.resolve(false);
      return caches.keys().then(function () { return true; }, function () { return false; });
    } catch (error) {
      return Promise.resolve(false);
    }
  }

  root.querySelector("[data-hh-start]").addEventListener("click", function () {
    allowSound();
    load().then(function (check) { check.startCamera(); });
  });
  root.querySelector("[data-hh-choose]").addEventListener("click", function () {
    allowSound(); // the tap: the file picker's answer comes too late
    file.click();
  });
  file.addEventListener("change", function () {
    var chosen = file.files && file.files[0];
    if (chosen) load().then(function (check) { check.startFile(chosen); });
    file.value = "";
  });
})();
