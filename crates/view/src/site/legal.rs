//! « Mentions légales »: publisher, director of publication, host (from the territory's
//! `publisher` block, « à compléter par l'éditeur » where a field is missing), personal data
//! (what the browser keeps, and that nothing else is collected), licences, credits.

use en_action_core::territory::Territory;

use super::{field, internal, link_field, list, paragraph, slot, title, Block, Document, Inline, Section};
use crate::i18n::{fill, t};
use crate::url::{Page, ViewState};

/// The legal notice of the site published for `territory`.
pub fn document(territory: &Territory) -> Document {
    let words = t().site();
    let publisher = territory.publisher.clone().unwrap_or_default();
    let host = publisher.host.clone().unwrap_or_default();
    let terms = |rows: Vec<(&str, Inline)>| Block::Terms(rows.into_iter().map(|(t, d)| (t.to_owned(), vec![d])).collect());
    let population = &territory.population_source;
    let about_data = internal(title(Page::Data), ViewState::page(Page::Data));
    Document {
        title: words.legal_title.to_owned(),
        intro: vec![paragraph(fill(words.legal_intro, &[("territory", &territory.name)]))],
        sections: vec![
            Section::new("editeur", words.legal_publisher_heading, vec![terms(vec![
                (words.legal_name_term, field(publisher.name.as_deref())),
                (words.address_term, field(publisher.address.as_deref())),
                (words.legal_phone_term, field(publisher.phone.as_deref())),
                (words.contact_term, link_field(publisher.contact.as_deref())),
            ])]),
            Section::new("directeur-de-la-publication", words.legal_director_heading, vec![Block::Paragraph(vec![field(publisher.director.as_deref())])]),
            Section::new("hebergement", words.legal_hosting_heading, vec![terms(vec![
                (words.legal_host_term, field(host.name.as_deref())),
                (words.address_term, field(host.address.as_deref())),
                (words.legal_phone_term, field(host.phone.as_deref())),
            ])]),
            Section::new("donnees-personnelles", words.legal_personal_heading, vec![
                paragraph(words.legal_no_tracking),
                paragraph(words.legal_storage_intro),
                list(words.legal_storage),
                paragraph(words.legal_storage_outro),
            ]),
            Section::new("propriete-intellectuelle-et-licences", words.legal_licences_heading, vec![
                Block::Paragraph(slot(words.legal_licences, "link", vec![about_data])),
                paragraph(fill(words.legal_population, &[("source", &population.name), ("licence", &population.licence)])),
                paragraph(words.legal_illustrative),
            ]),
            Section::new("credits", words.legal_credits_heading, vec![Block::Paragraph(vec![field(publisher.credits.as_deref())])]),
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

    #[test]
    fn in_english() {
        let mut territory = fixture::territory();
        territory.publisher = None;
        crate::i18n::with_lang(crate::i18n::Lang::En, || {
            let doc = document(&territory);
            let headings: Vec<&str> = doc.sections.iter().map(|s| s.heading.as_str()).collect();
            assert_eq!(headings, ["Publisher", "Director of publication", "Hosting", "Personal data", "Intellectual property and licences", "Credits"]);
            let all = all_text(&doc);
            assert_eq!(all.matches("to be completed by the publisher").count(), 9);
            assert!(all.contains("Name of the organisation\nto be completed by the publisher\nAddress\n"), "{all}");
            assert!(all.contains("on its own page and on the “About the data” page. Reusing"), "{all}");
            assert!(all.contains("under the licence “Licence Ouverte / Etalab 2.0”."), "{all}");
        });
    }
}
