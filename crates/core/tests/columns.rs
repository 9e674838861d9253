//! The checker reads commune rows into columns ([`Columns`]); files are edited and written with
//! cells ([`CommuneRows`]). Both readings must agree on every file: the same values, the same
//! non-numbers, and for a bad file the same located diagnostic. And a file with N missing
//! values (one per commune) gives exactly N warnings, each at its row.

use std::path::{Path, PathBuf};

use en_action_core::cell::{Cell, CommuneRows};
use en_action_core::check::{check_indicator, check_territory};
use en_action_core::columns::Columns;
use en_action_core::diagnostic::{Diagnostic, JsonPath, Position, Problem, Severity};
use en_action_core::indicator::IndicatorFile;
use en_action_core::parse::parse_json;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The rows of a cell table as (key, cells).
fn cells_of(rows: &CommuneRows) -> Vec<(String, Vec<Cell>)> {
    rows.0.clone()
}

/// The rows of a column table as (key, cells), non-numbers with their text.
fn cells_of_columns(columns: &Columns) -> Vec<(String, Vec<Cell>)> {
    columns
        .rows()
        .map(|row| {
            let cells = row
                .values
                .iter()
                .enumerate()
                .map(|(i, v)| match (v, columns.invalid_at(row.first + i)) {
                    (_, Some(found)) => Cell::Invalid(found.to_owned()),
                    (Some(v), None) => Cell::Number(*v),
                    (None, None) => Cell::Missing,
                })
                .collect();
            (row.key.to_owned(), cells)
        })
        .collect()
}

type Tables = Vec<Option<Vec<(String, Vec<Cell>)>>>;

fn tables_of_cells(file: &IndicatorFile) -> Tables {
    vec![file.values.as_ref().map(cells_of), file.numerator.as_ref().map(|c| cells_of(&c.values)), file.denominator.as_ref().map(|c| cells_of(&c.values))]
}

fn tables_of_columns(file: &IndicatorFile<Columns>) -> Tables {
    vec![
        file.values.as_ref().map(cells_of_columns),
        file.numerator.as_ref().map(|c| cells_of_columns(&c.values)),
        file.denominator.as_ref().map(|c| cells_of_columns(&c.values)),
    ]
}

/// Both readings of `text`: the tables if it parses, else the diagnostic (same either way).
fn both(text: &[u8]) -> (Result<Tables, Diagnostic>, Result<Tables, Diagnostic>) {
    let slow = parse_json::<IndicatorFile>("f.json", text).map(|(file, _)| tables_of_cells(&file));
    let fast = parse_json::<IndicatorFile<Columns>>("f.json", text).map(|(file, _)| tables_of_columns(&file));
    (slow, fast)
}

/// The indicator files the sample's `territory.json` lists.
fn indicator_files(dir: &Path) -> Vec<PathBuf> {
    let territory: serde_json::Value = serde_json::from_slice(&std::fs::read(dir.join("territory.json")).expect("territory")).expect("json");
    let listed = territory["indicators"].as_array().expect("indicators");
    listed.iter().map(|f| dir.join(f.as_str().expect("path"))).collect()
}

#[test]
fn columns_and_cells_agree_on_every_sample_file() {
    let files = indicator_files(&root().join("indicators"));
    assert!(files.len() >= 10, "the sample indicators: {files:?}");
    let mut with_rows = 0;
    for path in files {
        let bytes = std::fs::read(&path).expect("sample");
        let (slow, fast) = both(&bytes);
        let slow = slow.unwrap_or_else(|d| panic!("{} : {d}", path.display()));
        with_rows += usize::from(slow.iter().any(Option::is_some));
        assert_eq!(fast.as_ref(), Ok(&slow), "{}", path.display());
    }
    assert!(with_rows >= 10, "{with_rows} sample files with commune rows");
}

/// A `sum` file around `values`.
fn with_values(values: &str) -> String {
    format!("{{\"format\": 1, \"id\": \"f\", \"axis\": \"a\", \"title\": \"t\", \"unit\": \"u\", \"definition\": \"d\", \"source\": {{\"name\": \"n\", \"licence\": \"l\", \"retrieved\": \"2024\"}}, \"aggregation\": \"sum\", \"direction\": \"up\", \"years\": [2020, 2021], \"values\": {values}}}")
}

#[test]
fn columns_and_cells_agree_on_hostile_values() {
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    let hostile = [
        r#"{"62001": [null, null], "62002": [1, null]}"#.to_owned(),
        r#"{"62001": ["12,5", "x"], "62002": [true, false]}"#.to_owned(),
        r#"{"62001": [1e3, 1.5E-2], "62002": [-0, -0.0]}"#.to_owned(),
        r#"{"62001": [1e308, 123456789012345678901234567890], "62002": [-1e-320, 0.1]}"#.to_owned(),
        r#"{"62001": [1e400, 1]}"#.to_owned(),
        r#"{"62001": [[1, [2]], {"a": {"b": 1}}], "62002": [[], {}]}"#.to_owned(),
        format!(r#"{{"62001": [{deep}, 1]}}"#),
        r#"{"\u0036\u00322001": [1, 2], "62\u00e9": [3, 4], "62\"01": [5, 6]}"#.to_owned(),
        r#"{"62001": [1, 2], "62001": [3, 4]}"#.to_owned(),
        r#"{"62001": [1, 2,], "62002": [3, 4]}"#.to_owned(),
        r#"{"62001": [1, 2], "62002": [3, 4],}"#.to_owned(),
        r#"{"62001": [1, 2] "62002": [3, 4]}"#.to_owned(),
        r#"{"62001": [1, 2], "62002": 3}"#.to_owned(),
        r#"{"62001": {"2020": 1}}"#.to_owned(),
        r#"[["62001", 1, 2]]"#.to_owned(),
        r#""62001""#.to_owned(),
        r#"{"62001": [1, 2], 62002: [3, 4]}"#.to_owned(),
        r#"{"62001": [01, 2]}"#.to_owned(),
        r#"{"62001": [1., 2]}"#.to_owned(),
        r#"{"62001": [NaN, Infinity]}"#.to_owned(),
        r#"{"62001": [1, 2"#.to_owned(),
        "{\"62001\": [1,\n 2, \"a\tb\"]}".to_owned(),
        r#"{}"#.to_owned(),
        r#"{"62001": []}"#.to_owned(),
    ];
    for values in &hostile {
        let (slow, fast) = both(with_values(values).as_bytes());
        assert_eq!(fast, slow, "{values}");
    }
    // With a byte order mark, the same.
    let text = format!("\u{feff}{}", with_values(&hostile[2]));
    let (slow, fast) = both(text.as_bytes());
    assert!(slow.is_ok(), "{slow:?}");
    assert_eq!(fast, slow);
    // Negative zero stays negative zero, bit for bit.
    let (_, fast) = both(with_values(&hostile[2]).as_bytes());
    let fast = fast.expect("parses");
    let row = &fast[0].as_ref().expect("values")[1].1;
    assert!(matches!(row[0], Cell::Number(v) if v == 0.0 && v.is_sign_negative()), "{row:?}");
}

#[test]
fn bad_values_are_reported_the_same_way() {
    // Errors from the rows themselves (not only from the parser) must not change either.
    let (slow, fast) = both(with_values(r#"{"62001": [1, 2], "62002": 3}"#).as_bytes());
    let (slow, fast) = (slow.expect_err("a row must be a list"), fast.expect_err("a row must be a list"));
    assert_eq!(fast, slow);
    assert_eq!(fast.path.to_string(), "values.62002");
    assert!(fast.problem.to_string().contains("attendu : une liste"), "{}", fast.problem);
}

#[test]
fn n_missing_values_give_n_warnings_each_at_its_row() {
    let territory_bytes = std::fs::read(root().join("indicators/territory.json")).expect("territory");
    let territory = check_territory("indicators/territory.json", &territory_bytes).expect("sample territory").value;
    let codes: Vec<&str> = territory.codes().map(|c| c.as_str()).collect();
    assert!(codes.len() >= 30);
    let head = "{\n  \"format\": 1,\n  \"id\": \"essai\",\n  \"axis\": \"bouger\",\n  \"title\": \"Essai\",\n  \"unit\": \"u\",\n  \"definition\": \"d\",\n  \"source\": {\"name\": \"n\", \"licence\": \"l\", \"retrieved\": \"2024\"},\n  \"aggregation\": \"sum\",\n  \"direction\": \"up\",\n  \"years\": [2020, 2021, 2022],\n  \"values\": {\n";
    // Every third commune misses one year, a different one each time.
    let missing: Vec<usize> = (0..codes.len()).filter(|i| i % 3 == 1).collect();
    let rows: Vec<String> = codes
        .iter()
        .enumerate()
        .map(|(i, code)| {
            let cells: Vec<String> = (0..3).map(|y| if missing.contains(&i) && y == i % 3 + i / 3 % 2 { "null".to_owned() } else { format!("{}", i + y) }).collect();
            format!("    \"{code}\": [{}]", cells.join(", "))
        })
        .collect();
    let text = format!("{head}{}\n  }}\n}}\n", rows.join(",\n"));
    let first_row_line = head.lines().count() + 1;
    let accepted = check_indicator("bouger/essai.json", text.as_bytes(), &territory).expect("accepted with warnings");
    assert_eq!(accepted.warnings.len(), missing.len(), "{:#?}", accepted.warnings);
    for (warning, &i) in accepted.warnings.iter().zip(&missing) {
        assert_eq!(warning.severity, Severity::Warning);
        assert_eq!(warning.path, JsonPath::root().key("values").key(codes[i]), "{warning}");
        assert_eq!(warning.position, Some(Position { line: first_row_line + i, column: 5 }), "{warning}");
        let year = 2020 + (i % 3 + i / 3 % 2) as i32;
        assert_eq!(warning.problem, Problem::CoverageGap { years: year.to_string() }, "{warning}");
    }
}

#[test]
fn rows_in_any_order_give_the_same_checked_tables() {
    // Each row is placed at its commune's place in the territory: the tables come out in code
    // order whatever the file's order, with the same warnings (placed at their rows).
    let territory_bytes = std::fs::read(root().join("indicators/territory.json")).expect("territory");
    let territory = check_territory("indicators/territory.json", &territory_bytes).expect("sample territory").value;
    let codes: Vec<&str> = territory.codes().map(|c| c.as_str()).collect();
    let head = "{\"format\": 1, \"id\": \"essai\", \"axis\": \"bouger\", \"title\": \"Essai\", \"unit\": \"%\", \"definition\": \"d\", \"source\": {\"name\": \"n\", \"licence\": \"l\", \"retrieved\": \"2024\"}, \"aggregation\": \"ratio\", \"scale\": 100, \"direction\": \"up\", \"years\": [2020, 2021],\n";
    let table = |order: &[usize], factor: usize| {
        let rows: Vec<String> = order.iter().map(|&i| format!("\"{}\": [{}, {}]", codes[i], factor * (i + 1), if i % 4 == 0 { "null".to_owned() } else { (factor * (i + 2)).to_string() })).collect();
        format!("{{{}}}", rows.join(",\n"))
    };
    let file = |order: &[usize]| format!("{head}\"numerator\": {{\"label\": \"n\", \"values\": {}}},\n\"denominator\": {{\"label\": \"d\", \"values\": {}}}}}", table(order, 1), table(order, 10));
    let in_order: Vec<usize> = (0..codes.len()).collect();
    let shuffled: Vec<usize> = in_order.iter().map(|i| (i * 7) % codes.len()).collect();
    let mut every = shuffled.clone();
    every.sort();
    assert_eq!(every, in_order, "7 is prime to {}: a permutation", codes.len());
    let check = |order: &[usize]| check_indicator("bouger/essai.json", file(order).as_bytes(), &territory).expect("accepted with warnings");
    let (sorted, unsorted) = (check(&in_order), check(&shuffled));
    assert_eq!(format!("{:?}", unsorted.value), format!("{:?}", sorted.value));
    let problems = |warnings: &[Diagnostic]| {
        let mut problems: Vec<String> = warnings.iter().map(|w| format!("{} {}", w.path, w.problem)).collect();
        problems.sort();
        problems
    };
    assert_eq!(problems(&unsorted.warnings), problems(&sorted.warnings));
    assert_eq!(sorted.warnings.len(), 2 * codes.len().div_ceil(4));
}
