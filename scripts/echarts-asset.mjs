// Post-build step (called by scripts/csp.mjs): gives the ECharts bundle, copied by Trunk as
// echarts.js, a content-hashed name like Trunk's own files (cached for good by hosts), and
// writes that name where index.html asks for it: the <meta name="en-action-echarts"> the app
// reads to load it on demand, and the boot script that starts loading it at once on pages
// that draw charts. The overview draws none with ECharts: its first view never loads it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const PLACEHOLDER = 'echarts.js';

/** Renames DIR/echarts.js to echarts-<hash>.js and rewrites index.html; returns the name. */
export function hashEcharts(dir) {
  const plain = join(dir, PLACEHOLDER);
  const html = join(dir, 'index.html');
  let text = readFileSync(html, 'utf8');
  if (!existsSync(plain)) throw new Error(`${plain} is missing: index.html must copy generated/echarts.js`);
  const hash = createHash('sha256').update(readFileSync(plain)).digest('hex').slice(0, 16);
  const name = `echarts-${hash}.js`;
  renameSync(plain, join(dir, name));
  const meta = /(<meta name="en-action-echarts" content=")echarts\.js(")/;
  if (!meta.test(text)) throw new Error('index.html: <meta name="en-action-echarts" content="echarts.js"> not found');
  text = text.replace(meta, `$1${name}$2`);
  writeFileSync(html, text);
  return name;
}
