// TEMP profiling script (not committed).
import { writeFileSync, mkdirSync, mkdtempSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { launch, openPage, DESKTOP, DIST, waitForChartsSettled } from '../../tests/e2e/support.mjs';
import { startServer } from '../serve.mjs';
import { national, INDICATOR_PATH, INDICATOR_ID } from './national.mjs';

const big = process.argv[2] !== 'small';
let root = DIST;
if (big) {
  root = mkdtempSync(join(tmpdir(), 'prof-national-'));
  const data = join(DIST, 'indicators');
  cpSync(DIST, root, { recursive: true, filter: (src) => src !== data && !src.startsWith(`${data}/`) });
  const { territory, indicator } = national({ communes: 35000, missing: 0.02 });
  mkdirSync(join(root, 'indicators', 'travailler'), { recursive: true });
  writeFileSync(join(root, 'indicators', 'territory.json'), territory);
  writeFileSync(join(root, 'indicators', INDICATOR_PATH), indicator);
}
const id = big ? INDICATOR_ID : 'chomage';
const browser = await launch();
const server = await startServer({ root });
const page = await openPage(browser, DESKTOP);
page.setDefaultTimeout(120000);
page.on('console', (m) => console.log('console:', m.text()));
await page.goto(`${server.url}?v=1&page=indicateur&id=${id}`);
await page.waitForFunction(() => document.querySelector('.chart svg path'), null, { timeout: 120000 });
await waitForChartsSettled(page, 120000).catch(() => {});
await page.waitForTimeout(500);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
async function prof(name, act) {
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await act();
  await page.waitForTimeout(100);
  await waitForChartsSettled(page, 120000).catch(() => {});
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(`/tmp/prof/${name}.cpuprofile`, JSON.stringify(profile));
  // self time by function
  const self = new Map();
  const dt = profile.timeDeltas;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((s, i) => { const n = byId.get(s); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000); });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log(`== ${name} (${Date.now() - t0} ms wall)`);
  for (const [k, v] of top) console.log(v.toFixed(1).padStart(8), k);
}
await prof('toRanking', () => page.getByRole('link', { name: 'Classement', exact: true }).click());
await page.waitForTimeout(500);
const years = await page.locator('#annee option').evaluateAll((os) => os.map((o) => o.value));
await prof('year', () => page.selectOption('#annee', years[years.length - 2]));
await page.waitForTimeout(500);
await prof('toTrend', () => page.getByRole('link', { name: 'Évolution', exact: true }).click());
await browser.close();
await server.close();
