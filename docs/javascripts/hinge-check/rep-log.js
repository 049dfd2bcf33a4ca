// The review's reps as plain text, and the button that copies them, so a
// reader can keep a set in their notes or send it on. The text is read from
// the rep table itself, so what is copied is what the reader sees.

const COPIED = "Copied. Paste your reps into your notes or a message.";
// Where the page may not write to the clipboard (no permission, an app's
// own browser), the text shows selected: one press and hold copies it.
const SELECTED = "Your browser didn't let us copy. Your reps are selected below: "
  + "press and hold them, then choose Copy.";

// Each column's name over its aim for the lift chosen ("Knee" / "aim 15–20°"):
// on a phone the table's rows are cards, and each figure shows this above it.
export function columnLabels(table, mode) {
  const other = mode === "floor" ? "standing" : "floor";
  return [...table.tHead.rows[0].cells].map((th) => {
    const name = th.firstChild.textContent.trim();
    const aims = [...th.querySelectorAll(".hh-check__aim")]
      .filter((aim) => !aim.classList.contains(`hh-check__aim--${other}`))
      .map((aim) => aim.textContent.trim());
    // name and aim on lines of their own: a third of a phone is narrow
    return [name, ...aims].join("\n");
  });
}

// A title line, then one line a rep:
// "Rep 2: down 1.0 s, knee 18°, hip 71°. No hint."
export function repLog(table, title) {
  const lines = [...table.tBodies[0].rows].map((row) => {
    const [rep, down, knee, hip, hint] = [...row.cells].map((cell) => cell.textContent.trim());
    // Each hint is a link (or plain words) of its own in the cell.
    const hints = [...row.cells[4].querySelectorAll("a, span")].map((h) => h.textContent.trim());
    return `Rep ${rep}: down ${down} s, knee ${knee}, hip ${hip}. ${hints.length ? hints.join(" ") : hint}`;
  });
  return [title, ...lines].join("\n");
}

export function wireCopy({ button, status, field, text }) {
  function say(words, done) {
    // Emptied first, so a second copy is announced again.
    status.textContent = "";
    status.classList.toggle("hh-check__copied--done", done);
    setTimeout(() => { status.textContent = words; }, 100);
  }
  button.addEventListener("click", async () => {
    const log = text();
    field.value = log;
    let copied = false;
    try {
      await navigator.clipboard.writeText(log);
      copied = true;
      field.hidden = true;
    } catch (error) {
      field.hidden = false;
      field.focus();
      field.select();
      try {
        copied = document.execCommand("copy");
      } catch (refused) {
        copied = false;
      }
    }
    say(copied ? COPIED : SELECTED, copied);
  });
  return function reset() {
    status.textContent = "";
    field.value = "";
    field.hidden = true;
  };
}
