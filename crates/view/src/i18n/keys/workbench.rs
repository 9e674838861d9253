//! The data workbench (« Atelier des données ») for the staff. The checker's own messages
//! (the core's diagnostics) stay in French: they are not here.

use serde::Serialize;

use crate::i18n::Plural;

#[derive(Debug, Serialize)]
pub struct Workbench {
    // The page.
    /// The heading: « Atelier des données ».
    pub title: &'static str,
    /// « Vérifiez vos fichiers avant de les publier… »
    pub intro: &'static str,
    /// Every file checked: « {files} : {errors} » (« 3 fichiers vérifiés : 1 erreur »).
    pub status_done: &'static str,
    /// « {n} fichier vérifié ».
    pub files_checked: Plural,
    /// « Vérification en cours : {files}… ».
    pub status_pending: &'static str,
    /// « {n} fichier restant ».
    pub files_left: Plural,
    /// « {n} erreur ».
    pub errors: Plural,
    /// « {n} avertissement ».
    pub warnings: Plural,
    /// The preview's heading, and the banner's accessible name: « Aperçu ».
    pub preview: &'static str,
    /// What the preview is.
    pub preview_lead: &'static str,
    /// « Voir le tableau de bord avec ces fichiers ».
    pub preview_button: &'static str,
    /// « Tout retirer ».
    pub remove_all: &'static str,

    // Files in.
    /// « Choisir des fichiers ».
    pub choose_files: &'static str,
    /// « … ou déposez-les ici, plusieurs à la fois : … ».
    pub drop_hint: &'static str,
    /// « {name} : {size}, au-delà de la limite de {limit} ; il n'est pas lu ».
    pub too_big: &'static str,
    /// « {name} : fichier illisible ».
    pub unreadable: &'static str,
    /// « Coller un texte ».
    pub paste: &'static str,
    /// « Nom du fichier (par exemple chomage.json ou export.csv) ».
    pub paste_name: &'static str,
    /// « Contenu ».
    pub paste_content: &'static str,
    /// « Vérifier ce texte ».
    pub paste_check: &'static str,

    // A file's report.
    /// The file's accessible name: « Fichier {name} ».
    pub file_label: &'static str,
    /// « Retirer ».
    pub remove: &'static str,
    /// « Vérification en cours… ».
    pub checking: &'static str,
    /// After the summary: « vérifié en {seconds} s ».
    pub checked_in: &'static str,
    /// « À convertir ».
    pub verdict_convert: &'static str,
    /// « Prêt à publier ».
    pub verdict_ready: &'static str,
    /// « À corriger ».
    pub verdict_fix: &'static str,
    /// « fichier du territoire ».
    pub kind_territory: &'static str,
    /// « fichier d'indicateur ».
    pub kind_indicator: &'static str,
    /// « fichier de présentation ».
    pub kind_deck: &'static str,
    /// « fichier des actions ».
    pub kind_actions: &'static str,
    /// « export de tableur (CSV) ».
    pub kind_csv: &'static str,
    /// The note of a dropped CSV: « export de tableur : choisissez l'indicateur… ».
    pub csv_note: &'static str,

    // A group of problems.
    /// Before an error's headline: « Erreur : ».
    pub error_label: &'static str,
    /// Before a warning's headline: « Avertissement : ».
    pub warning_label: &'static str,
    /// The headline of several problems: « {what}, par exemple : {first} » (`{first}`: the
    /// first problem's message, in French).
    pub several: &'static str,
    /// « ligne {line}, colonne {column} ».
    pub line_column: &'static str,
    /// A problem about the whole file: « tout le fichier ».
    pub whole_file: &'static str,
    /// A line of the full list: « {place} : {message} ».
    pub full_list_line: &'static str,
    /// The source line's accessible name: « Ligne du fichier, le signe ^ marque l'endroit ».
    pub excerpt_label: &'static str,
    /// « Voir les {n} problèmes de ce type ».
    pub see_all: &'static str,
    /// The full list's accessible name: « Liste complète ».
    pub full_list: &'static str,
    /// Several problems of one kind, counted: « {n} communes ont des années sans valeur ».
    pub coverage_gap: Plural,
    /// « {n} codes communes inconnus ».
    pub unknown_codes: Plural,
    /// « {n} communes manquantes ».
    pub missing_communes: Plural,
    /// « {n} valeurs illisibles ».
    pub not_numeric: Plural,
    /// « {n} valeurs hors de l'intervalle permis ».
    pub out_of_range: Plural,
    /// « {n} valeurs négatives ».
    pub negative: Plural,
    /// « {n} valeurs invraisemblables ».
    pub implausible: Plural,
    /// « {n} lignes n'ont pas autant de valeurs que d'années ».
    pub length_mismatch: Plural,
    /// « {n} dénominateurs nuls ».
    pub zero_denominator: Plural,
    /// « {n} virgules décimales ».
    pub decimal_comma: Plural,
    /// « {n} valeurs ont trop de décimales ».
    pub too_many_decimals: Plural,
    /// « {n} erreurs du même type ».
    pub other_errors: Plural,
    /// « {n} avertissements du même type ».
    pub other_warnings: Plural,

    // CSV import.
    /// The template's label: « Indicateur mis à jour par ce fichier (ses métadonnées sont reprises) ».
    pub csv_template: &'static str,
    /// « — choisissez — ».
    pub csv_choose: &'static str,
    /// « Nouvel indicateur (formulaire) ».
    pub csv_new: &'static str,
    /// « Convertir en fichier JSON ».
    pub csv_convert: &'static str,
    /// « Converti : {name}, ajouté à l'atelier ci-dessous. »
    pub csv_converted: &'static str,
    /// « Télécharger {name} ».
    pub csv_download: &'static str,
    /// « Conversion impossible : {summary} ».
    pub csv_failed: &'static str,
    /// What the import detected (`{notes}` in French): « Lu : {notes} ».
    pub csv_read: &'static str,

    // The short form of a new indicator.
    /// « Nouvel indicateur ».
    pub form_legend: &'static str,
    /// « Identifiant (nom du fichier sans .json, ex. pistes_cyclables) ».
    pub form_id: &'static str,
    /// « Axe ».
    pub form_axis: &'static str,
    /// « Titre ».
    pub form_title: &'static str,
    /// « Unité (%, logements, km…) ».
    pub form_unit: &'static str,
    /// « Décimales affichées ».
    pub form_decimals: &'static str,
    /// « Définition (une ou deux phrases) ».
    pub form_definition: &'static str,
    /// « Règle pour le territoire ».
    pub form_rule: &'static str,
    /// « Somme des communes (comptages) ».
    pub rule_sum: &'static str,
    /// « Taux en % (CSV avec numérateur et dénominateur) ».
    pub rule_ratio: &'static str,
    /// « Moyenne pondérée par la population ».
    pub rule_weighted_mean: &'static str,
    /// « Non agrégeable (ligne du territoire dans le CSV) ».
    pub rule_not_aggregable: &'static str,
    /// « Sens souhaité ».
    pub form_direction: &'static str,
    /// « Plus haut, c'est mieux ».
    pub higher_is_better: &'static str,
    /// « Plus bas, c'est mieux ».
    pub lower_is_better: &'static str,
    /// « Source (producteur et jeu de données) ».
    pub form_source: &'static str,
    /// « Licence ».
    pub form_licence: &'static str,
    /// « Données récupérées le ».
    pub form_retrieved: &'static str,

    // The preview's banner.
    /// « Aperçu : fichiers non publiés ».
    pub banner_title: &'static str,
    /// « — ce tableau de bord montre vos fichiers, dans cet onglet seulement : {files} ».
    pub banner_text: &'static str,
    /// « Retour à l'atelier ».
    pub back_to_workbench: &'static str,
    /// « Quitter l'aperçu ».
    pub leave_preview: &'static str,
}
