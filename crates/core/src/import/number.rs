//! A spreadsheet cell to a number: decimal comma or point, thousands grouped with spaces
//! (also no-break spaces) or with points when the decimal is a comma, and the usual markers
//! of a missing value.

/// The decimal separator of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decimal {
    Comma,
    Point,
}

/// Cells that mean « no value »: empty, not available, secret statistique, not applicable.
const MISSING: [&str; 9] = ["", "na", "n/a", "n.d.", "nd", "-", "s", "…", "..."];

/// `Ok(None)` for a missing value, `Ok(Some(v))` for a number, `Err(())` otherwise.
pub fn parse_cell(cell: &str, decimal: Decimal) -> Result<Option<f64>, ()> {
    let trimmed = cell.trim();
    if MISSING.contains(&trimmed.to_lowercase().as_str()) {
        return Ok(None);
    }
    let mut text: String = trimmed.chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}')).collect();
    if decimal == Decimal::Comma {
        if text.contains('.') {
            if !is_point_grouped(&text) {
                return Err(());
            }
            text.retain(|c| c != '.');
        }
        text = text.replacen(',', ".", 1);
    }
    // What is left must be a plain number: Rust's parser refuses a comma, an empty text or any
    // letter but an exponent, and the non-finite words it accepts (« inf », « NaN ») are
    // refused below.
    match text.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(Some(v)),
        _ => Err(()),
    }
}

/// `1.234.567,8`: groups of three digits after the first point-separated group.
fn is_point_grouped(text: &str) -> bool {
    let int = text.split(',').next().unwrap_or(text).trim_start_matches(['-', '+']);
    let mut groups = int.split('.');
    let first = groups.next().unwrap_or("");
    (1..=3).contains(&first.len()) && groups.all(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Decimal::{Comma, Point};

    #[test]
    fn numbers_as_spreadsheets_write_them() {
        assert_eq!(parse_cell("12,5", Comma), Ok(Some(12.5)));
        assert_eq!(parse_cell("12.5", Point), Ok(Some(12.5)));
        assert_eq!(parse_cell(" 1 234,5 ", Comma), Ok(Some(1234.5)));
        assert_eq!(parse_cell("1\u{a0}234\u{202f}567", Comma), Ok(Some(1_234_567.0)));
        assert_eq!(parse_cell("1.234.567,8", Comma), Ok(Some(1_234_567.8)));
        assert_eq!(parse_cell("-3,25", Comma), Ok(Some(-3.25)));
        assert_eq!(parse_cell("1e3", Point), Ok(Some(1000.0)));
        assert_eq!(parse_cell("42", Comma), Ok(Some(42.0)));
    }

    #[test]
    fn missing_markers_and_refusals() {
        for cell in ["", "  ", "NA", "n.d.", "ND", "-", "s", "…"] {
            assert_eq!(parse_cell(cell, Comma), Ok(None), "{cell:?}");
        }
        for (cell, decimal) in [("12,5", Point), ("1.23,4", Comma), ("12,5,3", Comma), ("abc", Comma), ("12 %", Comma), ("inf", Point), ("NaN", Point), ("-infinity", Comma), ("1e999", Point), ("0x10", Point)] {
            assert_eq!(parse_cell(cell, decimal), Err(()), "{cell:?}");
        }
    }
}
