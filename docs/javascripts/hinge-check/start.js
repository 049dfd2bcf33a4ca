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
  root.hidden = false;

  function load() {
    if (!app) {
      app = import(new URL("check.js", script.src).href).then(function (module) {
        return module.init(root);
      });
      app.catch(function () {
        app = null;
        status.textContent = "The check didn't load. Check your connection, then try again.";
      });
    }
    return app;
  }

  root.querySelector("[data-hh-start]").addEventListener("click", function () {
    load().then(function (check) { check.startCamera(); });
  });
  root.querySelector("[data-hh-choose]").addEventListener("click", function () {
    file.click();
  });
  file.addEventListener("change", function () {
    var chosen = file.files && file.files[0];
    if (chosen) load().then(function (check) { check.startFile(chosen); });
    file.value = "";
  });
})();
