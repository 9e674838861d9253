use crate::i18n::keys::Shell;

pub static TEXTS: Shell = Shell {
    skip_link: "Aller au contenu",
    brand: "En action",
    document_title: "En action : les indicateurs du territoire",
    nav_label: "Navigation principale",
    nav_overview: "Vue d'ensemble",
    nav_commune: "Ma commune",
    nav_actions: "Actions",
    nav_present: "Présenter",
    switch_language: "Read in English (lire en anglais)",
    loading_dashboard: "Chargement du tableau de bord…",
    loading_territory: "Chargement des données du territoire…",
    territory_failed: "Les données du territoire n'ont pas pu être lues",
    footer_workbench: "Atelier des données",
    footer_workbench_rest: " : pour les équipes qui mettent à jour les fichiers.",
    footer_project: "Projet de territoire « en action » 2020-2030. Les populations sont les populations légales de l'INSEE (Licence Ouverte). Les autres valeurs affichées sont illustratives lorsque c'est indiqué ; chaque indicateur nomme sa source.",
    overview_title: "Le territoire en action",
    overview_lead: "Où en est le projet de territoire « en action » ? Les indicateurs de ses cinq axes, leur évolution et le chemin vers les objectifs 2030, pour le territoire et chacune de ses communes.",
};
