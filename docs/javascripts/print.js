// "Print or save as PDF" on the pages meant for paper (the cue card, the
// session log). Without JavaScript the button stays hidden and the page
// says to use the browser's print. Apps' own browsers (Instagram's,
// Facebook's) have no print: there the button says to open the page in the
// phone's browser instead.
(function () {
  "use strict";
  var inApp = /Instagram|FBAN|FBAV|FB_IAB|Line\//.test(navigator.userAgent);
  document.querySelectorAll(".hh-print").forEach(function (box) {
    var button = box.querySelector("button");
    var note = box.querySelector(".hh-print__in-app");
    if (inApp || typeof window.print != "function") {
      if (note) note.hidden = false;
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
})();
