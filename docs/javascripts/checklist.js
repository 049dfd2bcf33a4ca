// Film-yourself checklist: ticks stay on this device (localStorage) until
// the reader clears them. Without JavaScript the list still reads as a list.
(function () {
  "use strict";
  var boxes = document.querySelectorAll(".hh-checklist input[type=checkbox]");
  var clear = document.querySelector(".hh-checklist-clear");
  if (!boxes.length) return;
  var key = "hh-checklist:" + location.pathname;
  var ticks = {};
  try {
    var stored = JSON.parse(localStorage.getItem(key));
    // Only a plain object of ticks counts: anything else stored under this
    // key (a number, true, a list) reads as no ticks, and is replaced on
    // the next tick, so the list keeps working.
    if (stored && typeof stored === "object" && !Array.isArray(stored)) ticks = stored;
  } catch (error) {
    ticks = {};
  }
  function save() {
    try {
      localStorage.setItem(key, JSON.stringify(ticks));
    } catch (error) {
      // Private browsing may refuse storage: the ticks then last this visit.
    }
  }
  boxes.forEach(function (box) {
    // Keyed by the item's words, so reordering the list keeps its ticks.
    var item = box.getAttribute("aria-label") || box.closest("li").textContent.trim();
    box.checked = ticks[item] === true;
    box.addEventListener("change", function () {
      if (box.checked) ticks[item] = true;
      else delete ticks[item];
      save();
    });
  });
  if (clear) {
    clear.hidden = false;
    clear.addEventListener("click", function () {
      ticks = {};
      save();
      boxes.forEach(function (box) { box.checked = false; });
      boxes[0].focus();
    });
  }
})();
