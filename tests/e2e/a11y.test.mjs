// Accessibility: axe-core (WCAG 2.0/2.1 A and AA rules) finds no violation on any view at
// phone and desktop sizes; the page is in French; nothing scrolls sideways at 320 px; charts
// do not animate when the reader asks for reduced motion.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  launch, serve, openPage, closePage, waitForChart, waitForLoaded, waitForChartsSettled, chartOption, visit, until,
  communeCode, ROOT, PHONE, DESKTOP,
} from './support.mjs';

const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const LIEVIN = communeCode('Liévin');

let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const indicator = (rest) => `?v=1&page=indicateur&id=chomage&communes=${LIEVIN}${rest}`;
const VIEWS = [
  ['overview', '?v=1'],
  ['trend', indicator('')],
  ['ranking', indicator('&vue=classement')],
  ['map', indicator('&vue=carte')],
  ['table', indicator('&vue=tableau')],
  ['commune page', `?v=1&page=commune&communes=${LIEVIN}`],
];

/** Waits until the view is complete: files loaded, every chart drawn and still. */
async function settle(page) {
  await waitForLoaded(page);
  await page.waitForFunction(() => !document.querySelector('.loading'));
  if (await page.locator('.chart').count() > 0) await waitForChartsSettled(page);
}

/** The violations of axe-core, one readable line per element. */
async function axeViolations(page) {
  // Again after a navigation to the other edition of the app (a new document).
  if (!await page.evaluate(() => Boolean(window.axe))) await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
    }));
  }, TAGS);
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) ${n.target}: ${v.help}. ${n.summary.replace(/\s+/g, ' ')}`));
}

for (const [label, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) describe(`axe-core (${label})`, () => {
  let page;
  before(async () => {
    // Reduced motion: the same final drawing, without waiting for the charts' animations.
    page = await openPage(browser, viewport, { reducedMotion: 'reduce' });
    await page.goto(server.url);
    await waitForLoaded(page);
    // Evaluated by the test harness, which the page's Content Security Policy does not cover
    // (a <script> tag would be refused, as it should).
    await page.evaluate(readFileSync(AXE, 'utf8'));
  });
  after(async () => { await closePage(page); });

  test('the page is in French', async () => {
    assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
    assert.ok((await page.title()).length > 0, 'a title');
  });

  for (const [name, query] of VIEWS) {
    test(`${name}: no WCAG A/AA violation`, async () => {
      page.errors.length = 0;
      await visit(page, query);
      await settle(page);
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], `${violations.length} violation(s) on ${name} (${label}):\n${violations.join('\n')}`);
      assert.deepEqual(page.errors, []);
    });
  }

  test('workbench with problems and a CSV: no violation', async () => {
    await visit(page, '?v=1&page=atelier');
    const no2 = readFileSync(join(ROOT, 'indicators/respirer/no2.json'), 'utf8');
    await page.locator('#atelier-fichiers').setInputFiles([
      { name: 'no2.json', mimeType: 'application/json', buffer: Buffer.from(no2.replace('22.1, 21.1', '22,1, 21.1')) },
      { name: 'export.csv', mimeType: 'text/csv', buffer: Buffer.from('commune;2023\nLens;3\n') },
    ]);
    await page.getByText('2 fichiers vérifiés').waitFor();
    await page.locator('.pasted summary').click();
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], `${violations.length} violation(s):\n${violations.join('\n')}`);
    await page.locator('.pasted summary').click();
  });

  test('the commune picker with its list open: no violation', async () => {
    await visit(page, indicator(''));
    await settle(page);
    await page.locator('#communes').fill('l');
    await page.waitForSelector('#communes-liste:not([hidden])');
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], `${violations.length} violation(s):\n${violations.join('\n')}`);
    await page.keyboard.press('Escape');
  });
});

test('at 320 px wide nothing scrolls sideways', async () => {
  const page = await openPage(browser, { width: 320, height: 640 }, { reducedMotion: 'reduce' });
  await page.goto(server.url);
  const overflow = [];
  for (const [name, query] of VIEWS) {
    await visit(page, query);
    await settle(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 321) {
      // Name what sticks out: elements, and text runs that overflow their box.
      const wide = await page.evaluate(() => {
        const out = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(walker.currentNode);
          const right = range.getBoundingClientRect().right;
          const parent = walker.currentNode.parentElement;
          if (right > 321 && !parent.closest('.table-wrap, svg')) out.push(`${parent.tagName.toLowerCase()}.${parent.className} « ${walker.currentNode.textContent.trim().slice(0, 40)} » (right ${Math.round(right)})`);
        }
        return out.slice(0, 5);
      });
      overflow.push(`${name}: scrollWidth ${width}; sticking out: ${wide.join(', ')}`);
    }
  }
  assert.deepEqual(overflow, []);
  assert.deepEqual(page.errors, []);
  await closePage(page);
});

test('with reduced motion the charts do not animate', async () => {
  const page = await openPage(browser, DESKTOP, { reducedMotion: 'reduce' });
  await page.goto(`${server.url}${indicator('')}`);
  await waitForChart(page);
  assert.equal((await chartOption(page)).animation, false);
  for (const vue of ['classement', 'carte']) {
    await visit(page, indicator(`&vue=${vue}`));
    await waitForChart(page);
    assert.equal((await chartOption(page)).animation, false, `${vue}: no animation`);
  }
  await closePage(page);
  // Without the preference, the trend animates its changes (the option really follows it);
  // its first live drawing does not, as it takes the place of its picture.
  const moving = await openPage(browser, DESKTOP);
  await moving.goto(`${server.url}${indicator('')}`);
  await waitForChart(moving);
  assert.equal((await chartOption(moving)).animation, false, 'the picture\'s lines are not drawn again');
  await visit(moving, indicator('&de=2017'));
  await until(async () => (await chartOption(moving)).animation === true, { message: 'an animated change' });
  await closePage(moving);
});
