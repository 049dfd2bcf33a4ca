// The session log on a phone: a line a session, filled in on the page and
// kept on this device (localStorage) until the reader deletes it. Without
// JavaScript the form stays hidden and the page is the paper sheet to print.
(function () {
  "use strict";
  var here = document.querySelector(".hh-log-here");
  var fields = here && here.querySelector(".hh-log-form");
  if (!fields) return;
  // The page holds the fields, not a <form>: the build refuses forms in
  // pages, since a pasted one would send what the reader types elsewhere.
  // This one sends nothing: made here, it gives the fields a form's ways
  // (Enter adds the line, the browser checks the pain is 0 to 10).
  var form = document.createElement("form");
  form.className = fields.className;
  form.setAttribute("aria-labelledby", "hh-log-form-title");
  while (fields.firstChild) form.appendChild(fields.firstChild);
  fields.parentNode.replaceChild(form, fields);
  var key = "hh-session-log:" + location.pathname;
  var list = here.querySelector(".hh-log-mine__lines");
  var empty = here.querySelector(".hh-log-mine__empty");
  var status = form.querySelector(".hh-log-form__status");
  var copy = here.querySelector(".hh-log-mine__copy");
  var copied = here.querySelector(".hh-log-mine__copied");
  var field = here.querySelector(".hh-log-mine__text");
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  // The paper sheet's column names ("Rung", "Weight", ... "Notes"): each
  // card shows its entries under the same names, so the two read alike.
  var columns = [].map.call(document.querySelectorAll(".hh-log__sheet thead th"), function (th) {
    return th.textContent.trim();
  });
  var FIELDS = ["date", "rung", "weight", "sets", "clean", "pain", "notes"];
  var rungNames = {};
  [].forEach.call(form.elements.rung.options, function (option) {
    rungNames[option.value] = option.textContent;
  });

  // ---- Storage -------------------------------------------------------------

  var lines = read();
  var kept = canKeep();
  var undo = null; // the line last deleted, until the next change

  // Only {lines: [...]} counts: anything else stored under this key (a
  // number, true, a bare list, broken JSON) reads as an empty log, and is
  // replaced by the next line added, so the form keeps working.
  function read() {
    try {
      var stored = JSON.parse(localStorage.getItem(key));
      if (stored && typeof stored === "object" && Array.isArray(stored.lines)) {
        return stored.lines.filter(isLine);
      }
    } catch (error) {
      // broken JSON, or storage refused: an empty log
    }
    return [];
  }

  function isLine(line) {
    return !!line && typeof line === "object" && typeof line.date === "string" &&
      /^\d{4}-\d{2}-\d{2}$/.test(line.date);
  }

  // Whether lines outlast this visit. Blocked storage throws (Firefox with
  // site data blocked, some private modes), and the guard in
  // overrides/main.html then puts an in-memory stand-in where localStorage
  // was, which is not a Storage: either way the lines last this visit only.
  function canKeep() {
    try {
      if (typeof Storage === "function" && !(window.localStorage instanceof Storage)) return false;
      localStorage.setItem(key + ":probe", "1");
      localStorage.removeItem(key + ":probe");
      return true;
    } catch (error) {
      return false;
    }
  }

  function save() {
    try {
      localStorage.setItem(key, JSON.stringify({ lines: lines }));
    } catch (error) {
      // Storage full or refused mid-visit: the lines last this visit.
      kept = false;
    }
    form.querySelector(".hh-log-form__blocked").hidden = kept;
  }

  // ---- Words ---------------------------------------------------------------

  // "Mon 7 Dec 2026", written out here rather than by the browser's locale,
  // so the card, the Delete button's name and the copied text agree.
  function longDate(iso) {
    var parts = iso.split("-").map(Number);
    var day = new Date(parts[0], parts[1] - 1, parts[2]);
    return DAYS[day.getDay()] + " " + parts[2] + " " + MONTHS[parts[1] - 1] + " " + parts[0];
  }

  function today() {
    var now = new Date();
    function two(n) { return (n < 10 ? "0" : "") + n; }
    return now.getFullYear() + "-" + two(now.getMonth() + 1) + "-" + two(now.getDate());
  }

  // What each column shows on a card: the rung by its name too, since "5"
  // alone means nothing a month later; an entry left blank as a dash.
  function entries(line) {
    return [
      longDate(line.date),
      line.rung in rungNames ? rungNames[line.rung] : String(line.rung || "–"),
      line.weight || "–",
      line.sets || "–",
      line.clean || "–",
      line.pain === "" || line.pain == null ? "–" : String(line.pain),
      line.notes || "–"
    ];
  }

  // Newest first: by date, and a day's lines by the order they were added.
  function newestFirst() {
    return lines.slice().sort(function (a, b) {
      if (a.date !== b.date) return a.date < b.date ? 1 : -1;
      return (b.added || 0) - (a.added || 0);
    });
  }

  // The log as plain text, a line a session, for notes or a message.
  function asText() {
    return ["My session log"].concat(newestFirst().map(function (line) {
      var e = entries(line);
      return e[0] + ": " + e[1] + ". " + columns[2] + " " + e[2] + ", " + columns[3] + " " +
        e[3] + ", " + columns[4] + " " + e[4] + ", " + columns[5] + " " + e[5] + ". " +
        columns[6] + ": " + e[6];
    })).join("\n");
  }

  // ---- The cards -------------------------------------------------------------

  function card(line) {
    var e = entries(line);
    var item = document.createElement("li");
    item.className = "hh-log-line";
    var title = document.createElement("h3");
    title.className = "hh-log-line__date";
    title.textContent = e[0];
    var details = document.createElement("dl");
    for (var i = 1; i < FIELDS.length; i++) {
      var name = document.createElement("dt");
      name.textContent = columns[i] || FIELDS[i];
      var value = document.createElement("dd");
      value.textContent = e[i];
      details.appendChild(name);
      details.appendChild(value);
    }
    var remove = document.createElement("button");
    remove.type = "button";
    remove.className = "md-button hh-log-line__delete";
    remove.textContent = "Delete";
    // Every card has a Delete button: its name says which line it deletes.
    remove.setAttribute("aria-label", "Delete the line of " + e[0]);
    remove.addEventListener("click", function () { removeLine(line); });
    item.appendChild(title);
    item.appendChild(details);
    item.appendChild(remove);
    return item;
  }

  function render() {
    list.textContent = "";
    newestFirst().forEach(function (line) { list.appendChild(card(line)); });
    empty.hidden = lines.length > 0;
    list.hidden = lines.length === 0;
    copy.hidden = lines.length === 0;
    copied.textContent = "";
    field.hidden = true;
  }

  // Emptied first, so the same words said twice are announced twice.
  function say(words, withUndo) {
    status.textContent = "";
    setTimeout(function () {
      status.textContent = words;
      if (withUndo) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "md-button hh-log-form__undo";
        button.textContent = "Undo";
        button.addEventListener("click", restore);
        status.appendChild(document.createTextNode(" "));
        status.appendChild(button);
        // The Delete button that had focus is gone: Undo is the next step.
        button.focus();
      }
    }, 100);
  }

  function removeLine(line) {
    lines = lines.filter(function (other) { return other !== line; });
    undo = line;
    save();
    render();
    say("Deleted the line of " + longDate(line.date) + ".", true);
  }

  function restore() {
    if (!undo) return;
    var line = undo;
    undo = null;
    lines.push(line);
    save();
    render();
    say("The line of " + longDate(line.date) + " is back.", false);
    var index = newestFirst().indexOf(line);
    list.children[index].querySelector("button").focus();
  }

  // ---- The form ----------------------------------------------------------------

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var values = form.elements;
    // A browser with no date picker shows a plain box: a date written
    // another way couldn't be sorted, and would be lost on the next visit.
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date.value)) {
      say("Write the date as year-month-day, for example " + today() + ".", false);
      values.date.focus();
      return;
    }
    var clean = form.querySelector("input[name=clean]:checked");
    // A stray tap on an empty form would keep a line of dashes: a session
    // says at least what you did or whether it was clean.
    if (!values.sets.value.trim() && !clean) {
      say("Write what you did (sets × reps), or say whether it was clean, then add the line.",
        false);
      values.sets.focus();
      return;
    }
    var line = {
      date: values.date.value,
      rung: Number(values.rung.value),
      weight: values.weight.value.trim(),
      sets: values.sets.value.trim(),
      clean: clean ? clean.value : "",
      pain: values.pain.value === "" ? "" : Number(values.pain.value),
      notes: values.notes.value.trim(),
      added: Date.now()
    };
    lines.push(line);
    undo = null;
    save();
    render();
    say("Added the line of " + longDate(line.date) + ". It is in your lines below.", false);
    // Ready for the next session: the date and rung stay as they were,
    // since the next line is most often the same rung on another day.
    values.weight.value = values.sets.value = values.pain.value = values.notes.value = "";
    if (clean) clean.checked = false;
  });

  // ---- Copy my log ---------------------------------------------------------------

  // As the camera check's "Copy your reps": where the page may not write
  // to the clipboard (no permission, an app's own browser), the text shows
  // selected, and one press and hold copies it.
  function copiedSay(words) {
    copied.textContent = "";
    setTimeout(function () { copied.textContent = words; }, 100);
  }

  function selectText(text) {
    field.value = text;
    field.hidden = false;
    field.focus();
    field.select();
    var done = false;
    try {
      done = document.execCommand("copy");
    } catch (error) {
      done = false;
    }
    copiedSay(done ? "Copied. Paste your log into your notes or a message."
      : "Your browser didn't let us copy. Your log is selected below: press and hold it, then choose Copy.");
  }

  copy.addEventListener("click", function () {
    var text = asText();
    if (!navigator.clipboard || !navigator.clipboard.writeText) {
      selectText(text);
      return;
    }
    navigator.clipboard.writeText(text).then(function () {
      field.hidden = true;
      copiedSay("Copied. Paste your log into your notes or a message.");
    }, function () {
      selectText(text);
    });
  });

  // ---- Start ---------------------------------------------------------------------

  form.elements.date.value = today();
  // The rung of the latest line, or rung 1, where the ladder starts.
  var latest = newestFirst()[0];
  form.elements.rung.value = latest && String(latest.rung) in rungNames ? String(latest.rung) : "1";
  form.querySelector(".hh-log-form__blocked").hidden = kept;
  render();
  document.querySelectorAll(".hh-log-js").forEach(function (words) { words.hidden = false; });
  document.querySelectorAll(".hh-log-nojs").forEach(function (words) { words.hidden = true; });
  here.hidden = false;
})();
