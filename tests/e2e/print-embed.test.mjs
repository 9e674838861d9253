// Print and embed: an indicator page printed on A4 (portrait and landscape) has its title,
// finding and chart on page 1 and no controls; the embed layout (`integrer=1`) fits an
// iframe with the chart, its finding, source and a link to the full view, and no header;
// the page offers the <iframe> code, which works as pasted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, closePage, communeCode, DESKTOP } from './support.mjs';

const LIEVIN = communeCode('Liévin');
/** A4 at 96 px per inch, and the print margins (12 mm). */
const A4 = { width: 794, height: 1123 };
const MARGIN_PX = 45;

let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const drawn = (frame) => frame.waitForFunction(() => document.querySelector('.chart svg path'), null, { timeout: 20000 });

test('printed on A4: title, finding and chart on page 1, no controls, in both orientations', async () => {
  const page = await openPage(browser, DESKTOP, { reducedMotion: 'reduce' });
  await page.goto(`${server.url}?v=1&page=indicateur&id=chomage&communes=${LIEVIN}`);
  await drawn(page);
  const pdf = await page.pdf({ format: 'A4' });
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  assert.ok(pages >= 1 && pages <= 3, `${pages} pages`);
  for (const [label, size] of [['portrait', A4], ['landscape', { width: A4.height, height: A4.width }]]) {
    await page.setViewportSize({ width: size.width - 2 * MARGIN_PX, height: size.height - 2 * MARGIN_PX });
    await page.emulateMedia({ media: 'print' });
    // Redrawn at its print size (17 cm × 9 cm): the width and the height change in separate
    // steps, so wait for both (measuring between them read the screen height).
    await page.waitForFunction(() => {
      const box = document.querySelector('.chart svg')?.getBoundingClientRect();
      return box && box.width <= 650 && box.height <= 9 * 96 / 2.54 + 1;
    });
    const layout = await page.evaluate(() => {
      const box = (s) => document.querySelector(s)?.getBoundingClientRect();
      const shown = (s) => [...document.querySelectorAll(s)].some((e) => getComputedStyle(e).display !== 'none' && e.getBoundingClientRect().height > 0);
      return {
        h1: box('h1').top, finding: box('.finding').top, chartBottom: box('.chart svg').bottom, chartWidth: box('.chart svg').width,
        header: shown('.site-header'), buttons: shown('main button'), tabs: shown('.tabs'), table: shown('.table-wrap table'), source: shown('.about'),
        scrollsSideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
      };
    });
    const pageHeight = size.height - 2 * MARGIN_PX;
    assert.ok(layout.h1 < layout.finding && layout.finding < layout.chartBottom, `${label}: title, finding, chart in order`);
    assert.ok(layout.chartBottom <= pageHeight, `${label}: the chart ends at ${layout.chartBottom} px, page 1 is ${pageHeight} px`);
    assert.deepEqual([layout.header, layout.buttons, layout.tabs], [false, false, false], `${label}: no header, buttons or tabs`);
    assert.ok(layout.table && layout.source, `${label}: the table and the source are printed`);
    assert.equal(layout.scrollsSideways, false, `${label}: nothing cut at the side`);
    await page.emulateMedia({ media: 'screen' });
  }
  await closePage(page);
});

test('the embed layout fits an iframe: chart, finding, source and a link, no header', async () => {
  const page = await openPage(browser, DESKTOP);
  await page.setContent(`<h1>Site d'une commune</h1><iframe src="${server.url}?v=1&page=indicateur&id=no2&communes=${LIEVIN}&integrer=1" title="NO2" width="640" height="520"></iframe>`);
  const frame = page.frameLocator('iframe');
  const inner = page.frames().find((f) => f.url().includes('integrer=1'));
  await drawn(inner);
  const state = await inner.evaluate(() => ({
    header: document.querySelectorAll('.site-header, .site-footer').length,
    controls: [...document.querySelectorAll('.controls, .tabs, .downloads, button')].filter((e) => e.getBoundingClientRect().height > 0).length,
    finding: document.querySelector('.finding')?.textContent ?? '',
    chartHeight: document.querySelector('.chart svg').getBoundingClientRect().height,
    scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight,
  }));
  assert.equal(state.header, 0, 'no header or footer');
  assert.equal(state.controls, 0, 'no controls shown');
  assert.match(state.finding, /Dioxyde d'azote/);
  assert.ok(state.chartHeight > 200, `the chart fills the frame (${state.chartHeight} px)`);
  assert.equal(state.scrolls, false, 'fits the frame without scrolling');
  assert.match(await frame.locator('.embed__source').innerText(), /^Source : /);
  const link = frame.getByRole('link', { name: /Voir sur le tableau de bord/ });
  assert.equal(await link.getAttribute('target'), '_blank');
  const href = new URL(await link.getAttribute('href'));
  assert.equal(href.searchParams.get('integrer'), null, 'the full view');
  assert.equal(href.searchParams.get('id'), 'no2');
  assert.equal(href.searchParams.get('communes'), LIEVIN);
  await closePage(page);
});

test('each indicator page offers its <iframe> code, which works as pasted', async () => {
  const page = await openPage(browser, DESKTOP);
  await page.goto(`${server.url}?v=1&page=indicateur&id=emplois&vue=classement`);
  await drawn(page);
  await page.getByText('Intégrer ce graphique sur un autre site').click();
  const code = await page.getByLabel(/Code à coller/).inputValue();
  assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?v=1&amp;page=indicateur&amp;id=emplois&amp;vue=classement&amp;integrer=1" title="Emplois au lieu de travail"/);
  const host = await openPage(browser, DESKTOP);
  await host.setContent(`<main>${code}</main>`);
  const inner = await (async () => { for (;;) { const f = host.frames().find((x) => x.url().includes('integrer=1')); if (f) return f; await host.waitForTimeout(50); } })();
  await drawn(inner);
  assert.match(await inner.locator('.finding').innerText(), /la plus élevée/);
  await closePage(host);
  await closePage(page);
});
