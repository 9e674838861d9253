// Presentation mode (`?v=1&page=presentation`): a deck walked with a clicker's keys at
// projector sizes, each slide drawing its chart with large text and no scrollbar; black and
// white screens, jumps, the commune followed by the whole deck, Esc back to the page; the
// kiosk; the presenter view in step with the projector; decks in the link and broken decks.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  launch, serve, openPage, closePage, until, communeCode, readData, unexpectedErrors, ROOT, PROJECTOR,
} from './support.mjs';

const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const LIEVIN = communeCode('Liévin');
const SMALL_PROJECTOR = { width: 1280, height: 720 };
const DECK = readData('decks/conseil-communautaire.json');
const COUNCIL = '?v=1&page=presentation&fichier=conseil-communautaire';

let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Opens a presentation and waits for its first slide. */
async function present(viewport, query, options = {}) {
  const page = await openPage(browser, viewport, { reducedMotion: 'reduce', ...options });
  await page.goto(`${server.url}${query}`);
  await page.locator('.presentation__counter').waitFor();
  await settled(page);
  return page;
}

/** Waits until the slide shown has loaded and every chart on it has drawn. */
async function settled(page) {
  await page.waitForFunction(() => {
    const slide = document.querySelector('.presentation__slide .slide');
    if (!slide || slide.querySelector('.loading')) return false;
    // Sparklines are plain SVG; the other charts ECharts instances.
    const sparks = [...slide.querySelectorAll('.chart--spark')];
    const charts = [...slide.querySelectorAll('.chart:not(.chart--spark)')].map((el) => window.echarts?.getInstanceByDom(el));
    return sparks.every((el) => el.querySelector('svg path'))
      && charts.every((c) => c && c.getZr().animation.isFinished() && c.getDom().querySelector('svg path'));
  }, null, { timeout: 20000 });
}

const counter = (page) => page.locator('.presentation__counter').innerText();

/** What a slide measures: scrollbars, text sizes, what its charts drew. */
const measure = (page) => page.evaluate(() => {
  const root = document.documentElement;
  const slide = document.querySelector('.presentation__slide');
  const texts = [...slide.querySelectorAll('.chart svg text')].filter((t) => t.textContent.trim() !== '');
  const sizes = texts.map((t) => parseFloat(getComputedStyle(t).fontSize));
  const finding = slide.querySelector('.finding');
  return {
    scrollbar: root.scrollWidth > root.clientWidth || root.scrollHeight > root.clientHeight,
    clipped: slide.scrollHeight > slide.clientHeight + 1,
    charts: slide.querySelectorAll('.chart').length,
    drawn: [...slide.querySelectorAll('.chart svg')].every((svg) => svg.querySelectorAll('path').length > 0 && svg.getBoundingClientRect().height > 100),
    smallestChartText: sizes.length ? Math.min(...sizes) : null,
    findingPx: finding ? parseFloat(getComputedStyle(finding).fontSize) : null,
    bodyPx: parseFloat(getComputedStyle(slide).fontSize),
  };
});

for (const [label, viewport] of [['1920×1080', PROJECTOR], ['1366×768', { width: 1366, height: 768 }], ['1280×720', SMALL_PROJECTOR]]) {
  test(`the council deck walked with the keyboard at ${label}: charts drawn, large text, no scrollbar`, async () => {
    const page = await present(viewport, COUNCIL);
    const total = DECK.slides.length;
    let smallest = Infinity;
    for (let i = 1; i <= total; i++) {
      assert.equal(await counter(page), `${i} / ${total}`);
      const m = await measure(page);
      assert.equal(m.scrollbar, false, `slide ${i}: no scrollbar`);
      assert.equal(m.clipped, false, `slide ${i}: nothing cut off`);
      const view = DECK.slides[i - 1].view;
      if (view.page === 'indicateur') {
        assert.ok(m.charts >= 1 && m.drawn, `slide ${i}: its chart is drawn`);
        assert.ok(m.smallestChartText >= 22, `slide ${i}: chart text ${m.smallestChartText} px`);
        smallest = Math.min(smallest, m.smallestChartText);
        assert.ok(m.findingPx > m.bodyPx, `slide ${i}: the finding is the headline`);
      }
      if (viewport === PROJECTOR) assert.ok(m.bodyPx >= 28, `slide ${i}: body text ${m.bodyPx} px at 1920 wide`);
      if (i < total) {
        await page.keyboard.press(['ArrowRight', 'PageDown', ' ', 'ArrowDown', 'Enter'][i % 5]);
        await settled(page);
      }
    }
    console.log(`# ${label}: smallest chart text ${smallest} px`);
    await page.keyboard.press('PageDown');
    assert.equal(await counter(page), `${total} / ${total}`, 'no slide after the last');
    for (const key of ['ArrowLeft', 'PageUp', 'ArrowUp', 'Backspace']) await page.keyboard.press(key);
    assert.equal(await counter(page), `${total - 4} / ${total}`);
    assert.deepEqual(unexpectedErrors(page), []);
    await page.screenshot({ path: join(ROOT, 'target', `presentation-${viewport.width}.png`) });
    await closePage(page);
  });
}

test('jumps, black and white screens, announcements and the link of the slide shown', async () => {
  const page = await present(PROJECTOR, COUNCIL);
  await page.keyboard.press('End');
  assert.equal(await counter(page), '7 / 7');
  await page.keyboard.press('Home');
  assert.equal(await counter(page), '1 / 7');
  await page.keyboard.press('4');
  assert.match(await counter(page), /1 \/ 7\s*→ 4/, 'the typed number is shown');
  await page.keyboard.press('Enter');
  assert.equal(await counter(page), '4 / 7');
  await until(async () => (await page.locator('[role="status"][aria-live="polite"]').innerText()).startsWith('Diapositive 4 sur 7'), { message: 'announcement' });
  assert.match(page.url(), /[?&]diapo=4(&|$)/, 'the link names the slide shown');
  for (const [key, colour] of [['b', 'rgb(0, 0, 0)'], ['.', null], ['w', 'rgb(255, 255, 255)']]) {
    await page.keyboard.press(key);
    const shown = await page.evaluate(() => [...document.querySelectorAll('.presentation__blank')]
      .filter((b) => getComputedStyle(b).display !== 'none').map((b) => getComputedStyle(b).backgroundColor));
    assert.deepEqual(shown, colour ? [colour] : [], `after ${key}`);
  }
  await page.keyboard.press('ArrowRight');
  const blanks = await page.evaluate(() => [...document.querySelectorAll('.presentation__blank')].filter((b) => getComputedStyle(b).display !== 'none').length);
  assert.equal(blanks, 0, 'next shows the slide again');
  assert.equal(await counter(page), '4 / 7', '…the same slide');
  // Touch screens: on-screen buttons.
  await page.getByRole('button', { name: 'Diapositive suivante' }).click();
  assert.equal(await counter(page), '5 / 7');
  await page.getByRole('button', { name: 'Diapositive précédente' }).click();
  assert.equal(await counter(page), '4 / 7');
  // F: full screen, and F again leaves it.
  await page.keyboard.press('f');
  await until(() => page.evaluate(() => document.fullscreenElement !== null), { message: 'full screen' });
  await page.keyboard.press('F');
  await until(() => page.evaluate(() => document.fullscreenElement === null), { message: 'full screen left' });
  // Reloaded, the link shows the same slide.
  await page.reload();
  await page.locator('.presentation__counter').waitFor();
  assert.equal(await counter(page), '4 / 7');
  await closePage(page);
});

test('C: the whole deck follows a commune; Esc leaves to the page of the slide', async () => {
  const page = await present(PROJECTOR, `${COUNCIL}&diapo=2`);
  await page.keyboard.press('c');
  const input = page.getByRole('combobox', { name: 'Commune' });
  await input.fill('lievin');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await until(async () => (await page.locator('.presentation__corner').innerText()) === 'Liévin', { message: 'corner' });
  assert.match(page.url(), new RegExp(`commune=${LIEVIN}`));
  await page.keyboard.press('ArrowRight');
  await settled(page);
  const series = await page.evaluate(() => {
    const chart = window.echarts.getInstanceByDom(document.querySelector('.presentation__slide .chart'));
    return chart.getOption().series.map((s) => s.name);
  });
  assert.ok(series.includes('Liévin'), `the chart shows Liévin: ${series}`);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('page') === 'indicateur');
  const params = new URL(page.url()).searchParams;
  assert.equal(params.get('id'), DECK.slides[2].view.id);
  assert.equal(params.get('communes'), LIEVIN);
  await page.locator('h1').waitFor();
  assert.ok(await page.locator('.site-header').isVisible(), 'the normal page, with its header');
  await closePage(page);
});

test('the projector theme and its dark variant pass axe, with 7:1 text', async () => {
  for (const theme of ['', '&theme=sombre']) {
    const page = await present(PROJECTOR, `${COUNCIL}&diapo=3${theme}`);
    await page.evaluate(readFileSync(AXE, 'utf8'));
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    assert.deepEqual(violations, [], `theme ${theme || 'clair'}`);
    const contrast = await page.evaluate(() => {
      const channel = (c) => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
      const luminance = (rgb) => { const [r, g, b] = rgb.match(/\d+/g).map(Number); return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b); };
      const bg = luminance(getComputedStyle(document.querySelector('.presentation')).backgroundColor);
      return [...document.querySelectorAll('.presentation__slide :is(h2, p), .presentation__slide .chart svg text')]
        .filter((e) => e.textContent.trim() && !e.closest('.badge'))
        .map((e) => { const l = luminance(e.tagName === 'text' ? getComputedStyle(e).fill : getComputedStyle(e).color); return (Math.max(l, bg) + 0.05) / (Math.min(l, bg) + 0.05); })
        .reduce((a, b) => Math.min(a, b), Infinity);
    });
    assert.ok(contrast >= 7, `theme ${theme || 'clair'}: lowest text contrast ${contrast.toFixed(1)}:1`);
    await page.screenshot({ path: join(ROOT, 'target', `presentation-theme${theme ? '-sombre' : ''}.png`) });
    await closePage(page);
  }
});

test('kiosk: advances on its own, loops, pauses while someone interacts', async () => {
  // The axis deck: its overview, its 4 indicators, its actions.
  const page = await present(PROJECTOR, '?v=1&page=presentation&axe=respirer&auto=3');
  assert.equal(await counter(page), '1 / 6');
  await until(async () => (await counter(page)) === '2 / 6', { timeout: 6000, message: 'advance after 3 s' });
  assert.ok(await page.locator('.presentation--idle').count() === 1, 'the cursor is hidden while the kiosk runs');
  const bar = await page.evaluate(() => getComputedStyle(document.querySelector('.kiosk-progress span')).transform);
  assert.notEqual(bar, 'none', 'a progress bar');
  await page.mouse.move(400, 400);
  await page.mouse.move(500, 420);
  await until(async () => (await page.locator('.kiosk-state').innerText()).includes('en pause'), { message: 'paused' });
  await page.waitForTimeout(4000);
  assert.equal(await counter(page), '2 / 6', 'paused while someone is there');
  await page.keyboard.press('End');
  await until(async () => (await counter(page)) === '1 / 6', { timeout: 16000, message: 'resumes when idle and loops' });
  await closePage(page);
});

test('presenter view and projector stay in step, whichever receives the keys', async () => {
  const projector = await present(PROJECTOR, COUNCIL);
  const presenter = await projector.context().newPage();
  await presenter.setViewportSize({ width: 1280, height: 800 });
  await presenter.goto(`${server.url}${COUNCIL}&presentateur=1`);
  await presenter.locator('.presenter__counter').waitFor();
  assert.match(await presenter.locator('.presenter__notes').innerText(), /cinq axes/, 'the first slide\'s notes');
  assert.match(await presenter.locator('.presenter__clock').innerText(), /^\d\d:\d\d$/);
  await presenter.keyboard.press('ArrowRight');
  await until(async () => (await counter(projector)) === '2 / 7', { message: 'projector follows the presenter' });
  assert.match(await presenter.locator('.presenter__notes').innerText(), /Bulles/);
  await projector.keyboard.press('ArrowRight');
  await until(async () => (await presenter.locator('.presenter__counter').innerText()) === '3 / 7', { message: 'presenter follows the projector' });
  await projector.keyboard.press('b');
  await until(async () => (await presenter.locator('.presenter__screen').innerText()).includes('écran noir'), { message: 'the presenter sees the black screen' });
  await presenter.keyboard.press('ArrowRight');
  await until(async () => (await counter(projector)) === '3 / 7' && (await projector.locator('.presentation__blank.is-shown').count()) === 0, { message: 'black screen lifted from the presenter' });
  await presenter.waitForFunction(() => document.querySelectorAll('.presenter__current .chart svg path').length > 0 && document.querySelectorAll('.presenter__preview .chart svg path').length > 0);
  await presenter.screenshot({ path: join(ROOT, 'target', 'presentation-presenter.png') });
  await closePage(projector);
});

describe('decks from links and files', () => {
  test('a deck carried in the link', async () => {
    const d = (q) => `d=${encodeURIComponent(q)}`;
    const page = await present(PROJECTOR, `?v=1&page=presentation&${d('page=indicateur&id=no2&vue=classement')}&${d(`page=commune&communes=${LIEVIN}`)}&titre=Mon+conseil`);
    assert.equal(await counter(page), '1 / 2');
    assert.ok((await page.locator('.presentation__slide .finding').innerText()).includes('valeur la plus'), 'the ranking\'s finding');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator('.slide__title').innerText(), 'Liévin');
    assert.equal(await page.title(), 'Mon conseil : présentation');
    await closePage(page);
  });

  test('a deck file with a mistake: a located French error, and a way out', async () => {
    const page = await openPage(browser, PROJECTOR);
    const broken = JSON.stringify(DECK, null, 2).replace('"frequentation_bulles"', '"frequentation_bus"');
    await page.route('**/decks/conseil-communautaire.json', (route) => route.fulfill({ body: broken, contentType: 'application/json' }));
    await page.goto(`${server.url}${COUNCIL}`);
    await page.getByRole('heading', { name: 'Présentation indisponible' }).waitFor();
    const text = await page.locator('.error-card').innerText();
    assert.match(text, /conseil-communautaire\.json/);
    assert.match(text, /ligne \d+/);
    assert.match(text, /frequentation_bus/);
    assert.ok(await page.getByRole('link', { name: 'Présenter tout le projet' }).isVisible());
    await closePage(page);
    const unknown = await openPage(browser, PROJECTOR);
    await unknown.goto(`${server.url}?v=1&page=presentation&fichier=inconnue`);
    await unknown.getByRole('heading', { name: 'Présentation indisponible' }).waitFor();
    assert.match(await unknown.locator('.error-card').innerText(), /Aucune présentation « inconnue »/);
    await closePage(unknown);
  });

  test('the project deck: the home slide, then every axis and its indicators, then the actions', async () => {
    const page = await present(PROJECTOR, '?v=1&page=presentation');
    const territory = readData('territory.json');
    assert.equal(await counter(page), `1 / ${1 + territory.axes.length + territory.indicators.length + (territory.actions ? 1 : 0)}`, 'the home, every axis and its indicators, the actions');
    assert.equal(await page.locator('.slide__axes > li').count(), territory.axes.length);
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator('.slide__title').innerText(), `Axe « ${territory.axes[0].label} »`);
    await closePage(page);
  });
});
