//! The quick way to read an indicator file: its commune tables (`values`,
//! `numerator.values`, `denominator.values`) by the strict scanner of [`crate::scan`], the
//! rest — a few hundred bytes of metadata, the tables cut out and replaced by `{}` — by serde.
//!
//! Any doubt sends the whole file to [`parse_json`], the reference: a table the scanner does
//! not take, a structure it does not follow, or any error of serde on the metadata. So the
//! quick way only ever returns what `parse_json` would (the tables equal, each row also
//! knowing where its key is), and every refused file gets exactly the same diagnostic.

use std::ops::Range;

use crate::columns::Columns;
use crate::diagnostic::Diagnostic;
use crate::indicator::IndicatorFile;
use crate::parse::parse_json;
use crate::scan::{self, Cursor};
use crate::walk::{members, skip_value, without};

/// Which table of the file a cut held.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Place {
    Values,
    Numerator,
    Denominator,
}

/// Parses an indicator file as `parse_json::<IndicatorFile<Columns>>` does.
#[allow(clippy::result_large_err)] // As parse_json.
pub fn parse_indicator<'a>(file: &str, bytes: &'a [u8]) -> Result<(IndicatorFile<Columns>, &'a str), Diagnostic> {
    match quick(bytes) {
        Some(parsed) => Ok(parsed),
        None => parse_json(file, bytes),
    }
}

/// The quick way, or `None` to take the reference one.
fn quick(bytes: &[u8]) -> Option<(IndicatorFile<Columns>, &str)> {
    let text = std::str::from_utf8(bytes).ok()?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let cuts = find_tables(text)?;
    let metadata = without(text, cuts.iter().map(|(_, range, _)| range.clone()), "{}")?;
    // Through `parse_json` too: one copy of serde's reader in the Wasm, not two.
    let (mut raw, _) = parse_json::<IndicatorFile<Columns>>("", metadata.as_bytes()).ok()?;
    for (place, _, table) in cuts {
        let slot = match place {
            Place::Values => raw.values.as_mut()?,
            Place::Numerator => &mut raw.numerator.as_mut()?.values,
            Place::Denominator => &mut raw.denominator.as_mut()?.values,
        };
        *slot = table;
    }
    Some((raw, text))
}

/// The tables of the document, read, with their byte ranges; `None` when a table is not
/// plain or the document's structure is not followed (the reference reader then decides).
fn find_tables(text: &str) -> Option<Vec<(Place, Range<usize>, Columns)>> {
    let mut cursor = Cursor::new(text);
    let mut cuts = Vec::new();
    members(&mut cursor, &mut |cursor, key| match key {
        "values" => read_table(cursor, Place::Values, &mut cuts),
        "numerator" | "denominator" => {
            let place = if key == "numerator" { Place::Numerator } else { Place::Denominator };
            members(cursor, &mut |cursor, key| if key == "values" { read_table(cursor, place, &mut cuts) } else { skip_value(cursor) })
        }
        _ => skip_value(cursor),
    })?;
    (cursor.peek().is_none()).then_some(cuts)
}

fn read_table(cursor: &mut Cursor, place: Place, cuts: &mut Vec<(Place, Range<usize>, Columns)>) -> Option<()> {
    cursor.skip_whitespace();
    let start = cursor.at;
    // A ratio's two tables have the same rows, usually: the second is sized like the first.
    let mut table = cuts.last().map(|(_, _, first)| Columns::with_capacity_of(first)).unwrap_or_default();
    scan::table(cursor, &mut table)?;
    cuts.push((place, start..cursor.at, table));
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_the_three_tables_and_skips_the_rest() {
        let text = "{\"a\": [1, {\"values\": {}}], \"values\": {\"x\": [1]}, \"s\": \"}\\\"{\", \"numerator\": {\"label\": \"n\", \"values\": {\"y\": [2]}}, \"denominator\": {\"values\": {}}}";
        let cuts = find_tables(text).unwrap();
        let places: Vec<_> = cuts.iter().map(|(p, r, t)| (*p, &text[r.clone()], t.len())).collect();
        assert_eq!(places, [(Place::Values, "{\"x\": [1]}", 1), (Place::Numerator, "{\"y\": [2]}", 1), (Place::Denominator, "{}", 0)]);
    }

    #[test]
    fn gives_up_on_what_it_does_not_follow() {
        for text in ["{\"values\": {\"x\": [1e3]}}", "{\"values\": [1]}", "{\"a\": 1} x", "{\"a\\n\": 1}", "{\"a\": [1}", "{\"numerator\": null}", "{\"a\": 1,}"] {
            assert!(find_tables(text).is_none(), "{text}");
        }
    }
}
