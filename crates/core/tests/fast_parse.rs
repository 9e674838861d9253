//! The quick reader of indicator files ([`parse_indicator`]: tables by a strict scanner, the
//! rest by serde) must give exactly what the reference reader ([`parse_json`]) gives: the same
//! file bit for bit when it parses, the same located diagnostic when it does not; and the
//! warnings it places from the rows' offsets must sit where searching the path puts them.

mod common;

use std::path::PathBuf;

use en_action_core::check::{check_indicator, check_territory};
use en_action_core::columns::Columns;
use en_action_core::diagnostic::Diagnostic;
use en_action_core::fast_parse::parse_indicator;
use en_action_core::indicator::IndicatorFile;
use en_action_core::locate::locate;
use en_action_core::parse::parse_json;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The file with its tables' offsets dropped, values compared bit for bit through their debug
/// text (`-0.0` and `0.0` differ there).
fn comparable(file: IndicatorFile<Columns>) -> String {
    let mut file = file;
    file.values = file.values.map(Columns::without_places);
    if let Some(c) = file.numerator.as_mut() {
        c.values = std::mem::take(&mut c.values).without_places();
    }
    if let Some(c) = file.denominator.as_mut() {
        c.values = std::mem::take(&mut c.values).without_places();
    }
    format!("{file:?}")
}

/// Both readers agree on `text`; returns whether it parsed.
fn agree(text: &[u8]) -> bool {
    let reference: Result<String, Diagnostic> = parse_json::<IndicatorFile<Columns>>("f.json", text).map(|(f, _)| comparable(f));
    let quick: Result<String, Diagnostic> = parse_indicator("f.json", text).map(|(f, _)| comparable(f));
    assert_eq!(quick, reference, "{}", String::from_utf8_lossy(text));
    reference.is_ok()
}

fn sample_indicators() -> Vec<PathBuf> {
    let dir = root().join("indicators");
    let territory: serde_json::Value = serde_json::from_slice(&std::fs::read(dir.join("territory.json")).expect("territory")).expect("json");
    territory["indicators"].as_array().expect("list").iter().map(|f| dir.join(f.as_str().expect("path"))).collect()
}

#[test]
fn agrees_on_every_sample_file_and_takes_the_quick_way() {
    let mut quick = 0;
    for path in sample_indicators() {
        let bytes = std::fs::read(&path).expect("sample");
        assert!(agree(&bytes), "{}", path.display());
        let (file, _) = parse_indicator("f.json", &bytes).expect("parses");
        let tables = [file.values.as_ref(), file.numerator.as_ref().map(|c| &c.values), file.denominator.as_ref().map(|c| &c.values)];
        quick += usize::from(tables.iter().flatten().any(|t| t.rows().all(|r| r.place.is_some()) && !t.is_empty()));
    }
    assert!(quick >= 10, "{quick} sample files read the quick way");
}

/// A ratio file around `numerator` values, with `ws` between every token of the metadata.
fn ratio(numerator: &str) -> String {
    format!("{{\"format\": 1, \"id\": \"f\", \"axis\": \"a\", \"title\": \"t\", \"unit\": \"u\", \"definition\": \"d\", \"source\": {{\"name\": \"n\", \"licence\": \"l\", \"retrieved\": \"2024\"}}, \"aggregation\": \"ratio\", \"direction\": \"up\", \"years\": [2020, 2021], \"numerator\": {{\"label\": \"n\", \"values\": {numerator}}}, \"denominator\": {{\"values\": {{\"62001\": [10, 20]}}, \"label\": \"d\"}}}}")
}

#[test]
fn agrees_on_hostile_rows() {
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    let hostile = [
        r#"{"62001": [null, null], "62002": [1, null]}"#.to_owned(),
        r#"{"62001": ["12,5", "x"], "62002": [true, false]}"#.to_owned(),
        r#"{"62001": [1e3, 1.5E-2], "62002": [-0, -0.0]}"#.to_owned(),
        r#"{"62001": [-0, -0.0], "62002": [0.1, 0.2], "62003": [-12.75, 3.000]}"#.to_owned(),
        r#"{"62001": [1e308, 123456789012345678901234567890], "62002": [-1e-320, 0.1]}"#.to_owned(),
        r#"{"62001": [123456789012345, 1234567890123456], "62002": [0.123456789012345, 0.1234567890123456]}"#.to_owned(),
        r#"{"62001": [1e400, 1]}"#.to_owned(),
        r#"{"62001": [[1, [2]], {"a": {"b": 1}}], "62002": [[], {}]}"#.to_owned(),
        format!(r#"{{"62001": [{deep}, 1]}}"#),
        format!(r#"{{"62001": {deep}}}"#),
        r#"{"\u0036\u00322001": [1, 2], "62\u00e9": [3, 4], "62\"01": [5, 6]}"#.to_owned(),
        r#"{"62é01": [1, 2], "6😀": [3, 4]}"#.to_owned(),
        r#"{"62001": [1, 2], "62001": [3, 4]}"#.to_owned(),
        r#"{"62001": [1, 2,], "62002": [3, 4]}"#.to_owned(),
        r#"{"62001": [1, 2], "62002": [3, 4],}"#.to_owned(),
        r#"{"62001": [1, 2] "62002": [3, 4]}"#.to_owned(),
        r#"{"62001": [1, 2], "62002": 3}"#.to_owned(),
        r#"{"62001": {"2020": 1}}"#.to_owned(),
        r#"[["62001", 1, 2]]"#.to_owned(),
        r#""62001""#.to_owned(),
        r#"null"#.to_owned(),
        r#"{"62001": [1, 2], 62002: [3, 4]}"#.to_owned(),
        r#"{"62001": [01, 2]}"#.to_owned(),
        r#"{"62001": [1., 2]}"#.to_owned(),
        r#"{"62001": [.5, 2]}"#.to_owned(),
        r#"{"62001": [+1, 2]}"#.to_owned(),
        r#"{"62001": [-, 2]}"#.to_owned(),
        r#"{"62001": [NaN, Infinity]}"#.to_owned(),
        r#"{"62001": [-Infinity, nul]}"#.to_owned(),
        r#"{"62001": [nullnull, 2]}"#.to_owned(),
        r#"{"62001": [1 2]}"#.to_owned(),
        "{\"62001\": [1,\n 2, \"a\tb\"]}".to_owned(),
        "{\"62001\"\t:\r\n[ 1 ,\t2 ] }".to_owned(),
        "{\"62001\": [1,\u{c}2]}".to_owned(),
        "{\"62001\": [1,\u{a0}2]}".to_owned(),
        "{\"620\n01\": [1, 2]}".to_owned(),
        r#"{}"#.to_owned(),
        r#"{"62001": []}"#.to_owned(),
    ];
    for numerator in &hostile {
        agree(ratio(numerator).as_bytes());
    }
}

#[test]
fn agrees_on_hostile_documents() {
    let good = ratio(r#"{"62001": [1, 2]}"#);
    assert!(agree(good.as_bytes()));
    let variants = [
        format!("\u{feff}{good}"),
        format!("\u{feff}\u{feff}{good}"),
        format!("  \n\t{good}\r\n  "),
        format!("{good} x"),
        format!("{good}}}"),
        good.replace(", \"", ",\n\"").replace(": ", " :\t"),
        good.replace("\"format\": 1,", "\"format\": 1, \"format\": 1,"),
        good.replace("\"format\": 1,", "\"values\": {\"62001\": [1, 2]}, \"format\": 1,"),
        good.replace("\"format\": 1,", "\"values\": {\"62001\": [1, 2]}, \"values\": {}, \"format\": 1,"),
        good.replace("\"label\": \"n\",", "\"label\": \"n\", \"values\": {},"),
        good.replace("\"label\": \"n\",", "\"label\": \"n\", \"extra\": 1,"),
        good.replace("\"format\": 1,", "\"formt\": 1, \"format\": 1,"),
        good.replace("\"title\": \"t\"", "\"title\": \"t \\\"}{\\\" \\u00e9\""),
        good.replace("\"title\"", "\"tit\\u006ce\""),
        good.replace("\"years\": [2020, 2021]", "\"years\": [2020, 2021,]"),
        good.replace("\"numerator\": {", "\"numerator\": null, \"x\": {"),
        good.replace("\"numerator\": {", "\"numerator\": [], \"x\": {"),
        good.replace("\"denominator\": {\"values\": {\"62001\": [10, 20]}, \"label\": \"d\"}", "\"denominator\": {\"values\": {\"62001\": [10, 20]}, \"label\": \"d\",}"),
        good.replace("2021]", &("2021], \"deep\": ".to_owned() + &"[".repeat(300) + &"]".repeat(300))),
        good.replace("2021]", "2021], \"scale\": 1e400"),
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
fn agrees_bit_for_bit_on_many_plain_decimals() {
    // A deterministic spread of the numbers real files hold: integers, 1 to 6 decimals.
    let mut state: u64 = 0x5EED;
    let mut rows = Vec::new();
    for commune in 0..2_000 {
        let cells: Vec<String> = (0..15)
            .map(|_| {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                let digits = (state >> 33) % 100_000_000_000;
                let decimals = ((state >> 20) % 7) as usize;
                let text = digits.to_string();
                if decimals == 0 || decimals >= text.len() {
                    text
                } else {
                    format!("{}.{}", &text[..text.len() - decimals], &text[text.len() - decimals..])
                }
            })
            .collect();
        rows.push(format!("\"{:05}\": [{}]", commune, cells.join(", ")));
    }
    let text = ratio(&format!("{{{}}}", rows.join(",\n")));
    let (file, _) = parse_indicator("f.json", text.as_bytes()).expect("parses");
    assert!(file.numerator.as_ref().is_some_and(|c| c.values.rows().all(|r| r.place.is_some())), "the quick way was taken");
    assert!(agree(text.as_bytes()));
}

#[test]
fn warnings_placed_from_offsets_sit_where_the_path_is() {
    let territory_bytes = std::fs::read(root().join("indicators/territory.json")).expect("territory");
    let territory = check_territory("indicators/territory.json", &territory_bytes).expect("sample territory").value;
    let codes: Vec<&str> = territory.codes().map(|c| c.as_str()).collect();
    // Rows in reverse order, irregular whitespace, a gap in every other row of both tables.
    let table = |shift: usize, scale: u32| {
        let rows: Vec<String> = codes
            .iter()
            .rev()
            .enumerate()
            .map(|(i, code)| {
                let gap = if (i + shift).is_multiple_of(2) { "null".to_owned() } else { (5 * scale).to_string() };
                format!("{}\"{code}\" :\t[{}, {gap},\n {}]", " ".repeat(i % 4), 10 * scale, 30 * scale)
            })
            .collect();
        // The first key on the line of the label (a character of two bytes before it), then
        // line feeds alone or after a carriage return.
        format!("{{ {}\n}}", rows.join(if shift == 0 { ",\n" } else { ",\r\n" }))
    };
    let text = format!("{{\"format\": 1, \"id\": \"essai\", \"axis\": \"bouger\", \"title\": \"Essai\", \"unit\": \"%\", \"definition\": \"d\", \"source\": {{\"name\": \"n\", \"licence\": \"l\", \"retrieved\": \"2024\"}}, \"aggregation\": \"ratio\", \"direction\": \"up\", \"years\": [2020, 2021, 2022],\n\"numerator\": {{\"label\": \"é\", \"values\": {}}},\n\"denominator\": {{\"label\": \"d\", \"values\": {}}}}}", table(0, 1), table(1, 10));
    let accepted = check_indicator("bouger/essai.json", text.as_bytes(), &territory).expect("accepted with warnings");
    assert_eq!(accepted.warnings.len(), codes.len(), "one per row with a gap");
    for warning in &accepted.warnings {
        assert_eq!(warning.position, locate(&text, &warning.path), "{warning}");
        assert!(warning.path.to_string().starts_with("numerator.values.") || warning.path.to_string().starts_with("denominator.values."));
    }
}
