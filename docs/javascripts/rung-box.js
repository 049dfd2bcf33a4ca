// Progression: a link to a rung's heading from another page (Session plans,
// Setup, Questions) opens the rung's box under it, as a tap on the ladder
// does. The ladder's links name the box itself, which Material opens; a
// link from elsewhere names the heading, which Material leaves alone. So
// this opens the box for the address the page was opened at, and again when
// the address changes on the page (the back button, a typed #). Without
// JavaScript the link still lands on the heading, and a tap opens the box.
(function () {
  "use strict";
  function openRungBox() {
    var id = decodeURIComponent(location.hash.slice(1));
    var heading = id && document.getElementById(id);
    var box = heading && heading.nextElementSibling;
    if (box && box.matches("details.hh-rung-box")) box.open = true;
  }
  openRungBox();
  window.addEventListener("hashchange", openRungBox);
})();
