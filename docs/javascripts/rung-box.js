// Progression: a link to a rung's heading (from the ladder, Session plans,
// Setup, Questions) opens the rung's box of steps. Under the heading stand
// the rung's picture and its test, then the box, so the link names the
// heading, where all three are in view, and this opens the box: for the
// address the page was opened at, and again when the address changes on
// the page (a tap on the ladder, the back button, a typed #). Without
// JavaScript the link still lands on the heading, and a tap opens the box.
(function () {
  "use strict";
  function rungBox(heading) {
    for (var e = heading.nextElementSibling; e && !/^H[12]$/.test(e.tagName);
         e = e.nextElementSibling) {
      if (e.matches("details.hh-rung-box")) return e;
    }
    return null;
  }
  function openRungBox() {
    var id = decodeURIComponent(location.hash.slice(1));
    var heading = id && document.getElementById(id);
    var box = heading && /^H2$/.test(heading.tagName) && rungBox(heading);
    if (box) box.open = true;
  }
  openRungBox();
  window.addEventListener("hashchange", openRungBox);
})();
