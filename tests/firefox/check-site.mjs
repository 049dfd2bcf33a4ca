// The site's own scripts in Firefox, driven over WebDriver BiDi by
// Puppeteer (tests/test_firefox.py runs this once per test run).
//
// Playwright drives only a Firefox patched for it (its Juggler protocol),
// which it downloads from its own servers; Puppeteer speaks WebDriver BiDi,
// which every Firefox speaks, so the Firefox a reader has (Debian's
// firefox-esr here) is the one tested.
//
// Usage: node check-site.mjs <settings.json>
// The settings (written by the test) name the browser, the site's address,
// its pages, the checks' expectations and where to write files. Each check
// prints one line of JSON on stdout, {"check", "ok", "detail"}, so the test
// reports each on its own. The checks run in a few browser windows at once,
// each in a browser context of its own (storage, service workers): Firefox
// slows timers and frames in a tab nobody looks at, and the camera check
// stops when its page is hidden, as it should for a reader.

import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { inflateSync } from "node:zlib";

import puppeteer from "puppeteer-core";

const settings = JSON.parse(await readFile(process.argv[2], "utf8"));
const { base, phone } = settings;

// ---- Reporting -----------------------------------------------------------

function report(check, ok, detail, seconds) {
  process.stdout.write(JSON.stringify({ check, ok, detail, seconds }) + "\n");
}

// A check is an async function that throws with words that say what went
// wrong, or returns a line saying what it saw. Its page is screenshot when
// it fails, to look at.
async function run(check, page, body) {
  const started = performance.now();
  const seconds = () => Math.round((performance.now() - started) / 100) / 10;
  try {
    const detail = await body();
    report(check, true, detail, seconds());
  } catch (error) {
    report(check, false, error.message.split("\n")[0], seconds());
    await page.screenshot({ path: path.join(settings.output, `${check}-failed.png`) })
      .catch(() => {});
  }
}

function assert(ok, words) {
  if (!ok) throw new Error(words);
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

// ---- Pages ----------------------------------------------------------------

// A window of its own in a fresh browser context, at the phone's size,
// with every page error and console error kept, named by the page it
// came from. Service workers are off unless asked for: the site's would
// save the whole site behind every window's first page, and only the
// offline check needs it.
async function openWindow(browser, { serviceWorkers = false } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage({ type: "window" });
  await page.setViewport(phone);
  if (!serviceWorkers) {
    await page.evaluateOnNewDocument(() => { delete Navigator.prototype.serviceWorker; });
  }
  page.errors = [];
  // Named by the address last asked for (page.url() still says the last
  // page while the next one loads), and by the script that threw.
  page.opened = "";
  const where = () => page.opened.replace(/^http:\/\/[^/]+\//, "") || "(home)";
  page.on("pageerror", (error) => {
    const script = /(\S+\.m?js):\d+/.exec(error.stack || "");
    page.errors.push(`${where()}: ${error.message}${script ? ` (${script[0]})` : ""}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error") page.errors.push(`${where()}: ${message.text()}`);
  });
  return page;
}

// A page as a reader meets it: loaded, and Material's script started (it
// starts after the first paint; hooks/theme_script_after_paint.py).
async function open(page, address) {
  page.opened = address;
  await page.goto(address, { waitUntil: "load" });
  await page.waitForFunction(() => window.document$ !== undefined, { timeout: 30_000 })
    .catch(() => { throw new Error(`${address}: Material's script didn't start in 30 s`); });
}

function noErrors(page) {
  assert(page.errors.length === 0, `errors: ${page.errors.join(" | ")}`);
}

// ---- Every page ------------------------------------------------------------

async function everyPage(page) {
  const wide = [];
  for (const address of settings.pages) {
    // The 404 page starts Material too: it is the page a broken link opens.
    await open(page, base + address);
    // Nothing pushes the page wider than the phone (Firefox lays out
    // tables, figures and long words its own way).
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > phone.width) wide.push(`${address || "(home)"} (${width} px)`);
  }
  // The last page's late errors (Material starts after the paint).
  await sleep(300);
  noErrors(page);
  assert(wide.length === 0, `wider than the phone: ${wide.join(", ")}`);
  return `${settings.pages.length} pages, no page or console error, none wider than the phone`;
}

// ---- Film yourself: the checklist -------------------------------------------

const BOXES = ".hh-checklist input[type=checkbox]";

function ticked(page) {
  return page.$$eval(BOXES, (boxes) => boxes.flatMap((box, i) => (box.checked ? [i] : [])));
}

async function checklistSurvivesReload(page) {
  await open(page, base + settings.checklist.page);
  const count = (await page.$$(BOXES)).length;
  assert(count === settings.checklist.boxes,
    `${count} boxes, where film-yourself.md has ${settings.checklist.boxes}`);
  // Tap the words of the first line (its label) and the box of the third.
  await page.click(".hh-checklist li:nth-child(1) label");
  const third = (await page.$$(BOXES))[2];
  await third.click();
  assert(JSON.stringify(await ticked(page)) === "[0,2]", `ticked ${await ticked(page)}`);
  await page.reload({ waitUntil: "load" });
  await page.waitForFunction((s) => document.querySelectorAll(`${s}:checked`).length === 2,
    { timeout: 5000 }, BOXES).catch(() => {});
  const after = await ticked(page);
  assert(JSON.stringify(after) === "[0,2]", `after a reload the ticks are [${after}], not [0,2]`);
  await page.click(".hh-checklist-clear");
  await page.reload({ waitUntil: "load" });
  await sleep(200);
  const cleared = await ticked(page);
  assert(cleared.length === 0, `after Clear my ticks and a reload: [${cleared}] still ticked`);
  noErrors(page);
  return `${count} boxes; two ticks came back after a reload, and Clear my ticks cleared them`;
}

// What a stored value may be after another version of the page, a hand
// edit or a broken write: none of them may stop the list.
const BAD_TICKS = ["[1, 2]", "true", "\"ticked\"", "{not json"];

async function checklistBadStoredValue(page) {
  await open(page, base + settings.checklist.page);
  const key = await page.evaluate(() => "hh-checklist:" + location.pathname);
  for (const value of BAD_TICKS) {
    await page.evaluate((k, v) => localStorage.setItem(k, v), key, value);
    await page.reload({ waitUntil: "load" });
    await sleep(100);
    assert((await ticked(page)).length === 0, `stored ${value}: boxes came back ticked`);
    await page.click(".hh-checklist li:nth-child(1) label");
    const stored = await page.evaluate((k) => localStorage.getItem(k), key);
    const parsed = JSON.parse(stored);
    assert(parsed && Object.values(parsed).includes(true) && !Array.isArray(parsed),
      `stored ${value}: a tick saved ${stored}`);
    await page.evaluate((k) => localStorage.removeItem(k), key);
  }
  noErrors(page);
  return `${BAD_TICKS.length} bad stored values each read as no ticks, and the next tick saved`;
}

// ---- The session log on a phone -----------------------------------------------

// Fills in the phone log's form as a reader does, and adds the line.
async function addLogLine(page, { date, rung, weight }) {
  await page.$eval("#hh-log-date", (e, v) => { e.value = v; }, date);
  await page.select("#hh-log-rung", rung);
  await page.click("#hh-log-weight");
  await page.keyboard.type(weight);
  await page.click(".hh-log-form__choice label:first-of-type");
  await page.click(".hh-log-form button[type=submit]");
}

function logTitles(page) {
  return page.$$eval(".hh-log-mine__lines h3", (all) => all.map((h) => h.textContent));
}

// Firefox's date box and select, its storage, and a stored value the page
// didn't write: two lines come back after a reload, newest first, and a
// stored number reads as an empty log that the next line replaces.
async function sessionLog(page) {
  await open(page, base + settings.sessionLog.page);
  const key = await page.evaluate(() => "hh-session-log:" + location.pathname);
  await page.evaluate((k) => localStorage.setItem(k, "42"), key);
  await page.reload({ waitUntil: "load" });
  await page.waitForSelector(".hh-log-form", { visible: true, timeout: 5000 });
  assert((await logTitles(page)).length === 0, "a stored 42 showed lines");
  await addLogLine(page, { date: "2026-12-01", rung: "5", weight: "12 kg" });
  await addLogLine(page, { date: "2026-12-04", rung: "5", weight: "16 kg" });
  await page.reload({ waitUntil: "load" });
  await page.waitForFunction(() => document.querySelectorAll(".hh-log-mine__lines h3").length === 2,
    { timeout: 5000 }).catch(() => {});
  const titles = await logTitles(page);
  assert(JSON.stringify(titles) === JSON.stringify(["Fri 4 Dec 2026", "Tue 1 Dec 2026"]),
    `after a reload the lines are ${JSON.stringify(titles)}`);
  await page.click("[aria-label='Delete the line of Tue 1 Dec 2026']");
  const left = await logTitles(page);
  assert(left.length === 1, `after Delete: ${JSON.stringify(left)}`);
  await page.evaluate((k) => localStorage.removeItem(k), key);
  noErrors(page);
  return "a stored 42 read as an empty log; two lines came back after a reload, newest first; Delete took one";
}

// ---- Sharing a fault ------------------------------------------------------

async function shareButton(page) {
  await open(page, base + settings.share.page);
  const button = await page.waitForSelector("article > .hh-share--page button", { timeout: 5000 });
  const name = await button.evaluate((b) => b.textContent);
  assert(name === "Share this page", `the button says ${JSON.stringify(name)}`);
  const sheet = await page.evaluate(() => typeof navigator.share === "function");
  await button.click();
  const status = "article > .hh-share--page [role=status]";
  await page.waitForFunction((s) => document.querySelector(s).textContent !== "",
    { timeout: 5000 }, status).catch(() => {});
  const said = await page.$eval(status, (e) => e.textContent);
  assert(said.startsWith("Link copied"), `after a tap the reader reads ${JSON.stringify(said)}`);
  // The confirmation shows on the screen, beside the button the reader tapped.
  const box = await page.$eval(status, (e) => {
    const r = e.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, width: r.width, size: getComputedStyle(e).fontSize };
  });
  assert(box.width > 0 && box.top >= 0 && box.bottom <= phone.height,
    `the confirmation is off the screen: ${JSON.stringify(box)}`);
  // Readable back with Firefox's testing switch for the clipboard (a reader
  // would be asked first).
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const want = base + settings.share.page;
  assert(copied === want, `copied ${JSON.stringify(copied)}, not ${want}`);
  await page.screenshot({ path: path.join(settings.screenshots, "firefox-share-copied.png") });
  noErrors(page);
  return `${sheet ? "a share sheet" : "no share sheet"}: the link was copied, `
    + `and ${JSON.stringify(said)} showed (${box.size})`;
}

// ---- A glossary term ------------------------------------------------------

async function glossaryTerm(page) {
  await open(page, base + settings.glossary.page);
  const term = await page.$("article p > abbr[tabindex]");
  const meaning = await term.evaluate((e) => e.getAttribute("title") || "");
  assert(meaning, "the first term carries no meaning (title)");
  await term.scrollIntoView();
  await term.tap();
  const card = ".md-tooltip2--active .md-tooltip2__inner";
  await page.waitForSelector(card, { visible: true, timeout: 5000 });
  await sleep(400); // Material slides it in
  const seen = await page.$eval(card, (e) => {
    const r = e.getBoundingClientRect();
    const s = getComputedStyle(e);
    return { text: e.textContent.trim(), size: parseFloat(s.fontSize),
      left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  });
  const line = await term.evaluate((e) => {
    const r = e.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom };
  });
  assert(seen.text.startsWith(meaning.slice(0, 30)),
    `the card reads ${JSON.stringify(seen.text.slice(0, 40))}`);
  assert(seen.size >= settings.glossary.minFontPx,
    `the meaning is ${seen.size} px: at least ${settings.glossary.minFontPx} px`);
  assert(seen.left >= 0 && seen.right <= phone.width && seen.bottom <= phone.height,
    `the card leaves the screen: ${JSON.stringify(seen)}`);
  assert(seen.bottom <= line.top || seen.top >= line.bottom, "the card covers the tapped term");
  await page.screenshot({ path: path.join(settings.screenshots, "firefox-glossary-tap.png") });
  // A term on the screen's last line: the page scrolls up first (the
  // script in overrides/main.html), so its whole meaning shows below it.
  const low = (await page.$$("article p > abbr[tabindex]"))[3];
  const lowMeaning = (await low.evaluate((e) => e.getAttribute("title") || "")).slice(0, 30);
  assert(lowMeaning, "the fourth term carries no meaning (title)");
  await low.evaluate((e) => window.scrollBy(0, e.getBoundingClientRect().bottom - innerHeight + 4));
  await low.tap();
  // The bottom of the card with this term's meaning (the first term's may
  // still be fading out). Material places it again when the page scrolls,
  // on the next frame, which comes late on a busy machine: it is given a
  // few seconds to settle on the screen.
  const cardBottom = (s, words) => {
    const found = [...document.querySelectorAll(s)]
      .find((e) => e.textContent.trim().startsWith(words));
    return found ? found.getBoundingClientRect().bottom : 0;
  };
  const onScreen = (s, words, height) => {
    const found = [...document.querySelectorAll(s)]
      .find((e) => e.textContent.trim().startsWith(words));
    return found && found.getBoundingClientRect().bottom <= height;
  };
  await page.waitForFunction(onScreen, { timeout: 3000 }, card, lowMeaning, phone.height)
    .catch(() => {});
  await sleep(400); // Material slides it in
  const bottom = await page.evaluate(cardBottom, card, lowMeaning);
  assert(bottom > 0, "a term tapped on the last line opens no meaning");
  assert(bottom <= phone.height,
    `a term tapped on the last line opens its meaning down to ${Math.round(bottom)} px `
    + `(focus on ${await page.evaluate(() => document.activeElement.outerHTML.slice(0, 60))}, `
    + `document has focus: ${await page.evaluate(() => document.hasFocus())})`);
  noErrors(page);
  return `tapped "${await term.evaluate((e) => e.textContent)}": its meaning shows at `
    + `${seen.size} px; a term on the last line shows its whole meaning`;
}

// ---- Progression: the ladder's links open their rungs --------------------------

async function rungLinks(page) {
  await open(page, base + settings.progression.page);
  const links = await page.$$eval(".hh-ladder a[href^='#rung-']", (all) =>
    all.map((a) => a.getAttribute("href")));
  assert(links.length === settings.progression.rungs,
    `${links.length} rung links, for ${settings.progression.rungs} rungs`);
  const header = await page.$eval(".md-header", (e) => e.getBoundingClientRect().height);
  // The link lands on the rung's heading, its picture and test under it;
  // rung-box.js opens the box of steps that follows them.
  const rung = (i) => {
    const heading = document.getElementById(i);
    let box = heading.nextElementSibling;
    while (box && !box.matches("details.hh-rung-box")) box = box.nextElementSibling;
    return { open: Boolean(box && box.open), top: heading.getBoundingClientRect().top };
  };
  for (const href of links) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.click(`.hh-ladder a[href='${href}']`);
    const id = decodeURIComponent(href.slice(1));
    await page.waitForFunction((i, f) => new Function(`return (${f})`)()(i).open,
      { timeout: 3000 }, id, rung.toString()).catch(() => {});
    const seen = await page.evaluate((i, f) => new Function(`return (${f})`)()(i),
      id, rung.toString());
    assert(seen.open, `${href} left its box closed`);
    assert(seen.top >= header - 2 && seen.top < phone.height / 2,
      `${href} landed its heading at ${Math.round(seen.top)} px, not in view under the header`);
  }
  noErrors(page);
  return `${links.length} rung links each landed on their rung and opened its box`;
}

// ---- Print buttons, and the pages they print ----------------------------------

// The pages in a PDF: Firefox packs its page objects into compressed
// object streams, so each stream is inflated before counting.
function pdfPages(pdf) {
  const text = [pdf.toString("latin1")];
  for (let at = pdf.indexOf("stream"); at !== -1; at = pdf.indexOf("stream", at + 6)) {
    if (pdf.toString("latin1", at - 3, at) === "end") continue;
    const start = at + (pdf[at + 6] === 0x0d ? 8 : 7);
    const end = pdf.indexOf("endstream", start);
    if (end === -1) break;
    try {
      text.push(inflateSync(pdf.subarray(start, end)).toString("latin1"));
    } catch {
      // not a compressed stream: its text is already in
    }
  }
  return text.join("").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

async function printButtons(page) {
  const printed = [];
  for (const address of settings.print.pages) {
    await open(page, base + address);
    // The browser's print dialog would wait for a person: count the calls.
    await page.evaluate(() => {
      window.printed = 0;
      window.print = () => { window.printed += 1; };
    });
    const button = await page.$(".hh-print button");
    assert(button && await button.isVisible(), `${address}: no print button shows`);
    await button.click();
    assert(await page.evaluate(() => window.printed) === 1, `${address}: the button didn't print`);
    const note = await page.$eval(".hh-print__in-app", (e) => e.hidden);
    assert(note, `${address}: the note for apps' own browsers shows`);
    // What it prints: each page meant for paper fits one sheet, as in Chromium.
    for (const format of ["A4", "Letter"]) {
      const name = `firefox-${address.replace(/\/$/, "")}-${format}.pdf`;
      const pdf = await page.pdf({ format, printBackground: true,
        path: path.join(settings.pdfs, name) });
      const sheets = pdfPages(pdf);
      assert(sheets === 1, `${address} prints on ${sheets} ${format} pages in Firefox`);
    }
    printed.push(address);
  }
  noErrors(page);
  return `${printed.join(", ")}: the button shows and prints, on one A4 or Letter page`;
}

// ---- Search, loaded when the reader opens it --------------------------------------

// overrides/partials/hh-lazy-search.html holds back Material's search index
// and worker (it wraps XMLHttpRequest and Worker, which engines differ on)
// until the reader opens search.
async function search(page) {
  const fetched = [];
  const watch = (request) => {
    if (/search_index\.json|\/workers\/search\./.test(request.url())) fetched.push(request.url());
  };
  page.on("request", watch);
  try {
    await open(page, base + settings.search.page);
    await sleep(300);
    assert(fetched.length === 0, `search files loaded before search opened: ${fetched}`);
    await page.click("label.md-header__button[for=__search]");
    await page.keyboard.type(settings.search.words, { delay: 20 });
    await page.waitForSelector(".md-search-result__item", { timeout: 10_000 });
    const found = await page.$eval(".md-search-result", (e) => e.textContent.toLowerCase());
    assert(found.includes(settings.search.words), `no result says ${settings.search.words}`);
    assert(fetched.length === 2, `search fetched ${fetched.length} files: ${fetched}`);
  } finally {
    page.off("request", watch);
  }
  noErrors(page);
  return `nothing fetched until search opened; then "${settings.search.words}" found pages`;
}

// ---- The home page's moving rep pauses ----------------------------------------------

async function repPauses(page) {
  await open(page, base);
  const running = () => page.evaluate(() => document.querySelector(".hh-rep svg")
    .getAnimations({ subtree: true }).filter((a) => a.playState === "running").length);
  const before = await running();
  assert(before > 0, "the rep on the home page doesn't move");
  await page.click(".hh-rep__control");
  const after = await running();
  assert(after === 0, `${after} of the rep's animations still run after a tap on pause`);
  noErrors(page);
  return `the rep's ${before} animations stop at a tap on pause`;
}

// ---- Offline after one visit ------------------------------------------------

// In its own window, with service workers on.
async function offline(page) {
  const home = settings.offline.base;
  page.opened = home + settings.offline.first;
  await page.goto(page.opened, { waitUntil: "load" });
  // Installed means saved: the worker activates only once the site is.
  const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope));
  assert(scope === home, `the service worker's scope is ${scope}`);
  // It claims this page once it has activated: on a busy machine, well
  // after ready (10 s ran out once with the suite running beside it).
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null,
    { timeout: 45_000 });
  // "Save it for offline use" on Check your hinge keeps the tracker too.
  await open(page, home + settings.camera.page);
  await page.click("[data-hh-keep]");
  await page.waitForFunction(() => /^Saved|wasn't/.test(
    document.querySelector("[data-hh-status]").textContent), { timeout: 30_000 }).catch(() => {});
  const kept = await page.$eval("[data-hh-status]", (e) => e.textContent);
  assert(kept.startsWith("Saved"), `Save it for offline use: ${JSON.stringify(kept)}`);
  // The host goes away, as the signal does in a gym.
  // The host answers and closes at once: on a busy machine the connection
  // may go before the answer is read, which is the point of asking.
  await fetch(home + settings.offline.stop).catch(() => {});
  let down = false;
  for (let tries = 0; tries < 50 && !down; tries++) {
    down = await fetch(home).then(() => false, () => true);
    if (!down) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert(down, "the host still answers 5 s after it was asked to stop");
  for (const address of settings.pages) {
    // Material's script comes from the saved copy and starts, too.
    await open(page, home + address);
    const seen = await page.evaluate(() => ({
      h1: (document.querySelector("h1") || {}).textContent || "",
      header: getComputedStyle(document.querySelector(".md-header") || document.body).position,
    }));
    assert(seen.h1 && !/offline/i.test(seen.h1), `${address || "(home)"} offline: ${seen.h1}`);
    assert(seen.header === "sticky", `${address || "(home)"} offline is unstyled`);
  }
  // The tracker's files come from the copy the reader saved.
  await open(page, home + settings.camera.page);
  const model = await page.evaluate(() =>
    fetch("../vendor/tracker/models/movenet-lightning.json").then((r) => r.ok, () => false));
  assert(model, "the saved tracker isn't served offline");
  page.opened = home + "no-such-page/";
  await page.goto(page.opened, { waitUntil: "load" });
  const h1 = await page.$eval("h1", (e) => e.textContent);
  assert(h1 === "You're offline", `an unsaved page offline shows ${JSON.stringify(h1)}`);
  noErrors(page);
  return `the service worker saved the site; ${settings.pages.length} pages and the saved `
    + "tracker opened offline; an unsaved page says so";
}

// ---- Check your hinge: a video the reader filmed --------------------------------

// The test clip: frames drawn from the project's body model (PNG files
// written by the test), played onto a canvas at the clip's rate and
// recorded by Firefox's own MediaRecorder, as a phone's camera app would
// save a WebM.
async function recordClip(page) {
  const frames = await Promise.all(settings.camera.frames.map(async (file) =>
    "data:image/png;base64," + (await readFile(file)).toString("base64")));
  const webm = await page.evaluate(async (urls, fps) => {
    const images = await Promise.all(urls.map(async (url) =>
      createImageBitmap(await (await fetch(url)).blob())));
    const canvas = document.createElement("canvas");
    canvas.width = images[0].width;
    canvas.height = images[0].height;
    const ctx = canvas.getContext("2d");
    ctx.drawImage(images[0], 0, 0);
    const stream = canvas.captureStream(fps);
    const recorder = new MediaRecorder(stream, { mimeType: "video/webm" });
    const chunks = [];
    recorder.ondataavailable = (e) => chunks.push(e.data);
    const stopped = new Promise((done) => { recorder.onstop = done; });
    recorder.start();
    const start = performance.now();
    for (let i = 0; i < images.length; i++) {
      // Each frame at its time in the clip, however late the last one came.
      await new Promise((done) => setTimeout(done, Math.max(0, start + 1000 * i / fps - performance.now())));
      ctx.drawImage(images[i], 0, 0);
    }
    await new Promise((done) => setTimeout(done, 1000 / fps));
    recorder.stop();
    await stopped;
    stream.getTracks().forEach((track) => track.stop());
    const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
    let text = "";
    for (const byte of bytes) text += String.fromCharCode(byte);
    return btoa(text);
  }, frames, settings.camera.fps);
  const file = path.join(settings.output, "hinge-rep.webm");
  await writeFile(file, Buffer.from(webm, "base64"));
  return file;
}

async function cameraCheck(page) {
  // Record on a page of the site (same origin), then open the check.
  await open(page, base + "404.html");
  const clip = await recordClip(page);
  const requests = [];
  const watch = (request) => requests.push(request.url());
  page.on("request", watch);
  try {
    return await readVideo(page, clip, requests);
  } finally {
    page.off("request", watch);
  }
}

async function readVideo(page, clip, requests) {
  await open(page, base + settings.camera.page);
  assert(!requests.some((u) => u.includes("/vendor/")), "the tracker loaded before a tap");
  const input = await page.$("[data-hh-file]");
  await input.uploadFile(clip);
  // Set mode, while the video plays (check.css): on a phone the video fills
  // the screen and the count reads from three steps away.
  await page.waitForFunction(() => document.querySelector("[data-hh-check]").hhStats?.frames > 0,
    { timeout: 60_000 });
  const set = await page.evaluate(() => {
    const r = document.querySelector("[data-hh-stage]").getBoundingClientRect();
    const size = (s) => parseFloat(getComputedStyle(document.querySelector(s)).fontSize);
    return { width: r.width, height: r.height, count: size("[data-hh-big-count]"),
      cue: size("[data-hh-big-cue]") };
  });
  assert(set.width >= phone.width - 1 && set.height >= phone.height - 1,
    `in set mode the video fills ${Math.round(set.width)} x ${Math.round(set.height)} px`);
  assert(set.count >= 96 && set.cue >= 28, `in set mode the count is ${set.count} px, `
    + `the cue ${set.cue} px: 96 and 28 at least`);
  const status = "[data-hh-status]";
  await page.waitForFunction((s) => /^Done: |can't|didn't|wrong/.test(
    document.querySelector(s).textContent), { timeout: 60_000 }, status).catch(() => {});
  const said = await page.$eval(status, (e) => e.textContent);
  const seen = await page.evaluate(() => {
    const out = (name) => document.querySelector(`output[name="${name}"]`).value;
    const stats = document.querySelector("[data-hh-check]").hhStats;
    return { reps: out("reps"), knee: parseFloat(out("knee-bend")),
      hip: parseFloat(out("hip-bend")), frames: stats.frames, good: stats.good,
      detectMs: Math.round(stats.detectMs / Math.max(1, stats.frames)),
      voice: document.querySelector("[data-hh-check]").hhVoice };
  });
  const { reps, truth, toleranceDegrees } = settings.camera;
  assert(said.startsWith("Done: "), `the check says ${JSON.stringify(said)} (${JSON.stringify(seen)})`);
  assert(seen.reps === String(reps),
    `${seen.reps} reps read, for ${reps} in the clip (${JSON.stringify(seen)})`);
  for (const joint of ["knee", "hip"]) {
    assert(Math.abs(seen[joint] - truth[joint]) <= toleranceDegrees,
      `${joint} bend read ${seen[joint]}°, drawn at ${truth[joint].toFixed(1)}° `
      + `(${seen.frames} frames read, ${seen.detectMs} ms each)`);
  }
  // Each rep is said, or marked with a beep where the browser has no voice.
  assert(seen.voice.length === reps && seen.voice[0][1].startsWith("1. "),
    `the reps were announced as ${JSON.stringify(seen.voice)}`);
  assert(requests.some((u) => u.endsWith(".wasm")), "no WASM was fetched: which tracker ran?");
  await page.$eval("[data-hh-table]", (e) => e.scrollIntoView());
  await page.screenshot({ path: path.join(settings.screenshots, "firefox-check-your-hinge-video.png") });
  noErrors(page);
  return `${said} knee ${seen.knee}°, hip ${seen.hip}° (drawn ${truth.knee.toFixed(1)}°, `
    + `${truth.hip.toFixed(1)}°); ${seen.frames} frames read, ${seen.detectMs} ms each; `
    + `announced by ${seen.voice[0][0]}; the video filled the screen in set mode`;
}

// ---- Check your hinge: the camera ---------------------------------------------------

// Firefox's own test camera (a picture with no body in it): the camera
// starts, frames reach the tracker, the reader is asked to step in, and
// Stop turns the camera off.
async function cameraStarts(page) {
  await open(page, base + settings.camera.page);
  await page.click("[data-hh-start]");
  await page.waitForFunction(() => document.querySelector("[data-hh-check]").hhStats?.frames > 2,
    { timeout: 30_000 }).catch(() => {});
  const said = await page.$eval("[data-hh-status]", (e) => e.textContent);
  const frames = await page.evaluate(() => document.querySelector("[data-hh-check]").hhStats?.frames);
  assert(frames > 2, `no frames read from the camera; the check says ${JSON.stringify(said)}`);
  assert(/^Step into the picture/.test(said), `with no one in view the check says ${JSON.stringify(said)}`);
  await page.click("[data-hh-stop]");
  const off = await page.evaluate(() => document.querySelector("[data-hh-video]").srcObject === null);
  assert(off, "Stop left the camera on");
  noErrors(page);
  return `the camera started, ${frames} frames read, "${said}"; Stop turned it off`;
}

// ---- Site data blocked -----------------------------------------------------------

// What Firefox does when a reader blocks this site's data (cookies and site
// data, in its settings), in a page script, as the one Firefox launch can't
// block one site only: storage throws on reading, the cache refuses every
// call (quietly), and registering the service worker fails, which Firefox
// logs as an error on the page however the page handles it: here each
// attempt is counted. (A preload script runs before the page has its
// caches and service worker container, so both are stand-ins.)
const BLOCKED = () => {
  const insecure = () => new DOMException("The operation is insecure.", "SecurityError");
  const refuse = () => Promise.reject(insecure());
  for (const name of ["localStorage", "sessionStorage"]) {
    Object.defineProperty(window, name, { configurable: true, get() { throw insecure(); } });
  }
  const caches = { keys: refuse, open: refuse, match: refuse, has: refuse, delete: refuse };
  Object.defineProperty(window, "caches", { configurable: true, get: () => caches });
  window.registered = 0;
  const workers = {
    controller: null,
    ready: new Promise(() => {}),
    register() {
      window.registered += 1;
      return refuse();
    },
    getRegistration: refuse,
    getRegistrations: refuse,
    addEventListener() {},
  };
  Object.defineProperty(Navigator.prototype, "serviceWorker", { configurable: true,
    get: () => workers });
};

async function blockedData(lanePage) {
  const page = await openWindow(lanePage.browser(), { serviceWorkers: true });
  let registered = 0; // the page registers its worker once it has loaded
  const visit = async (address) => {
    await open(page, base + address);
    registered += await page.evaluate(() => window.registered);
  };
  try {
    await page.evaluateOnNewDocument(BLOCKED);
    // A fault link opens its fault (Material reads storage as it starts).
    await visit("movement/#rounded-back");
    assert(await page.$eval("details#rounded-back", (e) => e.open), "the linked fault stayed shut");
    // A tick works for the visit.
    await visit(settings.checklist.page);
    await page.click(".hh-checklist li:nth-child(1) label");
    assert(await page.$eval(BOXES, (e) => e.checked), "a tick didn't take");
    // The session log says once that its lines last this visit, and keeps them.
    await visit(settings.sessionLog.page);
    await page.waitForSelector(".hh-log-form", { visible: true, timeout: 5000 });
    assert(await page.$eval(".hh-log-form__blocked", (e) => !e.hidden),
      "the session log doesn't say its lines last this visit only");
    await addLogLine(page, { date: "2026-12-04", rung: "5", weight: "16 kg" });
    assert((await logTitles(page)).length === 1, "a line added with site data blocked didn't show");
    // Nothing offers to save the tracker where nothing can be saved.
    await visit(settings.camera.page);
    await sleep(300);
    assert(await page.$eval("[data-hh-keep]", (e) => e.hidden),
      "Save it for offline use shows, where the site may keep nothing");
    assert(registered === 0, `the pages asked for the service worker ${registered} times`);
    noErrors(page);
  } finally {
    await page.browserContext().close();
  }
  return "a fault link, the checklist and the session log work; no service worker asked for, no save offered";
}

// ---- The run --------------------------------------------------------------------

const browser = await puppeteer.launch({
  browser: "firefox",
  executablePath: settings.firefox,
  headless: true,
  extraPrefsFirefox: {
    // Scrollbars over the page, as on a phone, so the page is 390 px wide.
    "ui.useOverlayScrollbars": 1,
    // Lets the test read back what the share button copied, with no prompt.
    "dom.events.testing.asyncClipboard": true,
    // Firefox's test camera, allowed without asking, for Start camera.
    "media.navigator.streams.fake": true,
    "media.navigator.permission.disabled": true,
  },
});
// The checks, in three windows at once. The camera checks wait on their
// clip in real time, and the offline check on the service worker saving
// the site, so each has a window of its own; the rest take turns in the
// window in front, where taps move the focus as on a phone (in a window
// behind, a tap opened a glossary term's meaning without focusing it).
const LANES = [
  {
    checks: [
      ["video-file-check", cameraCheck],
      ["camera-starts-and-stops", cameraStarts],
      ["site-data-blocked", blockedData],
    ],
  },
  { checks: [["offline-after-one-visit", offline]], serviceWorkers: true },
  {
    checks: [
      ["every-page-without-errors", everyPage],
      ["checklist-survives-reload", checklistSurvivesReload],
      ["checklist-bad-stored-value", checklistBadStoredValue],
      ["session-log-on-the-phone", sessionLog],
      ["share-button-confirms", shareButton],
      ["glossary-term-on-tap", glossaryTerm],
      ["rung-links-open-their-boxes", rungLinks],
      ["print-buttons", printButtons],
      ["search-loads-when-opened", search],
      ["rep-animation-pauses", repPauses],
    ],
  },
];

try {
  process.stderr.write(`${await browser.version()}\n`);
  const pages = [];
  for (const lane of LANES) pages.push(await openWindow(browser, lane));
  await pages[pages.length - 1].bringToFront(); // the last lane's, opened last
  await Promise.all(LANES.map(async (lane, i) => {
    for (const [check, body] of lane.checks) {
      pages[i].errors.length = 0;
      await run(check, pages[i], () => body(pages[i]));
    }
  }));
} finally {
  await browser.close();
}
