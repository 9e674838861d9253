//! « À propos des données »: the populations' source and census years, then, for each
//! indicator file the territory lists, its title, source (a link only if it is a web or mail
//! address), licence, retrieval date, whether its values are illustrative and how its
//! aggregation rule computes the territory's value. The app reads the indicator files through
//! the store and shows a failed file's problems in its place ([`failed_title`]).

use en_action_core::date::Date;
use en_action_core::indicator::Indicator;
use en_action_core::source::Source;
use en_action_core::territory::Territory;

use super::{external, internal, paragraph, text, Block, Document, Inline, Section};
use crate::url::ViewState;

pub const TITLE: &str = "À propos des données";

/// The heading of the indicators' part.
pub const INDICATORS_HEADING: &str = "Les indicateurs";

/// Shown while an indicator file is on its way.
pub const LOADING: &str = "Chargement du fichier…";

/// The title of the error card of indicator file `file` that could not be used.
pub fn failed_title(file: &str) -> String {
    format!("Le fichier {file} n'a pas pu être lu : ses informations ne sont pas disponibles")
}

/// The page's introduction and its part on the populations (the indicators follow, one
/// [`indicator_section`] per file, under [`INDICATORS_HEADING`]).
pub fn document(territory: &Territory) -> Document {
    let years: Vec<String> = territory.population().years().iter().map(ToString::to_string).collect();
    let populations = vec![
        paragraph(format!(
            "Les populations des communes servent aux valeurs « pour 1 000 habitants » et aux moyennes pondérées : chaque année prend la population du recensement le plus proche. Leur total donne la population de la {}.",
            territory.short_name
        )),
        source_terms(&territory.population_source, vec![("Années de recensement".to_owned(), vec![text(years.join(", "))])]),
    ];
    Document {
        title: TITLE.to_owned(),
        intro: vec![paragraph(format!(
            "Chaque indicateur du tableau de bord vient d'un fichier de données publié avec le site ({} fichiers). Pour chacun : sa source, sa licence, la date à laquelle les données ont été récupérées, et la façon dont la valeur de la {} est calculée à partir des valeurs des communes.",
            territory.indicators.len(),
            territory.short_name
        ))],
        sections: vec![Section::new("populations", "Les populations", populations)],
    }
}

/// The part of indicator `indicator`, read from file `file` (its path as shown).
pub fn indicator_section(indicator: &Indicator, file: &str, territory: &Territory) -> Section {
    let axis = territory.axis(&indicator.axis).map_or(indicator.axis.clone(), |a| a.label.clone());
    let values = if indicator.illustrative {
        "illustratives : elles montrent le fonctionnement du tableau de bord en attendant les données de la source citée"
    } else {
        "publiées par la source citée"
    };
    let years = match (indicator.years.first(), indicator.years.last()) {
        (Some(first), Some(last)) if first != last => format!("{first} à {last}"),
        (Some(first), _) => first.to_string(),
        _ => String::new(),
    };
    let first = vec![("Axe".to_owned(), vec![text(axis)])];
    let mut terms = source_terms(&indicator.source, first);
    if let Block::Terms(rows) = &mut terms {
        rows.push(("Années".to_owned(), vec![text(years)]));
        rows.push(("Valeurs".to_owned(), vec![text(values)]));
        rows.push((format!("Valeur {}", territory.of_short_name), vec![text(indicator.aggregation.explanation_fr())]));
        rows.push(("Fichier".to_owned(), vec![text(file)]));
    }
    let link = Block::Paragraph(vec![internal(format!("Voir l'indicateur « {} »", indicator.title), ViewState::indicator(&indicator.id))]);
    Section::new(&format!("donnees-{}", anchor(&indicator.id)), indicator.title.clone(), vec![terms, link])
}

/// `first` rows, then the source (a link when it has a web or mail address), the licence
/// and the retrieval date.
fn source_terms(source: &Source, first: Vec<(String, Vec<Inline>)>) -> Block {
    let name = match source.url.as_deref() {
        Some(url) => external(source.name.clone(), url),
        None => text(source.name.clone()),
    };
    let retrieved = Date::parse(&source.retrieved).map(Date::to_french).unwrap_or_else(|| source.retrieved.clone());
    let mut rows = first;
    rows.push(("Source".to_owned(), vec![name]));
    rows.push(("Licence".to_owned(), vec![text(source.licence.clone())]));
    rows.push(("Données récupérées le".to_owned(), vec![text(retrieved)]));
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
        assert!(matches!(&rows[1].1[0], Inline::External { href, .. } if href.starts_with("https://")));
        assert_eq!(rows[6].1, vec![text(ind.aggregation.explanation_fr())]);
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
        assert_eq!(rows[1].1, vec![text(ind.source.name.clone())]);
        assert_eq!(rows[5].1, vec![text("publiées par la source citée")]);
        assert!(failed_title("indicators/x.json").contains("indicators/x.json"));
        assert_eq!(anchor("a b/é"), "a-b--");
    }
}
