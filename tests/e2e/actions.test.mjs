// The project's actions: the summary in words and as a chart with its table, the list's
// search and filters kept in the link with the count announced, the action page and its
// indicators, the sections on an indicator page and a commune profile, a broken actions file
// shown as a located error on the actions views only, axe-core, the keyboard, screenshots.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  launch, serve, openPage, closePage, waitForChart, waitForLoaded, waitForChartsSettled, visit, until,
  readData, communeCode, unexpectedErrors, ROOT, PHONE, DESKTOP, PROJECTOR,
} from './support.mjs';

const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const FILE = readData('actions.json');
const ALL = FILE.axes.flatMap((a) => a.ambitions.flatMap((b) => b.objectives.flatMap((o) => o.actions.map((x) => ({ ...x, axis: a.id })))));
const DONE = ALL.filter((a) => a.status === 'realisee').length;
const LENS = communeCode('Lens');
const LIEVIN = communeCode('Liévin');

let browser, server, broken;
before(async () => {
  browser = await launch();
  server = await serve();
  broken = await serve({ overrides: { 'indicators/actions.json': readFileSync(join(ROOT, 'indicators/actions.json'), 'utf8').replace('"status": "realisee"', '"status": "finie"') } });
});
after(async () => { await browser?.close(); await server?.close(); await broken?.close(); });

async function open(viewport, query, srv = server) {
  const page = await openPage(browser, viewport, { reducedMotion: 'reduce' });
  await page.goto(`${srv.url}${query}`);
  await waitForLoaded(page);
  return page;
}

test('the overview does not read the actions file', async () => {
  const page = await open(DESKTOP, '?v=1');
  await page.waitForSelector('.card');
  assert.ok(!server.requests.some((p) => p.endsWith('/actions.json')), 'actions.json not asked on the first view');
  await closePage(page);
});

test('summary: counts and phrase in words, the chart drawn, its numbers in a table', async () => {
  const page = await open(DESKTOP, '?v=1&page=actions');
  assert.equal(await page.locator('h1').innerText(), 'Les actions du projet');
  assert.equal(await page.locator('.site-nav a[aria-current="page"]').innerText(), 'Actions');
  assert.match(await page.locator('.actions-headline').innerText(), new RegExp(`^${DONE} actions réalisées sur ${ALL.length}`));
  await waitForChart(page, '.chart--actions');
  assert.ok(await page.locator('.chart--actions svg path').count() > 0);
  const label = await page.locator('.chart--actions').getAttribute('aria-label');
  assert.match(label, /^Actions par axe et par état d'avancement\. Bouger : 26 actions/);
  const rows = await page.locator('.actions-table tbody tr').count();
  assert.equal(rows, FILE.axes.length + 1, 'one row per axis and the total');
  const total = await page.locator('.actions-table__total td').last().innerText();
  assert.equal(Number(total), ALL.length);
  const bouger = ALL.filter((a) => a.axis === 'bouger');
  assert.match(await page.locator('.actions-axes li').first().innerText(), new RegExp(`${bouger.filter((a) => a.status === 'realisee').length} actions? réalisées? sur ${bouger.length}`));
  assert.deepEqual(unexpectedErrors(page), []);
  await closePage(page);
});

test('search and filters: kept in the link, the count announced, back restores', async () => {
  const page = await open(DESKTOP, '?v=1&page=actions');
  const status = page.locator('.actions-results');
  assert.equal(await status.getAttribute('role'), 'status');
  assert.equal(await page.locator('.action-list li').count(), ALL.length);
  await page.getByLabel('Axe', { exact: true }).selectOption('bouger');
  await until(async () => page.url().includes('axe=bouger'), { message: 'axis in the link' });
  await page.getByLabel("État d'avancement", { exact: true }).selectOption('en_cours');
  const expected = ALL.filter((a) => a.axis === 'bouger' && a.status === 'en_cours').length;
  await until(async () => (await status.innerText()) === `${expected} actions sur ${ALL.length} correspondent à ces filtres.`, { message: 'count announced' });
  assert.equal(await page.locator('.actions-list .action-list li').count(), expected);
  assert.match(page.url(), /page=actions&axe=bouger&statut=en_cours/);
  await page.getByLabel('Commune', { exact: true }).selectOption(LENS);
  await until(async () => page.url().includes(`commune=${LENS}`), { message: 'commune in the link' });
  await page.getByLabel('Axe', { exact: true }).selectOption('');
  await page.getByLabel("État d'avancement", { exact: true }).selectOption('');
  await page.getByLabel('Commune', { exact: true }).selectOption('');
  await page.getByLabel('Rechercher (intitulé ou porteur)').fill('parc');
  await page.keyboard.press('Enter');
  await until(async () => page.url().includes('q=parc'), { message: 'search in the link' });
  const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const parcs = ALL.filter((a) => fold(a.title).includes('parc') || fold(a.lead).includes('parc')).length;
  await until(async () => (await page.locator('.actions-list .action-list li').count()) === parcs, { message: `${parcs} results` });
  // The link reopens the same list.
  const copy = await open(DESKTOP, '?v=1&page=actions&axe=bouger&statut=en_cours&q=parc');
  assert.equal(await copy.getByLabel("État d'avancement", { exact: true }).inputValue(), 'en_cours');
  assert.equal(await copy.getByLabel('Rechercher (intitulé ou porteur)').inputValue(), 'parc');
  await closePage(copy);
  await page.goBack();
  await until(async () => !page.url().includes('q=parc'), { message: 'back' });
  assert.deepEqual(unexpectedErrors(page), []);
  await closePage(page);
});

test('the action page: facts, status, links to its indicators with their trend', async () => {
  const first = ALL[0];
  const page = await open(DESKTOP, '?v=1&page=actions');
  await page.getByRole('link', { name: first.title }).click();
  await until(async () => page.url().includes(`page=action&id=${first.id}`), { message: 'the action page' });
  await waitForLoaded(page);
  assert.equal(await page.locator('h1').innerText(), first.title);
  assert.equal(await page.locator('.axis__header .status-badge').innerText(), 'Réalisée');
  const facts = await page.locator('.action-facts').innerText();
  assert.match(facts, /Porteur\s+Artois Mobilités/);
  assert.match(facts, /Début\s+avril 2019/);
  assert.match(facts, /Communes concernées\s+Tout le territoire/);
  for (const id of first.indicators) {
    const card = page.locator(`.action-indicators .card[data-indicator="${id}"]`);
    await card.locator('.chart--spark svg path').first().waitFor({ timeout: 20000 });
    assert.equal(await card.locator('h3 a').getAttribute('href'), `?v=1&page=indicateur&id=${id}`);
    assert.match(await card.locator('.card__value').innerText(), /\d/);
  }
  // An illustrative action says so; a local one lists its communes.
  const local = ALL.find((a) => Array.isArray(a.communes) && a.communes.length > 0 && a.illustrative);
  await visit(page, `?v=1&page=action&id=${local.id}`);
  assert.equal(await page.locator('.axis__header .badge--illustrative').innerText(), 'Données illustratives');
  assert.equal(await page.locator('.action-facts .inline-list li').count(), local.communes.length);
  await page.locator('.action-facts .inline-list a').first().click();
  await until(async () => page.url().includes('page=commune'), { message: 'to the commune' });
  await visit(page, '?v=1&page=action&id=nulle-part');
  assert.equal(await page.locator('h1').innerText(), 'Action introuvable');
  assert.deepEqual(unexpectedErrors(page), []);
  await closePage(page);
});

test('sections on an indicator page and a commune profile', async () => {
  const page = await open(DESKTOP, '?v=1&page=indicateur&id=couverture_bulles');
  const section = page.locator('section[aria-labelledby="actions-indicateur"]');
  await section.waitFor();
  assert.equal(await section.locator('h2').innerText(), 'Les actions qui visent cet indicateur');
  const aiming = ALL.filter((a) => (a.indicators ?? []).includes('couverture_bulles'));
  assert.equal(await section.locator('li').count(), aiming.length);
  assert.equal(await section.locator('li a').first().getAttribute('href'), `?v=1&page=action&id=${aiming[0].id}`);
  await visit(page, `?v=1&page=commune&communes=${LIEVIN}`);
  const commune = page.locator('section[aria-labelledby="actions-commune"]');
  await commune.waitFor();
  assert.equal(await commune.locator('h2').innerText(), 'Les actions dans cette commune');
  const local = ALL.filter((a) => Array.isArray(a.communes) && a.communes.includes(LIEVIN));
  const whole = ALL.filter((a) => !Array.isArray(a.communes) || a.communes.length === 0);
  assert.match(await commune.locator('p').first().innerText(), new RegExp(`${local.length} actions? menées? dans Liévin, et ${whole.length} actions pour tout le territoire`));
  assert.equal(await commune.locator('.action-list li').count(), local.length);
  await commune.getByRole('link', { name: 'Voir toutes les actions qui concernent Liévin' }).click();
  await until(async () => page.url().includes(`page=actions&commune=${LIEVIN}`), { message: 'the list of the commune' });
  await waitForLoaded(page);
  await until(async () => (await page.locator('.actions-list .action-list li').count()) === local.length + whole.length, { message: 'filtered list' });
  assert.deepEqual(unexpectedErrors(page), []);
  await closePage(page);
});

test('a broken actions file: a located error on the actions views only', async () => {
  const page = await open(DESKTOP, '?v=1&page=actions', broken);
  const card = page.locator('.error-card');
  await card.waitFor();
  const text = await card.innerText();
  assert.match(text, /Le fichier des actions n'a pas pu être lu/);
  assert.match(text, /indicators\/actions\.json/);
  assert.match(text, /ligne \d+/i);
  assert.match(text, /finie/);
  await visit(page, `?v=1&page=action&id=${ALL[0].id}`);
  await page.locator('.error-card').waitFor();
  // Elsewhere: no error, no section, the page works.
  await visit(page, '?v=1&page=indicateur&id=couverture_bulles');
  await waitForChart(page);
  assert.equal(await page.locator('.error-card').count(), 0);
  assert.equal(await page.locator('section[aria-labelledby="actions-indicateur"]').count(), 0);
  await visit(page, '?v=1');
  await page.waitForSelector('.card');
  assert.equal(await page.locator('.error-card').count(), 0);
  await closePage(page);
});

test('keyboard: the navigation entry, the filters and the list are reachable', async () => {
  const page = await open(DESKTOP, '?v=1');
  const nav = page.locator('.site-nav a', { hasText: 'Actions' });
  await nav.focus();
  await page.keyboard.press('Enter');
  await until(async () => page.url().includes('page=actions'), { message: 'Enter on « Actions »' });
  await waitForLoaded(page);
  await page.getByLabel('Rechercher (intitulé ou porteur)').focus();
  await page.keyboard.type('bulles');
  await page.keyboard.press('Enter');
  await until(async () => page.url().includes('q=bulles'), { message: 'search by keyboard' });
  const seen = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    seen.push(await page.evaluate(() => document.activeElement.id || document.activeElement.getAttribute('href') || document.activeElement.tagName));
  }
  assert.ok(seen.includes('actions-statut') && seen.includes('actions-axe') && seen.includes('actions-commune'), seen.join(', '));
  assert.ok(seen.some((s) => String(s).startsWith('?v=1&page=action&id=')), `an action link reached: ${seen.join(', ')}`);
  await closePage(page);
});

async function axeViolations(page) {
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} ${n.target.join(' ')}: ${v.help}`));
  }, TAGS);
  return violations;
}

for (const [label, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) describe(`axe-core on the actions views (${label})`, () => {
  for (const [name, query] of [['summary', '?v=1&page=actions'], ['filtered', '?v=1&page=actions&axe=respirer&q=parc'], ['action', `?v=1&page=action&id=${ALL[0].id}`]]) {
    test(`${name}: no WCAG A/AA violation`, async () => {
      const page = await open(viewport, query);
      await page.waitForFunction(() => !document.querySelector('.loading'));
      if (await page.locator('.chart').count() > 0) await waitForChartsSettled(page);
      await page.evaluate(readFileSync(AXE, 'utf8'));
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], violations.join('\n'));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `no sideways scroll (${overflow} px)`);
      assert.deepEqual(unexpectedErrors(page), []);
      await closePage(page);
    });
  }
});

test('screenshots at phone and large desktop sizes', async () => {
  const views = [['summary', '?v=1&page=actions'], ['list', '?v=1&page=actions&axe=bouger&statut=en_cours'], ['action', `?v=1&page=action&id=${ALL[0].id}`], ['commune', `?v=1&page=commune&communes=${LIEVIN}`]];
  for (const [size, viewport] of [['390x844', PHONE], ['1920x1080', PROJECTOR]]) {
    for (const [name, query] of views) {
      const page = await open(viewport, query);
      await page.waitForFunction(() => !document.querySelector('.loading'));
      if (await page.locator('.chart').count() > 0) await waitForChartsSettled(page);
      if (name === 'list') await page.locator('.actions-list').scrollIntoViewIfNeeded();
      if (name === 'commune') await page.locator('section[aria-labelledby="actions-commune"]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(ROOT, 'target', `actions-${name}-${size}.png`), fullPage: name === 'action' });
      await closePage(page);
    }
  }
});

test('a slide of the actions in the axis deck', async () => {
  const page = await openPage(browser, PROJECTOR, { reducedMotion: 'reduce' });
  await page.goto(`${server.url}?v=1&page=presentation&axe=respirer`);
  await page.locator('.presentation__counter').waitFor();
  await page.keyboard.press('End');
  await until(async () => (await page.locator('.slide__title').innerText()) === 'Axe « Respirer » : les actions', { message: 'the last slide' });
  await waitForChart(page, '.slide .chart--actions');
  await page.screenshot({ path: join(ROOT, 'target', 'actions-slide-1920x1080.png') });
  assert.deepEqual(unexpectedErrors(page), []);
  await closePage(page);
});
