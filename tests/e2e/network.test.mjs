// A poor network never breaks the dashboard: a slow file still arrives, transient faults are
// retried (a 500 that passes, a dropped connection tried three times), a missing file and a
// file too large (announced or not) give a clear French message for that indicator only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, serve, openPage, closePage, waitForLoaded, until, readDataText, TERRITORY, DESKTOP,
} from './support.mjs';

const SIXTY_MB = 60 * 1000 * 1000;
const hits = {};
const count = (name) => { hits[name] = (hits[name] ?? 0) + 1; return hits[name]; };

let browser, server;
before(async () => {
  browser = await launch();
  const chomage = readDataText('travailler/chomage.json');
  const emplois = readDataText('travailler/emplois.json');
  server = await serve({
    overrides: {
      // Slow: the body comes after 1.5 s.
      'indicators/travailler/emplois.json': (req, res) => setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(emplois), 1500),
      // A passing fault: 500 the first time.
      'indicators/travailler/chomage.json': (req, res) => (count('chomage') === 1 ? res.writeHead(500).end() : res.writeHead(200, { 'content-type': 'application/json' }).end(chomage)),
      'indicators/habiter/vacance.json': 404,
      // 60 MB announced by Content-Length.
      'indicators/respirer/espaces_verts.json': (req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(SIXTY_MB) });
        res.write('{"title": "'); // the rest never needs to come
      },
      // 60 MB without Content-Length (chunked): the cap holds while reading.
      'indicators/respirer/arbres_plantes.json': (req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(1000 * 1000, 0x20);
        let sent = 0;
        const push = () => {
          while (sent < SIXTY_MB && !res.destroyed) {
            sent += chunk.length;
            if (!res.write(chunk)) { res.once('drain', push); return; }
          }
          if (!res.destroyed) res.end();
        };
        push();
      },
    },
  });
});
after(async () => { await browser?.close(); await server?.close(); });

/** The state of each indicator card of the overview: ready (with its value) or unavailable. */
const cards = (page) => page.locator('li.card').evaluateAll((cs) => Object.fromEntries(cs.map((c) => [
  c.dataset.indicator,
  c.classList.contains('card--unavailable') ? { unavailable: c.querySelector('details')?.textContent ?? '' } : { value: c.querySelector('.card__value')?.innerText ?? '' },
])));

test('slow, failing, missing and oversized files: each handled, the rest of the dashboard works', async () => {
  const page = await openPage(browser, DESKTOP);
  // A dropped connection every time (aborted here: Chromium itself retries a reset socket).
  await page.route('**/indicators/respirer/no2.json', (route) => { count('no2'); return route.abort('connectionreset'); });
  const started = Date.now();
  await page.goto(server.url);
  await waitForLoaded(page);
  await page.waitForFunction((n) => document.querySelectorAll('li.card').length === n, TERRITORY.indicators.length, { timeout: 30000 });
  const byId = await cards(page);
  // Slow but whole; the 500 was retried and passed.
  assert.match(byId.emplois.value ?? '', /\d/, JSON.stringify(byId.emplois));
  assert.match(byId.chomage.value ?? '', /\d/, JSON.stringify(byId.chomage));
  assert.equal(hits.chomage, 2, 'one retry after the 500');
  // A dropped connection: three attempts, then a message.
  assert.equal(hits.no2, 3, 'three attempts');
  assert.match(byId.no2.unavailable ?? '', /respirer\/no2\.json : le fichier n'a pas pu être chargé \(réseau/, JSON.stringify(byId.no2));
  // Missing: not retried.
  assert.match(byId.vacance.unavailable ?? '', /fichier introuvable \(erreur 404\)/);
  assert.equal(server.requests.filter((r) => r.endsWith('/vacance.json')).length, 1, 'a 404 is not retried');
  // Too large, announced or found while reading.
  for (const id of ['espaces_verts', 'arbres_plantes']) {
    assert.match(byId[id].unavailable ?? '', /fichier trop volumineux : (60|5\d(,\d)?)\u00a0Mo, au-delà de la limite de 50\u00a0Mo/, `${id}: ${JSON.stringify(byId[id])}`);
  }
  // The other fourteen work.
  const ready = Object.values(byId).filter((c) => c.value !== undefined);
  assert.equal(ready.length, TERRITORY.indicators.length - 4);
  assert.ok(Date.now() - started < 25000, 'no file holds the page for long');
  // The page stays responsive.
  assert.equal(await page.evaluate(() => 1 + 1), 2);
  await closePage(page);
});

test('a file with no answer is abandoned after the timeout and said so', async () => {
  const page = await openPage(browser, DESKTOP);
  let asked = 0;
  await page.route('**/indicators/bouger/couverture_bulles.json', () => { asked += 1; /* never answers */ });
  // Another indicator's page loads only its own file.
  await page.goto(`${server.url}?v=1&page=indicateur&id=chomage`);
  await waitForLoaded(page);
  // The timeout is 15 s; the page's clock is run forward instead of waiting.
  await page.clock.install();
  await page.evaluate(() => {
    history.pushState(null, '', '?v=1&page=indicateur&id=couverture_bulles');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  for (let i = 0; i < 3; i += 1) {
    await until(async () => asked > i, { message: `attempt ${i + 1}` });
    await page.clock.runFor(15500);
    await page.clock.runFor(2000);
  }
  await page.waitForSelector('.error-card', { timeout: 10000 });
  assert.equal(asked, 3, 'three attempts');
  assert.match(await page.locator('.error-card').innerText(), /couverture_bulles\.json : le serveur n'a pas répondu en 15 secondes/);
  await closePage(page);
});
