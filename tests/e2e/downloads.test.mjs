// Downloads: the data shown and the whole indicator as CSV for French spreadsheets (byte
// order mark, `;`, decimal comma, source, licence and definition first), the chart as SVG
// and PNG.
import { test, describe, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  launch, serve, openPage, closePage, waitForChart, waitForLoaded, visit, until, readData, communeCode, TERRITORY, DESKTOP,
} from './support.mjs';

let browser, server, page;
before(async () => {
  browser = await launch();
  server = await serve();
  page = await openPage(browser, DESKTOP, { acceptDownloads: true });
  await page.goto(`${server.url}?v=1&page=indicateur&id=chomage&communes=${LIEVIN}`);
  await waitForChart(page);
});
after(async () => { await closePage(page); await browser?.close(); await server?.close(); });
beforeEach(() => { page.errors.length = 0; });

const LIEVIN = communeCode('Liévin');
const LENS = communeCode('Lens');
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Clicks the button named `name` and returns { name, bytes } of the file it offers. */
async function download(name) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 10000 }),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

/** A CSV download split into metadata (key → value), header and rows. */
function parseCsv(bytes) {
  assert.ok(bytes.subarray(0, 3).equals(BOM), 'starts with the UTF-8 byte order mark');
  const text = bytes.subarray(3).toString('utf8');
  assert.ok(text.includes('\r\n'), 'CRLF line ends');
  const lines = text.split('\r\n');
  assert.equal(lines.at(-1), '', 'ends with a line end');
  const blank = lines.indexOf('');
  const split = (line) => line.match(/("([^"]|"")*"|[^;]*)(;|$)/g).filter((f, i, all) => i < all.length - 1 || f !== '').map((f) => {
    const field = f.replace(/;$/, '');
    return field.startsWith('"') ? field.slice(1, -1).replaceAll('""', '"') : field;
  });
  const metadata = Object.fromEntries(lines.slice(0, blank).map((l) => split(l)));
  const header = split(lines[blank + 1]);
  const rows = lines.slice(blank + 2, -1).map(split);
  return { text, metadata, header, rows };
}

/** Each full-precision CSV value rounds to the value shown with `decimals` (one more
 * allowed for per-capita values). */
function assertRoundsTo(csvCells, shownCells, decimals) {
  const number = (t) => (t === '' || t === '–' ? null : Number(t.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.')));
  assert.equal(csvCells.length, shownCells.length);
  csvCells.forEach((row, i) => row.forEach((cell, j) => {
    const [full, shown] = [number(cell), number(shownCells[i][j])];
    if (full === null || shown === null) return assert.equal(full, shown, `row ${i}, column ${j}`);
    assert.ok(Math.abs(full - shown) <= 0.5 * 10 ** -decimals + 1e-9, `${cell} is shown as ${shownCells[i][j]}`);
  }));
}

describe('CSV', () => {
  test('« Données affichées (CSV) »: BOM, `;`, decimal commas, metadata, the lines shown', async () => {
    const file = await download('Données affichées (CSV)');
    assert.equal(file.name, 'chomage-evolution.csv');
    const csv = parseCsv(file.bytes);
    const ind = readData('travailler/chomage.json');
    assert.equal(csv.metadata['Indicateur'], ind.title);
    assert.equal(csv.metadata['Définition'], ind.definition);
    assert.equal(csv.metadata['Source'], ind.source.name);
    assert.equal(csv.metadata['Licence'], ind.source.licence);
    assert.equal(csv.metadata['Données illustratives'], 'oui');
    assert.deepEqual(csv.header, ['Code INSEE', 'Commune', ...ind.years.map(String)]);
    assert.deepEqual(csv.rows.map((r) => r.slice(0, 2)), [['', 'CALL'], [LIEVIN, 'Liévin']]);
    // Decimal commas, at full precision: the table on the page shows them rounded.
    for (const row of csv.rows) for (const cell of row.slice(2)) assert.match(cell, /^\d+(,\d+)?$/, `a decimal comma: « ${cell} »`);
    const table = await page.locator('.data-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.innerText.trim())));
    const columns = csv.rows.map((r) => r.slice(2));
    assertRoundsTo(ind.years.map((_, i) => columns.map((c) => c[i])), table, ind.decimals);
    assert.ok(csv.rows.flat().some((c) => /,\d\d/.test(c)), 'more decimals than shown');
    assert.deepEqual(page.errors, []);
  });

  test('« Indicateur complet (CSV) » of a rate: the territory and its 36 communes, every year, with numerator and denominator', async () => {
    const file = await download('Indicateur complet (CSV)');
    assert.equal(file.name, 'chomage-complet.csv');
    const csv = parseCsv(file.bytes);
    const ind = readData('travailler/chomage.json');
    assert.deepEqual(csv.header, ['Code INSEE', 'Commune', 'Année', 'Numérateur', 'Dénominateur', 'Valeur']);
    assert.equal(csv.rows.length, 37 * ind.years.length);
    assert.deepEqual(csv.rows[0].slice(0, 3), ['', 'CALL', String(ind.years[0])]);
    const codes = [...new Set(csv.rows.slice(ind.years.length).map((r) => r[0]))].sort();
    assert.deepEqual(codes, TERRITORY.communes.map((c) => c.code).sort());
    // Liévin's first year: its numerator and denominator as in the file, and their rate.
    const lievin = csv.rows.find((r) => r[0] === LIEVIN && r[2] === String(ind.years[0]));
    const [n, d] = [ind.numerator.values[LIEVIN][0], ind.denominator.values[LIEVIN][0]];
    assert.deepEqual(lievin.slice(3, 5).map((x) => Number(x.replace(',', '.'))), [n, d]);
    assert.ok(Math.abs(Number(lievin[5].replace(',', '.')) - (100 * n) / d) < 1e-9);
    assert.ok(csv.metadata['Source'] && csv.metadata['Licence'] && csv.metadata['Définition'] && csv.metadata['Numérateur']);
    assert.deepEqual(page.errors, []);
  });

  test('the data shown per 1,000 inhabitants are written as shown on the page', async () => {
    await visit(page, `?v=1&page=indicateur&id=logements_commences&communes=${LENS}&hab=1`);
    await waitForChart(page);
    await until(async () => /pour 1 000 habitants/.test(await page.locator('.data-table caption').innerText()), { message: 'per-capita table' });
    const file = await download('Données affichées (CSV)');
    const csv = parseCsv(file.bytes);
    const table = await page.locator('.data-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.innerText.trim())));
    const columns = csv.rows.map((r) => r.slice(2));
    const years = readData('habiter/logements_commences.json').years;
    // The CSV values (rows: years, columns: CALL, Lens) are the table's, unrounded.
    assertRoundsTo(years.map((_, i) => columns.map((c) => c[i])), table, 1);
    assert.match(csv.metadata['Unité'] ?? '', /1 000 hab/, `the unit of the values shown: « ${csv.metadata['Unité']} »`);
    assert.deepEqual(page.errors, []);
  });
});

describe('the table view and the commune profile', () => {
  test('« Tableau (CSV) »: the changes of every commune over the period, at full precision', async () => {
    await visit(page, `?v=1&page=indicateur&id=chomage&vue=tableau&de=2016&a=2022`);
    await page.locator('.change-table tbody tr').first().waitFor();
    const file = await download('Tableau (CSV)');
    assert.equal(file.name, 'chomage-tableau.csv');
    const csv = parseCsv(file.bytes);
    assert.equal(csv.metadata['Période'], '2016 à 2022');
    assert.deepEqual(csv.header, ['Code INSEE', 'Commune', 'Année de début', 'Début', 'Année de fin', 'Fin', 'Évolution', 'Évolution (%)', 'Taux annuel moyen (%)']);
    assert.equal(csv.rows.length, 37);
    const call = csv.rows.find((r) => r[1] === 'CALL');
    assert.deepEqual([call[2], call[4]], ['2016', '2022']);
    assert.deepEqual(page.errors, []);
  });

  test('« Profil (CSV) »: the commune against the territory on every indicator, with the rank\'s meaning', async () => {
    await visit(page, `?v=1&page=commune&communes=${LIEVIN}`);
    await page.waitForFunction(() => document.querySelectorAll('.profile-table tbody tr').length >= 18);
    const file = await download('Profil (CSV)');
    assert.equal(file.name, `profil-${LIEVIN}.csv`);
    const csv = parseCsv(file.bytes);
    assert.match(csv.metadata['Rang'], /^1 = la situation la plus favorable/);
    assert.deepEqual(csv.header.slice(0, 5), ['Indicateur', 'Unité', 'Année', 'Liévin', 'CALL']);
    const titles = (await page.locator('.profile-table tbody th').allInnerTexts()).map((t) => t.replace(/\s*illustratif$/, '').trim());
    assert.deepEqual(csv.rows.map((r) => r[0]), titles, 'one line per indicator, in the page\'s order');
    // The vacancy rank is the page's.
    const vacancy = csv.rows.find((r) => r[0] === 'Taux de logements vacants');
    const shown = await page.locator('.profile-table tbody tr', { hasText: 'Taux de logements vacants' }).locator('td').nth(3).innerText();
    assert.ok(shown.startsWith(`${vacancy[7]}e`) || shown.startsWith(`${vacancy[7]}re`), `${vacancy[7]} vs ${shown}`);
    assert.deepEqual(page.errors, []);
  });
});

describe('images', () => {
  before(async () => {
    await visit(page, `?v=1&page=indicateur&id=chomage&communes=${LIEVIN}`);
    await waitForChart(page);
    await waitForLoaded(page);
  });

  test('« Graphique (SVG) » is the chart framed by its title, finding, unit, source, licence and notice', async () => {
    const file = await download('Graphique (SVG)');
    assert.equal(file.name, 'chomage-evolution.svg');
    const text = file.bytes.toString('utf8');
    assert.match(text.trimStart(), /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="\d+"/, `a 1200 px wide document: ${text.slice(0, 120)}`);
    assert.match(text, /<\/svg>\s*$/);
    for (const part of ['>Taux de chômage des 15-64 ans</text>', 'CALL : 14,8', 'Unité : %', 'Source : INSEE', 'licence : Licence Ouverte', 'données récupérées le', 'Données illustratives', 'Tableau de bord « En action »']) {
      assert.ok(text.includes(part), `« ${part} » in the image`);
    }
    // The chart inside, drawn at the export's size, with the series' names.
    const chart = decodeURIComponent(text.match(/<image [^>]*href="data:image\/svg\+xml;charset=UTF-8,([^"]+)"/i)[1]);
    assert.match(chart, /<svg[^>]* width="1136" height="560"/);
    assert.ok(chart.includes('Liévin') && chart.includes('CALL'), 'the series names are in the chart');
    assert.deepEqual(page.errors, []);
  });

  test('« Graphique (PNG) » is the same framed image, at twice its size', async () => {
    const svg = (await download('Graphique (SVG)')).bytes.toString('utf8');
    const height = Number(svg.match(/^<svg [^>]*height="(\d+)"/)[1]);
    const file = await download('Graphique (PNG)');
    assert.equal(file.name, 'chomage-evolution.png');
    assert.ok(file.bytes.subarray(0, 8).equals(PNG), 'PNG magic bytes');
    // Width and height (IHDR): the export's fixed size, doubled for sharpness.
    const [w, h] = [file.bytes.readUInt32BE(16), file.bytes.readUInt32BE(20)];
    assert.equal(w, 2400);
    assert.equal(h, height * 2);
    assert.deepEqual(page.errors, []);
  });

  test('the ranking and the map can be saved too', async () => {
    await visit(page, `?v=1&page=indicateur&id=chomage&vue=classement`);
    await waitForChart(page);
    const ranking = await download('Graphique (SVG)');
    assert.equal(ranking.name, 'chomage-classement.svg');
    assert.match(ranking.bytes.toString('utf8'), /<svg[\s>]/);
    await visit(page, `?v=1&page=indicateur&id=chomage&vue=carte`);
    await waitForChart(page, '.chart--map');
    const map = await download('Graphique (PNG)');
    assert.equal(map.name, 'chomage-carte.png');
    assert.ok(map.bytes.subarray(0, 8).equals(PNG));
    const csv = parseCsv((await download('Données affichées (CSV)')).bytes);
    assert.ok(csv.rows.length >= 1);
    assert.deepEqual(page.errors, []);
  });
});
