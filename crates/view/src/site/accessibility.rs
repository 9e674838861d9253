//! « Déclaration d'accessibilité », after the model statement of the RGAA 4.1: engagement,
//! state of conformity, results of the tests, contents that are not accessible, how the
//! statement was made, feedback and contact, remedies.
//!
//! The RGAA allows « partiellement conforme » only with an audit of its 106 criteria giving a
//! rate of at least 50 %; without an audit in force the state is « non conforme », whatever
//! the site's own tests say. The site has no such audit yet: it says « non conforme », says
//! why, and lists what its automated tests check and the limits known so far.

use en_action_core::territory::Territory;

use super::{external, field, internal, link_field, list, paragraph, text, Block, Document, Inline, Item, Section};
use crate::url::{IndicatorView, Page, ViewState};

pub const TITLE: &str = "Déclaration d'accessibilité";

/// The state of conformity (no RGAA audit yet).
pub const STATUS: &str = "non conforme";

/// The day this statement was written.
pub const STATEMENT_DATE: &str = "1er décembre 2026";

/// The version of the RGAA the statement refers to.
pub const RGAA: &str = "RGAA version 4.1";

/// The statement, with the publisher's name and contact from `territory`'s `publisher` block
/// (« à compléter par l'éditeur » where it is missing).
pub fn document(territory: &Territory) -> Document {
    let publisher = territory.publisher.clone().unwrap_or_default();
    let name = publisher.name.as_deref().map(str::trim).filter(|n| !n.is_empty());
    let who = match name {
        Some(n) => vec![text(format!("{n} s'engage"))],
        None => vec![text("L'éditeur de ce site ("), Inline::Missing, text(") s'engage")],
    };
    let mut engagement = who;
    engagement.push(text(" à rendre ses sites internet, intranet, extranet et ses progiciels accessibles (et ses applications mobiles et mobilier urbain numérique) conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005."));
    let plan = vec![text("Schéma pluriannuel de mise en accessibilité et plan d'action de l'année : "), link_field(publisher.accessibility_plan.as_deref())];
    let scope = format!("Cette déclaration d'accessibilité s'applique au tableau de bord « En action », les indicateurs du projet de territoire de la {}.", territory.name);
    Document {
        title: TITLE.to_owned(),
        intro: vec![Block::Paragraph(engagement), Block::Paragraph(plan), paragraph(scope)],
        sections: vec![
            Section::new("etat-de-conformite", "État de conformité", vec![
                paragraph(format!("« En action » est {STATUS} avec le référentiel général d'amélioration de l'accessibilité ({RGAA}).")),
                paragraph("Aucun audit de conformité portant sur les 106 critères du RGAA n'a encore été réalisé. Sans audit en cours de validité, le RGAA demande de déclarer le site « non conforme », quels que soient les résultats des vérifications faites par l'équipe. Un audit complet est prévu : cette déclaration sera mise à jour avec son taux de conformité."),
            ]),
            Section::new("resultats-des-tests", "Résultats des tests", vec![
                paragraph("Sans audit, il n'y a pas encore de taux de conformité à publier. En attendant, chaque version du site passe ces vérifications automatisées :"),
                list(TESTS),
                paragraph("Ces tests ne couvrent qu'une partie des critères du RGAA (ce que les outils savent vérifier) et ne remplacent pas un audit."),
            ]),
            not_accessible(),
            established(),
            Section::new("retour-d-information-et-contact", "Retour d'information et contact", vec![
                paragraph("Si vous n'arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter le responsable du site pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme."),
                Block::Terms(vec![
                    ("Contact".to_owned(), vec![link_field(publisher.contact.as_deref())]),
                    ("Adresse".to_owned(), vec![field(publisher.address.as_deref())]),
                ]),
            ]),
            remedies(),
        ],
    }
}

/// What the automated tests check on every version.
const TESTS: [&str; 6] = [
    "axe-core (règles WCAG 2.0 et 2.1, niveaux A et AA) sur les pages du site (vue d'ensemble, indicateurs dans chacune de leurs vues, communes, actions, présentation, atelier des données, pages de ce pied de page), sur des écrans de téléphone (390 × 844 pixels) et d'ordinateur : aucune erreur n'est admise ;",
    "navigation au clavier seul : le lien d'évitement vient en premier, le focus reste visible, le choix des communes se fait entièrement au clavier ;",
    "mode de couleurs forcées (contraste élevé) : la courbe du territoire et les textes des axes des graphiques restent visibles ;",
    "affichage sur 320 pixels de large sans défilement horizontal (vue d'ensemble, indicateurs, communes, pages de ce pied de page) ;",
    "une alternative textuelle pour chaque graphique : une phrase qui dit ce qu'il montre, et le tableau de ses valeurs ;",
    "les animations s'arrêtent quand le système demande de réduire les animations.",
];

fn not_accessible() -> Section {
    let mut section = Section::new("contenus-non-accessibles", "Contenus non accessibles", vec![]);
    section.subsections = vec![
        Section::new("non-conformites", "Non-conformités", vec![
            paragraph("Sans audit, la liste des non-conformités au RGAA n'est pas établie. Limites connues à ce jour :"),
            list([
                "les graphiques sont des images (SVG) : leur contenu est donné à côté, par une phrase qui dit ce qu'ils montrent et par un tableau des valeurs, que l'on peut aussi télécharger (CSV) ;",
                "la carte des communes transmet les valeurs par la couleur et l'emplacement : les mêmes valeurs sont dans le classement et dans le tableau, commune par commune ;",
                "le titre de l'onglet du navigateur ne change pas encore d'une page à l'autre, sauf sur les pages de ce pied de page et en présentation : il ne dit pas quelle vue est affichée ;",
                "le mode présentation (diaporama plein écran) n'a pas encore été vérifié avec un lecteur d'écran ;",
                "aucune vérification avec un lecteur d'écran (NVDA, JAWS, VoiceOver, TalkBack) n'a encore été faite : elle fera partie de l'audit.",
            ]),
        ]),
        Section::new("derogations", "Dérogations pour charge disproportionnée", vec![paragraph("Aucune.")]),
        Section::new("contenus-non-soumis", "Contenus non soumis à l'obligation d'accessibilité", vec![paragraph(
            "Aucun. Le site ne publie aucun document PDF ni contenu de tiers : les téléchargements sont des tableaux CSV et des images des graphiques, dont les valeurs sont aussi dans les tableaux.",
        )]),
    ];
    section
}

fn established() -> Section {
    let mut section = Section::new("etablissement", "Établissement de cette déclaration", vec![paragraph(format!("Cette déclaration a été établie le {STATEMENT_DATE}."))]);
    let pages = |text: &str, to: ViewState| Item::new(vec![internal(text, to)]);
    let indicator = |view| ViewState::indicator("chomage").with_view(view);
    section.subsections = vec![
        Section::new("technologies", "Technologies utilisées pour la réalisation du site", vec![list(["HTML", "CSS", "JavaScript", "WebAssembly", "SVG"])]),
        Section::new("environnement-de-test", "Environnement de test", vec![
            paragraph("Les vérifications ont été faites avec :"),
            list([
                "le navigateur Chromium sans interface (headless) de Debian, piloté par Playwright, avec axe-core ;",
                "le clavier seul ;",
                "les couleurs forcées et la réduction des animations, émulées par Chromium ;",
                "des largeurs d'écran de 320, 390 (téléphone), 1 366 et 1 920 pixels.",
            ]),
            paragraph("Aucune technologie d'assistance (lecteur d'écran, agrandisseur) n'a encore été utilisée."),
        ]),
        Section::new("outils", "Outils pour évaluer l'accessibilité", vec![list(["axe-core 4.14 (Deque Systems)", "Playwright 1.65 et Chromium", "les outils de développement de Chromium (arbre d'accessibilité, contrastes)"])]),
        Section::new("pages-verifiees", "Pages du site ayant fait l'objet de la vérification", vec![Block::List(vec![
            pages("Vue d'ensemble", ViewState::overview()),
            pages("Page d'un indicateur : évolution", indicator(IndicatorView::Trend)),
            pages("Page d'un indicateur : classement", indicator(IndicatorView::Ranking)),
            pages("Page d'un indicateur : carte", indicator(IndicatorView::Map)),
            pages("Page d'un indicateur : tableau", indicator(IndicatorView::Table)),
            pages("Ma commune", ViewState::page(Page::Commune)),
            pages("Les actions du projet", ViewState::actions_list()),
            pages("Atelier des données", ViewState::workbench()),
            pages("Déclaration d'accessibilité", ViewState::page(Page::Accessibility)),
            pages("Mentions légales", ViewState::page(Page::Legal)),
            pages("Plan du site", ViewState::page(Page::Sitemap)),
            pages("À propos des données", ViewState::page(Page::Data)),
        ])]),
    ];
    section
}

fn remedies() -> Section {
    let item = |pieces: Vec<Inline>| Item::new(pieces);
    Section::new("voies-de-recours", "Voies de recours", vec![
        paragraph("Cette procédure est à utiliser dans le cas suivant : vous avez signalé au responsable du site un défaut d'accessibilité qui vous empêche d'accéder à un contenu ou à un des services et vous n'avez pas obtenu de réponse satisfaisante."),
        paragraph("Vous pouvez :"),
        Block::List(vec![
            item(vec![external("Écrire un message au Défenseur des droits", "https://formulaire.defenseurdesdroits.fr/")]),
            item(vec![external("Contacter le délégué du Défenseur des droits dans votre région", "https://www.defenseurdesdroits.fr/saisir/delegues")]),
            item(vec![text("Appeler le 09 69 39 00 00")]),
            item(vec![text("Envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07")]),
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
}
