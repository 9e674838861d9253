// The walking skeleton: the release build loads the data files, computes the territory
// series in the browser (a rate as a ratio of sums) and draws it, with the same numbers in
// a table, and no console error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve, openPage, waitForChart, chartSeries, ROOT } from './support.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The unemployment rate of the territory, computed here from the file: Σ num / Σ den. */
function expectedRates() {
  const file = JSON.parse(readFileSync(join(ROOT, 'indicators', 'travailler', 'chomage.json'), 'utf8'));
  return file.years.map((year, i) => {
    const num = Object.values(file.numerator.values).reduce((s, row) => s + row[i], 0);
    const den = Object.values(file.denominator.values).reduce((s, row) => s + row[i], 0);
    return [year, (100 * num) / den];
  });
}

test('the indicator page draws the territory series computed in the browser, and its table', async () => {
  const page = await openPage(browser);
  await page.goto(`${server.url}?v=1&page=indicateur&id=chomage`);
  await waitForChart(page);
  const series = await chartSeries(page);
  const line = series.find((s) => s.name === 'CALL');
  assert.ok(line, 'a series named CALL');
  const drawn = line.data.filter((p) => p[1] !== null);
  const expected = expectedRates();
  assert.equal(drawn.length, expected.length);
  for (const [i, [year, rate]] of expected.entries()) {
    assert.equal(drawn[i][0], year);
    assert.ok(Math.abs(drawn[i][1] - rate) < 1e-9, `${year}: ${drawn[i][1]} vs ${rate}`);
  }
  // The SVG renderer really drew the line: a path for it exists.
  assert.ok(await page.locator('.chart svg path').count() > 5);
  // The table shows the same numbers, in French format.
  const firstRow = await page.locator('.data-table tbody tr').first().innerText();
  const rounded = expected[0][1].toFixed(1).replace('.', ',');
  assert.match(firstRow, new RegExp(`${expected[0][0]}\\s+${rounded}`));
  assert.deepEqual(page.errors, []);
});
