// Shared set-up of the browser tests: Debian's Chromium driven by playwright-core, the built
// dist/ served on 127.0.0.1, console errors collected.
import { chromium } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = process.env.DIST ?? join(ROOT, 'dist');
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1366, height: 768 };
export const PROJECTOR = { width: 1920, height: 1080 };

export async function launch() {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `make build` first');
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export const serve = (options = {}) => startServer({ root: DIST, ...options });

/** A new page at `viewport` that records console errors and page errors in `page.errors`.
 * The service worker is blocked unless `options.serviceWorkers` is 'allow': Playwright's
 * request routing does not see what a service worker fetches, and most tests route or
 * count requests. */
export async function openPage(browser, viewport = DESKTOP, options = {}) {
  const context = await browser.newContext({ viewport, locale: 'fr-FR', serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  // `window.__wakePictures()`: makes every chart shown as a picture (src/components/picture.rs)
  // live, as a reader's pointer over it does; the chart helpers below call it.
  await page.addInitScript(() => {
    window.__wakePictures = () => document.querySelectorAll('.chart > .picture')
      .forEach((p) => p.dispatchEvent(new PointerEvent('pointerenter')));
  });
  return page;
}


/** Waits until the chart in `selector` has an ECharts instance with drawn series (a chart
 * shown as a picture is made live first). */
export async function waitForChart(page, selector = '.chart') {
  await page.waitForFunction((sel) => {
    window.__wakePictures?.();
    const el = document.querySelector(sel);
    // ECharts comes on demand (never on the overview): not there yet is not drawn yet.
    const chart = el && window.echarts?.getInstanceByDom(el);
    return chart && chart.getOption().series.length > 0 && el.querySelector('svg path');
  }, selector, { timeout: 20000 });
}

/** The series of the chart in `selector`: [{ name, type, data, endLabel }] (a chart shown
 * as a picture is made live, and read once it is: poll with `until`). */
export function chartSeries(page, selector = '.chart') {
  return page.evaluate((sel) => {
    window.__wakePictures?.();
    const chart = window.echarts.getInstanceByDom(document.querySelector(sel));
    return chart.getOption().series.map((s) => ({ name: s.name, type: s.type, data: s.data, endLabel: { formatter: typeof s.endLabel?.formatter === 'string' ? s.endLabel.formatter : null } }));
  }, selector);
}

// ---------------------------------------------------------------------------------------
// Helpers shared by the end-to-end test files.


/** A data file of the repository, parsed (`path` below indicators/). */
export function readData(path) {
  return JSON.parse(readFileSync(join(ROOT, 'indicators', path), 'utf8'));
}

/** The raw text of a data file of the repository (`path` below indicators/). */
export function readDataText(path) {
  return readFileSync(join(ROOT, 'indicators', path), 'utf8');
}

export const TERRITORY = readData('territory.json');

/** The INSEE code of the commune named `name`. */
export function communeCode(name) {
  const commune = TERRITORY.communes.find((c) => c.name === name);
  if (!commune) throw new Error(`no commune named ${name}`);
  return commune.code;
}

/** The census (year, population) nearest to `year` in a population list aligned with the
 * territory's census years; ties go to the earlier census. */
export function nearestCensus(populations, year) {
  let best = null;
  TERRITORY.census_years.forEach((census, i) => {
    const population = populations[i];
    if (population === null || population === undefined) return;
    const distance = Math.abs(census - year);
    if (!best || distance < best.distance) best = { census, population, distance };
  });
  return best && [best.census, best.population];
}

/** The territory's population (sum of its communes) at each census year. */
export function territoryPopulations() {
  return TERRITORY.census_years.map((_, i) => TERRITORY.communes.reduce((s, c) => s + c.population[i], 0));
}

/** Waits until the page has left every loading state (territory and indicator files). */
export async function waitForLoaded(page) {
  await page.waitForFunction(() => document.querySelector('main') && !document.querySelector('main .loading')
    && document.querySelector('main :is(h1, .controls, .error-card)'), null, { timeout: 20000 });
}

/** The whole option of the chart in `selector`, as JSON (formatter functions dropped; a
 * chart shown as a picture is made live, and read once it is). */
export function chartOption(page, selector = '.chart') {
  return page.evaluate((sel) => {
    window.__wakePictures?.();
    const chart = window.echarts.getInstanceByDom(document.querySelector(sel));
    return JSON.parse(JSON.stringify(chart.getOption()));
  }, selector);
}

/** Closes the page and its context. */
export async function closePage(page) {
  await page.context().close();
}

/** Console errors that are not the browser's own report of a failed (e.g. 404) request. */
export function unexpectedErrors(page) {
  return page.errors.filter((e) => !/Failed to load resource: the server responded with a status of 404/.test(e));
}

/** A French number as written by the app (« 1 234,5 », « −3,2 ») → a JS number. */
export function frenchNumber(text) {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace('−', '-').replace(',', '.').replace(/[^0-9.+-]/g, '');
  return cleaned === '' ? null : Number(cleaned);
}

/** Shows the view of `query` (e.g. '?v=1&page=indicateur&id=chomage') in the running app,
 * as a link click does (history entry, no reload), and waits for it to load. */
export async function visit(page, query) {
  // A page of the full edition (src/edition.rs), from the first-view one: a real navigation,
  // as the app does.
  const full = /[?&]page=(presentation|atelier|actions|action|accessibilite|mentions-legales|plan-du-site|donnees)(&|$)/.test(query);
  const inFull = await page.evaluate(() => (document.querySelector('link[rel=modulepreload]')?.getAttribute('href') ?? '').startsWith('en-action-full'));
  if (full && !inFull) {
    await Promise.all([page.waitForEvent('load'), page.evaluate((q) => location.assign(q), query)]);
  } else {
    await page.evaluate((q) => {
      history.pushState(null, '', q);
      dispatchEvent(new PopStateEvent('popstate'));
    }, query);
  }
  await waitForLoaded(page);
}

/** Polls `fn` until it returns a truthy value (returned), or fails after `timeout` ms with
 * the last value or error in the message. */
export async function until(fn, { timeout = 10000, interval = 50, message = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${message}; last: ${last instanceof Error ? last.message : JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** Waits until every chart on the page has finished drawing and animating (sparklines are
 * plain SVG, drawn at once; the others are ECharts instances). */
export async function waitForChartsSettled(page, timeout = 20000) {
  await page.waitForFunction(() => {
    window.__wakePictures?.();
    const all = [...document.querySelectorAll('.chart')];
    const sparks = all.filter((el) => el.classList.contains('chart--spark'));
    const charts = all.filter((el) => !sparks.includes(el)).map((el) => window.echarts?.getInstanceByDom(el));
    return all.length > 0 && sparks.every((el) => el.querySelector('svg'))
      && charts.every((c) => c && c.getZr().animation.isFinished());
  }, null, { timeout });
}

/** The WCAG 2.1 A/AA violations axe-core finds on the page, as « rule target: help » lines
 * (axe-core is injected first if the page does not have it yet). */
export async function axeViolations(page, tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']) {
  if (!await page.evaluate(() => Boolean(window.axe))) {
    await page.evaluate(readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  }
  return page.evaluate(async (runOnly) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: runOnly }, resultTypes: ['violations'] });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} ${n.target.join(' ')}: ${v.help}`));
  }, tags);
}

