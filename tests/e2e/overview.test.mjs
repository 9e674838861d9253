// The overview: five axes, a card per indicator with its latest value, the illustrative
// badge and a drawn sparkline (plain SVG: the overview never loads ECharts); a card title
// leads to the indicator page and back.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, closePage, waitForLoaded, waitForChart, PHONE, DESKTOP, TERRITORY } from './support.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Opens the overview and waits for every indicator file to be loaded and drawn. */
async function openOverview(viewport) {
  const page = await openPage(browser, viewport);
  await page.goto(server.url);
  await waitForLoaded(page);
  await page.waitForFunction((n) => document.querySelectorAll('li.card').length === n
    && [...document.querySelectorAll('.chart--spark')].every((el) => el.querySelector('svg path.spark__last')),
  TERRITORY.indicators.length, { timeout: 20000 });
  return page;
}

for (const [label, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) describe(`overview (${label})`, () => {
  // One page for both tests: the second starts from the overview the first checked.
  let page;
  before(async () => { page = await openOverview(viewport); });
  after(async () => { await closePage(page); });

  test('five axes, cards with values, badges and sparklines', async () => {
    assert.equal(await page.locator('h1').innerText(), 'Le territoire en action');
    const axes = await page.locator('section.axis h2').allInnerTexts();
    assert.equal(axes.length, 5, `axes: ${axes}`);
    assert.deepEqual(axes, TERRITORY.axes.map((a) => a.label));

    const cards = await page.locator('li.card').evaluateAll((els) => els.map((el) => ({
      id: el.dataset.indicator,
      title: el.querySelector('h3')?.innerText.trim(),
      value: el.querySelector('.card__value')?.innerText.trim() ?? '',
      badge: el.querySelector('.badge--illustrative')?.innerText.trim() ?? '',
      sparks: el.querySelectorAll('.chart--spark').length,
    })));
    assert.ok(cards.length >= 15, `${cards.length} cards`);
    assert.equal(cards.length, TERRITORY.indicators.length);
    for (const card of cards) {
      assert.ok(card.title, `${card.id}: a title`);
      assert.match(card.value, /^\d[\d\s\u00a0\u202f]*(,\d+)?/, `${card.id}: a value, got « ${card.value} »`);
      assert.match(card.value, /en \d{4}/, `${card.id}: the year of the value, got « ${card.value} »`);
      assert.equal(card.badge, 'Données illustratives', `${card.id}: the illustrative badge`);
      assert.equal(card.sparks, 1, `${card.id}: one sparkline`);
    }
    // Each card sits in the section of its axis.
    for (const axis of TERRITORY.axes) {
      const ids = await page.locator(`section.axis:has(h2#axe-${axis.id}) li.card`).evaluateAll((els) => els.map((e) => e.dataset.indicator));
      const expected = TERRITORY.indicators.filter((f) => f.startsWith(`${axis.id}/`)).map((f) => f.split('/')[1].replace('.json', ''));
      assert.deepEqual(ids, expected, `cards of ${axis.id}`);
    }

    // Each sparkline: its line (or lone dots) and the latest value's dot, inside the card's
    // box; its text alternative is the card's finding.
    const sparks = await page.locator('.chart--spark').evaluateAll((els) => els.map((el) => {
      const line = el.querySelector('path.spark__line');
      const box = el.getBoundingClientRect();
      const dots = [...el.querySelectorAll('path.spark__dot')].map((d) => d.getBoundingClientRect());
      const last = el.querySelectorAll('path.spark__last').length;
      return {
        id: el.closest('li.card').dataset.indicator, label: el.getAttribute('aria-label') ?? '',
        points: (line?.getAttribute('d').match(/[ML]/g) ?? []).length, dots: dots.length, last,
        inside: dots.every((d) => d.left >= box.left - 4 && d.right <= box.right + 4 && d.top >= box.top - 4 && d.bottom <= box.bottom + 4),
        height: box.height,
      };
    }));
    assert.equal(sparks.length, TERRITORY.indicators.length);
    for (const s of sparks) {
      assert.ok(s.points >= 2 || s.dots >= 2, `${s.id}: a line or dots (${s.points} points, ${s.dots} dots)`);
      assert.ok(s.last === 1 && s.inside, `${s.id}: the latest value's dot, dots inside the box`);
      assert.ok(s.height > 40, `${s.id}: ${s.height} px high`);
      assert.match(s.label, /\d/, `${s.id}: a finding with numbers as text alternative`);
    }
    // The overview's first view needs no chart library.
    assert.equal(await page.evaluate(() => typeof window.echarts), 'undefined');
    assert.deepEqual(page.errors, []);
  });

  test('a card title opens the indicator page, Back returns', async () => {
    const card = page.locator('li.card[data-indicator="chomage"]');
    const title = (await card.locator('h3').innerText()).trim();
    await card.locator('h3 a').click();
    await page.waitForURL(/page=indicateur/);
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('page'), 'indicateur');
    assert.equal(url.searchParams.get('id'), 'chomage');
    await waitForLoaded(page);
    assert.equal((await page.locator('h1').innerText()).trim(), title);
    await waitForChart(page);

    await page.goBack();
    await page.waitForFunction(() => document.querySelector('h1')?.innerText === 'Le territoire en action');
    assert.equal(new URL(page.url()).searchParams.get('page'), null);
    await page.waitForFunction((n) => document.querySelectorAll('li.card').length === n, TERRITORY.indicators.length);
    assert.equal(await page.locator('section.axis h2').count(), 5);
    assert.deepEqual(page.errors, []);
  });
});
