// A national-scale data set in the dashboard's real file format, for the benchmarks: a
// territory of `communes` communes (INSEE-form codes, populations at three censuses) listing
// one ratio indicator (travailler/taux.json: numerator and denominator per commune and year,
// 15 years), with a share `missing` of the numerator values left out (null).
// Deterministic: the same arguments give the same bytes.

export const YEARS = Array.from({ length: 15 }, (_, i) => 2010 + i);
export const INDICATOR_PATH = 'travailler/taux.json';
export const INDICATOR_ID = 'taux';

const SOURCE = { name: "Données synthétiques du banc d'essai", licence: 'Licence Ouverte / Etalab 2.0', retrieved: '2026-01-01' };

/** `count` distinct codes: department 01 to 95 (without 20), then a three-digit number. */
export function codes(count) {
  const departments = Array.from({ length: 95 }, (_, i) => i + 1).filter((d) => d !== 20);
  if (Math.ceil(count / departments.length) > 999) throw new Error('too many communes for the code space');
  return Array.from({ length: count }, (_, i) => `${String(departments[i % departments.length]).padStart(2, '0')}${String(1 + Math.floor(i / departments.length)).padStart(3, '0')}`);
}

/**
 * Returns { territory, indicator } as JSON texts, and `missingValues`, the number of null
 * values written. `seed` changes the numbers, not their shape.
 */
export function national({ communes = 35_000, missing = 0.02, seed = 0x5eedca11 } = {}) {
  let state = seed >>> 0;
  const random = () => { state = (state * 1103515245 + 12345) >>> 0; return state / 2 ** 32; };
  const between = (lo, hi) => lo + (hi - lo) * random();
  const list = codes(communes);
  const territory = JSON.stringify({
    format: 1, name: 'Territoire synthétique', short_name: 'Synthèse', census_years: [2010, 2015, 2021],
    population_source: SOURCE,
    communes: list.map((code, i) => { const base = between(200, 40000); return { code, name: `Commune ${i}`, population: [0, 1, 2].map(() => Math.round(base * between(0.97, 1.03))) }; }),
    axes: [{ id: 'travailler', label: 'Travailler', colour: '#B34700' }],
    indicators: [INDICATOR_PATH],
  });
  const numerator = {};
  const denominator = {};
  let missingValues = 0;
  for (const code of list) {
    const den = between(100, 20000);
    const rate = between(0.05, 0.3);
    denominator[code] = YEARS.map(() => Math.round(den * between(0.98, 1.02)));
    numerator[code] = denominator[code].map((d, y) => {
      if (missing > 0 && random() < missing) { missingValues += 1; return null; }
      return Math.round(d * rate * (1 - 0.01 * y));
    });
  }
  const indicator = JSON.stringify({
    format: 1, id: INDICATOR_ID, axis: 'travailler', title: 'Taux synthétique', unit: '%', decimals: 1,
    definition: 'Données générées pour mesurer les temps de calcul.', source: SOURCE, illustrative: true,
    aggregation: 'ratio', scale: 100, range: { min: 0, max: 100 }, direction: 'down', years: YEARS,
    numerator: { label: 'Numérateur', values: numerator }, denominator: { label: 'Dénominateur', values: denominator },
  }, null, 1);
  return { territory, indicator, missingValues };
}
