// Ranking and map views at any territory size: generated territories of 14, 150 and 1,000
// communes at 390 and 1366 px. A count is ranked per 1,000 inhabitants by default and never
// against the territory's total (the largest bar uses at least half of the plot); long rankings
// are folded and the page stays bounded; map tiles are square, their names unique and never
// overlapping, or left out (with a notice) where tiles are too small.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, closePage, waitForChart, waitForChartsSettled, PHONE, DESKTOP } from './support.mjs';
import { generatedTerritory } from './generated.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The widest bar's share of the plot's width, and the number of bars drawn. */
const barShare = (page) => page.evaluate(() => {
  const chart = window.echarts.getInstanceByDom(document.querySelector('.chart'));
  const rect = chart.getModel().getComponent('grid').coordinateSystem.getRect();
  const data = chart.getModel().getSeriesByIndex(0).getData();
  let widest = 0;
  let drawn = 0;
  for (let i = 0; i < data.count(); i += 1) {
    const layout = data.getItemLayout(i);
    if (layout && Number.isFinite(layout.width)) { widest = Math.max(widest, Math.abs(layout.width)); drawn += 1; }
  }
  return { share: widest / rect.width, drawn };
});

/** The tile labels drawn: their texts and whether any two overlap. */
const tileLabels = (page) => page.evaluate(() => {
  const chart = document.querySelector('.map-box .chart');
  const texts = [...chart.querySelectorAll('svg text')].filter((t) => t.textContent.trim() !== '');
  const boxes = texts.map((t) => t.getBoundingClientRect());
  let overlaps = 0;
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i]; const b = boxes[j];
      if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) overlaps += 1;
    }
  }
  const box = document.querySelector('.map-box').getBoundingClientRect();
  return { texts: texts.map((t) => t.textContent), overlaps, box: { width: box.width, height: box.height } };
});

for (const n of [14, 150, 1000]) describe(`${n} communes`, () => {
  let server;
  const data = generatedTerritory(n);
  const grid = JSON.parse(data.territory).tile_grid;
  before(async () => {
    server = await serve({ overrides: {
      'indicators/territory.json': data.territory,
      'indicators/travailler/emplois.json': data.emplois,
      'indicators/travailler/chomage.json': data.chomage,
    } });
  });
  after(async () => { await server?.close(); });

  for (const [label, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    test(`${label}: a count is ranked per 1,000 inhabitants, its largest bar wide, the page bounded`, async () => {
      const page = await openPage(browser, viewport, { reducedMotion: 'reduce' });
      await page.goto(`${server.url}?v=1&page=indicateur&id=emplois&vue=classement`);
      await waitForChart(page);
      assert.equal(await page.getByLabel('Pour 1 000 habitants').isChecked(), true, 'per capita by default');
      const { share, drawn } = await barShare(page);
      assert.ok(share >= 0.5, `largest bar ${Math.round(share * 100)} % of the plot`);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      assert.ok(height <= 6000, `page ${height} px tall`);
      if (n > 40) {
        assert.equal(drawn, 30, 'the top and bottom 15');
        await page.getByRole('button', { name: `Voir les ${n.toLocaleString('fr-FR').replace(/\s/g, '\u00a0')} communes` }).click();
        await page.waitForFunction((count) => {
          const chart = window.echarts.getInstanceByDom(document.querySelector('.chart'));
          return chart.getOption().yAxis[0].data.length === count;
        }, n);
      } else {
        assert.equal(drawn, n);
      }
      // Raw counts: compared with the median commune, said in words, not with the total.
      await page.getByLabel('Pour 1 000 habitants').uncheck();
      await page.waitForURL(/hab=0/);
      await page.getByText('médiane des communes', { exact: false }).first().waitFor();
      await waitForChartsSettled(page);
      const raw = await barShare(page);
      assert.ok(raw.share >= 0.5, `raw counts: largest bar ${Math.round(raw.share * 100)} % of the plot`);
      assert.deepEqual(page.errors, []);
      await closePage(page);
    });

    test(`${label}: square tiles, unique names that never overlap`, async () => {
      const page = await openPage(browser, viewport, { reducedMotion: 'reduce' });
      await page.goto(`${server.url}?v=1&page=indicateur&id=chomage&vue=carte`);
      await waitForChart(page, '.map-box .chart');
      await waitForChartsSettled(page);
      const { texts, overlaps, box } = await tileLabels(page);
      const ratio = (box.width / grid.cols) / (box.height / grid.rows);
      assert.ok(Math.abs(ratio - 1) < 0.05, `tiles ${ratio.toFixed(2)}:1`);
      assert.equal(overlaps, 0, `overlapping labels: ${overlaps}`);
      assert.equal(new Set(texts).size, texts.length, `duplicated labels: ${texts.filter((t, i) => texts.indexOf(t) !== i).slice(0, 5)}`);
      const notice = await page.getByText('trop petites pour porter les noms').count();
      if (texts.length === 0) assert.equal(notice, 1, 'unlabelled tiles are said so');
      else assert.equal(texts.length, n, 'every tile named');
      assert.deepEqual(page.errors, []);
      await closePage(page);
    });
  }
});
