// Offline after one visit: the service worker keeps the application, « Préparer la
// présentation hors ligne » keeps the data, and offline the deck is walked in full, the
// header says so, and a file that was not kept gives a French message. A new build replaces
// the kept application whole and the page says so. Under a sub-path too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openPage, closePage, DIST, PROJECTOR, DESKTOP } from './support.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { writeServiceWorker } from '../../scripts/service-worker.mjs';

const COUNCIL = '?v=1&page=presentation&fichier=conseil-communautaire';
let browser, dir, server;
before(async () => {
  browser = await launch();
  // A copy of the build, which the update test changes.
  dir = mkdtempSync(join(tmpdir(), 'en-action-sw-'));
  cpSync(DIST, dir, { recursive: true });
  server = await startServer({ root: dir, prefix: '/tableau-de-bord/' });
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
const appCaches = (page) => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('en-action-app-')));

test('one visit, prepare, then offline: the whole deck, the header, and a clear message', async () => {
  const page = await openPage(browser, PROJECTOR, { reducedMotion: 'reduce', serviceWorkers: 'allow' });
  await page.goto(`${server.url}${COUNCIL}`);
  await page.locator('.presentation__counter').waitFor();
  await controlled(page);
  await page.getByRole('button', { name: 'Hors ligne' }).click();
  const started = Date.now();
  await page.getByRole('button', { name: /^Toutes les données/ }).click();
  await page.locator('.prepare__done').waitFor({ timeout: 30000 });
  const done = await page.locator('.prepare__done').innerText();
  console.log(`# prepared in ${Date.now() - started} ms: ${done}`);
  assert.match(done, /^Prêt pour une présentation hors ligne : \d+ fichiers de données \([\d,]+\s(ko|Mo)\) et l'application \([\d,]+\sMo\)/);
  await page.keyboard.press('Escape');

  await page.context().setOffline(true);
  await page.reload();
  await page.locator('.presentation__counter').waitFor();
  assert.match(await page.locator('.presentation__offline').innerText(), /^Hors ligne : données du \d/);
  const total = JSON.parse(readFileSync(join(dir, 'indicators/decks/conseil-communautaire.json'), 'utf8')).slides.length;
  for (let i = 1; i <= total; i++) {
    await page.waitForFunction(() => {
      const slide = document.querySelector('.presentation__slide .slide');
      return slide && !slide.querySelector('.loading') && [...slide.querySelectorAll('.chart')].every((c) => c.querySelector('svg path'));
    }, null, { timeout: 15000 });
    assert.equal(await page.locator('.presentation__slide .error-card').count(), 0, `slide ${i} works offline`);
    await page.keyboard.press('ArrowRight');
  }
  // The dashboard's pages too, with the header saying so.
  await page.goto(`${server.url}?v=1&page=indicateur&id=no2`);
  await page.locator('h1', { hasText: 'Dioxyde' }).waitFor();
  assert.match(await page.locator('.offline-notice').innerText(), /^Hors ligne : données du/);
  await closePage(page);
});

test('offline, a file that was not kept: a French message naming it, the rest works', async () => {
  const page = await openPage(browser, DESKTOP, { serviceWorkers: 'allow' });
  await page.goto(`${server.url}?v=1`);
  await controlled(page);
  // A fresh device keeps only what it read: drop the data kept by the previous test.
  await page.evaluate(() => caches.delete('en-action-donnees'));
  await page.goto(`${server.url}?v=1&page=indicateur&id=chomage`);
  await page.locator('h1', { hasText: 'chômage' }).waitFor();
  await page.context().setOffline(true);
  await page.goto(`${server.url}?v=1&page=indicateur&id=no2`);
  const card = page.locator('.error-card');
  await card.waitFor({ timeout: 15000 });
  const text = await card.innerText();
  assert.match(text, /no2\.json/);
  assert.match(text, /hors ligne/i);
  await page.goto(`${server.url}?v=1&page=indicateur&id=chomage`);
  await page.waitForFunction(() => document.querySelector('.chart svg path'), null, { timeout: 15000 });
  await closePage(page);
});

test('a new build replaces the kept application whole, and the page says so', async () => {
  const page = await openPage(browser, DESKTOP, { serviceWorkers: 'allow' });
  await page.goto(`${server.url}?v=1`);
  await controlled(page);
  const before = await appCaches(page);
  assert.equal(before.length, 1);
  // A new build: a changed page (built files are named by their hashes and checked by
  // integrity, so a change shows in index.html) and its new service worker.
  const html = join(dir, 'index.html');
  writeFileSync(html, readFileSync(html, 'utf8').replace('<title>En action', '<title>En action (nouvelle version)'));
  const { version } = writeServiceWorker(dir);
  await page.goto(`${server.url}?v=1`);
  await page.getByText('Le tableau de bord a été mis à jour').waitFor({ timeout: 30000 });
  assert.deepEqual(await appCaches(page), [`en-action-app-${version}`], 'only the new version is kept');
  assert.match(await page.title(), /nouvelle version/, 'the new files are used');
  await page.reload();
  assert.equal(await page.getByText('Le tableau de bord a été mis à jour').count(), 0, 'said once');
  await closePage(page);
});
