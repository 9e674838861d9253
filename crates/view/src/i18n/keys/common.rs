//! Words every area uses: numbers that cannot be computed, dates, sizes, the marker of a data
//! text shown in French on an English page.

use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct Common {
    /// What a computation with no finite result shows: « non calculable ».
    pub not_computable: &'static str,
    /// The months, January first.
    pub months: [&'static str; 12],
    /// A full date: « {day} {month} {year} ».
    pub date_day: &'static str,
    /// The first day of a month: « 1er ».
    pub first_day: &'static str,
    /// A month: « {month} {year} ».
    pub date_month: &'static str,
    /// A date and time: « {date} à {hour} h {minute} ».
    pub date_time: &'static str,
    /// Thousands of bytes: « ko ».
    pub kilobytes: &'static str,
    /// Millions of bytes: « Mo ».
    pub megabytes: &'static str,
    /// Beside a data text (title, definition) that has no English version: « en français ».
    pub in_french: &'static str,
    /// A breadcrumb's accessible name (every page's): « Fil d'Ariane ».
    pub breadcrumb: &'static str,
    /// How the territory's value is made under each rule (`sum`, `ratio`, `weighted_mean`,
    /// `not_aggregable`); the French texts are the core's `Aggregation::explanation_fr`.
    pub aggregation: [&'static str; 4],
}
