//! The presentation: decks, slides, presenter view, help.

use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct Presentation {
    // The page.
    /// While the deck is being made ready: « Préparation de la présentation… ».
    pub preparing: &'static str,
    /// The heading when the deck cannot be shown: « Présentation indisponible ».
    pub unavailable: &'static str,
    /// The error card's title: « La présentation n'a pas pu être préparée ».
    pub failed: &'static str,
    /// The way out to the project's deck: « Présenter tout le projet ».
    pub present_project: &'static str,
    pub back_to_dashboard: &'static str,
    /// The tab's title: « {title} : présentation ».
    pub tab_title: &'static str,

    // The decks.
    /// The title of a deck carried in the link without one: « Ma présentation ».
    pub my_deck: &'static str,
    /// An axis deck's title, the help's link to it, an axis slide's title: « Axe « {label} » ».
    pub axis_title: &'static str,
    /// The project deck's title: « Le projet « en action » {territory} »; `{territory}` is in
    /// French the territory's short name after « de » (« de la CALL »), in English its short
    /// name (« CALL »).
    pub project_title: &'static str,
    /// « Aucun axe « {id} » dans ce tableau de bord. »
    pub no_axis: &'static str,
    /// « Aucune présentation « {id} » dans la liste « decks » du fichier du territoire. »
    pub no_deck: &'static str,
    /// Follows `no_deck` when the territory lists decks: « Présentations disponibles : {list}. »
    pub available_decks: &'static str,

    // The help (H or ?).
    /// The help's heading: « Présenter ».
    pub help_title: &'static str,
    /// « Touches ».
    pub help_keys_heading: &'static str,
    /// The keys and what they do, as the help lists them.
    pub help_keys: [(&'static str, &'static str); 9],
    /// The help's own key: « H ou ? ».
    pub help_key: &'static str,
    /// What it does: « cette aide ».
    pub help_key_does: &'static str,
    /// « Autres présentations ».
    pub help_other_decks: &'static str,
    /// The link to the project's deck: « Tout le projet ».
    pub help_whole_project: &'static str,
    /// The link to a deck file: « Présentation « {id} » ».
    pub help_file_deck: &'static str,
    /// « Pour un affichage en continu, ajoutez « &auto=20 » au lien (20 secondes par diapositive). »
    pub help_kiosk: &'static str,
    /// « Télécharger cette présentation ».
    pub help_download: &'static str,
    /// Where the downloaded file goes.
    pub help_download_hint: &'static str,
    /// « Fermer ».
    pub close: &'static str,

    // The projector.
    /// `aria-roledescription` of the projected screen: « présentation ».
    pub roledescription: &'static str,
    /// Announced on each slide: « Diapositive {n} sur {total} : {label} ».
    pub slide_announcement: &'static str,
    /// The buttons' bar: « Commandes de la présentation ».
    pub controls: &'static str,
    pub previous_slide: &'static str,
    pub next_slide: &'static str,
    /// « Plein écran ».
    pub fullscreen: &'static str,
    /// The button that opens the commune picker, and the picker's label: « Commune ».
    pub commune: &'static str,
    /// « Thème sombre ».
    pub dark_theme: &'static str,
    /// « Vue présentateur ».
    pub presenter_view: &'static str,
    /// « Hors ligne ».
    pub offline: &'static str,
    /// « Aide ».
    pub help: &'static str,
    /// « Quitter ».
    pub leave: &'static str,
    /// The commune picker's accessible name: « Commune suivie par la présentation ».
    pub follow_label: &'static str,
    /// « Suivre une commune ».
    pub follow_title: &'static str,
    /// « Toutes les diapositives montreront cette commune face au territoire. »
    pub follow_lead: &'static str,
    /// Follows no commune: « Tout le territoire ».
    pub whole_territory: &'static str,
    /// An axis slide announced without a title: « axe « {label} » ».
    pub label_axis: &'static str,
    /// The home slide announced without a title: « le projet de territoire ».
    pub label_project: &'static str,
    /// The kiosk paused: « Défilement automatique en pause (reprise après {seconds} s sans action) ».
    pub kiosk_paused: &'static str,

    // « Préparer la présentation hors ligne ».
    pub prepare_title: &'static str,
    /// « Sans réseau dans la salle ? … »
    pub prepare_lead: &'static str,
    /// « Les fichiers de cette présentation ({n}) ».
    pub prepare_deck_files: &'static str,
    /// « Toutes les données ({n}) ».
    pub prepare_all_files: &'static str,
    /// The progress bar's name: « Fichiers enregistrés ».
    pub prepare_progress: &'static str,

    // The presenter view.
    /// « Vue présentateur : {title} ».
    pub presenter_title: &'static str,
    /// « Pas de notes pour cette diapositive. »
    pub presenter_no_notes: &'static str,
    /// Before the time since the start: « écoulé ».
    pub presenter_elapsed: &'static str,
    /// « écran noir projeté ».
    pub presenter_black: &'static str,
    /// « écran blanc projeté ».
    pub presenter_white: &'static str,
    /// « ‹ Précédente ».
    pub presenter_previous: &'static str,
    /// « Suivante › ».
    pub presenter_next: &'static str,
    /// « Remettre le chrono à zéro ».
    pub presenter_reset: &'static str,
    /// The current slide's section: « Diapositive projetée ».
    pub presenter_current: &'static str,
    /// The next slide's heading: « Suivante ».
    pub presenter_next_heading: &'static str,
    /// « Fin de la présentation. »
    pub presenter_end: &'static str,
    /// « Notes ».
    pub presenter_notes: &'static str,

    // The slides.
    /// The home slide's title: « Le projet de territoire « en action » ».
    pub project_slide_title: &'static str,
    /// « {name} : des objectifs pour 2020-2030. »
    pub project_slide_lead: &'static str,
    /// Under the number of communes: « communes ».
    pub figure_communes: &'static str,
    /// Under the population: « habitants ».
    pub figure_inhabitants: &'static str,
    /// Under the number of indicators: « indicateurs suivis ».
    pub figure_indicators: &'static str,
    /// « Indicateur introuvable ».
    pub indicator_not_found: &'static str,
    /// « Aucun indicateur « {id} » dans ce tableau de bord. »
    pub no_indicator: &'static str,
    /// « Chargement de l'indicateur… ».
    pub loading_indicator: &'static str,
    /// « Indicateur indisponible ».
    pub indicator_unavailable: &'static str,
    /// The error card's title: « Ce fichier d'indicateur n'a pas pu être lu ».
    pub indicator_failed: &'static str,
    /// The badge of illustrative data: « Données illustratives ».
    pub illustrative: &'static str,
    /// « Source : {name} ».
    pub source: &'static str,
    /// « Commune introuvable ».
    pub commune_not_found: &'static str,
    /// « Aucune commune de code « {code} » dans ce territoire. »
    pub no_commune: &'static str,
    /// « {population} habitants ({year}) · comparée à {territory} · rang 1 = la situation la plus favorable ».
    pub commune_lead: &'static str,
    /// The table's caption: « {commune} et {territory} ».
    pub commune_caption: &'static str,
    /// « Indicateur ».
    pub column_indicator: &'static str,
    /// « Écart ou part ».
    pub column_gap: &'static str,
    /// « Rang ».
    pub column_rank: &'static str,
}
