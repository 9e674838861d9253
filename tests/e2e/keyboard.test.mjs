// Keyboard only: the skip link comes first, focus is visible, the commune picker works with
// Tab, typing (accents optional), arrows, Enter and Escape, and a chosen commune can be
// removed with the keyboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, serve, openPage, closePage, waitForChart, waitForLoaded, chartSeries, until, communeCode, DESKTOP,
} from './support.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const MAX_TABS = 60;

/** Describes the focused element: tag, id, text or label. */
const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return el ? { tag: el.tagName.toLowerCase(), id: el.id, text: el.innerText?.trim() ?? '', label: el.getAttribute('aria-label') ?? '' } : null;
});

/** Presses Tab until `matches(focused)` holds; returns the number of presses. */
async function tabTo(page, matches, what) {
  for (let presses = 1; presses <= MAX_TABS; presses++) {
    await page.keyboard.press('Tab');
    if (matches(await focused(page))) return presses;
  }
  assert.fail(`${what} not reached with ${MAX_TABS} Tab presses`);
}

/** The outline of the focused element as computed. */
const focusOutline = (page) => page.evaluate(() => {
  const style = getComputedStyle(document.activeElement);
  return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), colour: style.outlineColor, shadow: style.boxShadow };
});

function assertVisibleFocus(outline, what) {
  const outlined = outline.style !== 'none' && outline.width > 0;
  const shadowed = outline.shadow && outline.shadow !== 'none';
  assert.ok(outlined || shadowed, `${what}: visible focus, got ${JSON.stringify(outline)}`);
}

test('the skip link is first in tab order, visible when focused, and leads to the content', async () => {
  const page = await openPage(browser, DESKTOP);
  await page.goto(`${server.url}?v=1&page=indicateur&id=chomage`);
  await waitForChart(page);
  await page.keyboard.press('Tab');
  const first = await focused(page);
  assert.equal(first.tag, 'a');
  assert.equal(first.text, 'Aller au contenu');
  assertVisibleFocus(await focusOutline(page), 'skip link');
  const box = await page.evaluate(() => document.activeElement.getBoundingClientRect().toJSON());
  assert.ok(box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0, `the focused skip link is on screen: ${JSON.stringify(box)}`);
  await page.keyboard.press('Enter');
  await until(async () => (await focused(page)).id === 'contenu', { message: 'focus on the main content' });
  // The next Tab goes on from the content, not back to the header.
  await page.keyboard.press('Tab');
  const next = await page.evaluate(() => !!document.activeElement.closest('main'));
  assert.ok(next, 'the next Tab stays in the main content');
  assert.equal(await page.locator('h1').innerText(), 'Taux de chômage des 15-64 ans', 'the view is unchanged');
  assert.deepEqual(page.errors, []);
  await closePage(page);
});

test('pick « Liévin » by typing « lie » and remove it, keyboard only, with visible focus', async () => {
  const page = await openPage(browser, DESKTOP);
  await page.goto(`${server.url}?v=1&page=indicateur&id=chomage`);
  await waitForChart(page);
  // Links and buttons show their focus on the way.
  const seen = new Set();
  let presses = 0;
  for (; presses < MAX_TABS; presses++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f.id === 'communes') break;
    if (['a', 'button'].includes(f.tag)) {
      assertVisibleFocus(await focusOutline(page), `${f.tag} « ${f.text || f.label} »`);
      seen.add(f.tag);
    }
  }
  assert.ok(presses < MAX_TABS, `the commune box reached with Tab (${presses + 1} presses)`);
  assert.ok(seen.has('a'), 'links were focused on the way');

  await page.keyboard.type('lie');
  assert.equal(await page.locator('#communes').getAttribute('aria-expanded'), 'true');
  const options = await page.locator('#communes-liste [role="option"]').allInnerTexts();
  assert.equal(options[0], 'Liévin', `suggestions: ${options}`);
  await page.keyboard.press('ArrowDown');
  const active = await page.locator('#communes').getAttribute('aria-activedescendant');
  assert.ok(active, 'an active option');
  assert.equal(await page.locator(`#${active}`).innerText(), 'Liévin');
  assert.equal(await page.locator(`#${active}`).getAttribute('aria-selected'), 'true');
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`communes=${communeCode('Liévin')}`));
  assert.deepEqual(await page.locator('.chip').evaluateAll((cs) => cs.map((c) => c.firstChild.textContent.trim())), ['Liévin']);
  await until(async () => (await chartSeries(page)).some((s) => s.name === 'Liévin'), { message: 'a Liévin series' });
  assert.equal(await page.locator('#communes').inputValue(), '', 'the box is emptied');
  assert.equal(await page.locator('#communes').getAttribute('aria-expanded'), 'false');

  await tabTo(page, (f) => f.label === 'Retirer Liévin', '« Retirer Liévin »');
  assertVisibleFocus(await focusOutline(page), '« Retirer Liévin »');
  await page.keyboard.press('Enter');
  await until(async () => (await page.locator('.chip').count()) === 0, { message: 'the chip removed' });
  await until(async () => !(await chartSeries(page)).some((s) => s.name === 'Liévin'), { message: 'the series removed' });
  assert.equal(new URL(page.url()).searchParams.get('communes'), null);
  assert.deepEqual(page.errors, []);
  await closePage(page);
});

test('on the overview, a card title focused with Tab shows its focus (on the link or its card)', async () => {
  const page = await openPage(browser, DESKTOP);
  await page.goto(server.url);
  await waitForLoaded(page);
  await page.waitForSelector('li.card h3 a');
  await tabTo(page, (f) => f.tag === 'a' && f.text === 'Taux de chômage des 15-64 ans', 'the « Taux de chômage » card');
  const rings = await page.evaluate(() => [document.activeElement, document.activeElement.closest('.card')].map((el) => {
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), colour: style.outlineColor, shadow: style.boxShadow };
  }));
  const visible = rings.some((r) => r.style !== 'none' && r.width > 0);
  assert.ok(visible, `an outline on the link or its card: ${JSON.stringify(rings)}`);
  await page.keyboard.press('Enter');
  await page.waitForURL(/id=chomage/);
  assert.deepEqual(page.errors, []);
  await closePage(page);
});

test('the picker: arrows move, Escape closes and clears, accents are optional', async () => {
  const page = await openPage(browser, DESKTOP);
  await page.goto(`${server.url}?v=1&page=indicateur&id=chomage`);
  await waitForChart(page);
  const box = page.locator('#communes');
  await box.focus();
  await page.keyboard.type('loo');
  const options = await page.locator('#communes-liste [role="option"]').allInnerTexts();
  assert.equal(options[0], 'Loos-en-Gohelle', `suggestions: ${options}`);
  await page.keyboard.press('Escape');
  assert.equal(await box.getAttribute('aria-expanded'), 'false');
  assert.equal(await box.inputValue(), '');
  await page.keyboard.type('ME');
  const me = await page.locator('#communes-liste [role="option"]').allInnerTexts();
  assert.ok(me.includes('Méricourt') && me.includes('Meurchin'), `« ME » finds Méricourt and Meurchin: ${me}`);
  const activeText = async () => page.locator(`#${await box.getAttribute('aria-activedescendant')}`).innerText();
  assert.equal(await activeText(), me[0]);
  await page.keyboard.press('ArrowDown');
  assert.equal(await activeText(), me[1]);
  await page.keyboard.press('ArrowUp');
  assert.equal(await activeText(), me[0]);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await until(async () => (await page.locator('.chip').count()) === 1, { message: 'a chip' });
  assert.equal(await page.locator('.chip').evaluate((c) => c.firstChild.textContent.trim()), me[1]);
  assert.deepEqual(page.errors, []);
  await closePage(page);
});

test('on the commune page, typing « eleu » picks Éleu-dit-Leauwette', async () => {
  const page = await openPage(browser, DESKTOP);
  await page.goto(`${server.url}?v=1&page=commune`);
  await waitForLoaded(page);
  await tabTo(page, (f) => f.id === 'profil-commune', 'the commune box');
  await page.keyboard.type('eleu');
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`communes=${communeCode('Éleu-dit-Leauwette')}`));
  await page.waitForFunction(() => document.querySelector('h1')?.innerText === 'Éleu-dit-Leauwette');
  await waitForLoaded(page);
  assert.equal(await page.locator('section.profile-axis').count(), 5);
  assert.ok(await page.locator('section.profile-axis tbody tr').count() >= 15);
  assert.deepEqual(page.errors, []);
  await closePage(page);
});

test('focus stays on the control used: changing the view never drops focus to the page', async () => {
  const page = await openPage(browser, DESKTOP);
  await page.goto(`${server.url}?v=1&page=indicateur&id=chomage&communes=${communeCode('Lens')}`);
  await waitForChart(page);
  const lost = [];
  /** Runs `act` (keyboard) from the element `start`, then reads where the focus is. */
  const step = async (what, start, act, expected) => {
    await start.focus();
    const url = page.url();
    await act();
    await until(async () => page.url() !== url, { message: `${what} changes the URL` });
    await waitForLoaded(page);
    await page.waitForTimeout(100);
    const now = await focused(page);
    if (!expected(now)) {
      const name = now.tag === 'body' ? '' : ` « ${(now.label || now.text).slice(0, 30)} »`;
      lost.push(`${what}: focus went to <${now.tag}${now.id ? '#' + now.id : ''}>${name}`);
    }
  };
  await step('picking « Liévin » with Enter in the commune box', page.locator('#communes'),
    async () => { await page.keyboard.type('lie'); await page.keyboard.press('Enter'); },
    (f) => f.id === 'communes');
  await step('choosing the first year with the arrow keys', page.locator('#annee-debut'),
    () => page.keyboard.press('ArrowDown'), (f) => f.id === 'annee-debut');
  await step('ticking « Indice base 100 » with Space', page.getByRole('checkbox', { name: 'Indice base 100', exact: true }),
    () => page.keyboard.press('Space'), (f) => f.tag === 'input');
  await step('removing Lens with « Retirer Lens »', page.getByRole('button', { name: 'Retirer Lens' }),
    () => page.keyboard.press('Enter'), (f) => f.tag !== 'body' && f.label !== 'Retirer Lens');
  await step('opening the « Classement » tab with Enter', page.getByRole('link', { name: 'Classement', exact: true }),
    () => page.keyboard.press('Enter'), (f) => f.tag !== 'body');
  assert.deepEqual(lost, [], `focus lost:\n${lost.join('\n')}`);
  assert.deepEqual(page.errors, []);
  await closePage(page);
});
