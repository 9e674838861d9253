// Joins the style sheets into one, generated/app.css, in the cascade order below: one
// render-blocking request instead of five (the print rules are inside `@media print`).
// Run by Trunk as a pre_build hook; skips the work when the result is newer than its inputs.
import { mkdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHEETS = ['main', 'actions', 'site', 'workbench', 'presentation', 'embed', 'print'].map((name) => join(root, 'style', `${name}.css`));
const out = join(root, 'generated', 'app.css');
const inputs = [...SHEETS, fileURLToPath(import.meta.url)];

const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);
if (existsSync(out) && inputs.every((p) => mtime(p) < mtime(out))) process.exit(0);

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, SHEETS.map((p) => `/* style/${p.split('/').pop()} */\n${readFileSync(p, 'utf8')}`).join('\n'));
