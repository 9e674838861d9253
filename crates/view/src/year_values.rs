//! The communes' values for one year, ranked, with the territory's value and the reference
//! they are compared with: what the ranking and the map views show.
//!
//! Computed for the one year asked, straight from the indicator's tables: no series is
//! built per commune, so a national territory (35,000 communes) takes tens of milliseconds,
//! not hundreds. The bars are shared ([`Arc`]): views and chart specs hold them without
//! copying.

use std::sync::Arc;

use en_action_core::aggregate::Aggregate;
use en_action_core::indicator::Indicator;
use en_action_core::stats::{nearest_census, rank};
use en_action_core::territory::{Commune, Territory};
use en_action_core::Year;

use crate::chart::ranking::Bar;
use crate::lines::{shown_lines, year_range, Transform};
use crate::reference::{reference, Reference};

/// The communes' values for one year, rank 1 first, with the territory's and the reference.
#[derive(Debug, Clone, PartialEq)]
pub struct YearValues {
    pub year: Year,
    pub bars: Arc<[Bar]>,
    /// (short name, value) of the territory on the same measure.
    pub territory: Option<(String, f64)>,
    pub reference: Option<Reference>,
}

/// The values of `year` (or, when it is not one of the indicator's years, of the latest year
/// with commune values), per 1,000 inhabitants when `per_capita` and the indicator allows it.
/// Rank 1 is the most favourable (or, for a raw count, the largest): see [`crate::rank`].
pub fn year_values(indicator: &Indicator, aggregate: &Aggregate, territory: &Territory, year: Option<Year>, per_capita: bool) -> YearValues {
    let transform = Transform { per_capita, index100: false };
    let full = year_range(indicator, None, None);
    let asked = year.filter(|y| indicator.years.contains(y));
    // The latest year with a commune value: the first, from the end, where one has a value.
    let (year, column) = match asked {
        Some(y) => (y, column(indicator, territory, y, per_capita)),
        None => indicator
            .years
            .iter()
            .rev()
            .map(|&y| (y, column(indicator, territory, y, per_capita)))
            .find(|(_, c)| c.iter().any(|(_, v)| v.is_some()))
            .unwrap_or_else(|| (full.1, column(indicator, territory, full.1, per_capita))),
    };
    // Ranked by (code, position): the code breaks ties, the position names the commune.
    let entries: Vec<((&str, usize), f64)> =
        column.iter().enumerate().filter_map(|(i, (c, v))| Some(((c.code.as_str(), i), (*v)?))).collect();
    let bars: Arc<[Bar]> = rank(&entries, crate::rank::order(indicator, per_capita))
        .into_iter()
        .map(|r| Bar { name: column[r.key.1].0.name.clone(), code: r.key.0.to_owned(), value: r.value, rank: r.rank })
        .collect();
    let territory_value = shown_lines(indicator, aggregate, territory, &[], full, transform)
        .into_iter()
        .next()
        .and_then(|l| Some((l.name, l.series.get(year)?)));
    let values: Vec<f64> = entries.iter().map(|(_, v)| *v).collect();
    let reference = reference(indicator.aggregation, per_capita, territory_value.clone(), &values);
    YearValues { year, bars, territory: territory_value, reference }
}

/// Each commune of the territory with data, and its value in `year` on the measure shown (the
/// values [`crate::lines::all_lines`] gives), in code order.
fn column<'t>(indicator: &Indicator, territory: &'t Territory, year: Year, per_capita: bool) -> Vec<(&'t Commune, Option<f64>)> {
    let per_capita = per_capita && indicator.per_capita;
    // Both lists are sorted by code: one walk pairs them.
    let mut communes = territory.communes.iter().peekable();
    indicator
        .commune_values_in(year)
        .into_iter()
        .filter_map(|(code, value)| {
            while communes.next_if(|c| c.code < *code).is_some() {}
            let commune = communes.next_if(|c| c.code == *code)?;
            let value = if per_capita { value.and_then(|v| per_inhabitant(v, commune, year)) } else { value };
            Some((commune, value))
        })
        .collect()
}

/// `value` per 1,000 inhabitants of `commune` in `year` (nearest census; none when the
/// population is missing or zero): [`en_action_core::stats::per_inhabitants`] for one year.
fn per_inhabitant(value: f64, commune: &Commune, year: Year) -> Option<f64> {
    let (_, population) = nearest_census(&commune.population, year)?;
    (population != 0.0 && population.is_finite()).then(|| 1000.0 * value / population)
}

/// The year values last computed for one indicator, by (year asked, per capita): going back
/// to a view or a year already seen costs nothing.
#[derive(Debug, Default)]
pub struct YearValuesCache {
    entries: std::collections::VecDeque<((Option<Year>, bool), YearValues)>,
}

impl YearValuesCache {
    /// Year values kept (each holds every commune's bar once).
    pub const KEPT: usize = 4;

    /// The values for `key`, computed by `compute` only when not kept.
    pub fn get_or_compute(&mut self, key: (Option<Year>, bool), compute: impl FnOnce() -> YearValues) -> YearValues {
        if let Some(i) = self.entries.iter().position(|(k, _)| *k == key) {
            let entry = self.entries.remove(i);
            if let Some(entry) = entry {
                let values = entry.1.clone();
                self.entries.push_back(entry);
                return values;
            }
        }
        let values = compute();
        self.entries.push_back((key, values.clone()));
        while self.entries.len() > Self::KEPT {
            self.entries.pop_front();
        }
        values
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::all_lines;
    use en_action_core::check::{check_indicator, check_territory};
    use en_action_core::rollup::territory_series;

    fn read(path: &str) -> Vec<u8> {
        std::fs::read(format!("{}/../../indicators/{path}", env!("CARGO_MANIFEST_DIR"))).expect("file")
    }

    /// The former computation, from every commune's whole line: the reference.
    fn from_lines(ind: &Indicator, aggregate: &Aggregate, territory: &Territory, year: Option<Year>, per_capita: bool) -> YearValues {
        let full = year_range(ind, None, None);
        let lines = all_lines(ind, aggregate, territory, full, Transform { per_capita, index100: false });
        let latest = lines.iter().skip(1).filter_map(|l| l.series.last().map(|(y, _)| y)).max();
        let year = year.filter(|y| ind.years.contains(y)).or(latest).unwrap_or(full.1);
        let entries: Vec<(String, f64)> = lines.iter().skip(1).filter_map(|l| Some((l.code.clone()?, l.series.get(year)?))).collect();
        let bars = rank(&entries, crate::rank::order(ind, per_capita))
            .into_iter()
            .map(|r| {
                let name = lines.iter().find(|l| l.code.as_deref() == Some(r.key.as_str())).map(|l| l.name.clone()).unwrap_or_default();
                Bar { name, code: r.key, value: r.value, rank: r.rank }
            })
            .collect();
        let territory_value = lines.first().and_then(|l| Some((l.name.clone(), l.series.get(year)?)));
        let values: Vec<f64> = entries.iter().map(|(_, v)| *v).collect();
        let reference = reference(ind.aggregation, per_capita, territory_value.clone(), &values);
        YearValues { year, bars, territory: territory_value, reference }
    }

    #[test]
    fn the_same_values_as_from_every_line_for_every_indicator_year_and_measure() {
        let territory = check_territory("territory.json", &read("territory.json")).expect("valid").value;
        for path in &territory.indicators {
            let ind = check_indicator(path, &read(path), &territory).expect("valid").value;
            let Ok(aggregate) = territory_series(&ind, &territory) else { continue };
            let years = ind.years.iter().copied().map(Some).chain([None, Some(1900)]);
            for year in years {
                for per_capita in [false, true] {
                    assert_eq!(
                        year_values(&ind, &aggregate, &territory, year, per_capita),
                        from_lines(&ind, &aggregate, &territory, year, per_capita),
                        "{path} {year:?} per capita {per_capita}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_cache_computes_each_key_once_and_keeps_the_last_four() {
        let mut cache = YearValuesCache::default();
        let mut computed = 0;
        let mut get = |cache: &mut YearValuesCache, year: i32| {
            cache.get_or_compute((Some(year), false), || {
                computed += 1;
                YearValues { year, bars: Arc::from(Vec::new()), territory: None, reference: None }
            })
        };
        assert_eq!(get(&mut cache, 2020).year, 2020);
        assert_eq!(get(&mut cache, 2020).year, 2020);
        for year in 2021..=2024 {
            get(&mut cache, year);
        }
        assert_eq!(get(&mut cache, 2024).year, 2024);
        get(&mut cache, 2020);
        drop(get);
        assert_eq!(computed, 6, "2020 once, 2021 to 2024 once, 2020 again after eviction");
    }

    #[test]
    fn the_latest_year_with_commune_values_by_default() {
        let territory = check_territory("territory.json", &read("territory.json")).expect("valid").value;
        let ind = check_indicator("habiter/vacance.json", &read("habiter/vacance.json"), &territory).expect("valid").value;
        let aggregate = territory_series(&ind, &territory).expect("aggregate");
        let v = year_values(&ind, &aggregate, &territory, None, false);
        assert_eq!(Some(&v.year), ind.years.last());
        assert_eq!(v.bars.len(), territory.communes.len());
        assert!(v.bars.windows(2).all(|w| w[0].rank <= w[1].rank), "rank 1 first");
        assert_eq!(v.territory.as_ref().map(|t| t.0.as_str()), Some(territory.short_name.as_str()));
    }
}
