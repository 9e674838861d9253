// The dashboard's service worker: the application offline after one visit, data files kept
// as they are read (and all at once with « Préparer la présentation hors ligne »).
// `scripts/service-worker.mjs` writes it into the built folder as `sw.js`, preceded by
// `const PRECACHE = { version, files, hashed }`: the application's files, those of them named
// by their content's hash, and a version made of their content hashes. Paths are relative to
// the worker's scope, so any sub-path works.
//
// - Application files: from the cache of this version, filled at install in one go; a new
//   version waits until the page tells it to take over, then replaces the old cache whole
//   (never a mix of versions).
// - Data files (`indicators/…`): from the network, a copy kept; from the copy when the
//   network fails; otherwise a 504 with a French message.
/* global PRECACHE */
'use strict';

const APP_CACHE = `en-action-app-${PRECACHE.version}`;
const DATA_CACHE = 'en-action-donnees';
const scope = new URL(self.registration.scope);
const url = (path) => new URL(path, scope).href;
const appFiles = new Set(PRECACHE.files.map(url));
const index = url('./');
const dataPrefix = url('indicators/');

// A file named by its content's hash (`PRECACHE.hashed`: `app-0123456789abcdef.css`) cannot
// be stale: the copy the page has just downloaded is taken from the HTTP cache (asked again of
// the server, the first-view WebAssembly was downloaded twice on a first visit); the others
// (the page, the workbench's worker, the icon) are revalidated with the server.
const hashedFiles = new Set(PRECACHE.hashed.map(url));
const request = (u) => new Request(u, { cache: hashedFiles.has(u) ? 'default' : 'no-cache' });

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(APP_CACHE).then((cache) => cache.addAll([index, ...appFiles].map(request))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('en-action-app-') && name !== APP_CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'prendre-la-main') self.skipWaiting();
  if (event.data === 'version') event.source?.postMessage({ version: PRECACHE.version });
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const href = request.url.split('#')[0];
  if (request.mode === 'navigate' && href.startsWith(scope.href)) {
    event.respondWith(fromApp(index, request));
  } else if (href.startsWith(dataPrefix)) {
    event.respondWith(data(request));
  } else if (appFiles.has(href.split('?')[0])) {
    event.respondWith(fromApp(href.split('?')[0], request));
  }
});

async function fromApp(key, request) {
  const cached = await caches.match(key, { cacheName: APP_CACHE });
  return cached ?? fetch(request);
}

async function data(request) {
  const key = request.url.split('?')[0];
  try {
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(DATA_CACHE);
      await cache.put(key, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await caches.match(key, { cacheName: DATA_CACHE });
    if (cached) return cached;
    const name = decodeURIComponent(key.slice(scope.href.length));
    return new Response(`Hors ligne : le fichier ${name} n'a pas été enregistré sur cet appareil.`, {
      status: 504, statusText: 'Hors ligne', headers: { 'content-type': 'text/plain; charset=utf-8', 'x-en-action': 'hors-ligne' },
    });
  }
}
