// The Content Security Policy of the build: present, strict, effective, and violated by
// nothing the dashboard does (every page and view, tooltips, downloads, phone and desktop).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  launch, serve, openPage, closePage, waitForLoaded, waitForChart, communeCode, unexpectedErrors, DIST, DESKTOP, PHONE, PROJECTOR,
} from './support.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const LENS = communeCode('Lens');
const LIEVIN = communeCode('Liévin');
const PAGES = [
  '?v=1',
  '?v=1&page=indicateur&id=chomage',
  `?v=1&page=indicateur&id=chomage&communes=${LENS},${LIEVIN}&vue=tendance`,
  '?v=1&page=indicateur&id=chomage&vue=classement',
  '?v=1&page=indicateur&id=chomage&vue=carte',
  '?v=1&page=indicateur&id=chomage&vue=tableau',
  `?v=1&page=indicateur&id=logements_commences&hab=1&communes=${LENS}`,
  '?v=1&page=indicateur&id=emplois&base100=1',
  `?v=1&page=commune&communes=${LIEVIN}`,
  '?v=1&page=accessibilite',
  '?v=1&page=mentions-legales',
  '?v=1&page=plan-du-site',
  '?v=1&page=donnees',
];

/** A page that records every CSP violation into window.__violations. */
async function watchedPage(viewport, options = {}) {
  const page = await openPage(browser, viewport, { acceptDownloads: true, ...options });
  page.violations = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) page.violations.push(m.text()); });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return page;
}

const violations = async (page) => [...page.violations, ...await page.evaluate(() => window.__violations)];

test('the built index.html carries a strict policy with the hash of its inline loader', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
  assert.ok(meta, 'a CSP meta tag');
  assert.ok(html.indexOf(meta[0]) < html.indexOf('<script'), 'before any script');
  const directives = Object.fromEntries(meta[1].split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives['default-src'], ["'self'"]);
  assert.deepEqual(directives['script-src'].slice(0, 2), ["'self'", "'wasm-unsafe-eval'"]);
  assert.ok(directives['script-src'].slice(2).every((s) => /^'sha256-[A-Za-z0-9+/=]{44}'$/.test(s)), directives['script-src'].join(' '));
  assert.equal(directives['script-src'].length, 3, 'one hash: the boot script (it loads the edition and ECharts)');
  assert.deepEqual(directives['style-src'], ["'self'"]);
  assert.deepEqual(directives['connect-src'], ["'self'"]);
  assert.deepEqual(directives['img-src'], ["'self'", 'data:', 'blob:']);
  assert.deepEqual(directives['object-src'], ["'none'"]);
  assert.deepEqual(directives['base-uri'], ["'none'"]);
  assert.deepEqual(directives['form-action'], ["'none'"]);
  for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'"]) assert.ok(!meta[1].includes(unsafe), unsafe);
});

for (const [label, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`no violation on any page or view (${label}), tooltips included`, async () => {
    const page = await watchedPage(viewport);
    for (const query of PAGES) {
      await page.goto(server.url + query);
      await waitForLoaded(page);
      const chart = page.locator('.chart:not(.chart--spark)').first();
      if (await chart.count()) {
        await waitForChart(page, '.chart:not(.chart--spark)');
        const box = await chart.boundingBox();
        await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
        await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.4);
        await page.waitForTimeout(150);
      }
      assert.deepEqual(await violations(page), [], query);
    }
    assert.deepEqual(unexpectedErrors(page), []);
    await closePage(page);
  });
}

test('no violation when downloading CSV, SVG and PNG', async () => {
  const page = await watchedPage(DESKTOP);
  await page.goto(`${server.url}?v=1&page=indicateur&id=chomage&communes=${LIEVIN}`);
  await waitForChart(page);
  for (const name of ['Données affichées (CSV)', 'Indicateur complet (CSV)', 'Graphique (SVG)', 'Graphique (PNG)']) {
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 10000 }),
      page.getByRole('button', { name, exact: true }).click(),
    ]);
    assert.ok(file.suggestedFilename(), name);
  }
  assert.deepEqual(await violations(page), []);
  await closePage(page);
});

test('the policy is enforced: no string eval, no injected inline script, handler or style', async () => {
  const page = await watchedPage(DESKTOP);
  await page.goto(server.url);
  await waitForLoaded(page);
  await page.evaluate(() => {
    // (Playwright's own evaluation is exempt from the policy; what it inserts is not.)
    const s = document.createElement('script');
    s.textContent = 'window.__injected = 1';
    document.body.append(s);
    const img = document.createElement('div');
    img.innerHTML = '<img src="data:," onerror="window.__handler = 1" alt="">';
    document.body.append(img);
    try { setTimeout('window.__timer = 1', 0); } catch { /* refused */ }
    const styled = document.createElement('p');
    styled.setAttribute('style', 'color: rgb(255, 0, 0)');
    styled.id = 'styled';
    document.body.append(styled);
  });
  await page.waitForTimeout(200);
  const state = await page.evaluate(() => ({
    injected: window.__injected, handler: window.__handler, timer: window.__timer,
    colour: getComputedStyle(document.getElementById('styled')).color,
  }));
  assert.equal(state.injected, undefined, 'an injected inline script does not run');
  assert.equal(state.handler, undefined, 'an inline event handler does not run');
  assert.equal(state.timer, undefined, 'a string timer does not run');
  assert.notEqual(state.colour, 'rgb(255, 0, 0)', 'an inline style attribute is not applied');
  const found = await violations(page);
  assert.ok(found.some((v) => v.startsWith('script-src')), found.join('\n'));
  assert.ok(found.some((v) => v.startsWith('style-src')), found.join('\n'));
  await closePage(page);
});

test('no violation on the workbench, in its Web Worker, and in its preview', async () => {
  const page = await watchedPage(DESKTOP);
  await page.goto(`${server.url}?v=1&page=atelier`);
  await waitForLoaded(page);
  const no2 = readFileSync(join(DIST, 'indicators/respirer/no2.json'), 'utf8');
  await page.locator('#atelier-fichiers').setInputFiles([
    { name: 'no2.json', mimeType: 'application/json', buffer: Buffer.from(no2.replace('22.1, 21.1', '22,1, 21.1')) },
    { name: 'export.csv', mimeType: 'text/csv', buffer: Buffer.from('commune;2023\nLens;3\n') },
  ]);
  await page.getByText('2 fichiers vérifiés').waitFor();
  assert.ok(page.workers().length > 0, 'the check ran in the worker');
  await page.getByRole('button', { name: 'Voir le tableau de bord avec ces fichiers' }).click();
  await page.getByText('Aperçu : fichiers non publiés').waitFor();
  await waitForChart(page, '.chart:not(.chart--spark)').catch(() => {});
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(unexpectedErrors(page), []);
  await closePage(page);
});

test('no violation in a presentation (both themes, kiosk, dialogs), its service worker, print and embed', async () => {
  const page = await watchedPage(PROJECTOR, { serviceWorkers: 'allow' });
  await page.goto(`${server.url}?v=1&page=presentation&fichier=conseil-communautaire&auto=60`);
  await page.locator('.presentation__counter').waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  for (let i = 0; i < 7; i++) {
    await page.waitForFunction(() => !document.querySelector('.presentation__slide .loading'));
    await page.keyboard.press('ArrowRight');
  }
  for (const key of ['c', 'Escape', 'h', 'Escape', 'b', 'b']) await page.keyboard.press(key);
  await page.getByRole('button', { name: 'Thème sombre' }).click();
  await page.getByRole('button', { name: 'Hors ligne' }).click();
  await page.getByRole('button', { name: /^Les fichiers de cette présentation/ }).click();
  await page.locator('.prepare__done').waitFor({ timeout: 30000 });
  await page.goto(`${server.url}?v=1&page=indicateur&id=no2&integrer=1`);
  await waitForChart(page);
  await page.emulateMedia({ media: 'print' });
  await page.waitForTimeout(200);
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(unexpectedErrors(page), []);
  await closePage(page);
});
