// A small static file server for the built dashboard (dist/), used by `make serve` and by
// the browser tests. It can serve the site under a sub-path, and tests can override files
// (e.g. a broken indicator file) without touching dist/.
import { createServer } from 'node:http';
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
 */
export function startServer({ root, port = 0, prefix = '/', overrides = {} }) {
  const base = resolve(root);
  const requests = [];
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
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(body);
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await startServer({ root, port: Number(port) });
  console.log(`Tableau de bord servi sur ${url}  (Ctrl+C pour arrêter)`);
}
