// Trunk post_build hook: writes the Content Security Policy into the built index.html as a
// <meta http-equiv> tag, first thing in <head>. Trunk's inline module loader changes with every
// build, so its hash (and that of any other inline script) is computed here, at build time.
// First writes the names of the files the boot script loads (scripts/asset-names.mjs); last
// writes the service
// worker (scripts/service-worker.mjs), which hashes the final files.
// Usage: node scripts/csp.mjs [DIR] (DIR defaults to $TRUNK_STAGING_DIR).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeServiceWorker } from './service-worker.mjs';
import { writeAssetNames } from './asset-names.mjs';

/** The policy for the given inline-script hashes ('sha256-…' sources). */
export function policy(scriptHashes) {
  return [
    "default-src 'self'",
    // Wasm compilation needs 'wasm-unsafe-eval' (not 'unsafe-eval': no eval, no Function).
    `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`.trim(),
    // No inline style: the app sets its few dynamic styles through the CSSOM, and ECharts draws
    // SVG with presentation attributes and text tooltips (renderMode: richText).
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The sha256 sources of every inline <script> (one without src) of `html`. */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    hashes.push(`'sha256-${createHash('sha256').update(match[1], 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/** `html` with the policy's meta tag right after <meta charset>, replacing an older one. */
export function withPolicy(html) {
  const cleaned = html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(inlineScriptHashes(cleaned))}">`;
  const charset = /<meta charset="utf-8">/i;
  if (!charset.test(cleaned)) throw new Error('index.html: <meta charset="utf-8"> not found');
  return cleaned.replace(charset, (m) => `${m}\n    ${meta}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) throw new Error('usage: node scripts/csp.mjs DIR (or run as a Trunk post_build hook)');
  writeAssetNames(dir);
  const file = join(dir, 'index.html');
  writeFileSync(file, withPolicy(readFileSync(file, 'utf8')));
  // index.html is final: the service worker can hash the built files.
  const { version, files, bytes } = writeServiceWorker(dir);
  console.log(`sw.js: version ${version}, ${files.length + 1} fichiers d'application, ${(bytes / 1e6).toFixed(2)} Mo`);
}
