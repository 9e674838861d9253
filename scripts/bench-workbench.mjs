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

const COMMUNES = 35_000;
const YEARS = Array.from({ length: 15 }, (_, i) => 2010 + i);
const RUNS = 3;

let seed = 0x5eedca11;
const random = () => { seed = (seed * 1103515245 + 12345) >>> 0; return seed / 2 ** 32; };
const between = (lo, hi) => lo + (hi - lo) * random();

const departments = Array.from({ length: 95 }, (_, i) => i + 1).filter((d) => d !== 20);
const codes = Array.from({ length: COMMUNES }, (_, i) => `${String(departments[i % departments.length]).padStart(2, '0')}${String(1 + Math.floor(i / departments.length)).padStart(3, '0')}`);
const source = { name: "Données synthétiques du banc d'essai", licence: 'Licence Ouverte / Etalab 2.0', retrieved: '2026-01-01' };

const territory = JSON.stringify({
  format: 1, name: 'Territoire synthétique', short_name: 'Synthèse', census_years: [2010, 2015, 2021],
  population_source: source,
  communes: codes.map((code, i) => { const base = between(200, 40000); return { code, name: `Commune ${i}`, population: [0, 1, 2].map(() => Math.round(base * between(0.97, 1.03))) }; }),
  axes: [{ id: 'travailler', label: 'Travailler', colour: '#B34700' }],
  indicators: ['travailler/taux.json'],
});
const numerator = {}; const denominator = {};
for (const code of codes) {
  const den = between(100, 20000); const rate = between(0.05, 0.3);
  denominator[code] = YEARS.map(() => Math.round(den * between(0.98, 1.02)));
  numerator[code] = denominator[code].map((d, y) => (random() < 0.02 ? null : Math.round(d * rate * (1 - 0.01 * y))));
}
const indicator = JSON.stringify({
  format: 1, id: 'taux', axis: 'travailler', title: 'Taux synthétique', unit: '%', decimals: 1,
  definition: 'Données générées pour mesurer les temps de calcul.', source, illustrative: true,
  aggregation: 'ratio', scale: 100, range: { min: 0, max: 100 }, direction: 'down', years: YEARS,
  numerator: { label: 'Numérateur', values: numerator }, denominator: { label: 'Dénominateur', values: denominator },
}, null, 1);
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
