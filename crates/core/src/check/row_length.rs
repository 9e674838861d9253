//! Rows whose length does not match `years`, reported as the mistake that most likely caused
//! them rather than one symptom per row:
//! - every row has the same wrong length: one error at `years` (a year added without values,
//!   or a year missing), with the number of rows concerned;
//! - a row one value too long with a bare comma between two digits (`12,5`): a decimal comma,
//!   at its column, with the fix (`12.5`);
//! - otherwise, one error per row.

use super::report::Report;
use crate::columns::Columns;
use crate::diagnostic::{JsonPath, Problem};
use crate::locate::locate_offset;
use crate::series::Year;

/// Reports rows of `rows` (at `path`) whose length differs from `years` (at `years_path`).
/// Returns whether any row has the wrong length.
pub(crate) fn check_row_lengths(report: &mut Report, years_path: &JsonPath, path: &JsonPath, rows: &Columns, years: &[Year]) -> bool {
    let expected = years.len();
    if rows.rows().all(|row| row.values.len() == expected) {
        return false;
    }
    let wrong: Vec<(&str, usize)> = rows.rows().filter(|row| row.values.len() != expected).map(|row| (row.key, row.values.len())).collect();
    let Some(&(_, found)) = wrong.first() else { return false };
    if rows.len() >= 2 && wrong.len() == rows.len() && wrong.iter().all(|(_, length)| *length == found) {
        let problem = Problem::RowsLengthMismatch { rows: wrong.len(), found, expected, last_year: years.last().copied() };
        if !report.has(years_path, &problem) {
            report.error(years_path.clone(), problem);
        }
        return true;
    }
    for (key, length) in wrong {
        let row_path = path.key(key);
        let comma = (length == expected + 1).then(|| decimal_comma(report.text(), &row_path)).flatten();
        match comma {
            Some((offset, found)) => {
                let fixed = found.replace(',', ".");
                report.error_at(offset, row_path, Problem::DecimalComma { found, fixed });
            }
            None => report.error(row_path, Problem::LengthMismatch { expected, found: length }),
        }
    }
    true
}

/// The first `digits,digits` (no space after the comma) in the row at `path`: its byte offset
/// and its text.
fn decimal_comma(text: &str, path: &JsonPath) -> Option<(usize, String)> {
    let key = locate_offset(text, path)?;
    let open = key + text.get(key..)?.find('[')?;
    let close = open + text.get(open..)?.find(']')?;
    let bytes = text.as_bytes();
    let comma = (open + 1..close).find(|&i| bytes[i] == b',' && bytes[i - 1].is_ascii_digit() && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))?;
    let is_number = |b: u8| b.is_ascii_digit() || b == b'.' || b == b'-';
    let start = (open + 1..comma).rev().take_while(|&i| is_number(bytes[i])).last().unwrap_or(comma);
    let end = (comma + 1..close).take_while(|&i| bytes[i].is_ascii_digit() || bytes[i] == b'.').last().map_or(comma + 1, |i| i + 1);
    Some((start, text.get(start..end)?.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_bare_comma_between_digits() {
        let text = "{\"values\": {\n  \"62001\": [240, 12,5, null],\n  \"62003\": [1, 2]\n}}";
        let path = JsonPath::root().key("values").key("62001");
        assert_eq!(decimal_comma(text, &path), Some((text.find("12,5").unwrap(), "12,5".to_owned())));
        let text = "{\"values\": {\"62001\": [1.5, -240,75]}}";
        assert_eq!(decimal_comma(text, &path).map(|(_, f)| f), Some("-240,75".to_owned()));
        let text = "{\"values\": {\"62001\": [240, 25, 1]}}";
        assert_eq!(decimal_comma(text, &path), None);
    }

    /// The exact bytes found, counted by hand: the number starts right after `[` or after the
    /// space, and ends at `]` or at the next comma.
    #[test]
    fn the_found_number_is_exactly_the_one_with_the_comma() {
        let path = JsonPath::root().key("values").key("62001");
        // `{"values": {"62001": [` is 22 bytes: the number starts at 22.
        let text = "{\"values\": {\"62001\": [12,5]}}";
        assert_eq!(decimal_comma(text, &path), Some((22, "12,5".to_owned())));
        let text = "{\"values\": {\"62001\": [7, 3,25.5, 9]}}";
        assert_eq!(decimal_comma(text, &path), Some((25, "3,25.5".to_owned())));
        let text = "{\"values\": {\"62001\": [1, 2,5]}}";
        assert_eq!(decimal_comma(text, &path), Some((25, "2,5".to_owned())));
        // A comma with a space after it, or with no digit before it, is a separator.
        let text = "{\"values\": {\"62001\": [null,5, 2, 3]}}";
        assert_eq!(decimal_comma(text, &path), None);
        // The row of another commune is not looked at.
        let text = "{\"values\": {\"62001\": [1, 2], \"62002\": [1,5]}}";
        assert_eq!(decimal_comma(text, &path), None);
    }
}
