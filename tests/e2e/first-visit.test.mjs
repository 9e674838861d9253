// A first visit. The service worker keeps the whole application for offline use (both
// editions and ECharts, about 1 MB compressed): it is registered once the first view is in
// and the page is idle (registered at the app's mount, its install took the network and the
// processor from the page: the overview's first chart came 130 ms later at CPU 4x), and its
// install takes the files the page has just downloaded from the HTTP cache, as a file named
// by its content's hash never changes (asked again of the server, the first-view WebAssembly
// was downloaded twice). Served as a production host serves: hashed names cached for good.
// (A returning visitor's worker is registered at once: offline.test.mjs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { launch, openPage, closePage, DIST, DESKTOP } from './support.mjs';
import { startServer, isHashed } from '../../scripts/serve.mjs';
import { watchFirstChart } from '../../scripts/bench/pages.mjs';

let browser, server;
before(async () => {
  browser = await launch();
  server = await startServer({ root: DIST, production: true });
  // Compressed once beforehand, as a host serves them (the first compression takes seconds).
  for (const file of readdirSync(DIST).filter((f) => /\.(wasm|js|css)$/.test(f))) {
    await fetch(`${server.url}${file}`, { headers: { 'accept-encoding': 'br' } }).then((r) => r.arrayBuffer());
  }
});
after(async () => { await browser?.close(); await server?.close(); });

for (const [name, query] of [['the overview', ''], ['an indicator page', '?v=1&page=indicateur&id=chomage']]) {
  test(`a first visit to ${name}: the service worker comes after the first chart, and no file is downloaded twice`, async () => {
    const page = await openPage(browser, DESKTOP, { serviceWorkers: 'allow' });
    await page.addInitScript(watchFirstChart);
    await page.addInitScript(() => {
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = function (...args) {
        window.__registered ??= performance.now();
        return register.apply(this, args);
      };
    });
    const from = server.requests.length;
    await page.goto(`${server.url}${query}`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
    const { chart, registered } = await page.evaluate(() => ({ chart: window.__firstChart, registered: window.__registered }));
    assert.ok(chart !== null, 'a chart was drawn');
    assert.ok(registered > chart, `the worker was registered at ${Math.round(registered)} ms, the first chart drawn at ${Math.round(chart)} ms`);
    const requests = server.requests.slice(from);
    const hashed = requests.filter(isHashed);
    assert.ok(hashed.some((p) => p.endsWith('_bg.wasm')), 'the WebAssembly was downloaded');
    assert.deepEqual(hashed.filter((p, i) => hashed.indexOf(p) !== i), [], 'downloaded twice');
    assert.deepEqual(page.errors, []);
    await closePage(page);
  });
}
