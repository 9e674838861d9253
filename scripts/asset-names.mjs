// Post-build step (called by scripts/csp.mjs): writes into index.html the hashed names of
// the files its boot script loads, where the <meta> tags ask for them:
// - the two editions of the app (src/edition.rs), built by Trunk as hashed ES modules without
//   a loader: <meta name="en-action-app|en-action-full" content="….js" data-wasm="…_bg.wasm">;
// - ECharts, copied by Trunk as echarts.js: renamed echarts-<hash>.js (cached for good by
//   hosts, like Trunk's own files) for <meta name="en-action-echarts">. The overview draws its
//   sparklines without it: its first view never loads it.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** `text` with the <meta name="NAME"> tag's attributes set to `attributes`. */
function setMeta(text, name, attributes) {
  const tag = new RegExp(`<meta name="${name}"[^>]*>`);
  if (!tag.test(text)) throw new Error(`index.html: <meta name="${name}"> not found`);
  const written = Object.entries(attributes).map(([k, v]) => ` ${k}="${v}"`).join('');
  return text.replace(tag, `<meta name="${name}"${written}>`);
}

const contentHash = (...buffers) => {
  const hash = createHash('sha256');
  for (const b of buffers) hash.update(b);
  return hash.digest('hex').slice(0, 16);
};

/** The hashed ES module and Wasm file of the binary `bin` in `dir`: Trunk's names for the
 * main one; the other, built as a "worker", comes unhashed and is renamed here. */
function bundle(dir, bin) {
  if (existsSync(join(dir, `${bin}.js`))) {
    const hash = contentHash(readFileSync(join(dir, `${bin}.js`)), readFileSync(join(dir, `${bin}_bg.wasm`)));
    renameSync(join(dir, `${bin}.js`), join(dir, `${bin}-${hash}.js`));
    renameSync(join(dir, `${bin}_bg.wasm`), join(dir, `${bin}-${hash}_bg.wasm`));
  }
  const js = readdirSync(dir).filter((f) => new RegExp(`^${bin}-[0-9a-f]+\\.js$`).test(f));
  if (js.length !== 1) throw new Error(`${dir}: expected one ${bin}-<hash>.js, found ${js.length}`);
  const wasm = js[0].replace(/\.js$/, '_bg.wasm');
  if (!existsSync(join(dir, wasm))) throw new Error(`${dir}: ${wasm} is missing`);
  return { content: js[0], 'data-wasm': wasm };
}

/** Renames DIR/echarts.js to echarts-<hash>.js and writes every name into DIR/index.html. */
export function writeAssetNames(dir) {
  const html = join(dir, 'index.html');
  const plain = join(dir, 'echarts.js');
  if (!existsSync(plain)) throw new Error(`${plain} is missing: index.html must copy generated/echarts.js`);
  const echarts = `echarts-${contentHash(readFileSync(plain))}.js`;
  renameSync(plain, join(dir, echarts));
  let text = readFileSync(html, 'utf8');
  text = setMeta(text, 'en-action-echarts', { content: echarts });
  text = setMeta(text, 'en-action-app', bundle(dir, 'en-action-app'));
  text = setMeta(text, 'en-action-full', bundle(dir, 'en-action-full'));
  // Trunk leaves the main app's <link data-trunk rel="rust"> when it injects no loader.
  text = text.replace(/\s*<link data-trunk rel="rust"[^>]*>/g, '');
  writeFileSync(html, text);
}
