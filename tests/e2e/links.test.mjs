// Every view is a link: a URL opened in a new browser shows the same state, back and
// forward restore the views, the site works under a sub-path, old links (no `v`) and
// unknown parameters are read.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, serve, openPage, closePage, waitForChart, waitForLoaded, chartSeries, until,
  communeCode, TERRITORY, DESKTOP,
} from './support.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const LENS = communeCode('Lens');
const LIEVIN = communeCode('Liévin');

/** What the indicator page shows, read from the page. */
async function shownState(page) {
  return page.evaluate(() => {
    const value = (sel) => document.querySelector(sel)?.value ?? null;
    const checkbox = (label) => {
      const input = [...document.querySelectorAll('label.check')].find((l) => l.textContent.includes(label))?.querySelector('input');
      return input ? input.checked : null;
    };
    const chart = document.querySelector('.chart') && window.echarts.getInstanceByDom(document.querySelector('.chart'));
    return {
      h1: document.querySelector('h1')?.innerText.trim(),
      tab: document.querySelector('.tabs a[aria-current="page"]')?.innerText.trim() ?? null,
      chips: [...document.querySelectorAll('.chip')].map((c) => c.firstChild.textContent.trim()),
      from: value('#annee-debut'),
      to: value('#annee-fin'),
      year: value('#annee'),
      perCapita: checkbox('Pour 1 000 habitants'),
      index100: checkbox('Indice base 100'),
      series: chart ? chart.getOption().series.map((s) => s.name) : [],
    };
  });
}

/** Waits until the chart has drawn the series `names` (in any order, among others). */
async function waitForSeries(page, names) {
  await waitForChart(page);
  await until(async () => {
    const shown = (await chartSeries(page)).map((s) => s.name);
    return names.every((n) => shown.includes(n));
  }, { message: `series ${names}` });
}

test('a view built with clicks reopens identically from its URL in a new browser context', async () => {
  const page = await openPage(browser, DESKTOP);
  await page.goto(`${server.url}?v=1&page=indicateur&id=logements_commences`);
  await waitForChart(page);
  for (const name of ['Lens', 'Liévin']) {
    await page.locator('#communes').fill(name);
    await page.locator('#communes').press('Enter');
    await until(async () => (await page.locator('.chip').allInnerTexts()).some((t) => t.includes(name)), { message: `chip ${name}` });
  }
  await page.selectOption('#annee-debut', '2016');
  await page.waitForURL(/de=2016/);
  await page.selectOption('#annee-fin', '2022');
  await page.waitForURL(/a=2022/);
  await page.getByRole('checkbox', { name: 'Pour 1 000 habitants', exact: true }).check();
  await page.waitForURL(/hab=1/);
  await waitForSeries(page, ['CALL', 'Lens', 'Liévin']);
  const before = await shownState(page);
  assert.deepEqual(before.chips, ['Lens', 'Liévin']);
  assert.equal(before.perCapita, true);
  const url = page.url();
  const params = new URL(url).searchParams;
  assert.equal(params.get('v'), '1');
  assert.equal(params.get('communes'), `${LENS},${LIEVIN}`);

  const other = await openPage(browser, DESKTOP);
  await other.goto(url);
  await waitForLoaded(other);
  await waitForSeries(other, ['CALL', 'Lens', 'Liévin']);
  assert.deepEqual(await shownState(other), before);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(other.errors, []);
  await closePage(page);
  await closePage(other);
});

test('a complex URL opened in a new context shows its whole state', async () => {
  const page = await openPage(browser, DESKTOP);
  await page.goto(`${server.url}?v=1&page=indicateur&id=chomage&communes=${LIEVIN},${LENS}&de=2016&a=2022&base100=1`);
  await waitForLoaded(page);
  await waitForSeries(page, ['CALL', 'Liévin', 'Lens']);
  const state = await shownState(page);
  assert.equal(state.h1, 'Taux de chômage des 15-64 ans');
  assert.equal(state.tab, 'Évolution');
  assert.deepEqual(state.chips, ['Liévin', 'Lens']);
  assert.equal(state.from, '2016');
  assert.equal(state.to, '2022');
  assert.equal(state.index100, true);
  assert.equal(state.perCapita, null, 'no per-capita option for a rate');
  assert.deepEqual(state.series.filter((n) => n !== 'Repères'), ['Liévin', 'Lens', 'CALL']);
  const call = (await chartSeries(page)).find((s) => s.name === 'CALL');
  assert.deepEqual(call.data[0], [2016, 100]);
  assert.equal(call.data.at(-1)[0], 2022);

  // The ranking of a chosen year, with its highlighted communes.
  const ranking = await openPage(browser, DESKTOP);
  await ranking.goto(`${server.url}?v=1&page=indicateur&id=chomage&communes=${LENS},${LIEVIN}&vue=classement&annee=2019`);
  await waitForLoaded(ranking);
  await waitForChart(ranking);
  const r = await shownState(ranking);
  assert.equal(r.tab, 'Classement');
  assert.equal(r.year, '2019');
  assert.deepEqual(r.chips, ['Lens', 'Liévin']);
  assert.deepEqual((await ranking.locator('tr.row--highlight th').allInnerTexts()).sort(), ['Lens', 'Liévin']);
  assert.match(await ranking.locator('table caption').innerText(), /en 2019/);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(ranking.errors, []);
  await closePage(page);
  await closePage(ranking);
});

test('Back and Forward restore each view', async () => {
  const page = await openPage(browser, DESKTOP);
  await page.goto(server.url);
  await waitForLoaded(page);
  const overview = async () => {
    await page.waitForFunction(() => document.querySelector('h1')?.innerText === 'Le territoire en action');
    assert.equal(new URL(page.url()).search, '');
  };
  const tabIs = async (name) => until(async () => (await shownState(page)).tab === name, { message: `tab ${name}` });

  await page.locator('li.card[data-indicator="chomage"] h3 a').click();
  await page.waitForURL(/id=chomage/);
  await waitForChart(page);
  await tabIs('Évolution');
  await page.getByRole('link', { name: 'Classement', exact: true }).click();
  await page.waitForURL(/vue=classement/);
  await tabIs('Classement');
  assert.equal(await page.locator('#annee').inputValue(), '2023');
  await page.selectOption('#annee', '2017');
  await page.waitForURL(/annee=2017/);
  await page.locator('#communes').fill('Lens');
  await page.locator('#communes').press('Enter');
  await page.waitForURL(new RegExp(`communes=${LENS}`));

  await page.goBack(); // the commune
  await until(async () => (await shownState(page)).chips.length === 0, { message: 'no chip' });
  assert.equal(await page.locator('#annee').inputValue(), '2017');
  await page.goBack(); // the year
  await until(async () => (await page.locator('#annee').inputValue()) === '2023', { message: 'latest year' });
  await tabIs('Classement');
  await page.goBack(); // the tab
  await tabIs('Évolution');
  assert.ok(await page.locator('#annee-debut').isVisible());
  await page.goBack(); // the overview
  await overview();

  await page.goForward();
  await tabIs('Évolution');
  await page.goForward();
  await tabIs('Classement');
  await page.goForward();
  await until(async () => (await page.locator('#annee').inputValue()) === '2017', { message: 'year 2017' });
  await page.goForward();
  await until(async () => (await shownState(page)).chips.join() === 'Lens', { message: 'chip Lens' });
  assert.equal(new URL(page.url()).searchParams.get('communes'), LENS);
  assert.deepEqual(page.errors, []);
  await closePage(page);
});

describe('under a sub-path', () => {
  const prefix = '/tableau-de-bord/';
  let sub;
  before(async () => { sub = await serve({ prefix }); });
  after(async () => { await sub?.close(); });

  test('the overview and the indicator pages load, links keep the sub-path', async () => {
    const page = await openPage(browser, DESKTOP);
    await page.goto(sub.url);
    await waitForLoaded(page);
    await page.waitForFunction((n) => document.querySelectorAll('li.card').length === n, TERRITORY.indicators.length);
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.href));
    const local = hrefs.filter((h) => h.startsWith('http://127.0.0.1'));
    assert.ok(local.length > 20);
    for (const href of local) assert.ok(new URL(href).pathname.startsWith(prefix), `link ${href} keeps the sub-path`);

    await page.locator('li.card[data-indicator="vacance"] h3 a').click();
    await page.waitForURL(/id=vacance/);
    assert.equal(new URL(page.url()).pathname, prefix);
    await waitForChart(page);
    await page.getByRole('link', { name: 'Carte', exact: true }).click();
    await waitForChart(page, '.chart--map');
    // Reloading a deep link under the sub-path works too.
    await page.reload();
    await waitForLoaded(page);
    await waitForChart(page, '.chart--map');
    assert.equal(await page.locator('.tabs a[aria-current="page"]').innerText(), 'Carte');

    const outside = sub.requests.filter((p) => !p.startsWith(prefix));
    assert.deepEqual(outside, [], 'no request outside the sub-path (they would be 404)');
    assert.ok(sub.requests.some((p) => p === `${prefix}indicators/territory.json`));
    assert.deepEqual(page.errors, []);
    await closePage(page);
  });
});

test('an old link without `v` still opens its view', async () => {
  const page = await openPage(browser, DESKTOP);
  await page.goto(`${server.url}?page=indicateur&id=chomage&communes=${LIEVIN}&vue=classement&annee=2018`);
  await waitForLoaded(page);
  await waitForChart(page);
  const state = await shownState(page);
  assert.equal(state.h1, 'Taux de chômage des 15-64 ans');
  assert.equal(state.tab, 'Classement');
  assert.equal(state.year, '2018');
  assert.deepEqual(state.chips, ['Liévin']);
  // Links written from it carry the current version.
  const href = await page.getByRole('link', { name: 'Carte', exact: true }).getAttribute('href');
  assert.match(href, /^\?v=1&/);
  assert.deepEqual(page.errors, []);
  await closePage(page);
});

test('unknown parameters are ignored', async () => {
  const page = await openPage(browser, DESKTOP);
  await page.goto(`${server.url}?v=1&utm_source=lettre&page=indicateur&id=chomage&zoom=3&vue=carte&communes=${LENS}&hab=peut-etre&fbclid=abc`);
  await waitForLoaded(page);
  await waitForChart(page, '.chart--map');
  const state = await shownState(page);
  assert.equal(state.h1, 'Taux de chômage des 15-64 ans');
  assert.equal(state.tab, 'Carte');
  assert.deepEqual(state.chips, ['Lens']);
  const href = await page.getByRole('link', { name: 'Tableau', exact: true }).getAttribute('href');
  assert.equal(href, `?v=1&page=indicateur&id=chomage&communes=${LENS}&vue=tableau`);
  // A link from a newer version is read as best effort.
  await page.goto(`${server.url}?v=7&page=indicateur&id=chomage&vue=tableau&nouveau=1`);
  await waitForLoaded(page);
  await page.waitForSelector('.change-table');
  assert.deepEqual(page.errors, []);
  await closePage(page);
});
