//! The view crate's numbers pinned on the shipped data and from their definitions: the lines
//! a chart draws (territory first, chosen communes, period, per 1,000 inhabitants, index
//! base 100), the words of a change, and number formats at their boundaries.

use std::path::PathBuf;

use en_action_core::check::{check_indicator, check_territory};
use en_action_core::indicator::Indicator;
use en_action_core::rollup::territory_series;
use en_action_core::series::Series;
use en_action_core::stats::change;
use en_action_core::territory::Territory;
use en_action_core::Direction;
use en_action_view::card::card;
use en_action_view::finding::{change_assessment, change_direction_word};
use en_action_view::format::{number, signed, MAX_CHARS};
use en_action_view::lines::{all_lines, measure, shown_lines, year_range, years_in, Transform};

fn read(relative: &str) -> Vec<u8> {
    std::fs::read(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../indicators").join(relative)).expect("sample")
}

fn setup(file: &str) -> (Territory, Indicator) {
    let territory = check_territory("territory.json", &read("territory.json")).expect("territory").value;
    let indicator = check_indicator(file, &read(file), &territory).expect("indicator").value;
    (territory, indicator)
}

const LENS: &str = "62498";

#[test]
fn the_lines_are_the_territory_then_the_chosen_communes_on_the_period() {
    let (t, ind) = setup("travailler/emplois.json");
    let aggregate = territory_series(&ind, &t).expect("aggregate");
    let plain = Transform { per_capita: false, index100: false };
    let lines = shown_lines(&ind, &aggregate, &t, &[LENS.to_owned(), "00000".to_owned()], (2017, 2020), plain);
    assert_eq!(lines.len(), 2, "the territory, Lens; an unknown code skipped");
    assert_eq!((lines[0].code.as_deref(), lines[0].name.as_str()), (None, "CALL"));
    assert_eq!(lines[1].name, "Lens");
    assert_eq!(lines[1].series.years(), [2017, 2018, 2019, 2020]);
    let file: serde_json::Value = serde_json::from_slice(&read("travailler/emplois.json")).expect("json");
    let lens_2017 = file["values"][LENS][2].as_f64().expect("2017");
    assert_eq!(lines[1].series.get(2017), Some(lens_2017));
    // The territory is the sum of the communes.
    let total_2017: f64 = file["values"].as_object().expect("values").values().map(|row| row[2].as_f64().expect("v")).sum();
    assert_eq!(lines[0].series.get(2017), Some(total_2017));

    // Per 1,000 inhabitants: Lens's count over its population at the nearest census (2016 for 2017).
    let per = shown_lines(&ind, &aggregate, &t, &[LENS.to_owned()], (2017, 2017), Transform { per_capita: true, index100: false });
    let lens = t.communes.iter().find(|c| c.code.as_str() == LENS).expect("Lens");
    let expected = 1000.0 * lens_2017 / lens.population.get(2016).expect("2016");
    assert!((per[1].series.get(2017).expect("per capita") - expected).abs() < 1e-9);
    // Index base 100 at the first year of the period.
    let index = shown_lines(&ind, &aggregate, &t, &[LENS.to_owned()], (2017, 2020), Transform { per_capita: false, index100: true });
    assert_eq!(index[1].series.get(2017), Some(100.0));
    let lens_2020 = file["values"][LENS][5].as_f64().expect("2020");
    assert!((index[1].series.get(2020).expect("2020") - 100.0 * lens_2020 / lens_2017).abs() < 1e-9);

    let all = all_lines(&ind, &aggregate, &t, (2015, 2023), plain);
    assert_eq!(all.len(), 37, "the territory and the 36 communes");
    assert_eq!(years_in(&ind, (2016, 2018)), [2016, 2017, 2018]);
    assert_eq!(years_in(&ind, (2030, 2040)), Vec::<i32>::new());
}

#[test]
fn the_period_and_the_measure() {
    let (_, emplois) = setup("travailler/emplois.json");
    assert_eq!(year_range(&emplois, None, None), (2015, 2023));
    assert_eq!(year_range(&emplois, Some(2017), Some(2020)), (2017, 2020));
    assert_eq!(year_range(&emplois, Some(1990), Some(2050)), (2015, 2023), "years outside the file are ignored");
    assert_eq!(year_range(&emplois, Some(2020), Some(2017)), (2020, 2023), "an end before the start is ignored");
    let per = Transform { per_capita: true, index100: false };
    let plain = Transform { per_capita: false, index100: false };
    assert_eq!(measure(&emplois, per, 2015).unit, "/ 1 000 hab.");
    assert_eq!(measure(&emplois, per, 2015).decimals, emplois.decimals + 1);
    assert_eq!(measure(&emplois, plain, 2015).unit, "emplois");
    // A rate has no per-capita form, whatever is asked.
    let (_, chomage) = setup("travailler/chomage.json");
    assert_eq!(measure(&chomage, per, 2015).unit, "%");
    assert_eq!(measure(&chomage, per, 2015).qualifier, None);
    let index = measure(&chomage, Transform { per_capita: false, index100: true }, 2017);
    assert_eq!((index.unit.as_str(), index.qualifier.as_deref()), ("", Some("indice base 100 en 2017")));
}

fn series(points: &[(i32, f64)]) -> Series {
    Series::from_points(points.iter().map(|&(y, v)| (y, Some(v)))).expect("series")
}

#[test]
fn change_words_follow_the_displayed_change_and_the_good_direction() {
    let up = change(&series(&[(2015, 10.0), (2020, 12.0)]), 2015, 2020).expect("change");
    assert_eq!(change_direction_word(&up, 1), "en hausse");
    assert_eq!(change_assessment(&up, 1, Direction::Up), Some("favorable"));
    assert_eq!(change_assessment(&up, 1, Direction::Down), Some("défavorable"));
    let down = change(&series(&[(2015, 12.0), (2020, 10.0)]), 2015, 2020).expect("change");
    assert_eq!(change_direction_word(&down, 1), "en baisse");
    assert_eq!(change_assessment(&down, 1, Direction::Down), Some("favorable"));
    // A change that rounds to zero at the shown decimals is « stable », judged neither way.
    let tiny = change(&series(&[(2015, 10.0), (2020, 10.04)]), 2015, 2020).expect("change");
    assert_eq!(change_direction_word(&tiny, 1), "stable");
    assert_eq!(change_assessment(&tiny, 1, Direction::Up), None);
    // With two decimals shown, the same change is a rise (0,04) … unless its percentage
    // (0,4 %) rounds to zero at one decimal: it does not.
    assert_eq!(change_direction_word(&tiny, 2), "en hausse");
    // A huge base: +0,04 % rounds to 0,0 % → stable, whatever the decimals.
    let flat = change(&series(&[(2015, 10_000.0), (2020, 10_004.0)]), 2015, 2020).expect("change");
    assert_eq!(change_direction_word(&flat, 0), "stable");
}

#[test]
fn signs_and_lengths_at_their_boundaries() {
    assert_eq!(signed(0.04, 1), "0,0", "no + on a value that shows as zero");
    assert_eq!(signed(0.05, 1), "+0,1");
    assert_eq!(signed(1.0, 0), "+1");
    assert_eq!(signed(0.0, 2), "0,00");
    assert_eq!(signed(-1.0, 0), "\u{2212}1");
    // Up to MAX_CHARS characters as digits, beyond that in scientific notation.
    let widest = number(999_999_999_999_999.0, 0);
    assert_eq!(widest.chars().count(), MAX_CHARS - 1, "{widest}");
    assert!(!widest.contains('×'));
    let exactly = number(9_999_999_999_999.99, 2);
    assert_eq!((exactly.chars().count(), exactly.contains('×')), (MAX_CHARS, false), "{exactly}");
    let wider = number(99_999_999_999_999.0, 2);
    assert!(wider.contains('×'), "21 characters as digits: {wider}");
    assert!(number(1e16, 0).contains('×'));
    assert!(number(1e16, 0).chars().count() <= MAX_CHARS);
}

#[test]
fn a_card_with_one_year_has_no_change_and_symbols_keep_a_non_breaking_space() {
    let (t, chomage) = setup("travailler/chomage.json");
    let aggregate = territory_series(&chomage, &t).expect("aggregate");
    let full = card(&chomage, &aggregate, "CALL", "#B34700", Some(2020));
    let latest = full.latest.expect("latest");
    assert!(latest.ends_with("\u{a0}%"), "a symbol unit stays on the line: {latest}");
    assert!(full.change.is_some());
    let (_, emplois) = setup("travailler/emplois.json");
    let jobs = card(&emplois, &territory_series(&emplois, &t).expect("aggregate"), "CALL", "#B34700", Some(2020));
    assert!(jobs.latest.expect("latest").ends_with(" emplois"), "a word unit may wrap");
    // One year only: nothing to compare with.
    let single = en_action_core::aggregate::Aggregate { series: series(&[(2023, 14.8)]), coverage: Vec::new() };
    let one = card(&chomage, &single, "CALL", "#B34700", Some(2020));
    assert_eq!(one.change, None);
    assert_eq!(one.latest_year, Some(2023));
}

#[test]
fn contrast_follows_the_wcag_formula_on_dark_channels() {
    use en_action_view::classes::contrast_ratio;
    // #050505: channel 5/255 = 0.0196 ≤ 0.03928, linear value 0.0196 / 12.92 = 0.001518;
    // against white (1.05) / (0.001518 + 0.05) = 20.38.
    let ratio = contrast_ratio("#050505", "#ffffff").expect("ratio");
    assert!((ratio - 20.381370411830552).abs() < 1e-9, "{ratio}");
    assert_eq!(contrast_ratio("#000", "#fff"), Some(21.0));
    assert_eq!(contrast_ratio("#777777", "#777777"), Some(1.0));
}

#[test]
fn progress_shows_from_one_megabyte_and_trusts_no_wrong_total() {
    use en_action_view::fetch_policy::{progress_text, PROGRESS_FROM_BYTES};
    assert_eq!(progress_text(PROGRESS_FROM_BYTES - 1, None), None);
    assert_eq!(progress_text(PROGRESS_FROM_BYTES, None).as_deref(), Some("Chargement : 1\u{a0}Mo reçus"));
    assert_eq!(progress_text(2_000_000, Some(4_000_000)).as_deref(), Some("Chargement : 2\u{a0}Mo sur 4\u{a0}Mo"));
    // A server that announced less than it sends: the received size only.
    assert_eq!(progress_text(2_000_000, Some(1_500_000)).as_deref(), Some("Chargement : 2\u{a0}Mo reçus"));
}

#[test]
fn ticks_of_large_values_get_only_the_decimals_they_need() {
    use en_action_view::format::tick;
    // 123 456,7 plus two units of float noise: one decimal is enough (relative tolerance).
    assert_eq!(tick(123_456.7 + 3e-11, 0), "123\u{a0}456,7");
    assert_eq!(tick(16.55, 1), "16,55");
    assert_eq!(tick(16.5, 1), "16,5");
}

#[test]
fn sizes_in_ko_and_mo_with_a_decimal_only_when_it_shows() {
    use en_action_view::format::bytes;
    assert_eq!(bytes(3_200_000), "3,2\u{a0}Mo");
    assert_eq!(bytes(12_000), "12\u{a0}ko");
    assert_eq!(bytes(1_500), "1,5\u{a0}ko");
    // 1.95 Mo: a fraction of 0.95 or more rounds to the next whole number, written without
    // decimal (« 2 Mo », not « 2,0 Mo »).
    assert_eq!(bytes(1_950_000), "2\u{a0}Mo");
    assert_eq!(bytes(150_000_000), "150\u{a0}Mo");
}


#[test]
fn flags_read_only_yes_values() {
    use en_action_view::url::ViewState;
    for no in ["0", "non", "false", "", "2"] {
        assert!(!ViewState::from_query(&format!("?v=1&base100={no}")).index100, "{no}");
    }
    for yes in ["1", "oui", "true"] {
        assert!(ViewState::from_query(&format!("?v=1&base100={yes}")).index100, "{yes}");
    }
}
