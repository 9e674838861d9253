//! The commune profile, embedding, exports and downloads, sharing, offline use, errors.
//!
//! One flat struct (its sub-structs could not be named by `fr/` and `en/`), by group:
//! `profile_` the commune page, `file_` the downloads (CSV metadata and headings, the exported
//! image's notes), `share_` sharing, « Ma présentation » and embedding, `offline_` working
//! offline, `error_` files that could not be fetched or used. The CSV keeps its format (`;`,
//! decimal comma) in both languages, and headings the workbench's import reads back (« Année »
//! or « Year », « Numérateur » or « Numerator »…). The checker's messages stay French.

use serde::Serialize;

use crate::i18n::Plural;

#[derive(Debug, Serialize)]
pub struct Commune {
    // The commune page (`src/pages/commune.rs`) and the ranks of `view::profile`.
    /// The heading before a commune is chosen: « Ma commune ».
    pub profile_choose_title: &'static str,
    pub profile_choose_lead: &'static str,
    /// The commune picker's label: « Commune ».
    pub profile_picker_label: &'static str,
    /// « {population} habitants ({year}) ».
    pub profile_population: &'static str,
    /// « {population} · comparée à {territory} ».
    pub profile_compared_with: &'static str,
    /// « Rang parmi les {n} communes : 1 = la situation la plus favorable… ».
    pub profile_rank_meaning: &'static str,
    /// The shared view's title: « {commune} : tous les indicateurs ».
    pub profile_share_title: &'static str,
    /// The downloads' group name: « Télécharger ».
    pub profile_download_group: &'static str,
    /// « Profil (CSV) ».
    pub profile_download: &'static str,
    /// An axis' table, its accessible name: « {axis} : {commune} ».
    pub profile_axis_region: &'static str,
    /// An axis' table, its caption: « {axis} : {commune} et {territory} ».
    pub profile_axis_caption: &'static str,
    /// « Indicateur ».
    pub profile_col_indicator: &'static str,
    /// « Écart ou part » (also each cell's label on narrow screens).
    pub profile_col_gap: &'static str,
    /// « Rang (1 = plus favorable) ».
    pub profile_col_rank: &'static str,
    /// « Évolution ».
    pub profile_col_change: &'static str,
    /// A count per inhabitants: « {unit} pour 1 000 hab. ».
    pub profile_per_thousand_unit: &'static str,
    /// « non disponible par commune ».
    pub profile_not_by_commune: &'static str,
    /// « aucune donnée ».
    pub profile_no_data: &'static str,
    /// « {share} du total ».
    pub profile_share_of_total: &'static str,
    /// « {gap} (mieux) ».
    pub profile_gap_better: &'static str,
    /// « {gap} (moins bien) ».
    pub profile_gap_worse: &'static str,
    /// « {rank} sur {total} ».
    pub profile_rank_of: &'static str,
    /// The commune's trend: « {direction} : {change} » (« en baisse : −4,4 points depuis 2015 »).
    pub profile_trend: &'static str,
    /// The badge « illustratif ».
    pub profile_illustrative: &'static str,
    /// Rank 1: « {n}re » (la 1re commune), « {n}st ».
    pub profile_ordinal_one: &'static str,
    /// Ranks ending in 2 in English (« {n}nd »; French « {n}e »).
    pub profile_ordinal_two: &'static str,
    /// Ranks ending in 3 in English (« {n}rd »; French « {n}e »).
    pub profile_ordinal_three: &'static str,
    /// The other ranks: « {n}e », « {n}th ».
    pub profile_ordinal_other: &'static str,
    /// A shared rank: « {rank} ex æquo ».
    pub profile_tied: &'static str,

    // The downloads (`view::csv`, `view::downloads`, `view::export`).
    /// « Indicateur » (metadata, and the profile's column).
    pub file_indicator: &'static str,
    /// « Définition ».
    pub file_definition: &'static str,
    /// « Unité » (metadata, and the profile's column).
    pub file_unit: &'static str,
    /// « Source ».
    pub file_source: &'static str,
    /// « Adresse »: the source's web address.
    pub file_address: &'static str,
    /// « Licence ».
    pub file_licence: &'static str,
    /// « Données récupérées le ».
    pub file_retrieved: &'static str,
    /// « Données illustratives » (metadata, and the profile's column).
    pub file_illustrative: &'static str,
    /// « Règle d'agrégation ».
    pub file_aggregation: &'static str,
    /// « oui ».
    pub file_yes: &'static str,
    /// « non ».
    pub file_no: &'static str,
    /// « Code INSEE ».
    pub file_code: &'static str,
    /// « Commune ».
    pub file_commune: &'static str,
    /// « Année » (the import reads « année » or « year »).
    pub file_year: &'static str,
    /// « Numérateur » (column and metadata; the import reads « numérateur » or « numerator »).
    pub file_numerator: &'static str,
    /// « Dénominateur » (idem).
    pub file_denominator: &'static str,
    /// « Valeur » (the import reads « valeur » or « value »).
    pub file_value: &'static str,
    /// « Année de début ».
    pub file_start_year: &'static str,
    /// « Début ».
    pub file_start: &'static str,
    /// « Année de fin ».
    pub file_end_year: &'static str,
    /// « Fin ».
    pub file_end: &'static str,
    /// « Évolution ».
    pub file_change: &'static str,
    /// « Évolution (%) ».
    pub file_change_percent: &'static str,
    /// « Taux annuel moyen (%) ».
    pub file_annual_rate: &'static str,
    /// « Période ».
    pub file_period: &'static str,
    /// « {from} à {to} ».
    pub file_period_value: &'static str,
    /// « Écart ».
    pub file_gap: &'static str,
    /// « Part du total (%) ».
    pub file_share: &'static str,
    /// « Rang » (the profile's column and metadata).
    pub file_rank: &'static str,
    /// « Sur »: the number of communes ranked.
    pub file_out_of: &'static str,
    /// « Depuis »: the first year of the commune's trend.
    pub file_since: &'static str,
    /// « Profil ».
    pub file_profile: &'static str,
    /// « {commune} comparée à {territory} ».
    pub file_profile_value: &'static str,
    /// What the rank means, in the profile's metadata.
    pub file_rank_value: &'static str,
    /// Under an exported chart: « Unité : {unit} ».
    pub file_image_unit: &'static str,
    /// « Source : {source} ; licence : {licence} ; données récupérées le {retrieved}. »
    pub file_image_source: &'static str,
    /// Under an exported chart of illustrative data.
    pub file_image_illustrative: &'static str,

    // Sharing (`share.rs`), « Ma présentation » (`add_to_deck.rs`), embedding
    // (`embed_snippet.rs`, `pages/embed.rs`).
    /// « Partager ».
    pub share_button: &'static str,
    /// « Lien copié : vous pouvez le coller dans un message. »
    pub share_copied: &'static str,
    /// « Le partage a échoué : copiez l'adresse de la page. »
    pub share_failed: &'static str,
    /// « Ajouter à la présentation ».
    pub share_add: &'static str,
    /// « Vue ajoutée : diapositive {n}. »
    pub share_added: &'static str,
    /// « Cette vue est déjà la dernière diapositive. »
    pub share_already_last: &'static str,
    /// « Ma présentation est vide. »
    pub share_emptied: &'static str,
    /// « Ma présentation ({n}) ».
    pub share_my_deck: &'static str,
    /// « Vider ».
    pub share_clear: &'static str,
    /// « Intégrer ce graphique sur un autre site ».
    pub share_embed_summary: &'static str,
    /// The embed code's label.
    pub share_embed_label: &'static str,
    /// « Copier le code ».
    pub share_embed_copy: &'static str,
    /// « Code copié. »
    pub share_embed_copied: &'static str,
    /// « La copie a été refusée : sélectionnez le code et copiez-le. »
    pub share_embed_refused: &'static str,
    /// « Aucun indicateur « {id} » dans ce tableau de bord. »
    pub share_embed_missing: &'static str,
    /// « Chargement de l'indicateur… ».
    pub share_embed_loading: &'static str,
    /// « Ce fichier d'indicateur n'a pas pu être lu ».
    pub share_embed_failed: &'static str,
    /// The badge « Données illustratives ».
    pub share_embed_illustrative: &'static str,
    /// « Source : {source} ».
    pub share_embed_source: &'static str,
    /// « Voir sur le tableau de bord « En action » (nouvel onglet) ».
    pub share_embed_full_view: &'static str,

    // Working offline (`offline_notice.rs`, `view::offline`, `src/offline/prepare.rs`).
    /// « Hors ligne : données du {date} ».
    pub offline_since: &'static str,
    /// « Hors ligne : données enregistrées sur cet appareil ».
    pub offline_kept: &'static str,
    /// « Le tableau de bord a été mis à jour : nouvelle version installée. »
    pub offline_updated: &'static str,
    /// « Fermer ».
    pub offline_close: &'static str,
    /// « Une nouvelle version du tableau de bord est prête. »
    pub offline_update_ready: &'static str,
    /// « Recharger ».
    pub offline_reload: &'static str,
    /// « {n} fichiers sur {total} ({size}) ».
    pub offline_progress: Plural,
    /// « {n} fichiers de données ».
    pub offline_data_files: Plural,
    /// « Prêt pour une présentation hors ligne : {files} ({size}) et l'application
    /// ({app_size}) sur cet appareil. »
    pub offline_ready_with_app: &'static str,
    /// The same, the application not kept yet: « {files} ({size}) ; l'application sera… ».
    pub offline_ready_without_app: &'static str,
    /// « Non enregistrés : {files}. »
    pub offline_not_saved: &'static str,
    /// « La préparation hors ligne n'a pas pu se faire : {error} ».
    pub offline_failed: &'static str,
    /// « ce navigateur ne permet pas d'enregistrer des fichiers ».
    pub offline_no_storage: &'static str,
    /// « copie impossible ».
    pub offline_copy_failed: &'static str,
    /// « lecture impossible ».
    pub offline_read_failed: &'static str,
    /// « erreur du navigateur ».
    pub offline_browser_error: &'static str,
    /// « réponse inattendue du navigateur ».
    pub offline_unexpected_answer: &'static str,

    // Files that could not be fetched or used (`error_card.rs`, `view::fetch_policy`,
    // `src/fetch.rs`, `src/store.rs`).
    /// Before the file's name: « Fichier : ».
    pub error_file: &'static str,
    /// « … et {n} autre(s) problème(s) ».
    pub error_more_problems: Plural,
    /// « {path} : {error} ».
    pub error_file_problem: &'static str,
    /// « calcul impossible : {error} ».
    pub error_computation: &'static str,
    /// « GeoJSON illisible ».
    pub error_geojson: &'static str,
    /// The first-view edition on its way to the full one: « Chargement de la page… ».
    pub error_loading_page: &'static str,
    /// « fichier introuvable (erreur 404) ».
    pub error_not_found: &'static str,
    /// « le serveur a répondu par une erreur (HTTP {status}) ».
    pub error_http: &'static str,
    /// « le serveur n'a pas répondu en {seconds} secondes ».
    pub error_timeout: &'static str,
    /// No network and no copy of the file on this device.
    pub error_offline: &'static str,
    /// « le fichier n'a pas pu être chargé (réseau : {error}) ».
    pub error_network: &'static str,
    /// « fichier trop volumineux : {size}, au-delà de la limite de {limit} ».
    pub error_too_large: &'static str,
    /// « lecture interrompue ({error}) ».
    pub error_interrupted: &'static str,
    /// A fault the browser did not describe: « erreur inconnue ».
    pub error_unknown: &'static str,
    /// « Chargement : {received} sur {total} ».
    pub error_loading_of: &'static str,
    /// « Chargement : {received} reçus ».
    pub error_loading_received: &'static str,
}
