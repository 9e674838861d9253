// An indicator page's breadcrumb and heading are painted by index.html's boot script from the
// data files, before the WebAssembly is even asked for (the page's largest paint); the app
// keeps them until it draws its own, at the same place, and takes the boot script's
// responses instead of fetching the files again. Texts are text; a slow file never holds
// the app back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, closePage, readData, PHONE, DESKTOP } from './support.mjs';

let browser, server;
const hostile = readData('travailler/chomage.json');
hostile.title = '<img src=x onerror="window.__pwned = 1">Chômage';
const territory = readData('territory.json');
const hostileTerritory = { ...territory, axes: territory.axes.map((a) => (a.id === 'travailler' ? { ...a, colour: 'red; background: url(https://example.org/x)' } : a)) };
const untranslated = readData('bouger/frequentation_bulles.json');
delete untranslated.title_en;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Serves `body` (JSON) for the data file whose path ends with `file`. */
const serveJson = (page, file, body) => page.route(`**/indicators/${file}`, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(body) }));

/** Opens `query` with the WebAssembly held back until `release()` is called; `files` maps
 * data files to the JSON served for them instead. */
async function held(query, { viewport = PHONE, files = {} } = {}) {
  const page = await openPage(browser, viewport);
  for (const [file, body] of Object.entries(files)) await serveJson(page, file, body);
  let release;
  const released = new Promise((r) => { release = r; });
  await page.route('**/*.wasm', async (route) => { await released; await route.continue(); });
  await page.addInitScript(() => {
    // Whether the page, once it had a heading, was ever painted without one (checked in
    // every frame, just before its paint).
    window.__headingLost = false;
    let seen = false;
    const check = () => {
      const now = [...document.querySelectorAll('main h1')].some((h) => h.checkVisibility());
      if (seen && !now) window.__headingLost = true;
      seen ||= now;
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
    window.__shifts = [];
    new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => [e.value, e.sources.map((x) => x.node?.className).join(' ')]))).observe({ type: 'layout-shift', buffered: true });
    window.__lcp = [];
    new PerformanceObserver((list) => window.__lcp.push(...list.getEntries().map((e) => [e.startTime, e.size, e.element?.tagName, e.element?.className, e.element?.textContent.slice(0, 30)].join(' ')))).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(`${server.url}${query}`);
  return { page, release };
}

const header = (page) => page.evaluate(() => {
  const h1 = document.querySelector('main h1');
  const box = h1?.getBoundingClientRect();
  return {
    h1: h1?.textContent,
    box: box && [box.x, box.y, box.width, box.height],
    crumbs: [...document.querySelectorAll('main .breadcrumb li')].map((li) => [li.textContent, li.querySelector('a')?.getAttribute('href') ?? null]),
    line: document.querySelector('main .axis__header p')?.textContent,
    colour: document.querySelector('main .axis__header')?.style.getPropertyValue('--axis-colour'),
    headings: [...document.querySelectorAll('h1')].filter((h) => h.checkVisibility()).length,
  };
});

test('the heading is painted before the WebAssembly, and the app draws its own at the same place', async () => {
  for (const viewport of [PHONE, DESKTOP]) {
    server.requests.length = 0;
    const { page, release } = await held('?v=1&page=indicateur&id=chomage', { viewport });
    await page.waitForSelector('.shell-indicator h1');
    const shell = await header(page);
    assert.equal(await page.locator('.indicator-layout').count(), 0, 'no app yet');
    assert.deepEqual(shell.crumbs, [["Vue d'ensemble", '?v=1'], ['Travailler', '?v=1&axe=travailler'], ['Taux de chômage des 15-64 ans', null]]);
    assert.equal(shell.h1, 'Taux de chômage des 15-64 ans');
    assert.equal(shell.line, 'Axe « Travailler » · Unité : % Données illustratives');
    assert.equal(shell.colour, '#B34700');
    release();
    await page.waitForSelector('.indicator-layout');
    const app = await header(page);
    assert.deepEqual({ ...app, colour: app.colour.trim() }, shell, 'the same header, at the same place, once');
    assert.equal(await page.locator('.shell-indicator').count(), 0);
    assert.equal(await page.evaluate(() => window.__headingLost), false, 'the heading never blinked out');
    // Nothing painted before the header moved when it came (the loading line waited for it).
    const shifts = await page.evaluate(() => window.__shifts);
    assert.ok(shifts.reduce((sum, [value]) => sum + value, 0) < 0.005, `layout shifts ${JSON.stringify(shifts)}`);
    // On a phone, the largest paint is the shell's: the app's heading, no larger, is no new
    // one. (On a wide screen, the definition beside the chart is larger and comes later.)
    const [lcp, mounted] = await page.evaluate(() => [window.__lcp, performance.getEntriesByName('en-action:mounted')[0]?.startTime]);
    if (viewport === PHONE) assert.ok(mounted > 0 && lcp.length > 0 && parseFloat(lcp.at(-1)) < mounted, `largest paints ${lcp} before the mount at ${mounted}`);
    // Each file once: the app took the boot script's responses.
    for (const file of ['/indicators/territory.json', '/indicators/travailler/chomage.json']) {
      assert.equal(server.requests.filter((p) => p === file).length, 1, file);
    }
    assert.deepEqual(page.errors, []);
    await closePage(page);
  }
});

test('in English, the file\'s English texts, and French ones marked so', async () => {
  const { page, release } = await held('?v=1&page=indicateur&id=frequentation_bulles&lang=en');
  await page.waitForSelector('.shell-indicator h1');
  const shell = await header(page);
  assert.deepEqual(shell.crumbs.map(([, href]) => href), ['?v=1&lang=en', '?v=1&axe=bouger&lang=en', null]);
  assert.equal(shell.crumbs[0][0], 'Overview');
  assert.equal(shell.h1, 'Bulles lines ridership');
  assert.equal(shell.line, 'Axis “Getting around” · Unit: journeys Illustrative data');
  assert.equal(await page.locator('.shell-indicator nav').getAttribute('aria-label'), 'Breadcrumb');
  release();
  await page.waitForSelector('.indicator-layout');
  assert.deepEqual(await header(page), shell);
  await closePage(page);

  // No English title in the file: the French one, tagged and marked, as the app shows it.
  const { page: other, release: release2 } = await held('?v=1&page=indicateur&id=frequentation_bulles&lang=en', { files: { 'bouger/frequentation_bulles.json': untranslated } });
  await other.waitForSelector('.shell-indicator h1');
  const marked = await other.locator('.shell-indicator h1').innerHTML();
  assert.equal(marked, '<span lang="fr">Fréquentation des lignes Bulles</span> <span class="in-french">(in French)</span>');
  const shellText = await header(other);
  release2();
  await other.waitForSelector('.indicator-layout');
  assert.deepEqual(await header(other), shellText);
  await closePage(other);
});

test('a hostile file\'s title is text, and a colour that is not one is not used', async () => {
  const { page, release } = await held('?v=1&page=indicateur&id=chomage', { files: { 'territory.json': hostileTerritory, 'travailler/chomage.json': hostile } });
  await page.waitForSelector('.shell-indicator h1');
  const shell = await header(page);
  assert.equal(shell.h1, hostile.title);
  assert.equal(shell.colour, '');
  assert.equal(await page.locator('img').count(), 0);
  release();
  // The app rejects the territory's colour: its error replaces the header drawn before.
  await page.waitForSelector('.error-card');
  assert.equal(await page.locator('.shell-indicator').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await closePage(page);
});

test('a slow file does not hold the app: the WebAssembly comes at once, and no header later', async () => {
  const page = await openPage(browser, PHONE);
  await page.route('**/indicators/travailler/chomage.json', async (route) => { await new Promise((r) => setTimeout(r, 3000)); await route.continue(); });
  const asked = [];
  page.on('request', (r) => asked.push([r.url().split('?')[0].split('/').pop(), Date.now()]));
  const start = Date.now();
  await page.goto(`${server.url}?v=1&page=indicateur&id=chomage`);
  await page.waitForSelector('.indicator-layout', { timeout: 20000 });
  const wasm = asked.find(([name]) => name.endsWith('.wasm'));
  assert.ok(wasm && wasm[1] - start < 2000, `the WebAssembly asked after ${wasm && wasm[1] - start} ms`);
  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await page.locator('.shell-indicator').count(), 0);
  // The app took the boot script's slow response: one request for the file.
  assert.equal(asked.filter(([name]) => name === 'chomage.json').length, 1);
  assert.deepEqual(page.errors, []);
  await closePage(page);
});

test('an embedded chart (integrer=1) and other pages draw no header before the app', async () => {
  for (const query of ['?v=1&page=indicateur&id=chomage&integrer=1', '?v=1', '?v=1&page=commune&communes=62498']) {
    const { page, release } = await held(query);
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-shell-ready'));
    await page.waitForTimeout(300);
    assert.equal(await page.locator('.shell-indicator').count(), 0, query);
    release();
    await closePage(page);
  }
});

test('the overview and a commune\'s page ask for every indicator file while the WebAssembly comes, and once', async () => {
  const files = ['territory.json', ...territory.indicators].map((f) => `indicators/${f}`).sort();
  for (const query of ['?v=1', '?v=1&page=commune&communes=62498']) {
    server.requests.length = 0;
    const { page, release } = await held(query);
    await page.waitForFunction((n) => Object.keys(window.__enActionEarly ?? {}).length === n, files.length);
    assert.deepEqual(await page.evaluate(() => Object.keys(window.__enActionEarly).sort()), files, query);
    release();
    await page.waitForSelector(query === '?v=1' ? '.cards' : '.profile, main h2');
    await page.waitForFunction(() => Object.keys(window.__enActionEarly).length === 0);
    for (const file of files) assert.equal(server.requests.filter((p) => p === `/${file}`).length, 1, `${query}: ${file}`);
    assert.deepEqual(page.errors, []);
    await closePage(page);
  }
  // An embedded chart asks for nothing before the app.
  const { page, release } = await held('?v=1&page=indicateur&id=chomage&integrer=1');
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => Object.keys(window.__enActionEarly)), []);
  release();
  await closePage(page);
});
