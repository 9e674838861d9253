// Measures the staff workbench on a national-scale file, in headless Chromium on the built
// dashboard (dist/), and prints:
// - the time to check a 35,000-commune territory file and a 35,000-commune ratio indicator
//   over 15 years with 2 % of values missing (about 11 MB together), from giving the files to
//   the input to both reports shown (checked in the Web Worker);
// - the longest task of the page's main thread meanwhile (the page never freezes if it is
//   short);
// - the time from « Voir le tableau de bord avec ces fichiers » to the indicator's chart drawn
//   with those files (the preview).
// Median of 3 runs. Usage: node scripts/bench-workbench.mjs   (after `make build`)
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serve, openPage, DESKTOP } from '../tests/e2e/support.mjs';
import { national, YEARS } from './bench/national.mjs';

const COMMUNES = 35_000;
const RUNS = 3;
const { territory, indicator } = national({ communes: COMMUNES, missing: 0.02 });
const megabytes = (territory.length + indicator.length) / 1e6;
// Given as files on disk, as a person picks them (a buffer would be decoded by Playwright's
// script in the page, a long task that is not the dashboard's).
const folder = mkdtempSync(join(tmpdir(), 'atelier-'));
writeFileSync(join(folder, 'territory.json'), territory);
writeFileSync(join(folder, 'taux.json'), indicator);

const browser = await launch();
const server = await serve();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = [];
for (let run = 0; run < RUNS; run += 1) {
  const page = await openPage(browser, DESKTOP);
  await page.goto(`${server.url}?v=1&page=atelier`);
  await page.getByRole('heading', { name: 'Atelier des données' }).waitFor();
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration); })
      .observe({ type: 'longtask', buffered: false });
  });
  const start = Date.now();
  await page.locator('#atelier-fichiers').setInputFiles([join(folder, 'territory.json'), join(folder, 'taux.json')]);
  await page.getByText('2 fichiers vérifiés').waitFor({ timeout: 300000 });
  const check = Date.now() - start;
  const longest = await page.evaluate(() => window.__longest);
  const summary = await page.locator('article.file-report', { hasText: 'taux.json' }).locator('.file-report__summary').innerText();
  const previewStart = Date.now();
  await page.getByRole('button', { name: 'Voir le tableau de bord avec ces fichiers' }).click();
  await page.evaluate(() => { history.pushState(null, '', '?v=1&page=indicateur&id=taux'); dispatchEvent(new PopStateEvent('popstate')); });
  await page.waitForFunction(() => document.querySelector('.chart svg path'), null, { timeout: 300000 });
  const preview = Date.now() - previewStart;
  results.push({ check, longest, preview, summary });
  await page.context().close();
}
await browser.close();
await server.close();
rmSync(folder, { recursive: true });

const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(`Atelier, ${COMMUNES.toLocaleString('fr-FR')} communes × ${YEARS.length} ans, 2 % de valeurs manquantes (${megabytes.toFixed(1)} Mo), médiane de ${RUNS} :`);
console.log(`  vérification (territoire + indicateur, dans le worker) : ${fmt(median(results.map((r) => r.check)))}`);
console.log(`  plus longue tâche de la page pendant ce temps      : ${Math.round(median(results.map((r) => r.longest)))} ms`);
console.log(`  aperçu jusqu'au graphique de l'indicateur           : ${fmt(median(results.map((r) => r.preview)))}`);
console.log(`  rapport : ${results[0].summary}`);
