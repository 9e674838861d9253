// First-view weight: every resource a page fetches until its first chart is drawn and the
// network is idle (service worker blocked, cache disabled), compressed with brotli quality 11
// as a static host would serve it, summed by kind.
import { brotliCompressSync, constants } from 'node:zlib';
import { openPage, DESKTOP } from '../../tests/e2e/support.mjs';
import { PAGES, KINDS, kindOf, watchFirstChart } from './pages.mjs';
import { record, table, kB, heading } from './report.mjs';

export const TARGET = 300_000;
const brotli = (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

async function load(browser, url) {
  const page = await openPage(browser, DESKTOP);
  await page.addInitScript(watchFirstChart);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const pending = [];
  page.on('response', (r) => {
    pending.push(r.body().then((body) => ({ url: r.url(), type: r.headers()['content-type'] ?? '', body }), () => null));
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__firstChart !== null, null, { timeout: 60000 });
  await page.waitForLoadState('networkidle');
  const bodies = (await Promise.all(pending)).filter(Boolean);
  await page.context().close();
  return bodies;
}

export async function run({ browser, server }) {
  heading('1. First-view bytes (brotli q11), by kind');
  const rows = [['page', ...KINDS, 'total', 'requests', 'target']];
  const files = [];
  for (const { name, query } of PAGES) {
    const bodies = await load(browser, server.url + query);
    const byKind = Object.fromEntries(KINDS.map((k) => [k, 0]));
    for (const b of bodies) {
      const size = brotli(b.body);
      const kind = kindOf(b.url, b.type);
      byKind[kind] += size;
      files.push([name, kind, new URL(b.url).pathname.replace(/^.*\//, '') || 'index.html', b.body.length, size]);
    }
    const total = KINDS.reduce((s, k) => s + byKind[k], 0);
    const ok = total <= TARGET;
    rows.push([name, ...KINDS.map((k) => kB(byKind[k])), kB(total), bodies.length, `${ok ? '✓' : '✗'} ≤ ${kB(TARGET)}`]);
    for (const k of KINDS) if (byKind[k] > 0) record('first view bytes', `${name}: ${k}`, kB(byKind[k]));
    record('first view bytes', `${name}: total`, kB(total), `≤ ${kB(TARGET)}`, ok);
  }
  table(rows, { right: [1, 2, 3, 4, 5, 6, 7, 8] });
  console.log('\nper resource (raw bytes, brotli bytes):');
  table([['page', 'kind', 'resource', 'raw', 'brotli'], ...files], { right: [3, 4] });
}
