// Keep the guide on this device after the first visit, so it opens in a gym
// without signal: registers the service worker (sw.js, at the top of the
// site) once the page has loaded. Where the browser has no service workers,
// or site storage is blocked, it does nothing and the site works as before.
(function () {
  "use strict";
  var script = document.currentScript;
  function register() {
    try {
      if (!script || !("serviceWorker" in navigator) || !window.caches) return;
      var worker = new URL("../sw.js", script.src).href;
      navigator.serviceWorker.register(worker, { updateViaCache: "none" }).catch(function () {});
    } catch (error) {
      // Storage blocked: reading navigator.serviceWorker or caches throws.
    }
  }
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register);
})();
