// Numbers stay readable whatever a file holds: axis ticks never repeat when the values vary
// less than the decimals shown, a huge (but plausible) value never widens the page, and an
// implausible one is refused with its place.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, serve, openPage, closePage, waitForLoaded, waitForChart, readData, PHONE, DESKTOP,
} from './support.mjs';

/** no2 with every value set by `value(code, yearIndex)`. */
function no2With(value) {
  const file = readData('respirer/no2.json');
  for (const [code, row] of Object.entries(file.values)) file.values[code] = row.map((_, i) => value(code, i));
  delete file.range;
  file.targets = [];
  return JSON.stringify(file);
}

let browser, flat, huge, absurd;
before(async () => {
  browser = await launch();
  // National-scale flatness: every value between 16.50 and 16.58, one decimal shown.
  flat = await serve({ overrides: { 'indicators/respirer/no2.json': no2With((code, i) => 16.5 + ((Number(code) + i) % 9) / 100) } });
  huge = await serve({ overrides: { 'indicators/respirer/no2.json': no2With((code, i) => 9.87e14 - i * 1e12) } });
  absurd = await serve({ overrides: { 'indicators/respirer/no2.json': no2With(() => 1e308) } });
});
after(async () => { await browser?.close(); for (const s of [flat, huge, absurd]) await s?.close(); });

/** The labels ECharts draws on the value axis of the main chart. */
const valueAxisLabels = (page, axis) => page.evaluate((name) => {
  const chart = window.echarts.getInstanceByDom(document.querySelector('.chart'));
  return chart.getModel().getComponent(name).axis.getViewLabels().map((l) => l.formattedLabel);
}, axis);

for (const [label, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`axis ticks never repeat when values barely vary (${label})`, async () => {
    const page = await openPage(browser, viewport);
    for (const [vue, axis] of [['tendance', 'yAxis'], ['classement', 'xAxis']]) {
      await page.goto(`${flat.url}?v=1&page=indicateur&id=no2&vue=${vue}`);
      await waitForChart(page);
      const labels = await valueAxisLabels(page, axis);
      assert.ok(labels.length >= 2, `${vue}: ${labels}`);
      assert.equal(new Set(labels).size, labels.length, `${vue}: ${labels.join(' | ')}`);
    }
    await closePage(page);
  });
}

test('a huge plausible value keeps the page within the screen', async () => {
  const page = await openPage(browser, PHONE);
  for (const vue of ['tendance', 'classement', 'tableau']) {
    await page.goto(`${huge.url}?v=1&page=indicateur&id=no2&vue=${vue}`);
    await waitForLoaded(page);
    if (vue !== 'tableau') await waitForChart(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= PHONE.width, `${vue}: page ${width} px wide`);
    const longest = await page.evaluate(() => Math.max(...[...document.querySelectorAll('main td, main .finding, main .card__value')]
      .flatMap((e) => e.innerText.match(/[\d\u00a0\u202f ,.−-]{21,}/g) ?? []).map((m) => m.trim().length), 0));
    assert.ok(longest <= 20, `${vue}: a number of ${longest} characters`);
  }
  await closePage(page);
});

test('an implausible value is refused, with its place', async () => {
  const page = await openPage(browser, DESKTOP);
  await page.goto(`${absurd.url}?v=1&page=indicateur&id=no2`);
  await waitForLoaded(page);
  const text = await page.locator('.error-card').innerText();
  assert.match(text, /ligne \d+, colonne \d+ \(values\.\d{5}\[0\]\) : valeur 1e308 invraisemblable/);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= DESKTOP.width);
  await closePage(page);
});
