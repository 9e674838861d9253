//! The frame of every page: skip link, header, navigation, language switch, footer, loading.

use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct Shell {
    pub skip_link: &'static str,
    /// The product's name: « En action ».
    pub brand: &'static str,
    /// The tab's title of the dashboard: « En action : les indicateurs du territoire ».
    pub document_title: &'static str,
    /// The main navigation's accessible name.
    pub nav_label: &'static str,
    pub nav_overview: &'static str,
    pub nav_commune: &'static str,
    pub nav_actions: &'static str,
    pub nav_present: &'static str,
    /// The accessible name of the language switch's link: « Lire en anglais » (the link's own
    /// text is the other language's name in that language).
    pub switch_language: &'static str,
    pub loading_dashboard: &'static str,
    pub loading_territory: &'static str,
    pub territory_failed: &'static str,
    /// « Atelier des données », the footer's link to the workbench.
    pub footer_workbench: &'static str,
    /// What follows the link: « : pour les équipes qui mettent à jour les fichiers. »
    pub footer_workbench_rest: &'static str,
    pub footer_project: &'static str,
    /// The overview's heading (also in `index.html`'s static shell, which must say the same).
    pub overview_title: &'static str,
    /// The overview's introduction (idem).
    pub overview_lead: &'static str,
}
