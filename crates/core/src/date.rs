//! Calendar dates as written in the files (`AAAA-MM-JJ`, `AAAA-MM` or `AAAA`).

use crate::series::Year;

/// A date of an event or a retrieval, with its position on a yearly axis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: Year,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl Date {
    /// Parses `AAAA-MM-JJ`, `AAAA-MM` or `AAAA`.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let year = parts.next().filter(|p| p.len() == 4 && p.bytes().all(|b| b.is_ascii_digit()))?.parse().ok()?;
        let mut part = |max: u8| match parts.next() {
            None => Some(None),
            // Two digits: `str::parse` alone would also take "+4".
            Some(p) if p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()) => p.parse().ok().filter(|v| (1..=max).contains(v)).map(Some),
            Some(_) => None,
        };
        let month = part(12)?;
        let day = match month {
            Some(m) => part(days_in_month(year, m))?,
            None => None,
        };
        parts.next().is_none().then_some(Date { year, month, day })
    }

    /// The date as a fractional year (1 April 2019 = 2019.25), to place it on a yearly axis.
    pub fn as_fractional_year(self) -> f64 {
        let month = f64::from(self.month.unwrap_or(1)) - 1.0;
        let day = f64::from(self.day.unwrap_or(1)) - 1.0;
        f64::from(self.year) + (month + day / 31.0) / 12.0
    }

    /// « 28 septembre 2018 », « avril 2019 », « 2017 ».
    pub fn to_french(self) -> String {
        const MONTHS: [&str; 12] = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
        let month = self.month.and_then(|m| MONTHS.get(usize::from(m) - 1));
        match (self.day, month) {
            (Some(1), Some(m)) => format!("1er {m} {}", self.year),
            (Some(d), Some(m)) => format!("{d} {m} {}", self.year),
            (None, Some(m)) => format!("{m} {}", self.year),
            _ => self.year.to_string(),
        }
    }
}

/// 28 to 31 days, by the Gregorian calendar.
fn days_in_month(year: Year, month: u8) -> u8 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_days_and_months() {
        assert_eq!(Date::parse("2018-09-28"), Some(Date { year: 2018, month: Some(9), day: Some(28) }));
        assert_eq!(Date::parse("2019-04"), Some(Date { year: 2019, month: Some(4), day: None }));
        assert_eq!(Date::parse("2017"), Some(Date { year: 2017, month: None, day: None }));
        assert_eq!(Date::parse("2017-4"), None);
        assert_eq!(Date::parse("2018-09-28").unwrap().to_french(), "28 septembre 2018");
        assert_eq!(Date::parse("2019-04").unwrap().to_french(), "avril 2019");
        assert_eq!(Date::parse("2019-13"), None);
        assert_eq!(Date::parse("28/09/2018"), None);
        assert_eq!(Date::parse("2019-04-01-2"), None);
        assert_eq!(Date::parse("2019-+4"), None);
        assert_eq!(Date::parse("2019-02-29"), None);
        assert_eq!(Date::parse("2020-02-29").map(|d| d.day), Some(Some(29)));
        assert!((Date::parse("2019-04-01").unwrap().as_fractional_year() - 2019.25).abs() < 1e-9);
    }
}
