// Offline after the first visit: a service worker in plain JavaScript.
//
// It sits at the top of the site, so it serves the site's own folder and
// nothing else (on GitHub Pages, /<repo>/). Registered by
// overrides/partials/hh-offline.html once a page has loaded.
//
// - Saving: on install it walks the site from the home page, following
//   links within the site (pages, stylesheets, scripts, icons, the manifest,
//   the search index), and saves every file in one cache. Never saved ahead:
//   anything under vendor/ (big optional downloads) and the link-preview
//   cards, which only crawlers read.
// - Versions: the cache is named by a hash of the home page, sitemap.xml
//   and the search index, which change whenever a build changes the site
//   (in MkDocs and in Zensical alike; nothing is generated for it).
//   Each page visit online checks that hash; when it differs, the whole site
//   is saved again into a new cache, and the old one is deleted only once
//   the new one is complete.
// - Never stuck: pages come from the network first and from the saved copy
//   only when the network fails or takes longer than a few seconds (a gym
//   with one bar of signal). Other files come from the saved copy and are
//   refreshed behind it. Material's files carry a hash in their names and
//   never change, so they come from the saved copy.
"use strict";

var SCOPE = self.registration.scope;
// The origin may hold other sites (user.github.io/<other-repo>/): every
// cache name carries this site's address, and only those are touched.
var PREFIX = "hh-site " + SCOPE + " ";
var META = "hh-meta " + SCOPE;
var SKIP = [/\/vendor\//, /\/assets\/previews\//, /\.map$/];
// The body tracker of Check your hinge: never saved with the site, only
// when the reader taps "Save it for offline use" (start.js fills this
// cache), and then served from it. Its name carries the site's address.
var TRACKER = "hh-tracker " + SCOPE;
var MAX_BYTES = 2 * 1024 * 1024;
var PAGE_TIMEOUT = 4000;
// The search index is search/search_index.json from MkDocs, search.json
// from Zensical; the one that is missing counts as empty.
var SEARCH = ["search/search_index.json", "search.json"];
var VERSION_FILES = ["", "sitemap.xml"].concat(SEARCH);
var EXTRA_FILES = ["404.html"].concat(SEARCH);

var current = null; // the complete cache's name, read from META once
var running = null; // the refresh under way, if any

self.addEventListener("install", function (event) {
  event.waitUntil(update(true).then(function () {
    return self.skipWaiting();
  }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(currentName().then(function (name) {
    return removeOthers(name);
  }).then(function () {
    return self.clients.claim();
  }));
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method === "GET" && request.url.indexOf(SCOPE + "vendor/tracker/") === 0) {
    event.respondWith(caches.open(TRACKER).then(function (cache) {
      return cache.match(request, { ignoreSearch: true });
    }).then(function (kept) {
      return kept || fetch(request);
    }));
    return;
  }
  if (request.method !== "GET" || !inScope(request.url)) return;
  if (request.mode === "navigate") {
    event.respondWith(pageFirstFromNetwork(event));
    // A new deploy? Save the new site behind this visit.
    event.waitUntil(update(false).catch(function () {}));
  } else if (/\.[0-9a-f]{8}\.min\.(js|css)$/.test(new URL(request.url).pathname)) {
    event.respondWith(savedFirst(request));
  } else {
    event.respondWith(savedThenRefreshed(event));
  }
});

function inScope(url) {
  if (url.indexOf(SCOPE) !== 0) return false;
  var path = new URL(url).pathname;
  return !SKIP.some(function (pattern) { return pattern.test(path); });
}

// ---- Serving -------------------------------------------------------------

function pageFirstFromNetwork(event) {
  var request = event.request;
  var network = fetch(request).then(function (response) {
    if (response.status >= 500) throw new Error("server error " + response.status);
    if (response.ok && response.type === "basic") {
      var copy = response.clone();
      event.waitUntil(save(request.url, copy));
    }
    return response;
  });
  event.waitUntil(network.catch(function () {}));
  var slow = new Promise(function (resolve) {
    setTimeout(resolve, PAGE_TIMEOUT);
  }).then(function () {
    return saved(request.url).then(function (response) {
      return response || network;
    });
  });
  return Promise.race([network, slow]).catch(function () {
    return saved(request.url).then(function (response) {
      return response || offlinePage();
    });
  });
}

function savedFirst(request) {
  return saved(request.url).then(function (response) {
    return response || fetch(request).then(function (fresh) {
      if (fresh.ok) save(request.url, fresh.clone());
      return fresh;
    });
  });
}

function savedThenRefreshed(event) {
  var request = event.request;
  var network = fetch(request).then(function (response) {
    if (response.ok && response.type === "basic") {
      return save(request.url, response.clone()).then(function () { return response; });
    }
    return response;
  });
  event.waitUntil(network.catch(function () {}));
  return saved(request.url).then(function (response) {
    return response || network;
  });
}

function saved(url) {
  var clean = url.split("#")[0];
  return currentName().then(function (name) {
    return caches.open(name);
  }).then(function (cache) {
    // A page may be asked for with a query from a social post (?fbclid=...)
    // or without its closing slash.
    return cache.match(clean, { ignoreSearch: true }).then(function (found) {
      return found || (/\/[^./]+$/.test(clean) ? cache.match(clean + "/") : undefined);
    });
  }).catch(function () {
    return undefined;
  });
}

function save(url, response) {
  return currentName().then(function (name) {
    return caches.open(name);
  }).then(function (cache) {
    return cache.put(url.split("#")[0].split("?")[0], response);
  }).catch(function () {});
}

function offlinePage() {
  var html =
    "<!doctype html><html lang=en><meta charset=utf-8>" +
    "<meta name=viewport content='width=device-width,initial-scale=1'>" +
    "<meta name=color-scheme content='light dark'>" +
    // No icon: without this line Firefox asks for /favicon.ico, which isn't
    // saved (the site's icon has another name), and logs the failed request.
    "<link rel=icon href='data:,'>" +
    "<title>You're offline</title>" +
    "<body style='font:1.1rem/1.5 system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem'>" +
    "<h1>You're offline</h1>" +
    "<p>This page isn't saved on this device yet. The guide's other pages are: " +
    "open them from the start, and this one comes back once you have signal.</p>" +
    "<p><a href='" + SCOPE + "'>Go to the start of the guide</a></p>";
  return new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8" } });
}

// ---- Saving the whole site ----------------------------------------------

function currentName() {
  if (current) return Promise.resolve(current);
  return caches.open(META).then(function (meta) {
    return meta.match("version");
  }).then(function (response) {
    return response ? response.text() : "visited";
  }).then(function (version) {
    current = PREFIX + version;
    return current;
  });
}

function update(force) {
  if (!running) {
    running = refresh(force).then(moveKeptTracker).then(function () {
      running = null;
    }, function (error) {
      running = null;
      throw error;
    });
  }
  return running;
}

function refresh(force) {
  // A reader who asked their browser to save data gets the pages they open,
  // saved as they go, and no download of the whole site.
  var connection = self.navigator.connection;
  if (connection && connection.saveData) return Promise.resolve();
  return Promise.all([siteVersion(), currentName()]).then(function (found) {
    var version = found[0];
    var name = PREFIX + version;
    if (name === found[1] && !force) return undefined;
    var fresh = name !== found[1];
    var filling = (fresh ? caches.delete(name) : Promise.resolve()).then(function () {
      return caches.open(name);
    });
    return filling.then(saveSite).then(function () {
      return caches.open(META);
    }).then(function (meta) {
      return meta.put("version", new Response(version));
    }).then(function () {
      current = name;
      return removeOthers(name);
    }).catch(function (error) {
      // Half a site is no use offline: drop it, keep the last whole one.
      return (fresh ? caches.delete(name) : Promise.resolve()).then(function () {
        throw error;
      });
    });
  });
}

// A tracker kept for the gym before it left Human sits under vendor/human/,
// which the page no longer asks for: fetch the same files from
// vendor/tracker/ (Human's bundle replaced by tfjs.esm.js), then drop the
// old ones, so the check still works offline and 5 MB of dead files go.
function moveKeptTracker() {
  var old = SCOPE + "vendor/human/";
  return caches.has(TRACKER).then(function (found) {
    return found ? caches.open(TRACKER) : null;
  }).then(function (cache) {
    return cache && cache.keys().then(function (keys) {
      var kept = keys.filter(function (request) { return request.url.indexOf(old) === 0; });
      return Promise.all(kept.map(function (request) {
        var name = request.url.slice(old.length).replace("human.esm.js", "tfjs.esm.js");
        var url = SCOPE + "vendor/tracker/" + name;
        return fetch(url).then(function (response) {
          if (!response.ok) throw new Error(url);
          return cache.put(url, response);
        });
      })).then(function () {
        return Promise.all(kept.map(function (request) { return cache.delete(request); }));
      });
    });
  }).catch(function () {}); // no signal: tried again on the next visit
}

function removeOthers(keep) {
  return caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf(PREFIX) === 0 && name !== keep;
    }).map(function (name) {
      return caches.delete(name);
    }));
  });
}

function siteVersion() {
  return Promise.all(VERSION_FILES.map(function (path) {
    return fetch(new URL(path, SCOPE), { cache: "no-cache" }).then(function (response) {
      return response.ok ? response.arrayBuffer() : new ArrayBuffer(0);
    });
  })).then(function (parts) {
    var size = parts.reduce(function (sum, part) { return sum + part.byteLength; }, 0);
    var all = new Uint8Array(size);
    var at = 0;
    parts.forEach(function (part) {
      all.set(new Uint8Array(part), at);
      at += part.byteLength;
    });
    return crypto.subtle.digest("SHA-256", all);
  }).then(function (digest) {
    return Array.from(new Uint8Array(digest).slice(0, 8), function (byte) {
      return byte.toString(16).padStart(2, "0");
    }).join("");
  });
}

// Walk the site from the home page, a few files at a time. A missing file
// is left out; a network failure stops the walk (and the cache is dropped).
function saveSite(cache) {
  var seen = new Set();
  var next = [];
  function add(url) {
    url = url.split("#")[0];
    if (!seen.has(url) && inScope(url)) {
      seen.add(url);
      next.push(url);
    }
  }
  add(SCOPE);
  EXTRA_FILES.forEach(function (path) { add(new URL(path, SCOPE).href); });
  add(new URL("sitemap.xml", SCOPE).href);

  function saveOne(url) {
    return fetch(url, { cache: "no-cache" }).then(function (response) {
      var length = Number(response.headers.get("Content-Length") || 0);
      if (!response.ok || response.redirected || length > MAX_BYTES) {
        if (response.body) response.body.cancel();
        return undefined;
      }
      var path = new URL(url).pathname;
      var kind = /(\/|\.html|\.css|\.webmanifest)$/.exec(path);
      var links = kind ? response.clone().text().then(function (text) {
        linksIn(text, url).forEach(add);
      }) : /\/sitemap\.xml$/.test(path) ? response.clone().text().then(function (text) {
        sitemapPages(text).forEach(add);
      }) : Promise.resolve();
      return Promise.all([links, cache.put(url, response)]);
    });
  }

  function round() {
    if (!next.length) return Promise.resolve();
    var batch = next;
    next = [];
    var i = 0;
    function worker() {
      if (i >= batch.length) return Promise.resolve();
      return saveOne(batch[i++]).then(worker);
    }
    return Promise.all([worker(), worker(), worker(), worker()]).then(round);
  }
  return round();
}

// Addresses in a page, a stylesheet or the manifest. An inline script's
// code is left out: its "src = me.getAttribute(" and "new URL(url, ...)"
// are code, not addresses, and were fetched as pages that don't exist.
// Material's JSON config block stays: it names the search worker. A service
// worker has no HTML parser, so a script body is cut at its end tag, where
// HTML itself ends it.
// The sitemap's pages, found here: it lists pages no link leads to (a
// fault's share page kept at its old address, for links already posted).
// Its addresses carry site_url, which may not be where the site is served
// (a preview, a test host): each is taken from the home page's address,
// the one every other starts with, and put under SCOPE.
function sitemapPages(text) {
  var locs = [];
  var pattern = /<loc>\s*([^<\s]+)\s*<\/loc>/g;
  var match;
  while ((match = pattern.exec(text))) locs.push(match[1].replace(/&amp;/g, "&"));
  var home = locs.reduce(function (shortest, loc) {
    return loc.length < shortest.length ? loc : shortest;
  }, locs[0] || "");
  return locs.filter(function (loc) {
    return home && loc.indexOf(home) === 0;
  }).map(function (loc) {
    return new URL(loc.slice(home.length), SCOPE).href;
  });
}

function linksIn(text, base) {
  var found = [];
  text = text.replace(/(<script\b(?![^>]*json)[^>]*>)[\s\S]*?<\/script\s*>/gi, "$1");
  var patterns = [
    /\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>`]+))/gi, // HTML
    /(?<![\w.])url\(\s*["']?([^"')]+)["']?\s*\)/g, // CSS
    /"(?:src|start_url|search)"\s*:\s*"([^"]+)"/gi // manifest; Material's search worker
  ];
  patterns.forEach(function (pattern) {
    var match;
    while ((match = pattern.exec(text))) {
      var value = (match[1] || match[2] || match[3] || "").replace(/&amp;/g, "&");
      try {
        found.push(new URL(value, base).href);
      } catch (error) {
        // not an address
      }
    }
  });
  return found;
}
