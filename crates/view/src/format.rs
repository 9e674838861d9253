//! French number formats: « 12 345,6 », « +2,1 % », « −3 ».

/// A no-break space, between thousands and before units (so « 12 345 % » never wraps).
pub const NBSP: char = '\u{a0}';
/// The minus sign of French typography.
const MINUS: char = '\u{2212}';

/// « 12 345,6 » with `decimals` decimals; `−` for negatives; « – » for a missing value.
pub fn number(value: f64, decimals: u8) -> String {
    if !value.is_finite() {
        return "–".to_owned();
    }
    let text = format!("{:.*}", usize::from(decimals), value.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut grouped = String::with_capacity(text.len() + 4);
    for (i, digit) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(NBSP);
        }
        grouped.push(digit);
    }
    if !frac.is_empty() {
        grouped.push(',');
        grouped.push_str(frac);
    }
    let is_zero = text.chars().all(|c| c == '0' || c == '.');
    if value < 0.0 && !is_zero {
        grouped.insert(0, MINUS);
    }
    grouped
}

/// A change with its sign: « +2,1 », « −340 », « 0 ».
pub fn signed(value: f64, decimals: u8) -> String {
    let text = number(value, decimals);
    if value > 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("+{text}")
    } else {
        text
    }
}

/// A value with its unit: « 17,2 % », « 12 345 logements ».
pub fn with_unit(value: f64, decimals: u8, unit: &str) -> String {
    if unit.is_empty() {
        number(value, decimals)
    } else {
        format!("{}{NBSP}{unit}", number(value, decimals))
    }
}

/// A percent change from a fraction: 0.021 → « +2,1 % ».
pub fn percent_change(fraction: f64) -> String {
    format!("{}{NBSP}%", signed(fraction * 100.0, 1))
}

/// A number for a CSV cell read by French spreadsheets: decimal comma, no grouping.
pub fn csv_number(value: f64, decimals: u8) -> String {
    format!("{:.*}", usize::from(decimals), value).replace('.', ",")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands_with_a_decimal_comma() {
        assert_eq!(number(12345.62, 1), "12\u{a0}345,6");
        assert_eq!(number(1234567.0, 0), "1\u{a0}234\u{a0}567");
        assert_eq!(number(999.0, 0), "999");
        assert_eq!(number(0.5, 2), "0,50");
        assert_eq!(number(-1234.5, 1), "\u{2212}1\u{a0}234,5");
        assert_eq!(number(-0.01, 1), "0,0");
        assert_eq!(number(f64::NAN, 1), "–");
    }

    #[test]
    fn signs_and_units() {
        assert_eq!(signed(2.1, 1), "+2,1");
        assert_eq!(signed(-2.1, 1), "\u{2212}2,1");
        assert_eq!(signed(0.0, 1), "0,0");
        assert_eq!(percent_change(0.021), "+2,1\u{a0}%");
        assert_eq!(with_unit(17.2, 1, "%"), "17,2\u{a0}%");
        assert_eq!(csv_number(1234.5, 1), "1234,5");
    }
}
