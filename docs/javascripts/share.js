// Share controls: one for the page (overrides/partials/hh-share.html) and one
// inside each fault box. Without JavaScript each is a plain link to the page
// or the fault. Here each becomes a button: the phone's own share sheet where
// the browser has one, "Copy link" where it hasn't, and a confirmation in a
// status line that screen readers announce. Nothing loads from another site.
(function () {
  "use strict";
  var canShare = typeof navigator.share === "function";
  var WORDS = {
    page: ["Share this page", "Copy link to this page"],
    fault: ["Share this fault", "Copy link to this fault"]
  };

  // A fault box without its link gets one: the fault's own anchor.
  document.querySelectorAll("details.fault[id]").forEach(function (fault) {
    if (fault.querySelector(".hh-share")) return;
    var box = document.createElement("p");
    var link = document.createElement("a");
    box.className = "hh-share hh-share--fault";
    link.className = "hh-share__link";
    link.href = "#" + fault.id;
    link.textContent = "Link to this fault";
    box.appendChild(link);
    fault.appendChild(box);
  });

  document.querySelectorAll(".hh-share").forEach(function (box) {
    var link = box.querySelector("a.hh-share__link");
    if (!link || box.querySelector("button")) return;
    var fault = box.closest("details.fault");
    var summary = fault && fault.querySelector("summary");
    var title = summary ? summary.textContent.trim() : box.getAttribute("data-hh-title") || document.title;
    var status = box.querySelector(".hh-share__status");
    if (!status) {
      status = document.createElement("span");
      status.className = "hh-share__status";
      status.setAttribute("role", "status");
      box.appendChild(status);
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-button hh-share__button";
    button.textContent = WORDS[fault ? "fault" : "page"][canShare ? 0 : 1];
    button.addEventListener("click", function () {
      // The link's own address, without whatever query the reader arrived with.
      var url = new URL(link.href);
      url.search = "";
      if (canShare) {
        navigator.share({ title: title, url: url.href }).catch(function (error) {
          // Closing the share sheet is a choice, not an error.
          if (!error || error.name !== "AbortError") copy(url.href, status, button);
        });
      } else {
        copy(url.href, status, button);
      }
    });
    link.hidden = true;
    box.insertBefore(button, link);
  });

  function copy(url, status, button) {
    function done() {
      say(status, "Link copied. Paste it into a message or a post.");
    }
    function fallback() {
      if (copyByCommand(url, button)) done();
      else say(status, "Your browser didn't let us copy. Press and hold this link to copy it: " + url);
    }
    try {
      navigator.clipboard.writeText(url).then(done, fallback);
    } catch (error) {
      fallback();  // no clipboard API here (an older in-app browser, say)
    }
  }

  // For browsers without the clipboard API: copy from a hidden text field.
  function copyByCommand(url, button) {
    var field = document.createElement("textarea");
    var copied = false;
    field.value = url;
    field.setAttribute("readonly", "");
    field.style.position = "fixed";
    field.style.opacity = "0";
    document.body.appendChild(field);
    field.select();
    try {
      copied = document.execCommand("copy");
    } catch (error) {
      copied = false;
    }
    document.body.removeChild(field);
    button.focus();
    return copied;
  }

  // Empty the status line first, so the same words are announced again.
  function say(status, words) {
    status.textContent = "";
    setTimeout(function () {
      status.textContent = words;
    }, 100);
  }
})();
