//! « Mentions légales »: publisher, director of publication, host (from the territory's
//! `publisher` block, « à compléter par l'éditeur » where a field is missing), personal data
//! (what the browser keeps, and that nothing else is collected), licences, credits.

use en_action_core::territory::Territory;

use super::{field, internal, link_field, list, paragraph, text, Block, Document, Inline, Section};
use crate::url::{Page, ViewState};

pub const TITLE: &str = "Mentions légales";

/// The legal notice of the site published for `territory`.
pub fn document(territory: &Territory) -> Document {
    let publisher = territory.publisher.clone().unwrap_or_default();
    let host = publisher.host.clone().unwrap_or_default();
    let terms = |rows: Vec<(&str, Inline)>| Block::Terms(rows.into_iter().map(|(t, d)| (t.to_owned(), vec![d])).collect());
    let population = &territory.population_source;
    Document {
        title: TITLE.to_owned(),
        intro: vec![paragraph(format!(
            "« En action » est le tableau de bord public des indicateurs du projet de territoire de la {}.",
            territory.name
        ))],
        sections: vec![
            Section::new("editeur", "Éditeur", vec![terms(vec![
                ("Raison sociale", field(publisher.name.as_deref())),
                ("Adresse", field(publisher.address.as_deref())),
                ("Téléphone", field(publisher.phone.as_deref())),
                ("Contact", link_field(publisher.contact.as_deref())),
            ])]),
            Section::new("directeur-de-la-publication", "Directeur de la publication", vec![Block::Paragraph(vec![field(publisher.director.as_deref())])]),
            Section::new("hebergement", "Hébergement", vec![terms(vec![
                ("Hébergeur", field(host.name.as_deref())),
                ("Adresse", field(host.address.as_deref())),
                ("Téléphone", field(host.phone.as_deref())),
            ])]),
            Section::new("donnees-personnelles", "Données personnelles", vec![
                paragraph("Ce site ne dépose aucun cookie et ne mesure pas son audience : aucun outil de suivi, aucune donnée personnelle collectée. Il ne vous demande rien et n'envoie rien : les chiffres sont calculés dans votre navigateur, et les fichiers déposés dans l'atelier des données y restent."),
                paragraph("Le stockage local de votre navigateur garde seulement ce qui sert à vous rendre service, sur votre appareil :"),
                list([
                    "vos propres choix : les vues ajoutées à « Ma présentation » (plus tard, la langue choisie) ;",
                    "la date de la dernière lecture des données, pour indiquer hors connexion de quand datent les chiffres ;",
                    "une copie des fichiers du site et des données publiées, pour qu'il fonctionne hors connexion.",
                ]),
                paragraph("Personne d'autre n'y a accès. Vous pouvez tout effacer à tout moment en supprimant les données de ce site dans les réglages de votre navigateur."),
            ]),
            Section::new("propriete-intellectuelle-et-licences", "Propriété intellectuelle et licences", vec![
                Block::Paragraph(vec![
                    text("Chaque indicateur nomme sa source et la licence de ses données, sur sa page et dans la page "),
                    internal("À propos des données", ViewState::page(Page::Data)),
                    text(". Réutiliser ces données, c'est respecter leur licence et citer leur source."),
                ]),
                paragraph(format!("Les populations sont publiées par {} sous la licence « {} ».", population.name, population.licence)),
                paragraph("Les valeurs signalées comme illustratives montrent le fonctionnement du tableau de bord en attendant les données de la source citée : elles ne sont pas des données publiées."),
            ]),
            Section::new("credits", "Crédits", vec![Block::Paragraph(vec![field(publisher.credits.as_deref())])]),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actions::fixture;
    use crate::site::all_text;
    use en_action_core::territory::{Host, Publisher};

    fn missing(doc: &Document) -> usize {
        all_text(doc).matches("à compléter par l'éditeur").count()
    }

    #[test]
    fn without_a_publisher_block_every_field_is_to_be_completed() {
        let mut territory = fixture::territory();
        territory.publisher = None;
        let doc = document(&territory);
        let headings: Vec<&str> = doc.sections.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(headings, ["Éditeur", "Directeur de la publication", "Hébergement", "Données personnelles", "Propriété intellectuelle et licences", "Crédits"]);
        // Name, address, phone, contact, director, host's three fields, credits.
        assert_eq!(missing(&doc), 9);
    }

    #[test]
    fn the_publisher_fields_are_shown_as_written() {
        let mut territory = fixture::territory();
        territory.publisher = Some(Publisher {
            name: Some("Communauté d'agglomération de Lens-Liévin".into()),
            address: Some("Lens".into()),
            host: Some(Host { name: Some("<b>Hébergeur</b>".into()), ..Host::default() }),
            ..Publisher::default()
        });
        let doc = document(&territory);
        let all = all_text(&doc);
        assert!(all.contains("Raison sociale\nCommunauté d'agglomération de Lens-Liévin\nAdresse\nLens\nTéléphone\nà compléter par l'éditeur"), "{all}");
        assert!(all.contains("Hébergeur\n<b>Hébergeur</b>"), "text stays text");
        assert_eq!(missing(&doc), 6);
    }

    #[test]
    fn says_what_the_browser_keeps_and_the_population_licence() {
        let all = all_text(&document(&fixture::territory()));
        assert!(all.contains("aucun cookie"));
        assert!(all.contains("« Ma présentation »"));
        assert!(all.contains("sous la licence « Licence Ouverte / Etalab 2.0 »"), "{all}");
    }
}
