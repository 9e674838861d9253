// Time from navigation to the first chart drawn (an `svg path` inside a `.chart`), for the
// dashboard's pages and for the floor page (ECharts alone, scripts/bench/floor.mjs), in
// headless Chromium with the cache disabled, unthrottled and with the CPU throttled 4x
// (CDP Emulation.setCPUThrottlingRate). Runs alternate page by page; median of RUNS each.
// For the dashboard's pages, a second table says where the time goes, from the app's User
// Timing marks (src/timing.rs) and the resource timings: the WebAssembly downloaded, started,
// mounted, the territory checked, the last data file of the first view computed, the first
// chart's drawing started.
import { openPage, DESKTOP } from '../../tests/e2e/support.mjs';
import { PAGES, watchFirstChart } from './pages.mjs';
import { record, table, median, ms, ratio, heading } from './report.mjs';

export const RUNS = 7;
export const TARGET = 1.2;
const THROTTLES = [1, 4];

async function firstChart(browser, url, throttle) {
  const page = await openPage(browser, DESKTOP);
  await page.addInitScript(watchFirstChart);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__firstChart !== null, null, { timeout: 60000, polling: 100 });
    return await page.evaluate(steps);
  } finally {
    await page.context().close();
  }
}

/** In the page: the first chart's time and the steps before it (ms from navigation). */
function steps() {
  const chart = window.__firstChart;
  const before = (e) => e.startTime <= chart;
  const marks = performance.getEntriesByType('mark').filter(before);
  const named = (name) => (m) => (name.endsWith(' ') ? m.name.startsWith(`en-action:${name}`) : m.name === `en-action:${name}`);
  const last = (name) => Math.max(...marks.filter(named(name)).map((m) => m.startTime));
  const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
  return {
    chart,
    steps: {
      'wasm downloaded': wasm ? wasm.responseEnd : NaN,
      started: last('start'),
      mounted: last('mounted'),
      'territory checked': last('territory-checked'),
      'data computed': last('computed '),
      'chart drawing': last('chart-draw') > 0 ? last('chart-draw') : chart,
    },
  };
}

const STEPS = ['wasm downloaded', 'started', 'mounted', 'territory checked', 'data computed', 'chart drawing'];

export async function run({ browser, server }) {
  heading(`2. Navigation → first chart drawn (median of ${RUNS}, cache disabled)`);
  const targets = [...PAGES, { name: 'floor', query: 'bench-floor/' }];
  const rows = [['page', 'CPU', 'median', 'runs (ms)', 'dashboard/floor', 'target']];
  const stepRows = [['page', 'CPU', ...STEPS, 'first chart']];
  for (const throttle of THROTTLES) {
    const times = Object.fromEntries(targets.map((t) => [t.name, []]));
    const stepTimes = Object.fromEntries(PAGES.map((t) => [t.name, []]));
    for (let i = 0; i < RUNS; i += 1) {
      // Alternate: overview, floor, indicator, floor… so that drift hits both alike.
      for (const t of PAGES) {
        const measured = await firstChart(browser, server.url + t.query, throttle);
        times[t.name].push(measured.chart);
        stepTimes[t.name].push(measured.steps);
        times.floor.push((await firstChart(browser, `${server.url}bench-floor/`, throttle)).chart);
      }
    }
    for (const t of PAGES) {
      stepRows.push([t.name, `${throttle}×`, ...STEPS.map((s) => ms(median(stepTimes[t.name].map((x) => x[s]).filter(Number.isFinite)))), ms(median(times[t.name]))]);
    }
    const floor = median(times.floor);
    for (const t of targets) {
      const m = median(times[t.name]);
      const r = m / floor;
      const isFloor = t.name === 'floor';
      const ok = isFloor ? null : r <= TARGET;
      rows.push([t.name, `${throttle}×`, ms(m), times[t.name].map((x) => x.toFixed(0)).join(' '), isFloor ? '' : ratio(r), isFloor ? '' : `${ok ? '✓' : '✗'} ≤ ${TARGET}×`]);
      record('first chart', `${t.name}, CPU ${throttle}×`, isFloor ? ms(m) : `${ms(m)} = ${ratio(r)} floor`, isFloor ? '' : `≤ ${TARGET}× floor`, ok);
    }
  }
  table(rows, { right: [2, 4] });
  console.log('\nWhere the time goes (medians, ms from navigation; the app\'s marks, src/timing.rs):\n');
  table(stepRows, { right: [2, 3, 4, 5, 6, 7, 8] });
}
