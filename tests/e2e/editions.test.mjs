// The two editions of the app (src/edition.rs) and what the first view loads: the overview
// and the indicator pages take the first-view edition; the presentation, the workbench, the
// actions' own pages and the footer's site pages the full one, also when reached from a first-view page; the
// overview never loads ECharts (its sparklines are plain SVG), nor do an indicator's trend and
// ranking (pictures until the reader reaches for them) and a commune's page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, closePage, waitForLoaded, waitForChart, DESKTOP } from './support.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The app bundles and ECharts files asked since `from` (index in server.requests). */
const bundles = (from) => server.requests.slice(from)
  .map((p) => p.split('/').pop())
  .filter((f) => /^(en-action-(app|full)-[0-9a-f]+(_bg\.wasm|\.js)|echarts-[0-9a-f]+\.js)$/.test(f))
  .map((f) => f.replace(/-[0-9a-f]+(_bg\.wasm|\.js)$/, '$1'));

const pages = [
  ['the overview', '', ['en-action-app.js', 'en-action-app_bg.wasm']],
  ['an indicator page', '?v=1&page=indicateur&id=chomage', ['en-action-app.js', 'en-action-app_bg.wasm']],
  ['an indicator\'s ranking', '?v=1&page=indicateur&id=chomage&vue=classement', ['en-action-app.js', 'en-action-app_bg.wasm']],
  ['an indicator\'s map', '?v=1&page=indicateur&id=chomage&vue=carte', ['en-action-app.js', 'en-action-app_bg.wasm']],
  ['a commune page', '?v=1&page=commune&communes=62498', ['en-action-app.js', 'en-action-app_bg.wasm']],
  ['the actions', '?v=1&page=actions', ['en-action-full.js', 'en-action-full_bg.wasm', 'echarts.js']],
  ['the workbench', '?v=1&page=atelier', ['en-action-full.js', 'en-action-full_bg.wasm']],
  ['the presentation', '?v=1&page=presentation&axe=bouger', ['en-action-full.js', 'en-action-full_bg.wasm', 'echarts.js']],
  ['the site map', '?v=1&page=plan-du-site', ['en-action-full.js', 'en-action-full_bg.wasm']],
];

for (const [label, query, expected] of pages) {
  test(`${label} loads its edition and nothing else`, async () => {
    const page = await openPage(browser, DESKTOP);
    const from = server.requests.length;
    await page.goto(server.url + query);
    await page.locator(query.includes('presentation') ? '.presentation__counter' : 'main h1').first().waitFor({ timeout: 20000 });
    await page.waitForLoadState('networkidle');
    assert.deepEqual(bundles(from).sort(), [...expected].sort());
    assert.deepEqual(page.errors, []);
    await closePage(page);
  });
}

test('from the overview, « Actions » opens the full edition; Back returns to the overview', async () => {
  const page = await openPage(browser, DESKTOP);
  await page.goto(server.url);
  await waitForLoaded(page);
  const from = server.requests.length;
  await page.locator('.site-nav a', { hasText: 'Actions' }).click();
  await page.waitForURL(/page=actions/);
  await page.locator('main h1').waitFor();
  await page.waitForFunction(() => document.querySelector('.chart svg path'), null, { timeout: 20000 });
  assert.ok(bundles(from).includes('en-action-full_bg.wasm'), `the full edition: ${bundles(from)}`);
  assert.match(await page.locator('main h1').innerText(), /actions/i);
  await page.goBack();
  await page.waitForURL((url) => !url.search.includes('page='));
  await waitForLoaded(page);
  assert.match(await page.locator('main h1').innerText(), /Le territoire en action/);
  assert.deepEqual(page.errors, []);
  await closePage(page);
});

test('in the full edition, the dashboard\'s pages work too (Escape from a slide)', async () => {
  const page = await openPage(browser, DESKTOP);
  await page.goto(`${server.url}?v=1&page=presentation&axe=travailler&diapo=2`);
  await page.locator('.presentation__counter').waitFor();
  await page.keyboard.press('Escape');
  await page.waitForURL(/page=indicateur/);
  await waitForChart(page, '.chart:not(.chart--spark)');
  assert.equal(await page.locator('main h1').count(), 1);
  assert.deepEqual(page.errors, []);
  await closePage(page);
});
