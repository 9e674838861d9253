// Shared set-up of the browser tests: Debian's Chromium driven by playwright-core, the built
// dist/ served on 127.0.0.1, console errors collected.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = process.env.DIST ?? join(ROOT, 'dist');
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1366, height: 768 };
export const PROJECTOR = { width: 1920, height: 1080 };

export async function launch() {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `make build` first');
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export const serve = (options = {}) => startServer({ root: DIST, ...options });

/** A new page at `viewport` that records console errors and page errors in `page.errors`. */
export async function openPage(browser, viewport = DESKTOP, options = {}) {
  const context = await browser.newContext({ viewport, locale: 'fr-FR', ...options });
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  return page;
}

/** Waits until the chart in `selector` has an ECharts instance with drawn series. */
export async function waitForChart(page, selector = '.chart') {
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    const chart = el && window.echarts.getInstanceByDom(el);
    return chart && chart.getOption().series.length > 0 && el.querySelector('svg path');
  }, selector, { timeout: 20000 });
}

/** The series of the chart in `selector`: [{ name, data }]. */
export function chartSeries(page, selector = '.chart') {
  return page.evaluate((sel) => {
    const chart = window.echarts.getInstanceByDom(document.querySelector(sel));
    return chart.getOption().series.map((s) => ({ name: s.name, type: s.type, data: s.data }));
  }, selector);
}
