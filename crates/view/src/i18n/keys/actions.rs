//! The actions' summary, list and pages, and the actions shown on other pages.
//!
//! The per-status arrays follow `Status::ALL`: à l'étude, engagée, en cours, réalisée,
//! reportée, abandonnée.

use serde::Serialize;

use crate::i18n::Plural;

#[derive(Debug, Serialize)]
pub struct Actions {
    /// The breadcrumb's step to the summary: « Actions ».
    pub nav: &'static str,
    /// The summary page's title, and the summary slide's: « Les actions du projet ».
    pub summary_title: &'static str,
    pub loading: &'static str,
    /// The error card's title: « Le fichier des actions n'a pas pu être lu ».
    pub error_title: &'static str,
    /// « Ce tableau de bord ne publie pas encore les actions du projet. »
    pub no_file: &'static str,
    /// The badge of an illustrative action on its page: « Données illustratives ».
    pub illustrative: &'static str,
    /// The badge of an illustrative action in a list: « illustratif ».
    pub illustrative_short: &'static str,
    /// The link back to the list: « Toutes les actions ».
    pub back_to_list: &'static str,

    /// A status after « 1 action »: « à l'étude », « engagée »…
    pub status: [&'static str; 6],
    /// A status as a badge, a fact or a choice of the filter: « À l'étude », « Réalisée ».
    pub status_badge: [&'static str; 6],
    /// A status as a column header or a legend entry: « À l'étude », « Réalisées ».
    pub status_heading: [&'static str; 6],
    /// A number of actions with a status, in the summary's breakdown: « {n} engagées ».
    pub status_count: [Plural; 6],
    /// « {n} actions réalisées sur {total} ».
    pub status_phrase: [Plural; 6],

    /// The summary's introduction: « Le projet de territoire « en action » compte {actions}
    /// réparties en {axes}, {ambitions} et {objectives}, de 2020 à 2030. »
    pub summary_lead: &'static str,
    /// « {n} actions ».
    pub count_actions: Plural,
    /// « {n} axes ».
    pub count_axes: Plural,
    /// « {n} ambitions ».
    pub count_ambitions: Plural,
    /// « {n} objectifs opérationnels ».
    pub count_objectives: Plural,
    /// Between the headline's phrase and its breakdown: « ; ».
    pub semicolon: &'static str,
    /// The link from one axis's summary to every axis: « Voir tous les axes ».
    pub see_all_axes: &'static str,
    /// « Par axe ».
    pub by_axis_title: &'static str,
    /// The caption of the chart's table: « Nombre d'actions par axe et par état d'avancement ».
    pub chart_table_caption: &'static str,
    pub axis_column: &'static str,
    pub total_column: &'static str,
    /// The table's last row: « Ensemble du projet ».
    pub all_axes_row: &'static str,
    /// « Voir les {n} actions de l'axe ».
    pub see_axis_actions: Plural,
    /// The chart's text alternative: « Actions par axe et par état d'avancement. {rows}. Les
    /// nombres sont dans le tableau qui suit. »
    pub chart_label: &'static str,
    /// One axis in it: « {axis} : {actions}, dont {done} » (`done`: the count of « réalisées »).
    pub chart_label_row: &'static str,
    /// Between two axes in it: « ; ».
    pub chart_label_separator: &'static str,
    /// A bar segment's tooltip: « {axis} : {phrase} ».
    pub chart_tooltip: &'static str,
    /// The title of an axis's slide: « Axe « {axis} » : les actions ».
    pub slide_title_axis: &'static str,

    /// The list's heading and the search form's name: « Chercher une action ».
    pub list_title: &'static str,
    /// « Rechercher (intitulé ou porteur) ».
    pub search_label: &'static str,
    pub search_button: &'static str,
    /// « État d'avancement ».
    pub status_label: &'static str,
    pub axis_label: &'static str,
    pub commune_label: &'static str,
    /// « Tous les états ».
    pub any_status: &'static str,
    pub any_axis: &'static str,
    pub any_commune: &'static str,
    pub clear_filters: &'static str,
    /// « Aucune action ne correspond à ces filtres. »
    pub results_none: &'static str,
    /// « {n} actions : toutes les actions du projet. »
    pub results_all: Plural,
    /// « {n} actions sur {total} correspondent à ces filtres. »
    pub results_some: Plural,

    /// The action page's facts: « État d'avancement ».
    pub status_term: &'static str,
    /// « Début ».
    pub start_term: &'static str,
    /// « Fin » (the action is over).
    pub end_term: &'static str,
    /// « Fin prévue ».
    pub planned_end_term: &'static str,
    /// « Porteur ».
    pub lead_term: &'static str,
    /// « Communes concernées ».
    pub communes_term: &'static str,
    pub budget_term: &'static str,
    /// A budget: « {amount} € ».
    pub euros: &'static str,
    /// The action's link: « En savoir plus ».
    pub link_term: &'static str,
    /// Said after a link that opens a new tab: « nouvel onglet ».
    pub new_tab: &'static str,
    /// The communes of a whole-territory action: « Tout le territoire ».
    pub whole_territory: &'static str,
    pub ambition_term: &'static str,
    /// « Objectif opérationnel ».
    pub objective_term: &'static str,
    /// After the status badge: « Axe « {axis} » ».
    pub axis_of_action: &'static str,
    /// « Les indicateurs que vise cette action ».
    pub indicators_title: &'static str,
    pub no_indicator: &'static str,
    /// « Chargement de l'indicateur… ».
    pub indicator_loading: &'static str,
    /// « Indicateur indisponible pour le moment. »
    pub indicator_unavailable: &'static str,
    /// « Action introuvable ».
    pub not_found_title: &'static str,
    /// « Aucune action « {id} » dans le projet. » (a link to the list follows).
    pub not_found: &'static str,

    /// The section of an indicator page: « Les actions qui visent cet indicateur ».
    pub indicator_section_title: &'static str,
    /// The section of a commune profile: « Les actions dans cette commune ».
    pub commune_section_title: &'static str,
    /// « Aucune action du projet ne vise cet indicateur pour l'instant. »
    pub indicator_lead_none: &'static str,
    /// « 1 action du projet vise cet indicateur ; elle est réalisée. »
    pub indicator_lead_one_done: &'static str,
    /// « 1 action du projet vise cet indicateur ; elle est en préparation ou en cours. »
    pub indicator_lead_one_open: &'static str,
    /// « {n} actions du projet visent cet indicateur : {done}. » (`n` ≥ 2, `done`: a
    /// `status_phrase`).
    pub indicator_lead_many: &'static str,
    /// « {local}, et {whole} pour tout le territoire. » (`whole`: a `count_actions`).
    pub commune_lead: &'static str,
    /// `local` when the commune has none of its own: « Aucune action n'est menée dans
    /// {commune} seulement ».
    pub commune_lead_none: &'static str,
    /// `local`: « {n} actions menées dans {commune} ».
    pub commune_lead_local: Plural,
    /// « Voir toutes les actions qui concernent {commune} ».
    pub commune_list_link: &'static str,
}
