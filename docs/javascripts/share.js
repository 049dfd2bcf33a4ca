// Share controls: one per page (overrides/partials/hh-share.html), one per
// fault box (written by the faults extension, so every box has its link).
// Without JavaScript each is a plain link. Here it becomes a
// button with the link's own words ("Share this page", "Share this fault":
// one name for the control everywhere): the phone's share sheet where there
// is one, otherwise the link copied, confirmed in a status line that screen
// readers announce.
(function () {
  "use strict";
  var sheet = typeof navigator.share == "function";

  document.querySelectorAll(".hh-share").forEach(function (box) {
    var link = box.querySelector(".hh-share__link");
    var fault = box.closest("details.fault");
    var status = box.querySelector("[role=status]");
    var button = document.createElement("button");
    if (!link) return;
    if (!status) {
      status = document.createElement("span");
      status.className = "hh-share__status";
      status.setAttribute("role", "status");
      box.appendChild(status);
    }
    button.type = "button";
    button.className = "md-button hh-share__button";
    button.textContent = link.textContent;
    button.onclick = function () {
      // The link's address, without the query the reader may have come with.
      var url = new URL(link.href);
      url.search = "";
      url = url.href;
      if (sheet) {
        navigator.share({
          title: fault ? fault.querySelector("summary").textContent.trim() : box.dataset.hhTitle || document.title,
          url: url
        }).catch(function (error) {
          if (error.name != "AbortError") copy(); // closing the sheet is a choice
        });
      } else copy();

      function copy() {
        var copied = navigator.clipboard ? navigator.clipboard.writeText(url) : Promise.reject();
        copied.then(function () {
          say("Link copied. Paste it into a message or a post.");
        }, function () {
          say("Your browser didn't let us copy. Press and hold this link to copy it: " + url);
        });
      }
    };
    function say(words) {
      // Emptied first, so the same words are announced again.
      status.textContent = "";
      setTimeout(function () { status.textContent = words; }, 100);
    }
    link.hidden = true;
    box.insertBefore(button, link);
  });

  // Common faults: each row's icon, "Share this fault", links to the
  // fault's page. Where there is a share sheet it opens it, with that page;
  // elsewhere the link leads to the page, whose own button copies it.
  if (sheet) document.querySelectorAll("a.hh-share-link").forEach(function (link) {
    link.addEventListener("click", function (event) {
      var name = link.parentNode.querySelector("strong");
      event.preventDefault();
      navigator.share({ title: name ? name.textContent.trim() : document.title, url: link.href })
        .catch(function () {});
    });
  });
})();
