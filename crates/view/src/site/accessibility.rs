//! « Déclaration d'accessibilité », after the model statement of the RGAA 4.1: engagement,
//! state of conformity, results of the tests, contents that are not accessible, how the
//! statement was made, feedback and contact, remedies.
//!
//! The RGAA allows « partiellement conforme » only with an audit of its 106 criteria giving a
//! rate of at least 50 %; without an audit in force the state is « non conforme », whatever
//! the site's own tests say. The site has no such audit yet: it says « non conforme », says
//! why, and lists what its automated tests check and the limits known so far. The English
//! page is a translation, and says first that the French statement is the reference.

use en_action_core::date::Date;
use en_action_core::territory::Territory;

use super::{external, field, internal, link_field, list, paragraph, slot, text, title, Block, Document, Inline, Item, Section};
use crate::format;
use crate::i18n::{fill, lang, t, Lang};
use crate::url::{IndicatorView, Page, ViewState};

/// The day this statement was written.
pub const STATEMENT_DATE: Date = Date { year: 2026, month: Some(12), day: Some(1) };

/// The version of the RGAA the statement refers to (a name: the same in every language).
pub const RGAA: &str = "RGAA version 4.1";

/// The technologies the site is made with (names).
const TECHNOLOGIES: [&str; 5] = ["HTML", "CSS", "JavaScript", "WebAssembly", "SVG"];

/// The first tool (a name); the others are in the catalogue.
const AXE_CORE: &str = "axe-core 4.14 (Deque Systems)";

/// The statement, with the publisher's name and contact from `territory`'s `publisher` block
/// (« à compléter par l'éditeur » where it is missing).
pub fn document(territory: &Territory) -> Document {
    let words = t().site();
    let publisher = territory.publisher.clone().unwrap_or_default();
    let name = publisher.name.as_deref().map(str::trim).filter(|n| !n.is_empty());
    let who = match name {
        Some(n) => vec![text(n)],
        None => slot(words.statement_publisher_unnamed, "missing", vec![Inline::Missing]),
    };
    let engagement = slot(words.statement_engagement, "publisher", who);
    let plan = slot(words.statement_plan, "link", vec![link_field(publisher.accessibility_plan.as_deref())]);
    let scope = fill(words.statement_scope, &[("territory", &territory.name)]);
    let mut intro = vec![Block::Paragraph(engagement), Block::Paragraph(plan), paragraph(scope)];
    if lang() != Lang::Fr {
        intro.insert(0, paragraph(words.statement_translation_note));
    }
    Document {
        title: words.statement_title.to_owned(),
        intro,
        sections: vec![
            Section::new("etat-de-conformite", words.statement_conformity_heading, vec![
                paragraph(fill(words.statement_conformity, &[("status", words.statement_status), ("rgaa", RGAA)])),
                paragraph(words.statement_no_audit),
            ]),
            Section::new("resultats-des-tests", words.statement_tests_heading, vec![
                paragraph(words.statement_tests_intro),
                list(words.statement_tests),
                paragraph(words.statement_tests_limits),
            ]),
            not_accessible(),
            established(),
            Section::new("retour-d-information-et-contact", words.statement_contact_heading, vec![
                paragraph(words.statement_contact_intro),
                Block::Terms(vec![
                    (words.contact_term.to_owned(), vec![link_field(publisher.contact.as_deref())]),
                    (words.address_term.to_owned(), vec![field(publisher.address.as_deref())]),
                ]),
            ]),
            remedies(),
        ],
    }
}

fn not_accessible() -> Section {
    let words = t().site();
    let mut section = Section::new("contenus-non-accessibles", words.statement_not_accessible_heading, vec![]);
    section.subsections = vec![
        Section::new("non-conformites", words.statement_non_conformities_heading, vec![paragraph(words.statement_non_conformities_intro), list(words.statement_limits)]),
        Section::new("derogations", words.statement_derogations_heading, vec![paragraph(words.statement_derogations)]),
        Section::new("contenus-non-soumis", words.statement_exempt_heading, vec![paragraph(words.statement_exempt)]),
    ];
    section
}

fn established() -> Section {
    let (words, shell) = (t().site(), t().shell());
    let date = format::date(STATEMENT_DATE);
    let mut section = Section::new("etablissement", words.statement_established_heading, vec![paragraph(fill(words.statement_established, &[("date", &date)]))]);
    let pages = |text: &str, to: ViewState| Item::new(vec![internal(text, to)]);
    let indicator = |view| ViewState::indicator("chomage").with_view(view);
    let views = [IndicatorView::Trend, IndicatorView::Ranking, IndicatorView::Map, IndicatorView::Table];
    let mut checked = vec![pages(shell.nav_overview, ViewState::overview())];
    checked.extend(words.statement_pages_indicator.iter().zip(views).map(|(name, view)| pages(name, indicator(view))));
    checked.push(pages(shell.nav_commune, ViewState::page(Page::Commune)));
    checked.push(pages(t().actions().summary_title, ViewState::actions_list()));
    checked.push(pages(shell.footer_workbench, ViewState::workbench()));
    checked.extend(Page::SITE.into_iter().map(|p| pages(title(p), ViewState::page(p))));
    let mut tools = vec![AXE_CORE];
    tools.extend(words.statement_tools);
    section.subsections = vec![
        Section::new("technologies", words.statement_technologies_heading, vec![list(TECHNOLOGIES)]),
        Section::new("environnement-de-test", words.statement_environment_heading, vec![
            paragraph(words.statement_environment_intro),
            list(words.statement_environment),
            paragraph(words.statement_no_assistive),
        ]),
        Section::new("outils", words.statement_tools_heading, vec![list(tools)]),
        Section::new("pages-verifiees", words.statement_pages_heading, vec![Block::List(checked)]),
    ];
    section
}

fn remedies() -> Section {
    let words = t().site();
    let [write, delegate, call, post] = words.statement_remedies;
    let item = |pieces: Vec<Inline>| Item::new(pieces);
    Section::new("voies-de-recours", words.statement_remedies_heading, vec![
        paragraph(words.statement_remedies_case),
        paragraph(words.statement_remedies_you_can),
        Block::List(vec![
            item(vec![external(write, "https://formulaire.defenseurdesdroits.fr/")]),
            item(vec![external(delegate, "https://www.defenseurdesdroits.fr/saisir/delegues")]),
            item(vec![text(call)]),
            item(vec![text(post)]),
        ]),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actions::fixture;
    use crate::site::all_text;

    #[test]
    fn follows_the_model_statement() {
        let doc = document(&fixture::territory());
        let headings: Vec<&str> = doc.sections.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(headings, [
            "État de conformité", "Résultats des tests", "Contenus non accessibles", "Établissement de cette déclaration",
            "Retour d'information et contact", "Voies de recours",
        ]);
        let not_accessible: Vec<&str> = doc.sections[2].subsections.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(not_accessible, ["Non-conformités", "Dérogations pour charge disproportionnée", "Contenus non soumis à l'obligation d'accessibilité"]);
        assert_eq!(doc.sections[3].subsections.len(), 4, "technologies, environment, tools, pages");
        let all = all_text(&doc);
        for needle in ["article 47 de la loi n° 2005-102", "est non conforme", "106 critères", "HTML\nCSS\nJavaScript\nWebAssembly\nSVG", "axe-core", "320", "Libre réponse 71120, 75342 Paris CEDEX 07", "09 69 39 00 00"] {
            assert!(all.contains(needle), "{needle}");
        }
        assert!(!all.contains("partiellement conforme"), "no audit, no partial conformity");
    }

    #[test]
    fn the_publisher_fills_in_the_name_and_contact() {
        let mut territory = fixture::territory();
        territory.publisher = None;
        let all = all_text(&document(&territory));
        assert!(all.contains("L'éditeur de ce site (à compléter par l'éditeur) s'engage"), "{all}");
        assert!(all.contains("Contact\nà compléter par l'éditeur"));
        territory.publisher = Some(en_action_core::territory::Publisher {
            name: Some("Communauté d'agglomération de Lens-Liévin".into()),
            contact: Some("javascript:alert(1)".into()),
            ..Default::default()
        });
        let doc = document(&territory);
        assert!(all_text(&doc).starts_with("Déclaration d'accessibilité\nCommunauté d'agglomération de Lens-Liévin s'engage"));
        let contact = &doc.sections[4].blocks[1];
        assert_eq!(contact, &Block::Terms(vec![
            ("Contact".into(), vec![text("javascript:alert(1)")]),
            ("Adresse".into(), vec![Inline::Missing]),
        ]), "a script link stays text");
    }

    #[test]
    fn the_remedies_link_to_the_defenseur_des_droits() {
        let doc = document(&fixture::territory());
        let Block::List(items) = &doc.sections[5].blocks[2] else { panic!("a list") };
        assert!(matches!(&items[0].content[0], Inline::External { href, .. } if href == "https://formulaire.defenseurdesdroits.fr/"));
        assert!(matches!(&items[1].content[0], Inline::External { href, .. } if href.starts_with("https://www.defenseurdesdroits.fr/")));
    }

    #[test]
    fn the_same_pieces_as_before_the_catalogue() {
        // The checked pages: the same names and links as the footer's and the navigation's.
        let doc = document(&fixture::territory());
        let Block::List(pages) = &doc.sections[3].subsections[3].blocks[0] else { panic!("a list") };
        let names: Vec<&str> = pages.iter().map(|p| p.content[0].text()).collect();
        assert_eq!(names, [
            "Vue d'ensemble", "Page d'un indicateur : évolution", "Page d'un indicateur : classement", "Page d'un indicateur : carte", "Page d'un indicateur : tableau",
            "Ma commune", "Les actions du projet", "Atelier des données", "Déclaration d'accessibilité", "Mentions légales", "Plan du site", "À propos des données",
        ]);
        let all = all_text(&doc);
        assert!(all.contains("Cette déclaration a été établie le 1er décembre 2026."));
        assert!(all.contains("axe-core 4.14 (Deque Systems)\nPlaywright 1.65 et Chromium\n"));
        assert!(!all.contains("fait foi"), "no translation note on the French page");
    }

    #[test]
    fn in_english_a_translation_that_says_so() {
        let mut territory = fixture::territory();
        territory.publisher = None;
        crate::i18n::with_lang(Lang::En, || {
            let doc = document(&territory);
            let all = all_text(&doc);
            assert!(all.starts_with("Accessibility statement\nThis is a translation of the accessibility statement written in French, the French version being the reference.\nThe publisher of this site (to be completed by the publisher) is committed to making"), "{all}");
            assert!(all.contains("“En action” is not compliant with the référentiel général d'amélioration de l'accessibilité, the French general accessibility improvement framework (RGAA version 4.1)."));
            assert!(all.contains("This statement was prepared on 1 December 2026."));
            assert!(all.contains("article 47 of French law no. 2005-102") && all.contains("Libre réponse 71120, 75342 Paris CEDEX 07"));
            let headings: Vec<&str> = doc.sections.iter().map(|s| s.heading.as_str()).collect();
            assert_eq!(headings, ["Compliance status", "Test results", "Non-accessible content", "Preparation of this statement", "Feedback and contact", "Remedies"]);
            assert_eq!(doc.sections[4].blocks[1], Block::Terms(vec![("Contact".into(), vec![Inline::Missing]), ("Address".into(), vec![Inline::Missing])]));
        });
    }
}
