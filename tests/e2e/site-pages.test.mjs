// The pages of the footer: accessibility statement, legal notice, site map, about the data.
// Each is reachable from the footer (the app's and the static shell's, the same links), has
// one h1 and ordered headings, and no axe-core violation at phone and desktop sizes; the
// site map lists every indicator and commune; missing publisher fields show « à compléter par
// l'éditeur »; a `javascript:` link in the publisher block is refused; a failed indicator
// file says so in its place; screenshots.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  launch, serve, openPage, closePage, waitForLoaded, visit, readData, readDataText, unexpectedErrors, axeViolations,
  TERRITORY, ROOT, PHONE, DESKTOP, PROJECTOR,
} from './support.mjs';

const PAGES = [
  ['accessibilite', 'Accessibilité : non conforme', "Déclaration d'accessibilité"],
  ['mentions-legales', 'Mentions légales', 'Mentions légales'],
  ['plan-du-site', 'Plan du site', 'Plan du site'],
  ['donnees', 'À propos des données', 'À propos des données'],
];
const FOOTER = PAGES.map(([param, label]) => ({ href: `?v=1&page=${param}`, text: label }));
const TO_COMPLETE = "à compléter par l'éditeur";

/** territory.json with `publisher` replaced (removed when undefined). */
function territoryWith(publisher) {
  const territory = JSON.parse(readDataText('territory.json'));
  if (publisher === undefined) delete territory.publisher;
  else territory.publisher = publisher;
  return JSON.stringify(territory, null, 2);
}

let browser, server, bare, hostile, missing;
before(async () => {
  browser = await launch();
  server = await serve();
  bare = await serve({ overrides: { 'indicators/territory.json': territoryWith(undefined) } });
  hostile = await serve({ overrides: { 'indicators/territory.json': territoryWith({ name: 'X', contact: 'javascript:alert(document.domain)' }) } });
  missing = await serve({ overrides: { 'indicators/respirer/no2.json': 404 } });
});
after(async () => {
  await browser?.close();
  for (const s of [server, bare, hostile, missing]) await s?.close();
});

async function open(viewport, query, srv = server) {
  const page = await openPage(browser, viewport, { reducedMotion: 'reduce' });
  await page.goto(`${srv.url}${query}`);
  await waitForLoaded(page);
  return page;
}

/** The footer's links, as { href, text }. */
const footerLinks = (page) => page.locator('.site-footer__links a').evaluateAll((links) => links.map((a) => ({ href: a.getAttribute('href'), text: a.textContent.trim() })));

/** The headings of main, as [level, text]. */
const headings = (page) => page.locator('main :is(h1, h2, h3, h4, h5, h6)').evaluateAll((hs) => hs.map((h) => [Number(h.tagName[1]), h.textContent.trim()]));

function assertOrdered(list, where) {
  assert.equal(list.filter(([level]) => level === 1).length, 1, `one h1 on ${where}`);
  assert.equal(list[0][0], 1, `the h1 first on ${where}`);
  assert.ok(list.some(([level]) => level === 2), `h2 on ${where}`);
  list.slice(1).forEach(([level, text], i) => {
    assert.ok(level >= 2 && level <= list[i][0] + 1, `« ${text} » (h${level}) after h${list[i][0]} on ${where}`);
  });
}

test('the static shell and the app have the same footer links', async () => {
  const page = await openPage(browser, DESKTOP, { javaScriptEnabled: false });
  await page.goto(server.url);
  assert.deepEqual(await footerLinks(page), FOOTER, 'static shell');
  await closePage(page);
  const app = await open(DESKTOP, '?v=1');
  await app.waitForSelector('.card');
  assert.deepEqual(await footerLinks(app), FOOTER, 'app');
  assert.equal(await app.locator('[data-shell]').count(), 0, 'the shell was replaced');
  await closePage(app);
});

test('each page is reached from the footer, with one h1 and ordered headings', async () => {
  const page = await open(DESKTOP, '?v=1');
  for (const [param, label, title] of PAGES) {
    await page.locator('.site-footer__links a', { hasText: label }).click();
    await page.waitForURL((url) => url.search === `?v=1&page=${param}`);
    await waitForLoaded(page);
    await page.waitForFunction(() => !document.querySelector('main .loading'));
    assert.equal(await page.locator('h1').innerText(), title);
    assert.equal(await page.locator('.breadcrumb [aria-current="page"]').innerText(), title);
    assert.equal(await page.title(), `${title} : En action`);
    assertOrdered(await headings(page), param);
  }
  await page.goBack();
  await page.goBack();
  await page.goBack();
  await page.goBack();
  await page.waitForURL((url) => url.search === '?v=1');
  await page.waitForSelector('.card');
  assert.equal(await page.title(), 'En action : les indicateurs du territoire', 'the shell\'s title back');
  assert.deepEqual(unexpectedErrors(page), []);
  await closePage(page);
});

test('accessibility statement: non conforme, why, the tests, the remedies', async () => {
  const page = await open(PHONE, '?v=1&page=accessibilite');
  const text = await page.locator('main').innerText();
  assert.match(text, /« En action » est non conforme avec le référentiel général d'amélioration de l'accessibilité \(RGAA version 4\.1\)/);
  assert.match(text, /Aucun audit de conformité portant sur les 106 critères/);
  assert.ok(!/partiellement conforme/.test(text));
  assert.match(text, /^Communauté d'agglomération de Lens-Liévin s'engage/m);
  for (const needle of ['WebAssembly', 'axe-core', '320', 'Libre réponse 71120, 75342 Paris CEDEX 07', '09 69 39 00 00']) assert.ok(text.includes(needle), needle);
  const h2 = (await headings(page)).filter(([l]) => l === 2).map(([, t]) => t);
  assert.deepEqual(h2, ['État de conformité', 'Résultats des tests', 'Contenus non accessibles', 'Établissement de cette déclaration', "Retour d'information et contact", 'Voies de recours']);
  assert.equal(await page.locator('a[href="https://formulaire.defenseurdesdroits.fr/"]').count(), 1);
  // The sample's publisher block has no contact yet.
  assert.match(await page.locator('#retour-d-information-et-contact + p + dl').innerText(), new RegExp(`Contact\\s+${TO_COMPLETE}`));
  await closePage(page);
});

test('legal notice: the sample publisher, the rest to be completed, visibly', async () => {
  const page = await open(DESKTOP, '?v=1&page=mentions-legales');
  const text = await page.locator('main').innerText();
  assert.match(text, /Raison sociale\s+Communauté d'agglomération de Lens-Liévin\s+Adresse\s+Lens \(Pas-de-Calais\)/);
  assert.match(text, /aucun cookie/);
  assert.match(text, /sous la licence « Licence Ouverte \/ Etalab 2\.0 »/);
  const marks = page.locator('.to-complete');
  assert.equal(await marks.count(), 7, 'phone, contact, director, host (3), credits');
  const style = await marks.first().evaluate((el) => getComputedStyle(el).borderStyle);
  assert.equal(style, 'dashed', 'set apart visibly, not only by colour');
  await closePage(page);
});

test('without a publisher block, every field says « à compléter par l\'éditeur »', async () => {
  const page = await open(DESKTOP, '?v=1&page=mentions-legales', bare);
  assert.equal(await page.locator('.to-complete').count(), 9);
  assert.match(await page.locator('main').innerText(), new RegExp(`Raison sociale\\s+${TO_COMPLETE}\\s+Adresse\\s+${TO_COMPLETE}`));
  await visit(page, '?v=1&page=accessibilite');
  assert.match(await page.locator('main').innerText(), new RegExp(`L'éditeur de ce site \\(${TO_COMPLETE}\\) s'engage`));
  assert.deepEqual(unexpectedErrors(page), []);
  await closePage(page);
});

test('a javascript: link in the publisher block is refused, located, never a link', async () => {
  const page = await open(DESKTOP, '?v=1&page=mentions-legales', hostile);
  const card = page.locator('.error-card');
  await card.waitFor();
  assert.match(await card.innerText(), /publisher\.contact\) : lien « javascript:alert\(document\.domain\) » refusé : seules les adresses https:, http: et mailto: sont acceptées/);
  assert.equal(await page.locator('a[href^="javascript"]').count(), 0);
  await closePage(page);
});

test('site map: every page, every indicator by its title, every commune', async () => {
  const page = await open(DESKTOP, '?v=1&page=plan-du-site');
  await page.waitForFunction(() => !document.querySelector('main .loading'));
  const links = await page.locator('main .site-page a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent.trim()]));
  const has = (href, text) => links.some(([h, t]) => h === href && (text === undefined || t === text));
  for (const file of TERRITORY.indicators) {
    const indicator = readData(file);
    assert.ok(has(`?v=1&page=indicateur&id=${indicator.id}`, indicator.title), indicator.title);
  }
  for (const commune of TERRITORY.communes) assert.ok(has(`?v=1&page=commune&communes=${commune.code}`, commune.name), commune.name);
  for (const axis of TERRITORY.axes) assert.ok(has(`?v=1&axe=${axis.id}`, `Axe « ${axis.label} »`), axis.id);
  for (const href of ['?v=1', '?v=1&page=commune', '?v=1&page=actions', '?v=1&page=presentation', '?v=1&page=atelier', ...FOOTER.map((f) => f.href)]) assert.ok(has(href), href);
  // A link of the map works in place.
  await page.locator('main .site-page').getByRole('link', { name: 'Liévin', exact: true }).click();
  await page.waitForURL(/page=commune&communes=62510/);
  await closePage(page);
});

test('about the data: each file\'s source, licence, rule; a failed file in its place', async () => {
  const page = await open(DESKTOP, '?v=1&page=donnees', missing);
  await page.waitForFunction(() => !document.querySelector('main .loading'));
  const h3 = (await headings(page)).filter(([l]) => l === 3).map(([, t]) => t);
  const titles = TERRITORY.indicators.filter((f) => f !== 'respirer/no2.json').map((f) => readData(f).title);
  assert.deepEqual(h3.filter((t) => !t.startsWith('Le fichier')), titles);
  const failed = page.locator('.error-card');
  assert.equal(await failed.count(), 1);
  assert.match(await failed.innerText(), /Le fichier indicators\/respirer\/no2\.json n'a pas pu être lu/);
  const text = await page.locator('main').innerText();
  assert.match(text, /Années de recensement\s+2016, 2019, 2020, 2021, 2022, 2023/);
  assert.match(text, /somme des numérateurs divisée par la somme des dénominateurs/);
  const chomage = page.locator('#donnees-chomage + dl');
  assert.match(await chomage.innerText(), /Licence\s+\S/);
  const sources = await page.locator('main dl a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(sources.length >= titles.length && sources.every((h) => /^(https?:|mailto:)/.test(h)), 'only web and mail links');
  await closePage(page);
});

for (const [label, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) describe(`axe-core (${label})`, () => {
  let page;
  before(async () => {
    page = await open(viewport, '?v=1');
  });
  after(async () => { await closePage(page); });
  for (const [param] of PAGES) {
    test(`${param}: no WCAG A/AA violation`, async () => {
      await visit(page, `?v=1&page=${param}`);
      await page.waitForFunction(() => !document.querySelector('main .loading'));
      // These pages are the full edition's: reached from the first-view one, a new document
      // (axeViolations injects axe-core again).
      assert.deepEqual(await axeViolations(page), []);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `no sideways scroll (${overflow} px)`);
      assert.deepEqual(unexpectedErrors(page), []);
    });
  }
});

test('at 320 px wide nothing scrolls sideways', async () => {
  const page = await open({ width: 320, height: 640 }, '?v=1');
  for (const [param] of PAGES) {
    await visit(page, `?v=1&page=${param}`);
    await page.waitForFunction(() => !document.querySelector('main .loading'));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `${param}: ${width} px wide`);
  }
  await closePage(page);
});

test('screenshots at phone and large desktop sizes', async () => {
  for (const [size, viewport] of [['390x844', PHONE], ['1920x1080', PROJECTOR]]) {
    const page = await open(viewport, '?v=1');
    for (const [param] of PAGES) {
      await visit(page, `?v=1&page=${param}`);
      await page.waitForFunction(() => !document.querySelector('main .loading'));
      await page.screenshot({ path: join(ROOT, 'target', `site-${param}-${size}.png`) });
    }
    await closePage(page);
  }
});
