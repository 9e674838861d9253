// Writes the service worker `sw.js` into the built folder (called by scripts/csp.mjs, the
// post_build hook, once index.html is final), with the list of the application's files (every built file but the data folder)
// and a version made of their content hashes, so that a new build is a new cache.
// Usage: node scripts/service-worker.mjs [DIR] (DIR defaults to $TRUNK_STAGING_DIR).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isHashed } from './serve.mjs';

const SOURCE = join(fileURLToPath(new URL('.', import.meta.url)), 'sw.js');
/** Not part of the application: the data (cached as read) and the worker itself. */
const EXCLUDED = [/^indicators\//, /^sw\.js$/];

/** The application's files of `dir` (relative paths, `/`-separated, sorted), with their size. */
export function appFiles(dir) {
  const files = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return files.filter((f) => !EXCLUDED.some((re) => re.test(f))).sort();
}

/** `{ version, files, hashed, bytes }`: the version hashes every file's path and content;
 * `hashed` lists the files named by their content's hash (the worker's install may take them
 * from the HTTP cache). */
export function precache(dir) {
  const files = appFiles(dir);
  const hash = createHash('sha256');
  let bytes = 0;
  for (const file of files) {
    const content = readFileSync(join(dir, file));
    bytes += content.length;
    hash.update(file).update('\0').update(createHash('sha256').update(content).digest()).update('\0');
  }
  const listed = files.filter((f) => f !== 'index.html');
  return { version: hash.digest('hex').slice(0, 16), files: listed, hashed: listed.filter(isHashed), bytes };
}

/** Writes `dir/sw.js`; returns the precache description. */
export function writeServiceWorker(dir) {
  const { version, files, hashed, bytes } = precache(dir);
  const header = `const PRECACHE = ${JSON.stringify({ version, files, hashed })};\n`;
  writeFileSync(join(dir, 'sw.js'), header + readFileSync(SOURCE, 'utf8'));
  return { version, files, bytes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) throw new Error('usage: node scripts/service-worker.mjs DIR (or run as a Trunk post_build hook)');
  const { version, files, bytes } = writeServiceWorker(dir);
  console.log(`sw.js: version ${version}, ${files.length + 1} fichiers d'application, ${(bytes / 1e6).toFixed(2)} Mo`);
}
