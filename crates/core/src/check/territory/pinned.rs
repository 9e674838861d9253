//! Pins [`check_territory`] to the check as first written — the whole file read by serde, a
//! hash set for repeated codes, names copied, communes sorted as structs — on the sample, the
//! fixtures, hostile variants, every truncation and many one-byte changes: the same territory
//! when accepted, the same diagnostics, in the same order and places, when not.

use std::collections::{HashMap, HashSet};

use super::*;
use crate::check::rows::{check_cells, RowYears};
use crate::parse::parse_json;

/// The check as first written, up to the communes (`check_cells` and what follows the
/// communes are today's).
fn first_written(file: &str, bytes: &[u8]) -> Checked<Territory> {
    let (raw, text) = parse_json::<TerritoryFile>(file, bytes)?;
    let mut report = Report::new(file, text);
    let root = JsonPath::root();
    if raw.format != FORMAT_VERSION {
        report.error(root.key("format"), Problem::UnsupportedFormat { found: raw.format, expected: FORMAT_VERSION });
    }
    check_years(&mut report, &root.key("census_years"), &raw.census_years);
    if raw.communes.is_empty() {
        report.error(root.key("communes"), Problem::EmptyList { what: "liste des communes" });
    }
    let years = RowYears::new(&raw.census_years);
    let mut communes = Vec::with_capacity(raw.communes.len());
    let mut codes = HashSet::new();
    let mut tiles = HashMap::new();
    for (i, entry) in raw.communes.iter().enumerate() {
        let path = || root.key("communes").index(i);
        if !codes.insert(&entry.code) {
            report.error(path().key("code"), Problem::DuplicateCommune { code: entry.code.to_string() });
        }
        let population = check_cells(&mut report, || path().key("population"), &entry.population, &years, crate::indicator::Range::default());
        if let Some(tile) = entry.tile {
            if let Some(grid) = raw.tile_grid {
                if tile.col >= grid.cols || tile.row >= grid.rows {
                    report.error(path().key("tile"), Problem::TileOutsideGrid { col: tile.col, row: tile.row, cols: grid.cols, rows: grid.rows });
                }
            }
            if let Some(other) = tiles.insert((tile.col, tile.row), entry.name.clone()) {
                report.error(path().key("tile"), Problem::TileTaken { col: tile.col, row: tile.row, other });
            }
        }
        communes.push(Commune { code: entry.code.clone(), name: entry.name.clone(), population, tile: entry.tile });
    }
    // The names were checked from the file's entries, in file order.
    let in_file_order = communes.clone();
    communes.sort_unstable_by(|a, b| a.code.cmp(&b.code));
    // What follows the communes is today's (this pins the communes' reading).
    check_after_communes(report, raw, FirstWritten { in_code_order: communes, in_file_order })
}

/// The communes as the first check kept them: sorted, and a copy in file order.
struct FirstWritten {
    in_code_order: Vec<Commune>,
    in_file_order: Vec<Commune>,
}

impl CommuneOrders for FirstWritten {
    fn in_file_order(&self) -> &[Commune] {
        &self.in_file_order
    }

    fn in_code_order(self) -> Vec<Commune> {
        self.in_code_order
    }
}

/// Both checks agree on `bytes` (through the debug text: values bit for bit, diagnostics in
/// order); returns whether the file was accepted.
fn agree(bytes: &[u8]) -> bool {
    let debug = |checked: Checked<Territory>| match checked {
        Ok(accepted) => Ok(format!("{:?} {:?}", accepted.value, accepted.warnings)),
        Err(rejected) => Err(format!("{:?}", rejected.diagnostics)),
    };
    let today = debug(check_territory("t.json", bytes));
    assert_eq!(today, debug(first_written("t.json", bytes)), "{}", String::from_utf8_lossy(bytes));
    today.is_ok()
}

fn root_dir() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn the_same_on_the_sample_and_every_fixture() {
    let sample = std::fs::read(root_dir().join("indicators/territory.json")).expect("sample");
    assert!(agree(&sample));
    let mut fixtures = 0;
    for dir in ["tests/fixtures", "tests/fixtures/invalid", "tests/fixtures/hostile"] {
        for entry in std::fs::read_dir(root_dir().join(dir)).expect("fixtures").flatten() {
            if entry.file_name().to_str().is_some_and(|n| n.starts_with("territory")) {
                agree(&std::fs::read(entry.path()).expect("fixture"));
                fixtures += 1;
            }
        }
    }
    assert!(fixtures >= 15, "{fixtures}");
}

/// A small territory with a bit of everything that can go wrong with communes: codes out of
/// order and repeated, tiles outside the grid and taken twice, populations too short, too
/// long or negative, names too long or with invisible characters (plain enough for the quick
/// reader; its variants add what is not).
fn troubled() -> String {
    let long = "é".repeat(201);
    format!(
        "{{\"format\": 1, \"name\": \"T\", \"short_name\": \"T\", \"census_years\": [2019, 2021],
\"population_source\": {{\"name\": \"n\", \"licence\": \"l\", \"retrieved\": \"2024\"}},
\"communes\": [
 {{\"code\": \"62510\", \"name\": \"B\", \"population\": [1, 2], \"tile\": {{\"col\": 0, \"row\": 0}}}},
 {{\"code\": \"62001\", \"name\": \"A\u{202e}\", \"population\": [1, -2], \"tile\": {{\"col\": 0, \"row\": 0}}}},
 {{\"code\": \"62510\", \"name\": \"{long}\", \"population\": [7, null, 3], \"tile\": {{\"col\": 5, \"row\": 0}}}},
 {{\"code\": \"2A004\", \"name\": \"D\", \"population\": [1]}},
 {{\"code\": \"62510\", \"name\": \"E\", \"population\": [1.5, 2], \"tile\": {{\"col\": 0, \"row\": 0}}}}
],
\"tile_grid\": {{\"cols\": 2, \"rows\": 2}},
\"axes\": [{{\"id\": \"a\", \"label\": \"A\", \"colour\": \"#000000\"}}], \"indicators\": [\"a/b.json\"]}}"
    )
}

/// A territory file around `communes`, with a 60 × 10 grid.
fn territory(communes: &str) -> String {
    format!("{{\"format\": 1, \"name\": \"T\", \"short_name\": \"T\", \"census_years\": [2019, 2021], \"population_source\": {{\"name\": \"n\", \"licence\": \"l\", \"retrieved\": \"2024\"}}, \"communes\": [{communes}], \"tile_grid\": {{\"cols\": 60, \"rows\": 10}}, \"axes\": [{{\"id\": \"a\", \"label\": \"A\", \"colour\": \"#000000\"}}], \"indicators\": [\"a/b.json\"]}}")
}

#[test]
fn the_same_on_troubled_communes_and_their_variants() {
    let troubled = troubled();
    assert!(!agree(troubled.as_bytes()));
    assert!(crate::fast_territory::quick_territory(troubled.as_bytes()).is_some(), "the quick way");
    // Accepted, out of code order, with gaps and tiles.
    let clean = territory(
        r#"{"code": "62510", "name": "B", "population": [1, 2], "tile": {"col": 0, "row": 0}},
 {"code": "62001", "name": "A é", "population": [1, null], "tile": {"col": 1, "row": 0}},
 {"code": "2A004", "name": "D", "population": [null, 0]},
 {"code": "62003", "name": "E è", "population": [3.5, 4]}"#,
    );
    assert!(agree(clean.as_bytes()));
    assert!(crate::fast_territory::quick_territory(clean.as_bytes()).is_some(), "the quick way");
    let variants = [
        clean.replace("E è", "E \\u00e8"),
        clean.replace("\"62003\"", "\"62510\""),
        clean.replace("\"col\": 1", "\"col\": 0"),
        clean.replace("\"col\": 1", "\"col\": 60"),
        clean.replace("[3.5, 4]", "[3.5, 4, 5]"),
        troubled.replace("\u{202e}", "\\u0007"),
        troubled.replace("[1]", "[1, 0]"),
        troubled.replace("[7, null, 3]", "[\"x\", null, 3]"),
        troubled.replace("[1.5, 2]", "[1e20, 2]"),
        troubled.replace("[1.5, 2]", "[1000000000000000000000, 2]"),
        troubled.replace("\"tile_grid\": {\"cols\": 2, \"rows\": 2},", ""),
        troubled.replace("\"census_years\": [2019, 2021]", "\"census_years\": [2021, 2019]"),
        troubled.replace("\"census_years\": [2019, 2021]", "\"census_years\": []"),
        troubled.replace("\"communes\": [", "\"communes\": [],\"x\": ["),
    ];
    for text in &variants {
        agree(text.as_bytes());
    }
    // Every truncation, and every one-byte change to a troublemaker, of both files.
    for text in [&troubled, &clean] {
        for end in (0..text.len()).filter(|&end| text.is_char_boundary(end)) {
            agree(&text.as_bytes()[..end]);
        }
        for at in 0..text.len() {
            for byte in [b'"', b'}', b']', b',', b'0', b'5', b'-', b'\\', b' '] {
                let mut bytes = text.clone().into_bytes();
                bytes[at] = byte;
                agree(&bytes);
            }
        }
    }
}

#[test]
fn the_same_on_many_communes_out_of_order() {
    // 3,000 communes in the order of a national file written from JavaScript (departments
    // interleaved), every seventh on a tile; then with a few codes and tiles repeated.
    let communes: Vec<String> = (0..3_000)
        .map(|i| {
            let code = format!("{:02}{:03}", 1 + i % 94, 1 + i / 94);
            let tile = if i % 7 == 0 { format!(", \"tile\": {{\"col\": {}, \"row\": {}}}", (i / 7) % 60, (i / 7) / 60) } else { String::new() };
            format!("{{\"code\": \"{code}\", \"name\": \"Commune {i}\", \"population\": [{i}, {}]{tile}}}", i * 2)
        })
        .collect();
    let text = territory(&communes.join(",\n"));
    assert!(agree(text.as_bytes()));
    let repeated = text.replace("\"code\": \"05003\"", "\"code\": \"05001\"").replace("\"col\": 7, \"row\": 1", "\"col\": 7, \"row\": 0");
    assert!(!agree(repeated.as_bytes()));
}
