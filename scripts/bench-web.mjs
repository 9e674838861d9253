// The dashboard's web benchmarks, in headless Chromium on the built dist/ (run `make build`
// first; `make bench` does). Each part is a module of scripts/bench/; each prints its own
// table, then one summary puts every figure next to its target (✓ met, ✗ missed):
//   bytes        first-view bytes by kind, brotli q11 (overview, indicator page)
//   first-chart  navigation → first chart drawn, against a floor page (ECharts alone),
//                CPU 1× and 4×
//   lighthouse   Lighthouse mobile and desktop, production-like server
//   compute      parse + validate + aggregate + trends + ranking: Wasm core vs JS vs arquero
//   repaint      interaction → chart repainted, 36 and 35,000 communes
// Usage: node scripts/bench-web.mjs [part …]   (no part: all, in this order)
import { launch, serve } from '../tests/e2e/support.mjs';
import { summary } from './bench/report.mjs';
import { floorOverrides } from './bench/floor.mjs';

const PARTS = ['bytes', 'first-chart', 'lighthouse', 'compute', 'repaint'];
const asked = process.argv.slice(2);
const unknown = asked.filter((p) => !PARTS.includes(p));
if (unknown.length) {
  console.error(`unknown part(s): ${unknown.join(', ')}; choose among ${PARTS.join(', ')}`);
  process.exit(2);
}
const parts = asked.length ? PARTS.filter((p) => asked.includes(p)) : PARTS;

const browser = await launch();
const server = await serve({ overrides: await floorOverrides() });
let failed = false;
try {
  for (const part of parts) {
    const started = Date.now();
    const module = await import(`./bench/${part}.mjs`);
    try {
      await module.run({ browser, server });
    } catch (e) {
      failed = true;
      console.log(`✗ ${part} failed: ${e.stack ?? e}`);
    }
    console.log(`(${part}: ${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
} finally {
  await browser.close();
  await server.close();
}
summary();
if (failed) process.exitCode = 1;
