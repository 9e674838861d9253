//! The quick reader of territory files ([`parse_territory`]: the communes by a strict
//! scanner, the rest by serde) must give exactly what the reference reader ([`parse_json`])
//! gives: the same file bit for bit when it parses, the same located diagnostic when it does
//! not; and it must take the quick way on plain files.

mod common;

use std::path::{Path, PathBuf};

use en_action_core::check::check_territory;
use en_action_core::diagnostic::Diagnostic;
use en_action_core::fast_territory::{parse_territory, quick_territory};
use en_action_core::parse::parse_json;
use en_action_core::territory::TerritoryFile;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Both readers agree on `text` (values compared bit for bit through their debug text:
/// `-0.0` and `0.0` differ there); returns whether it parsed.
fn agree(text: &[u8]) -> bool {
    let reference: Result<String, Diagnostic> = parse_json::<TerritoryFile>("t.json", text).map(|(f, rest)| format!("{f:?} {}", rest.len()));
    let quick: Result<String, Diagnostic> = parse_territory("t.json", text).map(|(f, rest)| format!("{f:?} {}", rest.len()));
    assert_eq!(quick, reference, "{}", String::from_utf8_lossy(text));
    reference.is_ok()
}

/// Every territory file of the sample and of the test fixtures.
fn territory_files() -> Vec<PathBuf> {
    let mut files = vec![root().join("indicators/territory.json")];
    for dir in ["tests/fixtures", "tests/fixtures/invalid", "tests/fixtures/hostile"] {
        let mut found: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
            .expect("fixtures")
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("territory")))
            .collect();
        found.sort();
        files.extend(found);
    }
    files
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).expect("file")
}

#[test]
fn agrees_on_every_sample_and_fixture_and_takes_the_quick_way() {
    let files = territory_files();
    assert!(files.len() >= 15, "{files:?}");
    let mut quick = 0;
    for path in &files {
        let bytes = read(path);
        agree(&bytes);
        quick += usize::from(quick_territory(&bytes).is_some());
    }
    // Only the files that serde refuses, or whose communes are unusual, are left to it.
    assert!(quick + 2 >= files.len(), "{quick} of {} files read the quick way", files.len());
    for plain in ["indicators/territory.json", "tests/fixtures/territory-mini.json"] {
        assert!(quick_territory(&read(&root().join(plain))).is_some(), "{plain}");
    }
}

/// A territory file around `communes`.
fn territory(communes: &str) -> String {
    format!("{{\"format\": 1, \"name\": \"T\", \"short_name\": \"T\", \"census_years\": [2019, 2021], \"population_source\": {{\"name\": \"n\", \"licence\": \"l\", \"retrieved\": \"2024\"}}, \"communes\": {communes}, \"tile_grid\": {{\"cols\": 2, \"rows\": 2}}, \"axes\": [{{\"id\": \"a\", \"label\": \"A\", \"colour\": \"#000000\"}}], \"indicators\": [\"a/b.json\"]}}")
}

#[test]
fn agrees_on_hostile_communes() {
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    let one = |entry: &str| format!("[{entry}]");
    let hostile = [
        one(r#"{"code": "62001", "name": "A", "population": [1, null]}"#),
        one(r#"{"population": [1.5, -0, -0.0], "name": "Ä é", "code": "2B004", "tile": {"row": 1, "col": 0}}"#),
        one(r#"{"code": "62001", "name": "A", "population": [1e3, 1.5E-2]}"#),
        one(r#"{"code": "62001", "name": "A", "population": [123456789012345, 1234567890123456]}"#),
        one(r#"{"code": "62001", "name": "A", "population": [1e400, "12", true, [1], {"a": 1}]}"#),
        one(&format!(r#"{{"code": "62001", "name": "A", "population": [{deep}]}}"#)),
        one(r#"{"code": "62001", "name": "A", "population": [1, 2,]}"#),
        one(r#"{"code": "62001", "name": "A", "population": [01, .5, +1, -, NaN, nul, nullnull]}"#),
        one(r#"{"code": "62001", "name": "A", "population": []}"#),
        one(r#"{"code": "62001", "name": "A", "population": null}"#),
        one(r#"{"code": "62001", "name": "A", "population": 1}"#),
        one(r#"{"code": "62001", "name": "A"}"#),
        one(r#"{"code": "62001", "population": [1]}"#),
        one(r#"{"name": "A", "population": [1]}"#),
        one(r#"{"code": "62001", "name": "A", "population": [1], "code": "62002"}"#),
        one(r#"{"code": "62001", "name": "A", "population": [1], "name": "B"}"#),
        one(r#"{"code": "62001", "name": "A", "population": [1], "population": [2]}"#),
        one(r#"{"code": "62001", "name": "A", "population": [1], "extra": 1}"#),
        one(r#"{"code": "6200", "name": "A", "population": [1]}"#),
        one(r#"{"code": "62 01", "name": "A", "population": [1]}"#),
        one(r#"{"code": 62001, "name": "A", "population": [1]}"#),
        one(r#"{"code": null, "name": "A", "population": [1]}"#),
        one(r#"{"code": "6\u00322001", "name": "A", "population": [1]}"#),
        one(r#"{"code": "62001", "name": "A\"B\\C\u00e9", "population": [1]}"#),
        one(r#"{"code": "62001", "name": 7, "population": [1]}"#),
        one(r#"{"code": "62001", "name": "A", "population": [1], "tile": null}"#),
        one(r#"{"code": "62001", "name": "A", "population": [1], "tile": {"col": 1}}"#),
        one(r#"{"code": "62001", "name": "A", "population": [1], "tile": {"col": 1, "row": 1, "col": 1}}"#),
        one(r#"{"code": "62001", "name": "A", "population": [1], "tile": {"col": 1, "row": 1, "x": 1}}"#),
        one(r#"{"code": "62001", "name": "A", "population": [1], "tile": {"col": 1.0, "row": 1}}"#),
        one(r#"{"code": "62001", "name": "A", "population": [1], "tile": {"col": -1, "row": 1}}"#),
        one(r#"{"code": "62001", "name": "A", "population": [1], "tile": {"col": 1e2, "row": 1}}"#),
        one(r#"{"code": "62001", "name": "A", "population": [1], "tile": {"col": 4294967295, "row": 1}}"#),
        one(r#"{"code": "62001", "name": "A", "population": [1], "tile": {"col": 4294967296, "row": 1}}"#),
        one(r#"{"code": "62001", "name": "A", "population": [1], "tile": {"col": 01, "row": 1}}"#),
        one(r#"{"code": "62001", "name": "A", "population": [1], "tile": [1, 1]}"#),
        one(r#"{"code": "62001", "name": "A", "population": [1],}"#),
        one(r#"{"code": "62001" "name": "A", "population": [1]}"#),
        one(r#"{code: "62001", "name": "A", "population": [1]}"#),
        one("{\"code\": \"62001\", \"name\": \"A\tB\", \"population\": [1]}"),
        one("{\"code\"\t:\r\n\"62001\" , \"name\":\"A\" ,\n\"population\" : [ 1 ,\t2 ] }"),
        one("{\"code\": \"62001\", \"name\": \"A\", \"population\": [1,\u{c}2]}"),
        "[]".to_owned(),
        "[ ]".to_owned(),
        "[null]".to_owned(),
        "[{}]".to_owned(),
        "{}".to_owned(),
        "null".to_owned(),
        r#""62001""#.to_owned(),
        r#"[{"code": "62001", "name": "A", "population": [1]},]"#.to_owned(),
        r#"[{"code": "62001", "name": "A", "population": [1]} {"code": "62003", "name": "B", "population": [2]}]"#.to_owned(),
        r#"[{"code": "62001", "name": "A", "population": [1]}, {"code": "62001", "name": "A", "population": [1]}]"#.to_owned(),
    ];
    for communes in &hostile {
        agree(territory(communes).as_bytes());
    }
}

#[test]
fn agrees_on_hostile_documents() {
    let good = territory(r#"[{"code": "62001", "name": "Ablain", "population": [1877, 1939], "tile": {"col": 0, "row": 0}}, {"code": "62003", "name": "Acheville", "population": [604, null]}]"#);
    assert!(agree(good.as_bytes()));
    assert!(quick_territory(good.as_bytes()).is_some());
    let variants = [
        format!("\u{feff}{good}"),
        format!("\u{feff}\u{feff}{good}"),
        format!("  \n\t{good}\r\n  "),
        format!("{good} x"),
        format!("{good}}}"),
        format!("[{good}]"),
        good.replace(", \"", ",\n\"").replace(": ", " :\t"),
        good.replace("\"format\": 1,", "\"format\": 1, \"format\": 1,"),
        good.replace("\"format\": 1,", "\"communes\": [], \"format\": 1,"),
        good.replace("\"communes\": [", "\"events\": [{\"communes\": []}], \"communes\": ["),
        good.replace("\"communes\": [", "\"c\\u006fmmunes\": ["),
        good.replace("\"communes\": [", "\"communes\": {\"x\": [").replace("]}], \"tile_grid\"", "]}]}, \"tile_grid\""),
        good.replace("\"format\": 1,", "\"formt\": 1, \"format\": 1,"),
        good.replace("\"name\": \"T\"", "\"name\": \"T \\\"]}[{\\\" \\u00e9\""),
        good.replace("\"census_years\": [2019, 2021]", "\"census_years\": [2019, 2021,]"),
        good.replace("\"tile_grid\": {\"cols\": 2, \"rows\": 2}, ", ""),
        good.replace("\"indicators\": [\"a/b.json\"]", &("\"indicators\": [\"a/b.json\"], \"deep\": ".to_owned() + &"[".repeat(300) + &"]".repeat(300))),
        good.replace("\"format\": 1", "\"format\": 1e400"),
    ];
    for text in &variants {
        agree(text.as_bytes());
    }
    // Every truncation of the file, and every file with one byte changed to a troublemaker.
    for bytes in common::damaged(&good) {
        agree(&bytes);
    }
}

#[test]
fn agrees_bit_for_bit_on_many_communes() {
    // 5,000 communes out of code order, populations with decimals, gaps and tiles.
    let mut state: u64 = 0x7E44;
    let mut next = || {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        state >> 33
    };
    let communes: Vec<String> = (0..5_000)
        .map(|i| {
            let code = format!("{:02}{:03}", 1 + (i * 37) % 95, 1 + i / 95);
            let population: Vec<String> = (0..2)
                .map(|_| match next() % 10 {
                    0 => "null".to_owned(),
                    1 => format!("{}.{}", next() % 100_000, next() % 1000),
                    _ => (next() % 1_000_000).to_string(),
                })
                .collect();
            let tile = if i % 3 == 0 { format!(", \"tile\": {{\"col\": {}, \"row\": {}}}", i % 100, i / 100) } else { String::new() };
            format!("{{\"code\": \"{code}\", \"name\": \"Commune {i} é\", \"population\": [{}]{tile}}}", population.join(", "))
        })
        .collect();
    let text = territory(&format!("[\n{}\n]", communes.join(",\n"))).replace("{\"cols\": 2, \"rows\": 2}", "{\"cols\": 100, \"rows\": 50}");
    assert!(quick_territory(text.as_bytes()).is_some(), "the quick way");
    assert!(agree(text.as_bytes()));
    let accepted = check_territory("t.json", text.as_bytes()).map_err(|r| r.diagnostics[..3].to_vec()).expect("accepted");
    assert!(accepted.warnings.is_empty());
    let codes: Vec<&str> = accepted.value.codes().map(|c| c.as_str()).collect();
    assert_eq!(codes.len(), 5_000);
    assert!(codes.is_sorted(), "in code order");
}
