// Check your hinge: the voice. Says the rep count and that rep's one cue
// with the phone's own speech (no network), so you can hear it from three
// steps away. Where the browser has no voice, a short beep marks each rep.

// audio: an AudioContext already begun in a tap (start.js), which an
// iPhone lets sound; one begun here, after the tap, may stay silent there.
export function createVoice(win, audio = null) {
  const log = [];

  function voices() {
    const synth = win.speechSynthesis;
    if (!synth || typeof win.SpeechSynthesisUtterance !== "function") return [];
    // Don't wait for "voiceschanged": a phone that has voices lists them by
    // the time the first rep is done.
    return synth.getVoices() || [];
  }

  // Audio may only start from a tap: start.js begins it there; this
  // catches a browser that lets it begin later.
  function unlock() {
    const Context = win.AudioContext || win.webkitAudioContext;
    if (!audio && Context) {
      try {
        audio = new Context();
      } catch (error) {
        audio = null;
      }
    }
    if (audio && audio.state === "suspended") audio.resume().catch(() => {});
  }

  function beep() {
    if (!audio) return false;
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = 880;
    gain.gain.setValueAtTime(0.2, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.15);
    tone.connect(gain).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.16);
    return true;
  }

  function say(text) {
    const list = voices();
    if (list.length) {
      const spoken = new win.SpeechSynthesisUtterance(text);
      const lang = (win.document.documentElement.lang || "en").slice(0, 2);
      spoken.voice = list.find((v) => v.lang && v.lang.startsWith(lang)) || null;
      spoken.rate = 1;
      win.speechSynthesis.cancel();
      win.speechSynthesis.speak(spoken);
      log.push(["speech", text]);
    } else if (beep()) {
      log.push(["beep", text]);
    }
  }

  return { say, unlock, log };
}
