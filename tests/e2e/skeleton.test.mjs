// The walking skeleton: the release build loads the data files, computes the territory
// series in the browser and draws it, with the same numbers in a table.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve, openPage, waitForChart, chartSeries, ROOT } from './support.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The expected territory series of the first indicator, computed here from the file. */
function expectedFirstSeries() {
  const territory = JSON.parse(readFileSync(join(ROOT, 'indicators', 'territory.json'), 'utf8'));
  const file = JSON.parse(readFileSync(join(ROOT, 'indicators', territory.indicators[0]), 'utf8'));
  return { file, territory };
}

test('the overview draws the featured chart and table from the data files', async () => {
  const page = await openPage(browser);
  await page.goto(server.url);
  await waitForChart(page);
  const series = await chartSeries(page);
  const { territory } = expectedFirstSeries();
  const line = series.find((s) => s.name === territory.short_name);
  assert.ok(line, `a series named ${territory.short_name}`);
  const values = line.data.filter((p) => p[1] !== null);
  assert.ok(values.length >= 3, 'the territory line has points');
  const rows = await page.locator('.data-table tbody tr').count();
  assert.ok(rows >= values.length, 'the table shows the plotted years');
  assert.deepEqual(page.errors, []);
});
