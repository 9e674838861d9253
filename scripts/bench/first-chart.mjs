// Time from navigation to the first chart drawn (an `svg path` inside a `.chart`), for the
// dashboard's pages and for the floor page (ECharts alone, scripts/bench/floor.mjs), in
// headless Chromium with the cache disabled, unthrottled and with the CPU throttled 4x
// (CDP Emulation.setCPUThrottlingRate). Runs alternate page by page; median of RUNS each.
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
    return await page.evaluate(() => window.__firstChart);
  } finally {
    await page.context().close();
  }
}

export async function run({ browser, server }) {
  heading(`2. Navigation → first chart drawn (median of ${RUNS}, cache disabled)`);
  const targets = [...PAGES, { name: 'floor', query: 'bench-floor/' }];
  const rows = [['page', 'CPU', 'median', 'runs (ms)', 'dashboard/floor', 'target']];
  for (const throttle of THROTTLES) {
    const times = Object.fromEntries(targets.map((t) => [t.name, []]));
    for (let i = 0; i < RUNS; i += 1) {
      // Alternate: overview, floor, indicator, floor… so that drift hits both alike.
      for (const t of PAGES) {
        times[t.name].push(await firstChart(browser, server.url + t.query, throttle));
        times.floor.push(await firstChart(browser, `${server.url}bench-floor/`, throttle));
      }
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
}
