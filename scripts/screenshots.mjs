// Takes screenshots of the dashboard's pages at phone and projector sizes, to look at them:
//   node scripts/screenshots.mjs [query ...]   (after `make build`; output in target/screenshots)
import { mkdirSync } from 'node:fs';
import { launch, serve, openPage, PHONE, PROJECTOR, DESKTOP } from '../tests/e2e/support.mjs';

const queries = process.argv.slice(2);
if (queries.length === 0) queries.push('');
const out = 'target/screenshots';
mkdirSync(out, { recursive: true });
const browser = await launch();
const server = await serve();
for (const [label, viewport] of [['phone', PHONE], ['desktop', DESKTOP], ['projector', PROJECTOR]]) {
  for (const query of queries) {
    const page = await openPage(browser, viewport);
    await page.goto(server.url + query);
    await page.waitForSelector('main :is(.chart svg, .error-card, h1)', { timeout: 20000 });
    await page.waitForTimeout(800);
    const name = `${out}/${label}-${(query || 'accueil').replace(/[^a-z0-9]+/gi, '_')}.png`;
    await page.screenshot({ path: name, fullPage: true });
    console.log(name, page.errors.length ? `errors: ${page.errors.join(' | ')}` : '');
    await page.context().close();
  }
}
await browser.close();
await server.close();
