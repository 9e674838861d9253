// A small static file server for the built dashboard (dist/), used by `make serve` and by
// the browser tests. It can serve the site under a sub-path, and tests can override files
// (e.g. a broken indicator file) without touching dist/. With `production` (CLI:
// `--production`) it answers like a production static host, for Lighthouse and the
// benchmarks: brotli for text and Wasm (`Content-Encoding: br`) when the browser accepts it,
// long immutable caching for Trunk's hashed files, `no-cache` for index.html and the data.
import { createServer } from 'node:http';
import { brotliCompressSync, constants } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.csv': 'text/csv',
};

/**
 * Serves `root` on 127.0.0.1 under `prefix` (e.g. '/tableau-de-bord/').
 * `overrides` maps a path below the prefix to a body (string/Buffer), a status number, or a
 * function (req, res) that answers itself (tests: slow, chunked or failing responses).
 * Resolves to { url, close, requests } once listening; `requests` lists the paths asked.
 * `production`: compress and set cache headers as a production host does (see above).
 */
export function startServer({ root, port = 0, prefix = '/', overrides = {}, production = false }) {
  const base = resolve(root);
  const requests = [];
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    let rel = path.slice(prefix.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    if (rel in overrides) {
      const body = overrides[rel];
      if (typeof body === 'function') body(req, res);
      else if (typeof body === 'number') res.writeHead(body).end();
      else res.writeHead(200, { 'content-type': TYPES[extname(rel)] ?? 'application/octet-stream' }).end(body);
      return;
    }
    const file = normalize(join(base, rel));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (!production) {
        res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' }).end(body);
        return;
      }
      const headers = { 'content-type': type, 'cache-control': cacheControl(rel), vary: 'accept-encoding' };
      if (COMPRESSIBLE.test(type) && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
        const key = `${file}:${body.length}`;
        if (!compressed.has(key)) {
          compressed.set(key, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
        }
        res.writeHead(200, { ...headers, 'content-encoding': 'br' }).end(compressed.get(key));
      } else {
        res.writeHead(200, headers).end(body);
      }
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((ok) => {
    server.listen(port, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}${prefix}`;
      ok({ url, requests, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

/** Text and Wasm are compressed; images and the like are served as they are. */
const COMPRESSIBLE = /^(text\/|application\/(wasm|json|geo\+json|javascript)|image\/svg)/;

/** Whether `rel` is one of Trunk's hashed names (`name-0123456789abcdef.js`, `…_bg.wasm`),
 * whose content never changes. */
export function isHashed(rel) {
  return /-[0-9a-f]{16}(_bg)?\.[a-z0-9]+$/.test(rel);
}

/** Hashed names are cached for a year; everything else (index.html, the data, the service
 * worker) is revalidated. */
export function cacheControl(rel) {
  return isHashed(rel) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const production = args.includes('--production');
  const [root = 'dist', port = '8080'] = args.filter((a) => a !== '--production');
  const { url } = await startServer({ root, port: Number(port), production });
  console.log(`Tableau de bord servi sur ${url}  (Ctrl+C pour arrêter)`);
}
