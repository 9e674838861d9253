//! « À propos des données »: the populations' source and census years, then, for each
//! indicator file the territory lists, its title, source (a link only if it is a web or mail
//! address), licence, retrieval date, whether its values are illustrative and how its
//! aggregation rule computes the territory's value. The app reads the indicator files through
//! the store and shows a failed file's problems in its place ([`failed_title`]).

use en_action_core::date::Date;
use en_action_core::indicator::Indicator;

use crate::lines::aggregation_explanation;
use en_action_core::source::Source;
use en_action_core::territory::Territory;

use super::{external, french, internal, paragraph, text, Block, Document, Inline, Section};
use crate::format;
use crate::i18n::{self, fill, t};
use crate::url::ViewState;

/// The title of the error card of indicator file `file` that could not be used.
pub fn failed_title(file: &str) -> String {
    fill(t().site().data_failed, &[("file", file)])
}

/// The page's introduction and its part on the populations (the indicators follow, one
/// [`indicator_section`] per file, under the catalogue's `data_indicators_heading`).
pub fn document(territory: &Territory) -> Document {
    let words = t().site();
    let years: Vec<String> = territory.population().years().iter().map(ToString::to_string).collect();
    let populations = vec![
        paragraph(fill(words.data_populations, &[("territory", &territory.short_name)])),
        source_terms(&territory.population_source, vec![(words.data_census_years_term.to_owned(), vec![text(years.join(", "))])]),
    ];
    let files = words.data_files.of(territory.indicators.len());
    Document {
        title: words.data_title.to_owned(),
        intro: vec![paragraph(fill(words.data_intro, &[("files", &files), ("territory", &territory.short_name)]))],
        sections: vec![Section::new("populations", words.data_populations_heading, populations)],
    }
}

/// The part of indicator `indicator`, read from file `file` (its path as shown).
pub fn indicator_section(indicator: &Indicator, file: &str, territory: &Territory) -> Section {
    let words = t().site();
    let axis = territory.axis(&indicator.axis).map_or(indicator.axis.clone(), |a| i18n::data::axis_label(a).plain());
    let values = if indicator.illustrative { words.data_values_illustrative } else { words.data_values_published };
    let years = match (indicator.years.first(), indicator.years.last()) {
        (Some(first), Some(last)) if first != last => fill(words.data_years_range, &[("first", &first.to_string()), ("last", &last.to_string())]),
        (Some(first), _) => first.to_string(),
        _ => String::new(),
    };
    let of_territory = i18n::data::of_territory(territory);
    let title = i18n::data::title(indicator).plain();
    let first = vec![(words.data_axis_term.to_owned(), vec![text(axis)])];
    let mut terms = source_terms(&indicator.source, first);
    if let Block::Terms(rows) = &mut terms {
        rows.push((words.data_years_term.to_owned(), vec![text(years)]));
        rows.push((words.data_values_term.to_owned(), vec![text(values)]));
        rows.push((fill(words.data_territory_value_term, &[("territory", of_territory)]), vec![text(aggregation_explanation(indicator.aggregation))]));
        rows.push((words.data_file_term.to_owned(), vec![text(file)]));
    }
    let link = Block::Paragraph(vec![internal(fill(words.data_see_indicator, &[("title", &title)]), ViewState::indicator(&indicator.id))]);
    Section::new(&format!("donnees-{}", anchor(&indicator.id)), title, vec![terms, link])
}

/// `first` rows, then the source (a link when it has a web or mail address), the licence
/// and the retrieval date.
fn source_terms(source: &Source, first: Vec<(String, Vec<Inline>)>) -> Block {
    let words = t().site();
    let name = match source.url.as_deref() {
        Some(url) => external(source.name.clone(), url),
        None => text(source.name.clone()),
    };
    let retrieved = Date::parse(&source.retrieved).map(format::date).unwrap_or_else(|| source.retrieved.clone());
    let mut rows = first;
    // Sources and licences are named in French (proper names): tagged so.
    rows.push((words.source_term.to_owned(), vec![french(name)]));
    rows.push((words.licence_term.to_owned(), vec![french(text(source.licence.clone()))]));
    rows.push((words.data_retrieved_term.to_owned(), vec![text(retrieved)]));
    Block::Terms(rows)
}

/// An ASCII anchor from an id (other characters become `-`).
fn anchor(id: &str) -> String {
    id.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' || c == '-' { c } else { '-' }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actions::fixture;
    use crate::site::all_text;
    use en_action_core::check::check_indicator;

    fn indicator(territory: &Territory, file: &str) -> Indicator {
        let bytes = std::fs::read(format!("{}/../../indicators/{file}", env!("CARGO_MANIFEST_DIR"))).expect("data file");
        check_indicator(file, &bytes, territory).expect("valid").value
    }

    #[test]
    fn the_populations_name_their_source_and_census_years() {
        let territory = fixture::territory();
        let doc = document(&territory);
        let all = all_text(&doc);
        assert!(all.contains("Années de recensement\n2016, 2019, 2020, 2021, 2022, 2023"), "{all}");
        assert!(all.contains("Licence\nLicence Ouverte / Etalab 2.0"));
        assert!(all.contains("Données récupérées le\n22 novembre 2026"), "{all}");
        assert!(all.contains("(20 fichiers)"));
    }

    #[test]
    fn each_indicator_tells_its_source_licence_and_rule() {
        let territory = fixture::territory();
        let ind = indicator(&territory, "travailler/chomage.json");
        let section = indicator_section(&ind, "indicators/travailler/chomage.json", &territory);
        assert_eq!(section.heading, ind.title);
        assert_eq!(section.id, "donnees-chomage");
        let Block::Terms(rows) = &section.blocks[0] else { panic!("terms") };
        let labels: Vec<&str> = rows.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(labels, ["Axe", "Source", "Licence", "Données récupérées le", "Années", "Valeurs", "Valeur de la CALL", "Fichier"]);
        assert_eq!(rows[0].1, vec![text("Travailler")]);
        assert!(matches!(&rows[1].1[0], Inline::French(link) if matches!(&**link, Inline::External { href, .. } if href.starts_with("https://"))), "the source, a link, said in French");
        assert_eq!(rows[6].1, vec![text(ind.aggregation.explanation_fr())]);
        assert_eq!(rows[4].1, vec![text("2015 à 2023")], "{:?}", ind.years);
        assert!(rows[5].1[0].text().starts_with("illustratives"), "the sample is illustrative");
        let Block::Paragraph(link) = &section.blocks[1] else { panic!("a paragraph") };
        assert!(matches!(&link[0], Inline::Internal { to, .. } if to.to_query() == "?v=1&page=indicateur&id=chomage"));
    }

    #[test]
    fn a_source_without_a_safe_address_is_text() {
        let territory = fixture::territory();
        let mut ind = indicator(&territory, "respirer/no2.json");
        ind.source.url = Some("javascript:alert(1)".into());
        ind.illustrative = false;
        let section = indicator_section(&ind, "f.json", &territory);
        let Block::Terms(rows) = &section.blocks[0] else { panic!("terms") };
        assert_eq!(rows[1].1, vec![french(text(ind.source.name.clone()))]);
        assert_eq!(rows[5].1, vec![text("publiées par la source citée")]);
        assert!(failed_title("indicators/x.json").contains("indicators/x.json"));
        assert_eq!(anchor("a b/é"), "a-b--");
    }

    #[test]
    fn in_english() {
        let territory = fixture::territory();
        let ind = indicator(&territory, "travailler/chomage.json");
        crate::i18n::with_lang(crate::i18n::Lang::En, || {
            let all = all_text(&document(&territory));
            assert!(all.starts_with("About the data\nEach indicator of the dashboard comes from a data file published with the site (20 files)."), "{all}");
            assert!(all.contains("Data retrieved on\n22 November 2026"), "{all}");
            assert!(all.contains("the population of the CALL."), "{all}");
            let section = indicator_section(&ind, "indicators/travailler/chomage.json", &territory);
            let Block::Terms(rows) = &section.blocks[0] else { panic!("terms") };
            let labels: Vec<&str> = rows.iter().map(|(t, _)| t.as_str()).collect();
            assert_eq!(labels, ["Axis", "Source", "Licence", "Data retrieved on", "Years", "Values", "CALL value", "File"]);
            assert!(rows[6].1[0].text().starts_with("The territory's value is"));
            assert!(rows[5].1[0].text().starts_with("illustrative: "));
            assert_eq!(failed_title("x.json"), "The file x.json could not be read: its information is not available");
        });
    }
}
