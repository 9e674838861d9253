//! Numbers, sizes and dates in the page's language: « 12 345,6 », « +2,1 % », « −3 » in
//! French; « 12,345.6 », « +2.1% », « −3 » in English.

use en_action_core::date::Date;

use crate::i18n::{self, fill, Lang};

/// A no-break space, between thousands and before units (so « 12 345 % » never wraps).
pub const NBSP: char = '\u{a0}';
/// The minus sign of French typography.
const MINUS: char = '\u{2212}';

/// What a computation that has no finite result shows (a division by zero, an overflow):
/// never « NaN » or « ∞ ».
pub fn not_computable() -> &'static str {
    i18n::t().common().not_computable
}

/// The longest a formatted number may be; longer ones are written in scientific notation
/// (a second guard: the checker already refuses implausible magnitudes).
pub const MAX_CHARS: usize = 20;

/// The most decimals ever written, whatever a file asks.
const MAX_DECIMALS: u8 = 6;

/// « 12 345,6 » with `decimals` decimals; `−` for negatives; [`not_computable`] when the
/// value is not finite; at most [`MAX_CHARS`] characters.
pub fn number(value: f64, decimals: u8) -> String {
    if !value.is_finite() {
        return not_computable().to_owned();
    }
    let grouped = grouped(value, decimals.min(MAX_DECIMALS));
    if grouped.chars().count() > MAX_CHARS {
        scientific(value)
    } else {
        grouped
    }
}

/// « 1,23 × 10¹⁸ »: three significant digits and a power of ten.
fn scientific(value: f64) -> String {
    let text = format!("{:.2e}", value.abs());
    let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
    let superscript: String = exponent
        .chars()
        .map(|c| match c {
            '-' => '⁻',
            d => ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'][d.to_digit(10).unwrap_or(0) as usize],
        })
        .collect();
    let sign = if value < 0.0 { MINUS.to_string() } else { String::new() };
    format!("{sign}{}{NBSP}×{NBSP}10{superscript}", mantissa.replace('.', decimal_mark()))
}

/// An axis tick: at least `decimals` decimals, more when the tick needs them, so that two
/// ticks never read the same (« 16,55 » and « 16,6 », not « 16,6 » twice).
pub fn tick(value: f64, decimals: u8) -> String {
    let mut shown = decimals.min(MAX_DECIMALS);
    while shown < MAX_DECIMALS && (round_to(value, shown) - value).abs() > 1e-9 * value.abs().max(1.0) {
        shown += 1;
    }
    number(value, shown)
}

fn round_to(value: f64, decimals: u8) -> f64 {
    let factor = 10f64.powi(i32::from(decimals));
    (value * factor).round() / factor
}

/// The decimal mark of the page's language.
pub(crate) fn decimal_mark() -> &'static str {
    match i18n::lang() {
        Lang::Fr => ",",
        Lang::En => ".",
    }
}

/// The digits with thousands grouped (a no-break space in French, a comma in English) and the
/// language's decimal mark.
fn grouped(value: f64, decimals: u8) -> String {
    let (group, mark) = match i18n::lang() {
        Lang::Fr => (NBSP, ','),
        Lang::En => (',', '.'),
    };
    let text = format!("{:.*}", usize::from(decimals), value.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut grouped = String::with_capacity(text.len() + 4);
    for (i, digit) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(digit);
    }
    if !frac.is_empty() {
        grouped.push(mark);
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

/// A value with its unit: « 17,2 % », « 12 345 logements » (in English « 17.2% »: no space
/// before a percent sign).
pub fn with_unit(value: f64, decimals: u8, unit: &str) -> String {
    if unit.is_empty() {
        number(value, decimals)
    } else {
        format!("{}{}{unit}", number(value, decimals), unit_space(unit))
    }
}

/// What separates a number from its unit: a no-break space, but none before « % » in English.
pub(crate) fn unit_space(unit: &str) -> &'static str {
    match (i18n::lang(), unit) {
        (Lang::En, "%") => "",
        _ => "\u{a0}",
    }
}

/// A percent change from a fraction: 0.021 → « +2,1 % ».
pub fn percent_change(fraction: f64) -> String {
    format!("{}{}%", signed(fraction * 100.0, 1), unit_space("%"))
}

/// A size in bytes, in decimal units: « 850 ko », « 3,2 Mo » (« 3.2 MB »).
pub fn bytes(n: u64) -> String {
    let common = i18n::t().common();
    let (value, unit) = if n >= 1_000_000 { (n as f64 / 1e6, common.megabytes) } else { (n as f64 / 1e3, common.kilobytes) };
    let decimals = u8::from(value < 100.0 && value.fract() >= 0.05 && value.fract() < 0.95);
    format!("{}{NBSP}{unit}", number(value, decimals))
}

/// A date: « 28 septembre 2018 », « 1er avril 2019 », « avril 2019 », « 2017 » (« 28 September
/// 2018 », « 1 April 2019 »).
pub fn date(date: Date) -> String {
    let common = i18n::t().common();
    let year = date.year.to_string();
    let month = date.month.and_then(|m| common.months.get(usize::from(m).wrapping_sub(1)));
    match (date.day, month) {
        (Some(d), Some(m)) => {
            let day = if d == 1 { common.first_day.to_owned() } else { d.to_string() };
            fill(common.date_day, &[("day", &day), ("month", m), ("year", &year)])
        }
        (None, Some(m)) => fill(common.date_month, &[("month", m), ("year", &year)]),
        _ => year,
    }
}

/// A date and a time of day: « 1er décembre 2026 à 9 h 05 », « 1 December 2026 at 9:05 ».
pub fn date_time(date: Date, hour: u8, minute: u8) -> String {
    let minute = format!("{minute:02}");
    fill(i18n::t().common().date_time, &[("date", &self::date(date)), ("hour", &hour.to_string()), ("minute", &minute)])
}

/// A number for a CSV cell, as the spreadsheets of the page's language read it: no grouping,
/// a decimal comma in French, a decimal point in English.
pub fn csv_number(value: f64, decimals: u8) -> String {
    format!("{:.*}", usize::from(decimals), value).replace('.', decimal_mark())
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
        assert_eq!(number(f64::NAN, 1), "non calculable");
        assert_eq!(number(f64::INFINITY, 0), "non calculable");
        assert_eq!(number(f64::NEG_INFINITY, 0), "non calculable");
    }

    #[test]
    fn never_writes_more_than_twenty_characters() {
        assert_eq!(number(1e308, 0), "1,00\u{a0}×\u{a0}10³⁰⁸");
        assert_eq!(number(-1.234e18, 1), "\u{2212}1,23\u{a0}×\u{a0}10¹⁸");
        // 999 999 999 999 999 (15 digits + 4 spaces) still fits in full.
        assert_eq!(number(999_999_999_999_999.0, 0), "999\u{a0}999\u{a0}999\u{a0}999\u{a0}999");
        assert_eq!(number(12_345_678_901_234_567.0, 0), "1,23\u{a0}×\u{a0}10¹⁶");
        // A file asking for 255 decimals gets 6.
        assert_eq!(number(0.5, 255), "0,500000");
        for value in [1e15, 1e16, -1e300, 123_456_789.123, 5e-7] {
            for decimals in [0, 1, 6, 255] {
                let text = number(value, decimals);
                assert!(text.chars().count() <= MAX_CHARS, "{value} {decimals}: {text}");
            }
        }
    }

    #[test]
    fn ticks_never_repeat() {
        // National scale: ticks every 0.05 with one decimal used to read « 16,6 16,6 16,5 ».
        let ticks = [16.45, 16.5, 16.55, 16.6, 16.65];
        let labels: Vec<String> = ticks.iter().map(|&t| tick(t, 1)).collect();
        assert_eq!(labels, ["16,45", "16,5", "16,55", "16,6", "16,65"]);
        assert_eq!(tick(2.0, 1), "2,0");
        assert_eq!(tick(1200.0, 0), "1\u{a0}200");
        assert_eq!(tick(0.1 + 0.2, 1), "0,3");
        // Float noise below a billionth is not a decimal to show.
        assert_eq!(tick(1e-10, 0), "0");
        assert_eq!(tick(0.125, 0), "0,125");
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

    #[test]
    fn english_numbers_dates_and_sizes() {
        i18n::with_lang(Lang::En, || {
            assert_eq!(number(12345.62, 1), "12,345.6");
            assert_eq!(number(-1234.5, 1), "\u{2212}1,234.5");
            assert_eq!(number(1e308, 0), "1.00\u{a0}×\u{a0}10³⁰⁸");
            assert_eq!(number(f64::NAN, 1), "not computable");
            assert_eq!(with_unit(17.2, 1, "%"), "17.2%");
            assert_eq!(with_unit(12345.0, 0, "dwellings"), "12,345\u{a0}dwellings");
            assert_eq!(percent_change(0.021), "+2.1%");
            assert_eq!(bytes(3_200_000), "3.2\u{a0}MB");
            assert_eq!(tick(16.55, 1), "16.55");
            let date = |s| Date::parse(s).expect("date");
            assert_eq!(super::date(date("2018-09-28")), "28 September 2018");
            assert_eq!(super::date(date("2019-04-01")), "1 April 2019");
            assert_eq!(super::date(date("2019-04")), "April 2019");
            assert_eq!(date_time(date("2026-12-01"), 9, 5), "1 December 2026 at 9:05");
        });
        assert_eq!(super::date(Date::parse("2019-04-01").expect("date")), "1er avril 2019");
        assert_eq!(date_time(Date::parse("2026-12-01").expect("date"), 9, 5), "1er décembre 2026 à 9 h 05");
        assert_eq!(bytes(850_000), "850\u{a0}ko");
    }
}
