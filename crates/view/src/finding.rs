//! One-sentence findings written from the data, in the page's language (the texts are the
//! catalogue's, `i18n::t().indicator()`). They are the text alternatives of the charts and the
//! summaries of the cards, so they must be exact and grammatical.
//!
//! # Rules
//!
//! - A change of an indicator in `%` is told in percentage points (« de 4,0 points »,
//!   singular below 2 as French requires: « de 1,5 point »; in English singular for 1 only);
//!   any other unit as a percent change with one decimal (« de 12,3 % »); when the starting
//!   value is 0 (no percent change), as an absolute change with its unit (« de 40
//!   logements »).
//! - A change is *stable* when it reads as zero: the absolute change rounds to 0 at the
//!   indicator's decimals, or the percent change rounds to 0,0 %.
//! - A change is *favorable* when it goes the indicator's good [`Direction`].
//! - Numbers follow [`crate::format`]: no-break space before units and `%` (none before `%`
//!   in English), U+2212 minus. Years are written without grouping (« 2015 »).
//! - Non-finite values are ignored, as if missing.

use en_action_core::stats::{change_over, Change};
use en_action_core::{Direction, Series, Year};

use crate::format::{number, signed, with_unit, NBSP};
use crate::i18n::{self, fill, Lang};

mod progress;

pub use progress::{goal_label, goal_sentence, progress_goal, progress_outlook, progress_sentence, progress_status, status_label};

/// Whether `value` is written as zero with `decimals` decimals (« 0,0 »). Non-finite values
/// are not.
fn rounds_to_zero(value: f64, decimals: u8) -> bool {
    value.is_finite()
        && format!("{:.*}", usize::from(decimals), value.abs())
            .bytes()
            .all(|b| b == b'0' || b == b'.')
}

/// Whether the change reads as zero (see the module doc).
fn is_stable(change: &Change, decimals: u8) -> bool {
    rounds_to_zero(change.absolute, decimals)
        || change.percent.is_some_and(|p| rounds_to_zero(p, 1))
}

/// « {n} point » below 2 (as displayed) in French, for 1 only in English; « {n} points »
/// otherwise; `text` is the number as written.
fn points(text: &str, magnitude: f64, decimals: u8) -> String {
    let shown: f64 = format!("{:.*}", usize::from(decimals), magnitude.abs())
        .parse()
        .unwrap_or(f64::INFINITY);
    let singular = match i18n::lang() {
        Lang::Fr => shown < 2.0,
        Lang::En => shown == 1.0,
    };
    let forms = i18n::t().indicator().points;
    fill(if singular { forms.one } else { forms.other }, &[("n", text)])
}

/// `text` followed by a percent sign: « 12,3 % », « 12.3% » (the spacing of
/// [`crate::format::with_unit`]).
fn with_percent(text: &str) -> String {
    format!("{text}{}%", crate::format::unit_space("%"))
}

/// The amount of a change: « 4,0 points », « 12,3 % », « 40 logements »; with its sign
/// (« −4,0 points », « +12,3 % ») when `with_sign`.
fn amount(change: &Change, unit: &str, decimals: u8, with_sign: bool) -> String {
    let text = |value: f64, decimals: u8| {
        if with_sign {
            signed(value, decimals)
        } else {
            number(value.abs(), decimals)
        }
    };
    if unit == "%" {
        points(&text(change.absolute, decimals), change.absolute, decimals)
    } else if let Some(percent) = change.percent {
        with_percent(&text(percent, 1))
    } else if unit.is_empty() {
        text(change.absolute, decimals)
    } else {
        format!("{}{NBSP}{unit}", text(change.absolute, decimals))
    }
}

/// « en hausse », « en baisse » or « stable » (« up », « down », « stable ») (when the
/// change reads as zero at `decimals` decimals or as 0,0 %, see the module doc).
pub fn change_direction_word(change: &Change, decimals: u8) -> &'static str {
    let text = i18n::t().indicator();
    if is_stable(change, decimals) {
        text.stable
    } else if change.absolute > 0.0 {
        text.rising
    } else {
        text.falling
    }
}

/// « favorable » when the change goes the good direction, « défavorable » otherwise; `None`
/// when it is stable (see [`change_direction_word`]).
pub fn change_assessment(
    change: &Change,
    decimals: u8,
    direction: Direction,
) -> Option<&'static str> {
    good_change(change, decimals, direction).map(|good| {
        let text = i18n::t().indicator();
        if good { text.favourable } else { text.unfavourable }
    })
}

/// Whether the change goes the good direction; `None` when it is stable.
fn good_change(change: &Change, decimals: u8, direction: Direction) -> Option<bool> {
    if is_stable(change, decimals) || !change.absolute.is_finite() {
        None
    } else {
        Some(change.absolute * direction.sign() > 0.0)
    }
}

/// The short form of a change for the cards: « −4,0 points depuis 2015 » (unit `%`),
/// « +12,3 % depuis 2015 », or « +40 logements depuis 2015 » from a starting value of 0.
/// The sign is always shown; a stable change reads « 0,0 point depuis 2015 ».
///
/// `direction` does not change the words (the short form carries no judgement; see
/// [`change_assessment`] for it).
pub fn change_in_words(change: &Change, unit: &str, decimals: u8, direction: Direction) -> String {
    let _ = direction;
    fill(
        i18n::t().indicator().since,
        &[("amount", &amount(change, unit, decimals, true)), ("year", &change.from_year.to_string())],
    )
}

/// The finding of a trend, from the first to the last present value of `series`:
///
/// - « Taux de chômage, CALL : 14,8 % en 2023, en baisse de 4,0 points depuis 2015
///   (18,8 %), une évolution favorable. »
/// - « Demandeurs d'emploi, Lens : 1 250 demandeurs en 2023, stable depuis 2015
///   (1 250 demandeurs). »
/// - « Taux de chômage, CALL : 29,5 % en 2024 (une seule année disponible). »
/// - « Taux de chômage, CALL : aucune donnée. »
///
/// With an empty `place`, the sentence starts with the title alone.
pub fn trend_finding(
    title: &str,
    place: &str,
    unit: &str,
    decimals: u8,
    series: &Series,
    direction: Direction,
) -> String {
    let text = i18n::t().indicator();
    let head = if place.is_empty() {
        title.to_owned()
    } else {
        format!("{title}, {place}")
    };
    let finite = Series::from_points(
        series
            .points()
            .filter(|(_, v)| v.is_finite())
            .map(|(y, v)| (y, Some(v))),
    )
    .unwrap_or_default();
    let Some((last_year, last)) = finite.last() else {
        return fill(text.trend_no_data, &[("head", &head)]);
    };
    let value = with_unit(last, decimals, unit);
    let year = last_year.to_string();
    let Some(change) = change_over(&finite) else {
        return fill(text.trend_single, &[("head", &head), ("value", &value), ("year", &year)]);
    };
    let from_year = change.from_year.to_string();
    let from_value = with_unit(change.from_value, decimals, unit);
    let common: [(&str, &str); 5] = [("head", &head), ("value", &value), ("year", &year), ("from_year", &from_year), ("from_value", &from_value)];
    match good_change(&change, decimals, direction) {
        None => fill(text.trend_stable, &common),
        Some(good) => {
            let amount = amount(&change, unit, decimals, false);
            let assessment = if good { text.favourable_change } else { text.unfavourable_change };
            let direction = change_direction_word(&change, decimals);
            let mut values = common.to_vec();
            values.extend([("direction", direction), ("amount", amount.as_str()), ("assessment", assessment)]);
            fill(text.trend_change, &values)
        }
    }
}

/// `text` ended with a full stop, unless it already ends with one (a unit such as « hab. »):
/// never « 100 hab.. ».
fn sentence(mut text: String) -> String {
    if !text.ends_with('.') {
        text.push('.');
    }
    text
}

/// « Lens », « Lens et Liévin », « Lens, Liévin et Avion », or « 4 communes »; and whether
/// the group is plural.
fn group(names: &[&str]) -> (String, bool) {
    let text = i18n::t().indicator();
    match names {
        [] => (String::new(), false),
        [one] => ((*one).to_owned(), false),
        [init @ .., last] if names.len() <= 3 => (fill(text.names_and, &[("names", &init.join(", ")), ("last", last)]), true),
        _ => (text.n_communes.of(names.len()), true),
    }
}

/// The finding of a ranking for `year`. `best_first` lists (commune name, value), highest
/// value first (the order only decides the order of tied names); non-finite values are
/// ignored.
///
/// - « En 2023, Lens a la valeur la plus élevée (24,1 %) et Acheville la plus basse
///   (8,2 %) ; CALL : 14,8 %. »
/// - ties: « En 2023, Lens et Liévin ont la valeur la plus élevée (24,1 %), Acheville et
///   Angres la plus basse (8,2 %). » (« 4 communes » beyond three names)
/// - all equal: « En 2023, les 3 communes ont la même valeur (10,0 %). »
/// - one: « En 2023, une seule commune a une valeur, Lens (24,1 %). »
/// - none: « Taux de chômage : aucune valeur communale en 2023 ; CALL : 14,8 %. »
pub fn ranking_finding<S: AsRef<str>>(
    title: &str,
    unit: &str,
    decimals: u8,
    year: Year,
    best_first: &[(S, f64)],
    territory: Option<(&str, f64)>,
) -> String {
    let text = i18n::t().indicator();
    let value = |v: f64| with_unit(v, decimals, unit);
    let year_text = year.to_string();
    let tail = territory
        .filter(|(_, v)| v.is_finite())
        .map(|(name, v)| fill(text.ranking_tail, &[("name", name), ("value", &value(v))]))
        .unwrap_or_default();
    let entries: Vec<(&str, f64)> = best_first
        .iter()
        .filter(|(_, v)| v.is_finite())
        .map(|(n, v)| (n.as_ref(), *v))
        .collect();
    let (Some(high), Some(low)) = (
        entries.iter().map(|e| e.1).reduce(f64::max),
        entries.iter().map(|e| e.1).reduce(f64::min),
    ) else {
        return sentence(fill(text.ranking_no_value, &[("title", title), ("year", &year_text), ("tail", &tail)]));
    };
    let body = if let [(name, v)] = entries.as_slice() {
        fill(text.ranking_single, &[("year", &year_text), ("name", name), ("value", &value(*v))])
    } else if high == low {
        fill(text.ranking_equal, &[("year", &year_text), ("n", &entries.len().to_string()), ("value", &value(high))])
    } else {
        let names = |target: f64| -> Vec<&str> {
            entries
                .iter()
                .filter(|e| e.1 == target)
                .map(|e| e.0)
                .collect()
        };
        let (top, top_plural) = group(&names(high));
        let (bottom, bottom_plural) = group(&names(low));
        let template = match (top_plural, bottom_plural) {
            (false, false) => text.ranking_one_one,
            (false, true) => text.ranking_one_many,
            (true, false) => text.ranking_many_one,
            (true, true) => text.ranking_many_many,
        };
        fill(template, &[("year", &year_text), ("top", &top), ("high", &value(high)), ("bottom", &bottom), ("low", &value(low))])
    };
    sentence(format!("{body}{tail}"))
}

/// Where changes and progress are measured from: the first value at or after the project's
/// baseline year, else the first value.
pub fn baseline(series: &Series, baseline_year: Option<Year>) -> Option<(Year, f64)> {
    baseline_year.and_then(|b| series.points().find(|(y, _)| *y >= b)).or_else(|| series.first())
}

/// `text` with its first letter in upper case: « En hausse ».
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_of_names() {
        assert_eq!(group(&[]), (String::new(), false));
        assert_eq!(group(&["Lens"]), ("Lens".to_owned(), false));
        assert_eq!(group(&["Lens", "Liévin"]), ("Lens et Liévin".to_owned(), true));
        assert_eq!(group(&["Lens", "Liévin", "Avion"]), ("Lens, Liévin et Avion".to_owned(), true));
        assert_eq!(group(&["a", "b", "c", "d"]), ("4 communes".to_owned(), true));
    }

    #[test]
    fn a_sentence_ending_with_an_abbreviation_has_one_full_stop() {
        assert_eq!(sentence("Lens : 12\u{a0}hab.".to_owned()), "Lens : 12\u{a0}hab.");
        assert_eq!(sentence("Lens : 12\u{a0}%".to_owned()), "Lens : 12\u{a0}%.");
        let one = [("Lens".to_owned(), 514.4), ("Liévin".to_owned(), 206.9)];
        let text = ranking_finding("Emplois", "/ 1 000 hab.", 1, 2023, &one, Some(("CALL", 397.4)));
        assert!(text.ends_with("hab.") && !text.ends_with("hab.."), "{text}");
    }
    use en_action_core::stats::{progress, Progress, ProgressStatus, Target};
    use proptest::prelude::*;

    fn s(points: &[(Year, Option<f64>)]) -> Series {
        Series::from_points(points.iter().copied()).unwrap()
    }

    fn change(from: (Year, f64), to: (Year, f64)) -> Change {
        change_over(&s(&[(from.0, Some(from.1)), (to.0, Some(to.1))])).unwrap()
    }

    const TITLE: &str = "Taux de chômage des 15-64 ans";

    #[test]
    fn trend_in_points_for_percentages() {
        let series = s(&[
            (2015, Some(18.8)),
            (2016, None),
            (2023, Some(14.8)),
            (2024, None),
        ]);
        assert_eq!(
            trend_finding(TITLE, "CALL", "%", 1, &series, Direction::Down),
            "Taux de chômage des 15-64 ans, CALL : 14,8\u{a0}% en 2023, en baisse de \
             4,0\u{a0}points depuis 2015 (18,8\u{a0}%), une évolution favorable."
        );
        assert_eq!(
            trend_finding(TITLE, "CALL", "%", 1, &series, Direction::Up),
            "Taux de chômage des 15-64 ans, CALL : 14,8\u{a0}% en 2023, en baisse de \
             4,0\u{a0}points depuis 2015 (18,8\u{a0}%), une évolution défavorable."
        );
        // Below 2 points, « point » is singular.
        let series = s(&[(2015, Some(10.0)), (2020, Some(11.5))]);
        assert_eq!(
            trend_finding("Part", "Lens", "%", 1, &series, Direction::Up),
            "Part, Lens : 11,5\u{a0}% en 2020, en hausse de 1,5\u{a0}point depuis 2015 \
             (10,0\u{a0}%), une évolution favorable."
        );
        // 1.96 is shown as « 2,0 »: plural.
        let series = s(&[(2015, Some(10.0)), (2020, Some(11.96))]);
        assert!(
            trend_finding("Part", "Lens", "%", 1, &series, Direction::Up)
                .contains("de 2,0\u{a0}points depuis")
        );
    }

    #[test]
    fn trend_in_percent_for_other_units() {
        // 1 250 -> 1 403.75: +153.75 / 1 250 = +12.3 %.
        let series = s(&[(2015, Some(1250.0)), (2023, Some(1403.75))]);
        assert_eq!(
            trend_finding(
                "Demandeurs d'emploi",
                "Lens",
                "demandeurs",
                0,
                &series,
                Direction::Down
            ),
            "Demandeurs d'emploi, Lens : 1\u{a0}404\u{a0}demandeurs en 2023, en hausse de \
             12,3\u{a0}% depuis 2015 (1\u{a0}250\u{a0}demandeurs), une évolution défavorable."
        );
        // Start at 0: absolute change with the unit.
        let series = s(&[(2018, Some(0.0)), (2022, Some(40.0))]);
        assert_eq!(
            trend_finding(
                "Logements neufs",
                "Avion",
                "logements",
                0,
                &series,
                Direction::Up
            ),
            "Logements neufs, Avion : 40\u{a0}logements en 2022, en hausse de \
             40\u{a0}logements depuis 2018 (0\u{a0}logements), une évolution favorable."
        );
        // No unit, no place.
        let series = s(&[(2018, Some(0.0)), (2022, Some(-2.5))]);
        assert_eq!(
            trend_finding("Solde", "", "", 1, &series, Direction::Up),
            "Solde : \u{2212}2,5 en 2022, en baisse de 2,5 depuis 2018 (0,0), une évolution défavorable."
        );
    }

    #[test]
    fn trend_stable_single_and_empty() {
        // 14.82 -> 14.79: −0.03 rounds to 0,0 at one decimal.
        let series = s(&[(2015, Some(14.82)), (2023, Some(14.79))]);
        assert_eq!(
            trend_finding(TITLE, "CALL", "%", 1, &series, Direction::Down),
            "Taux de chômage des 15-64 ans, CALL : 14,8\u{a0}% en 2023, stable depuis 2015 (14,8\u{a0}%)."
        );
        // +10 on 250 000 is +0,004 %: stable although 10 shows at 0 decimals.
        let series = s(&[(2015, Some(250_000.0)), (2023, Some(250_010.0))]);
        assert_eq!(
            trend_finding("Population", "CALL", "habitants", 0, &series, Direction::Up),
            "Population, CALL : 250\u{a0}010\u{a0}habitants en 2023, stable depuis 2015 \
             (250\u{a0}000\u{a0}habitants)."
        );
        let series = s(&[(2023, None), (2024, Some(29.5))]);
        assert_eq!(
            trend_finding(TITLE, "CALL", "%", 1, &series, Direction::Down),
            "Taux de chômage des 15-64 ans, CALL : 29,5\u{a0}% en 2024 (une seule année disponible)."
        );
        let series = s(&[(2023, None), (2024, Some(f64::NAN))]);
        assert_eq!(
            trend_finding(TITLE, "CALL", "%", 1, &series, Direction::Down),
            "Taux de chômage des 15-64 ans, CALL : aucune donnée."
        );
        assert_eq!(
            trend_finding(TITLE, "CALL", "%", 1, &Series::default(), Direction::Down),
            "Taux de chômage des 15-64 ans, CALL : aucune donnée."
        );
    }

    #[test]
    fn short_change_for_cards() {
        let down = change((2015, 18.8), (2023, 14.8));
        assert_eq!(
            change_in_words(&down, "%", 1, Direction::Down),
            "\u{2212}4,0\u{a0}points depuis 2015"
        );
        assert_eq!(change_direction_word(&down, 1), "en baisse");
        assert_eq!(
            change_assessment(&down, 1, Direction::Down),
            Some("favorable")
        );
        assert_eq!(
            change_assessment(&down, 1, Direction::Up),
            Some("défavorable")
        );
        let up = change((2015, 1250.0), (2023, 1403.75));
        assert_eq!(
            change_in_words(&up, "demandeurs", 0, Direction::Down),
            "+12,3\u{a0}% depuis 2015"
        );
        assert_eq!(change_direction_word(&up, 0), "en hausse");
        let from_zero = change((2018, 0.0), (2022, 40.0));
        assert_eq!(
            change_in_words(&from_zero, "logements", 0, Direction::Up),
            "+40\u{a0}logements depuis 2018"
        );
        let flat = change((2015, 14.82), (2023, 14.79));
        assert_eq!(change_direction_word(&flat, 1), "stable");
        assert_eq!(change_direction_word(&flat, 2), "en baisse");
        assert_eq!(change_assessment(&flat, 1, Direction::Up), None);
        assert_eq!(
            change_in_words(&flat, "%", 1, Direction::Up),
            "0,0\u{a0}point depuis 2015"
        );
        assert_eq!(
            change_in_words(&flat, "%", 2, Direction::Up),
            "\u{2212}0,03\u{a0}point depuis 2015"
        );
    }

    fn entries(list: &[(&str, f64)]) -> Vec<(String, f64)> {
        list.iter().map(|(n, v)| ((*n).to_owned(), *v)).collect()
    }

    #[test]
    fn ranking_sentences() {
        let list = entries(&[("Lens", 24.1), ("Liévin", 17.0), ("Acheville", 8.2)]);
        assert_eq!(
            ranking_finding(TITLE, "%", 1, 2023, &list, Some(("CALL", 14.8))),
            "En 2023, Lens a la valeur la plus élevée (24,1\u{a0}%) et Acheville la plus \
             basse (8,2\u{a0}%) ; CALL : 14,8\u{a0}%."
        );
        assert_eq!(
            ranking_finding(TITLE, "%", 1, 2023, &list, None),
            "En 2023, Lens a la valeur la plus élevée (24,1\u{a0}%) et Acheville la plus basse (8,2\u{a0}%)."
        );
        let tied = entries(&[
            ("Lens", 24.1),
            ("Liévin", 24.1),
            ("Avion", 12.0),
            ("Acheville", 8.2),
            ("Angres", 8.2),
        ]);
        assert_eq!(
            ranking_finding(TITLE, "%", 1, 2023, &tied, None),
            "En 2023, Lens et Liévin ont la valeur la plus élevée (24,1\u{a0}%), Acheville \
             et Angres la plus basse (8,2\u{a0}%)."
        );
        let many = entries(&[("A", 3.0), ("B", 3.0), ("C", 3.0), ("D", 3.0), ("E", 1.0)]);
        assert_eq!(
            ranking_finding(TITLE, "", 0, 2020, &many, None),
            "En 2020, 4 communes ont la valeur la plus élevée (3) et E la plus basse (1)."
        );
        let three = entries(&[("A", 3.0), ("B", 3.0), ("C", 3.0), ("E", 1.0)]);
        assert!(ranking_finding(TITLE, "", 0, 2020, &three, None)
            .starts_with("En 2020, A, B et C ont la valeur"));
        let equal = entries(&[("Lens", 10.0), ("Liévin", 10.0), ("Avion", 10.0)]);
        assert_eq!(
            ranking_finding(TITLE, "%", 1, 2023, &equal, Some(("CALL", 10.0))),
            "En 2023, les 3 communes ont la même valeur (10,0\u{a0}%) ; CALL : 10,0\u{a0}%."
        );
        let one = entries(&[("Lens", 24.1), ("Liévin", f64::NAN)]);
        assert_eq!(
            ranking_finding(TITLE, "%", 1, 2023, &one, Some(("CALL", 14.8))),
            "En 2023, une seule commune a une valeur, Lens (24,1\u{a0}%) ; CALL : 14,8\u{a0}%."
        );
        assert_eq!(
            ranking_finding::<&str>(TITLE, "%", 1, 2023, &[], Some(("CALL", 14.8))),
            "Taux de chômage des 15-64 ans : aucune valeur communale en 2023 ; CALL : 14,8\u{a0}%."
        );
        assert_eq!(
            ranking_finding::<&str>(TITLE, "%", 1, 2023, &[], Some(("CALL", f64::NAN))),
            "Taux de chômage des 15-64 ans : aucune valeur communale en 2023."
        );
    }

    fn progress_of(points: &[(Year, f64)], target: (Year, f64), direction: Direction) -> Progress {
        let series = Series::from_points(points.iter().map(|&(y, v)| (y, Some(v)))).unwrap();
        let target = Target {
            year: target.0,
            value: target.1,
        };
        progress(&series, points[0].0, target, direction).unwrap()
    }

    #[test]
    fn progress_sentences() {
        let p = Progress {
            baseline: (2015, 18.8),
            latest: (2023, 14.8),
            target_year: 2030,
            target_value: 12.0,
            status: ProgressStatus::Moderate,
            ratio: Some(0.7),
            projected_year: Some(2034),
        };
        assert_eq!(
            progress_sentence(&p, "%", 1),
            "Objectif 2030 : 12,0\u{a0}%. Progrès modéré : au rythme actuel, l'objectif serait atteint en 2034."
        );
        let none = Progress {
            status: ProgressStatus::Limited,
            projected_year: None,
            ..p
        };
        assert_eq!(
            progress_sentence(&none, "%", 1),
            "Objectif 2030 : 12,0\u{a0}%. Progrès limité : au rythme actuel, l'objectif ne serait pas atteint."
        );
        let crossed = Progress {
            projected_year: Some(2023),
            ..p
        };
        assert_eq!(
            progress_sentence(&crossed, "%", 1),
            "Objectif 2030 : 12,0\u{a0}%. Progrès modéré : au rythme actuel, l'objectif serait bientôt atteint."
        );
        // From the core: 100 -> 60, target 64 (down) -> achieved.
        let achieved = progress_of(
            &[(2015, 100.0), (2016, 60.0)],
            (2017, 64.0),
            Direction::Down,
        );
        assert_eq!(
            progress_sentence(&achieved, "logements", 0),
            "Objectif 2017 : 64\u{a0}logements. Objectif atteint."
        );
        let single = progress_of(&[(2015, 100.0)], (2030, 144.0), Direction::Up);
        assert_eq!(
            progress_sentence(&single, "", 0),
            "Objectif 2030 : 144. Données insuffisantes pour mesurer le progrès."
        );
        // 100 -> 90, up: deterioration, no projection.
        let worse = progress_of(&[(2015, 100.0), (2016, 90.0)], (2030, 144.0), Direction::Up);
        assert_eq!(
            progress_sentence(&worse, "ha", 0),
            "Objectif 2030 : 144\u{a0}ha. Dégradation : au rythme actuel, l'objectif ne serait pas atteint."
        );
        let nan = Progress {
            target_value: f64::NAN,
            status: ProgressStatus::NotEnoughData,
            ..p
        };
        assert_eq!(
            progress_sentence(&nan, "%", 1),
            "Objectif 2030. Données insuffisantes pour mesurer le progrès."
        );
    }

    #[test]
    fn english_findings() {
        i18n::with_lang(Lang::En, || {
            let series = s(&[(2015, Some(18.8)), (2023, Some(14.8))]);
            assert_eq!(
                trend_finding("Unemployment rate", "CALL", "%", 1, &series, Direction::Down),
                "Unemployment rate, CALL: 14.8% in 2023, down by 4.0\u{a0}points since 2015 (18.8%), a favourable change."
            );
            // In English, « point » is singular for 1 only.
            let one = s(&[(2015, Some(10.0)), (2020, Some(11.0))]);
            assert!(trend_finding("Share", "Lens", "%", 0, &one, Direction::Down).contains("up by 1\u{a0}point since 2015"));
            let half = s(&[(2015, Some(10.0)), (2020, Some(11.5))]);
            assert!(trend_finding("Share", "Lens", "%", 1, &half, Direction::Down).contains("up by 1.5\u{a0}points since 2015 (10.0%), an unfavourable change."));
            let jobs = s(&[(2015, Some(1250.0)), (2023, Some(1403.75))]);
            assert_eq!(
                trend_finding("Jobseekers", "Lens", "jobseekers", 0, &jobs, Direction::Down),
                "Jobseekers, Lens: 1,404\u{a0}jobseekers in 2023, up by 12.3% since 2015 (1,250\u{a0}jobseekers), an unfavourable change."
            );
            let flat = s(&[(2015, Some(14.82)), (2023, Some(14.79))]);
            assert_eq!(trend_finding("Rate", "", "%", 1, &flat, Direction::Down), "Rate: 14.8% in 2023, stable since 2015 (14.8%).");
            assert_eq!(trend_finding("Rate", "", "%", 1, &s(&[(2024, Some(29.5))]), Direction::Down), "Rate: 29.5% in 2024 (only one year available).");
            assert_eq!(trend_finding("Rate", "CALL", "%", 1, &Series::default(), Direction::Down), "Rate, CALL: no data.");
            assert_eq!(change_in_words(&change((2015, 1250.0), (2023, 1403.75)), "jobseekers", 0, Direction::Down), "+12.3% since 2015");
            assert_eq!(change_direction_word(&change((2015, 18.8), (2023, 14.8)), 1), "down");
            assert_eq!(change_assessment(&change((2015, 18.8), (2023, 14.8)), 1, Direction::Up), Some("unfavourable"));

            let list = entries(&[("Lens", 24.1), ("Liévin", 17.0), ("Acheville", 8.2)]);
            assert_eq!(
                ranking_finding("Rate", "%", 1, 2023, &list, Some(("CALL", 14.8))),
                "In 2023, Lens has the highest value (24.1%) and Acheville the lowest (8.2%); CALL: 14.8%."
            );
            let tied = entries(&[("Lens", 24.1), ("Liévin", 24.1), ("Avion", 24.1), ("Acheville", 8.2), ("Angres", 8.2)]);
            assert_eq!(
                ranking_finding("Rate", "%", 1, 2023, &tied, None),
                "In 2023, Lens, Liévin and Avion have the highest value (24.1%), Acheville and Angres the lowest (8.2%)."
            );
            let many = entries(&[("A", 3.0), ("B", 3.0), ("C", 3.0), ("D", 3.0), ("E", 1.0)]);
            assert!(ranking_finding("Rate", "", 0, 2020, &many, None).starts_with("In 2020, 4 communes have the highest value (3) and E"));
            let equal = entries(&[("Lens", 10.0), ("Liévin", 10.0)]);
            assert_eq!(ranking_finding("Rate", "%", 1, 2023, &equal, None), "In 2023, all 2 communes have the same value (10.0%).");
            let single = entries(&[("Lens", 24.1)]);
            assert_eq!(ranking_finding("Rate", "%", 1, 2023, &single, None), "In 2023, only one commune has a value, Lens (24.1%).");
            assert_eq!(ranking_finding::<&str>("Rate", "%", 1, 2023, &[], Some(("CALL", 14.8))), "Rate: no commune values in 2023; CALL: 14.8%.");

            let p = Progress {
                baseline: (2015, 18.8),
                latest: (2023, 14.8),
                target_year: 2030,
                target_value: 12.0,
                status: ProgressStatus::Moderate,
                ratio: Some(0.7),
                projected_year: Some(2034),
            };
            assert_eq!(progress_sentence(&p, "%", 1), "Target for 2030: 12.0%. Moderate progress: at the current pace, the target would be reached in 2034.");
            let never = Progress { status: ProgressStatus::Limited, projected_year: None, ..p };
            assert_eq!(progress_status(&never), "Limited progress: at the current pace, the target would not be reached.");
            assert_eq!(progress_status(&Progress { status: ProgressStatus::Achieved, ..p }), "Target achieved.");
            assert_eq!(status_label(ProgressStatus::Deterioration), "Deterioration");
            assert_eq!(goal_sentence(2030, f64::NAN, "%", 1), "Target for 2030.");
        });
        assert_eq!(status_label(ProgressStatus::Moderate), "Progrès modéré");
        assert_eq!(capitalise("en hausse"), "En hausse");
    }

    proptest! {
        #[test]
        fn never_panics(
            values in prop::collection::vec(prop::option::of(prop_oneof![-1e12..1e12f64, Just(0.0), Just(f64::NAN), Just(f64::INFINITY)]), 0..6),
            decimals in 0u8..4,
            percent in any::<bool>(),
            up in any::<bool>(),
        ) {
            let series = Series::from_points(values.iter().enumerate().map(|(i, &v)| (2015 + i as Year, v))).unwrap();
            let unit = if percent { "%" } else { "logements" };
            let direction = if up { Direction::Up } else { Direction::Down };
            let text = trend_finding("T", "P", unit, decimals, &series, direction);
            prop_assert!(text.ends_with('.'));
            if let Some(c) = change_over(&series) {
                let _ = change_in_words(&c, unit, decimals, direction);
                let _ = change_direction_word(&c, decimals);
            }
            let list: Vec<(String, f64)> = values.iter().flatten().map(|v| ("X".to_owned(), *v)).collect();
            let text = ranking_finding("T", unit, decimals, 2020, &list, Some(("CALL", 1.0)));
            prop_assert!(text.ends_with('.'));
        }
    }
}
