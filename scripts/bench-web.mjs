// Measures the first view of the built dashboard (dist/) in headless Chromium and prints:
// - the first-view weight: every resource the overview fetches, brotli-compressed (quality
//   11, as a static host would serve it), per resource and in total;
// - the time from navigation to the first chart drawn, unthrottled and with the CPU
//   throttled 4x (Chrome DevTools Protocol), median of 5 runs each.
// Usage: node scripts/bench-web.mjs [query]   (after `make build`)
import { brotliCompressSync, constants } from 'node:zlib';
import { launch, serve, openPage, DESKTOP } from '../tests/e2e/support.mjs';

const query = process.argv[2] ?? '';
const RUNS = 5;
const browser = await launch();
const server = await serve();

async function firstView(throttle) {
  const page = await openPage(browser, DESKTOP);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const pending = [];
  page.on('response', (r) => {
    pending.push(r.body().then((body) => ({ url: r.url(), body }), () => null));
  });
  await page.goto(server.url + query);
  const ms = await page.evaluate(() => new Promise((done) => {
    const check = () => {
      const drawn = [...document.querySelectorAll('.chart')].some((el) => el.querySelector('svg path'));
      if (drawn) done(performance.now()); else requestAnimationFrame(check);
    };
    check();
  }));
  await page.waitForLoadState('networkidle');
  const bodies = (await Promise.all(pending)).filter(Boolean);
  await page.context().close();
  return { ms, bodies };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
for (const throttle of [1, 4]) {
  const times = [];
  let bodies = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await firstView(throttle);
    times.push(run.ms);
    bodies = run.bodies;
  }
  rows.push({ throttle, times, bodies });
}

const weights = rows[0].bodies.map(({ url, body }) => ({
  path: new URL(url).pathname.replace(/^\//, '') || 'index.html',
  raw: body.length,
  brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
})).sort((a, b) => b.brotli - a.brotli);
const pad = (s, n) => String(s).padStart(n);
console.log(`First view of ${server.url}${query}\n`);
console.log(`${'resource'.padEnd(52)}${pad('raw bytes', 12)}${pad('brotli', 10)}`);
for (const w of weights) console.log(`${w.path.slice(0, 51).padEnd(52)}${pad(w.raw, 12)}${pad(w.brotli, 10)}`);
const total = (k) => weights.reduce((s, w) => s + w[k], 0);
console.log(`${`total (${weights.length} requests)`.padEnd(52)}${pad(total('raw'), 12)}${pad(total('brotli'), 10)}\n`);
for (const r of rows) {
  console.log(`navigation → first chart, CPU ${r.throttle}x: median ${median(r.times).toFixed(0)} ms (runs: ${r.times.map((t) => t.toFixed(0)).join(', ')})`);
}
await browser.close();
await server.close();
