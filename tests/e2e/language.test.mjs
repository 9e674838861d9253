// English beside French: the language comes from `lang=` in the URL, then the choice saved by
// the switch, then the browser's languages, then French (src/language.rs, and the boot script of
// index.html for the static shell); `<html lang>` follows; links keep `lang=en`; numbers are
// written the English way; a data text without its English version is shown in French, tagged
// lang="fr" and marked « (in French) »; the English pages pass axe-core at phone and desktop
// sizes and show no French interface text; screenshots at phone and projector sizes.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  launch, serve, openPage, closePage, waitForLoaded, visit, readData, unexpectedErrors, axeViolations,
  ROOT, PHONE, DESKTOP, PROJECTOR,
} from './support.mjs';

const SAVED = 'en-action-langue';

/** Every indicator file of the sample data, as [path, parsed file]. */
const INDICATORS = readdirSync(join(ROOT, 'indicators'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && !['schema', 'decks'].includes(d.name))
  .flatMap((d) => readdirSync(join(ROOT, 'indicators', d.name)).map((f) => `${d.name}/${f}`))
  .map((path) => [path, readData(path)]);
const TRANSLATED = INDICATORS.find(([, f]) => f.title_en)?.[1];
const UNTRANSLATED = INDICATORS.find(([, f]) => !f.title_en)?.[1];

let browser, server;
before(async () => {
  browser = await launch();
  server = await serve();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A page whose browser speaks `locale`, with `saved` as the switch's saved choice (if any). */
async function open(query, { locale = 'fr-FR', saved, viewport = DESKTOP } = {}) {
  const page = await openPage(browser, viewport, { locale, reducedMotion: 'reduce' });
  if (saved) await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [SAVED, saved]);
  await page.goto(`${server.url}${query}`);
  // The presentation has no header: its slide counter says it is ready.
  if (query.includes('page=presentation')) await page.locator('.presentation__counter').waitFor();
  else await waitForLoaded(page);
  return page;
}

const htmlLang = (page) => page.evaluate(() => document.documentElement.lang);
const navTexts = (page) => page.locator('.site-nav a').evaluateAll((as) => as.map((a) => a.textContent.trim()));
const FRENCH_NAV = ["Vue d'ensemble", 'Ma commune', 'Actions', 'Présenter'];
const ENGLISH_NAV = ['Overview', 'My commune', 'Actions', 'Present'];

describe('the order of the language choice', () => {
  const cases = [
    // [what, query, browser locale, saved choice, expected]
    ['nothing said: French', '?v=1', 'de-DE', undefined, 'fr'],
    ['a French browser', '?v=1', 'fr-FR', undefined, 'fr'],
    ['an English browser', '?v=1', 'en-GB', undefined, 'en'],
    ['the saved choice beats the browser (fr)', '?v=1', 'en-GB', 'fr', 'fr'],
    ['the saved choice beats the browser (en)', '?v=1', 'fr-FR', 'en', 'en'],
    ['the URL beats the saved choice (en)', '?v=1&lang=en', 'fr-FR', 'fr', 'en'],
    ['the URL beats the saved choice (fr)', '?v=1&lang=fr', 'en-US', 'en', 'fr'],
    ['an unknown lang= is skipped', '?v=1&lang=xx', 'en-US', undefined, 'en'],
  ];
  for (const [what, query, locale, saved, expected] of cases) {
    test(what, async () => {
      const page = await open(query, { locale, saved });
      assert.equal(await htmlLang(page), expected, '<html lang>');
      assert.deepEqual(await navTexts(page), expected === 'en' ? ENGLISH_NAV : FRENCH_NAV);
      assert.deepEqual(unexpectedErrors(page), []);
      await closePage(page);
    });
  }
});

test('the static shell speaks the same language before the app runs', async () => {
  const page = await openPage(browser, DESKTOP, { locale: 'en-GB' });
  // No WebAssembly: what shows is the static shell of index.html, as the boot script set it.
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(`${server.url}?v=1`);
  await page.waitForFunction(() => document.querySelector('[data-shell] h1')?.textContent === 'The territory in action');
  assert.equal(await htmlLang(page), 'en');
  assert.deepEqual(await navTexts(page), ENGLISH_NAV);
  assert.equal(await page.title(), "En action: the territory's indicators");
  assert.equal(await page.locator('.language-switch').textContent(), 'Français');
  assert.equal(await page.locator('.site-footer__links a').first().textContent(), 'Accessibility: not compliant');
  await closePage(page);
});

test('the switch saves the other language, keeps the view, and links keep lang=en', async () => {
  const id = TRANSLATED.id;
  const page = await open(`?v=1&page=indicateur&id=${id}`);
  const switchLink = page.locator('.language-switch');
  assert.equal(await switchLink.textContent(), 'English');
  assert.equal(await switchLink.getAttribute('lang'), 'en');
  await Promise.all([page.waitForEvent('load'), switchLink.click()]);
  await waitForLoaded(page);
  assert.equal(await htmlLang(page), 'en');
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('page'), 'indicateur');
  assert.equal(url.searchParams.get('id'), id);
  assert.equal(url.searchParams.get('lang'), 'en');
  assert.equal((await page.locator('main h1').textContent()).trim(), TRANSLATED.title_en);
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), SAVED), 'en');
  // Every link the app writes keeps the language.
  const hrefs = await page.locator('.site-nav a, main a[href^="?"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.length > 3);
  for (const href of hrefs) assert.match(href, /[?&]lang=en(&|$)/, href);
  // The saved choice, without lang= in the URL.
  await page.goto(`${server.url}?v=1`);
  await waitForLoaded(page);
  assert.equal(await htmlLang(page), 'en');
  // And back to French.
  await Promise.all([page.waitForEvent('load'), page.locator('.language-switch').click()]);
  await waitForLoaded(page);
  assert.equal(await htmlLang(page), 'fr');
  assert.equal(new URL(page.url()).searchParams.get('lang'), 'fr');
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), SAVED), 'fr');
  assert.deepEqual(unexpectedErrors(page), []);
  await closePage(page);
});

test('English numbers, English data texts, and French ones marked', async () => {
  const page = await open(`?v=1&page=indicateur&id=${TRANSLATED.id}&lang=en`);
  const text = await page.locator('main').innerText();
  // A decimal point, and a thousands comma: « 12,345.6 », never « 12 345,6 ».
  assert.doesNotMatch(text, /\d,\d(?!\d\d)/, 'no decimal comma');
  assert.doesNotMatch(text, /\d[\u00a0\u202f]\d{3}/, 'no space between thousands');
  if (TRANSLATED.definition_en) assert.ok(text.includes(TRANSLATED.definition_en), 'the English definition');
  await visit(page, `?v=1&page=indicateur&id=${UNTRANSLATED.id}&lang=en`);
  const heading = page.locator('main h1');
  assert.equal(await heading.locator('[lang="fr"]').first().textContent(), UNTRANSLATED.title);
  assert.match(await heading.textContent(), /\(in French\)/);
  await closePage(page);
});

/** Visible interface text in French on an English page: the words below, outside what is
 * tagged lang="fr" (data texts without English, sources', bodies' and communes' names) and the
 * French proper names an English sentence may quote. */
async function frenchLeftovers(page) {
  return page.evaluate(() => {
    const NAMES = /Défenseur des droits|Base nationale des aménagements cyclables|Licence Ouverte/g;
    const FRENCH = /(^|[\s(])(les|des|du|une|est|sont|avec|pour|dans|sur|données|commune[s]? (de|du)|chargement|voir|afficher|télécharger|année|évolution|objectif|indicateurs?)(?=[\s,.;:!?)]|$)/i;
    const skip = (el) => el.closest('[lang="fr"]:not(html), script, style');
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || skip(el) || !el.checkVisibility?.() || !node.textContent.trim()) continue;
      if (FRENCH.test(node.textContent.replace(NAMES, ''))) found.push(node.textContent.trim().slice(0, 80));
    }
    for (const el of document.querySelectorAll('[aria-label]:not([lang="fr"])')) {
      if (FRENCH.test(el.getAttribute('aria-label').replace(NAMES, ''))) found.push(`aria-label: ${el.getAttribute('aria-label').slice(0, 80)}`);
    }
    return found;
  });
}

test('the French-text detector finds French on a French page (so that it can fail)', async () => {
  const page = await open('?v=1&page=indicateur&id=chomage');
  assert.ok((await frenchLeftovers(page)).length >= 5, 'French words found on the French page');
  await closePage(page);
});

const ENGLISH_PAGES = [
  ['overview', '?v=1&lang=en'],
  ['indicator', `?v=1&page=indicateur&id=${TRANSLATED.id}&lang=en`],
  ['ranking', `?v=1&page=indicateur&id=${TRANSLATED.id}&vue=classement&lang=en`],
  ['commune', '?v=1&page=commune&communes=62498&lang=en'],
  ['actions', '?v=1&page=actions&lang=en'],
  ['action', '?v=1&page=action&id=bouger-1-1-1&lang=en'],
  ['accessibility', '?v=1&page=accessibilite&lang=en'],
  ['legal notices', '?v=1&page=mentions-legales&lang=en'],
  ['site map', '?v=1&page=plan-du-site&lang=en'],
  ['about the data', '?v=1&page=donnees&lang=en'],
  ['presentation', '?v=1&page=presentation&lang=en'],
  ['workbench', '?v=1&page=atelier&lang=en'],
];

for (const [label, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) describe(`English pages, axe-core (${label})`, () => {
  for (const [name, query] of ENGLISH_PAGES) {
    test(`${name}: English, no WCAG A/AA violation`, async () => {
      const page = await open(query, { viewport, locale: 'fr-FR' });
      await page.waitForFunction(() => !document.querySelector('main .loading'));
      assert.equal(await htmlLang(page), 'en');
      assert.deepEqual(await frenchLeftovers(page), [], 'French interface text');
      assert.deepEqual(await axeViolations(page), []);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `no sideways scroll (${overflow} px)`);
      assert.deepEqual(unexpectedErrors(page), []);
      await closePage(page);
    });
  }
});

test('screenshots of the English pages at phone and projector sizes', async () => {
  const dir = join(ROOT, 'target', 'screenshots');
  mkdirSync(dir, { recursive: true });
  for (const [label, viewport] of [['phone', PHONE], ['projector', PROJECTOR]]) {
    for (const [name, query] of ENGLISH_PAGES.slice(0, 4)) {
      const page = await open(query, { viewport });
      await page.waitForTimeout(600);
      await page.screenshot({ path: join(dir, `en-${name}-${label}.png`), fullPage: label === 'phone' });
      await closePage(page);
    }
  }
});
