// Builds the custom ECharts bundle the dashboard needs (charts, components and the SVG
// renderer it uses, nothing else) from the npm package, into generated/echarts.js.
// Run by Trunk as a pre_build hook; skips the work when the bundle is newer than its inputs.
import { build } from 'esbuild';
import { mkdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'generated', 'echarts.js');
const entry = join(root, 'scripts', 'echarts-entry.js');
const inputs = [entry, join(root, 'package-lock.json'), fileURLToPath(import.meta.url)];

const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);
if (existsSync(out) && inputs.every((p) => mtime(p) < mtime(out))) process.exit(0);

mkdirSync(dirname(out), { recursive: true });
const result = await build({
  entryPoints: [entry],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  legalComments: 'none',
  write: false,
  logLevel: 'warning',
});
writeFileSync(out, result.outputFiles[0].contents);
console.log(`generated/echarts.js: ${result.outputFiles[0].contents.length} bytes`);
