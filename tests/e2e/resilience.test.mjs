// A broken data file never breaks the dashboard: a truncated JSON file, a missing file
// (404) and a file naming an unknown commune each become an error card that names the
// file and the problem in French, and the other indicators keep working.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, serve, openPage, closePage, waitForChart, waitForLoaded, unexpectedErrors, readDataText,
  communeCode, readData, TERRITORY, DESKTOP, PHONE,
} from './support.mjs';

const TRUNCATED = 'indicators/travailler/chomage.json';
const MISSING = 'indicators/habiter/vacance.json';
const UNKNOWN = 'indicators/respirer/no2.json';
const BROKEN = [TRUNCATED, MISSING, UNKNOWN];

let browser, server;
before(async () => {
  browser = await launch();
  const chomage = readDataText('travailler/chomage.json');
  const no2 = readDataText('respirer/no2.json');
  assert.ok(no2.includes('"62498"'));
  server = await serve({
    overrides: {
      [TRUNCATED]: chomage.slice(0, Math.floor(chomage.length / 2)),
      [MISSING]: 404,
      [UNKNOWN]: no2.replaceAll('"62498"', '"62999"'),
    },
  });
});
after(async () => { await browser?.close(); await server?.close(); });

/** The error cards: file named and problems listed. */
const errorCards = (page) => page.locator('.error-card').evaluateAll((cards) => cards.map((c) => ({
  role: c.getAttribute('role'),
  title: c.querySelector('h3')?.innerText.trim() ?? '',
  file: c.querySelector('code')?.innerText.trim() ?? '',
  text: c.innerText,
})));

function checkCards(cards) {
  assert.equal(cards.length, 3, `three error cards: ${JSON.stringify(cards.map((c) => c.file))}`);
  const byFile = Object.fromEntries(cards.map((c) => [c.file, c]));
  assert.deepEqual(Object.keys(byFile).sort(), [...BROKEN].sort());
  for (const card of cards) {
    assert.equal(card.role, 'alert');
    assert.match(card.title, /n'a pas pu être/);
  }
  const truncated = byFile[TRUNCATED].text;
  assert.match(truncated, /tronqué/, truncated);
  assert.match(truncated, /ligne \d+, colonne \d+/, `the place of the JSON error: ${truncated}`);
  const missing = byFile[MISSING].text;
  assert.match(missing, /fichier introuvable \(erreur 404\)/, missing);
  assert.match(missing, /404/, missing);
  const unknown = byFile[UNKNOWN].text;
  assert.match(unknown, /code commune inconnu 62999/, unknown);
  assert.match(unknown, /ligne \d+, colonne \d+/, `the place of the unknown code: ${unknown}`);
}

/** The unavailable cards of the overview: where they sit, what citizens and staff read. */
const unavailableCards = (page) => page.locator('li.card--unavailable').evaluateAll((cards) => cards.map((c) => ({
  id: c.dataset.indicator,
  axis: c.closest('section.axis')?.querySelector('h2')?.id ?? '',
  title: c.querySelector('h3')?.innerText.trim() ?? '',
  message: c.querySelector('.card__unavailable')?.innerText.trim() ?? '',
  summary: c.querySelector('details > summary')?.innerText.trim() ?? '',
  open: c.querySelector('details')?.open ?? null,
  file: c.querySelector('details code')?.textContent.trim() ?? '',
  details: c.querySelector('details')?.textContent ?? '',
})));

for (const [label, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`overview (${label}): each broken indicator in its place in its axis, the seventeen others work`, async () => {
    const page = await openPage(browser, viewport);
    await page.goto(server.url);
    await waitForLoaded(page);
    const expected = TERRITORY.indicators.length - 3;
    await page.waitForFunction((n) => document.querySelectorAll('li.card:not(.card--unavailable)').length === n
      && document.querySelectorAll('li.card--unavailable').length === 3, expected, { timeout: 20000 });
    // No technical error card pushes the axes down: the first axis comes right after the lead.
    assert.equal(await page.locator('.error-card').count(), 0);
    const cards = await unavailableCards(page);
    const byId = Object.fromEntries(cards.map((c) => [c.id, c]));
    assert.deepEqual(Object.keys(byId).sort(), ['chomage', 'no2', 'vacance']);
    assert.equal(byId.chomage.axis, 'axe-travailler');
    assert.equal(byId.vacance.axis, 'axe-habiter');
    assert.equal(byId.no2.axis, 'axe-respirer');
    // The file whose JSON is whole still gives its title; the others say « Indicateur ».
    assert.equal(byId.no2.title, readData('respirer/no2.json').title);
    for (const card of cards) {
      assert.equal(card.message, 'Cet indicateur est momentanément indisponible.');
      assert.equal(card.summary, "Détails pour l'équipe");
      assert.equal(card.open, false, 'details closed by default');
    }
    assert.equal(byId.chomage.file, TRUNCATED);
    assert.match(byId.chomage.details, /tronqué/);
    assert.match(byId.chomage.details, /ligne \d+, colonne \d+/);
    assert.match(byId.vacance.details, /404/);
    assert.match(byId.no2.details, /62999/);
    // A summary first, errors before warnings.
    assert.match(byId.no2.details, /\d+ erreurs?, \d+ avertissements?/);
    assert.match(byId.chomage.details, /1 erreur, 0 avertissement/);
    // In its place: chomage keeps its rank among the travailler cards.
    const order = await page.locator('#axe-travailler').locator('xpath=ancestor::section').locator('li.card').evaluateAll((cs) => cs.map((c) => c.dataset.indicator));
    const listed = TERRITORY.indicators.filter((f) => f.startsWith('travailler/')).map((f) => f.split('/').pop().replace('.json', ''));
    assert.deepEqual(order, listed);
    // The details open for the staff.
    await page.locator('li.card--unavailable[data-indicator="chomage"] summary').click();
    assert.equal(await page.locator('li.card--unavailable[data-indicator="chomage"] details').evaluate((d) => d.open), true);
    const values = await page.locator('li.card .card__value').allInnerTexts();
    assert.equal(values.length, expected);
    for (const v of values) assert.match(v, /\d/);
    assert.equal(await page.locator('li.card:not(.card--unavailable) .chart--spark svg path.spark__last').count(), expected, 'a drawn sparkline on every card that could be read');
    assert.equal(await page.locator('section.axis').count(), 5);
    assert.deepEqual(unexpectedErrors(page), []);
    await closePage(page);
  });
}

test('a broken indicator page shows its error card; the others open', async () => {
  const page = await openPage(browser, DESKTOP);
  for (const [id, file, problem] of [['chomage', TRUNCATED, /tronqué/], ['vacance', MISSING, /404/], ['no2', UNKNOWN, /62999/]]) {
    await page.goto(`${server.url}?v=1&page=indicateur&id=${id}`);
    await waitForLoaded(page);
    assert.equal(await page.locator('h1').innerText(), 'Indicateur indisponible');
    const cards = await errorCards(page);
    assert.equal(cards.length, 1, `${id}: one error card`);
    assert.equal(cards[0].file, file);
    assert.match(cards[0].text, problem);
    assert.equal(await page.getByRole('link', { name: "Retour à la vue d'ensemble" }).count(), 1);
  }
  await page.goto(`${server.url}?v=1&page=indicateur&id=demandeurs_emploi`);
  await waitForChart(page);
  assert.equal(await page.locator('.error-card').count(), 0);
  assert.deepEqual(unexpectedErrors(page), []);
  await closePage(page);
});

test('the commune page lists the broken files and the other indicators', async () => {
  const page = await openPage(browser, DESKTOP);
  await page.goto(`${server.url}?v=1&page=commune&communes=${communeCode('Liévin')}`);
  await waitForLoaded(page);
  await page.waitForFunction(() => document.querySelectorAll('.error-card').length === 3
    && document.querySelectorAll('section.profile-axis tbody tr').length === 17, null, { timeout: 20000 });
  checkCards(await errorCards(page));
  assert.deepEqual(unexpectedErrors(page), []);
  await closePage(page);
});
