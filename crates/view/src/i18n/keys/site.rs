//! The footer's pages: accessibility statement, legal notices, site map, about the data.
//!
//! One struct for the four pages, its fields prefixed by page (`statement_`, `legal_`,
//! `map_`, `data_`): the catalogues can only name the structs `keys` re-exports. Placeholders
//! `{territory}` take the territory's name or short name as the page says; `{link}`,
//! `{missing}`, `{publisher}` mark where a link or a field of the publisher's block goes.

use serde::Serialize;

use crate::i18n::Plural;

#[derive(Debug, Serialize)]
pub struct Site {
    /// The footer's links' accessible name: « À propos du site » (also in `index.html`).
    pub footer_label: &'static str,
    /// The footer's link to the statement, with the state of conformity: « Accessibilité :
    /// {status} » (also in `index.html`).
    pub footer_accessibility: &'static str,
    /// The tab's title on these pages: « {page} : En action ».
    pub tab_title: &'static str,
    /// A field the publisher has not filled in: « à compléter par l'éditeur ».
    pub to_complete: &'static str,
    /// Terms of the publisher's and the sources' blocks: « Contact », « Adresse », « Source »,
    /// « Licence ».
    pub contact_term: &'static str,
    pub address_term: &'static str,
    pub source_term: &'static str,
    pub licence_term: &'static str,

    // The accessibility statement (after the RGAA 4.1 model).
    /// « Déclaration d'accessibilité ».
    pub statement_title: &'static str,
    /// The state of conformity: « non conforme ».
    pub statement_status: &'static str,
    /// Only above a translation of the statement: the French version is the reference.
    pub statement_translation_note: &'static str,
    /// « {publisher} s'engage à rendre ses sites internet… loi n° 2005-102 du 11 février 2005. »
    pub statement_engagement: &'static str,
    /// `publisher` when the file names none: « L'éditeur de ce site ({missing}) ».
    pub statement_publisher_unnamed: &'static str,
    /// « Schéma pluriannuel de mise en accessibilité et plan d'action de l'année : {link} ».
    pub statement_plan: &'static str,
    /// « Cette déclaration d'accessibilité s'applique au tableau de bord… de la {territory}. »
    pub statement_scope: &'static str,
    pub statement_conformity_heading: &'static str,
    /// « « En action » est {status} avec le référentiel général… ({rgaa}). »
    pub statement_conformity: &'static str,
    /// Why « non conforme »: no audit yet.
    pub statement_no_audit: &'static str,
    pub statement_tests_heading: &'static str,
    pub statement_tests_intro: &'static str,
    /// What the automated tests check on every version.
    pub statement_tests: [&'static str; 6],
    /// « Ces tests ne couvrent qu'une partie des critères du RGAA… ».
    pub statement_tests_limits: &'static str,
    pub statement_not_accessible_heading: &'static str,
    pub statement_non_conformities_heading: &'static str,
    pub statement_non_conformities_intro: &'static str,
    /// The limits known so far.
    pub statement_limits: [&'static str; 5],
    pub statement_derogations_heading: &'static str,
    /// « Aucune. »
    pub statement_derogations: &'static str,
    pub statement_exempt_heading: &'static str,
    pub statement_exempt: &'static str,
    pub statement_established_heading: &'static str,
    /// « Cette déclaration a été établie le {date}. »
    pub statement_established: &'static str,
    pub statement_technologies_heading: &'static str,
    pub statement_environment_heading: &'static str,
    pub statement_environment_intro: &'static str,
    pub statement_environment: [&'static str; 4],
    pub statement_no_assistive: &'static str,
    pub statement_tools_heading: &'static str,
    /// The tools after axe-core (a name, not translated).
    pub statement_tools: [&'static str; 2],
    pub statement_pages_heading: &'static str,
    /// The indicator page's views that were checked: « Page d'un indicateur : évolution »,
    /// classement, carte, tableau.
    pub statement_pages_indicator: [&'static str; 4],
    /// « Retour d'information et contact ».
    pub statement_contact_heading: &'static str,
    pub statement_contact_intro: &'static str,
    /// « Voies de recours ».
    pub statement_remedies_heading: &'static str,
    /// When to use them.
    pub statement_remedies_case: &'static str,
    /// « Vous pouvez : ».
    pub statement_remedies_you_can: &'static str,
    /// Write to the Défenseur des droits, contact its delegate (links), call, send a letter.
    pub statement_remedies: [&'static str; 4],

    // The legal notices.
    /// « Mentions légales ».
    pub legal_title: &'static str,
    /// « « En action » est le tableau de bord public… de la {territory}. »
    pub legal_intro: &'static str,
    pub legal_publisher_heading: &'static str,
    /// « Raison sociale ».
    pub legal_name_term: &'static str,
    pub legal_phone_term: &'static str,
    pub legal_director_heading: &'static str,
    pub legal_hosting_heading: &'static str,
    /// « Hébergeur ».
    pub legal_host_term: &'static str,
    pub legal_personal_heading: &'static str,
    /// No cookie, no audience measurement, nothing sent.
    pub legal_no_tracking: &'static str,
    pub legal_storage_intro: &'static str,
    /// What the browser's local storage keeps.
    pub legal_storage: [&'static str; 3],
    pub legal_storage_outro: &'static str,
    pub legal_licences_heading: &'static str,
    /// « Chaque indicateur nomme sa source… dans la page {link}. Réutiliser ces données… »
    pub legal_licences: &'static str,
    /// « Les populations sont publiées par {source} sous la licence « {licence} ». »
    pub legal_population: &'static str,
    pub legal_illustrative: &'static str,
    pub legal_credits_heading: &'static str,

    // The site map.
    /// « Plan du site ».
    pub map_title: &'static str,
    /// « Toutes les pages du tableau de bord « En action » de la {territory}. »
    pub map_intro: &'static str,
    /// « Axe « {axis} » ».
    pub map_axis: &'static str,
    pub map_other_indicators: &'static str,
    pub map_axes_heading: &'static str,
    pub map_communes_heading: &'static str,
    pub map_actions_heading: &'static str,
    /// « Les actions du projet : synthèse et liste ».
    pub map_actions_summary: &'static str,
    /// « Actions de l'axe « {axis} » ».
    pub map_actions_of_axis: &'static str,
    /// « Présenter et mettre à jour ».
    pub map_tools_heading: &'static str,
    /// « Présenter (mode présentation) ».
    pub map_present: &'static str,
    pub map_loading: &'static str,

    // About the data.
    /// « À propos des données ».
    pub data_title: &'static str,
    /// « Chaque indicateur… publié avec le site ({files}). Pour chacun… la valeur de la
    /// {territory} est calculée… » (`territory`: the short name).
    pub data_intro: &'static str,
    /// « {n} fichiers ».
    pub data_files: Plural,
    pub data_populations_heading: &'static str,
    /// « Les populations des communes servent… la population de la {territory}. » (the short
    /// name).
    pub data_populations: &'static str,
    pub data_census_years_term: &'static str,
    pub data_axis_term: &'static str,
    pub data_years_term: &'static str,
    /// « {first} à {last} ».
    pub data_years_range: &'static str,
    pub data_values_term: &'static str,
    /// « illustratives : elles montrent le fonctionnement du tableau de bord… ».
    pub data_values_illustrative: &'static str,
    /// « publiées par la source citée ».
    pub data_values_published: &'static str,
    /// The term of the aggregation rule: « Valeur {territory} », `territory` being in French
    /// the short name after « de » (« de la CALL »), in English the short name.
    pub data_territory_value_term: &'static str,
    pub data_file_term: &'static str,
    /// « Données récupérées le ».
    pub data_retrieved_term: &'static str,
    /// « Voir l'indicateur « {title} » ».
    pub data_see_indicator: &'static str,
    pub data_indicators_heading: &'static str,
    /// « Chargement du fichier… ».
    pub data_loading: &'static str,
    /// « Le fichier {file} n'a pas pu être lu : ses informations ne sont pas disponibles ».
    pub data_failed: &'static str,
}
