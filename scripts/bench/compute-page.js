// Runs in the compute benchmark's page (scripts/bench/compute.mjs): the same pipeline on the
// same bytes three ways — the core in Wasm, plain JavaScript, arquero — each returning the same
// small summary so that the page can check they agree.
//   parse + validate: the territory and the indicator file;
//   aggregate: the territory's ratio of sums (numerator / denominator) per year;
//   trends: change over the period, least-squares slope;
//   ranking: the communes sorted by last year's value (direction `down`: lowest first; ties
//   by code, as the core).
import init, { run as wasmRun } from './pkg/en_action_bench_wasm.js';

const decoder = new TextDecoder();

/** The basic validation of both files, in plain JavaScript (shared by the JS and arquero
 * paths): codes known and unique, lengths equal to the years, numbers finite and in range,
 * missing values counted. Returns { territory, indicator, warnings } or throws. */
function parseAndValidate(territoryBytes, indicatorBytes) {
  const territory = JSON.parse(decoder.decode(territoryBytes));
  const indicator = JSON.parse(decoder.decode(indicatorBytes));
  if (territory.format !== 1 || indicator.format !== 1) throw new Error('format');
  const census = territory.census_years.length;
  const known = new Set();
  for (const c of territory.communes) {
    if (typeof c.code !== 'string' || c.code.length !== 5 || known.has(c.code)) throw new Error(`code ${c.code}`);
    known.add(c.code);
    if (!Array.isArray(c.population) || c.population.length !== census) throw new Error(`population ${c.code}`);
    for (const p of c.population) if (!(Number.isFinite(p) && p >= 0)) throw new Error(`population ${c.code}`);
  }
  const years = indicator.years;
  for (let i = 0; i < years.length; i += 1) if (!Number.isInteger(years[i]) || (i > 0 && years[i] <= years[i - 1])) throw new Error('years');
  const n = years.length;
  const { min = -Infinity, max = Infinity } = indicator.range ?? {};
  const scale = indicator.scale ?? 1;
  const num = indicator.numerator.values;
  const den = indicator.denominator.values;
  let warnings = 0;
  const checkTable = (table) => {
    for (const code in table) {
      if (!known.has(code)) throw new Error(`unknown commune ${code}`);
      const row = table[code];
      if (!Array.isArray(row) || row.length !== n) throw new Error(`length ${code}`);
      let gap = false;
      for (const v of row) {
        if (v === null) gap = true;
        else if (!(typeof v === 'number' && Number.isFinite(v) && v >= 0)) throw new Error(`value ${code}`);
      }
      if (gap) warnings += 1;
    }
  };
  checkTable(num);
  checkTable(den);
  for (const code in num) {
    const d = den[code];
    if (!d) throw new Error(`no denominator for ${code}`);
    const r = num[code];
    for (let i = 0; i < n; i += 1) {
      if (r[i] !== null && d[i] !== null && d[i] !== 0) {
        const rate = (scale * r[i]) / d[i];
        if (rate < min || rate > max) throw new Error(`out of range ${code}`);
      }
    }
  }
  return { territory, indicator, warnings };
}

/** Least-squares slope of (year, value) points. */
function slopeOf(points) {
  const k = points.length;
  if (k < 2) return NaN;
  let sx = 0; let sy = 0;
  for (const [x, y] of points) { sx += x; sy += y; }
  const mx = sx / k; const my = sy / k;
  let sxy = 0; let sxx = 0;
  for (const [x, y] of points) { sxy += (x - mx) * (y - my); sxx += (x - mx) ** 2; }
  return sxy / sxx;
}

function plainJs(territoryBytes, indicatorBytes) {
  const { indicator, warnings } = parseAndValidate(territoryBytes, indicatorBytes);
  const { years } = indicator;
  const scale = indicator.scale ?? 1;
  const num = indicator.numerator.values;
  const den = indicator.denominator.values;
  const n = years.length;
  const sumNum = new Float64Array(n); const sumDen = new Float64Array(n); const reporting = new Int32Array(n);
  for (const code in num) {
    const r = num[code]; const d = den[code];
    for (let i = 0; i < n; i += 1) {
      if (r[i] !== null && d[i] !== null) { sumNum[i] += r[i]; sumDen[i] += d[i]; reporting[i] += 1; }
    }
  }
  const series = [];
  for (let i = 0; i < n; i += 1) if (reporting[i] > 0 && sumDen[i] !== 0) series.push([years[i], (scale * sumNum[i]) / sumDen[i]]);
  const last = series.at(-1)?.[1] ?? NaN;
  const change = series.length > 1 ? last - series[0][1] : NaN;
  const slope = slopeOf(series);
  const li = n - 1;
  const entries = [];
  for (const code in num) {
    const r = num[code][li]; const d = den[code][li];
    if (r !== null && d !== null && d !== 0) entries.push([code, (scale * r) / d]);
  }
  const down = indicator.direction === 'down';
  entries.sort((a, b) => (down ? a[1] - b[1] : b[1] - a[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { last, change, slope, first: entries[0]?.[0] ?? '', ranked: entries.length, warnings };
}

function arquero(territoryBytes, indicatorBytes) {
  const { aq } = window;
  const { op } = aq;
  const { indicator, warnings } = parseAndValidate(territoryBytes, indicatorBytes);
  const { years } = indicator;
  const num = indicator.numerator.values;
  const den = indicator.denominator.values;
  // One row per commune and year (the long form arquero works on), built from the columns.
  const codes = Object.keys(num);
  const size = codes.length * years.length;
  const code = new Array(size); const year = new Int32Array(size); const n = new Array(size); const d = new Array(size);
  let k = 0;
  for (const c of codes) {
    const r = num[c]; const q = den[c];
    for (let i = 0; i < years.length; i += 1) { code[k] = c; year[k] = years[i]; n[k] = r[i]; d[k] = q[i]; k += 1; }
  }
  const long = aq.table({ code, year, num: n, den: d })
    .params({ scale: indicator.scale ?? 1, last: years.at(-1) })
    .filter((row) => row.num !== null && row.den !== null);
  const byYear = long.groupby('year')
    .rollup({ num: op.sum('num'), den: op.sum('den') })
    .filter((row) => row.den !== 0)
    .derive({ value: (row, $) => ($.scale * row.num) / row.den })
    .orderby('year');
  const values = byYear.array('value');
  const fit = byYear.rollup({ cov: op.covariance('year', 'value'), variance: op.variance('year') }).object();
  const ranking = long.filter((row, $) => row.year === $.last && row.den !== 0)
    .derive({ value: (row, $) => ($.scale * row.num) / row.den })
    .orderby(indicator.direction === 'down' ? 'value' : aq.desc('value'), 'code');
  const last = values.at(-1) ?? NaN;
  return {
    last, change: values.length > 1 ? last - values[0] : NaN, slope: fit.cov / fit.variance,
    first: ranking.numRows() ? ranking.get('code', 0) : '', ranked: ranking.numRows(), warnings,
  };
}

const IMPLEMENTATIONS = {
  wasm: (t, i) => JSON.parse(wasmRun(t, i, 'travailler/taux.json')),
  js: plainJs,
  arquero,
};

const files = new Map();
window.benchReady = (async () => { await init(); })();

/** Fetches a case's two files once (outside every timing). */
window.benchLoad = async (name) => {
  if (!files.has(name)) {
    const [t, i] = await Promise.all(['territory.json', 'taux.json'].map((f) => fetch(`data/${name}/${f}`).then((r) => r.arrayBuffer())));
    files.clear();
    files.set(name, [new Uint8Array(t), new Uint8Array(i)]);
  }
  const [t, i] = files.get(name);
  return t.length + i.length;
};

/** Times `reps` runs of `impl` on case `name` back to back (the page's clock is coarsened to
 * 0.1 ms: small cases repeat): { ms per run, summary }. */
window.benchRun = (name, impl, reps = 1) => {
  const [t, i] = files.get(name);
  let summary;
  const start = performance.now();
  for (let r = 0; r < reps; r += 1) summary = IMPLEMENTATIONS[impl](t, i);
  return { ms: (performance.now() - start) / reps, summary };
};
