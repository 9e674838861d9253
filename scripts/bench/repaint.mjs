// Repaint after an interaction, in the real app (indicator page): from the input event (its
// `timeStamp`, captured on window) to the next frame after the chart's SVG changed
// (MutationObserver, then requestAnimationFrame and one task, i.e. once that frame is
// painted). Median of RUNS each: add a commune (commune picker, Enter), change the view (tab
// « Classement » from the trend, tab « Évolution » from the ranking, clicks), change the year
// (#annee of the ranking: on its picture, then on the live chart). On the shipped data (36
// communes) and on a copy of dist/ whose indicators/ is a generated national-scale folder
// (35,000 communes, one ratio indicator, 2 % missing).
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { openPage, DESKTOP, DIST, waitForChartsSettled } from '../../tests/e2e/support.mjs';
import { startServer } from '../serve.mjs';
import { national, INDICATOR_PATH, INDICATOR_ID } from './national.mjs';
import { record, table, median, ms, heading } from './report.mjs';

export const RUNS = 5;
const TIMEOUT = 120_000;

const SCALES = [
  { communes: 36, target: 50, indicator: 'chomage', commune: 'Liév' },
  { communes: 35_000, target: 200, indicator: INDICATOR_ID, commune: 'Commune 7' },
];

/** A copy of dist/ with indicators/ replaced by a national-scale folder. */
function nationalDist(communes) {
  const folder = mkdtempSync(join(tmpdir(), 'bench-national-'));
  const data = join(DIST, 'indicators');
  cpSync(DIST, folder, { recursive: true, filter: (src) => src !== data && !src.startsWith(`${data}/`) });
  const { territory, indicator } = national({ communes, missing: 0.02 });
  mkdirSync(join(folder, 'indicators'), { recursive: true });
  writeFileSync(join(folder, 'indicators', 'territory.json'), territory);
  mkdirSync(dirname(join(folder, 'indicators', INDICATOR_PATH)), { recursive: true });
  writeFileSync(join(folder, 'indicators', INDICATOR_PATH), indicator);
  return folder;
}

/** In the page: resolves `window.__repaint` to the time from the next `eventType` event to
 * the frame after the first change of an SVG inside a `.chart` (NaN on timeout). */
function arm([eventType, timeout]) {
  window.__repaint = new Promise((resolve) => {
    let start = null;
    addEventListener(eventType, (e) => { if (start === null) start = e.timeStamp; }, { capture: true, once: true });
    // A change counts when it adds or alters something in a connected SVG, inside a `.chart`,
    // that has a path (removals alone, e.g. the old chart being disposed, do not count).
    const drawnSvg = (node) => {
      const el = node && (node.nodeType === 1 ? node : node.parentElement);
      const svg = el && (el.matches('svg') ? el : el.closest('svg') ?? el.querySelector?.('svg'));
      return !!svg && svg.isConnected && !!svg.closest('.chart') && svg.querySelector('path') !== null;
    };
    const observer = new MutationObserver((records) => {
      if (start === null) return;
      const hit = records.some((r) => (r.type === 'childList'
        ? [...r.addedNodes].some((n) => drawnSvg(n))
        : drawnSvg(r.target)));
      if (!hit) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - start);
        channel.port2.postMessage(0);
      });
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    setTimeout(() => { observer.disconnect(); resolve(NaN); }, timeout);
  });
}

async function measure(page, eventType, act) {
  await page.evaluate(arm, [eventType, TIMEOUT]);
  await act();
  const t = await page.evaluate(() => window.__repaint);
  await settle(page);
  return t;
}

async function settle(page) {
  await waitForChartsSettled(page, TIMEOUT).catch(() => {});
  await page.waitForTimeout(300);
}

async function scenario(browser, url, scale) {
  const page = await openPage(browser, DESKTOP);
  page.setDefaultTimeout(TIMEOUT);
  const out = { commune: [], toRanking: [], toTrend: [], yearPicture: [], year: [] };
  try {
    await page.goto(`${url}?v=1&page=indicateur&id=${scale.indicator}`);
    await page.waitForFunction(() => document.querySelector('.chart svg path'), null, { timeout: TIMEOUT });
    await settle(page);
    const box = page.locator('#communes');
    for (let i = 0; i < RUNS; i += 1) {
      await box.click();
      await box.pressSequentially(scale.commune);
      await page.locator('#communes-liste [role="option"]').first().waitFor();
      out.commune.push(await measure(page, 'keydown', () => page.keyboard.press('Enter')));
      await page.locator('.chip button').first().click();
      await settle(page);
    }
    for (let i = 0; i < RUNS; i += 1) {
      out.toRanking.push(await measure(page, 'click', () => page.getByRole('link', { name: 'Classement', exact: true }).click()));
      out.toTrend.push(await measure(page, 'click', () => page.getByRole('link', { name: 'Évolution', exact: true }).click()));
    }
    await page.getByRole('link', { name: 'Classement', exact: true }).click();
    // On the ranking: alternate the last two years, first on its picture (the reader chose
    // the year without reaching for the chart: what a first visit gets), then on the live
    // chart (`settle` makes it live).
    await page.locator('#annee').waitFor();
    await page.locator('.chart .picture svg path').first().waitFor({ state: 'attached' });
    const years = await page.locator('#annee option').evaluateAll((os) => os.map((o) => o.value));
    const year = (i) => years[years.length - 1 - ((i + 1) % 2)];
    for (let i = 0; i < RUNS; i += 1) {
      await page.evaluate(arm, ['input', TIMEOUT]);
      await page.selectOption('#annee', year(i));
      out.yearPicture.push(await page.evaluate(() => window.__repaint));
      await page.waitForTimeout(300);
    }
    await settle(page);
    for (let i = 0; i < RUNS; i += 1) {
      out.year.push(await measure(page, 'input', () => page.selectOption('#annee', year(RUNS + i))));
    }
  } finally {
    await page.context().close();
  }
  return out;
}

export async function run({ browser }) {
  heading(`5. Repaint after an interaction (indicator page, median of ${RUNS})`);
  const rows = [['communes', 'interaction', 'median', 'runs (ms)', 'target']];
  for (const scale of SCALES) {
    const root = scale.communes === 36 ? DIST : nationalDist(scale.communes);
    const server = await startServer({ root });
    try {
      const out = await scenario(browser, server.url, scale);
      for (const [key, label] of [['commune', 'add a commune'], ['toRanking', 'view: trend → ranking'], ['toTrend', 'view: ranking → trend'], ['yearPicture', 'change the year (ranking picture)'], ['year', 'change the year (live ranking)']]) {
        const m = median(out[key]);
        const ok = m <= scale.target;
        rows.push([scale.communes.toLocaleString('en'), label, ms(m), out[key].map((x) => x.toFixed(0)).join(' '), `${ok ? '✓' : '✗'} ≤ ${scale.target} ms`]);
        record('repaint', `${scale.communes.toLocaleString('en')} communes: ${label}`, ms(m), `≤ ${scale.target} ms`, ok);
      }
    } catch (e) {
      rows.push([scale.communes.toLocaleString('en'), 'failed', '', String(e.message).split('\n')[0], '✗']);
      record('repaint', `${scale.communes.toLocaleString('en')} communes`, 'failed', `≤ ${scale.target} ms`, false);
    } finally {
      await server.close();
      if (root !== DIST) rmSync(root, { recursive: true, force: true });
    }
  }
  table(rows, { right: [2] });
}
