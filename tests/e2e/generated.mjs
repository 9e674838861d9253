// Territories of any size written in the data format, for tests at scale: N communes with
// names that share first words (as « Noyelles-Godault » and « Noyelles-sous-Lens » do), a tile
// grid, populations, a count indicator (`emplois`, sum, per capita allowed) and a rate
// (`chomage`, ratio). Deterministic.
const PREFIXES = ['Noyelles', 'Givenchy', 'Auchy', 'Vendin', 'Sains', 'Saint-Laurent', 'Bully', 'Hulluch', 'Annay', 'Loison'];
const SUFFIXES = ['-sous-Lens', '-Godault', '-en-Gohelle', '-lès-Vermelles', '-le-Vieil', '-les-Mines', '-Blangy', '-sur-Deûle', '-lez-Béthune', ''];
const VARIANTS = ['', '-Nord', '-Sud', '-Est', '-Ouest', '-Centre', '-Haut', '-Bas', '-Vieux', '-Neuf'];
const YEARS = [2019, 2020, 2021, 2022, 2023];
const SOURCE = { name: 'Données générées pour les tests', licence: 'Licence Ouverte / Etalab 2.0', retrieved: '2026-12-01' };

function names(n) {
  const out = [];
  for (const v of VARIANTS) for (const p of PREFIXES) for (const s of SUFFIXES) out.push(`${p}${s}${v}`);
  if (n > out.length) throw new Error(`at most ${out.length} names`);
  return out.slice(0, n);
}

/** { territory, emplois, chomage } as JSON texts, for `n` communes. */
export function generatedTerritory(n) {
  let seed = n * 7919;
  const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const cols = Math.ceil(Math.sqrt(n * 1.5));
  const rows = Math.ceil(n / cols);
  const list = names(n).map((name, i) => {
    const base = Math.round(300 + 40000 * random() ** 3);
    return { code: String(10001 + i), name, population: [base, Math.round(base * 1.01)], tile: { col: i % cols, row: Math.floor(i / cols) } };
  });
  const territory = {
    format: 1, name: `Territoire de ${n} communes`, short_name: `T${n}`, census_years: [2019, 2022],
    population_source: SOURCE, communes: list, tile_grid: { cols, rows },
    axes: [{ id: 'travailler', label: 'Travailler', description: "L'emploi.", colour: '#B34700' }],
    indicators: ['travailler/emplois.json', 'travailler/chomage.json'],
  };
  const head = { format: 1, axis: 'travailler', definition: 'Valeurs générées.', source: SOURCE, illustrative: true, years: YEARS };
  // Jobs roughly follow population: the largest communes have the most.
  const emplois = {
    ...head, id: 'emplois', title: 'Emplois au lieu de travail', unit: 'emplois', decimals: 0, aggregation: 'sum', direction: 'up', per_capita: true,
    values: Object.fromEntries(list.map((c) => [c.code, YEARS.map((_, y) => Math.round(c.population[0] * (0.2 + 0.3 * random()) * (1 + 0.01 * y)))])),
  };
  const denominators = Object.fromEntries(list.map((c) => [c.code, YEARS.map(() => Math.round(c.population[0] * 0.45))]));
  const chomage = {
    ...head, id: 'chomage', title: 'Taux de chômage', unit: '%', decimals: 1, aggregation: 'ratio', scale: 100, direction: 'down',
    numerator: { label: 'Chômeurs', values: Object.fromEntries(list.map((c) => [c.code, denominators[c.code].map((d) => Math.round(d * (0.08 + 0.15 * random())))])) },
    denominator: { label: 'Actifs', values: denominators },
  };
  return { territory: JSON.stringify(territory), emplois: JSON.stringify(emplois), chomage: JSON.stringify(chomage) };
}
