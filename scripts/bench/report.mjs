// Shared by the benchmark modules: medians, formatting, and the summary table of figures
// against their targets (✓ met, ✗ missed or failed).

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return NaN;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};

export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
export const ms = (x) => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms` : 'n/a');
export const ratio = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : 'n/a');

/** Figures recorded by the modules, in order, for the final summary. */
const figures = [];

/**
 * Records one figure: `section` (e.g. 'first view'), `name`, the measured `value` as text,
 * the `target` as text and `ok` (true, false, or null when the figure has no target).
 * Returns the ✓/✗ mark, so a module can print it on its own lines too.
 */
export function record(section, name, value, target = '', ok = null) {
  figures.push({ section, name, value: String(value), target, ok });
  return mark(ok);
}

export const mark = (ok) => (ok === null || ok === undefined ? ' ' : ok ? '✓' : '✗');

/** Prints a left-aligned text table: `rows` are arrays of cells, the first row the header. */
export function table(rows, { right = [] } = {}) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...String(r[i] ?? '')].length)));
  const pad = (cell, i) => {
    const s = String(cell ?? '');
    const fill = ' '.repeat(widths[i] - [...s].length);
    return right.includes(i) ? fill + s : s + fill;
  };
  const lines = rows.map((r) => r.map(pad).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  console.log(lines.join('\n'));
}

/** Prints every recorded figure next to its target, then how many targets were met. */
export function summary() {
  console.log('\n=== Summary: each figure against its target ===\n');
  if (figures.length === 0) {
    console.log('(no figure)');
    return;
  }
  table([['', 'part', 'figure', 'measured', 'target'],
    ...figures.map((f) => [mark(f.ok), f.section, f.name, f.value, f.target])], { right: [3] });
  const judged = figures.filter((f) => f.ok !== null);
  const met = judged.filter((f) => f.ok).length;
  console.log(`\n${met} of ${judged.length} targets met.`);
}

export const heading = (text) => console.log(`\n=== ${text} ===\n`);
