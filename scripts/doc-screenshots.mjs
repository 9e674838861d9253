// The screenshots of the staff guide (indicators/LISEZMOI.md, « L'atelier des données »),
// taken on the built dashboard with realistic mistakes:
//   node scripts/doc-screenshots.mjs   (after `make build`; writes docs/images/atelier-*.png)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve, openPage, readDataText, ROOT } from '../tests/e2e/support.mjs';

const out = join(ROOT, 'docs', 'images');
const VIEWPORT = { width: 1100, height: 900 };
const json = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
const browser = await launch();
const server = await serve();
const page = await openPage(browser, VIEWPORT, { acceptDownloads: true });
await page.goto(`${server.url}?v=1&page=atelier`);
await page.getByRole('heading', { name: 'Atelier des données' }).waitFor();
await page.screenshot({ path: join(out, 'atelier-vide.png') });

const no2 = readDataText('respirer/no2.json').replace('"62498": [22.1, 21.1', '"62498": [22,1, 21.1');
const vacance = readDataText('habiter/vacance.json').replace('"62510"', '"62501"');
await page.locator('#atelier-fichiers').setInputFiles([json('no2.json', no2), json('vacance.json', vacance)]);
await page.getByText('2 fichiers vérifiés').waitFor();
await page.locator('.workbench__files').screenshot({ path: join(out, 'atelier-erreurs.png') });

await page.getByRole('button', { name: 'Tout retirer' }).click();
const csv = readFileSync(join(ROOT, 'tests/fixtures/csv/no2-excel-large.csv'));
await page.locator('#atelier-fichiers').setInputFiles([{ name: 'no2-export.csv', mimeType: 'text/csv', buffer: csv }]);
await page.getByText('1 fichier vérifié').waitFor();
await page.getByRole('button', { name: 'Convertir en fichier JSON' }).click();
await page.getByText('2 fichiers vérifiés').waitFor();
await page.locator('.workbench__files').screenshot({ path: join(out, 'atelier-csv.png') });

await page.getByRole('button', { name: 'Voir le tableau de bord avec ces fichiers' }).click();
await page.getByText('Aperçu : fichiers non publiés').waitFor();
await page.evaluate(() => { history.pushState(null, '', '?v=1&page=indicateur&id=no2'); dispatchEvent(new PopStateEvent('popstate')); });
await page.waitForFunction(() => document.querySelector('.chart svg path'));
await page.waitForTimeout(1200);
await page.screenshot({ path: join(out, 'atelier-apercu.png') });
await browser.close();
await server.close();
console.log(`captures dans ${out}`);
