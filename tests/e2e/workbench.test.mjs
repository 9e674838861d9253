// The staff workbench (« Atelier des données », ?v=1&page=atelier): files given to its input
// with the mistakes staff make are checked in a Web Worker and their problems shown grouped,
// with line, column and the source line under a caret; a Windows-1252 CSV is converted into the
// expected JSON file; the preview shows the dashboard with the corrected file, without sending
// it anywhere, and leaving it returns to the published data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  launch, serve, openPage, closePage, waitForChart, chartSeries, readDataText, readData, until, ROOT, DESKTOP, PHONE,
} from './support.mjs';

let browser, server;
before(async () => {
  browser = await launch();
  server = await serve();
});
after(async () => { await browser?.close(); await server?.close(); });

const NO2 = readDataText('respirer/no2.json');
const LENS = '62498';
const json = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

/** The report of file `name`: { verdict, summary, groups: [{ headline, places, excerpts, all }] }. */
function report(page, name) {
  return page.locator('article.file-report', { has: page.locator('h2', { hasText: name }) }).evaluate((card) => ({
    summary: card.querySelector('.file-report__summary')?.innerText ?? '',
    groups: [...card.querySelectorAll('.problem-group')].map((g) => ({
      error: g.classList.contains('problem-group--error'),
      headline: g.querySelector('h3').innerText,
      places: [...g.querySelectorAll('.problem__place')].map((p) => p.innerText),
      excerpts: [...g.querySelectorAll('.problem__excerpt')].map((p) => p.innerText),
    })),
  }));
}

async function openWorkbench(viewport = DESKTOP, options = {}) {
  const page = await openPage(browser, viewport, options);
  await page.goto(`${server.url}?v=1&page=atelier`);
  await page.getByRole('heading', { name: 'Atelier des données' }).waitFor();
  return page;
}

async function allChecked(page, count) {
  await until(() => page.locator('.workbench__status').innerText().then((t) => t.includes(`${count} fichiers vérifiés`) || (count === 1 && t.includes('1 fichier vérifié'))), { timeout: 30000, message: `${count} files checked` });
}

test('the footer links to the workbench', async () => {
  const page = await openPage(browser, DESKTOP);
  await page.goto(server.url);
  await page.getByRole('link', { name: 'Atelier des données' }).click();
  await page.waitForURL(/page=atelier/);
  await page.getByRole('heading', { name: 'Atelier des données', level: 1 }).waitFor();
  await closePage(page);
});

test('mistakes are grouped by kind with their place and the source line under a caret', async () => {
  const page = await openWorkbench();
  const comma = NO2.replace('"62498": [22.1, 21.1', '"62498": [22,1, 21.1');
  const typo = readDataText('habiter/vacance.json').replace('"62510"', '"62501"');
  const chomage = JSON.parse(readDataText('travailler/chomage.json'));
  const addedYear = readDataText('travailler/chomage.json').replace(/"years": \[([^\]]*)\]/, (_, ys) => `"years": [${ys}, ${chomage.years.at(-1) + 1}]`);
  const truncated = readDataText('travailler/emplois.json').slice(0, 700);
  await page.locator('#atelier-fichiers').setInputFiles([
    json('no2.json', comma), json('vacance.json', typo), json('chomage.json', addedYear), json('emplois.json', truncated),
  ]);
  await allChecked(page, 4);
  // Checked off the page's thread.
  assert.ok(page.workers().some((w) => w.url().endsWith('atelier-worker.js')), 'the Web Worker checked the files');

  const no2 = await report(page, 'no2.json');
  assert.match(no2.summary, /À corriger/);
  assert.match(no2.summary, /1 erreur/);
  const line = NO2.split('\n').findIndex((l) => l.includes('"62498"')) + 1;
  const column = NO2.split('\n')[line - 1].indexOf('22.1') + 1;
  assert.match(no2.groups[0].headline, /virgule décimale/i, JSON.stringify(no2));
  assert.match(no2.groups[0].headline, /22\.1/, 'says how to fix it');
  assert.equal(no2.groups[0].places[0], `ligne ${line}, colonne ${column} (values.${LENS})`);
  const [source, caret] = no2.groups[0].excerpts[0].split('\n');
  assert.ok(source.includes('"62498": [22,1, 21.1'), source);
  assert.ok(source.slice(caret.indexOf('^')).startsWith('22,1'), `the caret is under the number with a comma:\n${source}\n${caret}`);

  const vacance = await report(page, 'vacance.json');
  assert.match(vacance.groups[0].headline, /62501 est sans doute 62510 \(Liévin\)/, JSON.stringify(vacance));
  assert.match(vacance.groups[0].places[0], /^ligne \d+, colonne \d+/);

  const added = await report(page, 'chomage.json');
  const years = added.groups.filter((g) => /année a sans doute été ajoutée/.test(g.headline));
  assert.equal(years.length, 1, `one problem at years: ${JSON.stringify(added)}`);

  const cut = await report(page, 'emplois.json');
  assert.match(cut.groups[0].headline, /tronqué/, JSON.stringify(cut));
  assert.match(cut.groups[0].places[0], /^ligne \d+, colonne \d+/);
  assert.deepEqual(page.errors, []);
  await closePage(page);
});

test('the actions file is recognised and checked against the territory\'s indicators', async () => {
  const page = await openWorkbench();
  const actions = readDataText('actions.json');
  const typo = actions.replace('"indicators": ["couverture_bulles", "frequentation_bulles"]', '"indicators": ["couverture_bule", "frequentation_bulles"]');
  assert.notEqual(typo, actions);
  await page.locator('#atelier-fichiers').setInputFiles([json('actions.json', actions), json('projet.json', typo)]);
  await allChecked(page, 2);
  const ok = await report(page, 'actions.json');
  assert.match(ok.summary, /Prêt à publier\nfichier des actions · 0 erreur/, JSON.stringify(ok));
  const wrong = await report(page, 'projet.json');
  assert.match(wrong.summary, /À corriger\nfichier des actions · 1 erreur/, JSON.stringify(wrong));
  assert.match(wrong.groups[0].headline, /couverture_bule/, JSON.stringify(wrong));
  const line = typo.split('\n').findIndex((l) => l.includes('couverture_bule')) + 1;
  assert.match(wrong.groups[0].places[0], new RegExp(`^ligne ${line}, colonne \\d+`));
  assert.deepEqual(page.errors, []);
  await closePage(page);
});

test('long lists are summarised with the full list one click away', async () => {
  const page = await openWorkbench();
  // Every commune loses its first value: one warning per commune, grouped.
  const gaps = NO2.replace(/("\d{5}": \[)[\d.]+/g, '$1null').replace(/"62001": \[null/, '"62001": [14.0');
  await page.locator('#atelier-fichiers').setInputFiles([json('no2.json', gaps)]);
  await allChecked(page, 1);
  const no2 = await report(page, 'no2.json');
  const group = no2.groups.find((g) => /35 communes ont des années sans valeur, par exemple/.test(g.headline));
  assert.ok(group, JSON.stringify(no2.groups.map((g) => g.headline)));
  assert.equal(group.places.length, 3, 'three examples shown');
  await page.getByText('Voir les 35 problèmes de ce type').click();
  const all = await page.locator('.problem__all').innerText();
  assert.equal(all.trim().split('\n').length, 35, all);
  await closePage(page);
});

test('a Windows-1252 CSV becomes the expected JSON file, downloadable', async () => {
  const page = await openWorkbench(DESKTOP, { acceptDownloads: true });
  const csv = readFileSync(join(ROOT, 'tests/fixtures/csv/no2-excel-large.csv'));
  await page.locator('#atelier-fichiers').setInputFiles([{ name: 'no2-export.csv', mimeType: 'text/csv', buffer: csv }]);
  await allChecked(page, 1);
  const card = page.locator('article.file-report', { has: page.locator('h2', { hasText: 'no2-export.csv' }) });
  assert.equal(await card.locator('select').inputValue(), 'respirer/no2.json', 'the indicator is guessed from the name');
  await card.getByRole('button', { name: 'Convertir en fichier JSON' }).click();
  await card.getByText('Lu : encodage Windows-1252 (Excel), séparateur « ; », virgule décimale').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Télécharger no2.json' }).click()]);
  const made = JSON.parse(await readFile(await download.path(), 'utf8'));
  const expected = readData('respirer/no2.json');
  assert.equal(download.suggestedFilename(), 'no2.json');
  assert.deepEqual(made.years, expected.years);
  assert.deepEqual(made.values, expected.values);
  assert.equal(made.title, expected.title);
  // The converted file joins the workbench, checked.
  await allChecked(page, 2);
  assert.match((await report(page, 'no2.json')).summary, /Prêt à publier/);
  await closePage(page);
});

test('the preview shows the corrected file in the chart and the table, sends nothing, and ends', async () => {
  const page = await openWorkbench(PHONE);
  const requests = [];
  page.on('request', (r) => requests.push({ url: r.url(), body: r.postData() ?? '' }));
  const corrected = NO2.replace(/("62498": \[[^\]]*), 15\.4\]/, '$1, 31.7]');
  assert.notEqual(corrected, NO2);
  await page.locator('#atelier-fichiers').setInputFiles([json('no2.json', corrected)]);
  await allChecked(page, 1);
  await page.getByRole('button', { name: 'Voir le tableau de bord avec ces fichiers' }).click();
  const banner = page.getByRole('region', { name: 'Aperçu' });
  await banner.getByText('Aperçu : fichiers non publiés').waitFor();
  assert.match(await banner.innerText(), /respirer\/no2\.json/);

  await page.evaluate(() => { history.pushState(null, '', '?v=1&page=indicateur&id=no2&communes=62498'); dispatchEvent(new PopStateEvent('popstate')); });
  await waitForChart(page);
  const lens = (await chartSeries(page)).find((s) => /Lens/.test(s.name));
  const last = (series) => { const d = series.data.at(-1); return Array.isArray(d) ? d[1] : (d?.value?.[1] ?? d?.value ?? d); };
  assert.equal(Number(last(lens)), 31.7, JSON.stringify(lens.data.at(-1)));
  // The table of the chart's numbers, below it.
  const row = () => page.evaluate(() => [...document.querySelectorAll('.data-table tbody tr')].find((r) => r.querySelector('th')?.textContent === '2024')?.textContent ?? '');
  await until(async () => (await row()).includes('31,7'), { message: 'the previewed value in the table' });

  // Nothing left the browser: no request carries the file's content, nor any body at all.
  assert.ok(requests.every((r) => r.body === ''), JSON.stringify(requests.filter((r) => r.body)));
  assert.ok(requests.every((r) => !r.url.includes('31.7') && !r.url.includes('62498%22')), JSON.stringify(requests.map((r) => r.url)));
  assert.ok(!requests.some((r) => /respirer\/no2\.json/.test(r.url)), 'the published no2.json is not fetched during the preview');

  await banner.getByRole('button', { name: "Quitter l'aperçu" }).click();
  await until(async () => (await page.getByRole('region', { name: 'Aperçu' }).count()) === 0, { message: 'the banner gone' });
  await until(async () => (await row()).includes('15,4'), { message: 'the published value back' });
  assert.deepEqual(page.errors, []);
  await closePage(page);
});

test('a CSV for a new indicator takes its metadata from the short form', async () => {
  const page = await openWorkbench();
  await page.locator('#atelier-fichiers').setInputFiles([{ name: 'pistes.csv', mimeType: 'text/csv', buffer: Buffer.from('commune;2024;2025\r\nLens;12,5;13\r\nLiévin;8;9,5\r\n') }]);
  await allChecked(page, 1);
  const card = page.locator('article.file-report', { has: page.locator('h2', { hasText: 'pistes.csv' }) });
  await card.locator('select').first().selectOption('nouveau');
  await card.getByLabel('Identifiant').fill('pistes');
  await card.getByLabel('Axe').selectOption('bouger');
  await card.getByLabel('Titre').fill('Pistes cyclables');
  await card.getByLabel('Unité').fill('km');
  await card.getByLabel('Définition').fill('Longueur des aménagements cyclables.');
  await card.getByLabel('Source').fill('CALL, service mobilité');
  await card.getByLabel('Données récupérées le').fill('2026-11-30');
  await card.getByRole('button', { name: 'Convertir en fichier JSON' }).click();
  await allChecked(page, 2);
  const made = await report(page, 'pistes.json');
  assert.match(made.summary, /Prêt à publier/, JSON.stringify(made));
  // It is new: the preview adds it to its axis.
  await page.getByRole('button', { name: 'Voir le tableau de bord avec ces fichiers' }).click();
  await page.getByText('Aperçu : fichiers non publiés').waitFor();
  await page.getByRole('link', { name: /Pistes cyclables/ }).first().waitFor();
  await closePage(page);
});
