//! Synthetic data in the real file format: a territory, a `sum` indicator and a `ratio`
//! indicator (numerator and denominator), deterministic, with an optional share of missing
//! values (`null`) in the indicator files.

use std::fmt::Write as _;

pub const FIRST_YEAR: i32 = 2010;
pub const YEARS: usize = 15;
pub const CENSUS_YEARS: [i32; 6] = [2016, 2019, 2020, 2021, 2022, 2023];

/// Where the territory file lists the indicator files (relative to its folder).
pub const SUM_FILE: &str = "bouger/somme.json";
pub const RATIO_FILE: &str = "travailler/taux.json";

/// A small deterministic generator (xorshift64*), so that every run times the same data.
pub struct Random(pub u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `[low, high)`.
    fn between(&mut self, low: f64, high: f64) -> f64 {
        let unit = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        low + unit * (high - low)
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: u32) -> bool {
        self.next() % 10_000 < u64::from(percent) * 100
    }
}

/// The numbers of one size, before they are written as files.
pub struct Data {
    pub codes: Vec<String>,
    pub territory: String,
    sum: Vec<Vec<f64>>,
    numerators: Vec<Vec<f64>>,
    denominators: Vec<Vec<f64>>,
}

/// An indicator file as text, with its expected territory value on the last year (when every
/// value is present) and the number of values written as `null`.
pub struct File {
    pub text: String,
    pub expected_last: Option<f64>,
    pub nulls: usize,
}

impl Data {
    pub fn new(communes: usize, random: &mut Random) -> Self {
        let codes = codes(communes);
        let territory = territory_json(&codes, random);
        let sum = codes
            .iter()
            .map(|_| {
                let base = random.between(1.0, 500.0);
                (0..YEARS).map(|y| (10.0 * base * (1.0 + 0.02 * y as f64) * random.between(0.9, 1.1)).round() / 10.0).collect()
            })
            .collect();
        let (mut numerators, mut denominators) = (Vec::with_capacity(communes), Vec::with_capacity(communes));
        for _ in &codes {
            let den_base = random.between(100.0, 20_000.0);
            let rate = random.between(0.05, 0.30);
            let den: Vec<f64> = (0..YEARS).map(|_| (den_base * random.between(0.98, 1.02)).round()).collect();
            numerators.push(den.iter().enumerate().map(|(y, d)| (d * rate * (1.0 - 0.01 * y as f64)).round()).collect());
            denominators.push(den);
        }
        Data { codes, territory, sum, numerators, denominators }
    }

    /// The `sum` indicator (counts with one decimal), `missing` percent of values null.
    pub fn sum_file(&self, missing: u32) -> File {
        let mut mask = Random(0x0BAD_5EED ^ (self.codes.len() as u64) << 8 ^ u64::from(missing));
        let last: f64 = self.sum.iter().map(|row| row[YEARS - 1]).sum();
        let mut out = head("somme", "bouger", "sum", "", last * 1.3);
        out.push_str("  \"values\": {\n");
        let nulls = rows(&mut out, "    ", &self.codes, &self.sum, |v| format!("{v:.1}"), || mask.chance(missing));
        out.push_str("  }\n}\n");
        File { text: out, expected_last: (nulls == 0).then_some(last), nulls }
    }

    /// The `ratio` indicator (percentage, numerator ≤ denominator), `missing` percent of
    /// values null in each table.
    pub fn ratio_file(&self, missing: u32) -> File {
        let mut mask = Random(0x7A0_5EED ^ (self.codes.len() as u64) << 8 ^ u64::from(missing));
        let sum_last = |table: &[Vec<f64>]| table.iter().map(|row| row[YEARS - 1]).sum::<f64>();
        let last = 100.0 * sum_last(&self.numerators) / sum_last(&self.denominators);
        let extra = "\n  \"scale\": 100,\n  \"range\": {\"min\": 0, \"max\": 100},";
        let mut out = head("taux", "travailler", "ratio", extra, (last * 1.2).min(100.0));
        let integer = |v: f64| format!("{v}");
        out.push_str("  \"numerator\": {\n    \"label\": \"Numérateur\",\n    \"values\": {\n");
        let mut nulls = rows(&mut out, "      ", &self.codes, &self.numerators, integer, || mask.chance(missing));
        out.push_str("    }\n  },\n  \"denominator\": {\n    \"label\": \"Dénominateur\",\n    \"values\": {\n");
        nulls += rows(&mut out, "      ", &self.codes, &self.denominators, integer, || mask.chance(missing));
        out.push_str("    }\n  }\n}\n");
        File { text: out, expected_last: (nulls == 0).then_some(last), nulls }
    }
}

/// `count` distinct INSEE-form codes: department 01 to 95 (without 20, split into 2A/2B),
/// then a three-digit number.
fn codes(count: usize) -> Vec<String> {
    let departments: Vec<u32> = (1..=95).filter(|&d| d != 20).collect();
    assert!(count.div_ceil(departments.len()) <= 999, "too many communes for the code space");
    (0..count).map(|i| format!("{:02}{:03}", departments[i % departments.len()], 1 + i / departments.len())).collect()
}

pub fn years() -> Vec<i32> {
    (0..YEARS as i32).map(|i| FIRST_YEAR + i).collect()
}

fn join_years(years: &[i32]) -> String {
    years.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
}

const SOURCE: &str = r#"{"name": "Données synthétiques du banc d'essai", "licence": "Licence Ouverte / Etalab 2.0", "retrieved": "2026-01-01"}"#;

/// The territory file with `codes.len()` communes; it lists both indicator files.
fn territory_json(codes: &[String], random: &mut Random) -> String {
    let mut out = String::with_capacity(codes.len() * 80 + 1_000);
    out.push_str("{\n  \"format\": 1,\n  \"name\": \"Territoire synthétique\",\n  \"short_name\": \"Synthèse\",\n");
    let _ = writeln!(out, "  \"census_years\": [{}],", join_years(&CENSUS_YEARS));
    let _ = writeln!(out, "  \"population_source\": {SOURCE},");
    out.push_str("  \"communes\": [\n");
    for (i, code) in codes.iter().enumerate() {
        let base = random.between(200.0, 40_000.0);
        let population: Vec<String> = CENSUS_YEARS.iter().map(|_| format!("{}", (base * random.between(0.97, 1.03)).round())).collect();
        let comma = if i + 1 < codes.len() { "," } else { "" };
        let _ = writeln!(out, "    {{\"code\": \"{code}\", \"name\": \"Commune {i}\", \"population\": [{}]}}{comma}", population.join(", "));
    }
    out.push_str("  ],\n");
    out.push_str("  \"axes\": [\n    {\"id\": \"bouger\", \"label\": \"Bouger\", \"colour\": \"#0072B2\"},\n");
    out.push_str("    {\"id\": \"travailler\", \"label\": \"Travailler\", \"colour\": \"#B34700\"}\n  ],\n");
    let _ = writeln!(out, "  \"indicators\": [\n    \"{SUM_FILE}\",\n    \"{RATIO_FILE}\"\n  ]\n}}");
    out
}

/// The head of an indicator file, up to and including `years`.
fn head(id: &str, axis: &str, aggregation: &str, extra: &str, target: f64) -> String {
    let mut out = String::new();
    out.push_str("{\n  \"$schema\": \"../schema/indicator.schema.json\",\n  \"format\": 1,\n");
    let _ = writeln!(out, "  \"id\": \"{id}\",\n  \"axis\": \"{axis}\",");
    let _ = writeln!(out, "  \"title\": \"Indicateur synthétique ({aggregation})\",\n  \"unit\": \"u\",\n  \"decimals\": 1,");
    let _ = writeln!(out, "  \"definition\": \"Données générées pour mesurer les temps de calcul.\",\n  \"source\": {SOURCE},");
    let _ = writeln!(out, "  \"illustrative\": true,\n  \"aggregation\": \"{aggregation}\",{extra}\n  \"direction\": \"up\",");
    let _ = writeln!(out, "  \"targets\": [{{\"year\": 2030, \"value\": {target:.1}}}],");
    let _ = writeln!(out, "  \"years\": [{}],", join_years(&years()));
    out
}

/// Rows `"code": [v, v, …]` of a commune table, one per line, a value written `null` when
/// `missing()` says so. Returns the number of nulls.
fn rows(out: &mut String, indent: &str, codes: &[String], table: &[Vec<f64>], value: impl Fn(f64) -> String, mut missing: impl FnMut() -> bool) -> usize {
    let mut nulls = 0;
    for (i, (code, row)) in codes.iter().zip(table).enumerate() {
        let cells: Vec<String> = row
            .iter()
            .map(|&v| {
                if missing() {
                    nulls += 1;
                    "null".to_owned()
                } else {
                    value(v)
                }
            })
            .collect();
        let comma = if i + 1 < codes.len() { "," } else { "" };
        let _ = writeln!(out, "{indent}\"{code}\": [{}]{comma}", cells.join(", "));
    }
    nulls
}
