// The page a mistyped or cut-off link lands on (404.html): offer the page
// the link was most likely meant for. A link copied from a post often loses
// its end or gains a typo (faults/rounded-bak/); the sitemap lists every
// page, and the nearest address, by a few letters, is the likely one.
// Without JavaScript, or with nothing close, the page's own links remain.
(function () {
  "use strict";
  var box = document.querySelector("[data-hh-did-you-mean]");
  if (!box || !window.fetch) return;
  var root = new URL(box.getAttribute("data-hh-root"), location.href).pathname;
  if (location.pathname.indexOf(root) !== 0) return;
  var asked = decodeURIComponent(location.pathname.slice(root.length)).toLowerCase();
  if (!asked) return;

  // Letters to change, add or drop to turn one address into the other.
  function distance(a, b) {
    var row = [];
    for (var j = 0; j <= b.length; j++) row.push(j);
    for (var i = 1; i <= a.length; i++) {
      var diagonal = row[0];
      row[0] = i;
      for (var k = 1; k <= b.length; k++) {
        var above = row[k];
        row[k] = Math.min(row[k] + 1, row[k - 1] + 1,
          diagonal + (a.charAt(i - 1) === b.charAt(k - 1) ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length];
  }

  // "faults/rounded-back/" reads as "Rounded back".
  function name(path) {
    var words = path.replace(/\/$/, "").split("/").pop().replace(/-/g, " ");
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  fetch(root + "sitemap.xml").then(function (response) {
    return response.ok ? response.text() : "";
  }).then(function (text) {
    var locs = [];
    var pattern = /<loc>\s*([^<\s]+)\s*<\/loc>/g;
    var match;
    while ((match = pattern.exec(text))) locs.push(match[1].replace(/&amp;/g, "&"));
    // The sitemap's addresses carry site_url; the home page's is the
    // shortest, and every other starts with it.
    var home = locs.reduce(function (a, b) { return b.length < a.length ? b : a; }, locs[0] || "");
    var best = null;
    locs.forEach(function (loc) {
      if (!home || loc.indexOf(home) !== 0 || loc === home) return;
      var path = loc.slice(home.length).toLowerCase();
      var score = distance(asked.replace(/\/?$/, "/"), path);
      if (!best || score < best.score) best = { path: path, score: score };
    });
    // Close means a slip, not another page: a few letters, at most a third.
    if (!best || best.score > Math.max(2, Math.floor(best.path.length / 3))) return;
    var link = document.createElement("a");
    link.href = root + best.path;
    link.className = "md-button md-button--primary";
    link.textContent = name(best.path);
    box.querySelector("[data-hh-did-you-mean-link]").appendChild(link);
    box.hidden = false;
  }).catch(function () {});
})();
