// Citizens on phones (issue 12, in progress): year labels that never overlap at 320, 390
// and 1366 px, years written as years in the tooltip, the chart visible in forced colours,
// and the focus and scroll position given back after Back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, closePage, communeCode, waitForLoaded, waitForChart, until, DESKTOP, PHONE } from './support.mjs';

const LIEVIN = communeCode('Liévin');
let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const drawn = (page) => page.waitForFunction(() => document.querySelector('.chart:not(.chart--spark) svg path'), null, { timeout: 20000 });
/** The trend is first a picture (src/components/picture.rs), then the live chart: `check`
 * runs on each, the picture first. */
async function bothDrawings(page, check) {
  await drawn(page);
  assert.equal(await page.locator('.chart .picture').count(), 1, 'first a picture');
  await check('picture');
  await waitForChart(page, '.chart:not(.chart--spark)');
  await check('live chart');
}

/** The boxes of the x axis's labels (the years under the plot) that are shown. */
const yearLabels = (page) => page.evaluate(() => {
  const svg = document.querySelector('.chart:not(.chart--spark) svg');
  return [...svg.querySelectorAll('text')]
    .filter((t) => /^\d{4}$/.test(t.textContent.trim()) && getComputedStyle(t).display !== 'none' && t.getAttribute('opacity') !== '0')
    .map((t) => { const r = t.getBoundingClientRect(); return { text: t.textContent, left: r.left, right: r.right, top: r.top }; })
    .filter((b) => b.right > b.left);
});

for (const width of [320, 390, 1366]) {
  test(`year labels never overlap at ${width} px`, async () => {
    const page = await openPage(browser, { width, height: 800 }, { reducedMotion: 'reduce' });
    for (const id of ['chomage', 'frequentation_bulles', 'no2']) {
      await page.goto(`${server.url}?v=1&page=indicateur&id=${id}&communes=${LIEVIN}`);
      await bothDrawings(page, async (drawing) => {
        const labels = (await yearLabels(page)).sort((a, b) => a.left - b.left);
        const row = labels.filter((l) => Math.abs(l.top - labels.at(-1).top) < 4);
        assert.ok(row.length >= 2, `${id} at ${width}, ${drawing}: years shown (${row.map((l) => l.text)})`);
        for (let i = 1; i < row.length; i++) {
          assert.ok(row[i].left >= row[i - 1].right, `${id} at ${width}, ${drawing}: ${row[i - 1].text} and ${row[i].text} overlap`);
        }
      });
    }
    await closePage(page);
  });
}

test('the tooltip writes the year as a year', async () => {
  const page = await openPage(browser, DESKTOP, { reducedMotion: 'reduce' });
  await page.goto(`${server.url}?v=1&page=indicateur&id=chomage`);
  // The live chart's (the picture has none).
  await waitForChart(page, '.chart:not(.chart--spark)');
  // The tooltip is drawn in the SVG (rich text: no inline style under the CSP).
  const texts = () => page.evaluate(() => [...document.querySelector('.chart svg').querySelectorAll('text')].map((t) => t.textContent));
  await page.locator('.chart').first().scrollIntoViewIfNeeded();
  const before = await texts();
  const box = await page.locator('.chart').first().boundingBox();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
  await page.mouse.move(box.x + box.width * 0.31, box.y + box.height * 0.5);
  let added = [];
  await until(async () => {
    const now = await texts();
    added = now.filter((t) => !before.includes(t) || now.filter((x) => x === t).length > before.filter((x) => x === t).length);
    return added.some((t) => t.includes('CALL'));
  }, { message: 'a tooltip' });
  const tip = added.join(' | ');
  assert.ok(added.some((t) => /^20\d\d$/.test(t.trim())), `a year as a year: ${tip}`);
  assert.doesNotMatch(tip, /2[\s\u202f,.]0\d\d/, 'not « 2,023.00 »');
  assert.match(tip, /\d,\d\s%/, `values with their unit: ${tip}`);
  await closePage(page);
});

test('forced colours: the territory line and the axis labels stay visible', async () => {
  const page = await openPage(browser, DESKTOP, { reducedMotion: 'reduce', forcedColors: 'active' });
  await page.goto(`${server.url}?v=1&page=indicateur&id=chomage`);
  await bothDrawings(page, async (drawing) => {
    const colours = await page.evaluate(() => {
      const rgb = (c) => c.match(/\d+/g).slice(0, 3).map(Number);
      const lum = ([r, g, b]) => [r, g, b].map((v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; }).reduce((a, v, i) => a + v * [0.2126, 0.7152, 0.0722][i], 0);
      const contrast = (a, b) => { const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
      const bg = getComputedStyle(document.body).backgroundColor;
      const svg = document.querySelector('.chart svg');
      const territory = [...svg.querySelectorAll('path')].find((p) => p.getAttribute('stroke') === '#1a1a1a' && p.getAttribute('fill') === 'none');
      const label = [...svg.querySelectorAll('text')].find((t) => /^\d{4}$/.test(t.textContent));
      return { line: contrast(getComputedStyle(territory).stroke, bg), label: contrast(getComputedStyle(label).fill, bg) };
    });
    assert.ok(colours.line >= 3, `${drawing}: territory line ${colours.line.toFixed(1)}:1`);
    assert.ok(colours.label >= 4.5, `${drawing}: axis labels ${colours.label.toFixed(1)}:1`);
  });
  await closePage(page);
});

test('after Back, the overview gives back the focus to the link followed, and the scroll', async () => {
  const page = await openPage(browser, PHONE, { reducedMotion: 'reduce' });
  await page.goto(server.url);
  await waitForLoaded(page);
  await page.waitForFunction(() => document.querySelectorAll('.card h3 a').length >= 10);
  const link = page.locator('.card h3 a').nth(9);
  const href = await link.getAttribute('href');
  await link.focus();
  const scrolled = await page.evaluate(() => window.scrollY);
  assert.ok(scrolled > 500, `the tenth card is down the page (${scrolled} px)`);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('page') === 'indicateur');
  await page.locator('h1').waitFor();
  await page.goBack();
  await page.waitForFunction((h) => document.activeElement?.getAttribute('href') === h, href, { timeout: 5000 });
  const back = await page.evaluate(() => window.scrollY);
  assert.ok(Math.abs(back - scrolled) < 40, `scroll back at ${back} px, was ${scrolled} px`);
  await closePage(page);
});

for (const width of [320, 390]) {
  test(`the commune profile at ${width} px: cards, nothing cut, the rank's meaning`, async () => {
    const page = await openPage(browser, { width, height: 800 });
    await page.goto(`${server.url}?v=1&page=commune&communes=${LIEVIN}`);
    await waitForLoaded(page);
    await page.waitForFunction(() => document.querySelectorAll('.profile-table tbody tr').length >= 10);
    const layout = await page.evaluate(() => ({
      pageScrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth,
      tooWide: [...document.querySelectorAll('.profile-table')].filter((t) => t.getBoundingClientRect().width > t.parentElement.getBoundingClientRect().width + 1).length,
      cellsOut: [...document.querySelectorAll('.profile-table td')].filter((td) => td.getBoundingClientRect().right > document.documentElement.clientWidth).length,
      labels: [...document.querySelector('.profile-table tbody tr').querySelectorAll('td')].map((td) => getComputedStyle(td, '::before').content),
    }));
    assert.equal(layout.pageScrolls, false, 'nothing scrolls sideways');
    assert.equal(layout.tooWide, 0, 'no table wider than its box');
    assert.equal(layout.cellsOut, 0, 'no value off the screen');
    assert.deepEqual(layout.labels, ['"Liévin"', '"CALL"', '"Écart ou part"', '"Rang (1 = plus favorable)"', '"Évolution"'], 'each value names its column');
    assert.match(await page.locator('.rank-meaning').innerText(), /1 = la situation la plus favorable/);
    await closePage(page);
  });
}

test('one meaning of rank: the profile and the ranking give Liévin the same rank', async () => {
  const page = await openPage(browser, DESKTOP);
  await page.goto(`${server.url}?v=1&page=commune&communes=${LIEVIN}`);
  await waitForLoaded(page);
  const row = page.locator('.profile-table tbody tr', { hasText: 'Taux de logements vacants' });
  await row.waitFor();
  const [, profileRank, of] = (await row.locator('td').nth(3).innerText()).match(/^(\d+)(?:re|e)\b.* sur (\d+)$/);
  await page.goto(`${server.url}?v=1&page=indicateur&id=vacance&vue=classement&communes=${LIEVIN}`);
  await waitForLoaded(page);
  const rankCell = page.locator('table tr.row--highlight td').first();
  await rankCell.waitFor();
  assert.equal(await rankCell.innerText(), profileRank, `rank ${profileRank} of ${of} in both`);
  assert.match(await page.locator('.rank-meaning').innerText(), /la valeur la plus basse/);
  await closePage(page);
});

test('« Partager » copies the link of the view (no share sheet here) and says so', async () => {
  const page = await openPage(browser, PHONE, { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.goto(`${server.url}?v=1&page=indicateur&id=no2&communes=${LIEVIN}&vue=carte`);
  await waitForLoaded(page);
  await page.getByRole('button', { name: 'Partager' }).click();
  await until(async () => (await page.locator('.share__said').innerText()).startsWith('Lien copié'), { message: 'the confirmation' });
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  assert.equal(copied.searchParams.get('id'), 'no2');
  assert.equal(copied.searchParams.get('communes'), LIEVIN);
  assert.equal(copied.searchParams.get('vue'), 'carte');
  await closePage(page);
});
