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
async function trace(name, act) {
  const ev = name === 'year' ? 'input' : 'click';
  await page.evaluate(arm, [ev, 60000]);
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await act();
  const took = await page.evaluate(() => window.__repaint);
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await done;
  await waitForChartsSettled(page, 120000).catch(() => {});
  await page.waitForTimeout(300);
  // main renderer thread: the one with most EventDispatch
  const counts = {};
  for (const e of events) if (e.name === 'EventDispatch') counts[e.tid] = (counts[e.tid] ?? 0) + 1;
  const tid = Number(Object.entries(counts).sort((a, b) => b[1] - a[1])[0]?.[0]);
  const disp = events.filter((e) => e.tid === tid && e.name === 'EventDispatch' && e.args?.data?.type === ev);
  const t0 = disp.length ? disp[disp.length - 1].ts : 0;
  const sums = {};
  for (const e of events) if (e.tid === tid && e.ph === 'X' && e.ts >= t0 && e.ts <= t0 + took * 1000) sums[e.name] = (sums[e.name] ?? 0) + (e.dur ?? 0) / 1000;
  console.log('trace', name, took.toFixed(0), Object.entries(sums).sort((a, b) => b[1] - a[1]).slice(0, 14).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(' | '));
  const tl = events.filter((e) => e.tid === tid && e.ph === 'X' && e.ts >= t0 && e.ts <= t0 + took * 1000 && (e.dur ?? 0) > 2000 && ['FunctionCall','EventDispatch','Layout','UpdateLayoutTree','Paint','TimerFire','FireAnimationFrame','RunMicrotasks','v8.callFunction','ParseHTML','PrePaint','Layerize','Commit'].includes(e.name));
  for (const e of tl) console.log(`   +${((e.ts - t0) / 1000).toFixed(1)} ${e.name} ${(e.dur / 1000).toFixed(1)} ${e.args?.data?.type ?? e.args?.data?.functionName ?? ''}`);
}
async function prof(name, act) {
  const ev = name === 'year' ? 'input' : name === 'commune' ? 'keydown' : 'click';
  await page.evaluate(arm, [ev, 60000]);
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await act();
  const took = await page.evaluate(() => window.__repaint);
  const { profile } = await cdp.send('Profiler.stop');
  await waitForChartsSettled(page, 120000).catch(() => {});
  await page.waitForTimeout(300);
  console.log('repaint', name, took.toFixed(0));
  writeFileSync(`/tmp/prof/${name}.cpuprofile`, JSON.stringify(profile));
  // self time by function
  const self = new Map();
  const dt = profile.timeDeltas;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((s, i) => { const n = byId.get(s); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000); });
  const cat = {};
  for (const [k, v] of self) { const c = k.includes('wasm-function') ? 'wasm' : k.includes('echarts') ? 'echarts' : k.includes('en-action-app') ? 'glue' : k.split(' ')[0]; cat[c] = (cat[c] ?? 0) + v; }
  console.log(Object.entries(cat).sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(' | '));
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 12);
  console.log(`== ${name} (${Date.now() - t0} ms wall)`);
  for (const [k, v] of top) console.log(v.toFixed(1).padStart(8), k);
}
for (let k = 0; k < 2; k += 1) {
await trace('toRanking', () => page.getByRole('link', { name: 'Classement', exact: true }).click());
const years = await page.locator('#annee option').evaluateAll((os) => os.map((o) => o.value));
await trace('year', () => page.selectOption('#annee', years[years.length - 2 + k]));
await trace('toTrend', () => page.getByRole('link', { name: 'Évolution', exact: true }).click());
}
await browser.close();
await server.close();
