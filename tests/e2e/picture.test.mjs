// The indicator page's trend, ranking and tile map are first pictures drawn by the app as
// plain SVG (src/components/picture.rs, crates/view/src/chart/*_picture.rs): no
// ECharts in the first view (it is prefetched a while after). The live chart takes its place
// when the reader reaches for it (a pointer over it), and shows the same lines, bars or tiles
// on the same scale; an image asked before is made from the picture.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, serve, openPage, closePage, waitForLoaded, communeCode, until, DESKTOP, PHONE } from './support.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const LENS = communeCode('Lens');
const QUERY = `?v=1&page=indicateur&id=chomage&communes=${LENS}`;

/** The picture's texts of `cls` (picture__tick, picture__year, picture__end-label…). */
const texts = (page, cls) => page.locator(`.chart .picture text.${cls}`).allTextContents();

const echartsAsked = () => server.requests.filter((p) => /\/echarts-[0-9a-f]+\.js$/.test(p)).length;

/** Moves the pointer over the picture in `chart` and waits for the live chart in its place. */
async function reachLive(page, chart) {
  await page.hover(`${chart} .picture`);
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    return window.echarts?.getInstanceByDom(el) && !el.querySelector('.picture') && el.querySelector('svg path');
  }, chart, { timeout: 20000 });
}

async function open(viewport = DESKTOP) {
  const page = await openPage(browser, viewport);
  await page.goto(server.url + QUERY);
  await waitForLoaded(page);
  await page.locator('.chart .picture svg path.picture__line').first().waitFor({ timeout: 20000 });
  return page;
}

test('the first view draws the trend as a picture, without ECharts', async () => {
  const asked = echartsAsked();
  const page = await open();
  assert.deepEqual(await texts(page, 'picture__end-label'), ['Lens', 'CALL']);
  assert.match((await texts(page, 'picture__target-label')).join(), /^Objectif 2030/);
  // 2015-2030 on a desktop: years every two, on even years.
  assert.deepEqual(await texts(page, 'picture__year'), ['2016', '2018', '2020', '2022', '2024', '2026', '2028', '2030']);
  assert.ok((await texts(page, 'picture__tick')).every((t) => /^\d+,\d$/.test(t)), 'ticks with the indicator\'s decimal');
  // Hidden from screen readers: the chart's box says it in words.
  assert.equal(await page.locator('.chart .picture').getAttribute('aria-hidden'), 'true');
  assert.match(await page.locator('.chart').first().getAttribute('aria-label'), /CALL\s:\s14,8\s%/);
  await page.waitForLoadState('networkidle');
  assert.equal(await page.evaluate(() => typeof window.echarts), 'undefined');
  assert.equal(echartsAsked(), asked, 'echarts.js not asked by the first view');
  // A while after, it comes into the cache (a prefetch), not run: the live chart or another
  // view then needs no download.
  await until(() => echartsAsked() === asked + 1, { timeout: 10000, message: 'echarts.js prefetched' });
  assert.equal(await page.locator('link[rel=prefetch][data-echarts]').count(), 1);
  assert.equal(await page.evaluate(() => typeof window.echarts), 'undefined', 'prefetched, not run');
  // The image buttons are there already.
  assert.equal(await page.getByRole('button', { name: 'Graphique (SVG)', exact: true }).count(), 1);
  assert.deepEqual(page.errors, []);
  await closePage(page);
});

test('a pointer over the picture brings the live chart: same lines, same scale', async () => {
  const page = await open();
  const ticks = (await texts(page, 'picture__tick')).map((t) => Number(t.replace(',', '.')));
  await reachLive(page, '.chart');
  const live = await page.evaluate(() => {
    const chart = window.echarts.getInstanceByDom(document.querySelector('.chart'));
    const axis = chart.getModel().getComponent('yAxis').axis;
    const named = chart.getOption().series.filter((s) => s.endLabel?.show && s.type === 'line' && s.name !== 'Trajectoire vers l\'objectif');
    return { ticks: axis.scale.getTicks().map((t) => t.value), names: named.map((s) => s.name), animation: chart.getOption().animation };
  });
  assert.deepEqual(live.names, ['Lens', 'CALL']);
  assert.equal(live.animation, false, 'the lines were there: not drawn again with an animation');
  assert.deepEqual(ticks, live.ticks, 'the picture\'s y axis is ECharts\'');
  assert.deepEqual(page.errors, []);
  await closePage(page);
});

test('on a phone, the names are in a legend under the picture', async () => {
  const page = await open(PHONE);
  assert.deepEqual(await texts(page, 'picture__end-label'), []);
  assert.deepEqual(await texts(page, 'picture__legend-label'), ['Lens', 'CALL']);
  assert.deepEqual(await texts(page, 'picture__year'), ['2015', '2020', '2025', '2030']);
  // The picture fits the chart's box: nothing drawn past the screen's right edge.
  const overflow = await page.evaluate(() => {
    const right = Math.max(...[...document.querySelectorAll('.chart .picture text')].map((t) => t.getBoundingClientRect().right));
    return right - document.documentElement.clientWidth;
  });
  assert.ok(overflow <= 0, `${overflow} px past the edge`);
  assert.deepEqual(page.errors, []);
  await closePage(page);
});

/** Downloads « Graphique (SVG) » and returns the chart inside the framed image (its SVG). */
async function exportedChart(page) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 20000 }),
    page.getByRole('button', { name: 'Graphique (SVG)', exact: true }).click(),
  ]);
  assert.equal(file.suggestedFilename(), 'chomage-evolution.svg');
  const framed = (await readFile(await file.path())).toString('utf8');
  return decodeURIComponent(framed.match(/<image [^>]*href="data:image\/svg\+xml;charset=UTF-8,([^"]+)"/i)[1]);
}

test('an image asked of the picture is made from it, at the export\'s size, without ECharts', async () => {
  const page = await open();
  const chart = await exportedChart(page);
  assert.match(chart, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1136" height="560"/);
  // The picture drawn again at that size: its lines, its names and its ticks.
  assert.ok(chart.includes('>Lens</text>') && chart.includes('CALL'), 'the lines\' names');
  assert.ok((chart.match(/<path /g) ?? []).length >= 5, 'lines and grid');
  for (const tick of await texts(page, 'picture__tick')) assert.ok(chart.includes(`>${tick}</text>`), `tick ${tick}`);
  assert.equal(await page.locator('.chart .picture').count(), 1, 'the picture stays');
  assert.equal(await page.evaluate(() => typeof window.echarts), 'undefined', 'no ECharts run for the image');
  assert.deepEqual(page.errors, []);
  await closePage(page);
});

test('when ECharts cannot load (poor Wi-Fi), the picture stays and its image can still be saved', async () => {
  const page = await openPage(browser, DESKTOP);
  await page.route(/\/echarts-[0-9a-f]+\.js$/, (route) => route.abort());
  await page.goto(server.url + QUERY);
  await waitForLoaded(page);
  await page.hover('.chart .picture');
  await page.waitForTimeout(1000);
  assert.equal(await page.locator('.chart .picture svg path.picture__line').count() > 0, true, 'the picture stays');
  const chart = await exportedChart(page);
  assert.match(chart, /width="1136" height="560"/);
  assert.ok(chart.includes('>Lens</text>'));
  const [png] = await Promise.all([
    page.waitForEvent('download', { timeout: 20000 }),
    page.getByRole('button', { name: 'Graphique (PNG)', exact: true }).click(),
  ]);
  const bytes = await readFile(await png.path());
  assert.equal(bytes.subarray(1, 4).toString(), 'PNG');
  assert.equal(bytes.readUInt32BE(16), 2400, 'the framed image at twice its size');
  await closePage(page);
});

test('turning to the ranking paints its picture, without ECharts: the live chart\'s bars and scale', async () => {
  const page = await open();
  await page.getByRole('link', { name: 'Classement', exact: true }).click();
  await page.locator('.ranking-box .picture svg path.picture__bar').first().waitFor({ timeout: 20000 });
  assert.equal(await page.evaluate(() => typeof window.echarts), 'undefined', 'no ECharts run for the ranking');
  const names = await page.locator('.ranking-box .picture text.picture__name').allTextContents();
  assert.equal(names.length, 36);
  assert.equal(await page.locator('.ranking-box .picture path.picture__bar').count(), 36);
  // Lens is chosen: its name in bold, its bar in the axis colour (the others grey).
  assert.equal(await page.locator('.ranking-box .picture text.picture__name', { hasText: /^Lens$/ }).getAttribute('font-weight'), 'bold');
  const fills = await page.locator('.ranking-box .picture path.picture__bar').evaluateAll((ps) => ps.map((p) => p.getAttribute('fill')));
  assert.equal(fills.filter((f) => f !== '#8a8a8a').length, 1);
  assert.deepEqual(await page.locator('.ranking-box .picture text.picture__reference-label').allTextContents(), ['CALL\u00a0: 14,8\u00a0%']);
  // Every name within the box (the plot leaves them room on the left).
  const clipped = await page.evaluate(() => {
    const box = document.querySelector('.ranking-box').getBoundingClientRect();
    return [...document.querySelectorAll('.ranking-box .picture text.picture__name')].filter((t) => t.getBoundingClientRect().left < box.left - 1).length;
  });
  assert.equal(clipped, 0, 'names cut on the left');
  const ticks = (await page.locator('.ranking-box .picture text.picture__tick').allTextContents()).map((t) => Number(t.replace(',', '.')));
  await reachLive(page, '.ranking-box .chart');
  const live = await page.evaluate(() => {
    const chart = window.echarts.getInstanceByDom(document.querySelector('.ranking-box .chart'));
    const axis = chart.getModel().getComponent('xAxis').axis;
    return { ticks: axis.scale.getTicks().map((t) => t.value), names: chart.getOption().yAxis[0].data.map((d) => (typeof d === 'string' ? d : d.value)) };
  });
  assert.deepEqual(ticks, live.ticks, 'the picture\'s value axis is ECharts\'');
  assert.deepEqual(names, live.names, 'the same rows in the same order');
  assert.deepEqual(page.errors, []);
  await closePage(page);
});

test('turning to the map paints its tiles as a picture, without ECharts: the live chart\'s tiles, colours and names', async () => {
  const page = await open();
  await page.getByRole('link', { name: 'Carte', exact: true }).click();
  await page.locator('.map-box .picture svg path.picture__tile').first().waitFor({ timeout: 20000 });
  assert.equal(await page.evaluate(() => typeof window.echarts), 'undefined', 'no ECharts run for the map');
  const tiles = await page.locator('.map-box .picture path.picture__tile').evaluateAll((ps) => ps.map((p) => ({ fill: p.getAttribute('fill'), stroke: p.getAttribute('stroke') })));
  assert.equal(tiles.length, 36);
  // Lens is chosen: its tile framed dark (drawn last), its name in bold.
  assert.deepEqual(tiles.filter((t) => t.stroke !== '#ffffff').length, 1);
  assert.equal(tiles.at(-1).stroke, '#1a1a1a');
  assert.equal(await page.locator('.map-box .picture text.picture__tile-name', { hasText: /^Lens$/ }).getAttribute('font-weight'), 'bold');
  // Every tile named inside the box.
  const names = await page.locator('.map-box .picture text.picture__tile-name').allTextContents();
  assert.equal(names.length, 36);
  await reachLive(page, '.map-box .chart');
  const live = await page.evaluate(() => {
    const chart = window.echarts.getInstanceByDom(document.querySelector('.map-box .chart'));
    return chart.getOption().series[0].data.map((d) => ({ label: d.label.formatter, fill: d.itemStyle.color }));
  });
  assert.deepEqual([...names].sort(), live.map((d) => d.label).sort(), 'the same names');
  assert.deepEqual(tiles.map((t) => t.fill), live.map((d) => d.fill), 'the same colours in the same order');
  assert.deepEqual(page.errors, []);
  await closePage(page);
});

test('a change of view paints its picture in the click\'s task, at the size its box had (no frame lost to measuring it)', async () => {
  const page = await open();
  // Clicks the tab and tells whether the view's picture was in the page before the next
  // frame's callbacks (a box measured by its ResizeObserver is drawn after them).
  const paintedBeforeFrame = (tab, selector) => page.evaluate(([tab, selector]) => new Promise((resolve) => {
    let frame = false;
    requestAnimationFrame(() => { frame = true; });
    const observer = new MutationObserver(() => {
      if (document.querySelector(selector)) { observer.disconnect(); resolve(!frame); }
    });
    observer.observe(document.body, { subtree: true, childList: true });
    [...document.querySelectorAll('.tabs a')].find((a) => a.textContent === tab).click();
  }), [tab, selector]);
  assert.equal(await paintedBeforeFrame('Classement', '.ranking-box .picture path.picture__bar'), true, 'ranking');
  assert.equal(await paintedBeforeFrame('Évolution', '.chart .picture path.picture__line'), true, 'trend');
  // The size was the right one: the measure that follows does not redraw it elsewhere.
  const box = await page.locator('.chart .picture svg').evaluate((svg) => svg.getAttribute('viewBox'));
  const rect = await page.locator('.chart .picture').evaluate((p) => `0 0 ${Math.round(p.getBoundingClientRect().width)} ${Math.round(p.getBoundingClientRect().height)}`);
  assert.equal(box, rect);
  assert.deepEqual(page.errors, []);
  await closePage(page);
});
