use crate::i18n::keys::Shell;

pub static TEXTS: Shell = Shell {
    skip_link: "Skip to content",
    brand: "En action",
    document_title: "En action: the territory's indicators",
    nav_label: "Main navigation",
    nav_overview: "Overview",
    nav_commune: "My commune",
    nav_actions: "Actions",
    nav_present: "Present",
    switch_language: "Lire en français (read in French)",
    loading_dashboard: "Loading the dashboard…",
    loading_territory: "Loading the territory's data…",
    territory_failed: "The territory's data could not be read",
    footer_workbench: "Data workbench",
    footer_workbench_rest: ": for the teams who update the files.",
    footer_project: "The “en action” territorial project, 2020-2030. Populations are INSEE's legal populations (Licence Ouverte). Other values shown are illustrative where stated; each indicator names its source.",
    overview_title: "The territory in action",
    overview_lead: "Where does the “en action” territorial project stand? The indicators of its five axes, their trends and the path to the 2030 targets, for the territory and each of its communes.",
};
