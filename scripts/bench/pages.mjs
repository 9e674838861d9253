// The pages every browser measure looks at, and how to classify what they download.
import { extname } from 'node:path';

/** The overview and one indicator page (the real URL form of crates/view/src/url.rs). */
export const PAGES = [
  { name: 'overview', query: '' },
  { name: 'indicator', query: '?v=1&page=indicateur&id=chomage' },
];

export const KINDS = ['wasm', 'js', 'css', 'html', 'data json', 'other'];

/** The kind of a downloaded resource, from its path and content type (never from its exact
 * name: the bundles' names and number change with the build). */
export function kindOf(url, contentType = '') {
  const ext = extname(new URL(url).pathname).toLowerCase();
  const type = contentType.toLowerCase();
  if (ext === '.wasm' || type.includes('wasm')) return 'wasm';
  if (ext === '.js' || ext === '.mjs' || type.includes('javascript')) return 'js';
  if (ext === '.css' || type.includes('text/css')) return 'css';
  if (ext === '.html' || ext === '' || type.includes('text/html')) return 'html';
  if (ext === '.json' || ext === '.geojson' || type.includes('json')) return 'data json';
  return 'other';
}

/** An init script: records in `window.__firstChart` the time (performance.now(), from the
 * start of navigation) at which an `svg path` first exists inside a `.chart`. */
export function watchFirstChart() {
  window.__firstChart = null;
  const observer = new MutationObserver(() => {
    if (window.__firstChart === null && document.querySelector('.chart svg path')) {
      window.__firstChart = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}
