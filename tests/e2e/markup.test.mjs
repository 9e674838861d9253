// Text from the data files is text: markup written in every text field of the territory file
// and of an indicator file is shown literally, never parsed (no element created, no script
// run), on the overview, every view of the indicator page and the commune profile.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, serve, openPage, closePage, waitForLoaded, waitForChart, readData, communeCode, DESKTOP,
} from './support.mjs';

const MARK = '<img src=x onerror="window.__pwned=1"><b>gras</b><script>window.__pwned=1</script>';
const marked = (text) => `${text} ${MARK}`;

function hostileTerritory() {
  const t = readData('territory.json');
  t.name = marked(t.name);
  t.short_name = `${t.short_name}<b>gras</b>`;
  t.population_source.name = marked(t.population_source.name);
  t.population_source.licence = marked(t.population_source.licence);
  for (const c of t.communes) c.name = marked(c.name);
  for (const a of t.axes) { a.label = marked(a.label); a.description = marked(a.description); }
  for (const e of t.events) e.label = marked(e.label);
  return t;
}

function hostileIndicator() {
  const i = readData('travailler/chomage.json');
  for (const key of ['title', 'definition']) i[key] = marked(i[key]);
  i.unit = '%<b>gras</b>';
  i.source.name = marked(i.source.name);
  i.source.licence = marked(i.source.licence);
  for (const t of i.targets ?? []) t.label = marked(t.label ?? 'objectif');
  for (const b of i.breaks ?? []) b.label = marked(b.label);
  i.numerator.label = marked(i.numerator.label);
  i.denominator.label = marked(i.denominator.label);
  return i;
}

let browser, server;
before(async () => {
  browser = await launch();
  server = await serve({
    overrides: {
      'indicators/territory.json': JSON.stringify(hostileTerritory()),
      'indicators/travailler/chomage.json': JSON.stringify(hostileIndicator()),
    },
  });
});
after(async () => { await browser?.close(); await server?.close(); });

const LIEVIN = communeCode('Liévin');
const PAGES = [
  ['?v=1', '.card'],
  [`?v=1&page=indicateur&id=chomage&communes=${LIEVIN}`, '.chart'],
  ['?v=1&page=indicateur&id=chomage&vue=classement', '.chart'],
  ['?v=1&page=indicateur&id=chomage&vue=carte', '.chart'],
  ['?v=1&page=indicateur&id=chomage&vue=tableau', 'table'],
  [`?v=1&page=commune&communes=${LIEVIN}`, 'table'],
];

test('markup in every text field is shown as text, never run or parsed', async () => {
  const page = await openPage(browser, DESKTOP);
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs += 1; d.dismiss(); });
  for (const [query, ready] of PAGES) {
    await page.goto(server.url + query);
    await waitForLoaded(page);
    await page.waitForSelector(ready, { timeout: 20000 });
    if (ready === '.chart') {
      await waitForChart(page);
      const box = await page.locator('.chart').first().boundingBox();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForTimeout(100);
    }
    const state = await page.evaluate(() => ({
      pwned: window.__pwned,
      images: document.querySelectorAll('img[src="x"]').length,
      bold: [...document.querySelectorAll('b')].filter((b) => b.textContent === 'gras').length,
      scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent.includes('__pwned')).length,
      literal: document.body.innerText.includes('<b>gras</b>'),
      svgLiteral: [...document.querySelectorAll('svg text, svg tspan')].some((t) => t.textContent.includes('<b>gras</b>')),
    }));
    assert.equal(state.pwned, undefined, `${query}: no script ran`);
    assert.equal(state.images, 0, `${query}: no <img> from data`);
    assert.equal(state.bold, 0, `${query}: no <b> from data`);
    assert.equal(state.scripts, 0, `${query}: no <script> from data`);
    assert.ok(state.literal || state.svgLiteral, `${query}: the markup is visible as text`);
  }
  assert.equal(dialogs, 0);
  await closePage(page);
});

test('a javascript: source link is never rendered as a link', async () => {
  const indicator = readData('travailler/chomage.json');
  indicator.source.url = 'javascript:alert(document.domain)';
  const hostile = await serve({ overrides: { 'indicators/travailler/chomage.json': JSON.stringify(indicator) } });
  const page = await openPage(browser, DESKTOP);
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs += 1; d.dismiss(); });
  await page.goto(`${hostile.url}?v=1&page=indicateur&id=chomage`);
  await waitForLoaded(page);
  assert.equal(await page.locator('a[href^="javascript" i]').count(), 0);
  // The checker refuses the file, naming the place.
  assert.match(await page.locator('.error-card').innerText(), /\(source\.url\) : lien « javascript:alert\(document\.domain\) » refusé/);
  assert.equal(dialogs, 0);
  await closePage(page);
  await hostile.close();
});
