// Ranking and map views at any territory size: generated territories of 14, 150 and 1,000
// communes at 390 and 1366 px. A count is ranked per 1,000 inhabitants by default and never
// against the territory's total (the largest bar uses at least half of the plot); long rankings
// are folded (and unfold up to 500 communes) and the page stays bounded; map tiles are square, their names unique and never
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
        const unfold = page.getByRole('button', { name: `Voir les ${n.toLocaleString('fr-FR').replace(/\s/g, '\u00a0')} communes` });
        if (n <= 500) {
          await unfold.click();
          await page.waitForFunction((count) => {
            const chart = window.echarts.getInstanceByDom(document.querySelector('.chart'));
            return chart.getOption().yAxis[0].data.length === count;
          }, n);
        } else {
          // Too many bars to draw whole: the table below lists them page by page.
          assert.equal(await unfold.count(), 0, 'no unfolding of a thousand bars');
        }
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

    if (n > 100 && label === 'desktop') test(`${label}: the ranking's table comes by pages of 100, the chosen commune heading each, every commune reachable`, async () => {
      const page = await openPage(browser, viewport, { reducedMotion: 'reduce' });
      const chosen = JSON.parse(data.territory).communes[n - 1].code;
      await page.goto(`${server.url}?v=1&page=indicateur&id=chomage&vue=classement&communes=${chosen}`);
      await waitForChart(page);
      const table = page.getByRole('region', { name: 'Tableau du classement' });
      const nbsp = (x) => x.toLocaleString('fr-FR').replace(/\s/g, '\u00a0');
      const pageRows = () => table.locator('tbody:not(.rank-table__chosen) tr').count();
      assert.equal(await pageRows(), 100, 'one page of 100 rows, not every commune');
      assert.equal(await table.locator('tbody.rank-table__chosen tr.row--territory').count(), 1);
      assert.equal(await table.locator('tbody.rank-table__chosen tr.row--highlight').count(), 1, 'the chosen commune heads the page');
      await page.getByRole('status').filter({ hasText: `Communes 1 à 100 sur ${nbsp(n)}` }).waitFor();
      // Next page with the keyboard: the focus stays on the button.
      const next = page.locator('nav.pager button').last();
      assert.equal(await next.innerText(), `Les ${Math.min(100, n - 100)} suivantes`);
      await next.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: `Communes 101 à ${nbsp(Math.min(200, n))} sur ${nbsp(n)}` }).waitFor();
      assert.equal(await table.locator('tbody:not(.rank-table__chosen) tr').first().locator('td').first().innerText(), '101');
      assert.ok(await next.evaluate((el) => el === document.activeElement), 'focus kept');
      // Any page from the list; every commune is on one of them.
      const pages = await page.locator('#classement-page option').count();
      assert.equal(pages, Math.ceil(n / 100));
      await page.selectOption('#classement-page', String(pages - 1));
      await page.getByRole('status').filter({ hasText: `sur ${nbsp(n)}` }).filter({ hasText: `à ${nbsp(n)} sur` }).waitFor();
      assert.equal(await pageRows(), n - (pages - 1) * 100);
      assert.equal(await page.getByRole('button', { name: 'Fin du classement' }).getAttribute('aria-disabled'), 'true');
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
