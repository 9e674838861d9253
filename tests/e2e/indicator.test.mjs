// The indicator page: the four views of « Taux de chômage » with numbers checked against the
// data files (a rate is Σ numerator / Σ denominator × 100), the year range, per 1,000
// inhabitants (nearest census year), index base 100, territory-only indicators, series
// breaks and events.
import { test, describe, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, serve, openPage, closePage, waitForChart, waitForLoaded, waitForChartsSettled, chartSeries, chartOption, visit, until,
  readData, communeCode, nearestCensus, territoryPopulations, frenchNumber, TERRITORY, PHONE, DESKTOP,
} from './support.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const CHOMAGE = readData('travailler/chomage.json');
const LIEVIN = communeCode('Liévin');
const LENS = communeCode('Lens');
const CLOSE = 1e-9;

/** Σ numerator / Σ denominator × scale of a ratio indicator, by year. */
function territoryRates(file) {
  return file.years.map((year, i) => {
    const num = Object.values(file.numerator.values).reduce((s, row) => s + row[i], 0);
    const den = Object.values(file.denominator.values).reduce((s, row) => s + row[i], 0);
    return [year, (file.scale * num) / den];
  });
}

/** The rate of one commune, by year. */
function communeRates(file, code) {
  return file.years.map((year, i) => [year, (file.scale * file.numerator.values[code][i]) / file.denominator.values[code][i]]);
}

/** The [x, y] points of a series (data items may be objects with a `value`). */
const points = (series) => series.data.map((p) => (Array.isArray(p) ? p : p.value));

function assertClose(actual, expected, what) {
  assert.equal(actual.length, expected.length, `${what}: ${actual.length} points, expected ${expected.length}`);
  for (const [i, [year, value]] of expected.entries()) {
    assert.equal(actual[i][0], year, `${what}: year of point ${i}`);
    assert.ok(Math.abs(actual[i][1] - value) < CLOSE, `${what} ${year}: ${actual[i][1]} vs ${value}`);
  }
}

/** Waits for the series named `name` in the chart, then returns every series. */
async function seriesWith(page, name, selector = '.chart') {
  return until(async () => {
    const series = await chartSeries(page, selector);
    return series.some((s) => s.name === name) && series;
  }, { message: `a series named ${name}` });
}

const base = '?v=1&page=indicateur';

for (const [label, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) describe(`chomage views (${label})`, () => {
  let page;
  before(async () => {
    page = await openPage(browser, viewport);
    await page.goto(`${server.url}${base}&id=chomage&communes=${LIEVIN}`);
    await waitForLoaded(page);
  });
  after(async () => { await closePage(page); });
  beforeEach(() => { page.errors.length = 0; });
  // The page is shared: each test checks the errors of its own steps.
  beforeEach(() => { page.errors.length = 0; });

  test('trend: the territory rate, the chosen commune and the 2030 target', async () => {
    await waitForChart(page);
    assert.equal(await page.locator('.tabs a[aria-current="page"]').innerText(), 'Évolution');
    const series = await seriesWith(page, 'Liévin');
    const call = series.find((s) => s.name === 'CALL');
    assert.ok(call, `a CALL series among ${series.map((s) => s.name)}`);
    const expected = territoryRates(CHOMAGE);
    assertClose(points(call), expected, 'CALL');
    assertClose(points(series.find((s) => s.name === 'Liévin')), communeRates(CHOMAGE, LIEVIN), 'Liévin');
    const target = series.find((s) => s.name === "Trajectoire vers l'objectif");
    assert.ok(target, "a series « Trajectoire vers l'objectif »");
    assert.match(target.endLabel.formatter, /^Objectif 2030 : 12,0\s%$/, 'the target is labelled with its value');
    // The 2030 verdict, where the link lands: the goal, then the territory and Liévin.
    const verdict = await page.locator('.verdict').innerText();
    assert.match(verdict, /^Objectif 2030 : 12,0\s%\./);
    assert.match(verdict, /CALL : (Progrès|Objectif|Dégradation|Données)/);
    assert.match(verdict, /Liévin : /);
    const [from, to] = points(target);
    assert.deepEqual(to, [2030, CHOMAGE.targets[0].value]);
    assert.equal(from[0], 2023);
    assert.ok(Math.abs(from[1] - expected.at(-1)[1]) < CLOSE, 'the target path starts at the latest value');
    assert.deepEqual(page.errors, []);
  });

  test('ranking: 36 bars, most favourable first (lowest unemployment), the territory line, the commune highlighted', async () => {
    await page.getByRole('link', { name: 'Classement', exact: true }).click();
    await page.waitForURL(/vue=classement/);
    await until(async () => (await chartSeries(page)).some((s) => s.name === 'Classement'), { message: 'the ranking chart' });
    assert.equal(await page.locator('.tabs a[aria-current="page"]').innerText(), 'Classement');
    const year = 2020;
    const index = CHOMAGE.years.indexOf(year);
    const territory = territoryRates(CHOMAGE)[index][1];
    await page.selectOption('#annee', String(year));
    await page.waitForURL(new RegExp(`annee=${year}`));
    const option = await until(async () => {
      const o = await chartOption(page);
      const line = o.series[0].markLine?.data?.[0];
      return line && Math.abs(line.xAxis - territory) < CLOSE && o;
    }, { message: `the ranking of ${year} with the CALL line at ${territory}` });
    const bars = option.series[0];
    assert.equal(bars.type, 'bar');
    assert.equal(bars.data.length, 36);
    const values = bars.data.map((d) => d.value);
    // Lower is better: rank 1, at the top, is the lowest rate; the meaning is said.
    for (let i = 1; i < values.length; i++) assert.ok(values[i - 1] <= values[i], `sorted lowest first at ${i}`);
    assert.equal(await page.locator('.rank-meaning').first().innerText(), 'Rang 1 : la situation la plus favorable (la valeur la plus basse).');
    // Each bar is its commune's rate of that year.
    const names = option.yAxis[0].data.map((n) => (typeof n === 'string' ? n : n.value));
    for (const [i, name] of names.entries()) {
      const code = communeCode(name);
      const rate = (100 * CHOMAGE.numerator.values[code][index]) / CHOMAGE.denominator.values[code][index];
      assert.ok(Math.abs(values[i] - rate) < CLOSE, `${name}: ${values[i]} vs ${rate}`);
    }
    // The territory line is the CALL rate of the year, labelled with it.
    const line = bars.markLine.data[0];
    assert.equal(line.name, 'CALL');
    assert.ok(Math.abs(line.xAxis - territory) < CLOSE, `markLine ${line.xAxis} vs ${territory}`);
    assert.ok(line.label.formatter.includes(territory.toFixed(1).replace('.', ',')), `label « ${line.label.formatter} »`);
    // Liévin is highlighted: bold name, coloured bar; the others are grey.
    const lievin = names.indexOf('Liévin');
    assert.equal(option.yAxis[0].data[lievin].textStyle?.fontWeight, 'bold');
    assert.notEqual(bars.data[lievin].itemStyle.color, '#8a8a8a');
    assert.ok(bars.data.filter((_, i) => i !== lievin).every((d) => d.itemStyle.color === '#8a8a8a'), 'other bars grey');
    assert.equal(await page.locator('table tr.row--highlight th').innerText(), 'Liévin');
    assert.deepEqual(page.errors, []);
  });

  test('map: a tile map of the 36 communes and a legend in words', async () => {
    await page.getByRole('link', { name: 'Carte', exact: true }).click();
    await page.waitForURL(/vue=carte/);
    const option = await until(async () => {
      const o = await chartOption(page, '.chart--map');
      return o.series[0]?.type === 'heatmap' && o;
    }, { message: 'the tile map' });
    assert.equal(option.series.length, 1);
    assert.equal(option.series[0].data.length, 36);
    const tileNames = option.series[0].data.map((d) => d.name).sort();
    assert.deepEqual(tileNames, TERRITORY.communes.map((c) => c.name).sort());
    // The year chosen on the ranking is kept.
    assert.equal(await page.locator('#annee').inputValue(), '2020');
    const legend = await page.locator('.legend li').allInnerTexts();
    assert.ok(legend.length >= 3, `legend: ${legend}`);
    for (const item of legend) assert.match(item, /\p{L}{2,}/u, `a legend item in words: « ${item} »`);
    assert.ok(legend.some((item) => /\d/.test(item) && item.includes('%')), `a legend item with values: ${legend}`);
    assert.ok(await page.locator('.chart--map svg path').count() >= 36, 'tiles drawn');
    assert.deepEqual(page.errors, []);
  });

  test('table: territory and 36 communes, sortable, territory first', async () => {
    await page.getByRole('link', { name: 'Tableau', exact: true }).click();
    await page.waitForURL(/vue=tableau/);
    const rows = page.locator('.change-table tbody tr');
    await until(async () => (await rows.count()) === 37, { message: '37 rows' });
    const percent = page.locator('.change-table thead th').nth(4);
    assert.equal((await percent.innerText()).trim(), 'Évolution (%)');
    assert.equal(await page.locator('.change-table caption').count(), 1);
    assert.equal(await percent.getAttribute('aria-sort'), 'none');
    const column = async () => rows.evaluateAll((trs) => trs.map((tr) => ({
      name: tr.querySelector('th').innerText.trim(), territory: tr.classList.contains('row--territory'),
      percent: tr.querySelectorAll('td')[3].innerText.trim(),
    })));
    const check = async (direction) => {
      assert.equal(await percent.getAttribute('aria-sort'), direction);
      const others = await page.locator('.change-table th[aria-sort]').evaluateAll((ths) => ths.filter((th) => !th.innerText.includes('Évolution (%)')).map((th) => th.getAttribute('aria-sort')));
      assert.ok(others.every((s) => s === 'none'), `other headers: ${others}`);
      const table = await column();
      assert.equal(table[0].name, 'CALL');
      assert.ok(table[0].territory, 'the territory row first');
      const numbers = table.slice(1).map((r) => frenchNumber(r.percent));
      for (let i = 1; i < numbers.length; i++) {
        const ok = direction === 'descending' ? numbers[i - 1] >= numbers[i] : numbers[i - 1] <= numbers[i];
        assert.ok(ok, `${direction} at row ${i}: ${numbers[i - 1]} then ${numbers[i]}`);
      }
    };
    await page.getByRole('button', { name: /^Évolution \(%\)/ }).click();
    await until(async () => (await percent.getAttribute('aria-sort')) !== 'none', { message: 'aria-sort set' });
    await check('descending');
    await page.getByRole('button', { name: /^Évolution \(%\)/ }).click();
    await until(async () => (await percent.getAttribute('aria-sort')) === 'ascending', { message: 'aria-sort ascending' });
    await check('ascending');
    // The territory's change is computed from its own rates.
    const rates = territoryRates(CHOMAGE);
    const change = (100 * (rates.at(-1)[1] - rates[0][1])) / rates[0][1];
    const shown = frenchNumber((await column())[0].percent);
    assert.ok(Math.abs(shown - change) < 0.051, `CALL change ${shown} vs ${change}`);
    assert.deepEqual(page.errors, []);
  });
});

describe('indicator options (desktop)', () => {
  let page;
  before(async () => {
    page = await openPage(browser, DESKTOP);
    await page.goto(`${server.url}${base}&id=chomage`);
    await waitForChart(page);
  });
  after(async () => { await closePage(page); });
  // The page is shared: each test checks the errors of its own steps.
  beforeEach(() => { page.errors.length = 0; });

  test('the year range writes de= and a= and trims the series', async () => {
    await visit(page, `${base}&id=chomage`);
    const callLength = async () => points((await chartSeries(page)).find((s) => s.name === 'CALL')).length;
    await until(async () => (await callLength()) === 9, { message: '9 years' });
    await page.selectOption('#annee-debut', '2018');
    await page.waitForURL(/de=2018/);
    await until(async () => (await callLength()) === 6, { message: '6 years (2018-2023)' });
    await page.selectOption('#annee-fin', '2021');
    await page.waitForURL(/a=2021/);
    await until(async () => (await callLength()) === 4, { message: '4 years (2018-2021)' });
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('de'), '2018');
    assert.equal(url.searchParams.get('a'), '2021');
    const call = points((await chartSeries(page)).find((s) => s.name === 'CALL'));
    assertClose(call, territoryRates(CHOMAGE).filter(([y]) => y >= 2018 && y <= 2021), 'CALL 2018-2021');
    assert.equal(await page.locator('.data-table tbody tr').count(), 4);
    assert.deepEqual(page.errors, []);
  });

  test('« Pour 1 000 habitants » divides by the population of the nearest census year', async () => {
    const file = readData('habiter/logements_commences.json');
    await visit(page, `${base}&id=logements_commences&communes=${LENS}`);
    await seriesWith(page, 'Lens');
    const box = page.getByRole('checkbox', { name: 'Pour 1 000 habitants', exact: true });
    assert.equal(await box.isChecked(), false);
    // Counts first.
    let series = await chartSeries(page);
    assert.deepEqual(points(series.find((s) => s.name === 'Lens')), file.years.map((y, i) => [y, file.values[LENS][i]]));
    await box.check();
    await page.waitForURL(/hab=1/);
    const lensPopulation = TERRITORY.communes.find((c) => c.code === LENS).population;
    const expectedLens = file.years.map((y, i) => [y, (1000 * file.values[LENS][i]) / nearestCensus(lensPopulation, y)[1]]);
    const totals = file.years.map((_, i) => Object.values(file.values).reduce((s, row) => s + row[i], 0));
    const expectedCall = file.years.map((y, i) => [y, (1000 * totals[i]) / nearestCensus(territoryPopulations(), y)[1]]);
    series = await until(async () => {
      const s = await chartSeries(page);
      const lens = s.find((x) => x.name === 'Lens');
      return lens && Math.abs(points(lens).at(-1)[1] - expectedLens.at(-1)[1]) < CLOSE && s;
    }, { message: 'per-capita values' });
    assertClose(points(series.find((s) => s.name === 'Lens')), expectedLens, 'Lens per 1,000');
    assertClose(points(series.find((s) => s.name === 'CALL')), expectedCall, 'CALL per 1,000');
    // 2018 uses the 2019 census (nearer than 2016), 2015 the 2016 one, 2024 the 2023 one.
    assert.equal(nearestCensus(lensPopulation, 2018)[0], 2019);
    assert.equal(nearestCensus(lensPopulation, 2015)[0], 2016);
    assert.equal(nearestCensus(lensPopulation, 2024)[0], 2023);
    // The target is in counts: it is not drawn on per-capita values.
    assert.ok(!series.some((s) => s.name === "Trajectoire vers l'objectif"), 'no count target on per-capita values');
    assert.match(await page.locator('.data-table caption').innerText(), /pour 1 000 habitants/);
    await box.uncheck();
    await until(async () => !new URL(page.url()).searchParams.has('hab'), { message: 'hab= removed' });
    assert.deepEqual(page.errors, []);
  });

  test('« Indice base 100 » makes the first value 100', async () => {
    await visit(page, `${base}&id=chomage&communes=${LIEVIN}&de=2017`);
    await seriesWith(page, 'Liévin');
    await page.getByRole('checkbox', { name: 'Indice base 100', exact: true }).check();
    await page.waitForURL(/base100=1/);
    const series = await until(async () => {
      const s = await chartSeries(page);
      return s.find((x) => x.name === 'CALL' && points(x)[0][1] === 100) && s;
    }, { message: 'index base 100' });
    const call = points(series.find((s) => s.name === 'CALL'));
    const lievin = points(series.find((s) => s.name === 'Liévin'));
    assert.deepEqual(call[0], [2017, 100]);
    assert.deepEqual(lievin[0], [2017, 100]);
    const rates = territoryRates(CHOMAGE).filter(([y]) => y >= 2017);
    assert.ok(Math.abs(call.at(-1)[1] - (100 * rates.at(-1)[1]) / rates[0][1]) < CLOSE, 'last index value');
    assert.ok(!series.some((s) => s.name === "Trajectoire vers l'objectif"), 'no target on an index');
    assert.deepEqual(page.errors, []);
  });

  test('a territory-only indicator says there is no ranking nor map of the communes', async () => {
    await visit(page, `${base}&id=frequentation_bulles&vue=classement`);
    assert.match(await page.locator('.notice').innerText(), /n'existe qu'à l'échelle du territoire/);
    assert.equal(await page.locator('#communes').count(), 0, 'no commune picker');
    await visit(page, `${base}&id=frequentation_bulles&vue=carte`);
    assert.match(await page.locator('.notice').innerText(), /pas de carte/);
    assert.deepEqual(page.errors, []);
  });

  test('a territory-only indicator draws its trend (values from 2019) without error', async () => {
    const file = readData('bouger/frequentation_bulles.json');
    await visit(page, `${base}&id=frequentation_bulles`);
    const series = await seriesWith(page, 'CALL');
    const drawn = points(series.find((s) => s.name === 'CALL')).filter(([, v]) => v !== null);
    assert.deepEqual(drawn, file.years.map((y, i) => [y, file.territory[i]]).filter(([, v]) => v !== null));
    await page.waitForTimeout(1200); // the chart's entry animation
    assert.deepEqual(page.errors, [], 'no console error while the chart animates');
  });

  test('a series break: a gap before 2025 and a « Rupture de série » mark', async () => {
    await visit(page, `${base}&id=demandeurs_emploi`);
    const series = await seriesWith(page, 'CALL');
    const call = points(series.find((s) => s.name === 'CALL'));
    const at = call.findIndex(([x]) => x === 2025);
    assert.ok(at > 0, 'a 2025 point');
    assert.equal(call[at - 1][1], null, `a null point before 2025, got ${JSON.stringify(call[at - 1])}`);
    assert.ok(call[at - 1][0] > 2024 && call[at - 1][0] < 2025);
    assert.equal(call[at - 2][0], 2024);
    const option = await chartOption(page);
    const marks = option.series.flatMap((s) => s.markLine?.data ?? []);
    const rupture = marks.find((m) => String(m.label?.formatter ?? '').startsWith('Rupture de série'));
    assert.ok(rupture, `a « Rupture de série » mark among ${JSON.stringify(marks.map((m) => m.label?.formatter))}`);
    assert.ok(rupture.xAxis > 2024 && rupture.xAxis < 2025);
    const texts = await page.locator('.chart svg text').allTextContents();
    assert.ok(texts.some((t) => t.startsWith('Rupture de série')), 'the mark is drawn with its label');
    assert.deepEqual(page.errors, []);
  });

  test('an event of the axis is marked: « Mise en service des lignes Bulles »', async () => {
    await visit(page, `${base}&id=couverture_bulles`);
    await seriesWith(page, 'CALL');
    const option = await chartOption(page);
    const marks = option.series.flatMap((s) => s.markLine?.data ?? []);
    const event = marks.find((m) => m.name === 'Mise en service des lignes Bulles');
    assert.ok(event, `the Bulles event among ${JSON.stringify(marks.map((m) => m.name))}`);
    assert.ok(event.xAxis >= 2019 && event.xAxis < 2020, `at ${event.xAxis}`);
    // Only the events of the indicator's axis.
    assert.ok(!marks.some((m) => m.name === 'Ouverture du Louvre-Lens'));
    const texts = await page.locator('.chart svg text').allTextContents();
    assert.ok(texts.some((t) => t.includes('Mise en service des lignes Bulles')), 'the event label is drawn');
    assert.deepEqual(page.errors, []);
  });
});

test('the trend of every indicator draws without console error', async () => {
  const ids = TERRITORY.indicators.map((f) => f.split('/')[1].replace('.json', ''));
  const jobs = ids.map((id) => ({ id, vue: 'tendance' }));
  const problems = [];
  // Four pages share the work; each chart is shown until it stops animating.
  const lanes = 4;
  await Promise.all([...Array(lanes).keys()].map(async (lane) => {
    const page = await openPage(browser, DESKTOP);
    await page.goto(`${server.url}?v=1`);
    await waitForLoaded(page);
    for (const { id, vue } of jobs.filter((_, i) => i % lanes === lane)) {
      page.errors.length = 0;
      await visit(page, `${base}&id=${id}&vue=${vue}`);
      if (await page.locator('.chart').count() > 0) await waitForChartsSettled(page);
      if (await page.locator('.error-card').count() > 0) problems.push(`${id} ${vue}: an error card`);
      if (page.errors.length) problems.push(`${id} ${vue}: ${page.errors.join(' | ')}`);
    }
    await closePage(page);
  }));
  assert.deepEqual(problems, []);
});
