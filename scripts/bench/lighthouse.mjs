// Lighthouse (npm `lighthouse`, run programmatically) on the overview and an indicator page,
// mobile (Lighthouse's default: simulated slow 4G and 4x CPU) and desktop presets, against
// Debian's Chromium launched by chrome-launcher (never downloaded), with dist/ served like a
// production host (scripts/serve.mjs `production`: brotli + cache headers). Only localhost
// is contacted. The server has every file compressed before the first run (a production host
// serves them precompressed; compressing on the first request would slow the first run
// alone), and each page and preset is run RUNS times: the run with the median score is shown.
import { readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { launch as launchChrome } from 'chrome-launcher';
import { serve, DIST } from '../../tests/e2e/support.mjs';
import { PAGES } from './pages.mjs';
import { record, table, ms, heading } from './report.mjs';

export const TARGET_SCORE = 95;
export const TARGET_CLS = 0.02;
export const RUNS = 3;

/** Every file of `dir`, relative to it. */
const files = (dir) => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? files(path).map((f) => join(name, f)) : [name];
});

/** Asks the server for every file once, with brotli, so that it has them compressed. */
async function warm(server) {
  for (const file of files(DIST)) {
    const response = await fetch(server.url + file.split(sep).join('/'), { headers: { 'accept-encoding': 'br' } });
    await response.arrayBuffer();
  }
}

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

export async function run() {
  heading(`3. Lighthouse (performance), production-like server (brotli, cache headers), median of ${RUNS} runs`);
  const server = await serve({ production: true });
  await warm(server);
  const chrome = await launchChrome({ chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium', chromeFlags: FLAGS, logLevel: 'silent' });
  const rows = [['page', 'preset', 'score', `scores (${RUNS} runs)`, 'FCP', 'LCP', 'TBT', 'CLS (worst)', 'targets (mobile)']];
  try {
    for (const { name, query } of PAGES) {
      for (const preset of ['mobile', 'desktop']) {
        const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] };
        const runs = [];
        for (let i = 0; i < RUNS; i += 1) {
          const { lhr } = await lighthouse(server.url + query, flags, preset === 'desktop' ? desktopConfig : undefined);
          if (lhr.runtimeError) throw new Error(`Lighthouse ${name} ${preset}: ${lhr.runtimeError.message}`);
          runs.push(lhr);
        }
        runs.sort((a, b) => (a.categories.performance.score ?? 0) - (b.categories.performance.score ?? 0));
        const lhr = runs[(RUNS - 1) >> 1];
        const scores = runs.map((r) => Math.round((r.categories.performance.score ?? 0) * 100));
        const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
        const score = Math.round((lhr.categories.performance.score ?? 0) * 100);
        // The CLS target holds for every run: the worst is shown.
        const cls = Math.max(...runs.map((r) => r.audits['cumulative-layout-shift']?.numericValue ?? NaN));
        const [fcp, lcp, tbt] = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time'].map(audit);
        const mobile = preset === 'mobile';
        const scoreOk = mobile ? score >= TARGET_SCORE : null;
        const clsOk = mobile ? cls < TARGET_CLS : null;
        rows.push([name, preset, score, scores.join(' '), ms(fcp), ms(lcp), ms(tbt), cls.toFixed(3),
          mobile ? `${scoreOk ? '✓' : '✗'} score ≥ ${TARGET_SCORE}, ${clsOk ? '✓' : '✗'} CLS < ${TARGET_CLS}` : '']);
        record('lighthouse', `${name} ${preset}: score`, score, mobile ? `≥ ${TARGET_SCORE}` : '', scoreOk);
        record('lighthouse', `${name} ${preset}: FCP / LCP / TBT`, `${ms(fcp)} / ${ms(lcp)} / ${ms(tbt)}`);
        record('lighthouse', `${name} ${preset}: CLS`, cls.toFixed(3), mobile ? `< ${TARGET_CLS}` : '', clsOk);
      }
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  table(rows, { right: [2, 4, 5, 6, 7] });
}
