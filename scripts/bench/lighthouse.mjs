// Lighthouse (npm `lighthouse`, run programmatically) on the overview and an indicator page,
// mobile (Lighthouse's default: simulated slow 4G and 4x CPU) and desktop presets, against
// Debian's Chromium launched by chrome-launcher (never downloaded), with dist/ served like a
// production host (scripts/serve.mjs `production`: brotli + cache headers). Only localhost
// is contacted.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { launch as launchChrome } from 'chrome-launcher';
import { serve } from '../../tests/e2e/support.mjs';
import { PAGES } from './pages.mjs';
import { record, table, ms, heading } from './report.mjs';

export const TARGET_SCORE = 95;
export const TARGET_CLS = 0.02;

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

export async function run() {
  heading('3. Lighthouse (performance), production-like server (brotli, cache headers)');
  const server = await serve({ production: true });
  const chrome = await launchChrome({ chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium', chromeFlags: FLAGS, logLevel: 'silent' });
  const rows = [['page', 'preset', 'score', 'FCP', 'LCP', 'TBT', 'CLS', 'targets (mobile)']];
  try {
    for (const { name, query } of PAGES) {
      for (const preset of ['mobile', 'desktop']) {
        const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] };
        const result = await lighthouse(server.url + query, flags, preset === 'desktop' ? desktopConfig : undefined);
        const { lhr } = result;
        if (lhr.runtimeError) throw new Error(`Lighthouse ${name} ${preset}: ${lhr.runtimeError.message}`);
        const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
        const score = Math.round((lhr.categories.performance.score ?? 0) * 100);
        const cls = audit('cumulative-layout-shift');
        const [fcp, lcp, tbt] = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time'].map(audit);
        const mobile = preset === 'mobile';
        const scoreOk = mobile ? score >= TARGET_SCORE : null;
        const clsOk = mobile ? cls < TARGET_CLS : null;
        rows.push([name, preset, score, ms(fcp), ms(lcp), ms(tbt), cls.toFixed(3),
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
  table(rows, { right: [2, 3, 4, 5, 6] });
}
