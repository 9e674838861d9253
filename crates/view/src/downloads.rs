//! The CSV downloads of the table view (changes over the period) and of the commune profile
//! (the commune against the territory on every indicator), at full precision and with their
//! metadata, like the indicator page's (see [`crate::csv`]).

use en_action_core::indicator::Indicator;
use en_action_core::Year;

use crate::csv::{indicator_metadata, CsvCell, CsvTable};
use crate::i18n::{self, data, fill};
use crate::lines::Measure;
use crate::profile::{Basis, ProfileRow};
use crate::table::ChangeRow;

fn number(value: Option<f64>) -> CsvCell {
    value.map_or(CsvCell::Empty, CsvCell::Exact)
}

fn year(value: Option<(Year, f64)>) -> CsvCell {
    value.map_or(CsvCell::Empty, |(y, _)| CsvCell::Text(y.to_string()))
}

/// The change table of the table view.
pub fn change_table(ind: &Indicator, measure: &Measure, (from, to): (Year, Year), rows: &[ChangeRow]) -> CsvTable {
    let text = i18n::t().commune();
    let header = [text.file_code, text.file_commune, text.file_start_year, text.file_start, text.file_end_year, text.file_end, text.file_change, text.file_change_percent, text.file_annual_rate]
        .map(str::to_owned)
        .to_vec();
    let rows = rows
        .iter()
        .map(|r| {
            vec![
                r.code.clone().map_or(CsvCell::Empty, CsvCell::Text),
                CsvCell::Text(r.name.clone()),
                year(r.start),
                number(r.start.map(|(_, v)| v)),
                year(r.end),
                number(r.end.map(|(_, v)| v)),
                number(r.absolute),
                number(r.percent.map(|p| p * 100.0)),
                number(r.cagr.map(|c| c * 100.0)),
            ]
        })
        .collect();
    let mut metadata = indicator_metadata(ind);
    for (key, value) in &mut metadata {
        if key == text.file_unit {
            value.clone_from(&measure.unit);
        }
    }
    metadata.push((text.file_period.to_owned(), fill(text.file_period_value, &[("from", &from.to_string()), ("to", &to.to_string())])));
    CsvTable { metadata, header, rows }
}

/// One indicator of a commune's profile.
pub struct ProfileEntry<'a> {
    pub indicator: &'a Indicator,
    pub row: ProfileRow,
}

/// The commune's profile: one line per indicator.
pub fn profile_table(commune: &str, territory: &str, entries: &[ProfileEntry]) -> CsvTable {
    let text = i18n::t().commune();
    let header = [text.file_indicator, text.file_unit, text.file_year, commune, territory, text.file_gap, text.file_share, text.file_rank, text.file_out_of, text.file_change, text.file_since, text.file_source, text.file_illustrative]
        .map(str::to_owned)
        .to_vec();
    let rows = entries
        .iter()
        .map(|e| {
            let unit = data::unit(e.indicator);
            let (unit, share) = match e.row.basis {
                Basis::PerThousand => (fill(text.profile_per_thousand_unit, &[("unit", unit)]), None),
                Basis::Count { share } => (unit.to_owned(), share),
                Basis::Value => (unit.to_owned(), None),
            };
            let (rank, of) = e.row.rank.map_or((None, None), |(r, of, _)| (Some(r as f64), Some(of as f64)));
            vec![
                CsvCell::Text(data::title(e.indicator).plain()),
                CsvCell::Text(unit),
                e.row.year.map_or(CsvCell::Empty, |y| CsvCell::Text(y.to_string())),
                number(e.row.commune),
                number(e.row.territory),
                number(e.row.comparison.as_ref().map(|c| c.gap)),
                number(share.map(|s| s * 100.0)),
                number(rank),
                number(of),
                number(e.row.change.as_ref().map(|c| c.absolute)),
                e.row.change.as_ref().map_or(CsvCell::Empty, |c| CsvCell::Text(c.from_year.to_string())),
                CsvCell::Text(e.indicator.source.name.clone()),
                CsvCell::Text(if e.indicator.illustrative { text.file_yes } else { text.file_no }.to_owned()),
            ]
        })
        .collect();
    let metadata = vec![
        (text.file_profile.to_owned(), fill(text.file_profile_value, &[("commune", commune), ("territory", territory)])),
        (text.file_rank.to_owned(), text.file_rank_value.to_owned()),
    ];
    CsvTable { metadata, header, rows }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::csv::to_csv;
    use en_action_core::check::{check_indicator, check_territory};
    use en_action_core::stats::Comparison;

    fn indicator(path: &str) -> Indicator {
        let read = |p: &str| std::fs::read(format!("{}/../../indicators/{p}", env!("CARGO_MANIFEST_DIR"))).expect("file");
        let territory = check_territory("territory.json", &read("territory.json")).expect("valid").value;
        check_indicator(path, &read(path), &territory).expect("valid").value
    }

    #[test]
    fn the_change_table_in_full() {
        let ind = indicator("travailler/chomage.json");
        let measure = Measure { unit: "%".into(), decimals: 1, qualifier: None };
        let rows = [
            ChangeRow { code: None, name: "CALL".into(), start: Some((2015, 18.8)), end: Some((2023, 14.8)), absolute: Some(-4.0), percent: Some(-4.0 / 18.8), cagr: Some(-0.029_46) },
            ChangeRow { code: Some("62510".into()), name: "Liévin".into(), start: Some((2023, 14.6)), end: Some((2023, 14.6)), absolute: None, percent: None, cagr: None },
        ];
        let csv = to_csv(&change_table(&ind, &measure, (2015, 2023), &rows));
        assert!(csv.contains("\r\nPériode;2015 à 2023\r\n"), "{csv}");
        assert!(csv.contains("\r\nUnité;%\r\n") && csv.contains(&format!("\r\nSource;{}\r\n", ind.source.name)), "{csv}");
        let per_capita = Measure { unit: "/ 1 000 hab.".into(), decimals: 2, qualifier: None };
        let table = change_table(&ind, &per_capita, (2015, 2023), &rows);
        assert!(table.metadata.contains(&("Unité".into(), "/ 1 000 hab.".into())), "the unit of the values shown");
        assert!(table.metadata.contains(&("Source".into(), ind.source.name.clone())), "the other lines kept");
        assert!(csv.contains("\r\nCode INSEE;Commune;Année de début;Début;Année de fin;Fin;Évolution;Évolution (%);Taux annuel moyen (%)\r\n"));
        assert!(csv.contains("\r\n;CALL;2015;18,8;2023;14,8;-4;-21,27659574468085;-2,946\r\n"), "{csv}");
        assert!(csv.ends_with("\r\n62510;Liévin;2023;14,6;2023;14,6;;;\r\n"), "{csv}");
    }

    #[test]
    fn the_profile_one_line_per_indicator() {
        let vacancy = indicator("habiter/vacance.json");
        let jobs = indicator("travailler/emplois.json");
        let entries = [
            ProfileEntry {
                indicator: &vacancy,
                row: ProfileRow { basis: Basis::Value, year: Some(2023), commune: Some(10.0), territory: Some(8.2), comparison: Some(Comparison { commune: 10.0, territory: 8.2, gap: 1.8, ratio: Some(10.0 / 8.2), better: Some(false) }), rank: Some((34, 36, false)), change: None },
            },
            ProfileEntry {
                indicator: &jobs,
                row: ProfileRow { basis: Basis::PerThousand, year: Some(2023), commune: Some(441.0), territory: Some(307.8), comparison: None, rank: Some((2, 36, false)), change: None },
            },
        ];
        let table = profile_table("Liévin", "CALL", &entries);
        assert_eq!(table.header[3..5], ["Liévin".to_owned(), "CALL".to_owned()]);
        let csv = to_csv(&table);
        assert!(csv.contains(&format!("\r\n{};%;2023;10;8,2;1,8;;34;36;;;{};oui\r\n", vacancy.title, vacancy.source.name)), "{csv}");
        assert!(csv.contains(&format!("\r\n{};{} pour 1 000 hab.;2023;441;307,8;;;2;36;", jobs.title, jobs.unit)), "{csv}");
        assert!(table.metadata.iter().any(|(k, v)| k == "Rang" && v.starts_with("1 = la situation la plus favorable")));
        assert_eq!(table.metadata[0], ("Profil".to_owned(), "Liévin comparée à CALL".to_owned()));
    }

    #[test]
    fn the_tables_in_english() {
        use crate::i18n::{with_lang, Lang};
        let vacancy = indicator("habiter/vacance.json");
        let jobs = indicator("travailler/emplois.json");
        let entries = [
            ProfileEntry { indicator: &vacancy, row: ProfileRow { basis: Basis::Value, year: Some(2023), commune: Some(10.0), territory: Some(8.2), comparison: None, rank: Some((34, 36, false)), change: None } },
            ProfileEntry { indicator: &jobs, row: ProfileRow { basis: Basis::PerThousand, year: Some(2023), commune: Some(441.0), territory: Some(307.8), comparison: None, rank: None, change: None } },
        ];
        with_lang(Lang::En, || {
            let table = profile_table("Liévin", "CALL", &entries);
            assert_eq!(table.header, ["Indicator", "Unit", "Year", "Liévin", "CALL", "Gap", "Share of the total (%)", "Rank", "Out of", "Change", "Since", "Source", "Illustrative data"]);
            assert_eq!(table.metadata[0], ("Profile".to_owned(), "Liévin compared with CALL".to_owned()));
            assert_eq!(table.rows[0][0], CsvCell::Text(data::title(&vacancy).plain()));
            assert_eq!(table.rows[0][12], CsvCell::Text("yes".into()));
            assert_eq!(table.rows[1][1], CsvCell::Text(format!("{} per 1,000 inhabitants", data::unit(&jobs))));
            let measure = Measure { unit: "%".into(), decimals: 1, qualifier: None };
            let change = change_table(&vacancy, &measure, (2015, 2023), &[]);
            assert_eq!(change.header, ["INSEE code", "Commune", "Start year", "Start", "End year", "End", "Change", "Change (%)", "Average annual rate (%)"]);
            assert!(change.metadata.contains(&("Period".into(), "2015 to 2023".into())));
            assert!(change.metadata.contains(&("Unit".into(), "%".into())));
        });
    }
}
