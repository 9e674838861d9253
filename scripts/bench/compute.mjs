// Compute comparison on the same bytes in the same page (headless Chromium): parse +
// validate + aggregate + trends + ranking of a territory and a ratio indicator (national.mjs)
// at 36, 1,000 and 35,000 communes × 15 years, with 0 % and 2 % of values missing,
// (a) in Wasm through the real core (crates/bench-wasm), (b) in plain JavaScript,
// (c) with arquero; see compute-page.js. Checks that the three agree on the summary.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync, statSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { openPage, DESKTOP, ROOT } from '../../tests/e2e/support.mjs';
import { startServer } from '../serve.mjs';
import { national } from './national.mjs';
import { record, table, median, ms, ratio, heading } from './report.mjs';

export const SIZES = [36, 1_000, 35_000];
export const MISSING = [0, 0.02];
const IMPLS = ['wasm', 'js', 'arquero'];
const runsFor = (communes) => (communes >= 35_000 ? 3 : 7);
/** Back-to-back repetitions inside one timed run, so that each run lasts well over the
 * page clock's 0.1 ms resolution. */
const repsFor = (communes) => (communes <= 100 ? 50 : communes <= 5_000 ? 5 : 1);
export const TARGET_SPEEDUP = 2;
/** "Cost linear", read as: the Wasm cost per 1,000 communes at 35,000 is at most this many
 * times the one at 1,000, and 2 % missing costs at most this many times 0 %. */
export const LINEAR_SLACK = 1.5;
export const MISSING_SLACK = 1.2;

const OUT = join(ROOT, 'target', 'bench-wasm');
const NAME = 'en_action_bench_wasm';

/** Builds crates/bench-wasm as the app is built: the workspace's `release` profile for
 * wasm32-unknown-unknown, wasm-bindgen --target web, wasm-opt -Oz, into target/bench-wasm/. */
export function buildWasm() {
  const run = (cmd, args) => execFileSync('nice', ['-n', '10', cmd, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  run('cargo', ['build', '--quiet', '--release', '--target', 'wasm32-unknown-unknown', '-p', 'en-action-bench-wasm']);
  const built = join(ROOT, 'target', 'wasm32-unknown-unknown', 'release', `${NAME}.wasm`);
  const optimised = join(OUT, `${NAME}_bg.wasm`);
  if (existsSync(optimised) && statSync(optimised).mtimeMs > statSync(built).mtimeMs) return;
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', OUT, built]);
  // npm's binaryen, as `make` puts first on PATH (Debian's breaks the app), also when this
  // part is run alone from a shell without it.
  run(join(ROOT, 'node_modules', '.bin', 'wasm-opt'), ['-Oz', optimised, '-o', `${optimised}.opt`]);
  renameSync(`${optimised}.opt`, optimised);
}

const caseName = (communes, missing) => `${communes}-${Math.round(missing * 100)}`;

export async function run({ browser }) {
  heading('4. Compute: parse + validate + aggregate + trends + ranking, same bytes, same page');
  buildWasm();
  const folder = mkdtempSync(join(tmpdir(), 'bench-compute-'));
  try {
    mkdirSync(join(folder, 'pkg'));
    for (const f of [`${NAME}.js`, `${NAME}_bg.wasm`]) writeFileSync(join(folder, 'pkg', f), readFileSync(join(OUT, f)));
    const aq = await build({
      stdin: { contents: "import * as aq from 'arquero'; window.aq = aq;", resolveDir: ROOT, loader: 'js' },
      bundle: true, minify: true, format: 'iife', target: 'es2022', platform: 'browser', write: false, logLevel: 'warning',
    });
    writeFileSync(join(folder, 'arquero.js'), aq.outputFiles[0].contents);
    writeFileSync(join(folder, 'compute-page.js'), readFileSync(new URL('./compute-page.js', import.meta.url)));
    writeFileSync(join(folder, 'index.html'), '<!doctype html><meta charset="utf-8"><title>compute</title><script src="arquero.js"></script><script type="module" src="compute-page.js"></script>');
    const bytes = {};
    for (const communes of SIZES) {
      for (const missing of MISSING) {
        const { territory, indicator } = national({ communes, missing });
        const dir = join(folder, 'data', caseName(communes, missing));
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'territory.json'), territory);
        writeFileSync(join(dir, 'taux.json'), indicator);
        bytes[caseName(communes, missing)] = territory.length + indicator.length;
      }
    }
    const server = await startServer({ root: folder });
    const page = await openPage(browser, DESKTOP);
    const results = {};
    try {
      await page.goto(server.url);
      await page.waitForFunction(() => window.benchReady);
      await page.evaluate(() => window.benchReady);
      for (const communes of SIZES) {
        for (const missing of MISSING) {
          const name = caseName(communes, missing);
          await page.evaluate((n) => window.benchLoad(n), name);
          const times = Object.fromEntries(IMPLS.map((i) => [i, []]));
          const summaries = {};
          for (const impl of IMPLS) summaries[impl] = (await page.evaluate(([n, i]) => window.benchRun(n, i), [name, impl])).summary; // warm-up
          for (let r = 0; r < runsFor(communes); r += 1) {
            for (const impl of IMPLS) times[impl].push((await page.evaluate(([n, i, k]) => window.benchRun(n, i, k), [name, impl, repsFor(communes)])).ms);
          }
          results[name] = { communes, missing, times, summaries, median: Object.fromEntries(IMPLS.map((i) => [i, median(times[i])])) };
        }
      }
    } finally {
      await page.context().close();
      await server.close();
    }
    report(results, bytes);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const close = (a, b) => (a === null && b === null) || (Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));

/** Whether the three summaries agree: same territory value, change and slope (to 1e-9), same
 * first-ranked commune, same number ranked, same number of warnings. */
function disagreement(summaries) {
  const ref = summaries.wasm;
  if (ref.error) return `wasm: ${ref.error}`;
  for (const impl of ['js', 'arquero']) {
    const s = summaries[impl];
    for (const k of ['last', 'change', 'slope']) if (!close(ref[k], s[k])) return `${impl} ${k} ${s[k]} ≠ wasm ${ref[k]}`;
    for (const k of ['first', 'ranked', 'warnings']) if (ref[k] !== s[k]) return `${impl} ${k} ${s[k]} ≠ wasm ${ref[k]}`;
  }
  return null;
}

function report(results, bytes) {
  const rows = [['communes', 'missing', 'MB', 'wasm', 'js', 'arquero', 'arquero/wasm', 'js/wasm', 'wasm ms/1k', 'js ms/1k', 'arquero ms/1k', 'agree']];
  for (const r of Object.values(results)) {
    const per = (impl) => ms(r.median[impl] / (r.communes / 1000));
    const problem = disagreement(r.summaries);
    const agree = problem ? `✗ ${problem}` : `✓ ${r.summaries.wasm.first}, ${r.summaries.wasm.last.toFixed(4)}, ${r.summaries.wasm.warnings} warn.`;
    rows.push([r.communes.toLocaleString('en'), `${r.missing * 100} %`, (bytes[caseName(r.communes, r.missing)] / 1e6).toFixed(2),
      ms(r.median.wasm), ms(r.median.js), ms(r.median.arquero), ratio(r.median.arquero / r.median.wasm), ratio(r.median.js / r.median.wasm),
      per('wasm'), per('js'), per('arquero'), agree]);
    const label = `${r.communes.toLocaleString('en')} × 15, ${r.missing * 100} % missing`;
    record('compute', `${label}: wasm / js / arquero`, `${ms(r.median.wasm)} / ${ms(r.median.js)} / ${ms(r.median.arquero)}`);
    record('compute', `${label}: the three agree`, problem ? 'no' : 'yes', 'same summary', !problem);
    if (r.communes === 35_000) {
      const speedup = r.median.arquero / r.median.wasm;
      record('compute', `${label}: arquero/wasm`, ratio(speedup), `≥ ${TARGET_SPEEDUP}×`, speedup >= TARGET_SPEEDUP);
    }
  }
  table(rows, { right: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] });
  console.log(`\nmedian of ${runsFor(36)} runs (${runsFor(35_000)} at 35,000) after one warm-up, alternating the implementations; a run repeats the work ${repsFor(36)}× at 36 and ${repsFor(1_000)}× at 1,000 communes (time per repetition shown); ms/1k = ms per 1,000 communes.`);
  console.log('\ncost of 2 % missing against 0 % (median time ratio):');
  const missingRows = [['communes', ...IMPLS]];
  for (const communes of SIZES) {
    const a = results[caseName(communes, 0)]; const b = results[caseName(communes, 0.02)];
    missingRows.push([communes.toLocaleString('en'), ...IMPLS.map((i) => ratio(b.median[i] / a.median[i]))]);
    const wasm = b.median.wasm / a.median.wasm;
    record('compute', `${communes.toLocaleString('en')}: wasm 2 %/0 %`, ratio(wasm), `≤ ${MISSING_SLACK}×`, wasm <= MISSING_SLACK);
  }
  table(missingRows, { right: [0, 1, 2, 3] });
  for (const missing of MISSING) {
    const small = results[caseName(1_000, missing)]; const large = results[caseName(35_000, missing)];
    const growth = (large.median.wasm / 35) / small.median.wasm;
    record('compute', `wasm ms/1k at 35,000 ÷ at 1,000, ${missing * 100} %`, ratio(growth), `≤ ${LINEAR_SLACK}× (linear)`, growth <= LINEAR_SLACK);
  }
}
